"""The resolution rules as a table: (expression kind, its number, P) → (first, last), no text read."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import pytest

from claimx.time import resolve
from claimx.time.hits import TimeHit

D = dt.date.fromisoformat
P = "2022-10-04"  # a Tuesday
LEAP = "2024-02-29"  # a Thursday

KINDS: dict[str, Callable[..., resolve.Bounds]] = {
    "period": lambda key, p: resolve.period(key, p),
    "weekday": lambda wd, p: resolve.weekday(wd, p),
    "month": lambda m, p: resolve.month(m[0], m[1], p),
    "quarter": lambda q, p: resolve.quarter(q, p),
    "quarter_before": lambda q, p: resolve.quarter_before(q, p),
    "ago": lambda days, p: resolve.ago(days, p),
    "past": lambda days, p: resolve.past(days, p),
}

# (kind, argument, P, first, last); None for an unresolved bound.
ROWS: list[tuple[str, Any, str | None, str | None, str | None]] = [
    ("period", "today", P, "2022-10-04", "2022-10-04"),
    ("period", "yesterday", P, "2022-10-03", "2022-10-03"),
    ("period", "last_week", P, "2022-09-26", "2022-10-02"),
    ("period", "this_week", P, "2022-10-03", "2022-10-04"),
    ("period", "next_week", P, "2022-10-10", "2022-10-16"),
    ("period", "last_month", P, "2022-09-01", "2022-09-30"),
    ("period", "this_month", P, "2022-10-01", "2022-10-04"),
    ("period", "next_month", P, "2022-11-01", "2022-11-30"),
    ("period", "last_year", P, "2021-01-01", "2021-12-31"),
    ("period", "this_year", P, "2022-01-01", "2022-10-04"),
    ("period", "next_year", P, "2023-01-01", "2023-12-31"),
    ("period", "weekend", P, "2022-10-01", "2022-10-02"),
    ("period", "weekend", "2022-10-01", "2022-10-01", "2022-10-02"),  # written on the Saturday
    ("period", "so_far", P, "2022-10-04", "2022-10-04"),
    ("period", "end_of_year", P, "2022-12-01", "2022-12-31"),
    ("period", "last_quarter", P, "2022-07-01", "2022-09-30"),
    ("period", "last_quarter", "2022-02-10", "2021-10-01", "2021-12-31"),
    ("period", "previous_quarter", P, "2022-07-01", "2022-09-30"),
    ("period", "last_month", "2022-01-15", "2021-12-01", "2021-12-31"),
    ("period", "next_month", "2022-12-31", "2023-01-01", "2023-01-31"),
    ("period", "last_week", None, None, None),
    ("period", "next_year", "9999-06-01", None, None),  # outside the calendar
    ("period", "yesterday", "0001-01-01", None, None),
    ("weekday", 0, P, "2022-10-03", "2022-10-03"),  # Monday
    ("weekday", 1, P, "2022-10-04", "2022-10-04"),  # Tuesday: P itself
    ("weekday", 2, P, "2022-09-28", "2022-09-28"),  # Wednesday: the week before
    ("weekday", 2, None, None, None),
    ("weekday", None, P, None, None),
    ("month", (9, 2022), P, "2022-09-01", "2022-09-30"),
    ("month", (9, None), P, "2022-09-01", "2022-09-30"),
    ("month", (11, None), P, "2021-11-01", "2021-11-30"),  # a yearless month ahead of P: last year's
    ("month", (2, None), LEAP, "2024-02-01", "2024-02-29"),
    ("month", (2, None), None, None, None),
    ("month", (2, 2023), None, "2023-02-01", "2023-02-28"),
    ("quarter", 3, P, "2022-07-01", "2022-09-30"),
    ("quarter", 4, P, "2022-10-01", "2022-12-31"),  # started by P
    ("quarter", 1, "2022-02-10", "2022-01-01", "2022-03-31"),
    ("quarter", 2, "2022-02-10", "2021-04-01", "2021-06-30"),
    ("quarter", 3, None, None, None),
    ("quarter_before", 3, P, "2022-04-01", "2022-06-30"),
    ("quarter_before", 1, P, "2021-10-01", "2021-12-31"),
    ("ago", 14, P, "2022-09-20", "2022-09-20"),
    ("ago", 0, P, "2022-10-04", "2022-10-04"),
    ("ago", None, P, None, None),
    ("ago", 14, None, None, None),
    ("ago", resolve.CALENDAR_DAYS + 1, P, None, None),
    ("ago", 800_000, P, None, None),  # before 1 January 1
    ("past", 7, P, "2022-09-27", "2022-10-04"),
    ("past", 365, LEAP, "2023-03-01", "2024-02-29"),
    ("past", 7, None, None, None),
    ("past", None, P, None, None),
]


def _date(s: str | None) -> dt.date | None:
    return D(s) if s else None


@pytest.mark.parametrize(
    "kind, arg, published, first, last", ROWS, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS]
)
def test_resolve(kind: str, arg: Any, published: str | None, first: str | None, last: str | None) -> None:
    assert KINDS[kind](arg, _date(published)) == (_date(first), _date(last))


def test_year() -> None:
    assert resolve.year(2022) == (D("2022-01-01"), D("2022-12-31"))


# (relation, flags, anchor first, anchor last, ahead, P) → (relation, first, last)
RELATION_ROWS: list[tuple[str, dict[str, bool], str | None, str | None, str, str | None, tuple[str, str | None, str | None]]] = [
    ("at", {}, "2022-09-21", "2022-09-21", "", P, ("at", "2022-09-21", "2022-09-21")),
    ("during", {}, "2022-09-01", "2022-09-30", "month", P, ("during", "2022-09-01", "2022-09-30")),
    ("since", {}, "2022-09-21", "2022-09-21", "", P, ("since", "2022-09-21", P)),
    ("since", {}, "2022-11-21", "2022-11-21", "", P, ("since", "2022-11-21", None)),  # ahead of P: open
    ("since", {}, "2022-09-21", "2022-09-21", "", None, ("since", "2022-09-21", None)),
    ("until", {}, "2022-09-01", "2022-09-30", "", P, ("until", None, "2022-09-30")),
    ("until", {}, "2021-11-01", "2021-11-30", "month", P, ("until", None, "2022-11-30")),  # "by November": ahead
    ("until", {}, "2021-12-01", "2021-12-31", "month", "2022-06-15", ("until", None, "2021-12-31")),
    ("until", {}, "2022-09-30", "2022-09-30", "weekday", P, ("until", None, "2022-10-07")),  # "jusqu'à vendredi"
    ("before", {}, "2022-09-21", "2022-09-21", "", P, ("before", None, "2022-09-20")),
    ("after", {}, "2022-09-21", "2022-09-21", "", P, ("after", "2022-09-22", None)),
    ("during", {"week_to": True}, "2022-09-25", "2022-09-25", "", P, ("during", "2022-09-19", "2022-09-25")),
    ("during", {"week_to": True, "year_to": True}, "2022-03-01", "2022-03-31", "month", P,
     ("during", "2021-04-01", "2022-03-31")),
    ("during", {"week_to": True, "year_to": True}, "2024-02-01", "2024-02-29", "month", LEAP,
     ("during", "2023-03-01", "2024-02-29")),
    ("since", {"from_word": True}, "2022-04-15", "2022-04-15", "", P, ("since", "2022-04-15", P)),
    ("since", {"from_word": True}, "2021-10-01", "2021-10-31", "month", "2022-08-10",
     ("after", "2022-10-01", None)),  # "à partir d'octobre" written in August
    ("since", {"from_word": True}, "2022-04-15", "2022-04-15", "", None, ("since", "2022-04-15", None)),
]


@pytest.mark.parametrize(
    "relation, flags, first, last, ahead, published, expected",
    RELATION_ROWS,
    ids=[f"{r[0]}-{'-'.join(r[1])}-{r[2]}-{r[5]}" for r in RELATION_ROWS],
)
def test_with_relation(
    relation: str, flags: dict[str, bool], first: str | None, last: str | None, ahead: str,
    published: str | None, expected: tuple[str, str | None, str | None],
) -> None:
    h = TimeHit(0, 1, relation, None, None, (0, 1), **flags)
    got = resolve.with_relation(h, _date(first), _date(last), _date(published), ahead)
    assert (got.relation, got.first, got.last, got.pending) == (expected[0], _date(expected[1]), _date(expected[2]), None)
