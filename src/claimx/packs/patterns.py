"""The regex builder the pack stages share: a list of words, where it stands, and its clitics.

Most of a pack's regexes are one word list (compiled to a trie, :func:`~claimx.packs.build._trie`)
in one of these places:

* :func:`words_before` — the words end the text before a number ("more than | 5", "article | 12");
  the stages search the window that ends at the number (``left(text, start)``), so ``\\Z`` anchors
  the match at the number and the search finds the words wherever the window begins;
  :func:`ending_test` is the quick test run before such a search (the words reversed), which
  :class:`EndPattern` runs itself;
* :func:`words_after` — the words follow a position (``pattern.match(text, end)`` at the end of a
  number: "5 | million", "10 | years ago"), so the pattern starts with the gap it allows;
* :func:`word_at` — the words anywhere (``search`` / ``finditer``), between word boundaries;
* :func:`words_leading` — the words open a slice (``\\A``: the words after a reporting verb);
* :func:`words_filling` — the words are all a slice holds (``\\A…\\Z``: the link between a
  ministry and its country).

Each takes the clitics that may be glued to the first word (Arabic "و", "ب", "لل": "وأكثر من")
as a word list and makes them optional (:func:`optional`). :func:`words_before`,
:func:`words_after` and :func:`word_at` return ``None`` for an empty word list, so a stage tests
``if p.x_re is not None`` instead of matching a pattern that can never match; ``always=True``
compiles an empty list to a pattern that never matches (``(?!)``), for the patterns every pack has.
Their patterns, and the others a pack compiles with :func:`lazy`, are compiled when first used
(:class:`LazyPattern`): a text needs only some of them, and ``regex`` parses a pattern in Python.

:func:`word_pattern` is the text they compile, and :func:`alternation` the word list alone (a
named group, no boundary): the patterns made of several word lists (a ministry, the named time
periods) are put together from them, and the stages that compile with the standard library's
``re`` (the time patterns) build their pattern text with them and compile it with :func:`fast`,
which gives a case-insensitive pattern written in lower case its lower-cased twin (:data:`FOLDED`).

Quick tests in ``re`` stand before the slow searches of a whole paragraph (:class:`QuickTest`):
:func:`holding_test` (whether the paragraph holds a word of a list at all) and :func:`starts_test`
(where a number may start: :func:`search_from` tries the candidate regex only there).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache, reduce
from operator import or_
from typing import Any, Generic, Literal, TypeVar, cast, overload

import regex

from claimx import cache, programs
from claimx.packs.build import _trie

Pattern = regex.Pattern[str]
FLAGS = regex.IGNORECASE | regex.V0
# Word boundaries: no word character just before, no word character just after.
B, E = r"(?<![\w])", r"(?![\w])"


def optional(words: Collection[str]) -> str:
    """An optional one of ``words`` (a regex piece: ``(?:<trie>|)``, a branch with an empty last
    alternative, as :func:`~claimx.packs.build._trie` writes an optional rest); ``""`` when there
    are none.

    This is how a clitic table is put before a word: ``optional(clitics) + word``.
    """
    return f"(?:{_trie(list(words))}|)" if words else ""


def alternation(words: Collection[str], *, group: str | None = None, space: str = r"\s+") -> str:
    """One of ``words`` as a regex piece, with no boundary: their trie in a group, named
    (``(?P<group>…)``) when the stage reads the word back. ``space`` is what a space inside a
    phrase matches (any run of whitespace by default). No words give ``(?:(?!))``, which never
    matches. The pieces of the patterns that are more than one word list (a ministry: a head
    word, a link, a portfolio) are built with it."""
    return ("(?:" if group is None else f"(?P<{group}>") + _trie(list(words), space) + ")"


def word_pattern(
    words: Collection[str], *, start: str = B, clitics: Collection[str] = (), group: str | None = None,
    end: str = E, space: str = r"\s+",
) -> str:
    """The pattern text of one of ``words``: ``start clitics? (words) end``, not compiled.

    ``start`` is what must come before the word (a word boundary by default; the gap for a word
    matched after a number), ``end`` what must come after it (a word boundary by default; the gap
    and ``\\Z`` for a word ending the window before a number). ``group`` names the word's group,
    ``space`` is what a space inside a phrase matches (:func:`alternation`). No words give a group
    that never matches (``(?:(?!))``). :func:`words_before`, :func:`words_after` and
    :func:`word_at` compile this text.
    """
    return start + optional(clitics) + alternation(words, group=group, space=space) + end


def _compile(words: Collection[str], flags: int, always: bool, **how: Any) -> Pattern | None:
    """:func:`word_pattern` of ``words`` (``how`` the other arguments), compiled when first used."""
    return lazy((word_pattern, (list(words),), how), flags) if words or always else None


# What a LazyPattern compiles: its text, or what makes it (a function of this module, its
# arguments, its keyword arguments): a long word list's trie is then only built where it is used.
Source = str | tuple[Callable[..., str], tuple[Any, ...], dict[str, Any]]


def tried_at(pattern: str) -> str:
    """``pattern`` for a regex only matched at given positions (``match``, never ``search``): the
    same matches, with no required string.

    ``regex`` takes a literal that every match holds (a pattern's "fois", "-fold") as a required
    string and, on each ``match``, first looks for it from the position up to the end of the text:
    a pattern tried at each number of a 20,000-character paragraph read the rest of the paragraph
    at each one (12 µs a try in French, 1 µs on a sentence). An alternative that never matches
    hides the literal (a branch has no required string), and the try costs what it does in a
    sentence. A searched pattern keeps its required string: it is what lets a search skip ahead."""
    return f"(?:{pattern}|(?!))"


def lazy(pattern: Source, flags: int = 0) -> Pattern:
    """``regex.compile(pattern, flags)``, done when the pattern is first used (:class:`LazyPattern`)."""
    return cast(Pattern, LazyPattern(pattern, flags))


class LazyPattern:
    """A ``regex`` pattern compiled when first used: it stands for the compiled pattern, with the
    same methods and attributes.

    ``regex`` parses a pattern in Python, and a pack's word tries take it about 0.3 s per language
    at a first start (before :mod:`claimx.cache` holds them), while a text needs only some of them
    (most are read only where a sentence holds one of their words). The first use compiles the
    pattern and keeps the compiled pattern's methods on the instance, so a later ``search`` or
    ``match`` is the compiled pattern's own, found as fast (the class defines no ``__getattr__``,
    which would slow every lookup). It pickles as the compiled pattern once compiled (the cache
    then holds it compiled), as what makes it before.
    """

    def __init__(self, pattern: Source, flags: int, std: bool = False) -> None:
        self._source = pattern
        self._flags = flags
        # compiled by the standard library's re (the regex flags read as re's), and pickled
        # uncompiled (as its text once compiled): its program is stored apart (claimx.programs)
        self._std = std
        self._entry = cache.filling()  # the cache entry it is built or read into, if any

    def compiled(self) -> Pattern:
        """The compiled pattern (compiled now if it was not)."""
        done: Pattern | None = self.__dict__.get("_compiled")
        if done is not None:
            return done
        source, made = self._source, False
        if not isinstance(source, str):  # its text made now (from a word list, in Python)
            make, args, kwargs = source
            source, made = make(*args, **kwargs), True
        with cache.building(freeze=False):  # no collection over its parse (it may come at any time: no freeze)
            if self._std:
                done = self._compiled = cast(Pattern, programs.compile(source, re.IGNORECASE if self._flags & regex.IGNORECASE else 0))
            else:
                done = self._compiled = regex.compile(source, self._flags)
        for name in _METHODS:  # on the instance, they hide the class's first-use methods
            if hasattr(done, name):  # (re's patterns have no subf, subfn, splititer)
                setattr(self, name, getattr(done, name))
        if self._entry is not None and (made or not self._std):  # the entry now holds it compiled
            self._entry.changed = True  # (or, compiled by re, as its text): write it again at exit
        return done

    def __reduce__(self) -> tuple[Any, ...]:
        done = self.__dict__.get("_compiled")
        if done is None:
            return LazyPattern, (self._source, self._flags, self._std)
        if self._std:  # its text, not what made it: compiled from its stored program (claimx.programs)
            return LazyPattern, (done.pattern, self._flags, True)
        return _same, (done,)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


# The compiled pattern's methods and attributes: each method a LazyPattern's first use compiles it
# through (then the compiled pattern's own, kept on the instance), each attribute read from it.
_METHODS = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "subf", "subfn", "split",
    "splititer", "scanner",
)
_ATTRIBUTES = ("pattern", "flags", "groups", "groupindex", "named_lists")


def _first_use(name: str) -> Any:
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = name
    return method


def _read_through(name: str) -> property:
    def read(self: LazyPattern) -> Any:
        return getattr(self.compiled(), name)

    return property(read)


for _name in _METHODS:
    setattr(LazyPattern, _name, _first_use(_name))
for _name in _ATTRIBUTES:
    setattr(LazyPattern, _name, _read_through(_name))


def _same(value: Any) -> Any:
    """``value``: what a compiled LazyPattern unpickles through (into the plain compiled pattern)."""
    return value


def compile_all(value: object) -> None:
    """Compile now every :class:`LazyPattern` ``value`` holds (in its attributes, lists and tables,
    at any depth): for a process about to fork workers, which then share them compiled instead of
    each compiling what it uses (a forked worker writes nothing back to the cache)."""
    seen: set[int] = set()
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, (str, bytes, int, float)) or id(v) in seen:
            continue
        seen.add(id(v))
        if isinstance(v, LazyPattern):
            v.compiled()
        elif isinstance(v, dict):
            todo.extend(v.values())
        elif isinstance(v, (list, tuple, set, frozenset)):
            todo.extend(v)
        elif type(v).__module__.startswith("claimx."):
            todo.extend(getattr(v, "__dict__", {}).values())
            todo.extend(getattr(v, name) for name in getattr(type(v), "__slots__", ()) if hasattr(v, name))


@overload
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = ..., start: str = ...,
    flags: int = ..., always: Literal[True],
) -> EndPattern: ...
@overload
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = ..., start: str = ...,
    flags: int = ..., always: Literal[False] = ...,
) -> EndPattern | None: ...
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = (), start: str = B,
    flags: int = FLAGS, always: bool = False,
) -> EndPattern | None:
    """One of ``words`` ending the window before a number: ``start clitics? (words) gap \\Z``.

    ``gap`` is what may stand between the word and the number (``\\s*`` crosses a line break,
    ``[ \\t]*`` does not, ``[ \\t]+`` needs a space); ``start`` is what must come before the word
    (a word boundary by default). The ``\\Z`` is why the stages search the window that ends at the
    number, never the whole text. ``None`` for no words unless ``always``.

    The pattern comes with a quick test of the window's end (:class:`EndPattern`) when ``gap``
    only ever matches characters no word holds (blanks, a dash, an opening bracket).
    """
    pattern = _compile(words, flags, always, start=start, clitics=clitics, end=gap + r"\Z")
    if pattern is None:
        return None
    if not _NON_WORD_GAP.fullmatch(gap):
        return EndPattern(pattern, None)
    # Compiled by re when first used: one try at one position, but at most numbers of a text (a
    # dozen windows a number), where regex's start of a match cost twice re's whole try (the
    # tests were a twentieth of the Arabic number stage). re's \W takes every character of the
    # gap (blanks, a dash, a bracket), and re pairs each letter of the endings with what regex
    # does (tests/test_patterns.py): it passes every window the pattern can match in.
    endings = {w[-END_LETTERS:] for w in words}
    return EndPattern(pattern, ending_test(endings, engine=re, lazily=True, flags=flags, gap=r"\W*"), tuple(sorted(endings)))


def share_end_tests(patterns: Iterable[object]) -> None:
    """Give the :class:`EndPattern` with a test among ``patterns`` (a pack's) one shared test:
    ``\\W*`` and any of their endings reversed, without case. Some ten of them are searched in the
    window before each number (``quantities.scan.before``), all ending at the number, where most
    find nothing ("people, | 12,000": no currency, qualifier, label or year word ends there); the
    shared test, tried once for the window, turns them all away. It passes wherever one of theirs
    does: the same ``\\W*``, a trie of more endings, and case folded where some fold none
    (``tests/test_patterns.py`` checks it over real text)."""
    found = [p for p in patterns if isinstance(p, EndPattern) and p.test is not None]
    test = ending_test(sorted({e for p in found for e in p.endings}), engine=re, lazily=True, flags=regex.IGNORECASE, gap=r"\W*")
    shared = SharedTest(test)
    for p in found:
        p.shared = shared


class SharedTest:
    """A quick test that several patterns of a pack share (:func:`share_start_tests`,
    :func:`share_end_tests`), and its last answer: the patterns asked at one position (the end of a
    number, the window before it) ask it in turn, and it is tried once for them all.

    ``last`` is the text, the position, the end of the window (``-1`` for none) and the answer,
    replaced as one tuple (another thread may read it); a caller reads it first (``is`` and ``==``,
    no call) and calls :meth:`passes` only for a new position. ``twin``: the test in lower case, for
    the paragraph lower-cased when that was the last text lower-cased, as :class:`StartPattern`
    reads its own. Pickled without its answer (a paragraph's text has no place in the cache)."""

    __slots__ = ("test", "twin", "last")

    def __init__(self, test: re.Pattern[str], twin: re.Pattern[str] | None = None) -> None:
        self.test = test
        self.twin = twin
        self.last: tuple[str | None, int, int, bool] = (None, -1, -1, True)

    def passes(self, string: str, pos: int, endpos: int = -1) -> bool:
        """Whether the test matches ``string`` at ``pos`` (up to ``endpos``, when not ``-1``), kept as ``last``."""
        low = _LAST_LOWERED
        if endpos >= 0:
            passed = self.test.match(string, pos, endpos) is not None
        elif self.twin is not None and low[0] is string and low[1] is not None:
            passed = self.twin.match(low[1], pos) is not None
        else:
            passed = self.test.match(string, pos) is not None
        self.last = (string, pos, endpos, passed)
        return passed

    def __reduce__(self) -> tuple[Any, ...]:
        return SharedTest, (self.test, self.twin)


# The gaps of words_before made only of these pieces (runs of blanks, a dash, an opening bracket)
# never match a word character: the quick test of the window's end reads them as ``\W*``.
_NON_WORD_GAP = re.compile(r"(?:\\s|\[ \\t-?\]|\[\\\[\((?:\\-–)?\]|[*+?])*")


class EndPattern:
    """A pattern of :func:`words_before` and the quick test run before it (:func:`ending_test`
    of the words' last :data:`END_LETTERS` letters, after ``\\W*``):
    ``search`` as the compiled pattern's, ``None`` at once when the window cannot end with one of
    the words. A window is searched at each of its positions (``regex`` tries the pattern at
    every one), while the test matches once, at the start of the window reversed."""

    __slots__ = ("regex", "test", "endings", "shared")

    def __init__(self, pattern: Pattern, test: Pattern | None, endings: tuple[str, ...] = ()) -> None:
        self.regex = pattern
        self.test = test
        self.endings = endings  # the words' last letters, which ``test`` reads (with a test only)
        self.shared: SharedTest | None = None  # the test of the pack's every ending (share_end_tests)

    def search(self, window: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        if self.test is not None:
            # A window given as bounds in the text is tested on its slice: its ``\Z`` is ``endpos``
            # (a masks' idiom at each number of a paragraph that holds one somewhere).
            bounded = window if pos is None and endpos is None else window[pos or 0 : endpos]
            if self.test.match(bounded[::-1]) is None:
                return None
        return self.regex.search(window, pos, endpos)


# Letters of the end of a word the quick test of an EndPattern reads: enough to turn away most
# windows, few enough that the test of a long word list (Arabic labels, hundreds of inflected
# forms) compiles in a fraction of the time of the list itself at the first start.
END_LETTERS = 4


@overload
def words_after(
    words: Collection[str], *, gap: str, end: str = ..., group: str | None = ..., flags: int = ...,
    always: Literal[True],
) -> Pattern: ...
@overload
def words_after(
    words: Collection[str], *, gap: str, end: str = ..., group: str | None = ..., flags: int = ...,
    always: Literal[False] = ...,
) -> Pattern | None: ...
def words_after(
    words: Collection[str], *, gap: str, end: str = E, group: str | None = None, flags: int = FLAGS,
    always: bool = False,
) -> Pattern | None:
    """One of ``words`` right after a position: ``gap (words) end``, for ``pattern.match(text, pos)``.

    The pattern starts with ``gap`` (what may stand between the number and the word) because it
    is matched at the end of the number, not searched; ``end`` is the boundary after the word (a
    word boundary by default; ``""`` for none). ``group`` names the word's group. ``None`` for no
    words unless ``always``.

    The pattern comes with a quick test of what follows the position (:class:`StartPattern`) when
    ``gap`` only ever matches characters no word holds (blanks, a comma, a dash).
    """
    pattern = _compile(words, flags, always, start=gap, group=group, end=end)
    if pattern is None or not words or not _NON_WORD_AFTER_GAP.fullmatch(gap):
        return pattern
    return starting_with(pattern, words, flags)


def starting_with(pattern: Pattern, words: Collection[str], flags: int = FLAGS) -> Pattern:
    """``pattern``, matched only where what follows the position (after characters no word holds)
    starts like one of ``words`` (:class:`StartPattern`): for a pattern whose every match is such
    a run, then one of the words (a pattern of :func:`words_after`, a range's joiner)."""
    # Compiled by re when first used, as the tests of words_before: a dozen of these patterns are
    # matched at each number, and regex's start of a try cost more than re's whole try (a tenth
    # of the number stage on a sentence of many counts)
    starts = {w[:END_LETTERS] for w in words}
    test = cast("re.Pattern[str]", LazyPattern((starting_text, (sorted(starts),), {}), flags, std=True))
    # Its twin in lower case, for the paragraph lower-cased (as QuickTest's, :data:`FOLDED`): a start
    # with a character re folds specially is left out, as a text it could match lower-cases to
    # one that holds such a character, which has no lower-cased copy (:func:`lowered`)
    low = sorted({s.lower() for s in starts if lowered(s) is not None})
    twin = cast("re.Pattern[str]", LazyPattern((starting_text, (low,), {}), 0, std=True)) if FOLDS and flags & regex.IGNORECASE else None
    return cast(Pattern, StartPattern(pattern, test, twin, tuple(sorted(starts))))


def share_start_tests(patterns: Iterable[object]) -> None:
    """Give the :class:`StartPattern` among ``patterns`` (a pack's) one shared test: ``\\W*`` and
    any of their starts, without case. A dozen of them are matched at the end of each number, most
    at the same position, where most fail ("12,000 | people, …": no scale, unit, qualifier, joiner
    or link word follows); the shared test, tried once there, turns them all away. It passes
    wherever one of theirs does: the same ``\\W*``, a trie of more starts, and case folded where
    some fold none; its twin in lower case is built as theirs are (:func:`starting_with`) and read
    the paragraph lower-cased, as theirs do (``tests/test_patterns.py`` checks it over real text)."""
    found = [p for p in patterns if isinstance(p, StartPattern)]
    starts = sorted({s for p in found for s in p.starts})
    test = cast("re.Pattern[str]", LazyPattern((starting_text, (starts,), {}), regex.IGNORECASE, std=True))
    low = sorted({s.lower() for s in starts if lowered(s) is not None})
    twin = cast("re.Pattern[str]", LazyPattern((starting_text, (low,), {}), 0, std=True)) if FOLDS else None
    shared = SharedTest(test, twin)
    for p in found:
        p.shared = shared


# The gaps of words_after made only of blanks, a comma, a dash (and the groups and quantifiers
# around them) never match a word character: the quick test reads them as ``\W*``.
_NON_WORD_AFTER_GAP = re.compile(r"(?:\\s|\[ \\t-?\]|\[\\s-\]|[,|)*+?-]|\((?:\?:)?)*")


def starting_text(starts: Collection[str]) -> str:
    """The pattern text of the quick test of a :class:`StartPattern`: ``\\W*`` and one of
    ``starts`` (the words' first :data:`END_LETTERS` letters; a space inside them matches a run of
    whitespace, as it does in the words' pattern)."""
    return r"\W*" + _trie(list(starts))


class StartPattern:
    """A pattern of :func:`words_after` and the quick test run before matching it: ``match`` as the
    compiled pattern's, ``None`` at once when what follows the position (after a run of characters
    no word holds) does not start like one of the words. The test leaves out the gap's shape and
    the boundary after the word, so it passes wherever the pattern matches; ``re`` pairs each of
    its letters with what ``regex`` does (``tests/test_patterns.py``). The pattern's other methods
    and attributes are its own."""

    __slots__ = ("regex", "test", "twin", "starts", "shared")

    def __init__(
        self, pattern: Pattern, test: re.Pattern[str], twin: re.Pattern[str] | None = None, starts: tuple[str, ...] = ()
    ) -> None:
        self.regex = pattern
        self.test = test
        self.twin = twin  # the test in lower case, run on the lower-cased text when it is at hand
        self.starts = starts  # the words' first letters, which ``test`` reads
        self.shared: SharedTest | None = None  # the test of the pack's every start (share_start_tests)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        if pos >= 0:  # (a negative position counts from the end in regex, not in re: no test there)
            shared = self.shared
            if shared is not None:
                known = shared.last  # (the answer at the last position asked, read with no call)
                if not (known[3] if known[0] is string and known[1] == pos and known[2] < 0 else shared.passes(string, pos)):
                    return None
            # The paragraph's lower-cased copy, when it was the last text lower-cased (the candidates'
            # quick test lower-cases it at each number): never lower-cased here for one try
            last = _LAST_LOWERED
            if self.twin is not None and last[0] is string and last[1] is not None:
                if self.twin.match(last[1], pos) is None:
                    return None
            elif self.test.match(string, pos) is None:
                return None
        return self.regex.match(string, pos, endpos)

    def search(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.regex.search(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.regex.fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self.regex.finditer(*args, **kwargs)

    @property
    def pattern(self) -> str:
        return self.regex.pattern


@overload
def word_at(
    words: Collection[str], *, clitics: Collection[str] = ..., group: str | None = ..., end: str = ...,
    space: str = ..., flags: int = ..., always: Literal[True],
) -> Pattern: ...
@overload
def word_at(
    words: Collection[str], *, clitics: Collection[str] = ..., group: str | None = ..., end: str = ...,
    space: str = ..., flags: int = ..., always: Literal[False] = ...,
) -> Pattern | None: ...
def word_at(
    words: Collection[str], *, clitics: Collection[str] = (), group: str | None = None, end: str = E,
    space: str = r"\s+", flags: int = FLAGS, always: bool = False,
) -> Pattern | None:
    """One of ``words`` anywhere, as a whole word: ``B clitics? (words) end``, for ``search``.

    ``group`` names the word's group (the stage reads the word back, without its clitic);
    ``space`` is what a space inside a phrase matches (a reporting verb "has said" lets adverbs
    in: "has also said"). ``None`` for no words unless ``always``.
    """
    return _compile(words, flags, always, clitics=clitics, group=group, end=end, space=space)


def words_leading(words: Collection[str], *, gap: str = r"\s*", repeat: bool = False, flags: int = FLAGS) -> Pattern:
    """One of ``words`` opening a text, as a whole word: ``\\A gap (words) E``, for
    ``pattern.match(text[a:b])`` on a slice (the words after a verb, the opener of a clause).

    ``gap`` is what may come before the word; ``repeat`` takes one or more of them, each after its
    gap (``\\A(?:gap (words) E)+``). No words give a pattern that never matches.
    """
    one = word_pattern(words, start=gap)
    return lazy(rf"\A(?:{one})+" if repeat else r"\A" + one, flags)


def words_filling(
    words: Collection[str], *, before: str = r"\s*", after: str = r"\s*", required: bool = True,
    flags: int = FLAGS,
) -> Pattern:
    """A text that is one of ``words`` and nothing else but ``before`` and ``after`` (spaces by
    default): ``\\A before (words) after \\Z``, for ``pattern.match`` on the text between two
    mentions ("Georgia | 's | interior ministry"). Unless ``required``, the text may hold no word
    (``(words)?``). No words give a pattern that matches only a text without one.
    """
    return lazy(r"\A" + before + alternation(words) + ("" if required else "?") + after + r"\Z", flags)


def ending_test(
    words: Collection[str], *, then: Collection[str] = (), engine: Any = re, flags: int = re.IGNORECASE,
    gap: str = r"\s*", lazily: bool = False,
) -> Any:
    """A quick test run before searching a window for a phrase of ``words`` (maybe followed by one
    of ``then``) and ``gap`` at its end (spaces by default: the ``...\\s*\\Z`` patterns of
    :func:`words_before`): the phrases reversed, matched once at the start of the reversed window
    (``test.match(rev, n - hi, n - lo)``) instead of trying every position. It leaves out clitics
    and word boundaries, so it passes wherever the search can find something. Compiled by
    ``engine`` (``re`` or ``regex``); ``gap`` must match the reverse of whatever the window's gap
    matches (a run of one class of characters is its own reverse). ``lazily``: compiled when first
    used (:class:`LazyPattern`), ``flags`` given as ``regex``'s.
    """
    if engine is regex or lazily:  # (the text is made when first used, as the pattern is compiled)
        return LazyPattern((ending_text, (sorted(words),), {"then": sorted(then), "gap": gap}), flags, std=engine is re)
    return (programs if engine is re else engine).compile(ending_text(words, then=then, gap=gap), flags)


def ending_text(words: Collection[str], *, then: Collection[str] = (), gap: str = r"\s*") -> str:
    """The pattern text of :func:`ending_test`."""
    def rev(ws: Collection[str]) -> str:
        return _trie([w[::-1] for w in ws])

    return gap + (rf"(?:{rev(then)}\s+)?" if then else "") + rev(words)


class QuickTest:
    """A quick test in the standard library's ``re``, run before a slower ``regex`` search
    (:func:`holding_test`, :func:`starts_test`): ``search`` as a compiled pattern's, positions as
    in the text.

    Its words may be written in any case. ``re`` matching a case-insensitive trie tries every
    branch at each position (it skips branches by their first letter only when letters are
    matched as they are), so a pattern written in lower case searches the lower-cased paragraph
    as it is written, where :func:`lowered` allows it, with the same matches (see :data:`FOLDED`);
    the case-insensitive pattern searches the text itself otherwise.
    """

    __slots__ = ("pattern", "twin", "strings")

    def __init__(self, pattern: str, flags: int = 0, strings: tuple[str, ...] | None = None) -> None:
        self.pattern = programs.compile(pattern, flags)
        twin = FOLDS and bool(flags & re.IGNORECASE) and lower_only(pattern)
        self.twin = programs.compile(pattern, flags & ~re.IGNORECASE) if twin else None
        # A holding test's strings (the pattern is their trie): what a HoldingIndex looks for.
        self.strings = strings

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.twin is not None and (low := lowered_once(text)) is not None:
            return self.twin.search(low, pos)
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match :meth:`search` finds when it finds one at ``pos``."""
        if self.twin is not None and (low := lowered_once(text)) is not None:
            return self.twin.match(low, pos)
        return self.pattern.match(text, pos)


def holding_test(words: Collection[str], *, indexed: bool = True) -> QuickTest | None:
    """A quick test run before searching a whole paragraph for one of ``words`` (a pattern of
    :func:`word_at`, :func:`words_after` and the like, whatever clitics, boundaries or stem stand
    around the word): whether the paragraph holds the longest run without a space of one of them,
    which every match holds. Most paragraphs hold none of a short list, and the standard
    library's ``re`` finds a plain string many times faster than ``regex`` tries a word pattern at
    each position. ``None`` (the search always runs) for no words.

    Runs with a cased character are found in any case, as a case-insensitive pattern matches them:
    ``re`` pairs with each of their letters every character ``regex`` does
    (``tests/test_patterns.py`` checks it for every letter of the packs' tests).

    A pack's holding tests are answered together for a paragraph (:class:`HoldingIndex`); one
    that is not ``indexed`` is left out of that, for a test searched on its own (of a sentence, or
    of the window around a number); an indexed test may be searched on its own too."""
    runs = {max(w.split(), key=len) for w in words if w.strip()}
    if not runs:
        return None
    # As a trie: ``re`` tries a flat alternation's strings one by one at each position (a list
    # of a hundred Arabic dual forms made this test a sixth of the Arabic number stage).
    flags = 0 if all(caseless(r) for r in runs) else re.IGNORECASE
    return QuickTest(search_trie(runs), flags, tuple(sorted(runs)) if indexed else None)


def opening_branches(pieces: Iterable[tuple[Collection[str], str]]) -> str:
    """``(?:words)after|(?:words)after|…`` for ``pieces`` of ``(words, after)`` (:func:`alternation`
    of each word list, then the ``re`` text that follows it), written for ``re``'s search of a
    paragraph: one branch for each first character of the words, which opens it, and under it the
    rest of each list's words that open with it, each followed by its list's ``after``. The same
    strings match. ``re`` skips the positions where no word starts only when every branch of the
    pattern opens with one character (:func:`search_trie`); a branch opening with a list's group
    has it try the pattern at every position of the paragraph."""
    branches: dict[str, list[str]] = {}
    for words, after in pieces:
        rests: dict[str, list[str]] = {}
        for w in words:
            rests.setdefault(w[0], []).append(w[1:])
        for ch, rest in sorted(rests.items()):
            longer = [r for r in rest if r]
            body = alternation(longer) if longer else ""
            branches.setdefault(ch, []).append((f"(?:{body}|)" if longer and "" in rest else body) + after)
    if not branches:
        return "(?!)"
    return "(?:" + "|".join(re.escape(ch) + "(?:" + "|".join(bs) + ")" for ch, bs in branches.items()) + ")"


def search_trie(strings: Collection[str], cased: bool = False) -> str:
    """A trie of ``strings`` (no whitespace in them) for ``re`` to search a paragraph with: the
    match at a position is the longest of them there, as :func:`~claimx.packs.build._trie` gives,
    but written for ``re``'s search rather than for ``regex``'s parse. No class stands for several
    first characters (``[ab]c`` for ``ac|bc``): ``re`` skips the positions where no string starts,
    at C speed, only when every branch of the pattern opens with one character, and tries the
    pattern at every position otherwise (the Arabic and French holding indexes opened with
    ``[<>]=?`` and ``[01]x``). The branches with more strings under them come first, which the
    branch, tried one after another by its first character, reaches sooner (the Arabic index in
    five sixths of the time, the French in about half). ``cased``: each character with case is
    matched without case (``(?i:x)``), the others as they are (:class:`HoldingIndex`)."""
    root: dict[str, Any] = {}
    sizes: dict[int, int] = {}  # the strings under each node, by id (counted as they are added)
    for w in set(strings):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
            sizes[id(node)] = sizes.get(id(node), 0) + 1
        node[""] = {}
    return _search_branches(root, sizes, _caseless_edge if cased else _re_escape) if root else "(?!)"


_re_escape = lru_cache(maxsize=None)(re.escape)


def _caseless_edge(ch: str) -> str:
    """One character of a :func:`search_trie` matched without case, where it has case."""
    escaped: str = _re_escape(ch)
    return escaped if caseless(ch) else "(?i:" + escaped + ")"


def _search_branches(node: dict[str, Any], sizes: dict[int, int], edge: Callable[[str], str]) -> str:
    """:func:`search_trie` of one node: a group of its branches (the empty one last, where a string
    ends), after the run of nodes with one character and no string ending (written as read)."""
    chain = []
    while len(node) == 1 and "" not in node:
        ch, node = next(iter(node.items()))
        chain.append(edge(ch))
    kids = sorted((ch for ch in node if ch), key=lambda ch: (-sizes[id(node[ch])], ch))
    branches = [edge(ch) + _search_branches(node[ch], sizes, edge) for ch in kids] + ([""] if "" in node else [])
    if branches == [""]:
        return "".join(chain)
    return "".join(chain) + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")")


def starts_test(
    words: Collection[str], clitics: Collection[str] = (), *, whole: bool = True, digits: bool = True, tail: str = ""
) -> StartsTest:
    """A quick test for where a match of a pattern made of digits and of whole ``words`` (maybe
    after one of ``clitics``) may start: a digit, or one of the words in any case, maybe after a
    clitic, with no letter of the words or digit just before or after it. Run in ``re``, it skips
    the positions that cannot start such a word many times faster than ``regex`` tries its
    pattern at each of them (:func:`search_from`).

    It finds every position a match may start at, and a few more: its boundaries are narrower
    than the pattern's ``\\w`` ones (only the letters of the words and digits, all of them word
    characters to ``regex``, count as a word going on), and whatever the pattern adds (the words
    that follow, a word it refuses) is left to the pattern. Not ``whole``: ``words`` are the
    openings of the pattern's words (no boundary after them). Not ``digits``: a pattern of words
    alone, which no digit starts. ``tail``: what every match has after the word (``re`` text that
    matches wherever the pattern's own does), tried in the same lookahead.
    """
    chars = sorted({c for w in (*words, *clitics) for c in w if c.isalpha()})
    letters = "".join(re.escape(c) for c in chars)
    inside = r"[\d" + letters + "]"  # all word characters to regex
    after = (f"(?!{inside})" if whole else "") + tail
    word = f"{alternation(words)}{after}"
    # The word alone or after a clitic, two forms rather than an optional clitic before the word:
    # re backs out of each clitic it took and tries the word's trie again (on Arabic, where most
    # words open with a clitic's letter, the scan cost a ninth more instructions so).
    forms = (word, f"{alternation(clitics)}{word}") if clitics else (word,)
    # The step's lookahead (StartsTest.pattern) only asks whether a form follows: one trie of the
    # words and of each clitic glued to each word, where two lookaheads stepped through the first
    # letters of two tries at each blank.
    ahead = (alternation([*words, *(c + w for c in clitics for w in words)]) + after,) if clitics else forms
    return StartsTest(forms, inside, letters + _letters_between(chars), digits, ahead)


def _letters_between(chars: list[str]) -> str:
    """The caseless letters from the first to the last of ``chars`` (sorted), and those next to
    them, as ranges of a class: the rest of the words' alphabet (Arabic "ق", "ج", "ء" open no
    number word). No word starts right after a letter (each is a word character to ``regex``), so
    :class:`StartsTest` tries no position after one: a quarter of the Arabic scan's tries were
    after a letter inside a word. Caseless only: a letter with case would cost a test written in
    lower case its twin."""
    if not chars:
        return ""

    def letter(code: int) -> bool:
        return chr(code).isalpha() and caseless(chr(code))

    lo, hi = ord(chars[0]), ord(chars[-1])
    while lo > 0 and letter(lo - 1):
        lo -= 1
    while hi < 0x10FFFF and letter(hi + 1):
        hi += 1
    runs: list[tuple[int, int]] = []
    for code in range(lo, hi + 1):
        if letter(code):
            if runs and runs[-1][1] == code - 1:
                runs[-1] = (runs[-1][0], code)
            else:
                runs.append((code, code))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


class StartsTest(QuickTest):
    """A :func:`starts_test`: ``search`` gives the match of ``\\d|(?<!inside)word`` (``exact``, the
    word one of ``forms``) that a search of it gives, found by a pattern that ``re`` scans for
    faster (``pattern``).

    A pattern opening with a lookbehind is tried by ``re`` at every position of the text; one
    opening with a class of characters is tried only where the class matches, found by a scan in
    C. So ``pattern`` matches the character before a start (``[^letters]``: a digit, itself a
    start, or a character after which a word may start) when a word follows it, and ``exact`` is
    matched at the start this gives: at the digit, or one character on. The first start at or
    after ``pos`` is either at ``pos`` (``exact`` tried there first) or one such character on.
    """

    __slots__ = ("exact", "exact_twin", "digits")

    def __init__(
        self, forms: tuple[str, ...], inside: str, letters: str, digits: bool = True, ahead_forms: tuple[str, ...] | None = None
    ) -> None:
        # Without ``digits`` (a pattern of words alone) a digit starts nothing, nor does a word after it.
        # ``ahead_forms``: what the step's lookahead tries, matching where one of ``forms`` does and nowhere else.
        before = (f"[^{letters}]" if letters else r"[\s\S]") if digits else rf"[^\d{letters}]"
        ahead = "|".join(f"(?={form})" for form in (ahead_forms or forms))
        super().__init__(rf"{before}(?:(?<=\d)|{ahead})" if digits else rf"{before}(?:{ahead})", re.IGNORECASE)
        word = "(?:" + "|".join(forms) + ")"
        self.exact = programs.compile(rf"\d|(?<!{inside}){word}" if digits else rf"(?<!{inside}){word}", re.IGNORECASE)
        self.exact_twin = programs.compile(self.exact.pattern) if self.twin is not None else None
        self.digits = digits

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        exact, step, hay = self.exact, self.pattern, text
        if self.twin is not None and self.exact_twin is not None and (low := lowered_once(text)) is not None:
            exact, step, hay = self.exact_twin, self.twin, low
        if (m := exact.match(hay, pos)) is not None:
            return m
        if (m := step.search(hay, pos)) is None:
            return None
        at = m.start()
        # a digit (re's \d is str.isdecimal) starts a candidate itself; another character, the word after it
        return exact.match(hay, at if self.digits and hay[at].isdecimal() else at + 1)


def search_from(
    pattern: Pattern, starts: QuickTest, text: str, pos: int, before: int | None = None
) -> regex.Match[str] | None:
    """``pattern.search(text, pos)``, the pattern tried only where ``starts`` (:func:`starts_test`)
    says a match may start: the same first match, since a search is a match tried at each
    position in turn. ``before``: the first match that starts before it (matched in the whole text)."""
    while (start := starts.search(text, pos)) is not None and (before is None or start.start() < before):
        if (m := pattern.match(text, start.start())) is not None:
            return m
        pos = start.start() + 1
    return None


def finditer_from(pattern: Pattern, starts: QuickTest, text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches no empty string, tried only where
    ``starts`` says a match may start (:func:`search_from`): the same matches, since each is the
    first one found from where the last ended. A pattern that opens with a number, searched by
    ``finditer``, is tried by ``regex`` at every position of the paragraph."""
    pos = 0
    while (m := search_from(pattern, starts, text, pos)) is not None:
        yield m
        pos = m.end()


# The run of word characters (``\\w`` as ``regex`` reads it) that ends at a match's ``endpos``, and
# the one that starts at ``pos``.
_RUN_BEFORE = regex.compile(r"\w*", regex.REVERSE)
_RUN_AFTER = regex.compile(r"\w*")


def finditer_words(pattern: Pattern, ends: QuickTest, text: str, index: HoldingIndex | None = None) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each match of which is a whole run of word
    characters (``\\w`` as ``regex`` reads them: no word character before or after it, only letters
    inside) that holds one of the strings of ``ends`` (a :func:`holding_test` of letters only):
    the pattern is tried only at the start of a run where ``ends`` finds a string, not at each
    position of the text. The same matches, since matches are whole runs, so none overlap, and a
    search from the end of the last run tried finds a string in each later run that holds one.
    ``index``: the pack's :class:`HoldingIndex`, which finds the strings of ``ends`` in a long text
    (:func:`find_from`)."""
    pos = 0
    while (t := ends.search(text, pos) if index is None else find_from(index, ends, text, pos)) is not None:
        start = _RUN_BEFORE.match(text, 0, t.start())
        m = pattern.match(text, start.start() if start is not None else t.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            after = _RUN_AFTER.match(text, t.end())
            pos = after.end() if after is not None else t.end()


def caseless(text: str) -> bool:
    """Whether no character of ``text`` has a case: each matches only itself, with or without
    ``IGNORECASE`` (Arabic letters, digits, punctuation)."""
    return all(c == c.lower() == c.upper() == c.casefold() and c not in UNFOLDABLE for c in text)


def may_hold(test: QuickTest | None, text: str) -> bool:
    """Whether ``text`` may hold a match of the pattern ``test`` was made for (:func:`holding_test`)."""
    return test is None or test.search(text) is not None


class HoldingIndex:
    """The holding tests of one pack (:func:`holding_test`), answered together for a paragraph:
    :func:`may_hold` asks the paragraph once per test, a dozen searches of it where most find
    nothing, and the tests' strings overlap ("من" is a run of two of them).

    One ``re`` search finds each position where one of all the tests' strings starts, with the
    longest string there (a trie tries the longer branch first, and the strings at one position
    lie on one path of it, each a prefix of the longest); each string stands for the tests holding
    it or a prefix of it. ``re`` skips the positions where no string starts by the class of the
    strings' first characters, which it reads from the trie; each search resumes one character
    after the last string's start, so overlapping strings are all seen (a search per string found
    cost less than one pass of a lookahead in a lookbehind over each such character). The strings
    opening with each of the commonest first characters are searched in a pattern of their own
    (:meth:`_patterns`). Tests with case
    search the lower-cased paragraph, as their twins do (:class:`QuickTest`); a test with case
    and no twin is left out (:meth:`held` answers it by its own search).

    A long paragraph (:data:`LONG_TEXT`) is searched so once, and where each string starts is
    kept (:class:`Found`): a stage that searches it for one test's strings reads their positions.

    A shorter paragraph is searched so at each question about a new one (:func:`held_once` keeps
    the last answer), and what the search found is kept for the last one (``last``): a stage that
    searches it for one test's strings reads their positions too (:func:`find_from`), where its
    own search of the paragraph read each character again (a thirtieth of the Arabic number stage,
    whose letters nearly all open some string). A cache of each word's answer (the union of a paragraph's words' answers, no
    string holding a blank) paid only on words read before: on articles not read before (the
    second half of the real articles after the first, four words in five seen) the split, the
    lookups in a dict of 27,000 words read from all over memory and the search of the new words
    cost the Arabic number stage more than this search of the paragraph (a sixth of it against
    an eighth), and its 3 MB slowed the stages around it.
    """

    __slots__ = ("tests", "bits", "patterns", "cased", "masks", "folded", "last")

    def __init__(self, tests: Collection[QuickTest]) -> None:
        self.tests = [t for t in tests if t.strings and (t.twin is not None or not t.pattern.flags & re.IGNORECASE)]
        self.bits = {id(t): 1 << i for i, t in enumerate(self.tests)}
        strings = sorted({s for t in self.tests for s in t.strings or ()})
        self.masks = {s: sum(self.bits[id(t)] for t in self.tests if s.startswith(tuple(t.strings or ()))) for s in strings}
        # Whether the tests search the lower-cased text: a caseless string is found in it where it
        # is found in the text (lowered() changes no caseless character and keeps every offset).
        # Where every string with case opens with a caseless character ("24x7" among Arabic words),
        # those strings are searched in the text itself, without case, in a pattern of their own
        # that re scans for by that character: lower-casing each paragraph cost more. Where they
        # are all lower case, with no character re folds beyond str.lower (no two branches of a
        # trie node then match one character), each joins the trie of its first character, its
        # characters with case matched without case there: the pattern of their own, whose first
        # characters (digits) re scanned for as a class, cost the Arabic index a tenth; joined, the
        # index costs 3% fewer instructions on unseen articles (the digits tried in the rest's trie).
        cased = [s for s in strings if not caseless(s)]
        self.folded = any(not caseless(s[0]) for s in cased)
        joined = not self.folded and all(s == s.lower() and not UNFOLDABLE.intersection(s) for s in cased)
        if not self.folded:
            strings = [s for s in strings if caseless(s)]
        self.patterns = self._patterns(strings, cased if joined else [])
        if joined and cased:
            self.masks = _CasedMasks(self.masks)
        self.cased = None if self.folded or joined else self._pattern(cased, re.IGNORECASE)
        # The last short text held() searched and the strings found in it (replaced as one tuple)
        self.last: tuple[str | None, list[tuple[int, int]]] = (None, [])

    @staticmethod
    def _pattern(strings: list[str], flags: int) -> re.Pattern[str] | None:
        return programs.compile(search_trie(strings), flags) if strings else None

    @staticmethod
    def _patterns(strings: list[str], cased: list[str]) -> list[re.Pattern[str]]:
        """The caseless (or lower-case) strings' tries: one for the strings opening with each of the
        :data:`OWN_PATTERN` commonest characters of the strings (their letters anywhere in them, as
        the text has them more or less), one for the rest. At each position where a string may
        start, ``re`` steps through every branch of a trie's first level, whatever the character
        (a branch it can pass over by its first character still costs the step, and a branch taken
        then failing does not stop the others): the strings opening with "ا", "ل" or "e" made the
        Arabic, English and French paragraphs pay the forty-odd branches at nearly every letter. A
        pattern with one first character is scanned for it by ``re`` (its literal prefix), with no
        branch to step through at the first level. The same string is found at each position (every
        string that starts there is in the pattern of its first character); each ``search`` of the
        paragraph costs a little: the Arabic index in three quarters of the instructions, the
        English and French in two thirds. ``cased``: strings with case opening with a caseless
        character, each in the trie of its first character (:func:`search_trie`, ``cased``)."""
        if not strings and not cased:
            return []
        counts = Counter(c for s in strings for c in s)
        own = sorted({s[0] for s in strings}, key=lambda c: (-counts[c], c))[:OWN_PATTERN]
        every = strings + cased
        groups = [[s for s in every if s[0] == c] for c in own] + [[s for s in every if s[0] not in own]]
        return [programs.compile(search_trie(g, bool(cased))) for g in groups if g]

    def hay(self, text: str) -> str | None:
        """The text the strings are searched in: ``text``, or it lower-cased (``None`` where it
        cannot be: :func:`lowered`)."""
        return lowered_once(text) if self.folded else text

    def held(self, text: str) -> int | None:
        """The bits of the tests ``text`` holds a string of; ``None`` where the lower-cased text
        the tests with case need cannot be searched (:func:`lowered`)."""
        if len(text) > LONG_TEXT:
            found = found_once(self, text)
            return None if found is None else found.held
        hay = self.hay(text)
        if hay is None:
            return None
        pairs = list(self._found(hay))
        self.last = (text, pairs)
        held = 0
        for _, bits in pairs:
            held |= bits
        return held

    def found(self, text: str) -> Found | None:
        """Where the tests' strings start in ``text``, with the bits of each (``None`` as for :meth:`held`)."""
        last = self.last  # one read: another thread may replace it
        if last[0] is text:
            return Found(sorted(last[1]))
        hay = self.hay(text)
        return None if hay is None else Found(sorted(self._found(hay)))

    def _found(self, hay: str) -> Iterator[tuple[int, int]]:
        """Each position of ``hay`` where strings start, with the bits of the tests they stand for."""
        masks = self.masks
        for pattern in self.patterns:
            search, pos = pattern.search, 0
            while (m := search(hay, pos)) is not None:
                pos = m.start()
                yield pos, masks[m.group()]
                pos += 1
        if self.cased is not None:
            search, pos = self.cased.search, 0
            while (m := search(hay, pos)) is not None:
                pos = m.start()
                yield pos, self._cased_mask(m.group())
                pos += 1

    def _cased_mask(self, found: str) -> int:
        """The bits of the string with case that ``found`` (as the text writes it) matches."""
        return _cased_mask(self.masks, found)


def _cased_mask(masks: dict[str, int], found: str) -> int:
    """The bits of the string with case that ``found`` (as the text writes it) matches."""
    bits = masks.get(found.lower())
    if bits is None:  # a character re folds beyond str.lower
        bits = next(b for s, b in masks.items() if re.fullmatch(re.escape(s), found, re.IGNORECASE))
    return bits


class _CasedMasks(dict[str, int]):
    """The masks of a :class:`HoldingIndex` whose tries hold strings with case: a string found as
    the text writes it, in another case, is looked up by :func:`_cased_mask` (a plain dict for the
    other indexes, whose lookups Python runs faster)."""

    def __missing__(self, found: str) -> int:
        return _cased_mask(self, found)


# The first characters whose strings a HoldingIndex searches in a pattern of their own (the rest share
# one): ten was the fewest instructions over the real articles of the three packs (six to twelve
# within a few percent of it).
OWN_PATTERN = 10

# Paragraphs longer than this are searched as a whole by their HoldingIndex, which keeps where each
# string starts (Found): a stage searching such a paragraph for one test's strings reads their
# positions instead of scanning it again (Scan.find). In a paragraph of many sentences (a document
# without blank lines, cut at 20,000 characters) every test finds a string somewhere, and each
# stage's own scan of the whole paragraph made it cost a third more a KB than short paragraphs.
LONG_TEXT = 2000


class Found:
    """Where a :class:`HoldingIndex` found its strings in a paragraph (:meth:`HoldingIndex.found`)."""

    __slots__ = ("at", "bits", "held", "_starts")

    def __init__(self, found: list[tuple[int, int]]) -> None:
        self.at = [at for at, _ in found]
        self.bits = [bits for _, bits in found]
        self.held = reduce(or_, self.bits, 0)
        self._starts: dict[int, list[int]] = {}

    def starts(self, bit: int) -> list[int]:
        """The positions, in order, where a string of the test with ``bit`` may start (the test's
        own pattern matches at each position it matches at in the paragraph, and maybe others)."""
        if (kept := self._starts.get(bit)) is None:
            kept = self._starts[bit] = [at for at, bits in zip(self.at, self.bits) if bits & bit]
        return kept


_INDEXES: dict[int, tuple[object, HoldingIndex]] = {}  # by id of the pack (kept alive here)

T = TypeVar("T")


class _LastAnswer(Generic[T]):
    """An index's answer for the last paragraph asked: the scan of a paragraph and the dates it
    reads ask the same index of the same text."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last: tuple[HoldingIndex | None, str, T | None] = (None, "", None)

    def get(self, index: HoldingIndex, text: str, answer: Callable[[str], T | None]) -> T | None:
        last = self.last  # one read: another thread may replace it
        if last[0] is index and last[1] is text:
            return last[2]
        value = answer(text)
        self.last = (index, text, value)
        return value


_LAST_HELD: _LastAnswer[int] = _LastAnswer()
_LAST_FOUND: _LastAnswer[Found] = _LastAnswer()


def holding_index(owner: object) -> HoldingIndex:
    """The :class:`HoldingIndex` of every holding test among ``owner``'s attributes (a pack),
    built at its first use."""
    entry = _INDEXES.get(id(owner))
    if entry is None or entry[0] is not owner:
        entry = (owner, HoldingIndex([v for v in vars(owner).values() if isinstance(v, QuickTest) and v.strings]))
        _INDEXES[id(owner)] = entry
    return entry[1]


def holds(owner: object, test: QuickTest | None, text: str) -> bool:
    """:func:`may_hold` for ``test``, one of ``owner``'s holding tests: the paragraph is searched
    once for all of them (:class:`HoldingIndex`), and the answer kept for the last paragraph."""
    if test is None:
        return True
    index = holding_index(owner)
    bit = index.bits.get(id(test))
    if bit is None:
        return test.search(text) is not None
    held = held_once(index, text)
    return test.search(text) is not None if held is None else bool(held & bit)


def held_once(index: HoldingIndex, text: str) -> int | None:
    """``index.held(text)``, kept for the last paragraph asked (:class:`_LastAnswer`)."""
    return _LAST_HELD.get(index, text, index.held)


def found_once(index: HoldingIndex, text: str) -> Found | None:
    """``index.found(text)``, kept for the last paragraph asked (:class:`_LastAnswer`)."""
    return _LAST_FOUND.get(index, text, index.found)


def find_from(index: HoldingIndex, test: QuickTest, text: str, pos: int = 0) -> re.Match[str] | None:
    """``test.search(text, pos)`` for ``test``, a holding test ``index`` answers or not: tried only
    where the index found one of its strings, in a long paragraph (:data:`LONG_TEXT`) or in the
    last short one it searched (:meth:`HoldingIndex.held`); searched otherwise."""
    bit = index.bits.get(id(test))
    if bit is None or (len(text) <= LONG_TEXT and index.last[0] is not text) or (found := found_once(index, text)) is None:
        return test.search(text, pos)
    starts = found.starts(bit)
    for i in range(bisect_left(starts, pos), len(starts)):
        if (m := test.match(text, starts[i])) is not None:
            return m
    return None


# -- the standard library's engine, and the lower-cased twins ---------------------------------


def fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled by the standard library's ``re``, about twice as fast as ``regex`` on the
    word tries the packs compile to (patterns needing ``regex`` features stay with ``regex``).
    A case-insensitive pattern written in lower case gets its twin (:data:`FOLDED`)."""
    compiled = programs.compile(pattern, re.IGNORECASE if flags & regex.IGNORECASE else 0)
    if _EXTRA_CASES is not None and compiled.flags & re.IGNORECASE and lower_only(pattern):
        FOLDED[id(compiled)] = (compiled, programs.compile(pattern))
    return compiled


# Case-insensitive matching is the slow part of the word tries: ``re`` skips the branches of a
# trie by their first letter only when letters are matched as they are. So a case-insensitive
# pattern written in lower case also gets a case-sensitive twin, run on the lower-cased text: it
# finds the same matches, at the same offsets, whenever lower-casing maps each character of the
# text to one character that every test of the pattern (letters, \w, \d, \s) treats alike; the
# characters ``re`` folds together beyond ``str.lower`` (``ſ`` with ``s``, ``ı`` with ``i``, Greek
# and Cyrillic variants) are never folded. The match itself is then read again from the text.
# (Keyed by id: hashing a compiled pattern hashes its whole program.)
FOLDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
try:
    from re import _casefix  # type: ignore[attr-defined]

    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # a Python that keeps the table elsewhere: no twins
    _EXTRA_CASES = None
FOLDS = _EXTRA_CASES is not None  # whether this Python's ``re`` lets :func:`fast` make twins
UNFOLDABLE = frozenset(chr(c) for k, v in (_EXTRA_CASES or {}).items() for c in (k, *v) if c > 127)
_UNFOLDABLE_RE = re.compile("[" + "".join(sorted(UNFOLDABLE)) + "]")
_ESCAPE = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]")


def lower_only(pattern: str) -> bool:
    """Whether a pattern's own characters (escapes and group names aside) are all lower case, some
    of them cased, with no back-reference and no character ``re`` folds specially: whether
    :func:`fast` gives it a twin."""
    if re.search(r"\\\d|\(\?P=", pattern):
        return False
    bare = _ESCAPE.sub("", pattern)
    cased = bare != bare.upper()  # (an Arabic pattern gains nothing)
    return cased and bare == bare.lower() and not UNFOLDABLE.intersection(bare)


def lowered(text: str) -> str | None:
    """``text`` lower-cased, when the twins of :data:`FOLDED` may search it in its place; else None.

    The characters ``re`` folds specially are all lower case, so they show in the lower-cased
    text; lower-casing keeps every other character a letter, digit or space as it was (a test
    checks it over all of Unicode)."""
    low = text.lower()
    if len(low) != len(text) or _UNFOLDABLE_RE.search(low):
        return None  # "İ" lower-cases to two characters; "ſ", "ς"...
    return low


# The last text lower-cased by :func:`lowered_once`, and the result: the quick tests of one
# paragraph (its candidates' starts, each holding test) all search its lower-cased text.
_LAST_LOWERED: tuple[str, str | None] = ("", "")


def lowered_once(text: str) -> str | None:
    """:func:`lowered`, remembered for the last text it was asked for."""
    global _LAST_LOWERED
    last = _LAST_LOWERED  # one read: another thread may replace it
    if last[0] is text:
        return last[1]
    low = lowered(text)
    _LAST_LOWERED = (text, low)
    return low
