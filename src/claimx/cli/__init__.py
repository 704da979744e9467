"""The ``claimx`` command line: ``extract``, ``compare`` and ``eval``.

Exit codes: 0 everything ran, 1 some inputs failed (each reported on stderr, the rest still
processed) or an eval threshold was missed, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from claimx import __version__
from claimx.cli import compare, eval, extract
from claimx.cli.common import Parser
from claimx.packs import available_languages


def _build_parser() -> argparse.ArgumentParser:
    langs = ", ".join(available_languages())
    parser = Parser(
        prog="claimx",
        description="Extract numeric claims from Arabic, French and English news as claimx/1 records.",
        epilog="Examples:\n  claimx extract article.txt\n  claimx extract --lang fr --date 2022-10-04 --format table a.txt\n"
        "  cat a.txt | claimx extract - > claims.jsonl\n  claimx compare ar.txt fr.txt en.jsonl\n  claimx eval corpus/ --min-f1 0.95",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    extract.add_parser(sub, langs)
    compare.add_parser(sub, langs)
    eval.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "extract":
            return _leave(extract.run_extract(args))
        if args.command == "compare":
            return compare.run_compare(args)
        return eval.run_eval(args)
    except KeyboardInterrupt:
        print("claimx: interrupted", file=sys.stderr)
        return 130


def _leave(code: int) -> int:
    """``code``, or, where a Ctrl-C stopped a pool's workers, leave at once with it: the output is
    written and closed, and the interpreter's exit would wait on the pool's reading thread."""
    from claimx.batch import POOL_ABANDONED

    if POOL_ABANDONED.is_set():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
