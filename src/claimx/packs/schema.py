"""The typed schema of a language pack: one frozen dataclass per section of ``pack.toml``.

:func:`read_pack` checks a parsed pack against it and returns a :class:`PackData`, or raises
:class:`~claimx.errors.PackError` naming the key that is wrong (``fr: numbers.scales: expected a
table``). Surfaces are kept as the pack spells them; :class:`claimx.packs.Pack` normalises them.
Lists become tuples and numbers :class:`~decimal.Decimal` (read from their TOML text, so ``1.5``
stays exactly 1.5).

A key the schema does not declare is not an error at load time (a pack can be ahead of its code);
``tests/test_packs.py`` lists them with :func:`undeclared_keys`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, get_args, get_origin, get_type_hints

from claimx.errors import PackError

Words = tuple[str, ...]
Numbers = Mapping[str, Decimal]
Ranks = Mapping[str, int]
Groups = Mapping[str, Words]


@dataclass(frozen=True)
class Meta:
    code: str
    name: str
    script: str


@dataclass(frozen=True)
class Detect:
    stopwords: Words


@dataclass(frozen=True)
class Digits:
    decimal: Words
    group: Words
    prefixes: Words
    years_ungrouped: bool
    year_counted_endings: Words
    plural_endings: Words
    year_nouns: Words
    ordinal_suffixes: Words
    label_before: Words
    label_modifiers: int
    label_uncounted: Words
    label_ranges: Words
    letter_names: Words
    glued_script: str
    reversed_groups: bool
    dash_sections: bool
    dot_groups: bool


@dataclass(frozen=True)
class NumberWords:
    connectors: Words
    bound_scales: Words
    approximate: Words
    partitive_scales: Words
    number_clitics: Words
    not_words: Words
    word_prefixes: Words
    unit_links: Words
    dual_suffixes: Words
    dual_not: Words
    hyphen_nouns: Words
    dual_definite: Words
    dual_describe: Words
    dual_masculine: Words
    dual_masculine_suffixes: Words
    dual_verbs: Words
    dual_after_bound: Words
    ordinal_words: Words
    coordinators: Words
    alternatives: Words
    words: Numbers
    hundreds: Numbers
    scales: Numbers
    duals: Numbers
    after_noun: Numbers
    after_noun_ranks: Words
    after_noun_forward: Words
    partitive_one: Words
    after_noun_tens: Numbers
    after_noun_possessives: Words
    one_after_unit: Words
    one_unit_before: Words
    one_unit_after: Words
    one_duration_before: Words
    shared_noun: Words
    year_elided: Words
    compared: Words
    and_half: Words
    weak: Numbers
    currency_scales: Numbers
    times: Numbers


@dataclass(frozen=True)
class Qualifiers:
    before: Groups
    after: Groups


@dataclass(frozen=True)
class Ranges:
    pairs: tuple[tuple[str, str], ...]
    bare: Words


@dataclass(frozen=True)
class Age:
    before: Words
    before_years: Words
    before_years_not: Words
    after: Words
    units: Words
    bare_apposition: bool
    link_before: Words
    not_after: Words
    amount_words: Words
    bounds: Words
    persons: Words
    ordinal_before: Words
    ordinal_teen: Words
    ordinals: Ranks


@dataclass(frozen=True)
class Context:
    counted_skip: Words
    definite: Words
    definite_modifiers: Words
    time_before: Words
    time_before_not: Words
    time_after: Words
    measured_after: Words
    measured_before: Words
    placing_after_claim: Words
    spans: Words
    clock_after: Words
    clock_before: Words
    clock_words: Words
    bare_clock: bool
    year_before: Words
    year_after: Words
    label_after: Words
    day_of_month_after: Words
    time_adjectives: Words
    negative: Words
    partitive: Words
    partitive_openers: Words
    periods: Words
    list_before: Words
    idioms: Words
    superlatives: Words
    mass_words: Words
    magnitude_before: Words
    race_before: Words
    race_after: Words
    score_nouns: Words
    score_before: Words
    rate_before: Words
    score_words: Words
    million_glued: Words
    bare_currencies: Words
    metres_after: Words
    mass_units: Mapping[str, str]
    per_time: Numbers


@dataclass(frozen=True)
class Time:
    months_case_sensitive: bool
    relations: Groups
    today: Words
    yesterday: Words
    last_week: Words
    this_week: Words
    last_month: Words
    this_month: Words
    last_year: Words
    this_year: Words
    next_week: Words
    next_month: Words
    next_year: Words
    weekend: Words
    so_far: Words
    end_of_year: Words
    last_quarter: Words
    previous_quarter: Words
    week_to: Words
    ago_before: Words
    ago_after: Words
    past_before: Words
    past_after: Words
    within: Words
    clause_breaks: Words
    detached_breaks: Words
    temporal_breaks: Words
    continuation: Words
    published_markers: Words
    date_links: Words
    from_words: Words
    until_days_only: Words
    since_event: Words
    reporting_verbs: Words
    baseline_before: Words
    document_before: Words
    document_after: Words
    continuation_inside: Words
    unresolved_periods: Words
    seasons: Words
    decade_before: Words
    decade_after: Words
    year_to: Words
    lasting_counted: Words
    year_names: Words
    period_not_after: Words
    months: Ranks
    weekdays: Ranks
    dual_durations: Numbers
    quarters: Ranks
    hijri_months: Ranks


@dataclass(frozen=True)
class Sentences:
    abbreviations: Words


@dataclass(frozen=True)
class Events:
    clitics: Words
    kinds: Groups


@dataclass(frozen=True)
class Entities:
    names_case_sensitive: bool
    demonyms_case_sensitive: bool
    prefixes: Words
    articles: Words
    country_anaphors: Words
    possessive: Words
    links: Words
    coordinators: Words
    coordinator_attached: bool
    ministry: Words
    minister: Words
    location_before: Words
    subject_links: Words
    portfolios: Groups
    titles: Groups
    organizations: Groups


@dataclass(frozen=True)
class Attribution:
    verbs: Words
    weak_verbs: Words
    before: Words
    stops: Words
    continuation: Words
    adverbs: Words
    openers: Words
    pronouns: Words
    skip_after_verb: Words
    verb_not_before: Words
    subject_not_first: Words
    subject_not_last: Words


@dataclass(frozen=True)
class Changes:
    """Words of change (``quantity.change``): directions before and after a number, links, "to" and
    "from" words, and whether the verb may stand before its subject (VSO)."""

    verb_first: bool
    either: Words
    up: Words
    down: Words
    after_up: Words
    after_down: Words
    links: Words
    to: Words
    # "from" is a Python keyword: the pack key is read through ``from_``
    from_: Words


@dataclass(frozen=True)
class Fractions:
    """Fractions, shares and multipliers; values are exact ratios written as text ("1/3")."""

    of: Words
    not_before: Words
    not_after: Words
    whole_before: Words
    rest: Words
    fold: Words
    fold_less: Words
    fold_after_change: Words
    fold_by: Words
    times_before: Words
    one_in: Words
    compared: Words
    one_in_every: Words
    ratio_words: Words
    words: Mapping[str, str]
    shares: Mapping[str, str]
    up: Mapping[str, str]
    down: Mapping[str, str]
    plain: Mapping[str, str]


@dataclass(frozen=True)
class PackData:
    """Every section of a pack; ``vague`` (surface → least value) and ``units`` (canonical unit →
    surface → factor) are tables keyed by the pack's own words."""

    meta: Meta
    detect: Detect
    digits: Digits
    numbers: NumberWords
    vague: Numbers
    qualifiers: Qualifiers
    ranges: Ranges
    changes: Changes
    fractions: Fractions
    units: Mapping[str, Numbers]
    age: Age
    context: Context
    time: Time
    sentences: Sentences
    events: Events
    entities: Entities
    attribution: Attribution


