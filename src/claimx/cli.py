"""The ``claimx`` command line: ``extract``, ``compare`` and ``eval``.

Exit codes: 0 everything ran, 1 some inputs failed (each reported on stderr, the rest still
processed) or an eval threshold was missed, 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimx import __version__
from claimx.batch import STREAM_FORMATS, FileResult, Options, UsageError, check_encoding, csv_header, expand_inputs, resume_state, run
from claimx.extract import parse_published
from claimx.ner import BackendError
from claimx.ner import resolve as resolve_ner
from claimx.frame import COLUMNS
from claimx.model import Claim
from claimx.packs import PackError, available_languages
from claimx.textio import InputError

if TYPE_CHECKING:
    from claimx.align import ClaimGroup

CSV_COLUMNS = list(COLUMNS)
_FRAME_EXTRA = "pip install 'claimx[frame]'"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors; keep the message short
        self.print_usage(sys.stderr)
        self.exit(2, f"claimx: error: {message}\n")


_Commands = argparse._SubParsersAction  # the subcommands of the parser


def _build_parser() -> argparse.ArgumentParser:
    langs = ", ".join(available_languages())
    parser = _Parser(
        prog="claimx",
        description="Extract numeric claims from Arabic, French and English news as claimx/1 records.",
        epilog="Examples:\n  claimx extract article.txt\n  claimx extract --lang fr --date 2022-10-04 --format table a.txt\n"
        "  cat a.txt | claimx extract - > claims.jsonl\n  claimx compare ar.txt fr.txt en.jsonl\n  claimx eval corpus/ --min-f1 0.95",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_extract(sub, langs)
    _add_compare(sub, langs)
    _add_eval(sub)
    return parser


def _add_extract(sub: _Commands[_Parser], langs: str) -> None:
    ex = sub.add_parser(
        "extract",
        help="print the claims found in text files",
        description="Print one claimx/1 record per numeric claim found in each FILE ('-' reads standard input). "
        "A directory is read recursively (hidden files skipped); its files are named by their path relative to it. "
        "A web page (.html, .htm, or a file starting with HTML markup) is read as its main text (trafilatura), "
        "with its publication date from its metadata and its language from its lang attribute.",
    )
    ex.add_argument("files", nargs="+", metavar="FILE|DIR", help="text file(s) or directories, or - for standard input")
    ex.add_argument("--lang", help=f"language of every input ({langs}); default: detected per paragraph "
                    "(a file clearly in another language gets a warning on stderr)")
    ex.add_argument("--date", metavar="YYYY-MM-DD",
                    help="publication date of the input(s) (default: a web page's metadata, else read from the text)")
    ex.add_argument("--format", choices=["jsonl", "csv", "table", "parquet", "html"], default="jsonl",
                    help="output format (default: jsonl); parquet needs --output and pyarrow (claimx[frame]); "
                    "html: one self-contained page with each document's claims highlighted")
    ex.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    ex.add_argument("--encoding", help="force the input encoding (default: detected)")
    ex.add_argument(
        "--ner", choices=["spacy", "stanza", "none"], default="spacy",
        help="statistical NER for people, organisations and places (default: spacy; none: gazetteers only, fastest)",
    )
    ex.add_argument("--glob", action="append", default=[], metavar="PATTERN",
                    help="read the files of a directory whose relative path or name matches PATTERN (repeatable; "
                    "default: *.txt, *.md, *.html, *.htm and *.jsonl of {doc, text} items)")
    ex.add_argument("--workers", "-j", type=int, default=1, metavar="N",
                    help="extract N files at a time in worker processes (default: 1, in this process)")
    ex.add_argument("--resume", action="store_true",
                    help="append to --output, skipping the files whose records it already holds (jsonl, csv)")
    ex.add_argument(
        "--bidi", choices=["auto", "visual", "logical"], default="auto",
        help="table format: reorder right-to-left text for terminals without bidi support "
        "(auto: visual on a terminal, logical when piped)",
    )


def _add_compare(sub: _Commands[_Parser], langs: str) -> None:
    cp = sub.add_parser(
        "compare",
        help="group the claims of several documents that state the same fact",
        description="Align the claims of every FILE (texts, extracted on the fly, or JSON Lines written by "
        "'claimx extract'; detected per file) and print each group of claims stating one fact side by side, "
        "labelled agree, conflict or single.",
    )
    cp.add_argument("files", nargs="+", metavar="FILE", help="text or claimx/1 JSONL file(s), or - for standard input")
    cp.add_argument("--lang", help=f"language of every text input ({langs}); default: detected per paragraph")
    cp.add_argument("--date", metavar="YYYY-MM-DD",
                    help="publication date of the text inputs (default: read from each document, else unknown)")
    cp.add_argument("--format", choices=["table", "jsonl", "html"], default="table",
                    help="output format (default: table); html: a self-contained report to open in a browser")
    cp.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    cp.add_argument("--encoding", help="force the input encoding of text inputs (default: detected)")
    cp.add_argument("--bidi", choices=["auto", "visual", "logical"], default="auto",
                    help="table format: reorder right-to-left text (auto: visual on a terminal, logical when piped)")


def _add_eval(sub: _Commands[_Parser]) -> None:
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


class _Writer:
    """Writes what the batch run hands over: text for jsonl/csv, whole files for table/parquet."""

    def __init__(self, out: IO[str] | None, fmt: str, bidi: str, header: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.claims: list[Claim] = []
        self.documents: list[tuple[str, str, list[Claim]]] = []
        self.visual = out is not None and (bidi == "visual" or (bidi == "auto" and out.isatty()))
        if fmt == "csv" and header and out is not None:
            out.write(csv_header())
            out.flush()

    def __call__(self, item: FileResult | str) -> None:
        if isinstance(item, str):
            assert self.out is not None
            self.out.write(item)
            self.out.flush()
        else:
            self.claims.extend(item.claims)
            if self.fmt == "html":
                self.documents.append((item.job.doc, item.text, item.claims))

    def close(self, output: str | None) -> None:
        if self.fmt == "table" and self.out is not None:
            from claimx.table import render_table

            self.out.write(render_table(self.claims, visual=self.visual))
            self.out.flush()
        elif self.fmt == "html" and self.out is not None:
            from claimx.report import render_document_html

            self.out.write(render_document_html(self.documents))
            self.out.flush()
        elif self.fmt == "parquet" and output is not None:
            from claimx.frame import to_frame

            to_frame(self.claims).to_parquet(output, index=False)


def _check_extract_args(args: argparse.Namespace) -> None:
    parse_published(args.date)
    if args.lang is not None and args.lang not in available_languages():
        raise PackError(f"unsupported language {args.lang!r}: claimx supports {', '.join(available_languages())}")
    if args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    check_encoding(args.encoding)
    if args.format == "parquet":
        if not args.output:
            raise UsageError("--format parquet writes a binary file: give it with --output FILE")
        try:
            import pandas  # noqa: F401
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(f"--format parquet needs pandas and pyarrow: {_FRAME_EXTRA}") from None
    if args.resume and not args.output:
        raise UsageError("--resume needs --output FILE (the output of the run to carry on)")
    if args.resume and args.format not in STREAM_FORMATS:
        raise UsageError(f"--resume works with --format jsonl or csv, not {args.format}")


def _extract(args: argparse.Namespace) -> int:
    try:
        _check_extract_args(args)
        published = parse_published(args.date)
        jobs = expand_inputs(args.files, exclude=[args.output] if args.output else [], globs=args.glob)
        done = resume_state(Path(args.output), args.format) if args.resume else set()
        resolve_ner(None if args.ner == "none" else args.ner)  # a missing backend is a usage error
    except (ValueError, PackError, UsageError, BackendError) as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    out: IO[str] | None = None
    fresh = True
    try:
        if args.format == "parquet":
            out = None
        elif args.output:
            fresh = not (args.resume and Path(args.output).exists() and Path(args.output).stat().st_size > 0)
            out = open(args.output, "w" if fresh else "a", encoding="utf-8", newline="")
        else:
            out = _stdout()
    except OSError as exc:
        print(f"claimx: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    writer = _Writer(out, args.format, args.bidi, header=args.format == "csv" and fresh)
    opts = Options(lang=args.lang, published=published, encoding=args.encoding, fmt=args.format,
                   ner=None if args.ner == "none" else args.ner)
    try:
        summary = run(jobs, opts, writer, workers=args.workers, err=sys.stderr, done_docs=done)
        if not summary.interrupted:
            writer.close(args.output)
    except BrokenPipeError:
        return 0
    finally:
        if args.output and out is not None:
            out.close()
    for e in summary.errors:
        print(f"claimx: {e}", file=sys.stderr)
    if summary.interrupted:
        print(f"claimx: interrupted after {summary.done} of {summary.files} file(s); the output holds every "
              "finished file" + (" (rerun with --resume to carry on)" if args.output and args.format in STREAM_FORMATS else ""),
              file=sys.stderr)
        return 130
    if summary.skipped:
        print(f"claimx: {summary.skipped} file(s) already in {args.output} skipped (--resume)", file=sys.stderr)
    if summary.errors and summary.files > 1 and sys.stderr.isatty():
        print(f"claimx: {len(summary.errors)} of {summary.files} files failed", file=sys.stderr)
    return 1 if summary.errors else 0


def _stdout() -> IO[str]:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    return sys.stdout


def _read_records(path: str, text: str) -> list[Claim]:
    """Claims of a claimx/1 JSONL file; InputError naming the file and line of a bad record."""
    from claimx.records import RecordError, claim_from_dict

    claims = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            claims.append(claim_from_dict(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not a JSON line ({exc.msg}); the file is refused") from None
        except RecordError as exc:
            raise InputError(f"{path}:{n}: not a claimx/1 record: {exc}; the file is refused") from None
    return claims


def _is_records(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return first.rstrip().endswith("}")


def _compare(args: argparse.Namespace) -> int:
    from claimx.align import align

    try:
        published = parse_published(args.date)
        if args.lang is not None and args.lang not in available_languages():
            raise PackError(f"unsupported language {args.lang!r}: claimx supports {', '.join(available_languages())}")
    except (ValueError, PackError) as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    claims: list[Claim] = []
    failed = 0
    names: set[str] = set()
    for path in args.files:
        try:
            claims.extend(_compare_input(path, args, published, names))
        except InputError as exc:
            failed += 1
            print(f"claimx: {exc}", file=sys.stderr)
        except LookupError:
            print(f"claimx: error: unknown encoding {args.encoding!r}", file=sys.stderr)
            return 2
    return _write_groups(args, align(claims), failed)


def _compare_input(path: str, args: argparse.Namespace, published: dt.date | None, names: set[str]) -> Iterable[Claim]:
    """The claims of one input of ``compare``: its records, or the claims extracted from its text."""
    from claimx.extract import extract
    from claimx.page import looks_like_html, page_claims, read_page
    from claimx.segment import language_mismatch
    from claimx.textio import read_text

    text = read_text(path, encoding=args.encoding)
    if _is_records(text):
        return _read_records(path, text)
    doc = "stdin" if path == "-" else Path(path).stem
    doc = doc if doc not in names else path
    names.add(doc)
    page = read_page(text) if looks_like_html(path, text) else None
    read = page.text if page is not None else text
    other = language_mismatch(read, args.lang) if args.lang is not None else None
    if other is not None:
        print(f"claimx: {path}: warning: --lang {args.lang} was given but the text reads as {other}; its "
              "claims may be missed or wrong (leave --lang out to detect the language per paragraph)",
              file=sys.stderr)
    if page is not None:
        return page_claims(page, lang=args.lang, published=published, doc=doc)
    return extract(text, lang=args.lang, published=published, doc=doc)


def _write_groups(args: argparse.Namespace, groups: list[ClaimGroup], failed: int) -> int:
    """Write the groups of ``compare`` in ``args.format``; the exit code."""
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else _stdout()
    except OSError as exc:
        print(f"claimx: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        if args.format == "jsonl":
            for g in groups:
                out.write(json.dumps(g.to_dict(), ensure_ascii=False) + "\n")
        elif args.format == "html":
            from claimx.report import render_groups_html

            out.write(render_groups_html(groups))
        else:
            from claimx.table import render_groups

            visual = args.bidi == "visual" or (args.bidi == "auto" and out.isatty())
            out.write(render_groups(groups, visual=visual))
        out.flush()
    except BrokenPipeError:
        return 0
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


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
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "compare":
            return _compare(args)
        return _eval(args)
    except KeyboardInterrupt:
        print("claimx: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
