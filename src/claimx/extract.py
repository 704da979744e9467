"""The public extraction API: raw text in, ``claimx/1`` claims out.

Data flows one way: paragraph → normalise (offset map) → language → sentences → quantities →
claims. Paragraphs are independent, so a long input is processed (and can be streamed) one
paragraph at a time and memory does not grow with its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

import regex

from claimx.model import Claim, Quantity, TimeRef, plain_number
from claimx.normalize import Normalized, normalize
from claimx.packs import PackError, available_languages, load_pack
from claimx.quantities import find_quantities
from claimx.segment import detect_language, paragraphs, sentences
from claimx.timex import TimeHit, dateline_end, find_published, find_times


_WORD = regex.compile(r"\p{L}{2}")


def _check_lang(lang: str | None) -> str | None:
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


class _Run:
    """State of one document's extraction (numbering, current language)."""

    def __init__(self, lang: str | None, doc: str, published: dt.date | None) -> None:
        self.lang = _check_lang(lang)
        self.doc = doc
        self.published = published
        self.look_for_published = published is None
        self.paragraphs_seen = 0
        self.last_time: TimeRef | None = None
        # The time of the previous sentence's statement, for a sentence that continues it.
        self.statement_time: TimeRef | None = None
        self.sentence_seen: tuple[int, int, int] | None = None
        self.count = 0
        self.last_lang: str | None = None
        self.skipped_paragraphs = 0

    def paragraph(self, raw: str, offset: int) -> list[Claim]:
        detected = None if self.lang else detect_language(raw)
        code = self.lang or detected or self.last_lang
        if code is None:
            if _WORD.search(raw):
                self.skipped_paragraphs += 1
            return []
        if detected is not None:
            self.last_lang = code
        pack = load_pack(code)
        norm = normalize(raw)
        self.paragraphs_seen += 1
        if self.look_for_published and self.paragraphs_seen <= 3:
            found = find_published(norm, pack)
            if found is not None:
                self.published, self.look_for_published = found, False
        hits = find_quantities(norm.text, pack)
        if not hits:
            return []
        sents = sentences(norm.text, pack)
        claim_sents = [next(((a, b) for a, b in sents if a <= h.start < b), (0, len(norm.text))) for h in hits]
        index = find_times(
            norm, pack, self.published, sorted(set(claim_sents)),
            numbers=[(h.start, h.end) for h in hits], start=dateline_end(norm, pack),
        )
        claims = []
        for h, (s0, s1) in zip(hits, claim_sents):
            if self.sentence_seen != (self.paragraphs_seen, s0, s1):
                self.sentence_seen, self.statement_time = (self.paragraphs_seen, s0, s1), self.last_time
            when = None if index.lasting(h.counted_span) else index.govern((s0, s1), (h.start, h.end))
            if when is not None:
                time: TimeRef | None = self._time_ref(when, norm, raw)
            elif index.continues((s0, s1)) and not index.lasting(h.counted_span):
                time = self.statement_time
            else:
                time = None
            self.last_time = time
            rs, re_ = norm.raw_span(h.start, h.end)
            ss, se = norm.raw_span(s0, s1)
            self.count += 1
            claims.append(
                Claim(
                    id=f"{self.doc}#{self.count}",
                    doc=self.doc,
                    lang=code,
                    text=raw[rs:re_],
                    span=(offset + rs, offset + re_),
                    sentence=raw[ss:se],
                    quantity=Quantity(
                        value=plain_number(h.value),  # type: ignore[arg-type]
                        value_high=plain_number(h.value_high),
                        unit=h.unit,
                        qualifier=h.qualifier,
                        counted=raw[slice(*norm.raw_span(*h.counted_span))] if h.counted_span else None,
                    ),
                    time=time,
                )
            )
        return claims

    @staticmethod
    def _time_ref(t: TimeHit, norm: Normalized, raw: str) -> TimeRef:
        rs, re_ = norm.raw_span(t.start, t.end)
        return TimeRef(
            text=raw[rs:re_],
            start=t.first.isoformat() if t.first else None,
            end=t.last.isoformat() if t.last else None,
            relation=t.relation,
        )


def iter_paragraph_claims(
    parts: Iterable[tuple[int, str]],
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
    on_skip: Callable[[int], None] | None = None,
) -> Iterator[Claim]:
    """Claims from ``(offset, paragraph)`` pairs of one document, as they come (for streaming).

    ``on_skip(offset)`` is called for each paragraph skipped because it is in no supported language.
    """
    run = _Run(lang, doc, parse_published(published))
    for offset, raw in parts:
        skipped = run.skipped_paragraphs
        yield from run.paragraph(raw, offset)
        if on_skip is not None and run.skipped_paragraphs > skipped:
            on_skip(offset)


def extract(
    text: str,
    lang: str | None = None,
    published: str | dt.date | None = None,
    doc: str = "doc",
) -> list[Claim]:
    """Every numeric claim in ``text``, in order; ``[]`` when there is none.

    ``lang`` forces one language for the whole text; ``None`` detects it per paragraph (a
    paragraph in another supported language is read as that language). ``published`` is the
    publication date (ISO string or date). ``doc`` names the document in ids (``doc#1``...).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    parts = ((s, text[s:e]) for s, e in paragraphs(text))
    return list(iter_paragraph_claims(parts, lang=lang, published=published, doc=doc))
