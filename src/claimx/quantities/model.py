"""The records of the quantities stage: the ``Hit`` it returns, the ``Atom`` a number is read into,
the ``Draft`` of a claim the not-claim rules judge, and the ``Rejection`` a rule leaves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import regex

from claimx.records_init import quick_init, quick_new

#: A candidate number as the scan finds it: ``regex``'s match of ``Pack.candidates``, or ``re``'s of
#: ``Pack.digit_candidates`` for digits (``finder.next_candidate``); the stage reads only its groups and spans.
Candidate = regex.Match[str] | re.Match[str]

WINDOW = 48  # characters left of a number searched for the words that govern it
#: four digits that may be a year of the news (the pattern text, for the rules that read one)
YEAR = r"(?:1[89]\d\d|20\d\d)"
YEAR_RE = regex.compile(YEAR)
_MAX_MAGNITUDE = 18  # no quantity in the news reaches 10**18 of its canonical unit
#: The bound on a claim's magnitude: anything larger ("1" and 4,300 zeros, "5 billion billion …") is a
#: run of digits or a stutter, dropped, so no record carries a number JSON readers cannot hold.
MAX_VALUE = Decimal(10) ** _MAX_MAGNITUDE

#: digits in brackets after a number word, repeating it: "Two (2) posts", "dix (10) mois"
DIGITS_AGAIN = regex.compile(r"[ \t]*\((\d{1,6})\)")
# The capitalised word ending a window before its blank. Searched in reverse ((?r): from the window's
# end, leftwards), as are the other patterns of a word ending a window (a run of letters, then what
# follows it to \Z): the same match, since it can only start where that run starts, and a forward
# search tries every position of the window, each running to the end of its word.
CAPWORD_BEFORE = regex.compile(r"(?r)(?:^|(?<=[^\p{L}\p{M}-]))(\p{L}?\p{Lu}[\p{L}\p{M}]*)\s\Z")
SENT_START = regex.compile(r"(?:^|[.!?:;\n«\"“(]\s*)\Z")


def sane(v: Decimal) -> bool:
    """A value of a sane magnitude ("1" + "0" * 4300, "5 billion billion …" are no quantity)."""
    return v.is_finite() and (v == 0 or v.adjusted() < _MAX_MAGNITUDE)


def left(text: str, i: int) -> str:
    """The window of text before ``i``."""
    return text[max(0, i - WINDOW) : i]


def left_start(i: int) -> int:
    """Where the window :func:`left` of ``i`` starts in the text: a match at ``j`` in that window
    is at ``left_start(i) + j`` in the text."""
    return max(0, i - WINDOW)


@quick_init
@dataclass(frozen=True, slots=True)
class Hit:
    """A quantity found in normalised text (offsets are into that text)."""

    start: int
    end: int
    value: Decimal
    value_high: Decimal | None
    unit: str
    qualifier: str
    counted: str | None
    counted_span: tuple[int, int] | None
    vague: bool = False
    unit_factor: Decimal = Decimal(1)  # the factor of the unit surface written (km: 1000)
    change: str | None = None  # "up" / "down" (see Claim.quantity.change)
    baseline: Decimal | None = None


new_hit = quick_new(Hit)  # ``Hit(...)`` in half the time: the stage makes one at each number

#: A number's reading as ``memo.py`` keeps it: its hit (``None`` where a rule dropped it), where the
#: scan resumes and what the rules dropped (start, end, rule), every offset relative to the number.
KeptReading = tuple[Hit | None, int, tuple[tuple[int, int, str], ...]]


@dataclass(slots=True)
class Atom:
    """A number read with its scale, currency and unit; ``num_end``/``num_value`` before the unit."""

    start: int
    end: int
    value: Decimal
    kind: str  # digits | words | vague
    grouped: bool = False
    has_scale: bool = False
    unit: str | None = None
    unit_surface: str | None = None
    unit_glued: bool = False
    currency_prefix_start: int | None = None
    num_end: int = 0
    num_value: Decimal = Decimal(0)
    fraction: bool = False  # digits over digits before a unit ("1/5 inch", "1/5 de pouce")
    plus: bool = False  # a plus sign after the digits: "300+ people", "$300+ billion" (at least)
    negative: bool = False  # a minus between a currency sign and the digits ("$-50.8bn")
    approximate: bool = False  # built on a round scale that is itself approximate ("une quarantaine")


@dataclass(slots=True)
class Draft:
    """A claim being built around an atom, filled stage by stage; the rules of each phase read
    only what the stages before them filled (see ``rules.py``)."""

    a: Atom
    # placed: where the claim starts (a currency sign before the number) and a qualifier before it
    start: int = 0
    qm: regex.Match[str] | None = None
    qual_start: int = 0
    # a range read after the number: its second atom, the two levels, the words that join them
    end: int = 0
    opener: regex.Match[str] | None = None
    opener_key: str | None = None
    joiner: str = ""
    paired: bool = False
    b: Atom | None = None
    lo: Decimal = Decimal(0)
    hi: Decimal = Decimal(0)
    value_high: Decimal | None = None
    # qualified and counted
    qualifier: str = "exact"
    qstart: int = 0
    unit: str = "count"
    counted: str | None = None
    cspan: tuple[int, int] | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Rejection:
    """A number the stage read and dropped: its span and the name of the rule that dropped it
    (``"mask"`` for a number inside a date, a clock time, a score or a phone number)."""

    start: int
    end: int
    rule: str


REACH = 200  # longer than any pattern matched after a number (its lookaheads see real text, not the bound)


def with_found(hits: list[Hit], found: list[Hit]) -> list[Hit]:
    """``hits`` and the hits a later pass ``found`` (none overlapping them), in text order."""
    return sorted(hits + found, key=lambda h: h.start) if found else hits


def near(rx: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``rx.match(text, pos)`` bounded to the number's neighbourhood: unbounded, the regex module may
    look for a pattern's fixed word ("of", "de", "من") up to the end of the paragraph on every call."""
    return rx.match(text, pos, min(len(text), pos + REACH))
