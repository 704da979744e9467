"""``claimx compare``: the claims of several documents grouped by the fact they state."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from claimx.cli.common import Commands, Parser, check_language, stdout
from claimx.extract import parse_published
from claimx.model import Claim
from claimx.packs import PackError
from claimx.textio import InputError

if TYPE_CHECKING:
    from claimx.align import ClaimGroup


def add_parser(sub: Commands[Parser], langs: str) -> None:
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


def run_compare(args: argparse.Namespace) -> int:
    from claimx.align import align

    try:
        published = parse_published(args.date)
        check_language(args.lang)
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
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else stdout()
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
