"""Language packs: all language knowledge claimx has, as data.

A pack is a TOML file with the same keys in every language (``tests/test_packs.py`` checks it).
:class:`Pack` loads one, normalises every surface with :func:`claimx.normalize.norm_key` (so pack
authors write words as they are spelt), and compiles the lookup regexes the stages use. Stage code
asks the pack (``pack.units.get(word)``); it never tests which language it is working on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from collections.abc import Container
from typing import Any

import regex

from claimx.errors import PackError as PackError  # re-exported: the old import path
from claimx.packs.schema import PackData, read_pack
from claimx.normalize import norm_key

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")
NUMBER_KINDS = ("words", "hundreds", "scales", "duals", "weak")


def _trie(words: list[str]) -> str:
    """A regex alternation for ``words`` built as a character trie (fast for hundreds of words).

    Whitespace inside a surface matches any run of whitespace.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else regex.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(root) + ")" if root else "(?!)"


def _keys(values: list[str] | dict[str, Any]) -> list[str]:
    return sorted({norm_key(v) for v in values if norm_key(v)}, key=len, reverse=True)


def _dual_forms(words: frozenset[str]) -> list[str]:
    """The dual forms of Arabic nouns, free and in construct with a pronoun: الجدول → الجدولان,
    الجدولين; جلسة → جلستان, جلستين, جلستيها."""
    out: list[str] = []
    for w in sorted(words):
        if not regex.fullmatch(r"\p{Arabic}{3,}", w):
            continue
        base = w[:-1] + "ت" if w.endswith(("ة", "ه")) else w
        for free in ("ان", "ين"):
            out.append(base + free)
        for bound in ("ا", "ي"):
            out.extend(base + bound + pronoun for pronoun in ("ها", "هما", "ه", "هم"))
    return out


def _num(v: Any) -> Decimal:
    return Decimal(str(v))


def _ratio(v: Any) -> Decimal:
    """``"1/3"`` or ``"0.5"`` as an exact ratio."""
    top, _, bottom = str(v).partition("/")
    return Decimal(top) / Decimal(bottom) if bottom else Decimal(top)


@dataclass(frozen=True)
class Unit:
    canonical: str
    factor: Decimal


