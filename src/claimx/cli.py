"""The ``claimx`` command line: ``extract`` and ``eval``.

Exit codes: 0 everything ran, 1 some inputs failed (each reported on stderr, the rest still
processed) or an eval threshold was missed, 2 usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from claimx import __version__
from claimx.extract import iter_paragraph_claims, parse_published
from claimx.ner import BackendError
from claimx.ner import resolve as resolve_ner
from claimx.model import Claim
from claimx.packs import PackError, available_languages
from claimx.textio import InputError, read_paragraphs

CSV_COLUMNS = [
    "id", "doc", "lang", "text", "span_start", "span_end", "value", "value_high", "unit",
    "qualifier", "counted", "sentence", "key",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors; keep the message short
        self.print_usage(sys.stderr)
        self.exit(2, f"claimx: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    langs = ", ".join(available_languages())
    parser = _Parser(
        prog="claimx",
        description="Extract numeric claims from Arabic, French and English news as claimx/1 records.",
        epilog="Examples:\n  claimx extract article.txt\n  claimx extract --lang fr --date 2022-10-04 --format table a.txt\n"
        "  cat a.txt | claimx extract - > claims.jsonl\n  claimx eval corpus/ --min-f1 0.95",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    ex = sub.add_parser(
        "extract",
        help="print the claims found in text files",
        description="Print one claimx/1 record per numeric claim found in each FILE ('-' reads standard input).",
    )
    ex.add_argument("files", nargs="+", metavar="FILE", help="text file(s), or - for standard input")
    ex.add_argument("--lang", help=f"language of every input ({langs}); default: detected per paragraph")
    ex.add_argument("--date", metavar="YYYY-MM-DD", help="publication date of the input(s)")
    ex.add_argument("--format", choices=["jsonl", "csv", "table"], default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    ex.add_argument("--encoding", help="force the input encoding (default: detected)")
    ex.add_argument(
        "--ner", choices=["spacy", "stanza", "none"], default="spacy",
        help="statistical NER for people, organisations and places (default: spacy; none: gazetteers only, fastest)",
    )
    ex.add_argument(
        "--bidi", choices=["auto", "visual", "logical"], default="auto",
        help="table format: reorder right-to-left text for terminals without bidi support "
        "(auto: visual on a terminal, logical when piped)",
    )
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
    return parser


def _doc_name(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem


class _Writer:
    def __init__(self, out: IO[str], fmt: str, bidi: str) -> None:
        self.out = out
        self.fmt = fmt
        self.rows: list[Claim] = []
        self.csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
        self.visual = bidi == "visual" or (bidi == "auto" and out.isatty())

    def write(self, claims: Iterable[Claim]) -> None:
        for c in claims:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            elif self.csv is not None:
                q = c.quantity
                self.csv.writerow([
                    c.id, c.doc, c.lang, c.text, c.span[0], c.span[1], q.value,
                    "" if q.value_high is None else q.value_high, q.unit, q.qualifier, q.counted or "",
                    " ".join(c.sentence.split()), c.key,
                ])
            else:
                self.rows.append(c)
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "table":
            from claimx.table import render_table

            self.out.write(render_table(self.rows, visual=self.visual))
            self.out.flush()


def _extract(args: argparse.Namespace) -> int:
    try:
        published = parse_published(args.date)
        if args.lang is not None and args.lang not in available_languages():
            raise PackError(f"unsupported language {args.lang!r}: claimx supports {', '.join(available_languages())}")
        ner = resolve_ner(None if args.ner == "none" else args.ner)
    except (ValueError, PackError, BackendError) as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    try:
        out: IO[str] = open(args.output, "w", encoding="utf-8", newline="") if args.output else _stdout()
    except OSError as exc:
        print(f"claimx: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    writer = _Writer(out, args.format, args.bidi)
    failed = 0
    try:
        for path in args.files:
            skipped: list[int] = []
            try:
                parts = read_paragraphs(path, encoding=args.encoding)
                writer.write(iter_paragraph_claims(
                    parts, lang=args.lang, published=published, doc=_doc_name(path), on_skip=skipped.append,
                    ner=ner,
                ))
                if skipped:
                    print(f"claimx: {path}: {len(skipped)} paragraph(s) in an unsupported language skipped "
                          f"(first at character {skipped[0]}); claimx reads {', '.join(available_languages())}",
                          file=sys.stderr)
            except InputError as exc:
                failed += 1
                print(f"claimx: {exc}", file=sys.stderr)
            except LookupError:
                print(f"claimx: error: unknown encoding {args.encoding!r}", file=sys.stderr)
                return 2
            except BackendError as exc:
                print(f"claimx: error: {exc}", file=sys.stderr)
                return 2
        writer.close()
    except BrokenPipeError:
        return 0
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


def _stdout() -> IO[str]:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    return sys.stdout


def _eval(args: argparse.Namespace) -> int:
    from claimx.evaluate import EvalError, evaluate, render_report

    try:
        report = evaluate(args.path)
    except EvalError as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    out = _stdout()
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "extract":
        return _extract(args)
    return _eval(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
