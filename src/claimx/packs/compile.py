"""A pack's data compiled for the stages, one function per stage.

:class:`PackTables` declares every table and regex a :class:`~claimx.packs.Pack` carries;
:func:`compile_pack` fills them from the pack's data: first the word tables (:func:`read_tables`),
then each stage's regexes (numbers, fractions, changes, context, labels, units, qualifiers and
ranges, age, dates, events). Surfaces are normalised with :func:`claimx.normalize.norm_key`.
A word list before a number, after one or anywhere is built by :mod:`claimx.packs.patterns`
(:func:`~claimx.packs.patterns.words_before`, :func:`~claimx.packs.patterns.words_after`,
:func:`~claimx.packs.patterns.word_at`); the clitics put before a word come from the pack's one
clitic table (:class:`~claimx.packs.build.Clitics`, ``pack.clitic_table``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from claimx import programs
from claimx.errors import PackError
from claimx.normalize import norm_key
from claimx.packs.build import (
    NUMBER_KINDS,
    QUALIFIERS,
    Clitics,
    Unit,
    _dual_forms,
    _event_surface,
    _keys,
    _num,
    _ratio,
)
from claimx.packs.patterns import (
    B, E, END_LETTERS, FLAGS, EndPattern, Pattern, QuickTest, StartsTest, alternation, caseless, ending_test,
    holding_test, lazy, opening_branches, optional, share_end_tests, share_start_tests, starting_with, starts_test, tried_at, word_at, word_pattern, words_after, words_before,
)

if TYPE_CHECKING:
    from claimx.packs import Pack

# A date of digits: day, month and year with one separator used twice ("21/09/2022", "4.8.13",
# "2022-09-21"); "4.8-13" is a range of decimals, not the 4th of August.
_NUMERIC_DATE = (
    r"(?<!\d)\d{1,2}(?P<dsep>[/.-])\d{1,2}(?P=dsep)(?:\d{4}|\d{2})(?![\d])"
    r"|(?<!\d)\d{4}(?P<ysep>[/-])\d{1,2}(?P=ysep)\d{1,2}(?!\d)"
)


# A short joining word or a dash between two times of day ("et", "à", "and", "to", "و", "-").
_CLOCK_JOIN = r"[ \t]*(?:[\p{L}'’]{1,4}[ \t]+|[-–][ \t]*)"


class WordTables:
    """The word tables compiled from a pack (filled by ``read_tables``), the first part of
    :class:`PackTables`."""

    decimal: tuple[str, ...]
    group: tuple[str, ...]
    bound_scales: frozenset[str]
    times_words: dict[str, Decimal]
    shared_next_re: Pattern | None
    shared_before_re: Pattern | None
    times_word_re: Pattern | None
    times_word_test: QuickTest | None
    approximate: frozenset[str]
    partitive_scales: frozenset[str]
    counted_skip: frozenset[str]
    definite: frozenset[str]
    year_before: frozenset[str]
    label_before: frozenset[str]
    dual_definite: tuple[str, ...]
    age_units: frozenset[str]
    age_bounds: frozenset[str]
    age_apposition: bool
    age_not_after: frozenset[str]
    age_ordinals: dict[str, int]
    fold_less: frozenset[str]
    years_ungrouped: bool
    year_counted_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    year_nouns: frozenset[str]
    demonym_words: frozenset[str]
    dash_sections: bool
    abbreviations: frozenset[str]
    clitic_table: Clitics
    word_clitics: tuple[str, ...]
    connector_words: frozenset[str]
    ordinal_words: frozenset[str]
    coordinators: frozenset[str]
    alternatives: frozenset[str]
    letter_names: frozenset[str]
    dual_not: frozenset[str]
    dual_not_endings: tuple[str, ...]
    dual_durations: dict[str, Decimal]
    dual_re: Pattern | None
    dual_by_word: bool  # every match of dual_re is a whole word of letters (patterns.finditer_words)
    qualified_dual_re: Pattern | None
    qualified_dual_test: QuickTest | None
    qualified_dual_hold: StartsTest | None  # searched before qualified_dual_re, after qualified_dual_test
    # The quick tests run before a whole paragraph is searched for a word list (holding_test).
    dual_test: QuickTest | None
    after_noun_test: QuickTest | None
    one_after_unit_test: QuickTest | None
    one_unit_test: QuickTest | None
    and_half_test: QuickTest | None
    fraction_test: QuickTest | None
    multiplier_test: QuickTest | None
    times_test: QuickTest | None
    fold_test: QuickTest | None
    one_in_test: QuickTest | None
    clitics: tuple[str, ...]
    qualifier_or_opener: frozenset[str]
    event_kinds: dict[str, tuple[str, ...]]
    dual_ends: tuple[str, ...]  # every ending of a dual, feminine and masculine (an adjective agrees with one)
    dual_verbs: tuple[tuple[str, str], ...]  # (prefix, ending) of a verb in the dual


class PackTables(WordTables):
    """The tables and regexes compiled from a pack (filled by :func:`compile_pack`)."""

    # -- numbers --------------------------------------------------------------------------------
    dual_describe_re: EndPattern | None
    after_noun: dict[str, Decimal]
    after_noun_ranks: frozenset[str]
    after_noun_forward: frozenset[str]
    partitive_one_re: Pattern | None
    after_noun_tens: dict[str, Decimal]
    after_noun_possessives: tuple[str, ...]
    one_after_unit_re: Pattern | None
    one_unit_re: Pattern | None
    one_unit_hold: QuickTest | None  # searched before one_unit_re, after one_unit_test
    year_elided_re: Pattern | None
    one_duration_before: frozenset[str]
    compared: frozenset[str]
    and_half_re: Pattern | None
    after_noun_re: Pattern | None
    after_noun_tens_re: Pattern | None
    number_words: str
    word_item_re: Pattern
    reversed_groups: bool
    dot_groups: bool
    glued_letter_re: Pattern | None
    candidates: Pattern
    candidate_starts: QuickTest  # where a candidate may start (starts_test)
    # the candidates' digits branch alone, in re: a candidate among ASCII digits, commas, blanks (plain.bare_run)
    digit_candidates: re.Pattern[str]
    link_re: Pattern | None
    scale_re: Pattern
    currency_scale_re: Pattern
    digit_prefix_re: EndPattern | None
    word_re: Pattern
    hyphen_noun_re: Pattern | None
    hyphen_nouns_not: frozenset[str]
    hyphen_noun_endings_not: tuple[str, ...]
    ordinal_re: Pattern | None
    # -- fractions and multipliers --------------------------------------------------------------
    fraction_words: dict[str, Decimal]
    fraction_shares: dict[str, Decimal]
    fraction_not_before: frozenset[str]
    fraction_not_after: frozenset[str]
    fraction_whole_before: frozenset[str]
    fraction_rest_re: Pattern | None
    fraction_any_of: bool
    multipliers: dict[str, tuple[Decimal, str | None]]
    fraction_re: Pattern
    multiplier_re: Pattern
    fraction_of_re: Pattern
    fold_re: Pattern
    one_in_re: Pattern
    one_noun_in_re: Pattern | None
    fold_changed_re: Pattern | None
    fold_low_re: Pattern
    fold_changed_test: QuickTest | None
    fold_by_re: EndPattern | None
    one_in_every: frozenset[str]
    one_every_test: QuickTest | None
    fraction_compared: frozenset[str]
    fraction_of_word_re: Pattern | None
    fold_word_re: Pattern
    one_in_word_re: Pattern
    one_in_word_test: QuickTest  # searched before one_in_word_re
    times_re: Pattern
    ratio_before_re: EndPattern
    ratio_after_re: Pattern
    # -- changes --------------------------------------------------------------------------------
    change_words: dict[str, str]
    change_links: frozenset[str]
    change_to: frozenset[str]
    change_from: frozenset[str]
    change_verb_first: bool
    change_word_re: Pattern
    change_word_test: QuickTest | None  # whether a paragraph, then the window before a number, may hold a word of change
    change_after: dict[str, str]
    change_after_re: Pattern | None
    # -- context around a number ----------------------------------------------------------------
    label_after_re: Pattern
    day_of_month_re: Pattern | None
    time_adjective_re: Pattern | None
    ago_after_re: Pattern | None
    periods: frozenset[str]
    glued_article_re: Pattern | None
    list_before_re: EndPattern | None
    idiom_re: Pattern | None
    idiom_end_re: EndPattern | None
    idiom_test: QuickTest | None
    superlative_re: Pattern | None
    ago_before_re: EndPattern | None
    year_after_re: Pattern
    negative_re: EndPattern | None
    partitive_re: Pattern
    partitive_opener_re: Pattern | None
    mass_words_re: Pattern
    magnitude_before_re: EndPattern
    race_before_re: EndPattern
    race_after_re: Pattern
    score_nouns: frozenset[str]
    score_before_re: EndPattern | None
    rate_before_re: EndPattern | None
    score_clitics: frozenset[str]
    score_word_re: Pattern | None
    metres_after_re: Pattern
    mass_units: dict[str, Decimal]
    per_time: dict[str, Decimal]
    per_time_re: Pattern
    million_glued: frozenset[str]
    bare_currency_re: EndPattern | None
    # -- labels, clocks, years ------------------------------------------------------------------
    counted_skip_re: Pattern | None
    time_before_re: EndPattern
    time_after_re: Pattern
    measured_after_re: Pattern | None
    measured_before_re: EndPattern | None
    placing_after_claim_re: EndPattern | None
    time_before_words: frozenset[str]
    spans: frozenset[str]
    clock_after_re: Pattern
    clock_before_re: EndPattern
    clock_word_after_re: Pattern | None
    bare_clock: bool
    clock_word_before_re: EndPattern | None
    definite_re: EndPattern | None
    definite_modified_re: EndPattern | None
    label_before_re: EndPattern
    label_range_re: EndPattern | None
    label_gap_re: EndPattern | None
    label_uncounted_re: EndPattern | None
    year_before_re: EndPattern
    # -- units ----------------------------------------------------------------------------------
    unit_re: Pattern
    currency_before_re: EndPattern
    currency_glued_re: EndPattern
    # -- qualifiers and ranges ------------------------------------------------------------------
    qual_before_re: EndPattern
    qual_after_re: Pattern
    opener_re: EndPattern
    date_joiner_re: Pattern
    joiner_re: Pattern
    # -- age ------------------------------------------------------------------------------------
    age_after_re: Pattern | None
    age_link_re: EndPattern | None
    age_before_re: EndPattern
    age_before_years_re: EndPattern | None
    age_amount_re: EndPattern | None
    age_ordinal_re: Pattern | None
    age_person_re: EndPattern | None
    age_ordinal_test: QuickTest | None
    # -- dates ----------------------------------------------------------------------------------
    hijri_re: Pattern
    hijri_test: QuickTest | None
    month_tail_re: Pattern
    month_tail_test: re.Pattern[str]  # run on the window reversed before month_tail_re (ending_test)
    month_test: QuickTest | None  # whether a paragraph may hold a month (DateScan)
    date_re: Pattern
    day_run_re: Pattern
    numeric_date_re: Pattern
    # -- events and clauses ---------------------------------------------------------------------
    event_of_group: dict[str, str]
    event_re: Pattern
    event_starts: StartsTest | None  # where a match of event_re may start (its surfaces' first letters)
    event_test: QuickTest | None  # whether a sentence may hold an event surface at all
    clause_break_re: Pattern


class _Affixes(NamedTuple):
    """Regex pieces several stages share."""

    prefixes: tuple[str, ...]  # word prefixes and number clitics (``Clitics.numbers``)
    pre: str  # an optional one of ``prefixes``
    clitics: tuple[str, ...]  # word prefixes and digit prefixes (``Clitics.digits``)
    cpre: str  # an optional one of ``clitics``
    connectors: list[str]
    conn: str  # an optional connector between number words
    word: str  # one number word (not a not-word), maybe with a prefix


def compile_pack(p: Pack) -> None:
    """Fill every table and regex of ``p`` from ``p.data``."""
    d = p.data
    read_tables(p, d)
    k = _affixes(p, d)
    compile_numbers(p, d, k)
    compile_fractions(p, d, k)
    compile_changes(p, d, k)
    compile_context(p, d, k)
    compile_units(p)
    compile_ranges(p, d, k)
    compile_age(p, d, k)
    compile_labels(p, d, k)
    compile_events(p, d)
    compile_dates(p, d, k)
    share_start_tests(vars(p).values())  # the words after a number: one test turns most positions away
    share_end_tests(vars(p).values())  # and the words before it


# -- word tables ---------------------------------------------------------------------------------
def read_tables(p: Pack, d: dict[str, Any]) -> None:
    """The word tables: every surface normalised, the first table listing a surface winning."""
    p.name = d["meta"]["name"]
    p.stopwords = frozenset(_keys(d["detect"]["stopwords"]))
    p.decimal = tuple(d["digits"]["decimal"])
    p.group = tuple(d["digits"]["group"])
    _number_tables(p, d["numbers"])
    p.vague = {norm_key(k): _num(v) for k, v in d["vague"].items()}
    _qualifier_tables(p, d)
    p.units = {}
    for canonical, table in d["units"].items():
        for surface, factor in table.items():
            p.units.setdefault(norm_key(surface), Unit(canonical, _num(factor)))
            if " " in surface and not canonical.startswith("currency:"):  # "a 2,000-square-metre lab"
                p.units.setdefault(norm_key(surface).replace(" ", "-"), Unit(canonical, _num(factor)))
    t = d["time"]
    p.months = {norm_key(k): v for k, v in t["months"].items()}
    p.weekdays = {norm_key(k): v for k, v in t["weekdays"].items()}
    ctx = d["context"]
    p.counted_skip = frozenset(_keys(ctx["counted_skip"]))
    p.definite = frozenset(_keys(ctx["definite"]))
    p.year_before = frozenset(_keys(ctx["year_before"]))
    p.label_before = frozenset(_keys(d["digits"]["label_before"]))
    p.dual_definite = tuple(_keys(d["numbers"]["dual_definite"]))
    dual_sfx = _keys(d["numbers"]["dual_suffixes"])
    if dual_sfx:  # "الجدولان 1 و 2", "جلستيها 21 و 27": a label word in the dual labels two numbers
        p.label_before = p.label_before | frozenset(_dual_forms(p.label_before))
    p.label_before = p.label_before | _fused_article_forms(p.label_before, _keys(d["context"]["definite"]), p.dual_definite)
    p.age_units = frozenset(_keys(d["age"]["units"]))
    p.age_bounds = frozenset(_keys(d["age"]["bounds"]))
    p.age_apposition = bool(d["age"]["bare_apposition"])
    p.age_not_after = frozenset(_keys(d["age"]["not_after"]))
    p.age_ordinals = {norm_key(k): int(v) for k, v in d["age"]["ordinals"].items()}
    p.years_ungrouped = bool(d["digits"]["years_ungrouped"])
    p.year_counted_endings = tuple(d["digits"]["year_counted_endings"])
    p.plural_endings, p.demonym_words = tuple(d["digits"]["plural_endings"]), _demonym_words(p)
    p.year_nouns = frozenset(_keys(d["digits"]["year_nouns"]))
    p.dash_sections = bool(d["digits"]["dash_sections"])
    p.abbreviations = frozenset(a.casefold() for a in d["sentences"]["abbreviations"])
    _word_tables(p, d)
    p.qualifier_or_opener = frozenset(p.qualifiers_before) | frozenset(p.range_pairs)
    p.event_kinds = {
        kind: tuple(dict.fromkeys(_event_surface(s) for s in surfaces if _event_surface(s)))
        for kind, surfaces in d["events"]["kinds"].items()
    }


def _number_tables(p: Pack, num: dict[str, Any]) -> None:
    p.numbers = {}
    for kind in NUMBER_KINDS:
        for surface, value in num[kind].items():
            key = norm_key(surface)
            # The first kind listed wins (a plural scale is a scale, not a weak number).
            p.numbers.setdefault(key, (kind, _num(value)))
    p.bound_scales = frozenset(_keys(num["bound_scales"]))
    p.approximate = frozenset(_keys(num["approximate"]))
    p.partitive_scales = frozenset(_keys(num["partitive_scales"]))
    p.currency_scales = {norm_key(k): _num(v) for k, v in num["currency_scales"].items()}


def _qualifier_tables(p: Pack, d: dict[str, Any]) -> None:
    p.qualifiers_before = {}
    p.qualifiers_after = {}
    for where, target in (("before", p.qualifiers_before), ("after", p.qualifiers_after)):
        for qual, surfaces in d["qualifiers"][where].items():
            if qual not in QUALIFIERS:
                raise PackError(f"pack {p.code}: unknown qualifier {qual!r}")
            for s in surfaces:
                target.setdefault(norm_key(s), qual)
    pairs: dict[str, set[str]] = {}
    for opener, joiner in d["ranges"]["pairs"]:
        pairs.setdefault(norm_key(opener), set()).add(norm_key(joiner))
    p.range_pairs = {k: frozenset(v) for k, v in pairs.items()}
    p.range_bare = frozenset(norm_key(j) for j in d["ranges"]["bare"])


def _demonym_words(p: Pack) -> frozenset[str]:
    """The demonyms of the pack's gazetteer, as keys: "Chinese" after a count is people, no model."""
    from claimx.packs import country_surfaces  # a function of the package that imports this module

    return frozenset(norm_key(w) for words in country_surfaces(p.code).demonyms.values() for w in words)