@dataclass
class Pack:
    """One language's data plus the regexes compiled from it."""

    code: str
    data: dict[str, Any]
    spec: PackData = field(init=False)
    name: str = field(init=False)
    stopwords: frozenset[str] = field(init=False)
    numbers: dict[str, tuple[str, Decimal]] = field(init=False)
    currency_scales: dict[str, Decimal] = field(init=False)
    vague: dict[str, Decimal] = field(init=False)
    qualifiers_before: dict[str, str] = field(init=False)
    qualifiers_after: dict[str, str] = field(init=False)
    range_pairs: dict[str, frozenset[str]] = field(init=False)
    range_bare: frozenset[str] = field(init=False)
    units: dict[str, Unit] = field(init=False)
    months: dict[str, int] = field(init=False)
    weekdays: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        d = self.data
        self.spec = read_pack(self.code, d)  # the typed schema: a bad pack raises PackError naming the key
        self.name = d["meta"]["name"]
        self.stopwords = frozenset(_keys(d["detect"]["stopwords"]))
        self.decimal = tuple(d["digits"]["decimal"])
        self.group = tuple(d["digits"]["group"])
        num = d["numbers"]
        self.numbers = {}
        for kind in NUMBER_KINDS:
            for surface, value in num[kind].items():
                key = norm_key(surface)
                # The first kind listed wins (a plural scale is a scale, not a weak number).
                self.numbers.setdefault(key, (kind, _num(value)))
        self.bound_scales = frozenset(_keys(num["bound_scales"]))
        self.approximate = frozenset(_keys(num["approximate"]))
        self.currency_scales = {norm_key(k): _num(v) for k, v in num["currency_scales"].items()}
        self.vague = {norm_key(k): _num(v) for k, v in d["vague"].items()}
        self.qualifiers_before = {}
        self.qualifiers_after = {}
        for where, target in (("before", self.qualifiers_before), ("after", self.qualifiers_after)):
            for qual, surfaces in d["qualifiers"][where].items():
                if qual not in QUALIFIERS:
                    raise PackError(f"pack {self.code}: unknown qualifier {qual!r}")
                for s in surfaces:
                    target.setdefault(norm_key(s), qual)
        pairs: dict[str, set[str]] = {}
        for opener, joiner in d["ranges"]["pairs"]:
            pairs.setdefault(norm_key(opener), set()).add(norm_key(joiner))
        self.range_pairs = {k: frozenset(v) for k, v in pairs.items()}
        self.range_bare = frozenset(norm_key(j) for j in d["ranges"]["bare"])
        self.units = {}
        for canonical, table in d["units"].items():
            for surface, factor in table.items():
                self.units.setdefault(norm_key(surface), Unit(canonical, _num(factor)))
        t = d["time"]
        self.months = {norm_key(k): v for k, v in t["months"].items()}
        self.weekdays = {norm_key(k): v for k, v in t["weekdays"].items()}
        ctx = d["context"]
        self.counted_skip = frozenset(_keys(ctx["counted_skip"]))
        self.definite = frozenset(_keys(ctx["definite"]))
        self.year_before = frozenset(_keys(ctx["year_before"]))
        self.label_before = frozenset(_keys(d["digits"]["label_before"]))
        self.dual_definite = tuple(_keys(d["numbers"]["dual_definite"]))
        dual_sfx = _keys(d["numbers"]["dual_suffixes"])
        if dual_sfx:  # "الجدولان 1 و 2", "جلستيها 21 و 27": a label word in the dual labels two numbers
            self.label_before = self.label_before | frozenset(_dual_forms(self.label_before))
        self.age_units = frozenset(_keys(d["age"]["units"]))
        self.age_apposition = bool(d["age"]["bare_apposition"])
        self.age_not_after = frozenset(_keys(d["age"]["not_after"]))
        self.years_ungrouped = bool(d["digits"]["years_ungrouped"])
        self.abbreviations = frozenset(a.casefold() for a in d["sentences"]["abbreviations"])
        self.word_clitics = tuple(_keys(d["numbers"]["word_prefixes"]))
        self.connector_words = frozenset(_keys(d["numbers"]["connectors"]))
        self.ordinal_words = frozenset(_keys(d["numbers"]["ordinal_words"]))
        self.coordinators = frozenset(_keys(d["numbers"]["coordinators"])) | {",", "/", "×"}
        self.dual_not = frozenset(k for k in _keys(d["numbers"]["dual_not"]) if not k.startswith("-"))
        self.dual_not_endings = tuple(k[1:] for k in _keys(d["numbers"]["dual_not"]) if k.startswith("-"))
        self.dual_durations = {norm_key(k): _num(v) for k, v in d["time"]["dual_durations"].items()}
        sfx = _keys(d["numbers"]["dual_suffixes"])
        clit = _keys(list(d["numbers"]["word_prefixes"]) + list(d["digits"]["prefixes"]))
        pre = f"(?:{_trie(clit)})?" if clit else ""
        dual_alts = ([rf"\p{{L}}{{3,}}(?:{_trie(sfx)})"] if sfx else []) + ([_trie(list(self.dual_durations))] if self.dual_durations else [])
        self.dual_re = (
            regex.compile(rf"(?<![\w]){pre}(?P<w>{'|'.join(dual_alts)})(?![\w])", regex.V0 | regex.IGNORECASE)
            if dual_alts
            else None
        )
        self.clitics = tuple(_keys(list(d["numbers"]["word_prefixes"]) + list(d["digits"]["prefixes"])))
        self.qualifier_or_opener = frozenset(self.qualifiers_before) | frozenset(self.range_pairs)
        self.event_kinds = {
            kind: tuple(dict.fromkeys(_event_surface(s) for s in surfaces if _event_surface(s)))
            for kind, surfaces in d["events"]["kinds"].items()
        }
        self._compile()

    def strip_clitic(self, key: str, known: Container[str], clitics: tuple[str, ...] | None = None) -> str:
        """``key`` without a clitic prefix (``وأكثر من`` → ``أكثر من``) when the bare form is in
        ``known``; ``key`` itself otherwise. ``clitics`` defaults to every clitic of the pack."""
        for pre in self.clitics if clitics is None else clitics:
            if key.startswith(pre) and key[len(pre) :] in known:
                return key[len(pre) :]
        return key

    # -- regexes -------------------------------------------------------------------------------
    def _compile(self) -> None:
        d = self.data
        num = d["numbers"]
        flags = regex.IGNORECASE | regex.V0
        B, E = r"(?<![\w])", r"(?![\w])"
        prefixes = _keys(list(num["word_prefixes"]) + list(num["number_clitics"]))
        pre = f"(?:{_trie(prefixes)})?" if prefixes else ""
        clitics = _keys(list(num["word_prefixes"]) + list(d["digits"]["prefixes"]))
        cpre = f"(?:{_trie(clitics)})?" if clitics else ""
        describe = _keys(num["dual_describe"])
        self.dual_describe_re = regex.compile(B + cpre + r"(?:" + _trie(describe) + r")[ \t]+\Z", flags) if describe else None
        not_words = _keys(num["not_words"])
        word = (f"(?!(?:{_trie(not_words)})(?![\\w]))" if not_words else "") + pre + _trie(list(self.numbers))
        connectors = _keys(num["connectors"])
        conn = f"(?:\\s+{_trie(connectors)}(?=\\s))?" if connectors else ""
        self.number_words = f"{B}{word}(?:(?:{conn}\\s+|\\s*-\\s*){word})*{E}"
        self.word_item_re = regex.compile(f"{B}{pre}(?P<w>{_trie(list(self.numbers))}){E}", flags)
        vague = _trie(list(self.vague))
        fr_ = d["fractions"]
        self.fraction_words = {norm_key(k): _ratio(v) for k, v in fr_["words"].items()}
        self.fraction_shares = {norm_key(k): _ratio(v) for k, v in fr_["shares"].items()}
        self.fraction_not_before = frozenset(_keys(fr_["not_before"]))
        self.fraction_not_after = frozenset(_keys(fr_["not_after"]))
        self.fraction_any_of = "*" in fr_["of"]
        self.multipliers: dict[str, tuple[Decimal, str | None]] = {}
        for table, direction in (("up", "up"), ("down", "down"), ("plain", None)):
            for k, v in fr_[table].items():
                self.multipliers.setdefault(norm_key(k), (_ratio(v), direction))
        fractions = list(self.fraction_words) + list(self.fraction_shares)
        self.fraction_re = regex.compile(B + cpre + "(?P<f>" + _trie(fractions) + ")" + E, flags)
        self.multiplier_re = regex.compile(B + cpre + "(?P<m>" + _trie(list(self.multipliers)) + ")" + E, flags)
        of_words = [k for k in _keys(fr_["of"]) if not k.endswith("-") and k != "*"]
        of_prefixes = [k[:-1] for k in _keys(fr_["of"]) if k.endswith("-")]
        of_alts = ([f"(?:{_trie(of_words)})(?![\\w])"] if of_words else []) + ([_trie(of_prefixes)] if of_prefixes else [])
        self.fraction_of_re = regex.compile(r"[ \t]*(?:" + "|".join(of_alts) + ")", flags)
        # A number of at most six words: these patterns are searched everywhere, and an unbounded run of
        # number words ("ألف ألف ألف …") would be tried from each of its words (quadratic).
        short_words = f"{B}{word}(?:(?:{conn}\\s+|\\s*-\\s*){word}){{0,5}}{E}"
        number = r"(?:(?P<d>\d{1,15}(?:[.,]\d+)?)|(?P<w>" + short_words + "))"
        self.fold_re = regex.compile(number + r"[ \t]*(?:" + _trie(_keys(fr_["fold"])) + ")" + E, flags)
        self.one_in_re = regex.compile(
            number.replace("P<d>", "P<d1>").replace("P<w>", "P<w1>")
            + r"(?P<between>[ \t]+[\w'’-]+)?[ \t]+(?:" + _trie(_keys(fr_["one_in"])) + r")[ \t]+"
            + number.replace("P<d>", "P<d2>").replace("P<w>", "P<w2>"),
            flags,
        )
        self.times_re = regex.compile(B + "(?:" + _trie(_keys(fr_["times_before"])) + r")[ \t]+" + number, flags)
        ch = d["changes"]
        self.change_words = (
            {norm_key(w): "either" for w in ch["either"]}
            | {norm_key(w): "up" for w in ch["up"]}
            | {norm_key(w): "down" for w in ch["down"]}
        )
        self.change_links = frozenset(_keys(ch["links"]))
        self.change_to = frozenset(_keys(ch["to"]))
        self.change_from = frozenset(_keys(ch["from"]))
        ctx_ = d["context"]
        self.label_after_re = regex.compile(r"[ \t]*,?[ \t]*(?:" + _trie(_keys(ctx_["label_after"])) + r")(?![\w])", flags)
        ta = _keys(ctx_["time_adjectives"])
        self.time_adjective_re = regex.compile(r"[ \t]+(?:" + _trie(ta) + r")(?![\w])", flags) if ta else None
        ago = _keys(d["time"]["ago_after"])
        self.ago_after_re = regex.compile(r"[ \t]*(?:" + _trie(ago) + r")(?![\w])", flags) if ago else None
        self.periods = frozenset(_keys(ctx_["periods"]))
        glued_articles = _keys(d["entities"]["articles"])
        # An article glued to the noun after a number: "آلاف السنين" (thousands of years).
        self.glued_article_re = (
            regex.compile(r"[ \t]+(?:" + _trie(glued_articles) + r")(?=\p{L})", flags) if glued_articles else None
        )
        lists = _keys(ctx_["list_before"])
        self.list_before_re = regex.compile(B + r"(?:" + _trie(lists) + r")[ \t]*\Z", flags) if lists else None
        idioms = _keys(ctx_["idioms"])
        self.idiom_re = regex.compile(r"(?:" + _trie(idioms) + r")(?!\w)", flags) if idioms else None
        sup = _keys(ctx_["superlatives"])
        self.superlative_re = regex.compile(B + r"(?:" + _trie(sup) + r")(?!\w)", flags) if sup else None
        ago_b = _keys(d["time"]["ago_before"])
        self.ago_before_re = regex.compile(B + r"(?:" + _trie(ago_b) + r")[ \t]+\Z", flags) if ago_b else None
        self.year_after_re = regex.compile(r"[ \t]*(?:" + _trie(_keys(ctx_["year_after"])) + r")(?![\w])", flags)
        neg = _keys(ctx_["negative"])
        self.negative_re = regex.compile(B + "(?:" + _trie(neg) + r")[ \t-]*\Z", flags) if neg else None
        self.partitive_re = regex.compile(r"[ \t]*(?:" + _trie(_keys(ctx_["partitive"])) + ")" + E, flags)
        self.mass_words_re = regex.compile(B + cpre + "(?:" + _trie(_keys(ctx_["mass_words"])) + ")" + E, flags)
        self.magnitude_before_re = regex.compile(B + cpre + "(?:" + _trie(_keys(ctx_["magnitude_before"])) + r")[ \t]*\Z", flags)
        self.mass_units = {norm_key(k): _ratio(v) for k, v in ctx_["mass_units"].items()}
        self.per_time = {norm_key(k): _num(v) for k, v in ctx_["per_time"].items()}
        self.per_time_re = regex.compile(r"[ \t]*(?:" + _trie(list(self.per_time)) + r")(?!\w)", flags)
        self.million_glued = frozenset(ctx_["million_glued"])
        self.change_verb_first = bool(ch["verb_first"])
        self.change_word_re = regex.compile(B + cpre + "(?P<w>" + _trie(list(self.change_words)) + ")" + E, flags)
        after = {norm_key(w): "up" for w in ch["after_up"]} | {norm_key(w): "down" for w in ch["after_down"]}
        self.change_after = after
        self.change_after_re = (
            regex.compile(r"[\s-]*(?P<w>" + _trie(list(after)) + ")" + E, flags) if after else None
        )
        self.reversed_groups = bool(d["digits"]["reversed_groups"])
        self.dot_groups = bool(d["digits"]["dot_groups"])
        script = str(d["digits"]["glued_script"])
        self.glued_letter_re = regex.compile(rf"\p{{Script={script}}}") if script else None
        # Arabic typesetting may write the groups of a number in reverse ("000 800" for 800 000,
        # "500 2" for 2 500, "731.5 1" for 1 731.5): a run of 3-digit groups and a shorter last one.
        reversed_groups = r"(?:\d{3}[.,]\d+|000)(?: \d{3})* \d{1,3}(?![\d.,])|\d{3}(?: \d{3})* \d{1,2}(?![\d.,])|" if self.reversed_groups else ""
        digits = (
            r"(?<![\d.,،])(?:" + reversed_groups + r"\d{1,3}(?P<g>[,.' ،])\d{3}(?:(?P=g)\d{3})*(?![\d])(?:[.,]\d+)?"
            r"|\d+(?:[.,]\d+)?)(?![\d])"
        )
        self.candidates = regex.compile(
            f"(?P<digits>{digits})|{B}{cpre}(?P<vague>{vague}){E}|(?P<words>{self.number_words})", flags
        )
        scales = [k for k, (kind, _) in self.numbers.items() if kind in ("scales", "hundreds")]
        links = _keys(num["unit_links"])
        self.link_re = regex.compile(r"\s*" + _trie(links) + r"\s*", flags) if links else None
        self.scale_re = regex.compile(r"\s*(?:" + _trie(_keys(scales)) + r")" + E, flags)
        self.words_after_digits_re = regex.compile(r"\s*(?:" + self.number_words + ")", flags)
        self.currency_scale_re = regex.compile(r"\s?(?:" + _trie(list(self.currency_scales)) + r")" + E, flags)
        units = list(self.units)
        # A unit right after the number: words need a boundary; symbols do not.
        self.unit_re = regex.compile(r"(?:[ \t]*|-)(?:" + _trie(units) + r")(?![\w²³/])", flags)
        prefix_currencies = [
            k for k, u in self.units.items()
            if u.canonical.startswith("currency:") and (not k.isalpha() or len(k) == 3)
        ]
        self.currency_before_re = regex.compile(
            r"(?:^|(?<=[\s(\[«\"'/]))(?:" + _trie(prefix_currencies) + r")[ \t]?\Z", flags
        )
        dp = _keys(d["digits"]["prefixes"])
        self.digit_prefix_re = regex.compile(r"(?:^|(?<=\W))(?:" + _trie(dp) + r")\Z", flags) if dp else None
        self.qual_before_re = regex.compile(
            B + cpre + r"(?:" + _trie(list(self.qualifiers_before)) + r")\s*\Z", flags
        )
        self.qual_after_re = regex.compile(
            r"\s*,?\s*(?:" + _trie(list(self.qualifiers_after)) + r")" + E, flags
        )
        self.opener_re = regex.compile(B + pre + r"(?:" + _trie(list(self.range_pairs)) + r")\s*\Z", flags)
        joiners = set(self.range_bare)
        for js in self.range_pairs.values():
            joiners |= js
        jw = [j for j in joiners if j.isalpha() and j not in prefixes]
        js_ = [j for j in joiners if not (j.isalpha() and j not in prefixes)]
        date_joiners = _keys(list(jw) + list(js_) + list(num["connectors"]))
        definite = _keys(d["context"]["definite"]) + ["le", "the"]
        self.date_joiner_re = regex.compile(
            r"\s*(?:" + _trie(date_joiners) + r")\s*(?:(?:" + _trie(_keys(definite)) + r")\s+)?(?=\d)", flags
        )
        self.joiner_re = regex.compile(
            r"\s*(?:(?P<j>" + _trie(_keys(jw)) + r")\s+|\s*(?P<j2>" + _trie(_keys(js_)) + r")\s*)", flags
        )
        self.counted_skip_re = regex.compile(
            r"\s*(?:" + _trie(list(self.counted_skip)) + r")(?:\s+|(?<='))", flags
        ) if self.counted_skip else None
        self.word_re = regex.compile(r"\s*([\p{L}][\p{L}\p{M}'’-]*)", flags)
        self.ordinal_re = regex.compile(
            r"(?:" + _trie(_keys(d["digits"]["ordinal_suffixes"])) + r")(?![\p{L}])", flags
        ) if d["digits"]["ordinal_suffixes"] else None
        age_after = _keys(d["age"]["after"])
        self.age_after_re = regex.compile(r"\s*(?:" + _trie(age_after) + r")", flags) if age_after else None
        links = _keys(d["age"]["link_before"])
        self.age_link_re = (
            regex.compile(r"(?P<noun>[\p{L}\p{M}'-]+)\s+(?:" + _trie(links) + r")\s*\Z", flags) if links else None
        )
        self.age_before_re = regex.compile(B + r"(?:" + _trie(_keys(d["age"]["before"])) + r")\s*\Z", flags)
        ctx = d["context"]
        self.time_before_re = regex.compile(B + pre + r"(?:" + _trie(_keys(ctx["time_before"])) + r")\s*\Z", flags)
        self.time_after_re = regex.compile(r"\s*(?:" + _trie(_keys(ctx["time_after"])) + r")" + E, flags)
        self.clock_after_re = regex.compile(r"\s*(?:" + _trie(_keys(ctx["clock_after"])) + r")(?![\w])", flags)
        self._compile_events()
        self.clock_before_re = regex.compile(B + r"(?:" + _trie(_keys(ctx["clock_before"])) + r")\s*\Z", flags)
        self.definite_re = regex.compile(B + r"(?:" + _trie(list(self.definite)) + r")\s*\Z", flags) if self.definite else None
        self.label_before_re = regex.compile(
            r"(?:^|(?<=[\s('’]))" + cpre + r"(?:" + _trie(list(self.label_before)) + r")\s*[\[(]?\s*\Z", flags
        )
        gap = int(d["digits"]["label_modifiers"])
        self.label_gap_re = regex.compile(
            r"(?:^|(?<=[\s('’]))" + cpre + r"(?:" + _trie(list(self.label_before)) + rf")(?:[ \t]+[\p{{L}}'’-]+){{1,{gap}}}[ \t]*\Z",
            flags,
        ) if gap > 0 else None
        self.year_before_re = regex.compile(B + pre + r"(?:" + _trie(list(self.year_before)) + r")\s*\Z", flags)
        mflags = regex.V0 if self.data["time"]["months_case_sensitive"] else flags
        month_keys = (
            sorted({str(m) for m in self.data["time"]["months"]}, key=len, reverse=True)
            if self.data["time"]["months_case_sensitive"] else list(self.months)
        )
        month = _trie([norm_key(m) if not self.data["time"]["months_case_sensitive"] else m for m in month_keys])
        month = rf"(?:{month})(?:\s*/\s*(?:{month}))?"  # "فبراير/شباط"
        links_d = _keys(self.data["time"]["date_links"])
        dl = rf"(?:\s+(?:{_trie(links_d)}))?" if links_d else ""
        ordsfx = f"(?:{_trie(_keys(d['digits']['ordinal_suffixes']))})?" if d["digits"]["ordinal_suffixes"] else ""
        day = rf"(?<!\d)(?:[0-3]?\d){ordsfx}"
        # "les 2 et 3 octobre", "21-23 September": every day in the list belongs to the date.
        and_words = _trie(_keys(connectors + [j for j in self.range_bare if j.isalpha()]))
        day = rf"(?:{day}(?:\s*[,\-–]\s*|\s+{and_words}\s*))*{day}"
        year = r"(?:\s*,?\s*\d{4}(?!\d))"
        wd = _trie(list(self.weekdays))
        hijri = _trie(_keys(list(self.data["time"]["hijri_months"])))
        self.hijri_re = regex.compile(
            rf"(?<!\d)\d{{1,2}}\s+(?:{hijri})(?:\s+\d{{3,4}}(?:\s*(?:ه|AH|H)\.?)?)?{E}", flags
        )
        self.month_tail_re = regex.compile(rf"{B}{pre}(?:{month})\.?\s+\Z", mflags)
        self.date_re = regex.compile(
            rf"(?:{B}(?:{wd})\s*,?\s+)?(?:"
            rf"{day}{dl}\s+{pre}(?:{month})\.?{E}{year}?"
            rf"|{B}{pre}(?:{month})\.?\s+{day}(?!\d)(?:{year})?"
            rf"|{B}{pre}(?:{month})\.?\s+\d{{4}}(?!\d)"
            rf"|(?<!\d)\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})(?![\d])"
            rf"|(?<!\d)\d{{4}}[/-]\d{{1,2}}[/-]\d{{1,2}}(?!\d))",
            mflags,
        )
        # For scanning many positions of one text (:class:`DateScan`): the whole run of days a date
        # may start with, taken at once (no backtracking), and the numeric forms alone.
        self.day_run_re = regex.compile(rf"(?>{day})", mflags)
        self.numeric_date_re = regex.compile(
            r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d])|(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}(?!\d)"
        )


    def _compile_events(self) -> None:
        """One regex over every event surface, longest first, one named group per surface
        (``e<n>`` → :attr:`event_of_group`), so a longer surface of one kind beats a shorter one
        of another at the same place ("دخلوا المستشفى" before "دخل*")."""
        items = [(surface, kind) for kind, surfaces in self.event_kinds.items() for surface in surfaces]
        items.sort(key=lambda it: (-len(it[0].split()), -len(it[0]), it[0]))
        self.event_of_group: dict[str, str] = {}
        alts = []
        for n, (surface, kind) in enumerate(items):
            words = []
            for w in surface.split(" "):
                words.append(regex.escape(w[:-1]) + r"[\p{L}\p{M}'-]*" if w.endswith("*") else regex.escape(w))
            alts.append(f"(?P<e{n}>" + r"\s+".join(words) + ")")
            self.event_of_group[f"e{n}"] = kind
        clitics = _keys(self.data["events"]["clitics"])
        cl = f"(?:{_trie(clitics)})?" if clitics else ""
        body = "|".join(alts) if alts else "(?!)"
        self.event_re = regex.compile(
            r"(?<![\p{L}\p{M}\d])" + cl + "(?:" + body + r")(?![\p{L}\p{M}])", regex.IGNORECASE | regex.V0
        )
        breaks = _keys(self.data["time"]["clause_breaks"])
        self.clause_break_re = regex.compile(
            r"(?:(?<![\p{L}\p{M}])(?:" + _trie([b for b in breaks if b[-1].isalpha()]) + r")(?![\p{L}\p{M}])"
            + r"|(?:" + _trie([b for b in breaks if not b[-1].isalpha()] or [";"]) + "))",
            regex.IGNORECASE | regex.V0,
        )


