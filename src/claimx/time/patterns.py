"""The regexes one pack's time data compiles to (with :func:`claimx.packs.patterns.fast`, which
gives them the lower-cased twins that make them fast).

Built once per language (:func:`time_pack`); the finding modules (:mod:`claimx.time.anchors`,
:mod:`claimx.time.durations`, :mod:`claimx.time.since`) and :mod:`claimx.time.govern` read them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property, lru_cache
from collections.abc import Callable
from typing import Any

import regex

from claimx.normalize import norm_key
from claimx.packs import Pack, _keys
from claimx.packs.patterns import (
    B as _B, E as _E, FLAGS, FOLDS, QuickTest, alternation, ending_test, fast, holding_test, lower_only, optional, word_pattern,
)
from claimx.packs.chars import CLAUSE_ENDS
from claimx.packs.schema import Time

RELATIONS = ("since", "until", "before", "after", "at")
PERIODS = (
    "today", "yesterday", "last_week", "this_week", "next_week", "last_month", "this_month", "next_month",
    "last_year", "this_year", "next_year", "weekend", "so_far", "end_of_year", "last_quarter",
    "previous_quarter",
)
_F = FLAGS


@lru_cache(maxsize=8192)
def key_of(word: str) -> str:
    """:func:`norm_key`, cached: the words looked up (weekdays, months, relation words...) are few."""
    return norm_key(word)


class TimePack:
    """The regexes one pack's time data compiles to (built once per language).

    Each pattern is compiled on first use (:meth:`__getattr__`): compiling them all cost about
    25 ms per language at every start, though a text uses only some of them (:func:`fast` makes
    a pattern from its stored program after the first start, :mod:`claimx.programs`)."""

    relation_re: re.Pattern[str]
    relation_end: Any
    since_far_re: re.Pattern[str]
    since_word_re: re.Pattern[str]
    week_to_re: re.Pattern[str]
    week_to_end: Any
    from_re: re.Pattern[str]
    from_end: Any
    since_event_re: re.Pattern[str]
    year_to_re: re.Pattern[str]
    year_to_end: Any
    ago_words_re: regex.Pattern[str]
    past_re: re.Pattern[str]
    within_re: re.Pattern[str]
    quarter_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    month_year_re: re.Pattern[str]
    year_name_re: re.Pattern[str]
    year_name_end: Any
    year_before_end: Any
    period_not_after_re: re.Pattern[str]
    named_re: re.Pattern[str]
    named_test: QuickTest | None
    continuation_re: re.Pattern[str]
    published_re: re.Pattern[str]
    published_any: re.Pattern[str]
    reporting_re: re.Pattern[str]
    baseline_re: re.Pattern[str]
    baseline_end: Any
    document_before_re: re.Pattern[str]
    document_after_re: re.Pattern[str]
    continuation_inside_re: re.Pattern[str]
    break_re: re.Pattern[str]

    def __init__(self, p: Pack) -> None:
        t = p.spec.time
        self.pack = p
        # What builds each pattern (kept once built; see __getattr__).
        self._todo: dict[str, tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = {}
        self.relation_of: dict[str, str] = {}
        for rel in RELATIONS:
            for s in t.relations[rel]:
                self.relation_of.setdefault(key_of(s), rel)
        self.at_words = alternation(_keys(t.relations["at"]))
        self.at_keys = _keys(t.relations["at"])
        self.period_of = {key_of(s): key for key in PERIODS for s in getattr(t, key)}
        self.quarter_of = {key_of(s): q for s, q in t.quarters.items()}
        self.duals = {key_of(k): Decimal(v) for k, v in t.dual_durations.items()}
        self.seasons = frozenset(_keys(t.seasons))
        self.decade_before, self.decade_after = frozenset(_keys(t.decade_before)), tuple(_keys(t.decade_after))
        self.pre = optional(p.clitic_table.words)  # the pack's one clitic table, as every stage reads it
        self._relations(t)
        self._durations(p, t)
        self._dates(p, t)
        self._cues(p, t)
        self._breaks(t)

    def _lazy(self, name: str, build: Callable[..., Any], *args: Any, **kw: Any) -> None:
        """Set ``name`` to ``build(*args, **kw)`` when it is first read."""
        self._todo[name] = (build, args, kw)

    def __getattr__(self, name: str) -> Any:
        todo = self.__dict__.get("_todo")
        if not todo or name not in todo:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        build, args, kw = todo[name]
        value = build(*args, **kw)
        setattr(self, name, value)
        return value

    def compiled(self) -> dict[str, Any]:
        """Every pattern, compiled now, by attribute name."""
        return {name: getattr(self, name) for name in self._todo}

    @cached_property
    def folds(self) -> bool:
        """Whether any of these patterns has a twin for the lower-cased text (see FOLDED): the
        test :func:`fast` makes, without compiling."""
        return FOLDS and any(
            build is fast and bool(args[1] & regex.IGNORECASE) and lower_only(args[0])
            for build, args, _ in self._todo.values()
        )

    @cached_property
    def ago_re(self) -> regex.Pattern[str]:
        """"il y a deux semaines", "two weeks ago": compiled on first use (it holds the number
        words twice and is searched only where an "ago" word is, which most texts lack)."""
        return regex.compile(self._ago, _F)

    def _relations(self, t: Time) -> None:
        """Relation words before an anchor: since, until, from, the week or year to."""
        at_words, at_keys, cl = self.at_words, self.at_keys, self.pack.clitic_table.words
        then_at = rf"(?:\s+{at_words})?\s*\Z"  # maybe an "at" word, then the anchor
        # "depuis samedi", "منذ يوم السبت": a relation word, maybe followed by an "at" word.
        self._lazy("relation_re", fast,
            word_pattern(list(self.relation_of), group="rel", end=then_at), _F
        )
        self._lazy("relation_end", ending_test, list(self.relation_of), then=at_keys)
        # "since the invasion began on 24 February", "منذ إعلان ... في 21 سبتمبر": a since word
        # further left, with no sentence end between.
        since = _keys(t.relations["since"])
        self._lazy("since_far_re", fast, word_pattern(since, end=r"\s[^" + re.escape(CLAUSE_ENDS) + r"]{1,90}\Z"), _F)
        self._lazy("since_word_re", fast, word_pattern(since), _F)
        self._lazy("week_to_re", fast, word_pattern(_keys(t.week_to), end=then_at), _F)
        self._lazy("week_to_end", ending_test, _keys(t.week_to), then=at_keys)
        self._lazy("from_re", fast, word_pattern(_keys(t.from_words), clitics=cl, end=then_at), _F)
        self._lazy("from_end", ending_test, _keys(t.from_words), then=at_keys)
        self.until_days_only = frozenset(_keys(t.until_days_only))
        self._lazy("since_event_re", fast, word_pattern(_keys(t.since_event), clitics=cl), _F)
        self._lazy("year_to_re", fast, word_pattern(_keys(t.year_to), clitics=cl, end=then_at), _F)
        self._lazy("year_to_end", ending_test, _keys(t.year_to), then=at_keys)

    def _durations(self, p: Pack, t: Time) -> None:
        """"il y a deux semaines", "in the past week", "في غضون يومين"."""
        cl = p.clitic_table.words
        self.units = [k for k, u in p.units.items() if u.canonical == "duration:s" and k.isalpha()]
        num = rf"(?:(?P<num>\d+(?:[.,]\d+)?|{p.number_words})\s+)?"
        unit = alternation(_keys(self.units + list(self.duals)))
        self.duration = rf"{num}(?P<unit>{unit}){_E}"
        self._ago = (
            word_pattern(_keys(t.ago_before), clitics=cl, end=rf"\s+{self.duration}")
            + "|" + word_pattern(_keys(t.ago_after), start=rf"{_B}{self.duration}\s+")
        )
        # Its "ago" words alone: where they are absent, the costly pattern (ago_re) finds nothing.
        self._lazy("ago_words_re", regex.compile, alternation(_keys(t.ago_before + t.ago_after)), _F)
        self._lazy("past_re", fast,
            word_pattern(
                _keys(t.past_before), clitics=cl,
                end=rf"\s+{self.duration}(?:\s+{alternation(_keys(t.past_after), group='after')}{_E})?",
            ),
            _F,
        )
        self.marks_past_after = bool(t.past_after)
        self._lazy("within_re", fast, word_pattern(_keys(t.within), clitics=cl, end=rf"\s+{self.duration}"), _F)

    def _dates(self, p: Pack, t: Time) -> None:
        """Weekdays, months, quarters, years and the named periods."""
        cl = p.clitic_table.words
        self._lazy("quarter_re", fast, word_pattern(list(self.quarter_of)), _F)
        self._lazy("weekday_re", fast, word_pattern(list(p.weekdays), clitics=cl), _F)
        mflags = regex.V0 if t.months_case_sensitive else _F
        months = sorted(t.months, key=len, reverse=True) if t.months_case_sensitive else list(p.months)
        self._lazy("month_year_re", fast,
            word_pattern(
                months, clitics=cl, group="month",
                end=r"(?:\s*/\s*" + alternation(months) + r")?\.?(?:\s+(?P<year>\d{4}))?" + _E,
            ),
            mflags,
        )
        self._lazy("year_name_re", fast, word_pattern(_keys(t.year_names), clitics=cl, end=r"\s*\Z"), _F)
        self._lazy("year_name_end", ending_test, _keys(t.year_names))
        self._lazy("year_before_end", ending_test, list(p.year_before), engine=regex, flags=p.year_before_re.regex.flags)
        self._lazy("period_not_after_re", fast, word_pattern(_keys(t.period_not_after), end=r"\s+\Z"), _F)
        # Named periods, quarters, seasons, weekdays and time units in one pass over a sentence
        # (the longer kinds first; the clitics only before an unresolved period or a weekday).
        kinds = [
            alternation(list(self.period_of), group="period"),
            alternation(list(self.quarter_of), group="quarter"),
            self.pre + "(?:" + alternation(_keys(t.unresolved_periods), group="unresolved")
            + "|" + alternation(list(p.weekdays), group="weekday") + ")",
            alternation(_keys(self.units + list(self.duals)), group="unit"),
        ]
        self._lazy("named_re", fast, _B + "(?:" + "|".join(kinds) + ")" + _E, _F)
        named = [*self.period_of, *self.quarter_of, *_keys(t.unresolved_periods), *p.weekdays, *_keys(self.units + list(self.duals))]
        # every match of named_re holds one of these words: a sentence that holds none is not searched
        self._lazy("named_test", holding_test, named, indexed=False)

    def _cues(self, p: Pack, t: Time) -> None:
        """Words around a time that change its reading: continuation, publication, reporting,
        baseline, document names, standing populations."""
        cl = p.clitic_table.words
        self._lazy("continuation_re", fast, word_pattern(_keys(t.continuation), clitics=cl), _F)
        self._lazy("published_re", fast, word_pattern(_keys(t.published_markers), end=r"\s*:?\s*\Z"), _F)
        self._lazy("published_any", fast, word_pattern(_keys(t.published_markers), end=""), _F)
        self._lazy("reporting_re", fast, word_pattern(_keys(t.reporting_verbs), clitics=cl), _F)
        self._lazy("baseline_re", fast, word_pattern(_keys(t.baseline_before), clitics=cl, end=r"\s*\Z"), _F)
        self._lazy("baseline_end", ending_test, _keys(t.baseline_before))
        self._lazy("document_before_re", fast, word_pattern(_keys(t.document_before), end=r"\s*\Z"), _F)
        self._lazy("document_after_re", fast, word_pattern(_keys(t.document_after), start=r"\s+"), _F)
        self._lazy("continuation_inside_re", fast, word_pattern(_keys(t.continuation_inside), clitics=cl), _F)
        self.lasting = frozenset(_keys(t.lasting_counted))

    def _breaks(self, t: Time) -> None:
        """Clause breaks, each of a kind: link, detach or temporal."""
        linking = _keys(t.clause_breaks)
        detached = _keys(t.detached_breaks)
        temporal = _keys(t.temporal_breaks)
        self.break_kind = {b: "link" for b in linking} | {b: "detach" for b in detached} | {b: "temporal" for b in temporal}
        signs = [b for b in self.break_kind if not b[0].isalpha()]  # ";", "؛": no word boundary
        self._lazy("break_re", fast,
            "|".join([word_pattern([b for b in self.break_kind if b[0].isalpha()])] + ([alternation(signs)] if signs else [])),
            _F,
        )


_TIME_PACKS: dict[int, TimePack] = {}


def time_pack(pack: Pack) -> TimePack:
    """The compiled time patterns of ``pack`` (built on first use, once per process)."""
    tp = _TIME_PACKS.get(id(pack))
    if tp is None or tp.pack is not pack:
        tp = _TIME_PACKS[id(pack)] = TimePack(pack)
    return tp


# Patterns the finding modules share.
# The lookbehinds stand after the first digit, so the search skips to digits (the same matches).
YEAR_ONLY = fast(r"(?:1[89]\d\d|20\d\d)(?<![\d.,]....)(?![\d.,]\d|\d)")
DIGIT_START = fast(r"\d(?<!\d\d)")
WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
