"""Saved web pages: the article's main text, its publication date and its language.

A page is reduced to its main text with trafilatura (menus, cookie banners, footers and comment
threads are dropped), the publication date is read from the page's metadata by htmldate (through
trafilatura), and the language from the ``lang`` attribute of ``<html>``. Claims found in a page
carry ``text_source == "html-main-text"``: their ``span`` and ``sentence`` point into the text
:func:`read_page` returns, not into the markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from claimx.model import Claim
from claimx.ner import Backend

#: The ``text_source`` of a claim found in the main text extracted from a web page.
HTML_TEXT_SOURCE = "html-main-text"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_MARKUP = regex.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", regex.I | regex.S)
_LANG = regex.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?", regex.I)
_BLANK_LINES = regex.compile(r"\n{2,}")


@dataclass(frozen=True, slots=True)
class Page:
    """A web page read for extraction."""

    text: str  # the main text, one paragraph per line group (``\\n\\n`` between paragraphs)
    published: dt.date | None  # from the page's metadata, None when it has none
    lang: str | None  # the ``lang`` attribute's primary subtag, lower-cased, as written (any language)


def looks_like_html(path: str | Path, head: str) -> bool:
    """Whether an input is a web page: an HTML suffix, or markup at the start of the text."""
    return Path(str(path)).suffix.lower() in HTML_SUFFIXES or bool(_MARKUP.match(head[:4096]))


def read_page(markup: str) -> Page:
    """The main text, metadata date and declared language of an HTML page.

    The text is trafilatura's plain-text output with its paragraphs separated by blank lines (so
    claimx's paragraph splitter sees the page's paragraphs); an empty page gives ``""``.
    """
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise ImportError("reading web pages needs trafilatura: pip install trafilatura") from None
    text = trafilatura.extract(
        markup, output_format="txt", include_comments=False, include_tables=True, favor_precision=True,
        with_metadata=False, deduplicate=False,
    ) or ""
    paras = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n\n".join(p for p in paras if p)
    published = None
    try:
        meta = trafilatura.extract_metadata(markup, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is a bonus; a page without it still gives its text
        meta = None
    date = getattr(meta, "date", None) if meta is not None else None
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            published = None
    m = _LANG.search(markup[:20000])
    return Page(text=_BLANK_LINES.sub("\n\n", text), published=published, lang=m.group(1).lower() if m else None)


def page_claims(
    page: Page,
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
    ner: str | Backend | None = "spacy",
    on_skip: Callable[[int], None] | None = None,
    on_error: Callable[[int, Exception], None] | None = None,
) -> Iterator[Claim]:
    """The claims of a read page, as they come: ``lang`` and ``published`` win over the page's own;
    ``on_error`` as in :func:`claimx.extract.iter_paragraph_claims`."""
    from claimx.extract import iter_paragraph_claims, parse_published
    from claimx.packs import available_languages
    from claimx.segment import paragraphs

    if lang is None and page.lang in available_languages():
        lang = page.lang
    when = parse_published(published) or page.published
    parts = ((s, page.text[s:e]) for s, e in paragraphs(page.text))
    for c in iter_paragraph_claims(parts, lang=lang, published=when, doc=doc, on_skip=on_skip, ner=ner,
                                   on_error=on_error):
        yield replace(c, text_source=HTML_TEXT_SOURCE)


def extract_page(
    markup: str,
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
    ner: str | Backend | None = "spacy",
) -> list[Claim]:
    """Every numeric claim in the main text of a web page; ``[]`` when there is none.

    Like :func:`claimx.extract`, but ``markup`` is an HTML page: its boilerplate is dropped, its
    publication date (metadata) is used unless ``published`` is given, and its ``lang`` attribute
    sets the language when claimx reads it (else the language is detected). Each claim's
    ``text_source`` is ``"html-main-text"``: spans point into ``read_page(markup).text``.
    """
    if not isinstance(markup, str):
        raise TypeError(f"extract_page() takes a str, not {type(markup).__name__}")
    return list(page_claims(read_page(markup), lang=lang, published=published, doc=doc, ner=ner))