class DateScan:
    """``pack.date_re.match`` at many positions of one text, in linear time in all.

    A date may start with a run of days ("les 2, 3 et 4 octobre"). Where no month follows the
    run ("12, 15, 17, 21 ...", a list of daily counts), the match fails at its first day after
    scanning the whole run, and would fail again, after scanning the rest of it, at each later
    day. A later day of a run that failed is only tried for the numeric forms ("12-5-17"), the
    one other way a date can start at a digit: the same answers, the run scanned once.
    """

    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.pack = pack
        self._failed = (0, 0, 0)  # a run of days [start, end) where a date failed, and that try's endpos

    def match(self, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
        text, p = self.text, self.pack
        end = len(text) if endpos is None else min(endpos, len(text))
        lo, hi, tried = self._failed
        if lo < pos < hi and end <= tried and text[pos].isdigit():
            return p.numeric_date_re.match(text, pos, end)
        m = p.date_re.match(text, pos, end)
        if m is None and pos < len(text) and text[pos].isdigit():
            run = p.day_run_re.match(text, pos, end)
            if run is not None and run.end() > pos:
                self._failed = (pos, run.end(), end)
        return m


def _event_surface(surface: str) -> str:
    """A normalised event surface; a trailing ``*`` (a stem) survives normalisation."""
    stem = surface.strip().endswith("*")
    key = norm_key(surface.strip().rstrip("*"))
    return key + "*" if key and stem else key


@lru_cache(maxsize=None)
def load_pack(code: str) -> Pack:
    """The pack for language ``code`` (``ar``, ``en``, ``fr``); loaded and compiled once per process."""
    if code not in available_languages():
        raise PackError(
            f"unsupported language {code!r}: claimx has packs for {', '.join(available_languages())}"
        )
    raw = resources.files("claimx.packs").joinpath(code, "pack.toml").read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"pack {code}/pack.toml is not valid TOML: {exc}") from exc
    return Pack(code, data)


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of the shipped packs, sorted."""
    root = resources.files("claimx.packs")
    return tuple(sorted(d.name for d in root.iterdir() if d.is_dir() and d.joinpath("pack.toml").is_file()))
