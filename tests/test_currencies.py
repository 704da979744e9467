"""An amount written with a currency name several countries share takes the currency of the one
country of that name its claim names (``claimx.packs.currencies``, ``packs/currencies.toml``); the whole
pipeline runs, since the countries come from the entity stage."""

from __future__ import annotations

import pytest

import claimx
from claimx.packs.currencies import named_currencies, shared_name_units

# (lang, text, the unit of its one claim)
ROWS: list[tuple[str, str, str]] = [
    ("en", "Iraq allocated 5 million dinars to the new hospital.", "currency:IQD"),
    ("fr", "L'Irak a alloué 5 millions de dinars au nouvel hôpital.", "currency:IQD"),
    ("ar", "خصص العراق 5 ملايين دينار للمستشفى الجديد.", "currency:IQD"),
    ("ar", "خصصت إيران ثلاثة مليارات ريال لمكافحة الوباء.", "currency:IRR"),
    ("en", "Egypt's budget deficit reached 500 billion pounds this year.", "currency:EGP"),
    ("fr", "Le Maroc a investi 3 milliards de dirhams dans le port.", "currency:MAD"),
    ("en", "The United Arab Emirates invested 3 billion dirhams in the port.", "currency:AED"),
    # a name with its country said stays that country's, whatever country the claim names
    ("en", "Yemen received 2 billion Saudi riyals from the kingdom.", "currency:SAR"),
    # two countries of the name: the pack's reading stays
    ("en", "Britain lent Egypt 3 million pounds for the port.", "currency:GBP"),
    ("ar", "خسر لبنان خمسة ملايين ليرة في الأزمة.", "currency:LBP"),
    # a country of the name named earlier in the paragraph
    ("en", "Jordan cut fuel taxes last week. The measure will cost the treasury 200 million dinars.", "currency:JOD"),
    ("fr", "La Tunisie a relevé ses taxes. La mesure rapportera 300 millions de dinars au Trésor.", "currency:TND"),
    # no country: a dinar is nobody's, a rial in Arabic is Saudi
    ("ar", "دفعت الشركة 3 ملايين دينار للمقاول.", "other:dinar"),
    ("ar", "دفعت الشركة 3 ملايين ريال للمقاول.", "currency:SAR"),
]


@pytest.mark.parametrize(("lang", "text", "unit"), ROWS)
def test_shared_currency_name(lang: str, text: str, unit: str) -> None:
    claims = claimx.extract(text, lang=lang)
    assert [c.quantity.unit for c in claims] == [unit]


def test_named_currency_table() -> None:
    assert named_currencies("other:dinar", ["JO"]) == {"currency:JOD"}
    assert named_currencies("other:dinar", ["JO", "KW"]) == {"currency:JOD", "currency:KWD"}
    assert named_currencies("currency:SAR", ["SA"]) == {"currency:SAR"}
    assert named_currencies("currency:SAR", ["FR", "QA"]) == {"currency:QAR"}
    assert named_currencies("currency:USD", ["CA"]) == set()  # no family: dollars stay as read
    assert "other:franc" in shared_name_units() and "currency:USD" not in shared_name_units()
