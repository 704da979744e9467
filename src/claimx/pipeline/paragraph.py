"""One paragraph as the stages build it: quantities, the sentences that hold them, their times,
then (after the statistical NER) their entities and attributions."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from claimx.dates import Dates
from claimx.entities import Cue, Gazetteer, Mention, find_sources, gazetteer_mentions, ner_windows, sentence_mentions
from claimx.ner import Spans
from claimx.normalize import Normalized
from claimx.packs import Pack
from claimx.quantities import Hit
from claimx.segment import sentences
from claimx.time import TimeIndex, dateline_end, find_times

Span = tuple[int, int]
_START = attrgetter("start")  # (mapped over a paragraph's hits: a list of counts has thousands)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence that holds a claim, with what it names that needs no statistical model."""

    span: Span
    known: tuple[Mention, ...]  # countries ("le pays" too), ministries, known organisations
    windows: tuple[Span, ...]  # the stretches the statistical NER reads (none when it is off)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph with claims, built stage by stage in one direction.

    :func:`read_paragraph` fills everything up to :attr:`times`; :func:`with_entities` adds the
    :attr:`mentions` and :attr:`cues` of each sentence once the NER spans of its windows are known
    (the NER runs over the windows of many paragraphs at once). Offsets are into ``norm.text``.
    """

    raw: str
    offset: int  # of ``raw`` in the document
    seq: int  # the paragraph's number in the document
    norm: Normalized
    pack: Pack
    gazetteer: Gazetteer
    quantities: tuple[Hit, ...]
    sentences: tuple[Sentence, ...]  # those that hold a quantity, in text order
    where: tuple[int, ...]  # per quantity, the index of its sentence in ``sentences``
    times: TimeIndex
    mentions: tuple[tuple[Mention, ...], ...] = ()  # per sentence, NER names included
    cues: tuple[tuple[Cue, ...], ...] = ()  # per sentence, its attributions

    def windows(self) -> list[Span]:
        """Every NER window of the paragraph, sentence by sentence."""
        return [w for s in self.sentences for w in s.windows]


def _sentences_of(sents: list[Span], starts: list[int], length: int) -> list[Span]:
    """The sentence (of the sorted ``sents``) that holds each of ``starts``, else the whole
    paragraph; the sentence found last is tried first (the numbers of a list lie in one sentence,
    and a paragraph's numbers come in text order)."""
    out: list[Span] = []
    last, lo, hi = (0, length), 0, -1  # the sentence found last (none yet)
    for pos in starts:
        if not lo <= pos < hi:
            i = bisect_right(sents, (pos, length + 1)) - 1
            if i >= 0 and sents[i][0] <= pos < sents[i][1]:
                last = sents[i]
                lo, hi = last
            else:  # in no sentence: the whole paragraph, not remembered (it holds the other sentences)
                out.append((0, length))
                continue
        out.append(last)
    return out


@dataclass(frozen=True, slots=True)
class Quantified:
    """A paragraph read in its language, with its quantities: what the first stages give."""

    raw: str
    offset: int
    seq: int
    norm: Normalized
    pack: Pack
    gazetteer: Gazetteer
    quantities: tuple[Hit, ...]
    dates: Dates  # the paragraph's dates as the quantity masks matched them, for the time stage


def read_paragraph(
    q: Quantified, published: dt.date | None, earlier: Callable[[], str | None], ner: bool
) -> Paragraph:
    """The paragraph's claim sentences, their times (against ``published``), their gazetteer
    mentions (``earlier()``: the country named in the paragraphs before, for "le pays") and, when
    ``ner``, the windows the statistical NER is to read."""
    text, hits, gz = q.norm.text, q.quantities, q.gazetteer
    sents = sentences(text, q.pack)
    claim_sents = _sentences_of(sents, [h.start for h in hits], len(text))
    spans = sorted(set(claim_sents))
    times = find_times(
        q.norm, q.pack, published, spans, numbers=[(h.start, h.end) for h in hits],
        start=dateline_end(q.norm, q.pack), dates=q.dates,
    )
    known = [gazetteer_mentions(text, s, gz, earlier) for s in spans]
    starts = sorted(map(_START, hits))
    windows = [ner_windows(text, s, gz, k, starts) if ner else [] for s, k in zip(spans, known)]
    index = {s: i for i, s in enumerate(spans)}
    return Paragraph(
        q.raw, q.offset, q.seq, q.norm, q.pack, gz, hits,
        tuple(Sentence(s, tuple(k), tuple(w)) for s, k, w in zip(spans, known, windows)),
        tuple(map(index.__getitem__, claim_sents)), times,
    )


def _in_money(m: Mention, money: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether mention ``m`` overlaps one of the amounts of money (sorted, none overlapping another):
    the last one starting before the mention ends is the only one that can."""
    i = bisect_left(starts, m.end) - 1
    return i >= 0 and money[i][1] > m.start


def with_entities(para: Paragraph, tagged: Sequence[Spans]) -> Paragraph:
    """``para`` with each sentence's entities and attributions, given the NER spans of its windows
    (``tagged``, in the order of :meth:`Paragraph.windows`; empty when the NER is off)."""
    text, gz = para.norm.text, para.gazetteer
    spans = iter(tagged)
    mentions: list[tuple[Mention, ...]] = []
    cues: list[tuple[Cue, ...]] = []
    # a name inside an amount of money names its currency ("US$", "دولار أمريكي", "dollars US"), not
    # a country any claim of the sentence is about
    money = sorted([(h.start, h.end) for h in para.quantities if h.unit.startswith("currency:")])
    money_starts = [b for b, _ in money]
    starts = sorted(map(_START, para.quantities))
    for s in para.sentences:
        # zip takes one result from ``spans`` per window of this sentence, and no more.
        ner = [(a + x, a + y, label) for (a, _), found in zip(s.windows, spans) for x, y, label in found]
        here = sentence_mentions(text, s.span, gz, ner, list(s.known))
        if money:
            here = [m for m in here if not _in_money(m, money, money_starts)]
        mentions.append(tuple(here))
        cues.append(tuple(find_sources(text, s.span, gz, here, starts)))
    return replace(para, mentions=tuple(mentions), cues=tuple(cues))
