"""Bare numbers: the short path for a number among other numbers and nothing else.

A list of counts ("Daily cases: 31, 18, 34, 23, …", "12 15 17 21 …", one count a line) is all
claims, and the full path (masks, ``atoms.atom_at``, ``finder.build``) tries some 45 patterns on
each of them. Inside such a list, a number's neighbourhood holds only digits, commas and blanks
(spaces, tabs, line breaks: ``bare_span``), and every pattern of the pack's words (a scale, a currency, a unit, a qualifier, a label, a year word,
a word of change, an age, a joiner, a counted noun, a month) must match one of its words, while no
pack word is made of digits, commas and blanks alone (``tests/test_plain.py`` checks it for every
pack). The masks that need a mark (a colon, a slash, a degree sign) cannot match either. So such
a number is read as its digits alone (``bare_atom``); of the masks, only a numeric date, a phone
number and two years run together are looked for (``Masks.hit``); of the not-claim rules, only
those that read digits and punctuation (or the scan's state) can drop it, and its claim is the bare
number: a count, exact, with nothing counted and no change (``plain_claim``). The result is the
full path's. Once a stretch of such text is found, the numbers that lie in it are read one after
another in a loop of their own (``bare_run``), with the same steps and none of the search between.

Why the bounds hold: the words before a number are searched in a window that ends at it and
starts at most ``PLAIN_LEFT`` characters before (``model.left``, and the 60 characters a word of
change is looked for in); the words after it are matched at its end, after a gap of blanks and
commas that crosses no digit, so with no more than ``_SEPARATOR_RUN`` separators in a row the word
would have to start within a few characters and lie, with any word of the packs, inside the
``PLAIN_RIGHT`` characters checked (the bound of ``model.near`` as well). At the paragraph's
start or end the neighbourhood is cut short: no word lies beyond it, and what reads a line start
(``line_label``) needs the same mark after the number at the paragraph's start as after a line
break.
"""

from __future__ import annotations

import regex

from claimx.quantities.atoms import digits_value, value_of_digits
from claimx.quantities.masks import may_hold_zero
from claimx.quantities.model import REACH, Atom, Candidate, Draft, Hit, new_hit
from claimx.quantities.rules import (
    Rule,
    first_rule,
    identifier,
    leading_zero,
    listed_label,
    uncounted_year,
)
from claimx.quantities.scan import Scan, known_answer

#: how far before a number its words are looked for: the window of ``model.left`` (48) and the
#: 60 characters ``changes.change_before`` reads for a count
PLAIN_LEFT = 60
#: how far after a number its words are looked for: the bound of ``model.near``
PLAIN_RIGHT = REACH
_SEPARATOR_RUN = 4  # the longest run of blanks and commas a bare neighbourhood may hold
_NOT_PLAIN = regex.compile(rf"[^0-9 ,\t\n]|[ ,\t\n]{{{_SEPARATOR_RUN + 1}}}")

#: The rules that can drop a bare number: they read its digits, the run of digits it is part of
#: ("… 17 21 5G": an identifier) or the label before the list ("articles 240, 243, 245"), not the
#: pack's words. ``line_label`` is not one: a number opening a line is a label only with a mark
#: after it (".", ")", ":", a dash, a capital letter) or as a section ("5.1", "3-2-1"), and a
#: number after a sentence end only after punctuation; none of these is a digit, a comma or a blank.
#: Each tuple keeps the order of ``NOT_CLAIM_RULES``, so the first that fires is the one the full
#: path names.
PLAIN_ATOM_RULES: tuple[Rule, ...] = (listed_label, identifier, leading_zero)
PLAIN_CLAIM_RULES: tuple[Rule, ...] = (uncounted_year,)
# Both, in the order plain_claim tries them (the one draft of a bare number is all either phase reads).
_PLAIN_RULES = PLAIN_ATOM_RULES + PLAIN_CLAIM_RULES


def bare_atom(f: Scan, m: Candidate) -> Atom | None:
    """``atoms.atom_at`` for the digits of a candidate in a bare neighbourhood (``bare_span``):
    the number alone, as no scale, currency, unit, half or fraction can be written around it."""
    parsed = digits_value(f, m)
    if parsed is None:
        return None
    value, grouped = parsed
    return Atom(m.start(), m.end(), value, "digits", grouped=grouped, num_end=m.end(), num_value=value)


