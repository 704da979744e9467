"""The last stage: a paragraph's quantities as ``claimx/1`` claims, with their time, source,
entities and event, in text order (each claim may take the speaker or time of the text before it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from claimx.entities import Cue, CuePicker, Mention, RoleMemo, last_country, roles
from claimx.entities import Source as SourceSpan
from claimx.events import SentenceEvents
from claimx.model import Claim, Entity, Quantity, Source, TimeRef, new_claim, plain_number
from claimx.normalize import Normalized
from claimx.packs.currencies import named_currencies, shared_name_units
from claimx.pipeline.discourse import Discourse, Speaker
from claimx.pipeline.paragraph import Paragraph
from claimx.quantities import Hit
from claimx.time import TimeHit


@dataclass(frozen=True, slots=True)
class _SentenceView:
    """What every claim of one sentence reads of it, read once for all of them: its raw text and
    events, its mentions and attributions, its attributions sorted for picking the one that governs
    a claim (:class:`~claimx.entities.CuePicker`) and whether it opens as a continuation ("Il a
    ajouté", "وأضاف"). A list of counts in one sentence read each of these again at each claim."""

    span: tuple[int, int]  # in the paragraph's normalised text
    start: int  # in the paragraph's raw text
    text: str
    events: SentenceEvents
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    picker: CuePicker
    continued: bool
    timeless: bool  # no time expression in it: no claim of it takes its time from it
    silent: bool  # no mention, no attribution and no continuation: no claim of it has a source or entities


@dataclass
class _Shared:
    """What the claims of one paragraph share, each read on the first claim that needs it (a
    sentence without a claim is not read at all): per sentence, its :class:`_SentenceView`; per
    mention with its role, its record; what :func:`~claimx.entities.roles` reads of each mention;
    per time expression, its record. A list of attributed counts in one sentence made each claim
    test each cue against each mention (the cube of the list)."""

    para: Paragraph
    sentences: dict[int, _SentenceView] = field(default_factory=dict)
    entities: dict[int, Entity] = field(default_factory=dict)  # by the id of a mention the paragraph or roles() holds
    roles: RoleMemo = field(default_factory=RoleMemo)
    # by the fields a record reads: a list of counts after "in 2022" gives each claim the same time
    time_refs: dict[tuple[int, int, str, dt.date | None, dt.date | None], TimeRef] = field(default_factory=dict)
    sources: dict[tuple[int, int], Source] = field(default_factory=dict)  # by the span of a source stated
    # by value, unit, qualifier and change, for a hit with no counted noun, range or baseline
    quantities: dict[tuple[Decimal, str, str, str | None], Quantity] = field(default_factory=dict)

    def sentence(self, i: int) -> _SentenceView:
        view = self.sentences.get(i)
        if view is None:
            view = self.sentences[i] = _read_sentence(self.para, i)
        return view

    def time_ref(self, t: TimeHit) -> TimeRef:
        key = (t.start, t.end, t.relation, t.first, t.last)
        if key not in self.time_refs:
            self.time_refs[key] = time_ref(t, self.para.norm, self.para.raw)
        return self.time_refs[key]

    def source(self, span: SourceSpan) -> Source:
        """The source stated at ``span`` as a record: one per span (each claim of a list its verb
        governs names the same source)."""
        found = self.sources.get((span.start, span.end))
        if found is None:
            rs, re_ = self.para.norm.raw_span(span.start, span.end)
            found = self.sources[(span.start, span.end)] = Source(text=self.para.raw[rs:re_])
        return found

    def quantity(self, h: Hit) -> Quantity:
        """The hit's quantity record; one per value for a hit with nothing counted, no range and
        no baseline (the numbers of a list of counts repeat their values)."""
        if h.counted_span is not None or h.value_high is not None or h.baseline is not None:
            return _quantity(h, self.para.norm, self.para.raw)
        key = (h.value, h.unit, h.qualifier, h.change)
        found = self.quantities.get(key)
        if found is None:
            found = self.quantities[key] = _quantity(h, self.para.norm, self.para.raw)
        return found

    def entity(self, m: Mention) -> Entity:
        if id(m) not in self.entities:
            self.entities[id(m)] = entity(m, self.para)
        return self.entities[id(m)]


def _read_sentence(para: Paragraph, i: int) -> _SentenceView:
    span = para.sentences[i].span
    start, end = para.norm.raw_span(*span)
    raw = para.raw[start:end]
    mentions, cues = para.mentions[i], para.cues[i]
    continued = para.gazetteer.continuation_re.match(para.norm.text[span[0] : span[0] + 80]) is not None
    return _SentenceView(
        span, start, raw, SentenceEvents(raw, para.pack), mentions, cues, CuePicker(cues, mentions), continued,
        para.times.holds_none(span), not mentions and not cues and not continued,
    )


def paragraph_claims(para: Paragraph, discourse: Discourse, doc: str, numbers: Iterator[int]) -> list[Claim]:
    """The claims of a paragraph whose entities are known (:func:`with_entities`), numbered
    ``doc#n`` from ``numbers``.

    Its claims are read a run of one sentence at a time: what a claim takes from its sentence
    alone (its view, whether a time expression or an event word is in it, whether it continues a
    statement) is read once for the run, and a sentence that gives its claims nothing but their
    number (``_quiet_claims``: a list of counts) builds them in a loop of its own."""
    shared = _Shared(para)
    claims: list[Claim] = []
    for i, run in groupby(zip(para.quantities, para.where), key=itemgetter(1)):
        sentence = shared.sentence(i)
        discourse.enter(para.seq, sentence.span)  # (the later claims of the run would enter it again: nothing to do)
        hits = [h for h, _ in run]
        if _quiet(sentence):
            claims += _quiet_claims(shared, sentence, hits, discourse, doc, numbers)
            continue
        events = sentence.events if sentence.events.events else None
        for h in hits:
            discourse.time = time = _time(shared, h, sentence, discourse)
            # a sentence that names nothing, attributes nothing and continues no statement gives no
            # claim a source or an entity
            source, entities = _source_and_entities(shared, sentence, h, discourse) if not sentence.silent else (None, ())
            rs, re_ = para.norm.raw_span(h.start, h.end)
            quantity = shared.quantity(h)
            if h.unit in _SHARED_NAMES:
                quantity = _named_currency(para, h, quantity, entities)
            # by position, in the order of Claim's fields (keywords cost a third of building it)
            claims.append(
                new_claim(
                    f"{doc}#{next(numbers)}", doc, para.pack.code, para.raw[rs:re_],
                    (para.offset + rs, para.offset + re_), sentence.text, quantity, entities, time,
                    source, None if events is None else events.at(rs - sentence.start, re_ - sentence.start),
                )
            )
    return claims


_SHARED_NAMES = shared_name_units()
_CURRENCY_REACH = 2000  # characters before an amount searched for the country of its currency's name


def _named_currency(para: Paragraph, h: Hit, q: Quantity, entities: tuple[Entity, ...]) -> Quantity:
    """The quantity of an amount written with a name several countries share ("5 million
    dinars"), in the currency of the one country of the name its claim names, else of the one
    last named before it in its paragraph (:mod:`claimx.packs.currencies`)."""
    bare = para.pack.bare_currency_re
    if bare is None or bare.search(para.norm.text, h.start, h.end) is None:
        return q
    units = named_currencies(q.unit, [e.id for e in entities if e.kind == "country" and e.id is not None])
    back = max(0, h.start - _CURRENCY_REACH)  # (bounded: each amount of a long paragraph reads no more than this)
    if not units and (last := last_country(para.norm.text, back, h.start, para.gazetteer)) is not None:
        units = named_currencies(q.unit, [last])
    return replace(q, unit=units.pop()) if len(units) == 1 and q.unit not in units else q


def _quiet(sentence: _SentenceView) -> bool:
    """Whether the sentence names nothing, attributes nothing, continues no statement, and holds no
    time expression and no event word (a list of counts): its claims are built by ``_quiet_claims``."""
    return sentence.silent and sentence.timeless and not sentence.events.events


def _quiet_claims(
    shared: _Shared, sentence: _SentenceView, hits: list[Hit], discourse: Discourse, doc: str, numbers: Iterator[int]
) -> list[Claim]:
    """The claims of ``hits``, a run of one sentence that names nothing, attributes nothing,
    continues no statement, holds no time expression and no event word: none has a source, an
    entity or an event, and each with nothing counted (no standing population: ``_time``) has the
    time of the statement the sentence continues, or none. Built as the general loop builds them."""
    para = shared.para
    raw, lang, offset, text = para.raw, para.pack.code, para.offset, sentence.text
    raw_span = None if para.norm.offsets is None else para.norm.raw_span  # (no offset map: the same spans)
    by_value = shared.quantities
    uncounted = discourse.statement_time if para.times.continues(sentence.span) else None
    out = []
    for h in hits:
        time = uncounted if h.counted_span is None else _time(shared, h, sentence, discourse)
        rs, re_ = (h.start, h.end) if raw_span is None else raw_span(h.start, h.end)
        # the key of _Shared.quantity, for a hit with nothing counted, no range and no baseline
        shared_value = h.counted_span is None and h.value_high is None and h.baseline is None
        q = (by_value.get((h.value, h.unit, h.qualifier, h.change)) if shared_value else None) or shared.quantity(h)
        if h.unit in _SHARED_NAMES:
            q = _named_currency(para, h, q, ())
        out.append(
            new_claim(
                f"{doc}#{next(numbers)}", doc, lang, raw[rs:re_], (offset + rs, offset + re_), text,
                q, (), time, None, None,
            )
        )
    discourse.time = time
    return out


def _quantity(h: Hit, norm: Normalized, raw: str) -> Quantity:
    return Quantity(
        value=plain_number(h.value),  # type: ignore[arg-type]
        value_high=None if h.value_high is None else plain_number(h.value_high),
        unit=h.unit,
        qualifier=h.qualifier,
        counted=raw[slice(*norm.raw_span(*h.counted_span))] if h.counted_span else None,
        change=h.change,
        baseline=None if h.baseline is None else plain_number(h.baseline),
    )


def _time(shared: _Shared, h: Hit, sentence: _SentenceView, discourse: Discourse) -> TimeRef | None:
    """The time that governs the claim in its sentence; else, in a sentence that continues a
    statement, the statement's time; none for a standing population."""
    para, span = shared.para, sentence.span
    lasting = para.times.lasting(h.counted_span)
    when = None if lasting or sentence.timeless else para.times.govern(span, (h.start, h.end))
    if when is not None:
        return shared.time_ref(when)
    if not lasting and para.times.continues(span):
        return discourse.statement_time
    return None


def _source_and_entities(
    shared: _Shared, sentence: _SentenceView, h: Hit, discourse: Discourse
) -> tuple[Source | None, tuple[Entity, ...]]:
    """The claim's source (stated in its sentence, or the previous speaker's when the sentence
    continues a statement or names its speaker by a pronoun) and its entities with roles."""
    para = shared.para
    span: SourceSpan | None = None
    inherited: Speaker | None = None
    cue = sentence.picker.pick(h.start)
    if cue is not None:
        if cue.anaphor and discourse.speaker is not None:
            inherited = discourse.speaker
        elif cue.end > cue.start:
            span = SourceSpan(cue.start, cue.end)
    elif sentence.continued:
        inherited = discourse.speaker
    entities: tuple[Entity, ...] = ()
    if sentence.mentions:
        placed = roles(sentence.mentions, para.norm.text, (h.start, h.end), h.counted_span, span, para.gazetteer, shared.roles)
        entities = tuple(shared.entity(m) for m in placed)
    if span is not None:
        source = shared.source(span)
        discourse.speaker = (source, tuple(e for e in entities if e.role == "source") if entities else ())
        return source, entities
    if inherited is not None:
        src, src_entities = inherited
        return src, entities + tuple(e for e in src_entities if e not in entities)
    return None, entities


def entity(m: Mention, para: Paragraph) -> Entity:
    """A mention as a record, its span in the document's raw text."""
    rs, re_ = para.norm.raw_span(m.start, m.end)
    return Entity(
        kind=m.kind,
        id=m.id,
        text=para.raw[rs:re_],
        span=(para.offset + rs, para.offset + re_),
        role=m.role,
        title=m.title if m.kind == "person" else None,
        key=m.key,
    )


def time_ref(t: TimeHit, norm: Normalized, raw: str) -> TimeRef:
    """A time expression as a record, its text from the raw paragraph."""
    rs, re_ = norm.raw_span(t.start, t.end)
    return TimeRef(
        text=raw[rs:re_],
        start=t.first.isoformat() if t.first else None,
        end=t.last.isoformat() if t.last else None,
        relation=t.relation,
    )
