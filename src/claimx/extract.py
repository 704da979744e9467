"""The public extraction API: raw text in, ``claimx/1`` claims out.

Data flows one way: paragraph → normalise (offset map) → language → sentences → quantities →
claims. Paragraphs are independent, so a long input is processed (and can be streamed) one
paragraph at a time and memory does not grow with its size.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex

from claimx.entities import Cue, Mention, find_sources, gazetteer, gazetteer_mentions, last_country, ner_windows, pick_cue, roles, sentence_mentions
from claimx.entities import Source as _SourceSpan
from claimx.events import SentenceEvents
from claimx.model import Claim, Entity, Quantity, Source, TimeRef, plain_number
from claimx.ner import Backend, resolve
from claimx.normalize import Normalized, normalize, valid_text
from claimx.packs import PackError, available_languages, load_pack
from claimx.quantities import find_quantities
from claimx.segment import detect_language, paragraphs, sentences
from claimx.time import TimeHit, dateline_end, find_published, find_times


_WORD = regex.compile(r"\p{L}{2}")
# NER windows gathered over consecutive paragraphs before one model call.
_NER_BATCH = 64
# Paragraphs back that "le pays" may look for the country it stands for.
_RECENT = 3


def _sentence_of(sents: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    """The sentence (of the sorted ``sents``) that holds ``pos``, else the whole paragraph."""
    i = bisect_right(sents, (pos, length + 1)) - 1
    if i >= 0 and sents[i][0] <= pos < sents[i][1]:
        return sents[i]
    return 0, length


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


@dataclass
class _Para:
    """A paragraph prepared up to the NER stage."""

    raw: str
    offset: int
    code: str
    pack: Any
    norm: Normalized
    hits: list[Any]
    claim_sents: list[tuple[int, int]]
    index: Any
    seq: int  # the paragraph's number in the document
    gz: Any
    sent_list: list[tuple[int, int]]
    todo: list[tuple[tuple[int, int], tuple[int, int]]]
    known: dict[tuple[int, int], list[Mention]]  # gazetteer mentions per claim sentence


class _Run:
    """State of one document's extraction (numbering, current language)."""

    def __init__(self, lang: str | None, doc: str, published: dt.date | None, ner: str | Backend | None = "spacy") -> None:
        self.lang = _check_lang(lang)
        self.ner = resolve(ner)
        self.last_source: tuple[Source, tuple[Entity, ...]] | None = None
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
        # The last paragraphs read (normalised text, gazetteer), for "le pays" in a paragraph that
        # names no country before it: news and UN files name the country a few paragraphs up.
        self.recent: deque[tuple[str, Any]] = deque(maxlen=_RECENT)

    def _earlier_country(self, recent: list[tuple[str, Any]]) -> Callable[[], str | None]:
        def find() -> str | None:
            for text, gz in reversed(recent):
                code = last_country(text, 0, len(text), gz)
                if code is not None:
                    return code
            return None

        return find

    def prepare(self, raw: str, offset: int) -> _Para | None:
        """Everything about a paragraph up to the statistical NER, which :func:`iter_paragraph_claims`
        batches over several paragraphs (one model call for many short windows)."""
        norm = normalize(raw)
        guess = self.lang or self.last_lang
        hits = find_quantities(norm.text, load_pack(guess)) if guess is not None else None
        code = guess
        if not self.lang and (guess is None or hits):
            # The language is detected only for a paragraph that may hold a claim: one without a
            # number in the language of the paragraphs before holds none in any (digits are the
            # same in every pack), and language detection costs more than the number stage.
            detected = detect_language(valid_text(raw))
            if detected is not None:
                self.last_lang = code = detected
        if code is None:
            if _WORD.search(raw):
                self.skipped_paragraphs += 1
            return None
        pack = load_pack(code)
        if code != guess:
            hits = find_quantities(norm.text, pack)
        assert hits is not None
        self.paragraphs_seen += 1
        if self.look_for_published and self.paragraphs_seen <= 3:
            found = find_published(norm, pack)
            if found is not None:
                self.published, self.look_for_published = found, False
        gz = gazetteer(pack)
        recent = list(self.recent)
        self.recent.append((norm.text, gz))
        if not hits:
            return None
        sents = sentences(norm.text, pack)
        claim_sents = [_sentence_of(sents, h.start, len(norm.text)) for h in hits]
        index = find_times(
            norm, pack, self.published, sorted(set(claim_sents)),
            numbers=[(h.start, h.end) for h in hits], start=dateline_end(norm, pack),
        )
        sent_list = sorted(set(claim_sents))
        earlier = self._earlier_country(recent)
        known = {s: gazetteer_mentions(norm.text, s, gz, earlier) for s in sent_list}
        todo = []
        if self.ner is not None:
            todo = [(s, w) for s in sent_list for w in ner_windows(norm.text, s, gz, known[s])]
        return _Para(raw, offset, code, pack, norm, hits, claim_sents, index, self.paragraphs_seen, gz, sent_list, todo, known)

    def finish(self, para: _Para, tagged: list[list[tuple[int, int, str]]]) -> list[Claim]:
        """The claims of a prepared paragraph, given the NER spans of its windows."""
        raw, offset, code, pack, norm = para.raw, para.offset, para.code, para.pack, para.norm
        hits, claim_sents, index, gz, sent_list = para.hits, para.claim_sents, para.index, para.gz, para.sent_list
        ner_spans: dict[tuple[int, int], list[tuple[int, int, str]]] = {s: [] for s in sent_list}
        for (sent, (a, _)), spans in zip(para.todo, tagged):
            ner_spans[sent] += [(a + s, a + e, lab) for s, e, lab in spans]
        mentions = {s: sentence_mentions(norm.text, s, gz, ner_spans[s], para.known[s]) for s in sent_list}
        cues = {s: find_sources(norm.text, s, gz, mentions[s]) for s in sent_list}
        claims = []
        # Per claim sentence, read once however many claims it holds: its raw text and its events.
        per_sentence: dict[tuple[int, int], tuple[str, SentenceEvents]] = {}
        for h, (s0, s1) in zip(hits, claim_sents):
            if self.sentence_seen != (para.seq, s0, s1):
                self.sentence_seen, self.statement_time = (para.seq, s0, s1), self.last_time
            lasting = index.lasting(h.counted_span)
            when = None if lasting else index.govern((s0, s1), (h.start, h.end))
            if when is not None:
                time: TimeRef | None = self._time_ref(when, norm, raw)
            elif not lasting and index.continues((s0, s1)):
                time = self.statement_time
            else:
                time = None
            self.last_time = time
            source, entities = self._source_and_entities(
                norm, raw, offset, (s0, s1), (h.start, h.end), h.counted_span, mentions[(s0, s1)], cues[(s0, s1)], gz
            )
            rs, re_ = norm.raw_span(h.start, h.end)
            ss, se = norm.raw_span(s0, s1)
            if (s0, s1) not in per_sentence:
                per_sentence[(s0, s1)] = (raw[ss:se], SentenceEvents(raw[ss:se], pack))
            sentence, events = per_sentence[(s0, s1)]
            self.count += 1
            claims.append(
                Claim(
                    id=f"{self.doc}#{self.count}",
                    doc=self.doc,
                    lang=code,
                    text=raw[rs:re_],
                    span=(offset + rs, offset + re_),
                    sentence=sentence,
                    quantity=Quantity(
                        value=plain_number(h.value),  # type: ignore[arg-type]
                        value_high=plain_number(h.value_high),
                        unit=h.unit,
                        qualifier=h.qualifier,
                        counted=raw[slice(*norm.raw_span(*h.counted_span))] if h.counted_span else None,
                        change=h.change,
                        baseline=plain_number(h.baseline),
                    ),
                    entities=entities,
                    time=time,
                    source=source,
                    event=events.at(rs - ss, re_ - ss),
                )
            )
        return claims

    def _source_and_entities(
        self,
        norm: Normalized,
        raw: str,
        offset: int,
        sent: tuple[int, int],
        claim: tuple[int, int],
        counted: tuple[int, int] | None,
        mentions: list[Mention],
        cues: list[Cue],
        gz: Any,
    ) -> tuple[Source | None, tuple[Entity, ...]]:
        """The claim's source (stated in its sentence, or the previous speaker's when the sentence
        continues a statement or names its speaker by a pronoun) and its entities with roles."""
        span: _SourceSpan | None = None
        inherited: tuple[Source, tuple[Entity, ...]] | None = None
        cue = pick_cue(cues, claim[0], mentions)
        if cue is not None:
            if cue.anaphor and self.last_source is not None:
                inherited = self.last_source
            elif cue.end > cue.start:
                span = _SourceSpan(cue.start, cue.end)
        elif gz.continuation_re.match(norm.text[sent[0] : sent[0] + 80]):
            inherited = self.last_source
        placed = roles(mentions, norm.text, claim, counted, span, gz)
        entities = tuple(self._entity(m, norm, raw, offset) for m in placed)
        if span is not None:
            rs, re_ = norm.raw_span(span.start, span.end)
            source = Source(text=raw[rs:re_])
            self.last_source = (source, tuple(e for e in entities if e.role == "source"))
            return source, entities
        if inherited is not None:
            src, src_entities = inherited
            return src, entities + tuple(e for e in src_entities if e not in entities)
        return None, entities

    @staticmethod
    def _entity(m: Mention, norm: Normalized, raw: str, offset: int) -> Entity:
        rs, re_ = norm.raw_span(m.start, m.end)
        return Entity(
            kind=m.kind,
            id=m.id,
            text=raw[rs:re_],
            span=(offset + rs, offset + re_),
            role=m.role,
            title=m.title if m.kind == "person" else None,
            key=m.key,
        )

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
    ner: str | Backend | None = "spacy",
    on_error: Callable[[int, Exception], None] | None = None,
) -> Iterator[Claim]:
    """Claims from ``(offset, paragraph)`` pairs of one document, as they come (for streaming).

    ``on_skip(offset)`` is called for each paragraph skipped because it is in no supported language.
    ``on_error(offset, exception)``, when given, is called for each paragraph whose extraction
    raises (a bug, a failing NER backend); that paragraph gives no claims and the others go on.
    Without it the exception propagates.
    """
    run = _Run(lang, doc, parse_published(published), ner)
    batch = _Batch(run, on_error)
    for offset, raw in parts:
        skipped = run.skipped_paragraphs
        try:
            para = run.prepare(raw, offset)
        except Exception as exc:
            batch.failed(offset, exc)
            continue
        if on_skip is not None and run.skipped_paragraphs > skipped:
            on_skip(offset)
        if para is None:
            continue
        if (run.ner is None or not para.todo) and not batch.paras:
            yield from batch.finish(para, [])
            continue
        batch.paras.append(para)
        batch.windows += len(para.todo)
        if batch.windows >= _NER_BATCH or len(batch.paras) >= _NER_BATCH:
            yield from batch.flush()
    yield from batch.flush()


