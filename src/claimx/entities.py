"""Entities and sources: who and where a claim is about, and who stated it.

Closed classes come from gazetteers and patterns in the language packs, which are fast and give
language-neutral ids: countries (CLDR names, the pack's aliases and demonyms → ISO alpha-2),
ministries (a ministry or minister word + a portfolio from one shared vocabulary → ``XX:portfolio``),
official titles and well-known organisations. People, other organisations and places come from a
statistical NER backend (:mod:`claimx.ner`) run on the sentences that hold a claim.

Everything works on the normalised paragraph text; spans are mapped back to the raw input by the
caller. Nothing here tests which language it reads.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import regex

from claimx.normalize import norm_key, normalize
from claimx.cache import cached
from claimx.packs import Pack, _keys, available_languages, country_surfaces, load_pack
from claimx.packs.chars import ARABIC_COMMA, ARABIC_SEMICOLON
from claimx.packs.patterns import (
    B as _B, E as _E, FLAGS as _FLAGS, QuickTest, alternation, holding_test, lazy, may_hold, optional, word_at, word_pattern,
    words_before, words_filling, words_leading,
)
from claimx.packs.schema import Attribution, Entities

_BREAK = regex.compile(rf"[,;:()\[\]«»\"“”—–]|\s[-–—]\s|[.!?](?=\s|$)|{ARABIC_COMMA}|{ARABIC_SEMICOLON}")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
_LAST_WORD = regex.compile(r"(?r)[\p{L}\p{M}'’-]+")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in normalised text (``start``/``end`` are offsets into it)."""

    kind: str  # country, ministry, person, organization, location
    id: str | None
    start: int
    end: int
    demonym: bool = False
    title: str | None = None
    key: str | None = None
    role: str = "mention"


@dataclass
class Source:
    """Who stated a claim: the phrase's span in normalised text."""

    start: int
    end: int


# -- gazetteers -------------------------------------------------------------------------------


def _surface(s: str, case_sensitive: bool) -> str:
    text = normalize(s).text
    text = " ".join(text.split())
    return text if case_sensitive else text.casefold()


@dataclass
class _Table:
    """Many surfaces and the value each stands for, found as the regex ``word_at(surfaces,
    clitics=…, group="w")`` finds them: a clitic or none, a surface, each at a word boundary.

    Most tables are read without their regex (:class:`_Lookup`: the text's runs of word
    characters looked up in a dict, the same matches); the regex (hundreds of names, which
    ``regex`` takes a tenth of a second to parse at a first start) is compiled only for a table
    whose surfaces the lookup cannot read exactly.
    """

    regex: regex.Pattern[str]
    values: dict[str, Any]
    case_sensitive: bool
    lookup: _Lookup | None = None

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, Any]]:
        return [(s, e, value) for s, _, e, value in self.find_at(text, start, end)]

    def find_at(self, text: str, start: int, end: int) -> list[tuple[int, int, int, Any]]:
        """:meth:`find`, with where the surface starts after its clitic."""
        if self.lookup is not None:
            matches: Iterable[tuple[int, int, int]] = self.lookup.matches(text, start, end)
        else:
            matches = ((m.start(), m.end(), m.start("w")) for m in self.regex.finditer(text, start, end))
        out = []
        for s, e, w in matches:  # the span with its prefix: "الروس", "بروسيا" name the entity as written
            key = " ".join(text[w:e].split())
            value = self.values.get(key if self.case_sensitive else key.casefold())
            if value is not None:
                out.append((s, w, e, value))
        return out


def _table(values: dict[str, Any], case_sensitive: bool, prefixes: Sequence[str]) -> _Table | None:
    flags = regex.V0 if case_sensitive else _FLAGS
    pattern = word_at(list(values), clitics=prefixes, group="w", flags=flags)
    return None if pattern is None else _Table(pattern, values, case_sensitive, _Lookup.of(values, flags, prefixes))


# A run of word characters, as the tables' boundaries read them (``\w``, regex version 0), and
# what a space inside a surface matches.
_RUN = regex.compile(r"\w+", regex.V0)
# A run of word characters that starts with no digit, or the end of a run that does: each run of a
# window that does not start with a digit is one of these ("12abc" gives "abc" too, for nothing).
# Found several times faster than every run (regex finds where its first class matches in a loop
# of its own), and a list of counts gives no string per number.
_LED_RUN = regex.compile(r"[^\W\d]\w*", regex.V0)
_WORD_CHAR = regex.compile(r"\w", regex.V0)
_DIGIT = regex.compile(r"\d", regex.V0)
_SPACES = regex.compile(r"\s+", regex.V0)


