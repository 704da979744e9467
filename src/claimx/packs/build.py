"""The small builders every pack stage uses: surface keys, tries, exact numbers and ratios, and the
pack's clitic table (:class:`Clitics`). The regexes built from them are in :mod:`claimx.packs.patterns`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import regex

from claimx.normalize import norm_key

if TYPE_CHECKING:
    from claimx.packs.schema import PackData

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")
NUMBER_KINDS = ("words", "hundreds", "scales", "duals", "weak")


@dataclass(frozen=True)
class Unit:
    canonical: str
    factor: Decimal


@dataclass(frozen=True)
class Clitics:
    """Every clitic table of a pack, normalised (:func:`_keys`: longest first), read in one place.

    The pack keeps one key per idea, as its authors write them; the sets a stage puts before a
    word (:func:`claimx.packs.patterns.optional`) are unions of them, named here:

    * ``words``: ``numbers.word_prefixes``, glued to any word ("و": "وأكثر");
    * ``numbers``: ``words`` and ``numbers.number_clitics``, glued to a number word, a year or a
      range opener ("بخمسة", "ولعام");
    * ``digits``: ``words`` and ``digits.prefixes``, glued to digits and to the words around a
      number (qualifiers, fractions, changes, labels);
    * ``digit_prefixes``: ``digits.prefixes`` alone (what may be glued to the digits themselves);
    * ``entities``: ``entities.prefixes``, glued to a name (with the article: "بالمغرب");
    * ``articles``: ``entities.articles`` ("ال");
    * ``events``: ``events.clitics``, glued to an event word.
    """

    words: tuple[str, ...]
    numbers: tuple[str, ...]
    digits: tuple[str, ...]
    digit_prefixes: tuple[str, ...]
    entities: tuple[str, ...]
    articles: tuple[str, ...]
    events: tuple[str, ...]

    @classmethod
    def of(cls, spec: PackData) -> Clitics:
        num, dig = spec.numbers, spec.digits
        return cls(
            words=tuple(_keys(num.word_prefixes)),
            numbers=tuple(_keys(list(num.word_prefixes) + list(num.number_clitics))),
            digits=tuple(_keys(list(num.word_prefixes) + list(dig.prefixes))),
            digit_prefixes=tuple(_keys(dig.prefixes)),
            entities=tuple(_keys(spec.entities.prefixes)),
            articles=tuple(_keys(spec.entities.articles)),
            events=tuple(_keys(spec.events.clitics)),
        )


def _trie(words: list[str], space: str = r"\s+") -> str:
    """A regex alternation for ``words`` built as a character trie (fast for hundreds of words).

    Whitespace inside a surface matches ``space`` (any run of whitespace by default). The text is
    kept small, because ``regex`` parses it in Python at every first start: first characters that
    begin branches with the same rest, side by side in the alternation, share one class (``[ab]c``
    for ``ac|bc``: the same match in the same order of trial), and no group is put around what is
    one already.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    body = _emit(root, space)[0]
    return body if body.startswith("(?:") and body.endswith(")") else "(?:" + body + ")"


def _emit(node: dict[str, Any], space: str) -> tuple[str, bool]:
    """The pattern text of a trie node, and whether it is one group (a quantifier may follow it:
    a character, a class, ``(?:…|…)``)."""
    # A run of nodes with one character each and no word ending in them is written as it is read
    # (most of a word list's trie), without a call for each: the text :func:`_branches` would
    # give, faster (this is built at every first start).
    chain: list[str] = []
    while len(node) == 1:
        ch, child = next(iter(node.items()))
        if not ch:
            break
        chain.append(space if ch == " " else _escape(ch))
        node = child
    body, grouped = _branches(node, space)
    if not chain:
        return body, grouped
    # One character before a node that writes nothing stays one group (unless it is the space).
    return "".join(chain) + body, len(chain) == 1 and not body and chain[0] != space


def _branches(node: dict[str, Any], space: str) -> tuple[str, bool]:
    """:func:`_emit` of a node where a word ends or the trie branches (or a leaf)."""
    runs: list[tuple[str, list[str]]] = []  # (rest, first characters), in the order tried
    for ch in sorted(k for k in node if k):
        rest = _emit(node[ch], space)[0]
        if ch != " " and runs and runs[-1][0] == rest and runs[-1][1][0] != space:
            runs[-1][1].append(_escape(ch))
        else:
            runs.append((rest, [space if ch == " " else _escape(ch)]))
    branches = [(run[0] if len(run) == 1 else "[" + "".join(run) + "]") + rest for rest, run in runs]
    if not branches:
        return "", False
    if len(branches) > 1:
        body, grouped = "(?:" + "|".join(branches) + ")", True
    else:
        body, grouped = branches[0], not runs[0][0] and runs[0][1][0] != space
    if "" not in node:
        return body, grouped
    # A word ending here, a longer one going on: the rest or nothing, written as a branch with an
    # empty last alternative rather than a group made optional (the same matches, tried in the
    # same order). ``regex`` sets up each optional group as a repeat at every match, where a branch
    # costs nothing: half the start of a match of the Arabic label words, a quarter of a search of
    # the window before a number; ``re`` reads both alike. A lone character or class keeps its
    # "?", which ``re`` reads faster than a branch.
    if len(branches) > 1:
        return body[:-1] + "|)", True
    return (body + "?" if grouped else "(?:" + body + "|)"), True


@lru_cache(maxsize=None)
def _escape(ch: str) -> str:
    return regex.escape(ch)


def _keys(values: Iterable[str]) -> list[str]:
    """The normalised keys of ``values`` (a list, tuple or the keys of a table), longest first."""
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


def _event_surface(surface: str) -> str:
    """A normalised event surface; a trailing ``*`` (a stem) survives normalisation."""
    stem = surface.strip().endswith("*")
    key = norm_key(surface.strip().rstrip("*"))
    return key + "*" if key and stem else key
