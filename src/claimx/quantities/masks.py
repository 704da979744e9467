"""Spans that hold no claim (dates, clock times, scores, phone numbers), found around each number."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

import regex

from claimx.dates import Dates
from claimx.packs import Pack
from claimx.packs.patterns import EndPattern, QuickTest, may_hold

CLOCK = regex.compile(r"(?<![\d.,:])\d{1,2}(?:\s?[:h]\s?\d{2}(?::\d{2}(?!\d))?|\s?h\s?\d(?!\d)|h)(?![\w:])", regex.IGNORECASE)
SCORE = regex.compile(r"(?<![\d:.,])\d{1,2}:\d(?![\d:])")  # "2:2", "3:1": a score or a degree class
PHONE = regex.compile(
    r"(?<![\w+])(?:\+\d{1,4}(?:[ .-]?\(?\d{1,4}\)?){2,}\d"  # +212 5 22 45 67 89
    r"|0\d(?:[ .]\d{2}){4}"  # 01 23 45 67 89
    r"|\(\d{3}\)\s*\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?!\d)"
)
# Geographic coordinates: "35°W", "12° 30′ N", "48,85° N" (a degree with a compass letter, "O" for ouest).
COORDINATE = regex.compile(
    r"(?<![\d.,])\d{1,3}(?:[.,]\d+)?[ \t]?°[ \t]?(?:\d{1,2}(?:[.,]\d+)?[ \t]?['′’][ \t]?)?"
    r"(?:\d{1,2}(?:[.,]\d+)?[ \t]?(?:\"|″)[ \t]?)?[NSEWO](?!\w)"
)
# Two years run together where a dash was lost in typesetting: "la période 20142020".
_YEAR_PAIR = regex.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")
# Two years with a note mark glued to the second, as official documents typeset a footnote call:
# "l'exercice biennal 2014-20151" (2014-2015, note 1).
_YEAR_PAIR_NOTE = regex.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)[ \t]*[-–][ \t]*(1[89]\d\d|20\d\d)\d{1,2}(?!\d|[.,]\d)")
# What every phone number holds: a "+", a "(", a "-" or a 0, a digit, a blank or dot and a digit (one of these in the
# window or no phone in it: PHONE, which the regex module tries at each position of the window, is
# searched only then).
_PHONE_ZERO = regex.compile(r"0\d[ .]\d")  # ("0\d" alone is in most years: "2020")
_PHONE_ZERO_RE = re.compile(_PHONE_ZERO.pattern)  # the same, where the standard library's re finds it faster
_PHONE_BEFORE, _PHONE_AFTER = 20, 25  # the window around a bare number searched for a phone number


def may_hold_zero(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds what a phone number of digits and blanks alone needs ("0",
    a digit, a blank or dot and a digit): searched once for a stretch of bare numbers, where each
    number's window (``Masks.bare_hit``) lies."""
    return _PHONE_ZERO_RE.search(text, lo, hi) is not None


_SLASHED_CLOCK = regex.compile(r"(?<![\d/])[0-5]?\d/[0-2]?\d(?![\d/])")
_MASK_REACH = 40  # characters around a number searched for a date, clock time or phone number


# What the ``ddd-ddd-dddd`` branch of PHONE matches, found by re (a dash alone is in many windows: a
# range, a compound word, a UN document's "A/RES/70-1").
_PHONE_DASHED_RE = re.compile(r"\d{3}-\d{3}-\d{4}")


def may_hold_phone(window: str) -> bool:
    """Whether ``window`` holds what each branch of ``PHONE`` needs: "+", "(", three digits, a
    dash, three digits, a dash and four (the ``ddd-ddd-dddd`` branch) or a 0, a digit, a blank or dot
    and a digit ("01 23 45 67 89")."""
    return (
        "+" in window or "(" in window or ("-" in window and _PHONE_DASHED_RE.search(window) is not None)
        or _PHONE_ZERO_RE.search(window) is not None
    )


_DIGIT_NEXT = re.compile(r" *\d")  # (``re`` matches it faster than ``regex``, and alike)


