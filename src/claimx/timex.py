"""Time expressions: found with the pack's patterns, resolved against the publication date.

claimx finds date and period expressions itself (dateparser's ``search_dates`` reads numbers as
dates) and uses dateparser only to resolve the day-level dates it found, with a pinned
``RELATIVE_BASE``, ``PREFER_DATES_FROM: past`` and UTC; periods (weeks, months, since/until,
"in the past two weeks") are built by the rules written down in ``corpus/README.md``. Nothing
here reads the machine's clock: without a publication date, relative expressions keep their text
and stay unresolved.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from claimx.normalize import CACHED_CHARS, Normalized, norm_key
from claimx.quantities.numbers import parse_digits, parse_words
from claimx.packs import DateScan, Pack, _keys, _trie

RELATIONS = ("since", "until", "before", "after", "at")
PERIODS = (
    "today", "yesterday", "last_week", "this_week", "next_week", "last_month", "this_month", "next_month",
    "last_year", "this_year", "next_year", "weekend", "so_far", "end_of_year", "last_quarter",
    "previous_quarter",
)
_F = regex.IGNORECASE | regex.V0
_B, _E = r"(?<![\w])", r"(?![\w])"
_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """:func:`norm_key`, cached: the words looked up (weekdays, months, relation words...) are few."""
    return norm_key(word)


def _fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled by the standard library's ``re``, about twice as fast as ``regex`` on the
    word tries the packs compile to (patterns needing ``regex`` features stay with ``regex``)."""
    compiled = re.compile(pattern, re.IGNORECASE if flags & regex.IGNORECASE else 0)
    if _EXTRA_CASES is not None and compiled.flags & re.IGNORECASE and _lower_only(pattern):
        _FOLDED[id(compiled)] = (compiled, re.compile(pattern))
    return compiled


# Case-insensitive matching is the slow part of the word tries: ``re`` skips the branches of a
# trie by their first letter only when letters are matched as they are. So a case-insensitive
# pattern written in lower case also gets a case-sensitive twin, run on the lower-cased text: it
# finds the same matches, at the same offsets, whenever lower-casing maps each character of the
# text to one character that every test of the pattern (letters, \w, \d, \s) treats alike; the
# characters ``re`` folds together beyond ``str.lower`` (``ſ`` with ``s``, ``ı`` with ``i``, Greek
# and Cyrillic variants) are never folded. The match itself is then read again from the text.
# (Keyed by id: hashing a compiled pattern hashes its whole program.)
_FOLDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
try:
    from re import _casefix  # type: ignore[attr-defined]

    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # a Python that keeps the table elsewhere: no twins
    _EXTRA_CASES = None
_UNFOLDABLE = frozenset(chr(c) for k, v in (_EXTRA_CASES or {}).items() for c in (k, *v) if c > 127)
_UNFOLDABLE_RE = re.compile("[" + "".join(sorted(_UNFOLDABLE)) + "]")
_ESCAPE = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]")


def _lower_only(pattern: str) -> bool:
    """Whether a pattern's own characters (escapes and group names aside) are all lower case, some
    of them cased, with no back-reference and no character ``re`` folds specially."""
    if re.search(r"\\\d|\(\?P=", pattern):
        return False
    bare = _ESCAPE.sub("", pattern)
    cased = bare != bare.upper()  # (an Arabic pattern gains nothing)
    return cased and bare == bare.lower() and not _UNFOLDABLE.intersection(bare)


def _lowered(text: str) -> str | None:
    """``text`` lower-cased, when the twins of :data:`_FOLDED` may search it in its place; else None.

    The characters ``re`` folds specially are all lower case, so they show in the lower-cased
    text; lower-casing keeps every other character a letter, digit or space as it was (a test
    checks it over all of Unicode)."""
    low = text.lower()
    if len(low) != len(text) or _UNFOLDABLE_RE.search(low):
        return None  # "İ" lower-cases to two characters; "ſ", "ς"...
    return low


def _ending(last: list[str], then: list[str] | None = None, engine: Any = re, flags: int = re.IGNORECASE) -> Any:
    """A quick test run before a search for a phrase of ``last`` (maybe followed by one of
    ``then``) and spaces at the end of a text (the ``...\\s*\\Z`` patterns): the phrases reversed,
    matched once at the start of the reversed text instead of trying every position. It leaves
    out clitics and word boundaries, so it passes wherever the search can find something."""
    def rev(words: list[str]) -> str:
        return _trie([w[::-1] for w in words])

    pattern = r"\s*" + (rf"(?:{rev(then)}\s+)?" if then else "") + rev(last)
    return engine.compile(pattern, flags)


class TimeHit(NamedTuple):
    """A time expression in normalised text, with its resolution (None where it cannot be had)."""

    start: int
    end: int
    relation: str
    first: dt.date | None
    last: dt.date | None
    # A day date not resolved yet (dateparser runs only for the times that govern a claim).
    pending: tuple[int, int] | None = None
    # "la semaine précédant le 25 septembre": the seven days ending on the anchor day
    # (``year_to``: "l'exercice clos en mars", the twelve months ending with the anchor).
    week_to: bool = False
    # The day a statement was made ("a indiqué mardi"): a claim takes it only when nothing else applies.
    reporting: bool = False
    # "à partir du 15 avril": the start of a period, ahead of or behind the publication date.
    from_word: bool = False
    year_to: bool = False


