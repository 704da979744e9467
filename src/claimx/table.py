"""A terminal table of claims that keeps columns aligned with Arabic and combining marks."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from wcwidth import wcswidth

from claimx.model import Claim

_RTL = regex.compile(r"[\p{Arabic}\p{Hebrew}]")
_WIDTHS = {"id": 12, "lang": 4, "value": 16, "qualifier": 9, "unit": 14, "text": 30, "counted": 14}


def _display(s: str, visual: bool) -> str:
    s = " ".join(s.split())
    if visual and _RTL.search(s):
        from bidi import get_display

        return str(get_display(s))
    return s


def _fit(s: str, width: int) -> str:
    w = wcswidth(s)
    if w < 0:
        w = len(s)
    if w > width:
        out = ""
        for ch in s:
            if wcswidth(out + ch + "…") > width:
                break
            out += ch
        s = out + "…"
        w = wcswidth(s)
    return s + " " * max(0, width - w)


def render_table(claims: Sequence[Claim], visual: bool = False) -> str:
    """Claims as an aligned text table; ``visual`` reorders right-to-left text for display."""
    cols = list(_WIDTHS)
    widths = dict(_WIDTHS, id=min(32, max([len("id")] + [len(c.id) for c in claims])))
    lines = ["  ".join(_fit(c, widths[c]) for c in cols).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in cols))
    for c in claims:
        q = c.quantity
        value = f"{q.value:,}" if q.value_high is None else f"{q.value:,}–{q.value_high:,}"
        cells = {
            "id": c.id,
            "lang": c.lang,
            "value": value,
            "qualifier": q.qualifier,
            "unit": q.unit,
            "text": _display(c.text, visual),
            "counted": _display(q.counted or "", visual),
        }
        lines.append("  ".join(_fit(cells[k], widths[k]) for k in cols).rstrip())
    lines.append(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
    return "\n".join(lines) + "\n"