_Tags = list[list[tuple[int, int, str]]]  # the NER spans of each window of a paragraph


class _Batch:
    """Paragraphs waiting for one NER call per language, and where a failure goes."""

    def __init__(self, run: _Run, on_error: Callable[[int, Exception], None] | None) -> None:
        self.run = run
        self.on_error = on_error
        self.paras: list[_Para] = []
        self.windows = 0  # NER windows in ``paras``

    def failed(self, offset: int, exc: Exception) -> None:
        """Report ``exc`` to ``on_error``, or raise it when there is none."""
        if self.on_error is None:
            raise exc
        self.on_error(offset, exc)

    def finish(self, p: _Para, tagged: _Tags) -> list[Claim]:
        try:
            return self.run.finish(p, tagged)
        except Exception as exc:
            self.failed(p.offset, exc)
            return []

    def _tag(self, code: str, group: list[int]) -> dict[int, _Tags]:
        assert self.run.ner is not None
        batch = self.paras
        texts = [batch[i].norm.text[a:b] for i in group for _, (a, b) in batch[i].todo]
        spans = list(self.run.ner(code, texts)) if texts else []
        if len(spans) != len(texts):
            raise ValueError(f"the NER backend gave {len(spans)} results for {len(texts)} texts")
        out = iter(spans)
        return {i: [next(out) for _ in batch[i].todo] for i in group}

    def _tag_all(self) -> tuple[dict[int, _Tags], set[int]]:
        """The NER spans of every waiting paragraph, one call per language; the paragraphs dropped
        because their call failed (a failing batch is retried paragraph by paragraph)."""
        tagged: dict[int, _Tags] = {}
        dropped: set[int] = set()
        batch = self.paras
        for code in sorted({p.code for p in batch}):
            group = [i for i, p in enumerate(batch) if p.code == code and p.todo]
            try:
                tagged |= self._tag(code, group)
            except Exception as exc:
                if self.on_error is None or len(group) == 1:
                    self.failed(batch[group[0]].offset, exc)
                    dropped.update(group)
                    continue
                for i in group:  # one call per paragraph, to find the one that fails
                    try:
                        tagged |= self._tag(code, [i])
                    except Exception as one:
                        self.failed(batch[i].offset, one)
                        dropped.add(i)
        return tagged, dropped

    def flush(self) -> Iterator[Claim]:
        """The claims of every waiting paragraph, in order; the batch is empty afterwards."""
        tagged: dict[int, _Tags] = {}
        dropped: set[int] = set()
        if self.run.ner is not None:
            tagged, dropped = self._tag_all()
        for i, p in enumerate(self.paras):
            if i not in dropped:
                yield from self.finish(p, tagged.get(i, []))
        self.paras.clear()
        self.windows = 0


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