class _TimePack:
    """The regexes one pack's time data compiles to (built once per language)."""

    def __init__(self, p: Pack) -> None:
        t = p.data["time"]
        self.pack = p
        self.relation_of: dict[str, str] = {}
        for rel in RELATIONS:
            for s in t["relations"][rel]:
                self.relation_of.setdefault(_key(s), rel)
        at_words = _trie(_keys(t["relations"]["at"]))
        # "depuis samedi", "منذ يوم السبت": a relation word, maybe followed by an "at" word.
        self.relation_re = _fast(
            _B + "(?P<rel>" + _trie(list(self.relation_of)) + rf")(?:\s+{at_words})?\s*\Z", _F
        )
        at_keys = _keys(t["relations"]["at"])
        self.relation_end = _ending(list(self.relation_of), at_keys)
        # "since the invasion began on 24 February", "منذ إعلان ... في 21 سبتمبر": a since word
        # further left, with no sentence end between.
        since = _trie(_keys(t["relations"]["since"]))
        self.since_far_re = _fast(_B + "(?:" + since + r")\s[^.!?؟;\n]{1,90}\Z", _F)
        self.since_word_re = _fast(_B + "(?:" + since + ")" + _E, _F)
        self.period_of = {_key(s): key for key in PERIODS for s in t[key]}
        self.quarter_of = {_key(s): q for s, q in t["quarters"].items()}
        self.quarter_re = _fast(_B + "(?:" + _trie(list(self.quarter_of)) + ")" + _E, _F)
        self.week_to_re = _fast(_B + "(?:" + _trie(_keys(t["week_to"])) + rf")(?:\s+{at_words})?\s*\Z", _F)
        self.week_to_end = _ending(_keys(t["week_to"]), at_keys)
        units = [k for k, u in p.units.items() if u.canonical == "duration:s" and k.isalpha()]
        self.duals = {_key(k): Decimal(v) for k, v in t["dual_durations"].items()}
        num = rf"(?:(?P<num>\d+(?:[.,]\d+)?|{p.number_words})\s+)?"
        unit = "(?:" + _trie(_keys(units + list(self.duals))) + ")"
        self.duration = rf"{num}(?P<unit>{unit}){_E}"
        clitic = _trie(_keys(p.data["numbers"]["word_prefixes"])) if p.data["numbers"]["word_prefixes"] else None
        pre = f"(?:{clitic})?" if clitic else ""

        def phrase(key: str) -> str:
            return "(?:" + _trie(_keys(t[key])) + ")" if t[key] else "(?!)"

        self.ago_re = regex.compile(
            rf"{_B}{pre}{phrase('ago_before')}\s+{self.duration}|{_B}{self.duration}\s+{phrase('ago_after')}{_E}", _F
        )
        # Its "ago" words alone: where they are absent, the costly pattern above finds nothing.
        self.ago_words_re = regex.compile(_trie(_keys(t["ago_before"] + t["ago_after"])), _F)
        self.past_re = _fast(
            rf"{_B}{pre}{phrase('past_before')}\s+{self.duration}(?:\s+(?P<after>{phrase('past_after')}){_E})?", _F
        )
        self.marks_past_after = bool(t["past_after"])
        self.within_re = _fast(rf"{_B}{pre}{phrase('within')}\s+{self.duration}", _F)
        self.weekday_re = _fast(_B + pre + "(?:" + _trie(list(p.weekdays)) + ")" + _E, _F)
        mflags = regex.V0 if t["months_case_sensitive"] else _F
        months = sorted(t["months"], key=len, reverse=True) if t["months_case_sensitive"] else list(p.months)
        self.month_year_re = _fast(
            _B + pre + "(?P<month>" + _trie(months) + r")(?:\s*/\s*" + _trie(months) + r")?\.?(?:\s+(?P<year>\d{4}))?" + _E,
            mflags,
        )
        self.continuation_re = _fast(_B + pre + "(?:" + _trie(_keys(t["continuation"])) + ")" + _E, _F)
        self.published_re = _fast(_B + "(?:" + _trie(_keys(t["published_markers"])) + r")\s*:?\s*\Z", _F)
        self.published_any = _fast(_B + "(?:" + _trie(_keys(t["published_markers"])) + ")", _F)
        self.from_re = _fast(_B + pre + phrase("from_words") + rf"(?:\s+{at_words})?\s*\Z", _F)
        self.from_end = _ending(_keys(t["from_words"]), at_keys)
        self.until_days_only = frozenset(_keys(t["until_days_only"]))
        self.since_event_re = _fast(_B + pre + phrase("since_event") + _E, _F)
        self.reporting_re = _fast(_B + pre + phrase("reporting_verbs") + _E, _F)
        self.baseline_re = _fast(_B + pre + phrase("baseline_before") + r"\s*\Z", _F)
        self.baseline_end = _ending(_keys(t["baseline_before"]))
        self.document_before_re = _fast(_B + phrase("document_before") + r"\s*\Z", _F)
        self.document_after_re = _fast(r"\s+" + phrase("document_after") + _E, _F)
        self.continuation_inside_re = _fast(_B + pre + phrase("continuation_inside") + _E, _F)
        self.year_name_re = _fast(_B + pre + phrase("year_names") + r"\s*\Z", _F)
        self.year_name_end = _ending(_keys(t["year_names"]))
        self.year_before_end = _ending(list(p.year_before), engine=regex, flags=p.year_before_re.flags)
        self.period_not_after_re = _fast(_B + phrase("period_not_after") + r"\s+\Z", _F)
        self.lasting = frozenset(_keys(t["lasting_counted"]))
        # Named periods, quarters, seasons, weekdays and time units in one pass over a sentence
        # (the longer kinds first).
        self.named_re = _fast(
            _B + "(?:(?P<period>" + _trie(list(self.period_of)) + ")|(?P<quarter>" + _trie(list(self.quarter_of))
            + ")|" + pre + "(?:(?P<unresolved>"
            + _trie(_keys(t["unresolved_periods"])) + ")|(?P<weekday>" + _trie(list(p.weekdays)) + "))|(?P<unit>"
            + _trie(_keys(units + list(self.duals))) + "))" + _E,
            _F,
        )
        self.year_to_re = _fast(_B + pre + phrase("year_to") + rf"(?:\s+{at_words})?\s*\Z", _F)
        self.year_to_end = _ending(_keys(t["year_to"]), at_keys)
        linking = _keys(t["clause_breaks"])
        detached = _keys(t["detached_breaks"])
        temporal = _keys(t["temporal_breaks"])
        self.break_kind = {b: "link" for b in linking} | {b: "detach" for b in detached} | {b: "temporal" for b in temporal}
        self.break_re = _fast(
            "|".join(
                [_B + "(?:" + _trie([b for b in self.break_kind if b[0].isalpha()]) + ")" + _E]
                + [regex.escape(b) for b in self.break_kind if not b[0].isalpha()]
            ),
            _F,
        )
        # Whether any of these patterns has a twin for the lower-cased text (see _FOLDED).
        self.folds = any(id(v) in _FOLDED for v in vars(self).values())