class _Lookup:
    """The matches of a table's regex, ``(?<!\\w) clitic? (?P<w>surface) (?!\\w)`` searched from
    left to right, found by looking up the text's runs of word characters in dicts.

    Every surface and clitic starts with a word character and every clitic is all word characters
    (:meth:`of` gives no lookup otherwise), so a match starts a run of the text, and the run is a
    clitic (or none) and the surface's first run (a surface's first run ends where the surface
    goes on with a character no word holds, or ends, as the text's run must at the same place).
    The rest of a surface is read character by character, a space as ``\\s+``. Where the regex
    would try several, it takes the longest clitic that leads to a surface (the clitics' trie
    tries a longer one first), then the longest surface (a trie: of the surfaces that can match
    at a place, each is the start of the next). Case-insensitive tables fold the text with the
    cases ``regex`` itself matches each character of the surfaces in (``fold``).
    """

    __slots__ = ("fold", "clitics", "sizes", "by_lead", "leads", "led")

    def __init__(self, fold: dict[int, int], clitics: frozenset[str], by_lead: dict[str, list[str]]) -> None:
        self.fold = fold  # each case of a surface's character → that character (empty: case-sensitive)
        self.clitics = clitics | {""}
        self.sizes = sorted({len(c) for c in self.clitics}, reverse=True)  # the longest tried first
        self.by_lead = by_lead  # a surface's first run → the rests of the surfaces it starts
        # What a run that starts a match is: most texts hold none (one set test, no loop over them)
        self.leads = frozenset(c + lead for lead in by_lead for c in self.clitics)
        # Whether the runs a lead may be are those of _LED_RUN, folded one by one (``_runs``): no lead
        # starts with a digit, and folding keeps each character a word character or not, a digit or not
        # (so the folded window's runs are the window's runs folded).
        self.led = not any(_DIGIT.match(lead) for lead in self.leads) and all(
            (_WORD_CHAR.match(chr(a)) is None) == (_WORD_CHAR.match(chr(b)) is None) and (_DIGIT.match(chr(a)) is None) == (_DIGIT.match(chr(b)) is None)
            for a, b in fold.items()
        )

    @classmethod
    def of(cls, values: Collection[str], flags: int, clitics: Sequence[str]) -> _Lookup | None:
        """The lookup for a table of ``values`` (compiled with ``flags``); None when one cannot
        give its regex's matches (a surface or a clitic that starts otherwise, a character two
        surface characters are cases of, no case table in this ``regex``)."""
        by_lead: dict[str, list[str]] = {}
        for surface in values:
            first = _RUN.match(surface)
            if first is None or _SPACES.search(surface.replace(" ", "")):
                return None
            by_lead.setdefault(first.group(), []).append(surface[first.end() :])
        if not all(_RUN.fullmatch(c) for c in clitics):
            return None
        fold = _case_fold({ch for word in [*values, *clitics] for ch in word}, flags)
        return None if fold is None else cls(fold, frozenset(clitics), by_lead)

    def matches(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, surface start) of each match in ``text[start:end]``, as ``finditer``."""
        if self.led:  # (the quick test, before the window is folded: see ``led``)
            runs = _LED_RUN.findall(text, start, end)
            if self.leads.isdisjoint([run.translate(self.fold) for run in runs] if self.fold else runs):
                return []
        window = text[start:end].translate(self.fold) if self.fold else text[start:end]
        if not self.led and self.leads.isdisjoint(_RUN.findall(window)):
            return []
        out: list[tuple[int, int, int]] = []
        after = start if start == 0 or _RUN.match(text, start - 1) is None else start + 1  # no match inside a run
        for run in _RUN.finditer(window):
            word = run.group()
            if word not in self.leads or run.start() + start < after:
                continue
            p, q = run.start() + start, run.end() + start
            for size in self.sizes:
                rests = self.by_lead.get(word[size:]) if word[:size] in self.clitics else None
                if rests is not None:
                    e = max(self._end(text, window, start, end, q, rest) for rest in rests)
                    if e >= 0:
                        out.append((p, e, p + size))
                        after = e
                        break
        return out

    @staticmethod
    def _end(text: str, window: str, start: int, end: int, i: int, rest: str) -> int:
        """Where ``rest`` (a surface after its first run) ends read from ``i`` up to a word
        boundary, or -1 where it does not."""
        for ch in rest:
            if ch == " ":
                m = _SPACES.match(text, i, end)
                if m is None:
                    return -1
                i = m.end()
            elif i < end and window[i - start] == ch:
                i += 1
            else:
                return -1
        return i if _RUN.match(text, i, end) is None else -1


def _case_fold(chars: Collection[str], flags: int) -> dict[int, int] | None:
    """A ``str.translate`` table taking each character ``regex`` matches a character of ``chars``
    with (under ``flags``) to that character; empty without IGNORECASE; None when a character
    would go to two of them, or ``regex`` has no case table to read."""
    if not flags & regex.IGNORECASE:
        return {}
    try:
        from regex import _regex  # the module's own case table, the one its matching reads

        cases_of: Callable[[int, int], list[int]] = getattr(_regex, "get_all_cases")
    except (ImportError, AttributeError):
        return None
    fold: dict[int, int] = {}
    for ch in chars:
        for case in cases_of(int(flags), ord(ch)):
            if fold.setdefault(case, ord(ch)) != ord(ch):
                return None
    return fold


class Gazetteer:
    """A pack's entity data compiled to regexes (built once per language)."""

    def __init__(self, pack: Pack) -> None:
        ent, att = pack.spec.entities, pack.spec.attribution
        prefixes = pack.clitic_table.entities
        self._countries(pack, ent, prefixes)
        orgs = {_surface(s, True): code for code, ss in ent.organizations.items() for s in ss}
        self.orgs = _table(orgs, True, prefixes)
        self._ministries(ent, prefixes)
        self._attribution(pack, att)
        known = set(pack.stopwords) | set(self.title_of) | set(_keys(att.verbs)) | set(_keys(att.weak_verbs))
        known |= set(_keys(att.stops)) | set(_keys(att.openers)) | set(_keys(att.skip_after_verb))
        known |= set(_keys(att.before)) | set(self.portfolio_of) | set(self.head_of)
        self._known = frozenset(w for k in known for w in k.split())
        self.not_last = frozenset(_keys(att.subject_not_last))
        self.not_first = frozenset(_keys(att.subject_not_first))
        self.verb_first = pack.change_verb_first  # a verb may open its clause before its speaker (VSO)
        self.verb_not_before = frozenset(_keys(att.verb_not_before))
        self._clitics = prefixes  # the article and clitics glued to a word ("الوزارة", "وقال")
        self.continuation_re = words_leading(_keys(att.continuation), gap=r"\W*")
        self.pronouns = frozenset(_keys(att.pronouns))
        self.pronoun_re = word_at(list(self.pronouns), always=True)
        self.skip_re = words_leading(_keys(att.skip_after_verb), repeat=True)
        # the words that open a detached clause ("while", "tandis que", "بينما"; not ";", which may
        # introduce what was counted: "بين جارتين قويتين؛ وهما: تايلاند و فيتنام")
        detached = [b for b in _keys(pack.spec.time.detached_breaks) if b[:1].isalpha()]
        self.detached_re = lazy(word_pattern(detached, clitics=prefixes), _FLAGS) if detached else None

    def _countries(self, pack: Pack, ent: Entities, prefixes: Sequence[str]) -> None:
        """Country names (CLDR and the pack's aliases) and demonyms → ISO alpha-2."""
        names_cs, dem_cs = bool(ent.names_case_sensitive), bool(ent.demonyms_case_sensitive)
        surfaces_of = country_surfaces(pack.code)
        names: dict[str, Any] = {}
        demonyms: dict[str, Any] = {}
        articles = pack.clitic_table.articles
        bare: set[str] = set()
        for surface, code in surfaces_of.names.items():
            key = _surface(surface, names_cs)
            names.setdefault(key, (code, False))
            for art in articles:  # "للمغرب": the prefix "لل" has absorbed the article of "المغرب"
                if key.startswith(art) and len(key) - len(art) >= 3:
                    names.setdefault(key[len(art) :], (code, False))
                    bare.add(key[len(art) :])
        # A name written with its article stands bare only after a clitic that holds the article, and
        # one written without takes no article: "الدعم المالي" (financial) is no Mali.
        self.bare_names, self.definite = frozenset(bare), frozenset(pack.dual_definite)
        for code, surfaces in surfaces_of.aliases.items():
            for surface in surfaces:
                names.setdefault(_surface(surface, names_cs), (code, False))
        for code, surfaces in surfaces_of.demonyms.items():
            for surface in surfaces:
                demonyms.setdefault(_surface(surface, dem_cs), (code, True))
        self.demonym_keys = frozenset(demonyms)  # "سورية": a name, and with the article a demonym
        self.not_after = {code: frozenset(_keys(words)) for code, words in surfaces_of.not_after.items()}
        self.not_before = {code: frozenset(_keys(words)) for code, words in surfaces_of.not_before.items()}
        self.articles = articles
        if names_cs == dem_cs:
            self.countries = [t for t in [_table({**demonyms, **names}, names_cs, prefixes)] if t]
        else:
            self.countries = [t for t in (_table(names, names_cs, prefixes), _table(demonyms, dem_cs, prefixes)) if t]

    def _ministries(self, ent: Entities, prefixes: Sequence[str]) -> None:
        """Ministries: "<ministry word> (<one word>)? (<link>)? <portfolio> (<and> <word>)*" or
        "<portfolio> <ministry word>"; titles, anaphors and the words around a place."""
        self.portfolio_of = {norm_key(s): p for p, ss in ent.portfolios.items() for s in ss}
        heads = {norm_key(s): "ministry" for s in ent.ministry} | {norm_key(s): "minister" for s in ent.minister}
        self.head_of = heads
        portfolio, head, links = list(self.portfolio_of), list(heads), _keys(ent.links)
        link = rf"(?:{alternation(links)}\s*)?"  # "minister for", "ministre de l'", "وزير لشؤون"
        coordinator = alternation(_keys(ent.coordinators))
        if ent.coordinator_attached:  # "والدفاع"
            coord = rf"(?:\s+{coordinator}[\p{{L}}]+){{0,3}}"
        else:  # "ministère de l'Économie et des Finances"
            coord = rf"(?:\s+{coordinator}\s+{link}[\p{{L}}'-]+){{0,3}}"
        # "<head> (<one word>)? (<link>)? <portfolio> <coordinated>" or "<portfolio> <head>".
        head_first = (
            alternation(head, group="h") + rf"(?:\s+(?P<mid>[\p{{L}}'-]+))??\s+{link}"
            + alternation(portfolio, group="p") + coord
        )
        head_last = alternation(portfolio, group="p2") + r"\s+" + alternation(head, group="h2")
        self.ministry_re = lazy(rf"{_B}{optional(prefixes)}(?:{head_first}|{head_last}){_E}", _FLAGS)
        # Every ministry holds its head word: a sentence without one is not searched (most name
        # none), and the regex (a few hundred portfolios) is not compiled for a text without one.
        self.ministry_test = holding_test(head)
        self.links_re = words_filling(links, required=False)
        self.possessive_re = words_filling(_keys(ent.possessive), before="", required=False)
        self.anaphor_re = word_at(_keys(ent.country_anaphors), always=True)
        self.title_of = {norm_key(s): t for t, ss in ent.titles.items() for s in ss}
        self.title_re = word_at(list(self.title_of), clitics=prefixes, group="w", always=True)
        # The holding tests of the patterns searched in every claim sentence (found_in): most sentences
        # hold none of their words, and regex tries each pattern at each position of one.
        self.title_test = holding_test(list(self.title_of), indexed=False)
        self.location_before_re = words_before(_keys(ent.location_before), gap=r"\s*(?:\S+\s+)?", always=True)
        self.subject_links_re = words_filling(_keys(ent.subject_links))

    def _attribution(self, pack: Pack, att: Attribution) -> None:
        """Reporting verbs, "according to", the words that stop a source and its openers."""
        clitics = pack.word_clitics
        # Inside a compound verb an adverb may intervene: "a également rapporté", "has also said".
        gap = rf"\s+(?:{alternation(_keys(att.adverbs))}\s+)*"
        self.verb_re = word_at(_keys(att.verbs), clitics=clitics, space=gap, always=True)
        self.weak_verb_re = word_at(_keys(att.weak_verbs), clitics=clitics, space=gap, always=True)
        self.verb_test = holding_test(_keys(att.verbs), indexed=False)  # (see title_test)
        self.weak_verb_test = holding_test(_keys(att.weak_verbs), indexed=False)
        # No end boundary: Arabic "وفقا ل" glues to the next word ("وفقا لوزارة").
        self.according_re = word_at(_keys(att.before), clitics=clitics, end=rf"(?:{_E}|(?<=\p{{Arabic}}))", always=True)
        self.according_test = holding_test(_keys(att.before), indexed=False)
        self.stop_re = word_at(_keys(att.stops), always=True)
        self.openers_re = words_leading(_keys(att.openers), repeat=True)
        # an opener glued to a reporting verb ("وأكد"): the verb opens its clause, its speaker after it
        # (not a weak verb: "وتظهر ذروة الحمولة" is no one showing anything)
        self.glued_openers = frozenset(o + v for o in _keys(att.openers) if len(o) == 1 for v in _keys(att.verbs))

    def known_word(self, word: str) -> bool:
        """A common word of the language or of the pack's entity vocabulary (clitics stripped)."""
        key = norm_key(word)
        return key in self._known or any(key.startswith(c) and key[len(c) :] in self._known for c in self._clitics)