def bare_span(f: Scan, start: int, end: int) -> bool:
    """Whether the neighbourhood of ``start:end`` holds only digits, commas and short runs of
    blanks (cut short by the paragraph's start or end, beyond which nothing is written).

    The stretch found is remembered (``Scan.bare_stretch``) with where it ends: the next numbers of
    a list lie in it and are answered without reading their neighbourhood again (linear in the list).
    So is the last character (or run of separators) found that is not bare (``Scan.not_bare``),
    looked for after the number first: in a run of numbers joined by something else ("31-18-34",
    "12,000 people, 12,000 people") it lies in the next numbers' neighbourhoods as well."""
    text = f.text
    lo, hi = max(0, start - PLAIN_LEFT), min(len(text), end + PLAIN_RIGHT)
    known = known_answer(f.bare_stretch, f.not_bare, lo, hi)
    if known is not None:
        return known
    # ``start`` is a digit: no run of separators straddles it, so the two halves find what the
    # whole neighbourhood holds
    m = _NOT_PLAIN.search(text, start, hi) or _NOT_PLAIN.search(text, lo, start)
    if m is not None:
        f.not_bare = m.span()
        return False
    f.bare_stretch = (lo, _stretch_end(text, hi))
    return True


def _stretch_end(text: str, hi: int) -> int:
    """Where a bare stretch known to reach ``hi`` ends: at the first character that is no digit,
    comma or blank, or inside the first run of separators that is too long."""
    m = _NOT_PLAIN.search(text, hi - _SEPARATOR_RUN)  # a run of separators may straddle hi
    if m is None:
        return len(text)
    too_long = m.end() - m.start() > 1  # the run, not one character: its first separators belong
    return m.start() + (_SEPARATOR_RUN if too_long else 0)


def plain_claim(f: Scan, a: Atom) -> tuple[Hit | None, int]:
    """``finder.build`` for a bare number (``bare_atom``): the claim of the number alone, unless a
    rule that reads digits drops it; and where the scan resumes. The hit is what ``Scan.finish``
    makes of a bare atom (no unit written, not vague), built at once."""
    d = Draft(a, start=a.start, qual_start=a.start, end=a.end, qstart=a.start)
    if (stop := first_rule(f, d, _PLAIN_RULES)) is not None:
        return None, stop
    return new_hit(a.start, a.end, a.value, None, "count", "exact", None, None), a.end