_TIME_PACKS: dict[int, _TimePack] = {}


def time_pack(pack: Pack) -> _TimePack:
    """The compiled time patterns of ``pack`` (built on first use, once per process)."""
    tp = _TIME_PACKS.get(id(pack))
    if tp is None or tp.pack is not pack:
        tp = _TIME_PACKS[id(pack)] = _TimePack(pack)
    return tp


@lru_cache(maxsize=256)
def _dateparser(code: str, base: dt.date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[code], settings=settings)


def _parse_day(code: str, candidate: str, base: dt.date | None) -> dt.date | None:
    """dateparser's reading of one date string as a day (None if it reads none), cached: news
    repeats its dates. (A long candidate, a run of days, is read each time: the cache stays small.)"""
    if len(candidate) > CACHED_CHARS:
        return _read_day.__wrapped__(code, candidate, base)
    return _read_day(code, candidate, base)


@lru_cache(maxsize=4096)
def _read_day(code: str, candidate: str, base: dt.date | None) -> dt.date | None:
    try:
        data = _dateparser(code, base).get_date_data(candidate)
    except Exception:  # dateparser raises on some malformed input; the text stays unresolved
        return None
    if data is None or data.date_obj is None or data.period != "day":
        return None
    day: dt.date = data.date_obj.date()
    return day


# The lookbehinds stand after the first digit, so the search skips to digits (the same matches).
_YEAR_ONLY = _fast(r"(?:1[89]\d\d|20\d\d)(?<![\d.,]....)(?![\d.,]\d|\d)")
_DIGIT_START = _fast(r"\d(?<!\d\d)")
# A number starting a numeric date ("21/09/2022", "2022-09-21").
_NUMERIC_START = _fast(r"\d(?<!\d\d)(?=\d{0,3}[/.-]\d)")
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
_LEAD = _fast(r"[\s,،]*")
_EVENT_END = _fast(r"[,.;:!?،؛؟()«»\"]|\s[-–—]\s")
_DAY_DIGITS = _fast(r"\d(?<!\d\d)\d?(?!\d)")
_DAY_NUMBER = regex.compile(r"(?<!\d)([0-3]?\d)(?!\d)")
_FOUR_DIGITS = regex.compile(r"(?<!\d)(\d{4})(?!\d)")
_WORD_DOT = regex.compile(r"(\w+)\.\Z")
_YEAR = _fast(r"(?<!\d)(\d{4})(?!\d)|(?<![\d])\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?!\d)")


# Date arithmetic can leave the calendar (before 1 January 1, after 31 December 9999: "seven
# million years ago", "next year" written on date.max) or land on a day a year lacks (29 February):
# such a bound is unresolved (None), never an exception.
_OUTSIDE = (OverflowError, ValueError)


def _shift(d: dt.date | None, days: int) -> dt.date | None:
    """``d`` moved by ``days``; None when there is no ``d`` or the day is outside the calendar."""
    if d is None:
        return None
    try:
        return d + dt.timedelta(days=days)
    except _OUTSIDE:
        return None


def _year_before(d: dt.date) -> dt.date | None:
    """The same day a year earlier; None when that year lacks it (29 February) or is year 0."""
    try:
        return d.replace(year=d.year - 1)
    except _OUTSIDE:
        return None


def _past_weekday(p: dt.date, weekday: int) -> dt.date | None:
    return _shift(p, -((p.weekday() - weekday) % 7))


_NUMERIC = _fast(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})")


