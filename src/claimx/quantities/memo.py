"""A paragraph's memo of how the number stage reads a number, keyed by the text the reading can see.

One long sentence of repeated items ("12,000 people, 12,000 people, …", a list of counted items
in a report) makes the stage read the same number, with the same words around it, hundreds of
times, each time over some 25 rules and 30 patterns. A number's reading (``finder._read``: its
atom, the not-claim rules, its hit and where the scan resumes) is a function of the text around
it and of two things the scan keeps: the last label's end (``Scan.label_end``, read within 8
characters of the number) and the labels seen (``Scan.labels_seen``). Every other field of the
scan is a cache of a function of the text, or holds answers for the whole paragraph (the holding
tests), the same for every number of it; the masks are asked before the reading, outside it.

What a reading looks at, by an audit of ``atoms``, ``rules``, ``predicates``, ``ages``, ``ranges``,
``qualifiers``, ``changes`` and ``scan``: before the number, windows of ``model.WINDOW`` (48)
characters chained at most three deep from where the claim may start (a currency sign, a
qualifier, a word of age), the 100 characters a word of change is looked for in from there, a
clause of 80, 120 for an opening bracket, 60 for a name and its plus sign: under 260 characters.
After it, words matched at the number, its unit, its counted noun or the second number's end,
each a pack word or a run of letters after at most a few blanks, and ``model.near``'s bound of
``model.REACH`` (200). Three reads go further, and a reading that makes one is not kept
(``Scan.read_far``): a second number (``atoms.second_atom``, which asks the masks, whose date
pattern reads a run of days to its end), the enumerator looked for 2,000 characters back
(``predicates._enumerated``), and a number word named before anywhere in the paragraph
(``rules.definite_reference``).

So a reading is kept only where those bounds hold by construction: the number's digits (no number
word), a window of ``_LEFT`` characters before it and ``_RIGHT`` after it inside the paragraph and
made only of letters, marks, ASCII digits, spaces, commas (Latin or Arabic) and full stops, with no
run of five spaces, of 20 digits and separators or of 40 letters and marks (no pattern's
repetition of blanks, letters or digits reaches past the window from where it starts, within
``_SPREAD`` of the number), no label seen, and the reading's hit, counted noun, rejection and
resume point within ``_SPREAD`` of the number (a scale word repeated past it: "million million
…"). Another number with the same window and the same label end (relative to it) then reads the
same, shifted: the memo gives it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from claimx.quantities.model import Candidate, Hit, KeptReading, Rejection, new_hit
from claimx.quantities.scan import Scan, known_answer

#: what ``finder._read`` returns: the hit (or ``None``), where the scan resumes, where a run of
#: number words holding two numbers resumes (``None`` for digits); ``None`` where no atom is read
Reading = tuple[Hit | None, int, int | None] | None

_LEFT = 400  # characters before a number its window holds (what the reading reads: under 260)
_RIGHT = 480  # characters after it (150 of spread, 200 of REACH, a few blanks and a word)
_SPREAD = 150  # how far from its number a kept reading's hit, rejection and resume point may lie
# what no window of a kept reading holds: any other character, or a run a pattern could read past it
_UNSAFE = regex.compile(r"[^\p{L}\p{M}0-9 ,.،]| {5,}|[0-9.,، ]{20,}|[\p{L}\p{M}]{40,}")
#: the most readings a paragraph keeps: a window is some 900 characters, and a long paragraph of numbers
#: whose windows all differ (a list of distinct counts among words) would keep one per number
_KEPT_MAX = 512
_NO_ATOM: KeptReading = (None, 0, ())  # the kept reading of a candidate read as no atom (told by identity)


def recall(f: Scan, m: Candidate, read: Callable[[Scan, Candidate], Reading]) -> Reading:
    """``read(f, m)``, or the reading kept for a number with the same window (shifted to ``m``)."""
    if m.group("digits") is None or f.labels_seen:
        return read(f, m)
    s, e = m.start(), m.end()
    lo, hi = s - _LEFT, e + _RIGHT
    if lo < 0 or hi > len(f.text) or not _safe(f, lo, hi):
        return read(f, m)
    key = (f.text[lo:hi], f.label_end - s if f.label_end >= lo else None)
    kept = f.readings.get(key)
    if kept is not None:
        return _replay(f, kept, s)
    n, label_end = len(f.rejected), f.label_end
    f.read_far = False
    got = read(f, m)
    if not f.read_far and f.label_end == label_end and not f.labels_seen and len(f.readings) < _KEPT_MAX:
        relative = _relative(got, f.rejected[n:], s, e)
        if relative is not None:
            f.readings[key] = relative
    return got


def _safe(f: Scan, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds nothing ``_UNSAFE`` finds. The stretch found safe and the
    last unsafe span are kept: the next numbers' windows lie in the one or hold the other."""
    known = known_answer(f.memo_safe, f.memo_unsafe, lo, hi)
    if known is not None:
        return known
    um = _UNSAFE.search(f.text, lo)
    if um is not None and um.start() < hi:
        f.memo_unsafe = um.span()
        return False
    f.memo_safe = (lo, um.start() if um is not None else len(f.text))
    return True


def _relative(got: Reading, rejected: list[Rejection], s: int, e: int) -> KeptReading | None:
    """The reading with its offsets relative to ``s``; ``None`` if it reaches too far to keep."""
    if got is None:
        return _NO_ATOM
    hit, resume, _ = got
    lo, hi = s - _SPREAD, e + _SPREAD
    if resume > hi or any(r.start < lo or r.end > hi for r in rejected):
        return None
    if hit is not None:
        if hit.start < lo or hit.end > hi or (hit.counted_span is not None and (hit.counted_span[0] < lo or hit.counted_span[1] > hi)):
            return None
        hit = _shifted(hit, -s)
    return hit, resume - s, tuple((r.start - s, r.end - s, r.rule) for r in rejected)


def _shifted(h: Hit, by: int) -> Hit:
    """``h`` moved ``by`` characters."""
    cs = h.counted_span
    span = None if cs is None else (cs[0] + by, cs[1] + by)
    return new_hit(h.start + by, h.end + by, h.value, h.value_high, h.unit, h.qualifier, h.counted, span, h.vague, h.unit_factor, h.change, h.baseline)


def _replay(f: Scan, kept: KeptReading, s: int) -> Reading:
    """A kept reading at the number starting at ``s``: its rejections recorded, its hit shifted."""
    if kept is _NO_ATOM:
        return None
    hit, resume, rejected = kept
    for rs, re_, rule in rejected:
        f.reject(s + rs, s + re_, rule)
    return (None if hit is None else _shifted(hit, s)), s + resume, None
