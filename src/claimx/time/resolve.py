"""Resolving time expressions against the publication date ``P``: pure functions of an expression's
kind (and its number: a weekday, month, quarter or count of days) and ``P``, to ``(first, last)``.

The rules are those written down in ``corpus/README.md``. Without ``P`` a relative expression
stays unresolved (None); so does a bound that falls outside the calendar. No text is read here
(:mod:`claimx.time.days` reads day dates), so each rule is tested by a table of rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from claimx.time.hits import TimeHit

Bounds = tuple[dt.date | None, dt.date | None]

_DAY = dt.timedelta(days=1)
# Date arithmetic can leave the calendar (before 1 January 1, after 31 December 9999: "seven
# million years ago", "next year" written on date.max) or land on a day a year lacks (29 February):
# such a bound is unresolved (None), never an exception.
OUTSIDE = (OverflowError, ValueError)
# Days the calendar can hold back from a publication date: an "ago" beyond it is no date.
CALENDAR_DAYS = 3_650_000


def shift(d: dt.date | None, days: int) -> dt.date | None:
    """``d`` moved by ``days``; None when there is no ``d`` or the day is outside the calendar."""
    if d is None:
        return None
    try:
        return d + dt.timedelta(days=days)
    except OUTSIDE:
        return None


def year_before(d: dt.date) -> dt.date | None:
    """The same day a year earlier; None when that year lacks it (29 February) or is year 0."""
    try:
        return d.replace(year=d.year - 1)
    except OUTSIDE:
        return None


def days_before(P: dt.date | None, days: float | int | None) -> dt.date | None:
    """``P`` minus ``days``, or None where either is unknown or the result falls outside the calendar."""
    if P is None or days is None or days > CALENDAR_DAYS:
        return None
    try:
        return P - dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return None


@lru_cache(maxsize=1024)
def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_bounds(year: int, q: int) -> tuple[dt.date, dt.date]:
    return month_bounds(year, 3 * q - 2)[0], month_bounds(year, 3 * q)[1]


# -- one function per kind of expression ----------------------------------------------------------
def weekday(wd: int | None, P: dt.date | None) -> Bounds:
    """"mardi", "Tuesday": the last such day up to P (P itself on that weekday)."""
    d = shift(P, -((P.weekday() - wd) % 7)) if P is not None and wd is not None else None
    return d, d


def month(number: int, year: int | None, P: dt.date | None) -> Bounds:
    """"septembre 2022"; a yearless month is the last one up to P."""
    if year is None and P is not None:
        year = P.year if number <= P.month else P.year - 1
    return month_bounds(year, number) if year else (None, None)


def year(y: int) -> Bounds:
    """"en 2022"."""
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter(q: int, P: dt.date | None) -> Bounds:
    """"au 3e trimestre": the last such quarter to start by P."""
    if P is None:
        return None, None
    try:
        first, last = quarter_bounds(P.year, q)
        if first > P:
            first, last = quarter_bounds(P.year - 1, q)
    except OUTSIDE:
        return None, None
    return first, last


def quarter_before(q: int, P: dt.date) -> Bounds:
    """"au trimestre précédent" after a named quarter ``q``: the quarter before it (``q`` read as
    in :func:`quarter`). A ``P`` at the edge of the calendar raises, as reading its year does."""
    y = P.year if quarter_bounds(P.year, q)[0] <= P else P.year - 1
    try:
        return quarter_bounds(y, q - 1) if q > 1 else quarter_bounds(y - 1, 4)
    except OUTSIDE:
        return None, None


def period(key: str, P: dt.date | None) -> Bounds:
    """The bounds of a named period ("last week", one of ``PERIODS``) around P; (None, None)
    without P or outside the calendar."""
    if P is None:
        return None, None
    try:
        return _period(key, P)
    except OUTSIDE:
        return None, None


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
        return month_bounds(prev.year, prev.month)
    if key == "this_month":
        return P.replace(day=1), P
    if key == "last_year":
        return dt.date(P.year - 1, 1, 1), dt.date(P.year - 1, 12, 31)
    if key == "next_week":
        return monday + 7 * _DAY, monday + 13 * _DAY
    if key == "next_month":
        nxt = P.replace(day=28) + 4 * _DAY
        return month_bounds(nxt.year, nxt.month)
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
        return quarter_bounds(P.year if q else P.year - 1, q or 4)
    return dt.date(P.year, 1, 1), P  # this_year


def ago(days: int | None, P: dt.date | None) -> Bounds:
    """"il y a deux semaines": the day ``days`` before P."""
    d = days_before(P, days)
    return d, d


def past(days: int | None, P: dt.date | None) -> Bounds:
    """"in the past two weeks": from ``days`` before P to P."""
    first = days_before(P, days)
    return first, P if first else None


# -- relations -------------------------------------------------------------------------------
def nearest(first: dt.date, last: dt.date, P: dt.date | None, ahead: str) -> tuple[dt.date, dt.date]:
    """"by June", "jusqu'à vendredi": a yearless month (``ahead == "month"``) or a weekday
    (``"weekday"``) bounding a period may lie ahead; take whichever occurrence, the past one or
    the next, is nearer to P. Any other expression (``""``) stays where it is."""
    if P is None or not ahead:
        return first, last
    if ahead == "month":
        try:
            later = (first.replace(year=first.year + 1), last.replace(year=last.year + 1))
        except OUTSIDE:  # 29 February, or the year 9999
            return first, last
        if last.day != later[1].day:  # month ends (February) move with the month
            later = (later[0], month_bounds(later[1].year, later[1].month)[1])
    else:
        week_on = (shift(first, 7), shift(last, 7))
        if week_on[0] is None or week_on[1] is None:
            return first, last
        later = (week_on[0], week_on[1])
    return later if abs((later[1] - P).days) < abs((P - last).days) else (first, last)


def with_relation(
    h: TimeHit, first: dt.date | None, last: dt.date | None, P: dt.date | None, ahead: str = ""
) -> TimeHit:
    """``h`` with the bounds of its anchor ``(first, last)`` under its relation (week-to is
    'during', 7 days; ``ahead`` as in :func:`nearest`); no longer pending."""
    rel = h.relation
    if h.week_to:
        if h.year_to and last is not None:
            before = year_before(last if (last.month, last.day) != (2, 29) else last.replace(day=28))
            return h._replace(first=shift(before, 1), last=last, pending=None)
        return h._replace(first=shift(last, -6), last=last, pending=None)
    if h.from_word:
        if first is None or last is None or P is None:
            return h._replace(relation="since", first=first, last=None, pending=None)
        first, last = nearest(first, last, P, ahead)
        if first > P:  # "à partir d'octobre" written in August: a period ahead, its end open
            return h._replace(relation="after", first=first, last=None, pending=None)
        return h._replace(relation="since", first=first, last=P, pending=None)
    if rel == "since":
        return h._replace(first=first, last=P if P and (first is None or first <= P) else None, pending=None)
    if rel in ("until", "after") and first is not None and last is not None:
        first, last = nearest(first, last, P, ahead)
    if rel == "until":
        return h._replace(first=None, last=last, pending=None)
    if rel == "before":
        return h._replace(first=None, last=shift(first, -1), pending=None)
    if rel == "after":
        return h._replace(first=shift(last, 1), last=None, pending=None)
    return h._replace(first=first, last=last, pending=None)


def needs_ahead(h: TimeHit) -> bool:
    """Whether :func:`with_relation` may move ``h``'s anchor ahead (so its ``ahead`` matters)."""
    return h.from_word or (not h.week_to and h.relation in ("until", "after"))