_GAZETTEERS: dict[str, Gazetteer] = {}


def gazetteer(pack: Pack) -> Gazetteer:
    """The pack's gazetteer, built once per language and process (its regexes compiled when first
    used); a shipped pack's is read back from the user's cache (:mod:`claimx.cache`)."""
    gz = _GAZETTEERS.get(pack.code)
    if gz is None:
        shipped = pack.code in available_languages() and pack is load_pack(pack.code)
        build = partial(Gazetteer, pack)
        gz = _GAZETTEERS[pack.code] = cached(f"gazetteer-{pack.code}", build, Gazetteer) if shipped else build()
    return gz


# -- finding ------------------------------------------------------------------------------------


def _after_word(text: str, i: int, gz: Gazetteer, words: frozenset[str]) -> bool:
    """Whether the word before position ``i`` is one of ``words`` (keys), maybe under a clitic
    ("للبرامج القطرية": the article absorbed by the clitic)."""
    wm = _WORD_BEFORE.search(text, max(0, i - 40), i)
    if wm is None:
        return False
    word = norm_key(wm.group(1))
    if word in words:
        return True
    bare = (word[len(c) :] for c in gz._clitics if word.startswith(c) and len(word) > len(c) + 2)
    return any(b in words or any(a + b in words for a in gz.articles) for b in bare)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_countries(text: str, start: int, end: int, gz: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    for table in gz.countries:
        for s, w, e, (code, demonym) in table.find_at(text, start, end):
            if code in gz.not_after and _after_word(text, s, gz, gz.not_after[code]):
                continue  # "أفرقة الأمم المتحدة القطرية": country teams, no Qatar; "دعم مالي": financial
            if code in gz.not_before and (wm := _WORD_AFTER.match(text, e)) is not None and norm_key(wm.group(1)) in gz.not_before[code]:
                continue  # "أمريكا اللاتينية": Latin America, no US
            if not demonym and gz.definite and (text[s:w] in gz.definite) != (text[w:e] in gz.bare_names):
                if text[w:e] not in gz.demonym_keys:
                    continue  # "الدعم المالي": an article before a name that takes none
            found.append(Mention("country", code, s, e, demonym=demonym))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in found:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


# Characters no country name or demonym holds (a test checks every pack's): a name found in the
# text is found in the stretch between two of them as it is in the whole text.
_NO_COUNTRY = r"[,;:!?\"«»“”،؛؟]"
_LAST_NO_COUNTRY = regex.compile("(?r)" + _NO_COUNTRY)  # searched backwards: the last one before a point
# Characters of text a stretch read back from the end takes at least (then up to the character before).
_STRETCH = 400


def last_country(text: str, start: int, end: int, gz: Gazetteer, stretch: int = _STRETCH) -> str | None:
    """The country last named (by its name, not a demonym) in ``text[start:end]``.

    Read back from ``end`` a stretch of at least ``stretch`` characters at a time, each closed by a
    character no name holds (the names of a stretch are those of the whole): the country before
    "le pays" is most often near it, and a search from the paragraph start for each "le pays" of
    a long paragraph read the paragraph each time."""
    hi = end
    while hi > start:
        cut = _LAST_NO_COUNTRY.search(text, start, max(start, hi - stretch))
        lo = cut.end() if cut is not None else start
        named = [c for c in find_countries(text, lo, hi, gz) if not c.demonym]
        if named:
            return named[-1].id
        if cut is None:
            return None
        hi = lo  # (the stretch before ends with the character no name holds)
    return None


def find_ministries(text: str, start: int, end: int, gz: Gazetteer, countries: list[Mention]) -> list[Mention]:
    """Ministries and ministers, with the country the phrase states (else ``?``)."""
    out: list[Mention] = []
    if not may_hold(gz.ministry_test, text[start:end]):
        return out
    for m in gz.ministry_re.finditer(text, start, end):
        p = m.group("p") or m.group("p2")
        portfolio = gz.portfolio_of.get(norm_key(p))
        if portfolio is None:
            continue
        s, e = m.span()
        country = None
        for c in countries:
            if s <= c.start and c.end <= e:  # "ministre kazakh de l'Intérieur"
                country = c
            elif c.end <= s and gz.possessive_re.match(text[c.end : s]):  # "Georgia's interior ministry"
                country, s = c, c.start
            elif c.start >= e and gz.links_re.match(text[e : c.start]):  # "… du Kazakhstan", "الداخلية الجورجية"
                country, e = c, c.end
        code = country.id if country is not None else "?"
        out.append(Mention("ministry", f"{code}:{portfolio}", s, e, title=f"minister:{portfolio}"))
    return out


def _acronym(text: str) -> str | None:
    t = text.strip()
    return t.upper() if 2 <= len(t) <= 8 and t.replace("-", "").isalpha() and t.isupper() else None


def name_key(text: str) -> str | None:
    """A transliteration key for a person's name: the consonant skeleton of the surname.

    ``Sergueï Choïgou``, ``Sergei Shoigu`` and ``سيرجي شويغو`` all give ``person:sg``. Vowels,
    doubled letters and the spelling of sounds that the three scripts write differently (sh/ch/ش,
    g/gu/غ/ج, k/q/c, v/f/ف, p/b/ب) fold together; names whose transliterations differ in
    consonants (``Erdoğan``/``أردوغان`` agree, ``Recep``/``رجب`` do not) get different keys.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    word = unicodedata.normalize("NFKD", words[-1].casefold())
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    word = normalize(word).text
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    skeleton: list[str] = []
    for ch in word:
        cls = _CLASSES.get(ch)
        if cls and (not skeleton or skeleton[-1] != cls):
            skeleton.append(cls)
    return "person:" + "".join(skeleton) if skeleton else None


_TRANSLIT = (
    ("sch", "s"), ("tch", "c"), ("ch", "s"), ("sh", "s"), ("kh", "k"), ("gh", "g"), ("gu", "g"),
    ("dj", "j"), ("dzh", "j"), ("zh", "j"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "k"),
    ("ou", "u"), ("ts", "s"), ("tz", "s"), ("ğ", ""), ("ı", "i"),
)
_CLASSES = {
    **dict.fromkeys("bpبپ", "b"), **dict.fromkeys("fvفڤ", "f"), **dict.fromkeys("tطتثة", "t"),
    **dict.fromkeys("dدضذظ", "d"), **dict.fromkeys("szcçşسصشزژ", "s"), **dict.fromkeys("kqxكقخ", "k"),
    **dict.fromkeys("gjغجگ", "g"), **dict.fromkeys("lل", "l"), **dict.fromkeys("mم", "m"),
    **dict.fromkeys("nن", "n"), **dict.fromkeys("rر", "r"), **dict.fromkeys("hهح", "h"),
}


# The matches of a gazetteer pattern in a claim sentence, by (pattern, start, end), with the
# paragraph's text: its reporting verbs, titles and attribution words are read for the NER
# windows, then again by find_sources and find_titles once the NER has run (in a batch of
# paragraphs). Kept for a few paragraphs; the text is checked by identity (another thread may
# read another text).
_FOUND: dict[tuple[int, int, int], tuple[str, list[regex.Match[str]]]] = {}
_FOUND_KEPT = 2048


def found_in(pattern: Any, text: str, start: int, end: int, test: QuickTest | None = None) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text, start, end))``, read once for a sentence of a paragraph.
    ``test``: the pattern's holding test (every match holds one of its strings, ``holding_test``),
    searched in the sentence first (``re`` finds a string many times faster than ``regex`` tries
    a pattern at each position)."""
    key = (id(pattern), start, end)
    kept = _FOUND.get(key)
    if kept is not None and kept[0] is text:
        return kept[1]
    if len(_FOUND) >= _FOUND_KEPT:
        _FOUND.clear()
    found = list(pattern.finditer(text, start, end)) if test is None or test.search(text[start:end]) is not None else []
    _FOUND[key] = (text, found)
    return found


def find_titles(text: str, start: int, end: int, gz: Gazetteer) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), gz.title_of[norm_key(m.group("w"))]) for m in found_in(gz.title_re, text, start, end, gz.title_test)]


