"""Bare numbers: the short path for a number among other numbers and nothing else.

A list of counts ("Daily cases: 31, 18, 34, 23, …", "12 15 17 21 …") is all claims, and the full
path (``finder.build``) tries some 45 patterns on each of them. Inside such a run, a number's
neighbourhood holds only digits, commas and blanks, and every pattern of the pack's words (a
qualifier, a unit, a label, a year word, a word of change, an age, a joiner, a counted noun) must
match one of its words, and no pack word is made of digits, commas and blanks alone
(``tests/test_plain.py`` checks it for every pack). So, of the not-claim rules, only those that read
digits and punctuation (or the scan's state) can drop such a number, and the claim is the bare
number itself: a count, exact, with nothing counted and no change. ``plain_claim`` runs only those
rules and makes that claim, with the same result as ``build``.

Why the bounds hold: the words before a number are searched in a window that ends at it and
starts at most ``PLAIN_LEFT`` characters before (``model.left``, and the 60 characters a word of
change is looked for in); the words after it are matched at its end, after a gap of blanks and
commas that crosses no digit, so with no more than ``_SEPARATOR_RUN`` separators in a row the word
would have to start within a few characters and lie, with any word of the packs, inside the
``PLAIN_RIGHT`` characters checked (the bound of ``model.near`` as well).
"""

from __future__ import annotations

import regex

from claimx.quantities.model import REACH, Atom, Draft, Hit
from claimx.quantities.rules import (
    Rule,
    first_rule,
    identifier,
    leading_zero,
    line_label,
    listed_label,
    uncounted_year,
)
from claimx.quantities.scan import Scan

#: how far before a number its words are looked for: the window of ``model.left`` (48) and the
#: 60 characters ``changes.change_before`` reads for a count
PLAIN_LEFT = 60
#: how far after a number its words are looked for: the bound of ``model.near``
PLAIN_RIGHT = REACH
_SEPARATOR_RUN = 4  # the longest run of blanks and commas a bare neighbourhood may hold
_NOT_PLAIN = regex.compile(rf"[^0-9 ,]|[ ,]{{{_SEPARATOR_RUN + 1}}}")

#: The rules that can drop a bare number: they read its digits, the characters next to it, the line
#: it opens or the label before the run ("articles 240, 243, 245"), not the pack's words. Each
#: tuple keeps the order of ``NOT_CLAIM_RULES``, so the first that fires is the one the full path names.
PLAIN_ATOM_RULES: tuple[Rule, ...] = (line_label, listed_label, identifier, leading_zero)
PLAIN_CLAIM_RULES: tuple[Rule, ...] = (uncounted_year,)


def is_bare(f: Scan, a: Atom) -> bool:
    """Whether ``a`` is plain digits (no scale, unit, currency or sign) in a neighbourhood of
    digits, commas and short runs of blanks, wholly inside the paragraph."""
    if a.kind != "digits" or a.unit is not None or a.has_scale or a.currency_prefix_start is not None or a.end != a.num_end:
        return False
    lo, hi = a.start - PLAIN_LEFT, a.end + PLAIN_RIGHT
    return lo >= 0 and hi <= len(f.text) and _NOT_PLAIN.search(f.text, lo, hi) is None


def plain_claim(f: Scan, a: Atom) -> tuple[Hit | None, int]:
    """``build`` for a bare number (``is_bare``): the claim of the number alone, unless a rule
    that reads digits drops it; and where the scan resumes."""
    d = Draft(a, start=a.start, qual_start=a.start, end=a.end, qstart=a.start)
    if (stop := first_rule(f, d, PLAIN_ATOM_RULES)) is not None:
        return None, stop
    if (stop := first_rule(f, d, PLAIN_CLAIM_RULES)) is not None:
        return None, stop
    return f.finish(a, a.start, a.end, a.value, None, "count", "exact"), a.end
