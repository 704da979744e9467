"""Since phrases with no date next to them: a since word further left ("since the invasion began
on 24 February") and since an undated event ("depuis le début de l'invasion"), to P."""

from __future__ import annotations

import bisect
import re

from claimx.time.hits import Anchor, TimeHit
from claimx.packs.patterns import fast
from claimx.time.scan import Scan

_EVENT_END = fast(r"[,.;:!?،؛؟()«»\"]|\s[-–—]\s")


def far_since(f: Scan, a: Anchor, start: int, starts: list[int]) -> int | None:
    """Where a since word further left governs anchor ``a`` (expression start ``start``), with no
    sentence end, other anchor (``starts``) or reporting verb between; else None."""
    wide = f.text[max(0, a.start - 120) : a.start]
    near = bisect.bisect_left(f.since_at, a.start - 120) < bisect.bisect_left(f.since_at, a.start)
    far = f.t.since_far_re.search(wide) if near and a.kind in ("day", "month", "period") else None
    far_start = a.start - (len(wide) - far.start()) if far else a.start
    if far and not any(far_start <= x < a.start for x in starts) and not f.reported(far_start, start, 1):
        return far_start
    return None


def since_events(f: Scan, events: list[tuple[re.Match[str], int]], found: list[TimeHit]) -> list[TimeHit]:
    """"depuis le début de l'invasion", "since the invasion began": since an undated event, to P
    (``events``: the since-phrases found, each with its sentence's end; ``found``: the times
    already found, which a since-phrase inside or before them yields to)."""
    out: list[TimeHit] = []
    text = f.text
    for m, hi in events:
        if any(h.start <= m.start() < h.end for h in found):
            continue
        stop = _EVENT_END.search(text, m.end(), min(hi, m.end() + 90))
        end = stop.start() if stop else min(hi, m.end() + 90)
        cut = f.t.break_re.search(text, m.end(), end)
        end = cut.start() if cut else end
        end = len(text[:end].rstrip())
        if any(m.start() < h.start < end for h in found):
            continue  # a dated since is read from its date
        out.append(TimeHit(m.start(), end, "since", None, f.P))
    return out