_CAPITAL = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*")
_CASED = regex.compile(r"\p{Lu}|\p{Ll}")


def ner_windows(
    text: str, span: tuple[int, int], gz: Gazetteer, mentions: Sequence[Mention], numbers: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """The parts of a claim sentence where a name matters and only a statistical model can find
    it: the candidate source phrases of its attribution cues (with the comma segments before a verb
    that opens its clause, for appositions) and the words after an official's title. A window in a
    cased script is dropped unless it has a capitalised word no gazetteer mention explains."""
    s0, s1 = span
    raw: list[tuple[int, int]] = []
    for c in find_sources(text, span, gz, mentions, numbers):
        if c.end > c.start:
            raw.append((c.start, c.end))
    sent = _Sentence(text, s0, s1, (), numbers)
    for verbs, test in ((gz.verb_re, gz.verb_test), (gz.weak_verb_re, gz.weak_verb_test)):
        for m in found_in(verbs, text, s0, s1, test):
            if _phrase_before(text, sent, m.start(), gz) is None:
                raw.append((max(s0, m.start() - 90), m.start()))
    for m in found_in(gz.title_re, text, s0, s1, gz.title_test):
        raw.append((m.start(), min(s1, m.end() + 60)))
    raw.sort()
    merged: list[tuple[int, int]] = []
    for a, b in raw:
        while a > s0 and not text[a - 1].isspace():
            a -= 1
        while b < s1 and (text[b].isalnum() or text[b] in "'’-"):
            b += 1
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return [w for w in merged if needs_ner(text, w, mentions, gz)]


def needs_ner(text: str, span: tuple[int, int], mentions: Sequence[Mention], gz: Gazetteer) -> bool:
    """Whether a window can hold a name the gazetteers do not give. In a cased script: a capitalised
    word that is neither window-initial nor inside a gazetteer mention. In a script without case
    (Arabic): a word outside every gazetteer mention that is not a common word of the language
    (the pack's detection stopwords), a title or an attribution word. Windows that fail are not
    sent to the statistical model, which is most of claimx's run time."""
    s0, s1 = span
    if not _CASED.search(text, s0, s1):
        for m in _WORD.finditer(text, s0, s1):
            if any(x.start <= m.start() < x.end for x in mentions):
                continue
            if not gz.known_word(m.group()):
                return True
        return False
    for m in _CAPITAL.finditer(text, s0, s1):
        if m.start() == s0 or not text[s0 : m.start()].strip():
            continue
        if not any(x.start <= m.start() < x.end for x in mentions):
            return True
    return False


def gazetteer_mentions(
    text: str, span: tuple[int, int], gz: Gazetteer, earlier: Callable[[], str | None] | None = None
) -> list[Mention]:
    """Countries (with ``le pays`` for the country last named before it), ministries and known
    organisations in one sentence: everything that needs no statistical model.

    ``earlier()`` gives the country last named in the paragraphs before this one, for ``le pays``
    in a paragraph that names none before it (only called then)."""
    s0, s1 = span
    countries = find_countries(text, s0, s1, gz)
    ministries = find_ministries(text, s0, s1, gz, countries)
    for m in gz.anaphor_re.finditer(text, s0, s1):
        if any(_overlaps(m.span(), (c.start, c.end)) for c in countries):
            continue
        code = last_country(text, 0, m.start(), gz)
        if code is None and earlier is not None:
            code = earlier()
        if code is not None:
            countries.append(Mention("country", code, m.start(), m.end()))
    orgs = [Mention("organization", code, s, e) for s, e, code in (gz.orgs.find(text, s0, s1) if gz.orgs else [])]
    return countries + ministries + orgs


def sentence_mentions(
    text: str,
    span: tuple[int, int],
    gz: Gazetteer,
    ner: list[tuple[int, int, str]],
    known: list[Mention],
) -> list[Mention]:
    """Every entity in one sentence: its gazetteer mentions (``known``, from
    :func:`gazetteer_mentions`), then NER names where they add something."""
    s0, s1 = span
    mentions = list(known)
    countries = [m for m in mentions if m.kind == "country"]
    ministries = [m for m in mentions if m.kind == "ministry"]
    covered = [(m.start, m.end) for m in mentions]
    titles = find_titles(text, s0, s1, gz)
    heads = [(m.start, m.end, m.title or "") for m in ministries] + titles
    for s, e, label in ner:
        for ts, te, _ in titles:  # "President Vladimir Putin" tagged as one name: the title is not part of it
            if ts == s and te < e:
                s, label = te + len(text[te:e]) - len(text[te:e].lstrip()), "PER"
        if not (s0 <= s and e <= s1) or any(_overlaps((s, e), c) for c in covered):
            continue
        surface = text[s:e]
        if label == "PER":
            title = _title_before(text, s, heads, countries)
            mentions.append(Mention("person", None, s, e, title=title, key=name_key(surface)))
        elif label == "ORG":
            mentions.append(Mention("organization", _acronym(surface), s, e))
        elif label == "LOC":
            mentions.append(Mention("location", None, s, e))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _title_before(text: str, start: int, heads: list[tuple[int, int, str]], countries: list[Mention]) -> str | None:
    """The title right before a person's name (``President``, ``le ministre … ,``, ``الرئيس الروسي``)."""
    best = None
    for s, e, title in heads:
        if e > start or start - e > 80:
            continue
        gap = text[e:start]
        for c in countries:
            if e <= c.start and c.end <= start:
                gap = gap.replace(text[c.start : c.end], " ")
        if regex.fullmatch(r"[\s,]*", gap):
            best = title
    return best


# -- sources ----------------------------------------------------------------------------------


def _clause_start(text: str, s0: int, pos: int) -> int:
    last = s0
    for m in _BREAK.finditer(text, s0, pos):
        last = m.end()
    return last


class _Sentence:
    """One sentence's clause breaks and named mentions, found once, so that each cue costs the
    same however many cues and names come before it (a sentence of 127 ``قالت الأمم المتحدة -``
    cost 0.5 s, every cue rescanning the sentence from its start). The breaks are found on the
    first cue that reads them: a sentence with no cue (a list of counts, a break at each comma)
    is not scanned for them."""

    _NAMED = ("person", "ministry", "organization")

    def __init__(self, text: str, s0: int, s1: int, mentions: Sequence[Mention], numbers: Sequence[int] = ()) -> None:
        self.text, self.s0, self.s1 = text, s0, s1
        self.numbers = numbers  # where the claims of the paragraph start, sorted
        self._ends: list[int] | None = None
        self._next: dict[tuple[int, int], tuple[int, regex.Match[str] | None]] = {}
        named = sorted((m.start, m.end) for m in mentions if m.kind in self._NAMED)
        self.named_starts = [a for a, _ in named]
        self.named_ends = [b for _, b in named]

    def clause_start(self, pos: int) -> int:
        """``_clause_start(text, s0, pos)``: a match of ``_BREAK`` reads at most 3 characters, so the
        breaks ending 3 or more before ``pos`` are those of the search bounded at ``pos``."""
        if self._ends is None:
            self._ends = [m.end() for m in _BREAK.finditer(self.text, self.s0, self.s1)]
        k = bisect_right(self._ends, pos - 3)
        last = self._ends[k - 1] if k else self.s0
        # A break of the bounded search that ends after pos - 3 starts after pos - 6: the search
        # reads only those characters (a clause of 300 "the UN said" was read from its start at each
        # verb), and the clause starts at the last break before them when it finds none there.
        lo = max(last, pos - 6)
        found = _clause_start(self.text, lo, pos)
        return found if found > lo else last

    def next_match(self, pattern: Any, pos: int, endpos: int) -> Any:
        """``pattern.search(text, pos, endpos)``, the last search of ``pattern`` up to ``endpos``
        answering again when it started at or before ``pos`` and found nothing before ``pos``:
        whether a pattern matches at a position does not depend on where its search started (a
        lookbehind and a word boundary see the text before it), so the first match from ``pos``
        is the one found then. Each cue reads the phrase after it up to the next clause break or
        stop word; a sentence of a hundred ``selon l'ONU`` and no break made each cue search the
        rest of the sentence."""
        key = (id(pattern), endpos)
        known = self._next.get(key)
        if known is not None:
            start, m = known
            if start <= pos and (m is None or pos <= m.start()):
                return m
        m = pattern.search(self.text, pos, endpos)
        self._next[key] = (pos, m)
        return m

    def number_in(self, a: int, b: int) -> int | None:
        """Where the first claim starting inside ``[a, b)`` starts."""
        i = bisect_left(self.numbers, a)
        return self.numbers[i] if i < len(self.numbers) and self.numbers[i] < b else None

    def names_in(self, a: int, b: int) -> bool:
        """Whether a person, ministry or organisation lies inside ``[a, b)``."""
        i = bisect_left(self.named_starts, a)
        while i < len(self.named_starts) and self.named_starts[i] < b:
            if self.named_ends[i] <= b:
                return True
            i += 1
        return False


def _phrase_after(text: str, sent: _Sentence, pos: int, s1: int, gz: Gazetteer) -> tuple[int, int] | None:
    """The noun phrase after ``pos``: up to a clause break or a stop word."""
    skip = gz.skip_re.match(text[pos:s1])
    if skip:
        pos += skip.end()
    while pos < s1 and text[pos].isspace():
        pos += 1
    end = s1
    b = sent.next_match(_BREAK, pos, s1)
    if b:
        end = b.start()
    st = sent.next_match(gz.stop_re, pos, end)
    if st and st.start() == pos:
        return None  # "وأضاف أن …", "said that …": no speaker after the verb
    if st:
        end = st.start()
    digit = regex.compile(r"\d").search(text, pos, end)
    if digit:  # the reported figure starts: the speaker's phrase ended before it
        end = digit.start()
    number = sent.number_in(pos, end)
    if number is not None:  # a figure written in words: "كشفت الوثائق | أربعة عشر مصرفاً"
        end = number
    figure = digit is not None or number is not None
    while end > pos:
        while end > pos and not text[end - 1].isalnum():
            end -= 1
        last = _LAST_WORD.search(text, pos, end)
        if last is None or norm_key(last.group()) not in gz.not_last:
            break
        if figure:
            return None  # "une pesée massive de | 17 livres": the figure's own phrase, no speaker
        end = last.start()  # "حذرت جمعيات خيرية من | أن": the verb's preposition, not the speaker's
    return (pos, end) if end > pos else None


def _phrase_before(text: str, sent: _Sentence, pos: int, gz: Gazetteer) -> tuple[int, int] | None:
    """The subject phrase of a reporting verb: from the clause start to the verb. ``None`` when the
    verb opens its clause; an empty span when what precedes cannot be a subject (a number, a long
    clause), which means the verb is not an attribution."""
    start = sent.clause_start(pos)
    opener = gz.openers_re.match(text[start:pos])
    if opener:
        start += opener.end()
    while start < pos and text[start].isspace():
        start += 1
    end = pos
    while end > start and text[end - 1].isspace():
        end -= 1
    phrase = text[start:end]
    words = 0
    last = ""
    for wm in _WORD.finditer(phrase):  # counted up to ten: a clause of many words is read no further
        words += 1
        last = wm.group()
        if words > 9:
            return (pos, pos)
    if not words:
        return None
    if regex.search(r"\d", phrase) or sent.number_in(start, end) is not None:
        return (pos, pos)  # a figure, in digits or in words ("خطابه الذي استمر لمدة ساعتين"), is no speaker
    if norm_key(last) in gz.not_last:
        return (pos, pos)  # "The band canceled the | show … and apologized": no subject ends so
    first = _WORD.search(phrase)
    if first is not None and norm_key(first.group()) in gz.not_first:
        # "in the northern states | the rise has been": no subject opens so; where a verb may come
        # before its speaker, a phrase of place or time opens the clause before both ("وفي تطور آخر
        # أعلنت الشرطة": the speaker is after the verb)
        return None if gz.verb_first and words <= 4 else (pos, pos)
    return (start, end)


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution in a sentence: the cue's position, the source phrase (``start == end`` for a
    pronoun: the previous speaker), whether the cue is a weak verb, and the first position of the
    claims it can govern."""

    at: int
    start: int
    end: int
    weak: bool = False
    scope: int = 0
    anaphor: bool = False  # "he said", "précise l'organisation": the previous speaker when there is one


def find_sources(
    text: str, span: tuple[int, int], gz: Gazetteer, mentions: Sequence[Mention] = (), numbers: Sequence[int] = ()
) -> list[Cue]:
    """Attributions in one sentence (``selon X``, ``X said``, ``said X``, ``قال X``, ``he added``);
    ``numbers``: where the paragraph's claims start, sorted (no speaker's phrase holds one)."""
    s0, s1 = span
    out = []
    sent = _Sentence(text, s0, s1, mentions, numbers)
    for m in found_in(gz.according_re, text, s0, s1, gz.according_test):
        at = m.end()
        while at > m.start() and text[at - 1].isalpha() and at < s1 and text[at].isalpha():
            at -= 1  # "وفقا للمفوضية": the glued preposition stays with the word it is glued to
        ph = _phrase_after(text, sent, at, s1, gz)
        if ph:
            out.append(Cue(m.start(), *ph, scope=s0))
    for weak, verbs, test in ((False, gz.verb_re, gz.verb_test), (True, gz.weak_verb_re, gz.weak_verb_test)):
        for m in found_in(verbs, text, s0, s1, test):
            cue = _verb_cue(text, sent, s1, m.start(), m.end(), gz)
            if cue is not None:
                out.append(replace(cue, weak=weak))
    for m in found_in(gz.pronoun_re, text, s0, s1):  # "a-t-il précisé"
        if "-" in m.group() and not any(c.at == m.start() for c in out):
            out.append(Cue(m.start(), m.start(), m.start(), scope=s0, anaphor=True))
    return out


_MAX_APPOSED = 6  # comma segments an apposition is read back through ("the minister of X, Y, said": 2)


def _apposition(text: str, sent: _Sentence, pos: int, gz: Gazetteer) -> tuple[int, int] | None:
    """``le ministre de l'Intérieur du Kazakhstan, Marat Akhmetzhanov, a rapporté``: the comma
    segments before a verb that each name a person, ministry or organisation (at most
    ``_MAX_APPOSED`` of them, so a run of cues is not read back to its start at each cue)."""
    s0 = sent.s0
    end = pos
    while end > s0 and text[end - 1] in " ,":
        end -= 1
    start = None
    for _ in range(_MAX_APPOSED):
        if end <= s0:
            break
        seg = sent.clause_start(end)
        piece = text[seg:end]
        words = _WORD.findall(piece)
        named = sent.names_in(seg, end)
        if not words or len(words) > 8 or not named or regex.search(r"\d", piece):
            break
        start = seg
        end = seg
        while end > s0 and text[end - 1] in " ,":
            end -= 1
    if start is None:
        return None
    while text[start].isspace():
        start += 1
    stop = pos
    while stop > start and text[stop - 1] in " ,":
        stop -= 1
    return (start, stop)


def _verb_cue(text: str, sent: _Sentence, s1: int, vs: int, ve: int, gz: Gazetteer) -> Cue | None:
    s0 = sent.s0
    nm = _WORD_AFTER.match(text, ve) if gz.verb_not_before else None
    if nm is not None and norm_key(nm.group(1)) in gz.verb_not_before:
        return None  # "the southern states has risen": a noun, no reporting verb
    clause = sent.clause_start(vs)
    opened = norm_key(text[vs:ve].strip()) in gz.glued_openers  # "حجم القوات | وأكد قائد الناتو …"
    before = None if opened else _phrase_before(text, sent, vs, gz)
    if before is None and clause > s0 and not opened:
        before = _apposition(text, sent, vs, gz)
    if before is not None:
        if before[0] == before[1]:
            return None  # "since Putin announced …": the verb of a clause with a number, not a source
        # "…, and Polish border guards say N": the source speaks for its own clause only.
        scope = before[0] if gz.openers_re.match(text[clause:before[0]]) else s0
        anaphor = norm_key(text[before[0] : before[1]]) in gz.pronouns
        return Cue(vs, *before, scope=scope, anaphor=anaphor)
    after = _phrase_after(text, sent, ve, s1, gz)
    if after is None:
        return None
    # a verb its opener glues opens a clause: it speaks for that clause on, not the figures before it
    return Cue(vs, *after, scope=vs if opened else s0, anaphor=norm_key(text[after[0] : after[1]]) in gz.pronouns)


def pick_cue(
    cues: Sequence[Cue], claim_start: int, mentions: Sequence[Mention] = (), named: Collection[Cue] | None = None,
) -> Cue | None:
    """The attribution that governs a claim: a named source before an anaphor (in one sentence the
    pronoun refers to it), a reporting verb before a weak one, a phrase that names an entity before
    one that does not, then the nearest. ``named``: :func:`naming_cues` of the sentence, when its
    claims share it (else found here from ``mentions``)."""
    usable = [c for c in cues if c.scope <= claim_start]
    if not usable:
        return None
    if named is None:
        named = naming_cues(usable, mentions)
    return min(usable, key=lambda c: (c.anaphor, c.weak, c not in named, abs(c.at - claim_start)))


class CuePicker:
    """:func:`pick_cue` for the claims of one sentence, its cues read once: by kind (an anaphor, a
    weak verb, a phrase that names no entity: the first three parts of the order) and, in each
    kind, by position, so that a claim costs a few bisections, not a test of each cue (a sentence
    of attributed counts, "the ministry said 12 people died, the ministry said 31 …", cost the
    square of its length, each test hashing a cue).

    A cue's scope (the first position of the claims it may govern) lies at or before the cue, so
    every cue up to a claim may govern it; after it, those whose scope is up to the claim. Where a
    cue's scope lies after the cue, or the cues after a claim that may not govern it run long,
    each cue is tested as :func:`pick_cue` does."""

    _SKIPPED = 16  # cues after a claim, their scope past it, passed over before testing each cue

    def __init__(self, cues: Sequence[Cue], mentions: Sequence[Mention]) -> None:
        self.cues = cues
        self.named = naming_cues(cues, mentions)
        self.kinds: list[tuple[list[int], list[tuple[int, Cue]]]] = []
        self.exact = all(c.scope <= c.at for c in cues)
        by_kind: dict[tuple[bool, bool, bool], list[tuple[int, int, Cue]]] = {}
        for i, c in enumerate(cues):
            by_kind.setdefault((c.anaphor, c.weak, c not in self.named), []).append((c.at, i, c))
        for kind in sorted(by_kind):
            placed = sorted(by_kind[kind], key=lambda x: (x[0], x[1]))
            self.kinds.append(([at for at, _, _ in placed], [(i, c) for _, i, c in placed]))

    def pick(self, claim_start: int) -> Cue | None:
        """``pick_cue(cues, claim_start, mentions)``."""
        x = claim_start
        if not self.exact:
            return pick_cue(self.cues, x, named=self.named)
        for ats, placed in self.kinds:
            found: list[tuple[int, int, Cue]] = []  # (distance, index in cues, cue)
            k = bisect_right(ats, x) - 1  # the last cue up to the claim: the first of its position
            while k > 0 and ats[k - 1] == ats[k]:
                k -= 1
            if k >= 0:
                found.append((x - ats[k], *placed[k]))
            k = bisect_right(ats, x)  # the first cue after the claim that may govern it
            skipped = 0
            while k < len(ats) and placed[k][1].scope > x:
                k, skipped = k + 1, skipped + 1
                if skipped > self._SKIPPED:
                    return pick_cue(self.cues, x, named=self.named)
            if k < len(ats):
                found.append((ats[k] - x, *placed[k]))
            if found:
                return found[0][2] if len(found) == 1 else min(found, key=lambda f: (f[0], f[1]))[2]
        return None  # no cue up to the claim, none after it that may govern it


def naming_cues(cues: Sequence[Cue], mentions: Sequence[Mention]) -> set[Cue]:
    """The cues whose source phrase holds a whole mention: found once for a sentence's claims (each
    claim testing each cue against each mention cost the cube of a list of attributed counts)."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    out = set()
    for c in cues:
        i = bisect_left(starts, c.start)
        while i < len(spans) and spans[i][0] <= c.end:
            if spans[i][1] <= c.end:
                out.add(c)
                break
            i += 1
    return out


