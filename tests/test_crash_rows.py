"""Inputs that once raised: each gives claims (or none) and never an exception (reliability issue)."""

from __future__ import annotations

from datetime import date

import pytest

import claimx

ROWS = [
    ("deep-ago", "Hominins walked on two legs as early as seven million years ago.", "en", date(2022, 10, 4)),
    ("ago-after-million", "It was up from 1.7 million four years ago, according to the survey.", "en", None),
    ("past-800000-years", "Temperatures rose by 2 degrees in the past 800,000 years.", "en", None),
    ("feb-29-en", "People are expected to register by 29 February.", "en", date(2024, 2, 10)),
    ("feb-29-fr", "Ils doivent s'inscrire le 29 février.", "fr", date(2023, 2, 10)),
    ("feb-29-ar", "يجب التسجيل بحلول 29 فبراير.", "ar", date(2023, 2, 10)),
    ("surrogate-detector", "More than 5,000 people fled.\ud800", None, None),
    ("surrogate-ner", "أعلن\udc80ء،7 وقتل 5 أشخاص", "ar", None),
    ("4301-digits", "1" + "0" * 4300 + " people were counted.", "en", None),
    ("billion-x500", "5 " + "billion " * 500 + "people", "en", None),
    ("decimal-overflow", "The debt reached 10000000000000000000.5 dollars.", "en", None),
    ("published-year-1", "It happened on Tuesday and last week 5 people died.", "en", date(1, 1, 1)),
    ("published-year-9999", "Next year 5 people will come.", "en", date(9999, 12, 31)),
    ("decimal-then-group", "Cases: 905,1 000 aged", "ar", None),
]


@pytest.mark.parametrize(("name", "text", "lang", "published"), ROWS, ids=[r[0] for r in ROWS])
def test_no_input_raises(name: str, text: str, lang: str | None, published: date | None) -> None:
    claims = claimx.extract(text, lang=lang, published=published)
    for c in claims:
        d = c.to_dict()
        assert abs(d["quantity"]["value"]) < 10**18, d


def test_an_ago_beyond_the_calendar_is_a_duration_claim() -> None:
    claims = claimx.extract("Hominins walked upright as early as seven million years ago.", lang="en", published=date(2022, 10, 4))
    [deep] = [c for c in claims if c.quantity.unit == "duration:s"]
    assert deep.quantity.value == 7_000_000 * 31_536_000 and deep.time is None


def test_no_sane_quantity_is_that_large() -> None:
    assert claimx.extract("1" + "0" * 4300 + " people were counted.", lang="en") == []