def _numeric_day(span: str, P: dt.date | None) -> dt.date | None:
    """``2022-09-21`` and day/month/year dates whose order cannot be mistaken (a part over 12);
    None for the rest, which dateparser reads."""
    m = _NUMERIC.search(span)
    if not m:
        return None
    a, b, c = (int(x) for x in m.groups())
    if len(m.group(1)) == 4:
        y, mo, d = a, b, c
    elif len(m.group(3)) in (2, 4) and (a > 12) != (b > 12):
        d, mo = (a, b) if a > 12 else (b, a)
        y = c if c > 99 else 2000 + c if P is None or 2000 + c <= P.year else 1900 + c
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    return _month_bounds(year, 3 * q - 2)[0], _month_bounds(year, 3 * q)[1]


@lru_cache(maxsize=1024)
def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class _Anchor(NamedTuple):
    """A date, weekday, month, year or named period, before its relation word is read."""

    start: int
    end: int
    kind: str  # day | month | period | so_far | unresolved
    first: dt.date | None
    last: dt.date | None
    pending: bool
    core: int = -1  # where the year's digits start when the span starts at its marker ("en 2022")


def _again(pat: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str]:
    """The match the twin of ``pat`` found at ``pos``, read from the text itself."""
    m = pat.match(text, pos, endpos)
    assert m is not None
    return m