@dataclass
class RoleMemo:
    """What :func:`roles` reads of a mention that does not depend on the claim, kept for the claims
    of one paragraph: whether a location word ("in", "à", "في") comes before the mention starting
    at an offset, and each mention with each role it was given (a list of counts in one sentence
    gives each claim every mention of the sentence). Mentions are keyed by identity (the paragraph
    holds them while its claims are made; hashing a mention's fields cost more than the rest)."""

    located: dict[int, bool] = field(default_factory=dict)
    placed: dict[tuple[int, str], Mention] = field(default_factory=dict)

    def is_located(self, text: str, start: int, gz: Gazetteer) -> bool:
        if start not in self.located:
            self.located[start] = gz.location_before_re.search(text, max(0, start - 40), start) is not None
        return self.located[start]

    def with_role(self, m: Mention, role: str) -> Mention:
        if m.role == role:
            return m
        key = (id(m), role)
        if key not in self.placed:
            self.placed[key] = replace(m, role=role)
        return self.placed[key]


def _detached(text: str, claim: tuple[int, int], m: Mention, gz: Gazetteer) -> bool:
    """Whether ``m`` lies in a detached clause after the claim ("…, while the UAE …", "بينما جاءت"); a
    country before such a break frames what follows it ("In Nigeria, while …") and stays."""
    if gz.detached_re is None or m.start < claim[1]:
        return False
    return gz.detached_re.search(text, claim[1], m.start) is not None


