"""Reading a day date the pack's date pattern found: the pack's own months, unambiguous numeric
dates, and dateparser for the rest (with a pinned ``RELATIVE_BASE``, ``PREFER_DATES_FROM: past``
and UTC; nothing here reads the machine's clock)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import regex

from claimx.normalize import CACHED_CHARS, Normalized
from claimx.packs import Pack
from claimx.time.patterns import TimePack, key_of
from claimx.time.resolve import year_before

_DAY_NUMBER = regex.compile(r"(?<!\d)([0-3]?\d)(?!\d)")
_FOUR_DIGITS = regex.compile(r"(?<!\d)(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)|(?<![\d])\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?!\d)")
_NUMERIC = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})")


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


def numeric_day(span: str, P: dt.date | None) -> dt.date | None:
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


def resolve_day(norm: Normalized, pack: Pack, tp: TimePack, P: dt.date | None, s: int, e: int) -> dt.date | None:
    """A day-level date found by the pack's date pattern at ``[s, e)`` of ``norm.text``; None when
    impossible or yearless with no P.

    A day and a month name (the common case) are read from the pack and checked by
    :mod:`datetime`; every other form (``21/09/22``, ``2022-09-21``...) goes to dateparser.
    """
    span = norm.text[s:e]
    has_year = bool(_YEAR.search(span))
    if not has_year and P is None:
        return None
    if tp.month_year_re.search(span):
        return _own_day(span, pack, tp, P)
    numeric = numeric_day(span, P)
    if numeric is not None:
        return numeric
    raw = norm.raw[slice(*norm.raw_span(s, e))]
    for candidate in (raw, span):
        d = _parse_day(pack.code, candidate, P)
        if d is not None:
            if P is not None and not has_year and d > P:
                return year_before(d)
            return d
    return None


def _own_day(span: str, pack: Pack, tp: TimePack, P: dt.date | None) -> dt.date | None:
    """Day, month name and year read from the pack (months dateparser lacks, e.g. أيلول)."""
    m = tp.month_year_re.search(span)
    day = _DAY_NUMBER.search(span[: m.start()] + " " + span[m.end() :] if m else span)
    if not m or not day:
        return None
    month = pack.months.get(key_of(m.group("month")))
    year_m = _FOUR_DIGITS.search(span)
    if month is None:
        return None
    if year_m:
        year = int(year_m.group(1))
    elif P is not None:
        year = P.year
    else:
        return None
    try:
        d = dt.date(year, month, int(day.group(1)))
    except ValueError:
        return None  # 31 February: unresolved, never a silently wrong date
    if not year_m and P is not None and d > P:
        return year_before(d)  # 29 February ahead of P in a leap year: unresolved
    return d
