"""Time expressions: found with the pack's patterns, resolved against the publication date.

claimx finds date and period expressions itself (dateparser's ``search_dates`` reads numbers as
dates) and uses dateparser only to resolve the day-level dates it found, with a pinned
``RELATIVE_BASE``, ``PREFER_DATES_FROM: past`` and UTC; periods (weeks, months, since/until,
"in the past two weeks") are built by the rules written down in ``corpus/README.md``. Nothing
here reads the machine's clock: without a publication date, relative expressions keep their text
and stay unresolved.

The stages, each its own module:

- :mod:`~claimx.time.patterns`: the regexes a pack's time data compiles to (:func:`time_pack`);
- finding, over a :class:`~claimx.time.scan.Scan` of one paragraph: :mod:`~claimx.time.anchors`
  (dates, weekdays, months, years, quarters, named periods), :mod:`~claimx.time.durations`
  ("two weeks ago", "in the past month"), :mod:`~claimx.time.since` (since phrases with no date
  beside them), put together with the relation words by :mod:`~claimx.time.find`;
- resolving: :mod:`~claimx.time.resolve` (pure functions of an expression's kind and the
  publication date) and :mod:`~claimx.time.days` (reading a day date);
- :mod:`~claimx.time.govern`: the expression that governs each claim, clause by clause;
- :mod:`~claimx.time.published`: the publication date a document states.
"""

from claimx.time.govern import TimeIndex, find_times
from claimx.time.hits import TimeHit
from claimx.time.patterns import PERIODS, RELATIONS, TimePack, time_pack
from claimx.time.published import dateline_end, find_published

__all__ = [
    "PERIODS",
    "RELATIONS",
    "TimeHit",
    "TimeIndex",
    "TimePack",
    "dateline_end",
    "find_published",
    "find_times",
    "time_pack",
]