class _Finder:
    def __init__(
        self,
        norm: Normalized,
        pack: Pack,
        published: dt.date | None,
        numbers: list[tuple[int, int]] | None = None,
    ) -> None:
        self.norm = norm
        self.text = norm.text
        self.p = pack
        self.t = time_pack(pack)
        self.P = published
        self.numbers = numbers
        self.since_at: list[int] = []
        self.reported_at: list[re.Match[str]] = []
        self.reported_starts: list[int] = []
        self.rev = self.text[::-1]
        self.low = _lowered(self.text) if self.t.folds else None
        self.dates = DateScan(self.text, pack)

    # -- searching (on the lower-cased text where that finds the same) -------------------------
    def _twin(self, pat: re.Pattern[str]) -> re.Pattern[str] | None:
        if self.low is None:
            return None
        entry = _FOLDED.get(id(pat))
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
        """Whether ``text[lo:hi]`` may end with a phrase of ``test`` (see :func:`_ending`)."""
        n = len(self.text)
        return test.match(self.rev, n - hi, n - lo) is not None

    # -- resolving anchors ---------------------------------------------------------------------
    def resolve_day(self, s: int, e: int) -> dt.date | None:
        """A day-level date found by the pack's date pattern; None when impossible or yearless with no P.

        A day and a month name (the common case) are read from the pack and checked by
        :mod:`datetime`; every other form (``21/09/22``, ``2022-09-21``...) goes to dateparser.
        """
        span = self.text[s:e]
        has_year = bool(_YEAR.search(span))
        if not has_year and self.P is None:
            return None
        if self.t.month_year_re.search(span):
            return self._own_day(span)
        numeric = _numeric_day(span, self.P)
        if numeric is not None:
            return numeric
        raw = self.norm.raw[slice(*self.norm.raw_span(s, e))]
        for candidate in (raw, span):
            d = _parse_day(self.p.code, candidate, self.P)
            if d is not None:
                if self.P is not None and not has_year and d > self.P:
                    return _year_before(d)
                return d
        return None

    def _own_day(self, span: str) -> dt.date | None:
        """Day, month name and year read from the pack (months dateparser lacks, e.g. أيلول)."""
        m = self.t.month_year_re.search(span)
        day = _DAY_NUMBER.search(span[: m.start()] + " " + span[m.end() :] if m else span)
        if not m or not day:
            return None
        month = self.p.months.get(_key(m.group("month")))
        year_m = _FOUR_DIGITS.search(span)
        if month is None:
            return None
        if year_m:
            year = int(year_m.group(1))
        elif self.P is not None:
            year = self.P.year
        else:
            return None
        try:
            d = dt.date(year, month, int(day.group(1)))
        except ValueError:
            return None  # 31 February: unresolved, never a silently wrong date
        if not year_m and self.P is not None and d > self.P:
            return _year_before(d)  # 29 February ahead of P in a leap year: unresolved
        return d

    def duration_days(self, m: re.Match[str] | regex.Match[str]) -> int | None:
        unit = _key(m.group("unit"))
        if unit in self.t.duals:
            seconds = self.t.duals[unit]
        else:
            u = self.p.units.get(unit)
            if u is None:
                return None
            seconds = u.factor
            n = m.group("num")
            if n:
                parsed = parse_digits(n, self.p) if n[0].isdigit() else parse_words(n, self.p)
                if parsed is None:
                    return None
                seconds *= parsed[0]
        return int(seconds / 86400)

    def period(self, key: str) -> tuple[dt.date, dt.date] | None:
        """The bounds of a named period ("last week") around P; None without P or outside the calendar."""
        if self.P is None:
            return None
        try:
            return self._period(key, self.P)
        except _OUTSIDE:
            return None

    @staticmethod
    def _period(key: str, P: dt.date) -> tuple[dt.date, dt.date]:
        monday = P - dt.timedelta(days=P.weekday())
        if key == "today":
            return P, P
        if key == "yesterday":
            return P - _DAY, P - _DAY
        if key == "last_week":
            return monday - 7 * _DAY, monday - _DAY
        if key == "this_week":
            return monday, P
        if key == "last_month":
            prev = P.replace(day=1) - _DAY
            return _month_bounds(prev.year, prev.month)
        if key == "this_month":
            return P.replace(day=1), P
        if key == "last_year":
            return dt.date(P.year - 1, 1, 1), dt.date(P.year - 1, 12, 31)
        if key == "next_week":
            return monday + 7 * _DAY, monday + 13 * _DAY
        if key == "next_month":
            nxt = P.replace(day=28) + 4 * _DAY
            return _month_bounds(nxt.year, nxt.month)
        if key == "next_year":
            return dt.date(P.year + 1, 1, 1), dt.date(P.year + 1, 12, 31)
        if key == "weekend":
            sunday = P - dt.timedelta(days=(P.weekday() - 6) % 7) if P.weekday() != 5 else P + _DAY
            return sunday - _DAY, sunday
        if key == "so_far":
            return P, P
        if key == "end_of_year":
            return dt.date(P.year, 12, 1), dt.date(P.year, 12, 31)
        if key in ("last_quarter", "previous_quarter"):
            q = (P.month - 1) // 3  # the quarter before P's (0 = the last of the year before)
            return _quarter(P.year if q else P.year - 1, q or 4)
        return dt.date(P.year, 1, 1), P  # this_year

    # -- finding -------------------------------------------------------------------------------
    def anchors(self, lo: int, hi: int, named: list[re.Match[str]]) -> list[_Anchor]:
        """Every date, weekday, month, year and named period in ``[lo, hi)`` (``named``: the
        matches of the pack's named-word pattern there); day dates are left pending (resolved on
        demand)."""
        text, t, P = self.text, self.t, self.P
        out: list[_Anchor] = []
        weekdays = [m for m in named if m.lastgroup == "weekday"]
        months = self.finditer(t.month_year_re, lo, hi)
        # A date starts at a month name, a weekday, or a number followed by a month name or a date
        # separator ("21 septembre", "21/09/2022"): try the date pattern only there.
        month_starts = [m.start() for m in months]
        starts = [m.start() for m in weekdays + months]
        for q in month_starts:
            starts += [m.start() for m in _DIGIT_START.finditer(text, max(lo, q - 40), q)]
        # (A date separator may stand up to five characters past the sentence.)
        starts += [m.start() for m in _NUMERIC_START.finditer(text, lo, hi + 6) if m.start() < hi]
        date_end = -1
        for pos in sorted(set(starts)):
            if pos < date_end:
                continue
            dm = self.dates.match(pos, hi)
            if dm is None or not _DAY_DIGITS.search(text, dm.start(), dm.end()):
                continue  # no date, or "septembre 2022": a month, read below
            out.append(_Anchor(dm.start(), dm.end(), "day", None, None, True))
            date_end = dm.end()
        for hm in self.p.hijri_re.finditer(text, lo, hi):
            out.append(_Anchor(hm.start(), hm.end(), "day", None, None, False))
        for m in weekdays:
            wd = self.p.weekdays.get(self.p.strip_clitic(_key(m.group()), self.p.weekdays, self.p.word_clitics))
            d = _past_weekday(P, wd) if P is not None and wd is not None else None
            out.append(_Anchor(m.start(), m.end(), "day", d, d, False))
        for m in months:
            month = self.p.months.get(_key(m.group("month")))
            if month is None:
                continue
            year = int(m.group("year")) if m.group("year") else None
            if year is None and P is not None:
                year = P.year if month <= P.month else P.year - 1
            first, last = _month_bounds(year, month) if year else (None, None)
            out.append(_Anchor(m.start(), m.end(), "month", first, last, False))
        for m in _YEAR_ONLY.finditer(text, lo, hi):
            # A year after its marker ("en 2022", "in 2022", "عام 2022"); the span starts at the marker.
            # Where the claims' numbers are known, any other year-like number is a year too
            # ("la loi de finances 2023", "a 2023 budget").
            back = max(0, m.start() - 30)
            left = text[back : m.start()]
            ym = self.p.year_before_re.search(left) if self.ends_with(t.year_before_end, back, m.start()) else None
            if ym is None and (self.numbers is None or any(a < m.end() and m.start() < b for a, b in self.numbers)):
                continue
            if self.ends_with(t.year_name_end, back, m.start()) and t.year_name_re.search(left):
                continue  # "Coupe du monde 2022", "Vision 2030": a name
            y = int(m.group())
            start = m.start() - (len(left) - ym.start()) if ym else m.start()
            out.append(_Anchor(start, m.end(), "period", dt.date(y, 1, 1), dt.date(y, 12, 31), False, m.start()))
        for m in named:
            if m.lastgroup == "unresolved":
                out.append(_Anchor(m.start(), m.end(), "unresolved", None, None, False))
        for m in named:
            if m.lastgroup != "quarter":
                continue
            q = t.quarter_of[_key(m.group())]
            if P is None:
                out.append(_Anchor(m.start(), m.end(), "period", None, None, False))
                continue
            try:
                first, last = _quarter(P.year, q)
                if first > P:
                    first, last = _quarter(P.year - 1, q)
            except _OUTSIDE:
                first = last = None
            out.append(_Anchor(m.start(), m.end(), "period", first, last, False))
        for m in named:
            if m.lastgroup != "period":
                continue
            if t.period_not_after_re.search(text, max(0, m.start() - 20), m.start()):
                continue  # "the last year of nursery school"
            key = t.period_of[_key(m.group())]
            bounds = self.period(key) or (None, None)
            if key == "previous_quarter":
                # Anaphoric: the quarter before the last one named before it ("au 3e trimestre, contre
                # 7,2 % au trimestre précédent"); with none named, the quarter before P's.
                named = [q for q in t.quarter_re.finditer(text, lo, m.start())]
                if named and P is not None:
                    q = t.quarter_of[_key(named[-1].group())]
                    year = P.year if _quarter(P.year, q)[0] <= P else P.year - 1
                    try:
                        bounds = _quarter(year, q - 1) if q > 1 else _quarter(year - 1, 4)
                    except _OUTSIDE:
                        bounds = (None, None)
            if key == "so_far":
                out.append(_Anchor(m.start(), m.end(), "so_far", None, bounds[1], False))
                continue
            kind = "day" if key in ("today", "yesterday") else "period"
            out.append(_Anchor(m.start(), m.end(), kind, bounds[0], bounds[1], False))
        return out

    def _with_relation(self, h: TimeHit, first: dt.date | None, last: dt.date | None) -> TimeHit:
        """The bounds of an anchor under its expression's relation (week-to is 'during', 7 days)."""
        P, rel = self.P, h.relation
        if h.week_to:
            if h.year_to and last is not None:
                before = _year_before(last if (last.month, last.day) != (2, 29) else last.replace(day=28))
                return h._replace(first=_shift(before, 1), last=last, pending=None)
            return h._replace(first=_shift(last, -6), last=last, pending=None)
        if h.from_word:
            if first is None or last is None or P is None:
                return h._replace(relation="since", first=first, last=None, pending=None)
            first, last = self._nearest(h, first, last)
            if first > P:  # "à partir d'octobre" written in August: a period ahead, its end open
                return h._replace(relation="after", first=first, last=None, pending=None)
            return h._replace(relation="since", first=first, last=P, pending=None)
        if rel == "since":
            return h._replace(first=first, last=P if P and (first is None or first <= P) else None, pending=None)
        if rel in ("until", "after") and first is not None and last is not None:
            first, last = self._nearest(h, first, last)
        if rel == "until":
            return h._replace(first=None, last=last, pending=None)
        if rel == "before":
            return h._replace(first=None, last=_shift(first, -1), pending=None)
        if rel == "after":
            return h._replace(first=_shift(last, 1), last=None, pending=None)
        return h._replace(first=first, last=last, pending=None)

    def _nearest(self, h: TimeHit, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
        """"by June", "jusqu'à vendredi": a yearless month or a weekday bounding a period may lie
        ahead; take whichever occurrence, the past one or the next, is nearer to P."""
        P, span = self.P, self.text[h.start : h.end]
        if P is None or _YEAR_ONLY.search(span):
            return first, last
        if self.t.month_year_re.search(span):
            try:
                ahead = (first.replace(year=first.year + 1), last.replace(year=last.year + 1))
            except _OUTSIDE:  # 29 February, or the year 9999
                return first, last
            if last.day != ahead[1].day:  # month ends (February) move with the month
                ahead = (ahead[0], _month_bounds(ahead[1].year, ahead[1].month)[1])
        elif self.t.weekday_re.search(span):
            week_on = (_shift(first, 7), _shift(last, 7))
            if week_on[0] is None or week_on[1] is None:
                return first, last
            ahead = (week_on[0], week_on[1])
        else:
            return first, last
        return ahead if abs((ahead[1] - P).days) < abs((P - last).days) else (first, last)

    def settle(self, h: TimeHit) -> TimeHit:
        """Resolve a pending day date (through dateparser) and apply the relation to it."""
        if h.pending is None:
            return h
        d = self.resolve_day(*h.pending)
        return self._with_relation(h, d, d)

    def find(self, spans: list[tuple[int, int]]) -> list[TimeHit]:
        text, t = self.text, self.t
        found: list[TimeHit] = []
        named = [self.finditer(t.named_re, lo, hi) for lo, hi in spans]
        anchors: list[_Anchor] = []
        for (lo, hi), words in zip(spans, named):
            try:
                here = self.anchors(lo, hi, words)
            except (OverflowError, ValueError):
                here = []  # a publication date at the edge of the calendar (year 1, year 9999): no anchor resolves
            if here:
                anchors += here
                # Where since words and reporting verbs stand, found once per sentence with a time.
                self.since_at += [m.start() for m in self.finditer(t.since_word_re, lo, hi)]
                self.reported_at += self.finditer(t.reporting_re, lo, hi)
        self.reported_starts = [m.start() for m in self.reported_at]
        starts = sorted(a.start for a in anchors)
        # "le décret du 21/09/2022": the date names a document, and so do the month and year in it.
        dropped = [(a.start, a.end) for a in anchors if self._names_a_document(a)]
        for a in anchors:
            s, e, kind, first, last, pending = a.start, a.end, a.kind, a.first, a.last, a.pending
            left = text[max(0, s - 60) : s]
            if any(x <= s and e <= y for x, y in dropped):
                continue
            if kind == "unresolved":
                found.append(TimeHit(s, e, "during", None, None))
                continue
            lo = max(0, s - 60)
            wm = t.week_to_re.search(left) if kind == "day" and self.ends_with(t.week_to_end, lo, s) else None
            ym = t.year_to_re.search(left) if kind != "so_far" and self.ends_with(t.year_to_end, lo, s) else None
            if wm or ym:
                m = ym or wm
                assert m is not None
                start = s - (len(left) - m.start())
                wk = TimeHit(start, e, "during", None, None, (s, e) if pending else None, week_to=True, year_to=bool(ym))
                found.append(wk if pending else self._with_relation(wk, first, last))
                continue
            fm = t.from_re.search(left) if kind in ("day", "month") and self.ends_with(t.from_end, lo, s) else None
            if fm:
                start = s - (len(left) - fm.start())
                fh = TimeHit(start, e, "since", None, None, (s, e) if pending else None, from_word=True)
                found.append(fh if pending else self._with_relation(fh, first, last))
                continue
            rm = t.relation_re.search(left) if self.ends_with(t.relation_end, lo, s) else None
            if rm is None and a.core > s and self.ends_with(t.relation_end, max(0, a.core - 60), a.core):
                # "since 1998": the year's marker is the relation word
                rm = t.relation_re.search(text, max(0, a.core - 60), a.core)
                left = text[max(0, a.core - 60) : a.core]
                s = a.core
            rel_key = self.p.strip_clitic(_key(rm.group("rel")), t.relation_of, self.p.word_clitics) if rm else ""
            rel = t.relation_of.get(rel_key)
            start = min(a.start, s - (len(left) - rm.start())) if rm else a.start
            if rel == "until" and kind != "day" and rel_key in t.until_days_only:
                rel = None  # "au 3e trimestre": in the quarter, not as of it
            if kind == "so_far":
                rel = "until"
            elif rel not in ("since", "until", "before", "after"):
                # "since the invasion began on 24 February": a since word further left, no other time between.
                wide = text[max(0, a.start - 120) : a.start]
                near = bisect.bisect_left(self.since_at, a.start - 120) < bisect.bisect_left(self.since_at, a.start)
                far = t.since_far_re.search(wide) if near and kind in ("day", "month", "period") else None
                far_start = a.start - (len(wide) - far.start()) if far else a.start
                if far and not any(far_start <= x < a.start for x in starts) and not self._reported(far_start, start, 1):
                    rel, start = "since", far_start
                else:
                    rel = "at" if kind == "day" else "during"
            h = TimeHit(start, e, rel, None, None, (a.start, e) if pending else None)
            if rel == "at" and kind == "day" and (self._reported(max(0, start - 60), start, 4) or self._opens_clause(e)):
                h = h._replace(reporting=True)
            found.append(h if pending else self._with_relation(h, first, last))
        for (lo, hi), words in zip(spans, named):
            units = [m for m in words if m.lastgroup == "unit"]
            if units:
                found += self.durations(lo, hi, units)
        found = [h for h in self._keep_longest([self._trim_stop(h) for h in found]) if not self._is_baseline(h)]
        events = [(m, hi) for lo, hi in spans for m in self.finditer(t.since_event_re, lo, hi)]
        if events:
            found += self.since_events(events, found + [TimeHit(a, b, "at", None, None) for a, b in dropped])
        return self._keep_longest(found)

    def _reported(self, lo: int, hi: int, max_words: int) -> bool:
        """Whether a reporting verb stands in ``[lo, hi)`` at most ``max_words`` words before ``hi``,
        with no number or clause break after it ("a indiqué mardi", "said on Tuesday",
        "أعلن الوزير، الثلاثاء،")."""
        k = bisect.bisect_left(self.reported_starts, hi) - 1
        if k < 0 or self.reported_starts[k] < lo or self.reported_at[k].end() > hi:
            return False
        last = self.reported_at[k]
        between = self.text[last.end() : hi]
        return (
            len(_WORD.findall(between)) <= max_words
            and not _DIGIT_START.search(between)
            and not self.t.break_re.search(between)
        )

    def _opens_clause(self, end: int) -> bool:
        """A day right before "that"/"que"/"أن" dates the statement that follows ("أعلنت، الثلاثاء، أن")."""
        lead = _LEAD.match(self.text, end)
        m = self.t.break_re.match(self.text, lead.end() if lead else end)
        return m is not None and self.t.break_kind.get(_key(m.group())) == "link"

    def _names_a_document(self, a: _Anchor) -> bool:
        """"le décret du 21/09/2022", "the Sept. 21 decree", "المرسوم الصادر في 21/09/2022"."""
        if a.kind != "day":
            return False
        return bool(
            self.t.document_before_re.search(self.text, max(0, a.start - 40), a.start)
            or self.t.document_after_re.match(self.text, a.end)
        )

    def _is_baseline(self, h: TimeHit) -> bool:
        """"70 % de plus qu'en 2023", "its highest level since 1998", "up 11% from a year earlier"."""
        lo = max(0, h.start - 40)
        word = _WORD.match(self.text, h.start)
        test, search = self.t.baseline_end, self.t.baseline_re.search
        return bool(
            self.ends_with(test, lo, h.start) and search(self.text[lo : h.start])
            or word and self.ends_with(test, lo, word.end()) and search(self.text[lo : word.end()])
        )

    def since_events(self, events: list[tuple[re.Match[str], int]], found: list[TimeHit]) -> list[TimeHit]:
        """"depuis le début de l'invasion", "since the invasion began": since an undated event, to P
        (``events``: the since-phrases found, each with its sentence's end)."""
        out: list[TimeHit] = []
        for m, hi in events:
            if any(h.start <= m.start() < h.end for h in found):
                continue
            stop = _EVENT_END.search(self.text, m.end(), min(hi, m.end() + 90))
            end = stop.start() if stop else min(hi, m.end() + 90)
            cut = self.t.break_re.search(self.text, m.end(), end)
            end = cut.start() if cut else end
            end = len(self.text[:end].rstrip())
            if any(m.start() < h.start < end for h in found):
                continue  # a dated since is read from its date
            out.append(TimeHit(m.start(), end, "since", None, self.P))
        return out

    def durations(self, lo: int, hi: int, units: list[re.Match[str]]) -> list[TimeHit]:
        """"il y a deux semaines", "in the past week", "في غضون يومين" (``units``: the time units
        in ``[lo, hi)``)."""
        text, t, P = self.text, self.t, self.P
        found: list[TimeHit] = []
        # Each pattern holds a time unit: look only around the units there are.
        windows = [(max(lo, u.start() - 60), min(hi, u.end() + 30)) for u in units]
        lo, hi = windows[0][0], windows[-1][1]
        for am in t.ago_re.finditer(text, lo, hi) if t.ago_words_re.search(text, lo, hi) else ():
            days = self.duration_days(am)
            if days is not None and days > _CALENDAR_DAYS:
                continue  # "seven million years ago" is no calendar date: the duration is the claim
            d = _days_before(P, days)
            found.append(TimeHit(am.start(), am.end(), "at", d, d))
        for m in self.finditer(t.past_re, lo, hi):
            bare = not m.group("num") and _key(m.group("unit")) not in t.duals
            if bare and t.marks_past_after and not m.group("after"):
                continue  # "في عام 2022" is a year, not "in the past year"
            days = self.duration_days(m)
            first = _days_before(P, days)
            found.append(TimeHit(m.start(), m.end(), "during", first, P if first else None))
        for m in self.finditer(t.within_re, lo, hi):
            found.append(TimeHit(m.start(), m.end(), "during", None, None))
        return found

    @staticmethod
    def _keep_longest(found: list[TimeHit]) -> list[TimeHit]:
        """Longest first; an expression inside a longer one is part of it."""
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[TimeHit] = []
        for h in found:
            if kept and h.start < kept[-1].end:
                if h.end - h.start > kept[-1].end - kept[-1].start:
                    kept[-1] = h
                continue
            kept.append(h)
        return kept


    def _trim_stop(self, h: TimeHit) -> TimeHit:
        """Drop a sentence's full stop taken as an abbreviation dot ("au 2 octobre.")."""
        if self.text[h.end - 1 : h.end] == "." and h.end - h.start > 1:
            word = _WORD_DOT.search(self.text[h.start : h.end])
            if word and _key(word.group(0)) not in self.p.months:
                return h._replace(end=h.end - 1)
        return h


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
    ) -> None:
        self._finder = _Finder(norm, pack, published, numbers)
        self.hits = [h for h in self._finder.find(spans) if h.start >= start]
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
                kinds.append(tp.break_kind.get(_key(m.group()), "link"))
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
        return counted is not None and _key(self._finder.text[counted[0] : counted[1]]) in self._finder.t.lasting

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
) -> TimeIndex:
    """The time expressions of one normalised paragraph (or of ``spans`` of it, e.g. the sentences
    that hold a claim), to be resolved against ``published``. ``numbers`` are the spans of the
    claims' numbers (any other year-like number is then a year); expressions before ``start`` (a
    dateline) are left out."""
    return TimeIndex(norm, pack, published, spans if spans is not None else [(0, len(norm.text))], numbers, start)


