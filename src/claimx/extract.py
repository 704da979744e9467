"""The public extraction API: raw text in, ``claimx/1`` claims out.

Data flows one way through the stages of :mod:`claimx.pipeline`: paragraph → normalise (offset
map) → language → quantities → sentences → times → entities → claims. Paragraphs are read one at
a time (only the discourse state carries over), so a long input is processed, and can be
streamed, paragraph by paragraph and memory does not grow with its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from claimx.model import Claim
from claimx.ner import Backend, resolve
from claimx.packs import PackError, available_languages
from claimx.pipeline import Document, NerBatch
from claimx.segment import paragraphs


def _check_lang(lang: str | None) -> str | None:
    """The pack code of a ``lang`` argument ("fr-FR" → "fr"); PackError for an unsupported one."""
    if lang is None:
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in available_languages():
        raise PackError(f"unsupported language {lang!r}: claimx supports {', '.join(available_languages())}")
    return code


def parse_published(published: str | dt.date | None) -> dt.date | None:
    """The publication date as a :class:`datetime.date`; strings must be ISO ``YYYY-MM-DD``."""
    if published is None or isinstance(published, dt.date):
        return published.date() if isinstance(published, dt.datetime) else published
    try:
        return dt.date.fromisoformat(published.strip())
    except ValueError:
        raise ValueError(f"publication date {published!r} is not an ISO date (YYYY-MM-DD)") from None


def iter_paragraph_claims(
    parts: Iterable[tuple[int, str]],
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
    on_skip: Callable[[int], None] | None = None,
    ner: str | Backend | None = "spacy",
    on_error: Callable[[int, Exception], None] | None = None,
) -> Iterator[Claim]:
    """Claims from ``(offset, paragraph)`` pairs of one document, as they come (for streaming).

    ``on_skip(offset)`` is called for each paragraph skipped because it is in no supported language.
    ``on_error(offset, exception)``, when given, is called for each paragraph whose extraction
    raises (a bug, a failing NER backend); that paragraph gives no claims and the others go on.
    Without it the exception propagates.
    """
    date = parse_published(published)
    document = Document(_check_lang(lang), doc, date, resolve(ner))
    batch = NerBatch(document, on_error)
    for offset, raw in parts:
        skipped = document.skipped_paragraphs
        try:
            para = document.read(raw, offset)
        except Exception as exc:
            batch.failed(offset, exc)
            continue
        if on_skip is not None and document.skipped_paragraphs > skipped:
            on_skip(offset)
        if para is not None:
            yield from batch.add(para)
    yield from batch.flush()


def extract(
    text: str,
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
    ner: str | Backend | None = "spacy",
) -> list[Claim]:
    """Every numeric claim in ``text``, in order; ``[]`` when there is none.

    ``lang`` forces one language for the whole text; ``None`` detects it per paragraph (a
    paragraph in another supported language is read as that language). ``published`` is the
    publication date (ISO string or date). ``doc`` names the document in ids (``doc#1``...).
    ``ner`` picks the statistical NER backend for people, organisations and places: ``"spacy"``
    (default), ``"stanza"``, ``None`` (gazetteer entities only) or a callable (:mod:`claimx.ner`).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    parts = ((s, text[s:e]) for s, e in paragraphs(text))
    return list(iter_paragraph_claims(parts, lang=lang, published=published, doc=doc, ner=ner))