def digits_then_digit(text: str, s: int, e: int) -> bool:
    """Whether the digits at ``s:e`` are followed, after spaces, by another digit ("31 18 34", a
    list of counts by spaces). In a bare neighbourhood (``plain.bare_span``) no date starts there:
    a date's first day is followed by its month (maybe after a link word) or by a comma, a dash
    or a connector and the next day, and a digit is none of these (a month, a link word or a
    connector would be a word within the neighbourhood). The date pattern, tried there, costs
    more than the rest of the number's masks."""
    after = text[e : e + 1]  # a space or a digit, or no match: asked first, before the pattern
    return (after == " " or after.isdigit()) and text[s:e].isdigit() and _DIGIT_NEXT.match(text, e) is not None


class Masks:
    """Spans that hold no claim (dates, clock times, phone numbers), looked for only where a number is.

    A date that holds a number either starts at it (``21 septembre``, ``21/09/2022``, ``les 2 et 3
    octobre``) or starts at a month name just before it (``September 21``, ``mars 2022``); a later
    number of a date found earlier (its year) is covered by that date's span.
    """

    def __init__(self, text: str, pack: Pack, dates: Dates, holds: Callable[[QuickTest | None], bool] | None = None) -> None:
        self.text = text
        self.pack = pack
        # whether the paragraph passes one of the pack's holding tests (the scan's, answered once for all)
        self.holds = holds if holds is not None else lambda test: may_hold(test, text)
        self.dates = dates  # shared with the time stage, which reads the same dates as anchors
        # An idiom that ends with its number ("tolérance zéro") is searched back from a number only
        # in a paragraph that holds one: asked at the first number that needs it (idiom_end).
        self._idiom_end: EndPattern | None = None
        self._idiom_asked = False
        self.degrees = "°" in text  # a coordinate is looked for only in a paragraph with a degree sign
        # whether the paragraph may hold a Hijri month, an idiom and a month (_marked_masks)
        self._held: tuple[bool, bool, bool] | None = None
        # The union of the spans found so far, as sorted disjoint intervals (a list of thousands of
        # "12/5/17" dates is searched in log time, not span by span).
        self.starts: list[int] = []
        self.ends: list[int] = []

    def covered(self, s: int, e: int) -> bool:
        i = bisect_right(self.ends, s)  # the first interval ending after s
        return i < len(self.starts) and self.starts[i] < e

    def add(self, a: int, b: int) -> None:
        i = bisect_left(self.ends, a)
        j = bisect_right(self.starts, b)
        if i < j:
            a, b = min(a, self.starts[i]), max(b, self.ends[j - 1])
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]

    def hit(self, s: int, e: int, bare: bool = False) -> bool:
        """Whether the number at ``s:e`` is inside a date, a clock time, a score or a phone number.
        ``bare``: its neighbourhood holds only digits, commas and blanks (``plain.bare_span``), so
        only what digits alone can write is looked for (a numeric date, a phone number, two years
        run together): every other mask needs a word, a colon, a slash or a degree sign."""
        if self.covered(s, e):
            return True
        found = self._digit_masks(s, e, bare)
        if not bare:
            found += self._marked_masks(s, e)
        for m in found:
            if m is not None and m.end() > m.start():
                self.add(m.start(), m.end())
        return self.covered(s, e)

    def bare_hit(self, s: int, e: int, phones: bool = True) -> bool:
        """``hit(s, e, bare=True)``, in one call: of the masks digits alone make, the date (none
        where the next number follows), a phone number (the window holds no "+", "(" or "-") and
        two years run together (no dash stands after four digits in the neighbourhood). Without
        ``phones``, the caller knows that no phone number's zero lies around the number
        (``may_hold_zero``: its stretch holds none)."""
        if self.ends and self.ends[-1] > s and self.covered(s, e):  # (no span found yet ends after s: none covers it)
            return True
        text, added = self.text, False
        dm = None if digits_then_digit(text, s, e) else self.dates.match_bare(s)
        if dm is not None and dm.end() > dm.start():
            self.add(dm.start(), dm.end())
            added = True
        w0, w1 = max(0, s - _PHONE_BEFORE), e + _PHONE_AFTER
        if phones and _PHONE_ZERO_RE.search(text, w0, w1):
            for pm in PHONE.finditer(text, w0, w1):  # (every one: the first may end before the number)
                if pm.end() > pm.start():
                    self.add(pm.start(), pm.end())
                    added = True
        if text[s : s + 8].isdigit() and (ym := _YEAR_PAIR.match(text, s)) is not None and 0 < int(ym.group(2)) - int(ym.group(1)) <= 50:
            self.add(ym.start(), ym.end())
            added = True
        return added and self.covered(s, e)

    def idiom_end(self) -> EndPattern | None:
        """The pattern of an idiom ending with its number, ``None`` if the paragraph holds none."""
        if not self._idiom_asked:
            p = self.pack
            self._idiom_end = p.idiom_end_re if p.idiom_end_re is not None and self.holds(p.idiom_test) else None
            self._idiom_asked = True
        return self._idiom_end

    def _digit_masks(self, s: int, e: int, bare: bool) -> list[regex.Match[str] | None]:
        """The masks at ``s:e`` that digits, commas and blanks alone can make."""
        text = self.text
        # bounded windows: unbounded, the regex module looks for a pattern's fixed character to
        # the end of the paragraph at every number
        # every phone number of the window: the first may end before the number ("Phone: 212-902-3724
        # Fax: 213-428-1181" holds two)
        lo, hi = max(0, s - 20), e + 25
        if bare:  # the phone window lies in the neighbourhood, which holds no "+", "(" nor "-"
            phones = _PHONE_ZERO_RE.search(text, lo, hi) is not None
            found = [None if digits_then_digit(text, s, e) else self.dates.match_bare(s)]
        else:
            phones = may_hold_phone(text[lo:hi])
            found = [self.dates.match(s)]
        if phones:
            found += PHONE.finditer(text, lo, hi)
        if text[s : s + 8].isdigit():  # two years run together (eight digits: str.isdigit takes every \d)
            ym = _YEAR_PAIR.match(text, s)
        elif text[s : s + 4].isdigit() and ("-" in text[s + 4 : s + 8] or "–" in text[s + 4 : s + 8]):
            ym = _YEAR_PAIR_NOTE.match(text, s)  # a span of years with a note call glued to the second
        else:
            ym = None
        if ym is not None and 0 < int(ym.group(2)) - int(ym.group(1)) <= 50:
            found.append(ym)
        return found

    def _marked_masks(self, s: int, e: int) -> list[regex.Match[str] | None]:
        """The masks at ``s:e`` that need a word or a mark: a Hijri date, a clock time, a score, a
        coordinate, an idiom, a date after a month or a joined day ("du 11 au 24 février")."""
        text, p = self.text, self.pack
        reach = e + _MASK_REACH
        # What each mask of digits needs close after their first one, looked for before its pattern
        # is tried: the colon or "h" of a clock time (at most two digits and a blank before it; no
        # other character matches [:h] without case), the colon of a score, the slash of a slashed
        # time, a degree sign anywhere after the number for a coordinate; a Hijri month or an idiom
        # in the paragraph (the pack's holding tests, answered once for the paragraph).
        mark = text[s + 1 : s + 4]
        if (held := self._held) is None:  # the paragraph's answers, asked at its first number
            held = self._held = (self.holds(p.hijri_test), self.holds(p.idiom_test), self.holds(p.month_test))
        hijri, idiom, months = held
        found = [
            p.hijri_re.match(text, s, reach) if hijri else None,
            CLOCK.match(text, s, reach) if ":" in mark or "h" in mark or "H" in mark else None,
            SCORE.match(text, s, reach) if ":" in mark[:2] else None,
            COORDINATE.match(text, s, reach) if self.degrees else None,
            p.idiom_re.match(text, s, reach) if idiom and p.idiom_re is not None else None,
            idiom_end.search(text, max(0, s - _MASK_REACH), e) if (idiom_end := self.idiom_end()) is not None else None,
        ]
        sm = _SLASHED_CLOCK.match(text, s) if "/" in mark[:2] else None
        if sm is not None and p.clock_before_re.search(text, max(0, s - 30), s):
            found.append(sm)  # "الساعة 47/10": a time of day written minutes/hours
        jm = p.date_joiner_re.match(text, e) if text[s:e].isdigit() and e - s <= 2 else None
        if jm is not None:  # "du 11 au 24 février", "on 7 and 8 January", "le 8 et le 9 décembre", "يومي 8 و9"
            dm = self.dates.match(jm.end())
            if dm is not None and dm.end() > dm.start():
                self.add(s, dm.end())
        before = max(0, s - 30)
        # (a month before the number: only in a paragraph that may hold one, as a date needs)
        mt = p.month_tail_re.search(text, before, s) if months and p.month_tail_test.match(text[before:s][::-1]) else None
        if mt:
            found.append(self.dates.match(mt.start()))
        return found
