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


class _Side(NamedTuple):
    """A sentence's time expressions of one kind (reporting or not), with their starts and ends."""

    hits: list[TimeHit]
    starts: list[int]
    ends: list[int]


def _side(hits: list[TimeHit]) -> _Side:
    return _Side(hits, [h.start for h in hits], [h.end for h in hits])


class _Clauses(NamedTuple):
    """One sentence's time expressions and clause starts, computed once for all its claims.

    ``sides``: the expressions that are no statement's own day, then those that are, each sorted
    by start and by end alike (the time stage keeps no expression inside another); None when one
    is empty, where the claim's clause is read whole."""

    hits: list[TimeHit]
    cuts: list[int]  # clause starts, the sentence start first
    kinds: list[str]  # the break that opened each clause: "" (the first), link, temporal or detach
    sides: tuple[_Side, _Side] | None


def _rank(h: TimeHit, lo: int, hi: int) -> tuple[bool, int, bool]:
    """What the nearest expression to the claim at ``lo:hi`` is: not a statement's own day, the
    smallest gap, after the claim before before it."""
    gap = h.start - hi if h.start >= hi else lo - h.end
    return h.reporting, gap, h.start < lo


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
        self._starts = [h.start for h in self.hits]  # in order: the time stage keeps no expression inside another
        self._sentences: dict[tuple[int, int], _Clauses] = {}
        self._continues: dict[tuple[int, int], bool] = {}

    def settle(self, hit: TimeHit) -> TimeHit:
        return self._finder.settle(hit)

    def _clauses(self, sentence: tuple[int, int]) -> _Clauses:
        c = self._sentences.get(sentence)
        if c is None:
            s0, s1 = sentence
            near = self.hits[bisect.bisect_left(self._starts, s0) : bisect.bisect_right(self._starts, s1)]
            hits = [h for h in near if s0 <= h.start and h.end <= s1]
            cuts, kinds = [s0], [""]
            tp = self._finder.t
            for m in self._finder.finditer(tp.break_re, s0, s1) if hits else ():
                if any(h.start <= m.start() < h.end for h in hits):
                    continue  # "depuis que ...": a break inside a time expression
                cuts.append(m.end())
                kinds.append(tp.break_kind.get(key_of(m.group()), "link"))
            exact = all(h.start < h.end for h in hits)
            sides = (_side([h for h in hits if not h.reporting]), _side([h for h in hits if h.reporting])) if exact else None
            c = self._sentences[sentence] = _Clauses(hits, cuts, kinds, sides)
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
        if not c.hits:
            return None
        lo = claim[0]
        i = bisect.bisect_right(c.cuts, lo) - 1
        here = _nearest(c, i, claim, sentence, False)
        if here is None and i + 1 < len(c.cuts) and c.kinds[i + 1] == "temporal":
            here = _nearest(c, i + 1, claim, sentence, True)
        events_only = False
        while here is None and c.kinds[i] in ("link", "temporal"):
            events_only = events_only or c.kinds[i] == "temporal"
            i -= 1
            here = _nearest(c, i, claim, sentence, events_only)
        return self.settle(here) if here is not None else None

    def holds_none(self, sentence: tuple[int, int]) -> bool:
        """Whether no time expression lies in ``sentence``: :meth:`govern` gives None for each of its claims."""
        return not self._clauses(sentence).hits

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


def _nearest(c: _Clauses, j: int, claim: tuple[int, int], sentence: tuple[int, int], events_only: bool) -> TimeHit | None:
    """The expression of clause ``j`` nearest the claim (by :func:`_rank`), outside it; with
    ``events_only``, no statement's own day.

    Found by bisection, not by reading each expression of the sentence at each claim (a list of
    counts by year, "12, 2015, 31, 2016, …", cost the square of its length): in each side, the
    expressions of the clause that end before the claim, and those that start after it, are runs
    of consecutive ones, and the nearest is the last of the one or the first of the other."""
    lo, hi = claim
    c_lo = c.cuts[j]
    c_hi = c.cuts[j + 1] if j + 1 < len(c.cuts) else sentence[1]
    if c.sides is None:
        here = [h for h in c.hits if c_lo <= h.start < c_hi and (h.end <= lo or h.start >= hi) and not (events_only and h.reporting)]
        return min(here, key=lambda h: _rank(h, lo, hi)) if here else None
    found: list[TimeHit] = []
    for side in c.sides[:1] if events_only else c.sides:
        k = bisect.bisect_left(side.starts, max(hi, c_lo))  # the first that starts after the claim
        if k < len(side.hits) and side.starts[k] < c_hi:
            found.append(side.hits[k])
        k = min(bisect.bisect_right(side.ends, lo), bisect.bisect_left(side.starts, c_hi)) - 1  # the last before it
        if k >= 0 and side.starts[k] >= c_lo:
            found.append(side.hits[k])
    if len(found) < 2:  # none, or the one of a list of counts before or after a single time
        return found[0] if found else None
    return min(found, key=lambda h: _rank(h, lo, hi))


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
