"""Durations counted back from P: "il y a deux semaines", "in the past week", "في غضون يومين"."""

from __future__ import annotations

import re

import regex

from claimx.quantities.numbers import parse_digits, parse_words
from claimx.time import resolve
from claimx.time.hits import TimeHit
from claimx.time.patterns import key_of
from claimx.time.scan import Scan


def duration_days(f: Scan, m: re.Match[str] | regex.Match[str]) -> int | None:
    """The whole days of a duration match (its ``num`` and ``unit`` groups); None when unreadable."""
    unit = key_of(m.group("unit"))
    if unit in f.t.duals:
        seconds = f.t.duals[unit]
    else:
        u = f.p.units.get(unit)
        if u is None:
            return None
        seconds = u.factor
        n = m.group("num")
        if n:
            parsed = parse_digits(n, f.p) if n[0].isdigit() else parse_words(n, f.p)
            if parsed is None:
                return None
            seconds *= parsed[0]
    return int(seconds / 86400)


def find_durations(f: Scan, lo: int, hi: int, units: list[re.Match[str]]) -> list[TimeHit]:
    """The ago, past and within expressions in ``[lo, hi)`` (``units``: the time units there)."""
    text, t, P = f.text, f.t, f.P
    found: list[TimeHit] = []
    # Each pattern holds a time unit: look only around the units there are.
    windows = [(max(lo, u.start() - 60), min(hi, u.end() + 30)) for u in units]
    lo, hi = windows[0][0], windows[-1][1]
    for am in t.ago_re.finditer(text, lo, hi) if t.ago_words_re.search(text, lo, hi) else ():
        days = duration_days(f, am)
        if days is not None and days > resolve.CALENDAR_DAYS:
            continue  # "seven million years ago" is no calendar date: the duration is the claim
        first, last = resolve.ago(days, P)
        found.append(TimeHit(am.start(), am.end(), "at", first, last))
    for m in f.finditer(t.past_re, lo, hi):
        bare = not m.group("num") and key_of(m.group("unit")) not in t.duals
        if bare and t.marks_past_after and not m.group("after"):
            continue  # "في عام 2022" is a year, not "in the past year"
        first, last = resolve.past(duration_days(f, m), P)
        found.append(TimeHit(m.start(), m.end(), "during", first, last))
    for m in f.finditer(t.within_re, lo, hi):
        found.append(TimeHit(m.start(), m.end(), "during", None, None))
    return found