class _Bad(Exception):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")


def _read(value: Any, tp: Any, where: str) -> Any:
    """``value`` checked against the type ``tp`` and converted to it."""
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise _Bad(where, "expected a table")
        make: Any = tp  # a dataclass type (is_dataclass() also admits instances)
        hints = _hints(make)
        out = {}
        for f in dataclasses.fields(tp):
            name = f.name.rstrip("_")  # a key that is a Python keyword ("from") is declared as "from_"
            key = f"{where}.{name}" if where else name
            if name not in value:
                raise _Bad(key, "missing")
            out[f.name] = _read(value[name], hints[f.name], key)
        return make(**out)
    origin, args = get_origin(tp), get_args(tp)
    if origin is Mapping:
        if not isinstance(value, dict):
            raise _Bad(where, "expected a table")
        return {k: _read(v, args[1], f"{where}.{k}") for k, v in value.items()}
    if origin is tuple:
        if not isinstance(value, list):
            raise _Bad(where, "expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_read(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise _Bad(where, f"expected a list of {len(args)}")
        return tuple(_read(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(value, args)))
    if tp is bool:
        if not isinstance(value, bool):
            raise _Bad(where, "expected true or false")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _Bad(where, "expected a string")
        return value
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Bad(where, "expected an integer")
        return value
    if tp is Decimal:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _Bad(where, "expected a number")
        return Decimal(str(value))
    raise TypeError(f"no reader for {tp!r}")  # a schema bug, not a pack error


@lru_cache(maxsize=None)
def _hints(tp: Any) -> dict[str, Any]:
    """The field types of a section (resolved once: each pack reads every section)."""
    return get_type_hints(tp)


def read_pack(code: str, data: Mapping[str, Any]) -> PackData:
    """``data`` (a parsed ``pack.toml``) as a :class:`PackData`; :class:`PackError` names the bad key."""
    try:
        pack: PackData = _read(dict(data), PackData, "")
    except _Bad as exc:
        raise PackError(f"{code}: {exc}") from None
    return pack


def undeclared_keys(data: Mapping[str, Any], tp: Any = PackData, where: str = "") -> list[str]:
    """Dotted keys of ``data`` that the schema does not declare, in pack order."""
    hints = {name.rstrip("_"): hint for name, hint in get_type_hints(tp).items()}
    out = []
    for k, v in data.items():
        key = f"{where}.{k}" if where else k
        if k not in hints:
            out.append(key)
        elif dataclasses.is_dataclass(hints[k]) and isinstance(v, dict):
            out += undeclared_keys(v, hints[k], key)
    return out
