"""Choosing the time expression that governs each claim, clause by clause."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import NamedTuple

from claimx.dates import Dates
from claimx.normalize import Normalized
from claimx.packs import Pack
from claimx.time.find import find
from claimx.time.hits import TimeHit
from claimx.time.patterns import key_of
from claimx.time.scan import Scan


class _Clauses(NamedTuple):
    """One sentence's time expressions and clause starts, computed once for all its claims."""

    hits: list[TimeHit]
    cuts: list[int]  # clause starts, the sentence start first
    kinds: list[str]  # the break that opened each clause: "" (the first), link, temporal or detach


class TimeIndex:
    """The time expressions of one paragraph (within the given spans); day dates resolve on demand."""

    def __init__(
        self,
        norm: Normalized,
        pack: Pack,
        published: dt.date | None,
        spans: list[tuple[int, int]],
        numbers: list[tuple[int, int]] | None = None,
        start: int = 0,
        dates: Dates | None = None,
    ) -> None:
        self._finder = Scan(norm, pack, published, numbers, dates)
        self.hits = [h for h in find(self._finder, spans) if h.start >= start]
        self._sentences: dict[tuple[int, int], _Clauses] = {}
        self._continues: dict[tuple[int, int], bool] = {}

    def settle(self, hit: TimeHit) -> TimeHit:
        return self._finder.settle(hit)

    def _clauses(self, sentence: tuple[int, int]) -> _Clauses:
        c = self._sentences.get(sentence)
        if c is None:
            s0, s1 = sentence
            hits = [h for h in self.hits if s0 <= h.start and h.end <= s1]
            cuts, kinds = [s0], [""]
            tp = self._finder.t
            for m in self._finder.finditer(tp.break_re, s0, s1) if hits else ():
                if any(h.start <= m.start() < h.end for h in hits):
                    continue  # "depuis que ...": a break inside a time expression
                cuts.append(m.end())
                kinds.append(tp.break_kind.get(key_of(m.group()), "link"))
            c = self._sentences[sentence] = _Clauses(hits, cuts, kinds)
        return c

    def govern(self, sentence: tuple[int, int], claim: tuple[int, int]) -> TimeHit | None:
        """The time expression that governs the number at ``claim``, resolved; None when none does.

        The nearest in the claim's own clause, a statement's own time before the day it was made
        ("a indiqué jeudi"). Else an event time of a "when" clause right after it ("were killed when
        a quake struck early on Monday"). Else, back through the clauses opened by a linking break
        ("a déclaré mardi que…") or a "when" (event times only), the nearest in the clause before.
        A clause opened by a detached break ("tandis que", "while", "في حين") takes nothing from
        the others. The caller then tries the previous statement (:meth:`continues`).
        """
        c = self._clauses(sentence)
        lo, hi = claim
        hits = [h for h in c.hits if h.end <= lo or h.start >= hi]
        if not hits:
            return None

        def rank(h: TimeHit) -> tuple[bool, int, bool]:
            gap = h.start - hi if h.start >= hi else lo - h.end
            return h.reporting, gap, h.start < lo

        def clause(j: int, events_only: bool) -> list[TimeHit]:
            c_lo = c.cuts[j]
            c_hi = c.cuts[j + 1] if j + 1 < len(c.cuts) else sentence[1]
            return [h for h in hits if c_lo <= h.start < c_hi and not (events_only and h.reporting)]

        i = bisect.bisect_right(c.cuts, lo) - 1
        here = clause(i, False)
        if not here and i + 1 < len(c.cuts) and c.kinds[i + 1] == "temporal":
            here = clause(i + 1, True)
        events_only = False
        while not here and c.kinds[i] in ("link", "temporal"):
            events_only = events_only or c.kinds[i] == "temporal"
            i -= 1
            here = clause(i, events_only)
        return self.settle(min(here, key=rank)) if here else None

    def lasting(self, counted: tuple[int, int] | None) -> bool:
        """Whether a claim counts a standing population ("3,4 millions d'habitants"): no time governs it."""
        return counted is not None and key_of(self._finder.text[counted[0] : counted[1]]) in self._finder.t.lasting

    def continues(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence continues the previous statement (``Il a ajouté``, ``وأضاف``, ``…, he said``)."""
        known = self._continues.get(sentence)
        if known is None:
            tp, f = self._finder.t, self._finder
            s0, s1 = sentence
            known = self._continues[sentence] = bool(
                f.search(tp.continuation_re, s0, min(s1, s0 + 60)) or f.search(tp.continuation_inside_re, s0, s1)
            )
        return known


def find_times(
    norm: Normalized,
    pack: Pack,
    published: dt.date | None,
    spans: list[tuple[int, int]] | None = None,
    numbers: list[tuple[int, int]] | None = None,
    start: int = 0,
    dates: Dates | None = None,
) -> TimeIndex:
    """The time expressions of one normalised paragraph (or of ``spans`` of it, e.g. the sentences
    that hold a claim), to be resolved against ``published``. ``numbers`` are the spans of the
    claims' numbers (any other year-like number is then a year); expressions before ``start`` (a
    dateline) are left out. ``dates``: the paragraph's dates as the quantities stage found them
    (:func:`claimx.quantities.find_quantities`), so that none is matched twice."""
    spans = spans if spans is not None else [(0, len(norm.text))]
    return TimeIndex(norm, pack, published, spans, numbers, start, dates)