def roles(
    mentions: Sequence[Mention],
    text: str,
    claim: tuple[int, int],
    counted: tuple[int, int] | None,
    source: Source | None,
    gz: Gazetteer,
    memo: RoleMemo | None = None,
) -> list[Mention]:
    """The claim's view of its sentence's entities, each with a role (``memo``: shared by the
    claims of one paragraph)."""
    memo = RoleMemo() if memo is None else memo
    out = []
    near_end = max(claim[1], counted[1] if counted else claim[1])
    for m in mentions:
        if _overlaps((m.start, m.end), claim):
            continue  # part of the claim itself: "Egyptian pounds", "US$", "درهم مغربي"
        role = "mention"
        if source is not None and source.start <= m.start and m.end <= source.end and source.end > source.start:
            role = "source"
        elif m.kind == "country" and m.demonym and (
            (counted and _overlaps((m.start, m.end), counted))
            or (claim[1] <= m.start <= near_end + 24 and not _BREAK.search(text, claim[1], m.start))
        ):
            role = "subject"
        elif m.kind == "country" and counted and m.start >= counted[1] and gz.subject_links_re.match(text[counted[1] : m.start]):
            role = "subject"
        elif m.kind in ("country", "location") and not m.demonym and memo.is_located(text, m.start, gz):
            role = "location"
        if role == "mention" and m.kind == "country" and _detached(text, claim, m, gz):
            continue  # "السعودية ... 28 مليار دولار، بينما جاءت الإمارات ...": the other clause's country
        out.append(memo.with_role(m, role))
    return out