def _dual_not(p: Pack, d: dict[str, Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words with a dual's ending that are no dual, and the endings ("-كستان") that make one none.
    A country's name is never two of a noun ("وبوتان" is Bhutan): the pack's country names join the words."""
    from claimx.packs import country_surfaces  # a function of the package that imports this module

    countries = country_surfaces(p.code)
    places = [*countries.names, *(a for aliases in countries.aliases.values() for a in aliases)]
    listed = _keys(d["numbers"]["dual_not"])
    words = frozenset(k for k in listed + _keys(places) if not k.startswith("-"))
    return words, tuple(k[1:] for k in listed if k.startswith("-"))


def _dual_verbs(d: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The (prefix, ending) of each verb form in the dual the pack writes as ``prefix*ending``."""
    return tuple((v.split("*")[0], v.split("*")[-1]) for v in _keys(d["numbers"]["dual_verbs"]))


def _word_tables(p: Pack, d: dict[str, Any]) -> None:
    """Clitics, connectors, coordinators and the Arabic duals."""
    p.clitic_table = cl = Clitics.of(p.spec)
    p.word_clitics = cl.words
    p.connector_words = frozenset(_keys(d["numbers"]["connectors"]))
    p.ordinal_words = frozenset(_keys(d["numbers"]["ordinal_words"]))
    p.coordinators = frozenset(_keys(d["numbers"]["coordinators"])) | {",", "/", "×"}
    p.alternatives = frozenset(_keys(d["numbers"]["alternatives"]))
    p.dual_not, p.dual_not_endings = _dual_not(p, d)
    p.dual_durations = {norm_key(k): _num(v) for k, v in d["time"]["dual_durations"].items()}
    sfx = _keys(d["numbers"]["dual_suffixes"])
    ends = _keys(d["numbers"]["dual_masculine_suffixes"])
    p.dual_ends, p.dual_verbs = tuple(sfx + ends), _dual_verbs(d)
    masculine = [stem + end for stem in _keys(d["numbers"]["dual_masculine"]) for end in ends]
    dual_alts = (
        ([rf"\p{{L}}{{2,}}{alternation(sfx)}"] if sfx else [])
        + ([alternation(list(p.dual_durations))] if p.dual_durations else [])
        + ([alternation(masculine)] if masculine else [])
    )
    p.dual_re = (
        lazy(rf"(?<![\w]){optional(cl.digits)}(?P<w>{'|'.join(dual_alts)})(?![\w])", regex.V0 | regex.IGNORECASE)
        if dual_alts
        else None
    )
    p.dual_test = holding_test(sfx + list(p.dual_durations) + masculine) if dual_alts else None
    # dual_re matches between \w boundaries, letters only: a whole word, found by dual_test's
    # strings (its ending) before regex tries the pattern at each position of the paragraph
    p.dual_by_word = all(w.isalpha() for w in (*sfx, *p.dual_durations, *masculine, *cl.digits))
    _qualified_duals(p, d, cl.digits)
    p.clitics = cl.digits
    p.after_noun = {norm_key(k): _num(v) for k, v in d["numbers"]["after_noun"].items()}
    p.after_noun_ranks, p.after_noun_forward = (frozenset(_keys(d["numbers"][k])) for k in ("after_noun_ranks", "after_noun_forward"))
    p.after_noun_tens = {norm_key(k): _num(v) for k, v in d["numbers"]["after_noun_tens"].items()}
    p.after_noun_possessives = tuple(_keys(d["numbers"]["after_noun_possessives"]))
    p.compared = frozenset(_keys(d["numbers"]["compared"]))
    p.one_after_unit_re = word_at(_keys(d["numbers"]["one_after_unit"]))
    p.one_after_unit_test = holding_test(_keys(d["numbers"]["one_after_unit"]))
    p.one_unit_re = _one_unit(p, _keys(d["numbers"]["one_unit_before"]), _keys(d["numbers"]["one_unit_after"]))
    p.one_duration_before = frozenset(_keys(d["numbers"]["one_duration_before"]))
    # a word that is a number of times by itself ("twice", "مرتين"), maybe after "and" ("ومرتين")
    p.times_words = {norm_key(k): _num(v) for k, v in d["numbers"]["times"].items()}
    p.times_word_re = word_at(list(p.times_words), clitics=cl.words, group="w")
    p.times_word_test = holding_test(list(p.times_words))
    # "two and | three rooms", "five patients out of | six": a number joined to another that has its noun
    shared = _keys(d["numbers"]["shared_noun"])
    p.shared_next_re = lazy(word_pattern(shared, start=r"[ \t]+", end=r"[ \t]+") + r"(?=[\d\p{L}])", FLAGS) if shared else None
    p.shared_before_re = lazy(r"(?P<n>[\d\p{L}][\d\p{L}.,]*)[ \t]+(?P<noun>\p{L}+)" + word_pattern(shared, start=r"[ \t]+", end=r"[ \t]+\Z"), FLAGS) if shared else None
    # "eight in 2003", "quatre en 2010": a word before a year after which a number word counts alone
    elided = _keys(d["numbers"]["year_elided"])
    p.year_elided_re = lazy(word_pattern(elided, start=r"[ \t]+", end=r"[ \t]+(?:1[89]|20)\d\d(?!\d)"), FLAGS) if elided else None
    p.one_unit_test = holding_test(_keys(d["numbers"]["one_unit_before"]) + _keys(d["numbers"]["one_unit_after"]))
    p.one_unit_hold = _one_unit_hold(p, _keys(d["numbers"]["one_unit_before"]), _keys(d["numbers"]["one_unit_after"]))
    p.and_half_re = words_after(_keys(d["numbers"]["and_half"]), gap=r"[ \t]*")
    p.and_half_test = holding_test(_keys(d["numbers"]["and_half"]))
    p.after_noun_re = word_at(list(p.after_noun), clitics=cl.digits, group="w")
    joiner = alternation(_keys(d["numbers"]["connectors"]))
    p.after_noun_tens_re = (
        lazy(rf"[ \t]+{joiner}[ \t]*{alternation(list(p.after_noun_tens), group='t')}{E}", FLAGS) if p.after_noun_tens else None
    )
    p.after_noun_test = holding_test(list(p.after_noun))


def _qualified_duals(p: Pack, d: dict[str, Any], clitics: tuple[str, ...]) -> None:
    """After a bound ("أكثر من مسافرين", more than two travellers) a noun with the pack's ending of a
    dual after a bound is a dual whatever its noun: no plural is compared so."""
    bound_ends = _keys(d["numbers"]["dual_after_bound"])
    p.qualified_dual_re = (
        lazy(
            word_pattern(list(p.qualifiers_before), clitics=clitics, end=r"[ \t]+")
            + rf"(?P<w>\p{{L}}{{3,}}{alternation(bound_ends)}){E}",
            FLAGS,
        )
        if bound_ends and p.qualifiers_before
        else None
    )
    p.qualified_dual_test = holding_test(list(p.qualifiers_before)) if p.qualified_dual_re is not None else None
    # Where a match of qualified_dual_re may start, found by re in a paragraph that passes the test
    # above (most do: "دون", "نحو", "حتي" are common words) before regex tries the pattern at each
    # word: a bound at the start of a word or after a clitic, blanks and a word with the ending (re's
    # \s and its letters, [^\W\d_], take every character regex's \s and \p{L} do). Tried after the
    # characters no word goes on past (starts_test), not at each letter: searched for the bound
    # anywhere, as a string, its trie was tried at nine characters in ten of an Arabic paragraph.
    p.qualified_dual_hold = starts_test(
        list(p.qualifiers_before), clitics, whole=False, digits=False,
        tail=rf"[ \t]+[^\W\d_]{{3,}}{alternation(bound_ends)}",
    ) if p.qualified_dual_re is not None else None


def _fused_article_forms(words: frozenset[str], articles: list[str], definite: tuple[str, ...]) -> frozenset[str]:
    """Words under the article written with a clitic that fuses with it: "للمادة 55" is ل + المادة
    (the article's first letter dropped), as the pack's ``dual_definite`` forms show ("لل")."""
    fused = [form for form in definite if not any(form.endswith(a) for a in articles)]
    return frozenset(
        form + w[len(a) :] for w in words for a in articles if w.startswith(a) for form in fused
    )


def _range_closers(p: Pack) -> set[str]:
    """Every word that closes a range: the closers of the pack's openers and the bare joiners."""
    joiners = set(p.range_bare)
    for js in p.range_pairs.values():
        joiners |= js
    return joiners


def _one_unit(p: Pack, before: list[str], after: list[str]) -> Pattern | None:
    """A unit of time written without a number after one of ``before`` ("لمدة عام") or with one of
    ``after`` as its ending ("year-long"); the unit in group ``u1`` or ``u2``."""
    units = [k for k, u in p.units.items() if u.canonical == "duration:s" and k.isalpha()]
    alts = ([word_pattern(before, end=rf"[ \t]+{alternation(units, group='u1')}{E}")] if before else []) + (
        [word_pattern(after, start=B + alternation(units, group="u2") + r"[ \t]*")] if after else []
    )
    return lazy("|".join(alts), FLAGS) if alts else None


def _one_unit_hold(p: Pack, before: list[str], after: list[str]) -> QuickTest | None:
    """What every match of ``one_unit_re`` holds (a word before and blanks then a unit of time, or a
    unit then a word after it), searched by re in a paragraph that passes ``one_unit_test`` (most
    Arabic ones do: "أكثر", "نحو" are common words) before regex tries the pattern at each position."""
    units = [k for k, u in p.units.items() if u.canonical == "duration:s" and k.isalpha()]
    pieces = ([(before, rf"[ \t]+{alternation(units)}")] if before else []) + (
        [(units, r"[ \t]*" + alternation(after))] if after else []
    )
    words = [*before, *after, *units]
    # each branch opening with one character (opening_branches): re skips the positions where no word starts
    return QuickTest(opening_branches(pieces), 0 if all(caseless(w) for w in words) else re.IGNORECASE) if pieces else None


# -- regexes, stage by stage ---------------------------------------------------------------------
def _affixes(p: Pack, d: dict[str, Any]) -> _Affixes:
    num = d["numbers"]
    prefixes, clitics = p.clitic_table.numbers, p.clitic_table.digits
    pre, cpre = optional(prefixes), optional(clitics)
    not_words = _keys(num["not_words"])
    word = ("(?!" + word_pattern(not_words, start="") + ")" if not_words else "") + pre + alternation(list(p.numbers))
    connectors = _keys(num["connectors"])
    conn = "(?:" + word_pattern(connectors, start=r"\s+", end=r"(?=\s)") + ")?" if connectors else ""
    return _Affixes(prefixes, pre, clitics, cpre, connectors, conn, word)


def compile_numbers(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Digits, number words, scales and the number candidates."""
    one_of = _keys(d["numbers"]["partitive_one"])  # "one of the three tests"
    p.partitive_one_re = lazy(word_pattern(one_of, clitics=k.clitics), FLAGS) if one_of else None
    num, flags, cpre, word, conn = d["numbers"], FLAGS, k.cpre, k.word, k.conn
    p.dual_describe_re = words_before(_keys(num["dual_describe"]), clitics=k.clitics, gap=r"[ \t]+")
    halves = _keys(num["and_half"])  # "two | and a half years": the half is no weak "a" that adds one
    no_half = "(?!" + word_pattern(halves, start=r"\s*") + ")" if halves else ""
    p.number_words = f"{B}{word}(?:{no_half}(?:{conn}\\s+|\\s*-\\s*){word})*{E}"
    p.word_item_re = word_at(list(p.numbers), clitics=k.prefixes, group="w", always=True)
    vague = alternation(list(p.vague))
    p.reversed_groups = bool(d["digits"]["reversed_groups"])
    p.dot_groups = bool(d["digits"]["dot_groups"])
    script = str(d["digits"]["glued_script"])
    p.glued_letter_re = lazy(rf"\p{{Script={script}}}") if script else None
    # Arabic typesetting may write the groups of a number in reverse ("000 800" for 800 000,
    # "500 2" for 2 500, "731.5 1" for 1 731.5): a run of 3-digit groups and a shorter last one.
    reversed_groups = r"(?:\d{3}[.,]\d+|000)(?: \d{3})* \d{1,3}(?![\d.,])|\d{3}(?: \d{3})* \d{1,2}(?![\d.,])|" if p.reversed_groups else ""
    # Digits after a dot only before a percent sign: a decimal without its leading zero (" .08%", "و.08%"),
    # or a percentage after a sentence end that lost its space ("Bioeasy.80%").
    after_dot = r"(?<=(?:^|[\s(]\p{Lo}?|\p{Ll})\.)(?=\d+(?:[.,]\d+)?[ \t]?%)"
    # (an Arabic comma between digits groups thousands before three, marks the decimals before one or two: "2،5")
    body = reversed_groups + r"\d{1,3}(?P<g>[,.' ،])\d{3}(?:(?P=g)\d{3})*(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+|،\d{1,2}(?!\d))?"
    digits = rf"(?:(?<![\d.,،])|{after_dot})(?:{body})(?![\d])"
    p.candidates = lazy(
        f"(?P<digits>{digits})|{B}{cpre}(?P<vague>{vague}){E}|(?P<words>{p.number_words})", flags
    )
    # in a run of digits, commas and blanks no dot stands before a number (re has no \p{..})
    p.digit_candidates = programs.compile(rf"(?P<digits>(?<![\d.,،])(?:{body})(?![\d]))")
    p.candidate_starts = starts_test([*p.numbers, *p.vague], clitics=sorted({*k.clitics, *k.prefixes}))
    scales = [key for key, (kind, _) in p.numbers.items() if kind in ("scales", "hundreds")]
    links = _keys(num["unit_links"])
    p.link_re = words_after(links, gap=r"\s*", end=r"\s*")
    p.scale_re = words_after(_keys(scales), gap=r"\s*", always=True)
    p.currency_scale_re = words_after(list(p.currency_scales), gap=r"\s?", always=True)
    p.digit_prefix_re = words_before(p.clitic_table.digit_prefixes, start=r"(?:^|(?<=\W))", gap="")
    p.word_re = lazy(r"\s*([\p{L}][\p{L}\p{M}'’-]*)", flags)
    # "a four-pack restriction", "two 12-roll packs": a noun joined by a hyphen is what the number counts,
    # where the pack says its language writes counts so (a list of the words and "-endings" that are no noun)
    hyphen = list(num["hyphen_nouns"])
    p.hyphen_noun_re = lazy(r"-(\p{Ll}{3,})(?![\p{L}\d-])") if hyphen else None
    p.hyphen_nouns_not = frozenset(w for w in _keys(hyphen) if not w.startswith("-") and w != "*")
    p.hyphen_noun_endings_not = tuple(w[1:] for w in _keys(hyphen) if w.startswith("-"))
    p.ordinal_re = words_after(_keys(d["digits"]["ordinal_suffixes"]), gap="", end=r"(?![\p{L}])")


def compile_fractions(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Fractions, shares, multipliers, "-fold", "one in N" and "N times"."""
    flags, word, conn = FLAGS, k.word, k.conn
    fr_ = d["fractions"]
    p.fraction_words = {norm_key(key): _ratio(v) for key, v in fr_["words"].items()}
    p.fraction_shares = {norm_key(key): _ratio(v) for key, v in fr_["shares"].items()}
    p.fraction_not_before = frozenset(_keys(fr_["not_before"]))
    p.fraction_not_after = frozenset(_keys(fr_["not_after"]))
    p.fraction_whole_before = frozenset(_keys(fr_["whole_before"]))
    rest = _keys(fr_["rest"])
    p.fraction_rest_re = lazy(word_pattern(rest, clitics=k.clitics), flags) if rest else None
    p.fraction_any_of = "*" in fr_["of"]
    p.multipliers = {}
    for table, direction in (("up", "up"), ("down", "down"), ("plain", None)):
        for key, v in fr_[table].items():
            p.multipliers.setdefault(norm_key(key), (_ratio(v), direction))
    fractions = list(p.fraction_words) + list(p.fraction_shares)
    p.fraction_re = word_at(fractions, clitics=k.clitics, group="f", always=True)
    p.fraction_test = holding_test(fractions)
    p.multiplier_re = word_at(list(p.multipliers), clitics=k.clitics, group="m", always=True)
    p.multiplier_test = holding_test(list(p.multipliers))
    of_words = [w for w in _keys(fr_["of"]) if not w.endswith("-") and w != "*"]
    of_prefixes = [w[:-1] for w in _keys(fr_["of"]) if w.endswith("-")]
    of_alts = ([word_pattern(of_words, start="")] if of_words else []) + ([alternation(of_prefixes)] if of_prefixes else [])
    p.fraction_of_re = lazy(r"[ \t]*(?:" + "|".join(of_alts) + ")", flags)
    # After a fraction under the article only a word says what it is a share of ("الثلث من الفتيات");
    # a word under the article describes it ("الربع السابق", the previous quarter).
    p.fraction_of_word_re = lazy(r"[ \t]*" + word_pattern(of_words, start=""), flags) if of_words else None
    # A number of at most six words: these patterns are searched everywhere, and an unbounded run of
    # number words ("ألف ألف ألف …") would be tried from each of its words (quadratic).
    short_words = f"{B}{word}(?:(?:{conn}\\s+|\\s*-\\s*){word}){{0,5}}{E}"
    number = r"(?:(?P<d>\d{1,15}(?:[.,]\d+)?)|(?P<w>" + short_words + "))"
    _compile_multiples(p, fr_, k, number)


def _compile_multiples(p: Pack, fr_: dict[str, Any], k: _Affixes, number: str) -> None:
    """The patterns that read a number with a word of multiplying or sharing around it: "-fold" and
    its ranges, "N times" under a change, "one in N", "multiplié par N", ratios with a colon."""
    flags, word = FLAGS, k.word
    p.fold_less = frozenset(_keys(fr_["fold_less"]))
    folds = _keys(fr_["fold"]) + sorted(p.fold_less)
    glued = [w for w in folds if len(w) == 1]  # one character, glued and no number after: "5x", not "5 x 3", "36× 24 mm"
    spaced = word_pattern([w for w in folds if len(w) > 1], start=r"-?[ \t]*")  # "20- ضعفا"
    glued_fold = word_pattern(glued, start="", end=r"(?!\w|[ \t]*\d)")
    either = f"(?:{spaced}|{glued_fold})" if glued else spaced
    p.fold_re = lazy(tried_at(number + either), flags)
    # The low end of a range before a multiplier: "10 à 20 fois supérieure", "10- to 20-fold".
    closers = sorted(_range_closers(p))
    p.fold_low_re = lazy(number + rf"-?[ \t]*{alternation(_keys(closers))}[ \t]*\Z", flags)
    changed = _keys(fr_["fold_after_change"])
    p.fold_changed_re = lazy(tried_at(number + word_pattern(changed, start=r"[ \t]+")), flags) if changed else None
    p.fold_changed_test = holding_test(changed)
    by = _keys(fr_["fold_by"])
    p.fold_by_re = words_before(by, clitics=k.clitics, gap=r"[ \t]*") if by else None
    p.one_in_re = lazy(
        tried_at(
            number.replace("P<d>", "P<d1>").replace("P<w>", "P<w1>")
            + r"(?P<between>[ \t]+[\w'’-]+)?" + word_pattern(_keys(fr_["one_in"]), start=r"[ \t]+", group="inw", end=r"[ \t]+")
            + number.replace("P<d>", "P<d2>").replace("P<w>", "P<w2>")
        ),
        flags,
    )
    p.fraction_compared = frozenset(_keys(fr_["compared"]))
    every = _keys(fr_["one_in_every"])
    p.one_in_every = frozenset(every)
    p.one_every_test = holding_test(every)
    # "امرأة من بين كل ثلاث نساء": a noun alone, one of it, before a word of "one in every".
    p.one_noun_in_re = lazy(
        rf"{B}(?P<noun>\p{{L}}[\p{{L}}\p{{M}}'’-]*)" + word_pattern(every, start=r"[ \t]+", end=r"[ \t]+")
        + number.replace("P<d>", "P<d2>").replace("P<w>", "P<w2>"),
        flags,
    ) if every else None
    p.times_re = lazy(word_pattern(_keys(fr_["times_before"]), end=r"[ \t]+" + number), flags)
    p.times_test = holding_test(_keys(fr_["times_before"]))
    ratio_words = _keys(fr_["ratio_words"])
    p.ratio_before_re = words_before(ratio_words, clitics=k.clitics, gap=r"[ \t]*", always=True)
    p.ratio_after_re = words_after(ratio_words, gap=r"[ \t]+", always=True)
    # What every match of fold_re and of one_in_re holds: its fold word; its "in" word between
    # spaces before a number. fold_re and one_in_re start with a number, so they are tried at
    # every word of a paragraph; these are searched first, and few paragraphs hold them.
    # what a fold holds: its words, a glued sign ("×"), a glued letter with the digit before it (a
    # letter "x" is everywhere; a string for each digit makes every digit a place the index tries)
    # (a fold that divides is held by its first word, "fois" of "fois moins": "moins" is in most paragraphs)
    held = [w.split()[0] if w in p.fold_less else w for w in folds if len(w) > 1]
    fold_strings = held + [s for w in glued for s in ([d + w for d in "0123456789"] if w.isalpha() else [w])]
    p.fold_word_re = lazy(alternation([w for w in folds if len(w) > 1]) + (rf"|\d[{''.join(glued)}]" if glued else ""), flags)
    p.fold_test, p.one_in_test = holding_test(fold_strings), holding_test(_keys(fr_["one_in"]))
    p.one_in_word_re = lazy(
        word_pattern(_keys(fr_["one_in"]), start=r"[ \t]", end=r"[ \t]+(?:\d|" + B + word + ")"), flags
    )
    # What every match of it holds, searched first by re: one of its words between blanks (regex
    # tries the whole pattern at each blank of a paragraph that holds none; re's \s takes every
    # character regex's does).
    p.one_in_word_test = QuickTest(rf"[ \t]{alternation(_keys(fr_['one_in']))}[ \t]", re.IGNORECASE)


def compile_changes(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Words of change before and after a number."""
    ch = d["changes"]
    p.change_words = (
        {norm_key(w): "either" for w in ch["either"]}
        | {norm_key(w): "up" for w in ch["up"]}
        | {norm_key(w): "down" for w in ch["down"]}
    )
    p.change_links = frozenset(_keys(ch["links"]))
    p.change_to = frozenset(_keys(ch["to"]))
    p.change_from = frozenset(_keys(ch["from"]))
    p.change_verb_first = bool(ch["verb_first"])
    p.change_word_re = word_at(list(p.change_words), clitics=k.clitics, group="w", always=True)
    p.change_word_test = holding_test(list(p.change_words))
    after = {norm_key(w): "up" for w in ch["after_up"]} | {norm_key(w): "down" for w in ch["after_down"]}
    p.change_after = after
    p.change_after_re = words_after(list(after), gap=r"[\s-]*", group="w")


def compile_context(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """The words around a number that make it a label, a year, an idiom, a mass or a rate."""
    ctx_ = d["context"]
    p.label_after_re = words_after(_keys(ctx_["label_after"]), gap=r"[ \t]*,?[ \t]*", always=True)
    p.day_of_month_re = words_after(_keys(ctx_["day_of_month_after"]), gap=r"[ \t]+")
    p.time_adjective_re = words_after(_keys(ctx_["time_adjectives"]), gap=r"[ \t]+")
    p.ago_after_re = words_after(_keys(d["time"]["ago_after"]), gap=r"[ \t]*")
    p.periods = frozenset(_keys(ctx_["periods"]))
    # An article glued to the noun after a number: "آلاف السنين" (thousands of years).
    p.glued_article_re = words_after(p.clitic_table.articles, gap=r"[ \t]+", end=r"(?=\p{L})")
    p.list_before_re = words_before(_keys(ctx_["list_before"]), gap=r"[ \t]*")
    # (?!\w) is E spelt without the class brackets (the same test), kept as the pack compiled it.
    p.idiom_re = words_after(_keys(ctx_["idioms"]), gap="", end=r"(?!\w)")
    p.idiom_end_re = words_before(_keys(ctx_["idioms"]), gap="")  # the number last: "tolérance zéro"
    p.idiom_test = holding_test(_keys(ctx_["idioms"]))
    p.superlative_re = word_at(_keys(ctx_["superlatives"]), end=r"(?!\w)")
    p.ago_before_re = words_before(_keys(d["time"]["ago_before"]), gap=r"[ \t]+")
    p.year_after_re = words_after(_keys(ctx_["year_after"]), gap=r"[ \t]*", always=True)
    p.negative_re = words_before(_keys(ctx_["negative"]), gap=r"[ \t-]*")
    p.partitive_re = words_after(_keys(ctx_["partitive"]), gap=r"[ \t]*", always=True)
    openers = _keys(ctx_["partitive_openers"])  # a number or number word after them: "Of the nine countries"
    p.partitive_opener_re = lazy(word_pattern(openers, start=r"\A", end=r"[ \t]+[\d\p{L}]"), FLAGS) if openers else None
    p.mass_words_re = word_at(_keys(ctx_["mass_words"]), clitics=k.clitics, always=True)
    p.magnitude_before_re = words_before(_keys(ctx_["magnitude_before"]), clitics=k.clitics, gap=r"[ \t]*", always=True)
    p.race_before_re = words_before(_keys(ctx_["race_before"]), clitics=k.clitics, gap=r"[ \t]*", always=True)
    p.race_after_re = words_after(_keys(ctx_["race_after"]), gap=r"[ \t]+", always=True)
    p.score_nouns = frozenset(_keys(ctx_["score_nouns"]))
    score_before = _keys(ctx_["score_before"])
    p.score_before_re = words_before(score_before, gap=r"[ \t]*") if score_before else None
    p.score_clitics = frozenset(score_before)  # a word of "by" glued to a dual: "بهدفين"
    rate_before = _keys(ctx_["rate_before"])
    p.rate_before_re = words_before(rate_before, clitics=k.clitics, gap=r"[ \t]*") if rate_before else None
    p.score_word_re = word_at(_keys(ctx_["score_words"]), clitics=k.clitics, end=r"(?!\w)")
    p.metres_after_re = words_after(_keys(ctx_["metres_after"]), gap=r"[ \t]+", always=True)
    p.mass_units = {norm_key(key): _ratio(v) for key, v in ctx_["mass_units"].items()}
    p.per_time = {norm_key(key): _num(v) for key, v in ctx_["per_time"].items()}
    p.per_time_re = words_after(list(p.per_time), gap=r"[ \t]*", end=r"(?!\w)", always=True)
    p.million_glued = frozenset(ctx_["million_glued"])
    p.bare_currency_re = _bare_currency(p, _keys(ctx_["bare_currencies"]))


def _bare_currency(p: Pack, bare: list[str]) -> EndPattern | None:
    """An amount ending with a currency name several countries share ("5 million dinars"), not
    with a longer name of a currency that names the country first ("5 million Iraqi dinars")."""
    if not bare:
        return None
    named = {
        key[: -len(word)].strip() for key, u in p.units.items() if u.canonical.startswith("currency:")
        for word in bare if key.endswith(" " + word)
    }
    start = B + ("(?<!" + word_pattern(sorted(named), end=r"\s+") + ")" if named else "")
    return words_before(bare, start=start, gap="")


def compile_labels(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Labels, clocks, years, definite references and the words a count skips."""
    ctx = d["context"]
    # "a word after a space, or the first": a label may follow an opening bracket or quote ("[art. 15]").
    after_space = r"(?:^|(?<=[\s(\['’-]))"  # a label word may close a compound: "biosafety-level 3"
    p.counted_skip_re = words_after(list(p.counted_skip), gap=r"\s*", end=r"(?:\s+|(?<='))")
    not_before = _keys(ctx["time_before_not"])
    not_time = "(?<!" + word_pattern(not_before, end=r"\s+") + ")" if not_before else ""
    p.time_before_re = words_before(
        _keys(ctx["time_before"]), start=B + not_time, clitics=k.prefixes, gap=r"\s*", always=True
    )
    p.time_after_re = words_after(_keys(ctx["time_after"]), gap=r"\s*", always=True)
    measured = _keys(ctx["measured_after"])  # signs, not words: no boundary before them, a word after them
    p.measured_after_re = lazy(r"(?:" + alternation(measured) + r")[ \t]+\p{L}", FLAGS) if measured else None
    p.measured_before_re = words_before(_keys(ctx["measured_before"]), clitics=k.prefixes, gap=r"\s*")
    placing = _keys(ctx["placing_after_claim"])
    p.placing_after_claim_re = words_before(placing, clitics=k.prefixes, gap=r"\s*") if placing else None
    p.spans = frozenset(_keys(ctx["spans"]))
    p.time_before_words = frozenset(_keys(ctx["time_before"]))
    p.clock_after_re = words_after(_keys(ctx["clock_after"]), gap=r"\s*", always=True)
    p.clock_before_re = words_before(_keys(ctx["clock_before"]), gap=r"\s*", always=True)
    # A time of day written as a word at the other end of a span: "entre 11 heures et midi", "de midi à 14 heures".
    p.clock_word_after_re = words_after(_keys(ctx["clock_words"]), gap=_CLOCK_JOIN)
    p.bare_clock = bool(ctx["bare_clock"])
    p.clock_word_before_re = words_before(_keys(ctx["clock_words"]), gap=_CLOCK_JOIN)
    p.definite_re = words_before(list(p.definite), gap=r"\s*")
    modifiers = _keys(ctx["definite_modifiers"])
    p.definite_modified_re = words_before(list(p.definite), gap=rf"\s+{alternation(modifiers)}\s+") if modifiers else None
    labels = list(p.label_before)
    p.label_before_re = words_before(labels, start=after_space, clitics=k.clitics, gap=r"\s*[\[(\-–]?\s*", always=True)
    ranges = _keys(d["digits"]["label_ranges"])
    p.label_range_re = words_before(ranges, start=after_space, clitics=k.clitics, gap=r"[ \t]+") if ranges else None
    p.label_uncounted_re = words_before(_keys(d["digits"]["label_uncounted"]), start=after_space, gap=r"[ \t]+")
    p.letter_names = frozenset(_keys(d["digits"]["letter_names"]))
    gap = int(d["digits"]["label_modifiers"])
    p.label_gap_re = words_before(
        labels, start=after_space, clitics=k.clitics, gap=rf"(?:[ \t]+[\p{{L}}'’-]+){{1,{gap}}}[ \t]*", always=True
    ) if gap > 0 else None
    p.year_before_re = words_before(list(p.year_before), clitics=k.prefixes, gap=r"\s*", always=True)


def compile_units(p: Pack) -> None:
    """A unit right after the number (words need a boundary, symbols do not) or a currency before it."""
    # a unit ends where a word would go on ("5 min" is no "5 mines"); a per cent sign ends itself ("90%على")
    p.unit_re = words_after(list(p.units), gap=r"(?:[ \t]*|-)", end=r"(?:(?<=%)|(?![\w²³/]))", always=True)
    prefix_currencies = [
        key for key, u in p.units.items()
        if u.canonical.startswith("currency:") and (not key.isalpha() or len(key) == 3)
    ]
    p.currency_before_re = words_before(prefix_currencies, start=r"(?:^|(?<=[\s(\[«\"'/]))", gap=r"[ \t]?", always=True)
    # "Euro131 million": a currency's name glued to the digits (United Nations typesetting)
    names = [key for key, u in p.units.items() if u.canonical.startswith("currency:") and key.isalpha() and len(key) > 3]
    p.currency_glued_re = words_before(names, start=r"(?:^|(?<=[\s(\[«\"'/]))", gap="", always=True)


def compile_ranges(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Qualifiers before and after a number, range openers and joiners, and joined dates."""
    flags = FLAGS
    p.qual_before_re = words_before(list(p.qualifiers_before), clitics=k.clitics, gap=r"\s*", always=True)
    p.qual_after_re = words_after(list(p.qualifiers_after), gap=r"\s*,?\s*", always=True)
    p.opener_re = words_before(list(p.range_pairs), clitics=k.prefixes, gap=r"\s*", always=True)
    joiners = _range_closers(p)
    jw = [j for j in joiners if j.isalpha() and j not in k.prefixes]
    js_ = [j for j in joiners if not (j.isalpha() and j not in k.prefixes)]
    date_joiners = _keys(list(jw) + list(js_) + list(d["numbers"]["connectors"]))
    definite = _keys(d["context"]["definite"]) + ["le", "the"]
    p.date_joiner_re = lazy(
        word_pattern(date_joiners, start=r"\s*", end=rf"\s*(?:{alternation(_keys(definite))}\s+)?(?=\d)"), flags
    )
    # A hyphen may hang after the first number of a range: "a 2- to 3-year sentence", "10- to 20-fold".
    p.joiner_re = starting_with(
        lazy(rf"-?\s*(?:{alternation(_keys(jw), group='j')}\s+|\s*{alternation(_keys(js_), group='j2')}\s*)", flags),
        _keys(jw) + _keys(js_), flags,
    )


def compile_age(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Ages: the words after and before a number, and "<noun> aged"."""
    p.age_after_re = words_after(_keys(d["age"]["after"]), gap=r"\s*", end=r"(?!\p{L})")
    # "<noun> aged": the noun before the link word is read back.
    p.age_link_re = words_before(_keys(d["age"]["link_before"]), start=r"(?P<noun>[\p{L}\p{M}'-]+)\s+", gap=r"\s*")
    p.age_before_re = words_before(_keys(d["age"]["before"]), clitics=k.prefixes, gap=r"\s*", always=True)  # "والسن (60)"
    veto = _keys(d["age"]["before_years_not"])  # "il y a 20 ans" is time, "il a 20 ans" an age
    start = ("(?<!" + word_pattern(veto, end=r"[ \t]+") + ")" if veto else "") + B
    p.age_before_years_re = words_before(_keys(d["age"]["before_years"]), gap=r"\s*", start=start)
    p.age_amount_re = words_before(_keys(d["age"]["amount_words"]), clitics=k.clitics, gap=r"\s*")
    p.age_ordinal_re = _ordinal_age(p, _keys(d["age"]["ordinal_before"]), k)
    p.age_person_re = words_before(_keys(d["age"]["persons"]), clitics=k.clitics, gap=r"[ \t]+")  # "للأطفال دون"
    p.age_ordinal_test = holding_test(list(p.age_ordinals))


def _ordinal_age(p: Pack, before: list[str], k: _Affixes) -> Pattern | None:
    """An age written as an ordinal after a word of age ("سن الخامسة", the age of five; "سن الثامنة
    عشرة", eighteen; "سن الخامسة والستين"): the ordinal, then a teen word or a joined ordinal of
    tens; then, optionally, a range closer and a second such age ("بين سن الخامسة والخامسة عشرة",
    between five and fifteen; "من سن الخامسة وحتى سن السابعة عشرة")."""
    if not before or not p.age_ordinals:
        return None
    closers = sorted(_range_closers(p))
    joined = alternation(k.connectors)
    age_word = word_pattern(before, clitics=k.prefixes, end=r"\s+")
    return lazy(
        word_pattern(before, clitics=k.prefixes, group="age", end=r"\s+")
        + _ordinal_piece(p, joined, "")
        + rf"(?:\s*(?:{joined}\s*)?{alternation(closers)}\s*(?:{age_word})?{_ordinal_piece(p, joined, 'hi')})?",
        FLAGS,
    )


def _ordinal_piece(p: Pack, joined: str, prefix: str) -> str:
    """One ordinal age: groups ``<prefix>o`` (the ordinal), ``<prefix>teen``, ``<prefix>t`` (tens)."""
    tens = [w for w, v in p.age_ordinals.items() if v >= 20]
    teen = alternation(_keys(p.data["age"]["ordinal_teen"]), group=f"{prefix}teen")
    return (
        alternation(list(p.age_ordinals), group=f"{prefix}o")
        + rf"(?:\s+{teen}|\s+{joined}\s*{alternation(tens, group=f'{prefix}t')})?{E}"
    )

def compile_dates(p: Pack, d: dict[str, Any], k: _Affixes) -> None:
    """Calendar dates (day month year, month day, numeric), Hijri dates and a month before a number."""
    pre, t = k.pre, d["time"]
    mflags = regex.V0 if t["months_case_sensitive"] else FLAGS
    month_keys = (
        sorted({str(m) for m in t["months"]}, key=len, reverse=True)
        if t["months_case_sensitive"] else list(p.months)
    )
    month_words = [norm_key(m) if not t["months_case_sensitive"] else m for m in month_keys]
    month = alternation(month_words)
    month = rf"{month}(?:\s*/\s*{month}|\s*\(\s*{month}\s*\))?"  # "فبراير/شباط", "نيسان (أبريل)"
    links_d = _keys(t["date_links"])
    dl = "(?:" + word_pattern(links_d, start=r"\s+", end="") + ")?" if links_d else ""
    ordsfx = optional(_keys(d["digits"]["ordinal_suffixes"]))
    day = rf"(?<!\d)(?:[0-3]?\d){ordsfx}"
    # "les 2 et 3 octobre", "21-23 September": every day in the list belongs to the date.
    and_words = alternation(_keys(k.connectors + [j for j in p.range_bare if j.isalpha()]))
    day = rf"(?:{day}(?:\s*[,\-–]\s*|\s+{and_words}\s*))*{day}"
    # A year after a month may carry a footnote call glued to it before a stop ("septembre 201442.").
    year_digits = r"(?:(?:1[89]\d\d|20\d\d)\d{1,3}(?=[.,;:)]|\s*\Z)|\d{4}(?!\d))"
    year = rf"(?:\s*,?\s*{year_digits})"
    wd = alternation(list(p.weekdays))
    hijri = alternation(_keys(list(t["hijri_months"])))
    p.hijri_test = holding_test(_keys(list(t["hijri_months"])))  # few paragraphs name a Hijri month
    p.hijri_re = lazy(
        rf"(?<!\d)\d{{1,2}}{dl}\s+(?:{hijri})(?:\s+\d{{3,4}}(?:\s*(?:ه|AH|H)\.?)?)?{E}", FLAGS
    )
    p.month_tail_re = lazy(rf"{B}{pre}(?:{month})\.?\s*\Z", mflags)
    # Whether a window may end with a month and its blanks: tried once on the window reversed,
    # where month_tail_re is tried at each position of it (as words_before's quick tests).
    p.month_tail_test = ending_test(
        {w[-END_LETTERS:] for w in month_words}, engine=re, flags=re.IGNORECASE if mflags & regex.IGNORECASE else 0, gap=r"\W*"
    )
    p.month_test = holding_test(sorted({w.lower() for w in month_words}))  # (in any case: the months of a cased pack too)
    # The run of days before a month, taken whole (atomic): what follows a shorter run is a comma,
    # a dash or a joining word and a day, where no month can start, so no shorter run can match
    # where the whole failed, and backtracking through them cost about 11 µs a day of a list of
    # counts for each run of it.
    day_run = rf"(?>{day})"
    p.date_re = lazy(
        rf"(?:{B}(?:{wd})\s*,?\s+)?(?:"
        # "١٣-١٧نيسان/أبريل", "16 مارس1953", "نوفمبر2006": typesetting may lose the space around a month
        rf"{day_run}{dl}\s*{pre}(?:{month})\.?(?![^\W\d]){year}?"
        rf"|{B}{pre}(?:{month})\.?\s+{day}(?!\d)(?:{year})?"
        rf"|{B}{pre}(?:{month})\.?\s*{year_digits}"
        rf"|{_NUMERIC_DATE})",
        mflags,
    )
    # For scanning many positions of one text (:class:`DateScan`): the whole run of days a date
    # may start with, taken at once (no backtracking), and the numeric forms alone.
    p.day_run_re = lazy(day_run, mflags)
    p.numeric_date_re = lazy(_NUMERIC_DATE)


# Letters of a surface's first word the quick test of event starts reads (fewer: more false starts).
_EVENT_OPENING = 3


def compile_events(p: Pack, d: dict[str, Any]) -> None:
    """One regex over every event surface, longest first, one named group per surface
    (``e<n>`` → :attr:`event_of_group`), so a longer surface of one kind beats a shorter one
    of another at the same place ("دخلوا المستشفى" before "دخل*"); and the clause breaks."""
    items = [(surface, kind) for kind, surfaces in p.event_kinds.items() for surface in surfaces]
    items.sort(key=lambda it: (-len(it[0].split()), -len(it[0]), it[0]))
    p.event_of_group = {}
    alts = []
    for n, (surface, kind) in enumerate(items):
        words = []
        for w in surface.split(" "):
            words.append(regex.escape(w[:-1]) + r"[\p{L}\p{M}'-]*" if w.endswith("*") else regex.escape(w))
        alts.append(f"(?P<e{n}>" + r"\s+".join(words) + ")")
        p.event_of_group[f"e{n}"] = kind
    cl = optional(p.clitic_table.events)
    body = "|".join(alts) if alts else "(?!)"
    p.event_re = lazy(
        r"(?<![\p{L}\p{M}\d])" + cl + "(?:" + body + r")(?![\p{L}\p{M}])", regex.IGNORECASE | regex.V0
    )
    # A sentence is searched for events at each of its positions, each tried against every surface
    # (a flat alternation); a surface opens with the first letters of its first word.
    openings = {surface.split(" ")[0].rstrip("*")[:_EVENT_OPENING] for surface, _ in items}
    p.event_starts = (
        starts_test(sorted(openings), p.clitic_table.events, whole=False, digits=any(o[0].isdigit() for o in openings))
        if items and all(openings) else None
    )
    # Searched on the sentence, not with the paragraph's tests: a stem ("déplac*") holds its letters.
    stems = [" ".join(w[:-1] if w.endswith("*") else w for w in surface.split(" ")) for surface, _ in items]
    p.event_test = holding_test(stems, indexed=False)
    breaks = _keys(d["time"]["clause_breaks"])
    p.clause_break_re = lazy(
        "(?:" + word_pattern([b for b in breaks if b[-1].isalpha()], start=r"(?<![\p{L}\p{M}])", end=r"(?![\p{L}\p{M}])")
        + "|" + alternation([b for b in breaks if not b[-1].isalpha()] or [";"]) + ")",
        regex.IGNORECASE | regex.V0,
    )