def bare_run(f: Scan, pos: int, hits: list[Hit]) -> int:
    """The loop of ``finder._scan`` over the numbers from ``pos`` on whose neighbourhood lies in
    the bare stretch found last (``Scan.bare_stretch``), their hits appended to ``hits``; where the
    scan goes on (``pos`` when there is none: the loop reads the next number itself).

    The loop's steps in its order, with what the stretch makes certain: no candidate starts at a
    comma or a blank (no pack word starts there, and the candidates' start test stops only at a
    digit or a word), so the candidates pattern would match only at a digit, and there only its
    digits branch can match (``Pack.digit_candidates``: the other branches start with a letter,
    and ``re`` and ``regex`` read ASCII digits alike; it is tried at each position by one
    ``finditer``, which fails at once where no digit is); a number whose neighbourhood lies in the
    stretch is bare, as ``bare_span`` would answer from the stretch. A number it cannot answer for
    (its neighbourhood reaches past the stretch: the last ones before a word) is left to the loop,
    which finds it again from the same ``pos``. What the stretch holds is read once for all its
    numbers: whether a phone number's zero is in it (``masks.may_hold_zero``), and whether a date
    can start at one of its numbers at all (``Dates.bare_may_start``); where neither can, of the
    masks only two years run together (eight digits) can hold a number not covered already, and
    ``Masks.bare_hit`` is asked only there. A list of counts cost some 12 µs a number through the
    loop's calls, about half in them."""
    lo, hi = f.bare_stretch
    if not lo <= pos < hi:
        return pos
    text, candidates, masks = f.text, f.p.digit_candidates, f.masks
    phones, quiet, first, last = _stretch_read(f, lo, hi)
    known, run = f.digit_values, _Run()
    look = pos  # where the candidates are looked for: ``pos``, or past where a rule resumed
    while True:
        for m in candidates.finditer(text, look):
            s, e = m.span()
            if s < first or e > last:
                return pos
            pos = e  # past pos: the candidate starts at or after it
            if (not quiet or text[s : s + 8].isdigit() or (masks.ends and masks.ends[-1] > s)) and masks.bare_hit(s, e, phones):
                f.reject(s, e, "mask")
                continue
            digits = m.group()
            parsed = known[digits] if digits in known else value_of_digits(f, digits)
            if parsed is None:
                continue
            # whether a plain rule may drop it, from what each tests first: a label opened before it
            # (``listed_label``: a later number than the label's), a leading zero, four digits (a
            # year), a letter or a hyphen ending its run of digits (``identifier``: ``_glued_run``).
            # Most numbers of a list of counts are none of these, and take no draft. (Inside the run
            # read last, with no letter nor hyphen after it, the last test is answered with no call.)
            in_run = run.start <= s < run.end and not run.glued
            if 0 <= f.label_end < s or digits[0] == "0" or len(digits) == 4 or (not in_run and _glued_run(f, s, e, run)):
                hit, next_pos = plain_claim(f, Atom(s, e, parsed[0], "digits", grouped=parsed[1], num_end=e, num_value=parsed[0]))
                if hit is not None:
                    hits.append(hit)
                if next_pos > e:  # the rule skipped text: the candidates are looked for after it
                    pos = look = next_pos
                    break
            else:  # plain_claim's hit (it resumes at the number's end, where ``pos`` already is)
                hits.append(new_hit(s, e, parsed[0], None, "count", "exact", None, None))
        else:
            return pos


def _stretch_read(f: Scan, lo: int, hi: int) -> tuple[bool, bool, int, int]:
    """What ``bare_run`` reads once for the stretch ``lo:hi``: whether a phone number's zero is
    in it, whether no mask but two years run together can hold one of its numbers (no phone's zero,
    no date: ``Dates.bare_may_start``), and the bounds within which a number's neighbourhood,
    ``max(0, s - PLAIN_LEFT)`` to ``min(len(text), e + PLAIN_RIGHT)``, lies in the stretch
    (``first <= s`` and ``e <= last``)."""
    if f.stretch_zeros[:2] != (lo, hi):
        f.stretch_zeros = (lo, hi, may_hold_zero(f.text, lo, hi))
    phones = f.stretch_zeros[2]
    n = len(f.text)
    return phones, not phones and not f.masks.dates.bare_may_start(), lo + PLAIN_LEFT if lo > 0 else 0, hi - PLAIN_RIGHT if hi < n else n


class _Run:
    """The last run of digits and inner separators ``_glued_run`` read in a bare run (its
    start and end, ``Scan.digits_end``) and whether a letter or a hyphen follows it: the numbers of
    a list by spaces are one run, read once (``digits_end`` from inside a run ends where the run does)."""

    __slots__ = ("start", "end", "glued")

    def __init__(self) -> None:
        self.start, self.end, self.glued = 0, 0, False


def _glued_run(f: Scan, s: int, e: int, run: _Run) -> bool:
    """Whether a letter or a hyphen ends the run of digits the bare number at ``s:e`` is part of
    (``identifier``; the character before the number, in its neighbourhood, is no letter nor one
    of ``-/~+``); ``run``: the last run read (a list by spaces is one run)."""
    text = f.text
    if not (text[e : e + 1].isdigit() or (text[e : e + 1] in (".", ",", "'", " ") and text[e + 1 : e + 2].isdigit())):
        return False  # the run of digits stops by the number's end, in the neighbourhood (``Scan.digits_end``)
    if run.start <= s < run.end:
        return run.glued
    run_end = f.digits_end(s)
    after = text[run_end : run_end + 1]
    run.start, run.end, run.glued = s, run_end, after.isalpha() or after == "-"
    return run.glued
