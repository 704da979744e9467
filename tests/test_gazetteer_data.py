"""Content checks for the demonym/alias gazetteers in ``src/claimx/packs/{ar,en,fr}/gazetteer.toml``.

They read the committed files only (tomllib, json): same keys everywhere, keys are the codes of the country
tables, no surface names two countries, aliases add to CLDR instead of repeating it, and every UN member state
and the EU has demonyms in each language, apart from the exceptions listed (with their reasons) below.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

PACKS = Path(__file__).resolve().parents[1] / "src" / "claimx" / "packs"
LANGS = ("ar", "en", "fr")
TABLES = ("demonyms", "aliases")
SPARSE = ("not_after", "not_before")  # tables that list only the codes they concern

# The 193 UN member states.
UN_MEMBERS = frozenset(
    [
        "AD",
        "AE",
        "AF",
        "AG",
        "AL",
        "AM",
        "AO",
        "AR",
        "AT",
        "AU",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BN",
        "BO",
        "BR",
        "BS",
        "BT",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FM",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GH",
        "GM",
        "GN",
        "GQ",
        "GR",
        "GT",
        "GW",
        "GY",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IN",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MR",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NE",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PG",
        "PH",
        "PK",
        "PL",
        "PT",
        "PW",
        "PY",
        "QA",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SI",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SY",
        "SZ",
        "TD",
        "TG",
        "TH",
        "TJ",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TZ",
        "UA",
        "UG",
        "US",
        "UY",
        "UZ",
        "VC",
        "VE",
        "VN",
        "VU",
        "WS",
        "YE",
        "ZA",
        "ZM",
        "ZW",
    ]
)

# Sovereign states (or the EU) with fewer than 2 demonym forms in a language, and why.
DEMONYM_EXCEPTIONS: dict[str, dict[str, str]] = {
    "en": {
        "CD": "'Congolese' names both Congos",
        "CG": "'Congolese' names both Congos",
        "DM": "'Dominican' is given to the Dominican Republic",
        "EU": "'European' in English news is the continent ('European gas prices', 'European title'); the Union's adjective is 'EU'",
    },
    "fr": {
        "CD": "'congolais' names both Congos",
        "CG": "'congolais' names both Congos",
    },
    "ar": {
        "CD": "كونغولي names both Congos",
        "CG": "كونغولي names both Congos",
        "ML": "مالي/مالية/ماليون also mean 'financial'",
        "KM": "قمري also means 'lunar'",
        "PG": "بابوي also means 'papal'",
        "SB": "no demonym in use (سليماني is a name)",
        "CF": "no demonym in use",
        "AG": "no demonym in use",
        "KN": "no demonym in use",
        "LC": "no demonym in use",
        "VC": "no demonym in use",
        "CV": "no demonym in use",
        "ST": "no demonym in use",
        "BN": "no demonym in use",
        "MC": "no demonym in use",
        "SM": "no demonym in use",
        "VU": "no demonym in use",
    },
}

# English demonyms that are one invariable word (adjective = singular noun = plural noun): one form suffices.
EN_INVARIANT = frozenset(
    [
        "BJ",
        "BT",
        "CH",
        "CN",
        "GA",
        "GY",
        "JP",
        "KI",
        "LB",
        "MH",
        "MM",
        "MT",
        "PT",
        "SC",
        "SD",
        "SN",
        "SS",
        "TG",
        "VN",
    ]
)

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def norm(lang: str, surface: str) -> str:
    """The comparison key: the Arabic loader's normalisation for ar, casefold for en/fr."""
    if lang == "ar":
        s = _AR_DIACRITICS.sub("", unicodedata.normalize("NFC", surface))
        for src, dst in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي")):
            s = s.replace(src, dst)
        return s
    return surface.casefold()


def _cldr(lang: str) -> dict[str, str]:
    names: dict[str, str] = json.loads(
        (PACKS / lang / "countries.json").read_text("utf-8")
    )["names"]
    return names


@pytest.fixture(scope="module")
def gazetteers() -> dict[str, dict[str, Any]]:
    return {
        lang: tomllib.loads((PACKS / lang / "gazetteer.toml").read_text("utf-8"))
        for lang in LANGS
    }


def test_tables_and_keys(gazetteers: dict[str, dict[str, Any]]) -> None:
    codes = set(_cldr("en").values())
    assert "EU" in codes and "XK" in codes
    for lang, doc in gazetteers.items():
        assert set(TABLES) <= set(doc) <= set(TABLES + SPARSE), lang
        for table in SPARSE:
            keys = list(doc.get(table, {}))
            assert keys == sorted(keys) and set(keys) <= codes, (lang, table)
            assert all(isinstance(w, list) and w and all(isinstance(x, str) and x.strip() == x and x for x in w) for w in doc.get(table, {}).values())
        for table in TABLES:
            keys = list(doc[table])
            assert keys == sorted(keys), f"{lang} [{table}] keys are not sorted"
            assert set(keys) == codes, f"{lang} [{table}]: {sorted(set(keys) ^ codes)}"
            for code, surfaces in doc[table].items():
                assert isinstance(surfaces, list), (lang, table, code)
                assert all(
                    isinstance(s, str) and s == s.strip() and s for s in surfaces
                ), (lang, table, code)


