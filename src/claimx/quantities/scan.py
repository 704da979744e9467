"""The state one paragraph's scan shares between the stages: text, pack, masks, the last label."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal

import regex

from claimx.dates import Dates
from claimx.normalize import norm_key
from claimx.packs import Pack
from claimx.packs.patterns import (
    EndPattern, Pattern, QuickTest, find_from, finditer_from, held_once, holding_index, search_from,
)
from claimx.quantities.masks import Masks
from claimx.quantities.model import WINDOW, Atom, Hit, KeptReading, Rejection, new_hit

_ONE = Decimal(1)
_BLANKS = regex.compile(r"\s*")
_ASCII_RUN = re.compile(r"(?:[0-9]|[.,' ](?=[0-9]))*")  # a run Scan.digits_end reads, in ASCII
_OPEN_QUOTE = regex.compile(r"[ \t]*[\"“«‘']")  # a counted noun may open a quotation


# Characters that no match of the word and number patterns searched over a whole paragraph
# holds (a fraction, a multiplier, a dual, "one in five", "multiplied by three", "and a half"):
# punctuation that no pack's words hold, and a full stop or comma that is no decimal mark. Around
# a word of such a pattern, a match lies between two of them (Scan.found_near). One class first,
# the decimal mark turned away after it: re scans for a pattern opening with a class in a loop
# of its own, where an alternation of two is tried at each character (twice the time).
_BARRIER = re.compile(r"[;:!?()\[\]{}\"«»“”،؛؟.,](?!(?<=[.,])\d)")
# A lower-case word after a one-letter name or a name in capitals spelt like a stopword: the noun a number
# before the name counts ("two S proteins", "all six WHO regions": "WHO" is no "who").
_NOUN_AFTER_LETTER = regex.compile(r"[ \t]+(\p{Ll}[\p{L}\p{M}'’-]*)")


class Scan:
    """One paragraph of normalised text being scanned for quantities."""

    def __init__(self, text: str, pack: Pack, dates: Dates | None = None) -> None:
        self.text = text
        self.p = pack
        self._holding = holding_index(pack)
        self._held: int | None = None  # the bits of the holding tests the paragraph passes (HoldingIndex.held)
        self._held_asked = False
        self.masks = Masks(text, pack, dates if dates is not None else Dates(text, pack), self.holds)
        self.label_end = -1  # where the last label number ended ("article 15"), for the list after it
        self.labels_seen: set[str] = set()  # the digits of the labels read so far ("resolution 1591" ... "the 1591 committee")
        self._digit_run = (0, 0)  # the last run of digits scanned by digits_end
        # the value of each digit string read so far (atoms.digits_value): a list repeats its numbers
        self.digit_values: dict[str, tuple[Decimal, bool] | None] = {}
        self.bare_stretch = (0, 0)  # the last stretch of digits, commas and blanks found (plain.bare_span)
        self.not_bare = (-1, -1)  # the last span found that no bare neighbourhood holds (plain.bare_span)
        self.stretch_zeros = (0, 0, True)  # the stretch plain.bare_run read last, and whether a phone's zero is in it
        self.rejected: list[Rejection] = []  # what the not-claim rules dropped, in order
        self._one_in_word: bool | None = None
        self.year_word: tuple[int, regex.Match[str] | None] = (-1, None)  # predicates.year_word_before's last answer
        self._barriers: list[int] | None = None  # where the _BARRIER characters are, read when first asked
        self._counted: tuple[int, tuple[str | None, tuple[int, int] | None]] = (-1, (None, None))  # counted_after's last
        self._searched: dict[int, bool] = {}  # the tests searched on their own (no index for the text), by id
        self.reversed: str | None = None  # the text reversed, for the quick tests of the words before a number (before)
        # the memo of the numbers' readings by the text around them (memo.recall), and what it kept of the windows
        self.readings: dict[tuple[str, int | None], KeptReading] = {}
        self.read_far = False  # whether the reading under way read past its window (memo.py)
        self.last_age = -1  # where the last age read ends (ages.read_age), for a bound after it that leaves out the word
        self.memo_safe = (0, 0)  # the last stretch memo._safe found safe
        self.memo_unsafe = (-1, -1)  # the last span it found unsafe

    def holds(self, test: QuickTest | None) -> bool:
        """Whether the paragraph may hold a match of the pattern ``test`` guards (a holding test of
        the pack, or ``None``: always), the pack's tests answered in one pass (``HoldingIndex``)."""
        if test is None:
            return True
        bit = self._holding.bits.get(id(test))
        if bit is not None:
            if not self._held_asked:
                self._held, self._held_asked = held_once(self._holding, self.text), True
            if self._held is not None:
                return bool(self._held & bit)
        if (known := self._searched.get(id(test))) is None:  # once a paragraph: a stage asks at each number
            known = self._searched[id(test)] = test.search(self.text) is not None
        return known

    def numbers_in(self, pattern: Pattern) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text)`` for a pattern that opens with a number (digits, or a number
        word maybe after a prefix, as a candidate does): tried only where a candidate may start."""
        return finditer_from(pattern, self.p.candidate_starts, self.text)

    def found_near(self, pattern: Pattern, test: QuickTest | None) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text)`` for a pattern whose every match holds one of the strings of
        ``test`` (its holding test) and none of the ``_BARRIER`` characters, searched only in the
        stretch between two of them around each string found: the same matches (one found in a
        stretch ends before the barrier that closes it, whose character any test at the match's end
        reads as in the text). Most of a long paragraph holds none of a pattern's words, but a
        paragraph-wide search tries the pattern at each of its positions once one word is there."""
        if test is None:
            yield from pattern.finditer(self.text)
            return
        text, bars = self.text, self.barriers()
        pos = 0
        while (t := find_from(self._holding, test, text, pos)) is not None:
            i = bisect_right(bars, t.start())
            a = max(pos, bars[i - 1] + 1 if i else 0)
            b = bars[i] if i < len(bars) else len(text)
            for m in pattern.finditer(text, a, min(len(text), b + 1)):
                yield m
                pos = m.end()
            pos = max(pos, b + 1)

    def numbers_near(self, pattern: Pattern, test: QuickTest | None) -> Iterator[regex.Match[str]]:
        """:meth:`numbers_in` for a pattern whose every match holds one of the strings of ``test``
        and none of the ``_BARRIER`` characters: tried only at the numbers of the stretches around
        such a string (see :meth:`found_near`), matched in the whole text."""
        if test is None:
            yield from self.numbers_in(pattern)
            return
        text, bars, starts = self.text, self.barriers(), self.p.candidate_starts
        pos = 0
        while (t := find_from(self._holding, test, text, pos)) is not None:
            i = bisect_right(bars, t.start())
            a = max(pos, bars[i - 1] + 1 if i else 0)
            b = bars[i] if i < len(bars) else len(text)
            while (m := search_from(pattern, starts, text, a, b)) is not None:
                yield m
                a = m.end()
            pos = max(a, b + 1)

    def barriers(self) -> list[int]:
        """Where the ``_BARRIER`` characters of the paragraph are, in order."""
        if self._barriers is None:
            self._barriers = [m.start() for m in _BARRIER.finditer(self.text)]
        return self._barriers

    def one_in_word(self) -> bool:
        """Whether the paragraph holds a word of "one in" before a number (``one_in_word_re``),
        searched once for the two patterns it guards."""
        if self._one_in_word is None:
            p, text = self.p, self.text
            # Tried only where its quick test matches (every match starts where the test does): a search
            # tries it at each blank up to the last before such a word ("sur", "in" are everywhere).
            pos, found = 0, False
            while not found and (t := p.one_in_word_test.search(text, pos)) is not None:
                found = p.one_in_word_re.match(text, t.start()) is not None
                pos = t.start() + 1
            self._one_in_word = found
        return self._one_in_word

    def reject(self, start: int, end: int, rule: str) -> None:
        """Record that ``rule`` dropped the number at ``start:end``."""
        self.rejected.append(Rejection(start, end, rule))

    def digits_end(self, s: int) -> int:
        """The end of the run of digits and inner separators starting at ``s`` ("1 200,5").

        A scan from inside a run scanned before ends where that one did: remembered, so a long
        run of numbers ("12 15 17 21 ...", a list of daily counts) is scanned once, not once per number."""
        lo, hi = self._digit_run
        if lo <= s < hi:
            return hi
        text = self.text
        # ASCII digits and separators by one match (a list by spaces is one run), then what else isdigit takes
        run = _ASCII_RUN.match(text, s)
        end = run.end() if run is not None else s
        while end < len(text) and (text[end].isdigit() or text[end] in ".,' "):
            if text[end] in ".,' " and not (end + 1 < len(text) and text[end + 1].isdigit()):
                break
            end += 1
        self._digit_run = (s, end)
        return end

    def taken(self, hits: list[Hit], s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps a hit already read or a span the masks hold (a date, a clock time)."""
        return any(h.start < e and s < h.end for h in hits) or self.masks.hit(s, e)

    def hyphen_noun(self, end: int) -> tuple[int, int] | None:
        """The span of a noun joined by a hyphen right after a number ("four*-pack*"), if the pack's
        language counts so and the word is no adjective or exception of ``numbers.hyphen_nouns``."""
        p = self.p
        # (the pattern opens with the hyphen: tried only after one)
        hm = p.hyphen_noun_re.match(self.text, end) if p.hyphen_noun_re is not None and self.text[end : end + 1] == "-" else None
        if hm is None:
            return None
        key = hm.group(1)
        if key in p.hyphen_nouns_not or key.endswith(p.hyphen_noun_endings_not) or key in p.units or key in p.numbers:
            return None
        return hm.span(1)

    def counted_after(self, end: int) -> tuple[str | None, tuple[int, int] | None]:
        """The counted noun after a number ("120,000 *people*") and its span, if any. Several rules
        ask it of the same number: the last answer is kept (it reads only the text and the pack)."""
        if self._counted[0] != end:
            self._counted = (end, _counted_noun(self, end))
        return self._counted[1]

    def finish(
        self,
        a: Atom,
        start: int,
        end: int,
        value: Decimal,
        value_high: Decimal | None,
        unit: str,
        qualifier: str | None,
        counted: str | None = None,
        cspan: tuple[int, int] | None = None,
        change: str | None = None,
        baseline: Decimal | None = None,
    ) -> Hit:
        """The hit for atom ``a``."""
        factor = self.p.units[a.unit_surface].factor if a.unit_surface else _ONE
        # by position, in the order of Hit's fields (keywords cost a third of building it, at each number)
        return new_hit(start, end, value, value_high, unit, qualifier or "exact", counted, cspan, a.kind == "vague", factor, change, baseline)


def known_answer(good: tuple[int, int], bad: tuple[int, int], lo: int, hi: int) -> bool | None:
    """What a stretch search already answers for ``[lo, hi)``: ``True`` inside the stretch found
    ``good``, ``False`` holding the span found ``bad``, ``None`` where the text must be read (the
    numbers of a list ask one after another, each inside the last answer)."""
    if good[0] <= lo and hi <= good[1]:
        return True
    if lo <= bad[0] and bad[1] <= hi:
        return False
    return None


def before(f: Scan, rx: EndPattern, i: int) -> regex.Match[str] | None:
    """``rx.search(left(f.text, i))``: the words of ``rx`` ending the window before ``i``, offsets in
    the window. The pattern's quick test reads the window reversed: here that stretch of the
    paragraph reversed once (the same characters; the test has no anchor and looks at nothing
    around them), where each search of a number's window reversed a copy of it."""
    lo = i - WINDOW if i > WINDOW else 0
    test = rx.test
    if test is not None:
        rev = f.reversed
        if rev is None:
            rev = f.reversed = f.text[::-1]
        n = len(rev)
        shared = rx.shared  # the pack's test of every ending, tried once for the window: most turn away here
        if shared is not None:
            last = shared.last  # (the answer for the last window asked, read with no call)
            if not (last[3] if last[0] is rev and last[1] == n - i and last[2] == n - lo else shared.passes(rev, n - i, n - lo)):
                return None
        if test.match(rev, n - i, n - lo) is None:
            return None
    return rx.regex.search(f.text[lo:i])


def _counted_noun(f: Scan, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """:meth:`Scan.counted_after`, read."""
    p, text = f.p, f.text
    hyphened = f.hyphen_noun(end)
    if hyphened is not None:
        return text[hyphened[0] : hyphened[1]], hyphened
    pos = end
    if p.counted_skip_re is not None:
        # bounded: regex looks for the skip word ("of") to the paragraph's end otherwise (quadratic)
        bm = _BLANKS.match(text, pos)
        ws = bm.end() if bm is not None else pos
        sm = p.counted_skip_re.match(text, pos, ws + 2 * max(map(len, p.counted_skip)) + 2)
        if sm:
            pos = sm.end()
    qm = _OPEN_QUOTE.match(text, pos)
    wm = p.word_re.match(text, qm.end() if qm is not None else pos)  # nine "gurus", تسعة "غورو"
    if not wm:
        return None, None
    word = wm.group(1)
    key = norm_key(word)
    named = word.isupper() and (len(word) == 1 or key in p.stopwords)  # "S", "WHO"; "2000 ONG ont signé" counts NGOs
    if named and (nm := _NOUN_AFTER_LETTER.match(text, wm.end())) is not None:
        wm, word, key = nm, nm.group(1), norm_key(nm.group(1))  # "two S proteins", "all six WHO regions"
    if len(key) < 2 or key in p.stopwords or key in p.months or key in p.weekdays or key in p.numbers:
        return None, None
    if key in p.counted_skip or key in p.qualifiers_after or key in p.definite:
        return None, None
    return word.rstrip("'-"), (wm.start(1), wm.start(1) + len(word.rstrip("'-")))
