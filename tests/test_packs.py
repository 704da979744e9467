"""Every pack has the same keys; gaps are explicit; surfaces and canonical names are valid."""

from __future__ import annotations

import json

from importlib import resources
from typing import Any

import pytest
import regex
import tomllib

from claimx.normalize import norm_key
from claimx.errors import PackError
from claimx.packs import QUALIFIERS, Pack, available_languages, load_pack
from claimx.packs.parsed import PACKS, _typed, parse, read_toml, render, stale
from claimx.packs.schema import read_pack, undeclared_keys

LANGS = ["ar", "en", "fr"]
# Intended gaps: (lang, dotted key) whose list or table is empty on purpose.
KNOWN_GAPS = {
    ("ar", "context.partitive_openers"),  # Arabic repeats the noun ("في ستة بلدان من أصل تسعة")
    ("en", "numbers.after_noun_forward"),  # the number comes before its noun: "the following three"
    ("fr", "numbers.after_noun_forward"),
    ("ar", "digits.plural_endings"),  # no capitals: no model name to tell from a count
    ("en", "digits.letter_names"),  # Latin letters are written as letters: "H1N1"
    ("fr", "digits.letter_names"),
    ("en", "age.before_years_not"),  # no word of before_years to veto
    ("ar", "age.before_years_not"),
    ("fr", "numbers.times"),  # French writes "deux fois", a number and its noun
    ("fr", "numbers.partitive_scales"),  # "une vingtaine" is a number on its own too
    ("ar", "numbers.partitive_scales"),
    ("en", "numbers.dual_after_bound"),  # only Arabic has a dual
    ("fr", "numbers.dual_after_bound"),
    ("en", "numbers.after_noun_tens"),  # only Arabic writes a cardinal after its noun
    ("fr", "numbers.after_noun_tens"),
    ("en", "age.before_years"),  # only French says an age with a possessive ("avant leurs 18 ans")
    ("ar", "age.before_years"),
    ("en", "age.ordinal_before"),  # only Arabic writes an age as an ordinal ("سن الخامسة")
    ("fr", "age.ordinal_before"),
    ("en", "age.ordinal_teen"),
    ("fr", "age.ordinal_teen"),
    ("en", "age.ordinals"),
    ("fr", "age.ordinals"),
    ("ar", "context.definite_modifiers"),  # the Arabic article is glued; modifiers follow the noun
    ("fr", "context.definite_modifiers"),  # French puts them after the number ("ces deux derniers pays")
    ("ar", "digits.ordinal_suffixes"),  # Arabic ordinals are words, never digit suffixes
    ("en", "digits.prefixes"),
    ("en", "numbers.dual_suffixes"),  # only Arabic has a dual
    ("en", "numbers.dual_not"),
    ("en", "numbers.dual_definite"),
    ("en", "numbers.dual_describe"),
    ("en", "numbers.dual_masculine"),
    ("fr", "numbers.dual_masculine"),  # only Arabic has a dual
    ("en", "numbers.dual_masculine_suffixes"),
    ("en", "numbers.dual_verbs"),
    ("fr", "numbers.dual_verbs"),
    ("en", "numbers.after_noun_possessives"),
    ("fr", "numbers.after_noun_possessives"),  # only Arabic writes a cardinal after its noun
    ("en", "digits.year_counted_endings"),  # English groups counts from 1,000: a bare four-digit number is a year
    ("ar", "digits.year_counted_endings"),  # Arabic counts from 11 take a singular noun
    ("fr", "numbers.dual_masculine_suffixes"),
    ("fr", "numbers.dual_definite"),
    ("fr", "numbers.dual_describe"),
    ("fr", "numbers.dual_suffixes"),
    ("ar", "changes.after_up"),  # Arabic puts the noun of change before the number (ارتفاعا بنسبة)
    ("ar", "changes.after_down"),
    ("fr", "numbers.dual_not"),
    ("fr", "digits.prefixes"),  # only Arabic glues clitics to numbers
    ("en", "numbers.duals"),
    ("fr", "numbers.duals"),  # only Arabic has dual number words
    ("en", "numbers.after_noun"),
    ("fr", "numbers.after_noun"),  # only Arabic writes a cardinal after its noun ("الدول الخمس")
    ("en", "numbers.after_noun_ranks"),
    ("fr", "numbers.after_noun_ranks"),
    ("en", "context.time_before_not"),
    ("en", "numbers.one_after_unit"),
    ("fr", "numbers.one_unit_after"),  # only English writes "year-long" for one year
    ("en", "numbers.one_unit_before"),
    ("en", "numbers.one_duration_before"),
    ("ar", "numbers.one_duration_before"),  # only French writes one year with an article after "pour" ("pour un an")
    ("fr", "numbers.one_unit_before"),  # "لمدة عام": only Arabic writes one year as the bare unit after "for"
    ("fr", "numbers.one_after_unit"),  # "سنة واحدة": only Arabic writes "one" after the unit noun
    ("ar", "numbers.hyphen_nouns"),
    ("fr", "context.measured_after"),
    ("ar", "context.measured_after"),  # only English measures a noun with a possessive duration
    ("fr", "numbers.hyphen_nouns"),  # only English joins the counted noun by a hyphen ("a four-pack restriction")
    ("fr", "age.amount_words"),  # "البالغ": only the Arabic age word also says "amounting to"
    ("fr", "context.time_before_not"),  # "على بعد": only the Arabic "after" word also says "at a distance"
    ("en", "numbers.word_prefixes"),
    ("ar", "numbers.approximate"),  # round approximate scales: French "une quarantaine de", English "a couple of"
    ("en", "numbers.number_clitics"),
    ("en", "numbers.not_words"),
    ("ar", "attribution.verb_not_before"),
    ("fr", "numbers.number_clitics"),
    ("fr", "numbers.word_prefixes"),
    ("ar", "age.after"),
    ("fr", "age.after"),  # "24-year-old" has no French or Arabic equivalent
    ("ar", "age.link_before"),
    ("en", "age.link_before"),
    ("ar", "age.not_after"),
    ("en", "age.not_after"),
    *((lang, f"qualifiers.after.{q}") for lang in LANGS for q in ("more_than", "less_than")),
    ("en", "time.dual_durations"),
    ("fr", "time.dual_durations"),  # "يومين" (two days) is a dual: only Arabic has them
    ("en", "time.ago_before"),  # English puts "ago" after the duration
    ("ar", "time.ago_after"),  # Arabic puts "قبل" before it
    ("en", "time.past_after"),
    ("en", "events.clitics"),
    ("fr", "events.clitics"),  # only Arabic glues prefixes (و، ب، ال) to event verbs and nouns
    ("ar", "time.document_after"),
    ("fr", "time.document_after"),  # only English puts a date before the document it names ("the Sept. 21 decree")
    ("ar", "time.until_days_only"),
    ("en", "time.until_days_only"),  # French "au" is "as of" before a day and "in" before a period
    ("ar", "time.period_not_after"),
    ("fr", "time.period_not_after"),  # "the last year of…": the article makes the English period an ordinal
    ("ar", "context.mass_units"),  # Arabic has no unit word shared with a currency (رطل is only a mass)
    ("ar", "context.million_glued"),
    ("fr", "context.million_glued"),  # only English glues "m" for million to digits ("1.5m customers")
    ("ar", "context.metres_after"),
    ("en", "time.decade_before"),  # English writes "the 1920s", French "les années 1920"
    ("fr", "time.decade_after"),
    ("fr", "context.metres_after"),
    ("ar", "context.time_adjectives"),  # Arabic puts "الماضية" after the unit
    ("en", "fractions.whole_before"),
    ("en", "fractions.fold_by"),
    ("fr", "fractions.fold_by"),  # "بمقدار 1.4 مرة": English and French write the multiplier word after ("1.4 times")
    ("ar", "fractions.whole_before"),  # French "dont la moitié": the others name the whole after the fraction
    ("en", "entities.prefixes"),
    ("fr", "entities.prefixes"),  # only Arabic glues the article and clitics to names
    ("en", "entities.articles"),
    ("fr", "entities.articles"),
    ("ar", "entities.possessive"),
    ("fr", "entities.possessive"),  # "Kazakhstan's": only English has a possessive suffix
}
SCHEMA_UNIT = regex.compile(
    json.loads(resources.files("claimx.schema").joinpath("claimx-1.schema.json").read_text("utf-8"))["properties"][
        "quantity"
    ]["properties"]["unit"]["pattern"]
)


