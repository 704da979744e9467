"""One paragraph's text as the time stage searches it, with what the searches have gathered."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from itertools import accumulate
from operator import itemgetter
from typing import Any

from claimx.dates import Dates
from claimx.normalize import Normalized
from claimx.packs import Pack
from claimx.packs.patterns import FOLDED, QuickTest, fast, lowered
from claimx.time import resolve
from claimx.time.days import resolve_day
from claimx.time.hits import TimeHit
from claimx.time.patterns import DIGIT_START, WORD, YEAR_ONLY, key_of, time_pack

_LEAD = fast(r"[\s,،]*")


def _again(pat: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str]:
    """The match the twin of ``pat`` found at ``pos``, read from the text itself."""
    m = pat.match(text, pos, endpos)
    assert m is not None
    return m


class Scan:
    """A normalised paragraph, its pack's time patterns and publication date ``P``.

    ``numbers`` are the spans of the claims' numbers, when known; ``dates``, the paragraph's dates
    the quantities stage has matched already; the since words and reporting
    verbs are gathered by :func:`claimx.time.find.find` for the sentences that hold a time."""

    def __init__(
        self,
        norm: Normalized,
        pack: Pack,
        published: dt.date | None,
        numbers: list[tuple[int, int]] | None = None,
        dates: Dates | None = None,
    ) -> None:
        self.norm = norm
        self.text = norm.text
        self.p = pack
        self.t = time_pack(pack)
        self.P = published
        self.numbers = numbers
        self._number_starts: list[int] | None = None  # of ``numbers`` sorted (overlaps_number)
        self._number_reach: list[int] = []  # the furthest end of the numbers up to each of them
        self.since_at: list[int] = []
        self.reported_at: list[re.Match[str]] = []
        self.reported_starts: list[int] = []
        self.rev = self.text[::-1]
        # per holding test (by id), the last search of it: from where, and where the first string found
        # at or after that starts (the text's length for none)
        self._held_at: dict[int, tuple[int, int]] = {}
        self.low = lowered(self.text) if self.t.folds else None
        self.dates = dates if dates is not None else Dates(self.text, pack)

    def overlaps_number(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps one of ``numbers`` (by bisection: a list of counts and years
        tested each year against each number, the square of its length)."""
        if self._number_starts is None:
            spans = sorted(self.numbers or ())
            self._number_starts = list(map(itemgetter(0), spans))
            self._number_reach = list(accumulate(map(itemgetter(1), spans), max))
        k = bisect.bisect_left(self._number_starts, e)  # the numbers starting before e
        return k > 0 and self._number_reach[k - 1] > s

    def holds_between(self, test: QuickTest | None, lo: int, hi: int) -> bool:
        """Whether a string of the holding test ``test`` (``None``: always) starts in ``[lo, hi)``:
        a match of its pattern there, which holds one, may. The sentences of a paragraph ask it in
        text order, so one search forward answers those up to the string it finds."""
        if test is None:
            return True
        searched, found = self._held_at.get(id(test), (len(self.text) + 1, 0))
        if not searched <= lo <= found:
            m = test.search(self.text, lo)
            found = m.start() if m is not None else len(self.text)
            self._held_at[id(test)] = (lo, found)
        return found < hi

    # -- searching (on the lower-cased text where that finds the same) -------------------------
    def _twin(self, pat: re.Pattern[str]) -> re.Pattern[str] | None:
        if self.low is None:
            return None
        entry = FOLDED.get(id(pat))
        return entry[1] if entry is not None and entry[0] is pat else None

    def finditer(self, pat: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """``pat.finditer(text, lo, hi)``."""
        twin = self._twin(pat)
        if twin is None:
            return list(pat.finditer(self.text, lo, hi))
        low = self.low
        assert low is not None
        return [_again(pat, self.text, m.start(), hi) for m in twin.finditer(low, lo, hi)]

    def search(self, pat: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pat.search(text, lo, hi)``."""
        twin = self._twin(pat)
        if twin is None:
            return pat.search(self.text, lo, hi)
        assert self.low is not None
        m = twin.search(self.low, lo, hi)
        return _again(pat, self.text, m.start(), hi) if m else None

    def ends_with(self, test: Any, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` may end with a phrase of ``test`` (see :func:`claimx.packs.patterns.ending_test`)."""
        n = len(self.text)
        return test.match(self.rev, n - hi, n - lo) is not None

    # -- resolving -----------------------------------------------------------------------------
    def resolve_day(self, s: int, e: int) -> dt.date | None:
        """The day date at ``[s, e)`` (see :func:`claimx.time.days.resolve_day`)."""
        return resolve_day(self.norm, self.p, self.t, self.P, s, e)

    def ahead(self, h: TimeHit) -> str:
        """How ``h``'s anchor may lie ahead of P: "month" (a yearless month), "weekday" or ""."""
        span = self.text[h.start : h.end]
        if YEAR_ONLY.search(span):
            return ""
        if self.t.month_year_re.search(span):
            return "month"
        if self.t.weekday_re.search(span):
            return "weekday"
        return ""

    def with_relation(self, h: TimeHit, first: dt.date | None, last: dt.date | None) -> TimeHit:
        """The bounds of an anchor under its expression's relation (see :func:`resolve.with_relation`)."""
        ahead = self.ahead(h) if self.P is not None and resolve.needs_ahead(h) else ""
        return resolve.with_relation(h, first, last, self.P, ahead)

    def settle(self, h: TimeHit) -> TimeHit:
        """Resolve a pending day date (through dateparser) and apply the relation to it."""
        if h.pending is None:
            return h
        d = self.resolve_day(*h.pending)
        return self.with_relation(h, d, d)

    # -- cues around a time --------------------------------------------------------------------
    def reported(self, lo: int, hi: int, max_words: int) -> bool:
        """Whether a reporting verb stands in ``[lo, hi)`` at most ``max_words`` words before ``hi``,
        with no number or clause break after it ("a indiqué mardi", "said on Tuesday",
        "أعلن الوزير، الثلاثاء،")."""
        k = bisect.bisect_left(self.reported_starts, hi) - 1
        if k < 0 or self.reported_starts[k] < lo or self.reported_at[k].end() > hi:
            return False
        last = self.reported_at[k]
        between = self.text[last.end() : hi]
        return (
            len(WORD.findall(between)) <= max_words
            and not DIGIT_START.search(between)
            and not self.t.break_re.search(between)
        )

    def opens_clause(self, end: int) -> bool:
        """A day right before "that"/"que"/"أن" dates the statement that follows
        ("أعلنت، الثلاثاء، أن")."""
        lead = _LEAD.match(self.text, end)
        m = self.t.break_re.match(self.text, lead.end() if lead else end)
        return m is not None and self.t.break_kind.get(key_of(m.group())) == "link"
