"""The regex builder the pack stages share: a list of words, where it stands, and its clitics.

Most of a pack's regexes are one word list (compiled to a trie, :func:`~claimx.packs.build._trie`)
in one of three places:

* :func:`words_before` — the words end the text before a number ("more than | 5", "article | 12");
  the stages search the window that ends at the number (``left(text, start)``), so ``\\Z`` anchors
  the match at the number and the search finds the words wherever the window begins;
* :func:`words_after` — the words follow a position (``pattern.match(text, end)`` at the end of a
  number: "5 | million", "10 | years ago"), so the pattern starts with the gap it allows;
* :func:`word_at` — the words anywhere (``search`` / ``finditer``), between word boundaries.

Each takes the clitics that may be glued to the first word (Arabic "و", "ب", "لل": "وأكثر من")
as a word list and makes them optional (:func:`optional`). Each returns ``None`` for an empty word
list, so a stage tests ``if p.x_re is not None`` instead of matching a pattern that can never
match; ``always=True`` compiles an empty list to a pattern that never matches (``(?!)``), for the
patterns every pack has.

:func:`word_pattern` is the text all three compile: the stages that compile with another engine
(the time patterns, with the standard library's ``re``: :func:`claimx.time.patterns.fast`) build
their pattern text with it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal, overload

import regex

from claimx.packs.build import _trie

Pattern = regex.Pattern[str]
FLAGS = regex.IGNORECASE | regex.V0
# Word boundaries: no word character just before, no word character just after.
B, E = r"(?<![\w])", r"(?![\w])"


def optional(words: Collection[str]) -> str:
    """An optional one of ``words`` (a regex piece: ``(?:<trie>)?``); ``""`` when there are none.

    This is how a clitic table is put before a word: ``optional(clitics) + word``.
    """
    return f"(?:{_trie(list(words))})?" if words else ""


def _words(words: Collection[str], group: str | None) -> str:
    """The trie of ``words`` in a group: named (``(?P<group>…)``) when the stage reads the word back."""
    return ("(?:" if group is None else f"(?P<{group}>") + _trie(list(words)) + ")"


def word_pattern(
    words: Collection[str], *, start: str = B, clitics: Collection[str] = (), group: str | None = None,
    end: str = E,
) -> str:
    """The pattern text of one of ``words``: ``start clitics? (words) end``, not compiled.

    ``start`` is what must come before the word (a word boundary by default; the gap for a word
    matched after a number), ``end`` what must come after it (a word boundary by default; the gap
    and ``\\Z`` for a word ending the window before a number). ``group`` names the word's group.
    No words give a group that never matches (``(?:(?!))``). :func:`words_before`,
    :func:`words_after` and :func:`word_at` compile this text.
    """
    return start + optional(clitics) + _words(words, group) + end


def _compile(pattern: str, words: Collection[str], flags: int, always: bool) -> Pattern | None:
    return regex.compile(pattern, flags) if words or always else None


@overload
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = ..., start: str = ...,
    flags: int = ..., always: Literal[True],
) -> Pattern: ...
@overload
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = ..., start: str = ...,
    flags: int = ..., always: Literal[False] = ...,
) -> Pattern | None: ...
def words_before(
    words: Collection[str], *, gap: str, clitics: Collection[str] = (), start: str = B,
    flags: int = FLAGS, always: bool = False,
) -> Pattern | None:
    """One of ``words`` ending the window before a number: ``start clitics? (words) gap \\Z``.

    ``gap`` is what may stand between the word and the number (``\\s*`` crosses a line break,
    ``[ \\t]*`` does not, ``[ \\t]+`` needs a space); ``start`` is what must come before the word
    (a word boundary by default). The ``\\Z`` is why the stages search the window that ends at the
    number, never the whole text. ``None`` for no words unless ``always``.
    """
    return _compile(word_pattern(words, start=start, clitics=clitics, end=gap + r"\Z"), words, flags, always)


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
    """
    return _compile(word_pattern(words, start=gap, group=group, end=end), words, flags, always)


@overload
def word_at(
    words: Collection[str], *, clitics: Collection[str] = ..., group: str | None = ..., end: str = ...,
    flags: int = ..., always: Literal[True],
) -> Pattern: ...
@overload
def word_at(
    words: Collection[str], *, clitics: Collection[str] = ..., group: str | None = ..., end: str = ...,
    flags: int = ..., always: Literal[False] = ...,
) -> Pattern | None: ...
def word_at(
    words: Collection[str], *, clitics: Collection[str] = (), group: str | None = None, end: str = E,
    flags: int = FLAGS, always: bool = False,
) -> Pattern | None:
    """One of ``words`` anywhere, as a whole word: ``B clitics? (words) end``, for ``search``.

    ``group`` names the word's group (the stage reads the word back, without its clitic).
    ``None`` for no words unless ``always``.
    """
    return _compile(word_pattern(words, clitics=clitics, group=group, end=end), words, flags, always)