def raw(lang: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("claimx.packs").joinpath(lang, "pack.toml").read_text("utf-8"))


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        surface_tables = ("units", "vague", "months", "weekdays", "hijri_months", "dual_durations", "quarters", "mass_units", "per_time", "ordinals")
        if isinstance(v, dict) and k not in surface_tables and not prefix.startswith(("numbers", "fractions")):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


def test_shipped_languages() -> None:
    assert list(available_languages()) == LANGS


def test_same_keys_in_every_pack() -> None:
    keys = {lang: set(flatten(raw(lang))) for lang in LANGS}
    assert keys["ar"] == keys["en"] == keys["fr"], {l: keys[l] ^ keys["en"] for l in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_gaps_are_explicit(lang: str) -> None:
    empty = {k for k, v in flatten(raw(lang)).items() if isinstance(v, (list, dict)) and not v}
    assert empty == {k for l, k in KNOWN_GAPS if l == lang}


def test_same_canonical_units_in_every_pack() -> None:
    units = {lang: set(raw(lang)["units"]) for lang in LANGS}
    assert units["ar"] == units["en"] == units["fr"]
    for u in units["en"]:
        assert SCHEMA_UNIT.match(u), u


@pytest.mark.parametrize("lang", LANGS)
def test_qualifiers_and_surfaces_are_valid(lang: str) -> None:
    data = raw(lang)
    for where in ("before", "after"):
        assert set(data["qualifiers"][where]) <= set(QUALIFIERS)
    pack = load_pack(lang)
    for table in (data["numbers"]["words"], data["vague"], *data["units"].values()):
        for surface in table:
            assert norm_key(surface), (lang, surface)
    # A surface the loader folds onto another one must not change meaning.
    seen: dict[str, str] = {}
    for canonical, table in data["units"].items():
        for surface in table:
            key = norm_key(surface)
            assert seen.setdefault(key, canonical) == canonical or pack.units[key].canonical == seen[key], (lang, surface)


@pytest.mark.parametrize("lang", LANGS)
def test_no_presentation_forms_or_tatweel_in_packs(lang: str) -> None:
    text = resources.files("claimx.packs").joinpath(lang, "pack.toml").read_text("utf-8")
    assert not regex.search(r"[\uFB50-\uFDFF\uFE70-\uFEFF\u0640]", text)


# -- the typed schema (claimx.packs.schema), run on what ships and on broken copies ---------------
_MISSING = object()
BAD_PACKS = [
    ("numbers.scales", [1], "fr: numbers.scales: expected a table"),
    ("time.months_case_sensitive", "yes", "fr: time.months_case_sensitive: expected true or false"),
    ("units.percent.%", "one", "fr: units.percent.%: expected a number"),
    ("ranges.pairs", [["entre"]], "fr: ranges.pairs[0]: expected a list of 2"),
    ("context.definite", "les", "fr: context.definite: expected a list"),
    ("detect.stopwords", ["le", 3], "fr: detect.stopwords[1]: expected a string"),
    ("time.months.janvier", 1.5, "fr: time.months.janvier: expected an integer"),
    ("age.before", _MISSING, "fr: age.before: missing"),
    ("entities", _MISSING, "fr: entities: missing"),
]


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_packs_fit_the_schema(lang: str) -> None:
    data = raw(lang)
    spec = read_pack(lang, data)
    assert spec.meta.code == lang
    assert undeclared_keys(data) == []  # a new key needs its field in claimx/packs/schema.py


@pytest.mark.parametrize("key, value, message", BAD_PACKS, ids=[k for k, _, _ in BAD_PACKS])
def test_a_bad_pack_names_its_key(key: str, value: object, message: str) -> None:
    data = raw("fr")
    *path, last = key.split(".")
    table = data
    for k in path:
        table = table[k]
    if value is _MISSING:
        del table[last]
    else:
        table[last] = value
    with pytest.raises(PackError, match="^" + regex.escape(message) + "$"):
        Pack("fr", data)


# -- the TOML files parsed ahead (claimx.packs.parsed) -----------------------------------------


def test_every_toml_file_has_its_current_json() -> None:
    """Each ``<name>.parsed.json`` is what ``scripts/build_parsed.py`` writes for its TOML now."""
    assert stale() == [], "run python scripts/build_parsed.py"
    assert len(list(PACKS.glob("*/*.parsed.json"))) == len(list(PACKS.glob("*/*.toml"))) == 2 * len(LANGS)


@pytest.mark.parametrize("name", ["pack", "gazetteer"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_toml_file_reads_as_tomllib_parses_it(lang: str, name: str) -> None:
    raw_bytes = (PACKS / lang / f"{name}.toml").read_bytes()
    read = read_toml(f"{lang}/{name}.toml")
    assert _typed(read) == _typed(tomllib.loads(raw_bytes.decode("utf-8")))


def test_the_json_is_read_only_while_it_is_the_tomls() -> None:
    """The JSON's data stands for the TOML only with the TOML's digest: an edited pack is parsed."""
    raw_bytes = (PACKS / "fr" / "pack.toml").read_bytes()
    ahead = (PACKS / "fr" / "pack.parsed.json").read_bytes()
    assert parse(raw_bytes, ahead) == json.loads(ahead)["data"]
    edited = raw_bytes.replace(b'name = "French"', b'name = "Francais"')
    assert edited != raw_bytes
    assert parse(edited, ahead)["meta"]["name"] == "Francais"
    marked = ahead.replace(b'"name":"French"', b'"name":"from the JSON"')
    assert parse(raw_bytes, marked)["meta"]["name"] == "from the JSON"  # read, not parsed
    assert parse(raw_bytes, None) == parse(raw_bytes, b"not json") == tomllib.loads(raw_bytes.decode("utf-8"))


def test_what_json_cannot_give_back_is_not_shipped() -> None:
    with pytest.raises(ValueError, match="date"):
        render(b"when = 2024-03-14\n")
