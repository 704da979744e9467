"""What the time stage finds: anchors (before their relation word is read) and time expressions."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


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


class Anchor(NamedTuple):
    """A date, weekday, month, year or named period, before its relation word is read."""

    start: int
    end: int
    kind: str  # day | month | period | so_far | unresolved
    first: dt.date | None
    last: dt.date | None
    pending: bool
    core: int = -1  # where the year's digits start when the span starts at its marker ("en 2022")
