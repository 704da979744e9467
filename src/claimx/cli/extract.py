"""``claimx extract``: the claims of text files, directories and web pages, in five formats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO

from claimx.batch import STREAM_FORMATS, FileResult, Options, UsageError, check_encoding, csv_header, expand_inputs, resume_state, run
from claimx.cli.common import Commands, Parser, check_language, stdout
from claimx.extract import parse_published
from claimx.model import Claim
from claimx.ner import BackendError
from claimx.ner import resolve as resolve_ner
from claimx.packs import PackError

_FRAME_EXTRA = "pip install 'claimx[frame]'"


def add_parser(sub: Commands[Parser], langs: str) -> None:
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
    check_language(args.lang)
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


def run_extract(args: argparse.Namespace) -> int:
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
            out = stdout()
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
