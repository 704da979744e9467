"""Event kinds: what happened to the counted thing, as a language-neutral word.

"66 000 Russes étaient entrés dans le bloc", "دخل ما يقرب من 66 ألف مواطن روسي" and "66,000
Russians entered the bloc" all give ``entered``. The kinds and their surfaces are data (the
``[events]`` section of each pack, the same keys in every language); this module only looks,
inside the claim's clause, for the surface nearest to the number (its verb or its counted noun).
"""

from __future__ import annotations

import regex

from claimx.normalize import norm_key
from claimx.packs import Pack, load_pack

# How far (in words) from the number an event word may be, inside the clause.
WINDOW = 12
_WORD = regex.compile(r"[\p{L}\p{M}\d]+")
# Punctuation that ends a clause for this purpose in any script (a comma or colon followed by a
# space: "41,000" keeps its comma), besides the pack's clause words.
_PUNCT_BREAK = regex.compile(r"[,،:;؛]\s|[()«»\"“”]")


def event_kinds(lang: str = "en") -> tuple[str, ...]:
    """The vocabulary of event kinds (every pack has the same keys)."""
    return tuple(load_pack(lang).event_kinds)


def detect_event(sentence: str, start: int, end: int, pack: Pack) -> str | None:
    """The event kind of the claim at ``sentence[start:end]``, or None when its clause names none.

    The nearest event surface wins, counted in words between it and the claim, a surface before
    the number counting one word further: the counted noun and the participle that follow a
    number ("8 000 civils tués") say more than a reporting verb before it ("a recensé").
    The clause ends at the pack's clause breaks (``que``, ``that``, ``أن``...).
    """
    left = norm_key(sentence[:start])
    right = norm_key(sentence[end:])
    cut = None
    for pattern in (pack.clause_break_re, _PUNCT_BREAK):
        for m in pattern.finditer(left):
            cut = max(cut or 0, m.end())
        m_break = pattern.search(right)
        if m_break is not None:
            right = right[: m_break.start()]
    if cut is not None:
        left = left[cut:]
    best: tuple[int, int, str] | None = None
    for m in pack.event_re.finditer(right):
        dist = _words(right[: m.start()])
        if dist > WINDOW:
            break
        best = (dist, 0, pack.event_of_group[str(m.lastgroup)])
        break
    for m in pack.event_re.finditer(left):
        dist = _words(left[m.end() :]) + 1
        if dist <= WINDOW and (best is None or (dist, 1) < best[:2]):
            best = (dist, 1, pack.event_of_group[str(m.lastgroup)])
    return best[2] if best else None


def _words(s: str) -> int:
    return sum(1 for _ in _WORD.finditer(s))