_DATELINE_TAIL = regex.compile(r"\s*(?:\([^)]{1,30}\))?\s*[-—–]")
_DATELINE = regex.compile(r"\s*[\p{Lu}\p{Arabic}][\p{L}\p{M} .'’-]{1,40}?(?:[,،]\s*|\s+-\s*|\s+)(?=\d|\p{L})")


def dateline_end(norm: Normalized, pack: Pack) -> int:
    """End of a dateline (``PARIS, 4 octobre (AFP) -``) at the start of a paragraph, else 0."""
    head = _DATELINE.match(norm.text)
    m = pack.date_re.match(norm.text, head.end(), 160) if head else None
    if m is None:
        return 0
    tail = _DATELINE_TAIL.match(norm.text[m.end() :])
    return m.end() + tail.end() if tail else 0


def find_published(norm: Normalized, pack: Pack) -> dt.date | None:
    """A publication date the document states: a dateline with a year, or ``Publié le …``."""
    finder = _Finder(norm, pack, None)
    end = dateline_end(norm, pack)
    if end:
        m = pack.date_re.search(norm.text, 0, end)
        if m is not None:
            d = finder.resolve_day(*m.span())
            if d is not None:
                return d
    if not time_pack(pack).published_any.search(norm.text, 0, 1000):
        return None  # no "Publié le": no need to read every date of the head
    for m in pack.date_re.finditer(norm.text, 0, 1000):
        if time_pack(pack).published_re.search(norm.text[max(0, m.start() - 40) : m.start()]):
            d = finder.resolve_day(*m.span())
            if d is not None:
                return d
    return None


# Days the calendar can hold back from a publication date: an "ago" beyond it is no date.
_CALENDAR_DAYS = 3_650_000


def _days_before(P: dt.date | None, days: float | int | None) -> dt.date | None:
    """``P`` minus ``days``, or None where either is unknown or the result falls outside the calendar."""
    if P is None or days is None or days > _CALENDAR_DAYS:
        return None
    try:
        return P - dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return None
