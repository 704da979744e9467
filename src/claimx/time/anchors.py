"""Anchors: every date, weekday, month, year and named period of a span, resolved against P
(day dates are left pending: dateparser reads only those that govern a claim)."""

from __future__ import annotations

import re

from claimx.time import resolve
from claimx.time.hits import Anchor
from claimx.packs.patterns import fast
from claimx.time.patterns import DIGIT_START, YEAR_ONLY, key_of
from claimx.time.scan import Scan

# A number starting a numeric date ("21/09/2022", "2022-09-21").
_NUMERIC_START = fast(r"\d(?<!\d\d)(?=\d{0,3}[/.-]\d)")
_DAY_DIGITS = fast(r"\d(?<!\d\d)\d?(?!\d)")


def find_anchors(f: Scan, lo: int, hi: int, named: list[re.Match[str]]) -> list[Anchor]:
    """Every anchor in ``[lo, hi)`` (``named``: the matches of the pack's named-word pattern there),
    in this order: day dates, hijri dates, weekdays, months, years, unresolved periods, quarters
    and named periods. (A publication date at the edge of the calendar may raise.)"""
    weekdays = [m for m in named if m.lastgroup == "weekday"]
    months = f.finditer(f.t.month_year_re, lo, hi)
    out = _days(f, lo, hi, weekdays, months)
    out += _weekdays(f, weekdays)
    out += _months(f, months)
    out += _years(f, lo, hi)
    out += [Anchor(m.start(), m.end(), "unresolved", None, None, False) for m in named if m.lastgroup == "unresolved"]
    out += _quarters(f, named)
    out += _periods(f, lo, named)
    return out


def _days(f: Scan, lo: int, hi: int, weekdays: list[re.Match[str]], months: list[re.Match[str]]) -> list[Anchor]:
    """Day dates (pending) and hijri dates."""
    text = f.text
    out: list[Anchor] = []
    # A date starts at a month name, a weekday, or a number followed by a month name or a date
    # separator ("21 septembre", "21/09/2022"): try the date pattern only there.
    month_starts = [m.start() for m in months]
    starts = [m.start() for m in weekdays + months]
    for q in month_starts:
        starts += [m.start() for m in DIGIT_START.finditer(text, max(lo, q - 40), q)]
    # (A date separator may stand up to five characters past the sentence.)
    starts += [m.start() for m in _NUMERIC_START.finditer(text, lo, hi + 6) if m.start() < hi]
    date_end = -1
    for pos in sorted(set(starts)):
        if pos < date_end:
            continue
        dm = f.dates.match(pos, hi)
        if dm is None or not _DAY_DIGITS.search(text, dm.start(), dm.end()):
            continue  # no date, or "septembre 2022": a month, read below
        out.append(Anchor(dm.start(), dm.end(), "day", None, None, True))
        date_end = dm.end()
    # (only where a Hijri month is, as the masks ask: regex tries the pattern at each position otherwise)
    for hm in f.p.hijri_re.finditer(text, lo, hi) if f.holds_between(f.p.hijri_test, lo, hi) else ():
        out.append(Anchor(hm.start(), hm.end(), "day", None, None, False))
    return out


def _weekdays(f: Scan, weekdays: list[re.Match[str]]) -> list[Anchor]:
    p = f.p
    out: list[Anchor] = []
    for m in weekdays:
        wd = p.weekdays.get(p.strip_clitic(key_of(m.group()), p.weekdays, p.word_clitics))
        first, last = resolve.weekday(wd, f.P)
        out.append(Anchor(m.start(), m.end(), "day", first, last, False))
    return out


def _months(f: Scan, months: list[re.Match[str]]) -> list[Anchor]:
    out: list[Anchor] = []
    for m in months:
        month = f.p.months.get(key_of(m.group("month")))
        if month is None:
            continue
        year = int(m.group("year")) if m.group("year") else None
        first, last = resolve.month(month, year, f.P)
        out.append(Anchor(m.start(), m.end(), "month", first, last, False))
    return out


