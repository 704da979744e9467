"""Event kinds: what happened to the counted thing, as a language-neutral word.

"66 000 Russes étaient entrés dans le bloc", "دخل ما يقرب من 66 ألف مواطن روسي" and "66,000
Russians entered the bloc" all give ``entered``. The kinds and their surfaces are data (the
``[events]`` section of each pack, the same keys in every language); this module only looks,
inside the claim's clause, for the surface nearest to the number (its verb or its counted noun).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex

from claimx.normalize import normalize
from claimx.packs import Pack, load_pack
from claimx.packs.chars import COMMAS, SEMICOLONS
from claimx.packs.patterns import finditer_from

# How far (in words) from the number an event word may be, inside the clause.
WINDOW = 12
_WORD = regex.compile(r"[\p{L}\p{M}\d]+")
# Punctuation that ends a clause for this purpose in any script (a comma or colon followed by a
# space: "41,000" keeps its comma), besides the pack's clause words.
_PUNCT_BREAK = regex.compile(rf"[{COMMAS}:{SEMICOLONS}]\s|[()«»\"“”]")


def event_kinds(lang: str = "en") -> tuple[str, ...]:
    """The vocabulary of event kinds (every pack has the same keys)."""
    return tuple(load_pack(lang).event_kinds)


def detect_event(sentence: str, start: int, end: int, pack: Pack) -> str | None:
    """The event kind of the claim at ``sentence[start:end]``, or None when its clause names none.

    The nearest event surface wins, counted in words between it and the claim, a surface before
    the number counting one word further: the counted noun and the participle that follow a
    number ("8 000 civils tués") say more than a reporting verb before it ("a recensé").
    The clause ends at the pack's clause breaks (``que``, ``that``, ``أن``...). For several
    claims of one sentence, :class:`SentenceEvents` reads the sentence once.
    """
    return SentenceEvents(sentence, pack).at(start, end)


class SentenceEvents:
    """One sentence read once for events: its folded text, clause breaks, event surfaces and
    words, so that each claim in it costs a few bisections however long the sentence is."""

    def __init__(self, sentence: str, pack: Pack) -> None:
        self.pack = pack
        self.norm = normalize(sentence)
        self.key, self.pos = _fold(self.norm.text)
        found = pack.event_re.finditer(self.key) if pack.event_starts is None else finditer_from(pack.event_re, pack.event_starts, self.key)
        self.events = [(m.start(), m.end(), pack.event_of_group[str(m.lastgroup)]) for m in found]
        self.event_starts = [a for a, _, _ in self.events]
        self.event_ends = [b for _, b, _ in self.events]
        self._breaks: tuple[list[int], list[int]] | None = None

    def _clause_breaks(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the clause breaks (read on the first claim near an event word)."""
        if self._breaks is None:
            spans = [m.span() for p in (self.pack.clause_break_re, _PUNCT_BREAK) for m in p.finditer(self.key)]
            self._breaks = sorted(a for a, _ in spans), sorted(b for _, b in spans)
        return self._breaks

    def _key_at(self, raw_i: int) -> int:
        i = self.norm.norm_offset(raw_i)
        return i if self.pos is None else bisect_left(self.pos, i)

    def _words(self, a: int, b: int) -> int:
        """Word runs that ``key[a:b]`` holds (in part or whole), counted up to ``WINDOW + 1``."""
        n = 0
        for _ in _WORD.finditer(self.key, a, max(a, b)):
            n += 1
            if n > WINDOW:
                break
        return n

    def at(self, start: int, end: int) -> str | None:
        """The event kind of the claim at ``sentence[start:end]`` (see :func:`detect_event`)."""
        if not self.events:
            return None
        key = self.key
        left_end = self._key_at(start)
        while left_end > 0 and key[left_end - 1] == " ":
            left_end -= 1
        right = self._key_at(end)
        while right < len(key) and key[right] == " ":
            right += 1
        # The clause: after the last break that ends inside the left part, before the first break
        # that starts in the right part.
        break_starts, break_ends = self._clause_breaks()
        i = bisect_right(break_ends, left_end)
        cut = break_ends[i - 1] if i else 0
        j = bisect_left(break_starts, right)
        stop = break_starts[j] if j < len(break_starts) else len(key)
        best: tuple[int, int, str] | None = None
        k = bisect_left(self.event_starts, right)
        if k < len(self.events):
            a, b, kind = self.events[k]
            if b <= stop:
                dist = self._words(right, a)
                if dist <= WINDOW:
                    best = (dist, 0, kind)
        k = bisect_right(self.event_ends, left_end) - 1
        while k >= 0 and self.events[k][0] >= cut:
            a, b, kind = self.events[k]
            dist = self._words(b, left_end) + 1
            if dist > WINDOW:
                break
            if best is None or (dist, 1) <= best[:2]:  # an earlier surface at the same distance wins
                best = (dist, 1, kind)
            k -= 1
        return best[2] if best else None


_ODD_SPACE = regex.compile(r"\s\s|[^\S ]|^\s|\s$")
# A run of blanks other than one space: what _fold collapses (the standard library's \s is
# str.isspace, the test it collapses by).
_ODD_RUN = re.compile(r"\s{2,}|(?! )\s")


def _fold(text: str) -> tuple[str, list[int] | None]:
    """``text`` case-folded with its spaces collapsed (as :func:`norm_key` does a surface), and the
    index in ``text`` of each folded character (None when they are the same).

    Folded a stretch between two odd runs of blanks (not one space) at a time: a stretch whose
    folding keeps its length folds each of its characters to one (the offsets are a range); only
    the others are folded character by character (a long sentence with one double space, a list
    of counts, is not read a character, nor a number, at a time)."""
    key = text.casefold()
    if len(key) == len(text) and not _ODD_SPACE.search(key):
        return key, None
    out: list[str] = []
    pos: list[int] = []
    a = len(text) - len(text.lstrip())  # blanks before the first word are dropped
    stop = len(text.rstrip())  # and those after the last
    for m in _ODD_RUN.finditer(text, a, stop):
        _fold_stretch(text, a, m.start(), out, pos)
        out.append(" ")  # the run, at its first character
        pos.append(m.start())
        a = m.end()
    _fold_stretch(text, a, stop, out, pos)
    return "".join(out), pos


def _fold_stretch(text: str, a: int, b: int, out: list[str], pos: list[int]) -> None:
    """``text[a:b]`` (no odd run of blanks in it) case-folded onto ``out``, its offsets onto ``pos``."""
    folded = text[a:b].casefold()
    if len(folded) == b - a:
        out.append(folded)
        pos.extend(range(a, b))
        return
    for i in range(a, b):
        for c in text[i].casefold():
            out.append(c)
            pos.append(i)