def test_no_surface_names_two_codes(gazetteers: dict[str, dict[str, Any]]) -> None:
    for lang, doc in gazetteers.items():
        # en matching is case-sensitive; fr/ar are compared on their normalised key.
        key = (lambda s: s) if lang == "en" else (lambda s, lang=lang: norm(lang, s))
        owner: dict[str, str] = {key(name): code for name, code in _cldr(lang).items()}
        clashes = []
        for table in TABLES:
            for code, surfaces in doc[table].items():
                for s in surfaces:
                    k = key(s)
                    if owner.setdefault(k, code) != code:
                        clashes.append((s, owner[k], code))
        assert not clashes, f"{lang}: {clashes}"


def test_aliases_do_not_repeat_cldr(gazetteers: dict[str, dict[str, Any]]) -> None:
    for lang, doc in gazetteers.items():
        cldr = {norm(lang, name) for name in _cldr(lang)}
        repeated = [
            (code, a)
            for code, aliases in doc["aliases"].items()
            for a in aliases
            if norm(lang, a) in cldr
        ]
        assert not repeated, f"{lang}: {repeated}"


def test_arabic_forms_have_no_article_prefix(
    gazetteers: dict[str, dict[str, Any]],
) -> None:
    bad = [
        s
        for surfaces in gazetteers["ar"]["demonyms"].values()
        for s in surfaces
        if s.startswith("ال")
    ]
    assert not bad


def test_un_members_and_eu_have_demonyms(gazetteers: dict[str, dict[str, Any]]) -> None:
    assert len(UN_MEMBERS) == 193
    for lang, doc in gazetteers.items():
        exceptions = DEMONYM_EXCEPTIONS[lang]
        missing = sorted(
            code
            for code in UN_MEMBERS | {"EU"}
            if code not in exceptions
            and len({norm(lang, s) for s in doc["demonyms"][code]})
            < (1 if lang == "en" and code in EN_INVARIANT else 2)
        )
        assert not missing, f"{lang}: no demonyms for {missing}"
        stale = sorted(code for code in exceptions if len(doc["demonyms"][code]) >= 2)
        assert not stale, f"{lang}: listed as exceptions but now covered: {stale}"
        assert "EU" not in exceptions or lang == "en"


@pytest.mark.parametrize(
    ("lang", "code", "surface"),
    [
        ("fr", "GE", "Géorgiennes"),
        ("fr", "KZ", "kazakhe"),
        ("fr", "RU", "Russes"),
        ("fr", "GB", "britannique"),
        ("fr", "NL", "néerlandaises"),
        ("fr", "AE", "émirienne"),
        ("fr", "US", "Américains"),
        ("fr", "EU", "Européens"),
        ("en", "RU", "Russians"),
        ("en", "KZ", "Kazakhstanis"),
        ("en", "GB", "Britons"),
        ("en", "FR", "Frenchwomen"),
        ("en", "NL", "Dutch"),
        ("en", "AE", "Emiratis"),
        ("ar", "RU", "روس"),
        ("ar", "RU", "روسيتان"),
        ("ar", "GE", "جورجيين"),
        ("ar", "KZ", "كازاخ"),
        ("ar", "US", "أميركي"),
        ("ar", "EU", "أوروبيون"),
    ],
)
def test_sample_demonyms(
    gazetteers: dict[str, dict[str, Any]], lang: str, code: str, surface: str
) -> None:
    assert surface in gazetteers[lang]["demonyms"][code]


@pytest.mark.parametrize(
    ("lang", "code", "surface"),
    [
        ("en", "GB", "UK"),
        ("en", "US", "U.S."),
        ("en", "TR", "Turkey"),
        ("en", "CD", "DRC"),
        ("en", "MM", "Burma"),
        ("fr", "GB", "Grande-Bretagne"),
        ("fr", "CD", "RDC"),
        ("fr", "MM", "Birmanie"),
        ("ar", "US", "أمريكا"),
        ("ar", "GB", "بريطانيا"),
        ("ar", "SA", "السعودية"),
        ("ar", "AE", "الإمارات"),
        ("ar", "CD", "الكونغو الديمقراطية"),
    ],
)
def test_sample_aliases(
    gazetteers: dict[str, dict[str, Any]], lang: str, code: str, surface: str
) -> None:
    assert surface in gazetteers[lang]["aliases"][code]