def _years(f: Scan, lo: int, hi: int) -> list[Anchor]:
    """A year after its marker ("en 2022", "in 2022", "عام 2022"); the span starts at the marker.
    Where the claims' numbers are known, any other year-like number is a year too ("la loi de
    finances 2023", "a 2023 budget")."""
    text, t = f.text, f.t
    out: list[Anchor] = []
    for m in YEAR_ONLY.finditer(text, lo, hi):
        back = max(0, m.start() - 30)
        left = text[back : m.start()]
        ym = f.p.year_before_re.search(left) if f.ends_with(t.year_before_end, back, m.start()) else None
        if ym is None and (f.numbers is None or f.overlaps_number(m.start(), m.end())):
            continue
        if f.ends_with(t.year_name_end, back, m.start()) and t.year_name_re.search(left):
            continue  # "Coupe du monde 2022", "Vision 2030": a name
        first, last = resolve.year(int(m.group()))
        start = m.start() - (len(left) - ym.start()) if ym else m.start()
        if ym is not None and key_of(ym.group().strip()) in t.seasons:
            out.append(Anchor(start, m.end(), "unresolved", None, None, False))  # "spring 2016": the hemisphere decides
            continue
        end = _decade_end(f, m)
        if end is not None:  # "the 1920s", "les années 1920": ten years
            last = resolve.year(int(m.group()) + 9)[1]
        out.append(Anchor(start, end or m.end(), "period", first, last, False, m.start()))
    return out


def _decade_end(f: Scan, m: re.Match[str]) -> int | None:
    """Where a decade that year ``m`` opens ends: after the ending glued to it ("1920s"), or at the
    year after a word of decades ("les années 1920"); ``None`` when ``m`` is a year alone."""
    t, year = f.t, m.group()
    if not year.endswith("0"):
        return None
    after = next((e for e in t.decade_after if f.text.startswith(e, m.end())), None)
    if after is not None and not f.text[m.end() + len(after) : m.end() + len(after) + 1].isalnum():
        return m.end() + len(after)
    words = key_of(f.text[max(0, m.start() - 25) : m.start()]).split()
    if any(" ".join(words[-n:]) in t.decade_before for n in (1, 2, 3) if len(words) >= n):
        return m.end()
    return None


def _quarters(f: Scan, named: list[re.Match[str]]) -> list[Anchor]:
    out: list[Anchor] = []
    for m in named:
        if m.lastgroup != "quarter":
            continue
        first, last = resolve.quarter(f.t.quarter_of[key_of(m.group())], f.P)
        out.append(Anchor(m.start(), m.end(), "period", first, last, False))
    return out


def _periods(f: Scan, lo: int, named: list[re.Match[str]]) -> list[Anchor]:
    """Named periods ("last week", "so far"); "the previous quarter" reads the quarter named before it."""
    text, t, P = f.text, f.t, f.P
    out: list[Anchor] = []
    for m in named:
        if m.lastgroup != "period":
            continue
        if t.period_not_after_re.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the last year of nursery school"
        key = t.period_of[key_of(m.group())]
        bounds = resolve.period(key, P)
        if key == "previous_quarter":
            # Anaphoric: the quarter before the last one named before it ("au 3e trimestre, contre
            # 7,2 % au trimestre précédent"); with none named, the quarter before P's.
            quarters = [q for q in t.quarter_re.finditer(text, lo, m.start())]
            if quarters and P is not None:
                bounds = resolve.quarter_before(t.quarter_of[key_of(quarters[-1].group())], P)
        if key == "so_far":
            out.append(Anchor(m.start(), m.end(), "so_far", None, bounds[1], False))
            continue
        kind = "day" if key in ("today", "yesterday") else "period"
        out.append(Anchor(m.start(), m.end(), kind, bounds[0], bounds[1], False))
    return out
