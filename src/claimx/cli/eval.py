"""``claimx eval``: the extractor scored against an annotated corpus."""

from __future__ import annotations

import argparse
import json
import sys

from claimx.cli.common import Commands, Parser, stdout


def add_parser(sub: Commands[Parser]) -> None:
    ev = sub.add_parser(
        "eval",
        help="score the extractor against an annotated corpus",
        description="Precision/recall/F1 of values and accuracy of units and qualifiers per language on a corpus "
        "(a folder of <lang>/*.jsonl files or one .jsonl file).",
    )
    ev.add_argument("path", metavar="PATH", help="corpus folder or .jsonl file")
    ev.add_argument("--min-f1", type=float, metavar="X",
                    help="exit 1 if value F1, unit or qualifier accuracy of any language is below X")
    ev.add_argument("--min-time", type=float, metavar="X",
                    help="exit 1 if the time start/end accuracy of any language is below X")
    ev.add_argument("--max-non-claims", type=int, default=None, metavar="N",
                    help="exit 1 if more than N dates/years/names are reported as claims (default: no limit)")
    ev.add_argument("--min-entities", type=float, nargs=3, metavar=("COUNTRY", "MINISTRY", "SOURCE"),
                    help="exit 1 if country F1, ministry accuracy or source accuracy is below these")
    ev.add_argument("--format", choices=["table", "json"], default="table")
    ev.add_argument("--errors", action="store_true", help="list every mismatch")


def run_eval(args: argparse.Namespace) -> int:
    from claimx.evaluate import EvalError, evaluate, render_report

    try:
        report = evaluate(args.path)
    except EvalError as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    out = stdout()
    if args.format == "json":
        out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_report(report, errors=args.errors))
    failures = report.failures(
        args.min_f1, args.max_non_claims, args.min_time, tuple(args.min_entities) if args.min_entities else None
    )
    for f in failures:
        print(f"claimx eval: below threshold: {f}", file=sys.stderr)
    return 1 if failures else 0
