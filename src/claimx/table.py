"""A terminal table of claims that keeps columns aligned with Arabic and combining marks."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from wcwidth import wcswidth

from claimx.align import ClaimGroup, countries
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


_GROUP_WIDTHS = {"v": 2, "lang": 4, "doc": 14, "value": 16, "qualifier": 9, "countries": 9, "time": 23,
                 "source": 22, "quote": 46}


def _quote(c: Claim, width: int) -> str:
    """The claim in a few words of its sentence (the number stays in view when it is long)."""
    s = " ".join(c.sentence.split())
    at = s.find(" ".join(c.text.split()))
    if at < 0 or len(s) <= width:
        return s
    start = max(0, at - width // 3)
    return ("…" if start else "") + s[start:]


def render_groups(groups: Sequence[ClaimGroup], visual: bool = False) -> str:
    """Aligned groups side by side: a header line per group, then one row per claim."""
    cols = list(_GROUP_WIDTHS)
    widths = dict(_GROUP_WIDTHS, doc=min(24, max([3] + [len(c.doc) for g in groups for c in g.claims])))
    head = "  ".join(_fit(c if c != "v" else "#", widths[c]) for c in cols).rstrip()
    lines: list[str] = []
    counts = {label: sum(g.label == label for g in groups) for label in ("agree", "conflict", "single")}
    for g in groups:
        about = [g.unit, ",".join(g.countries) or "-", g.event or "-"]
        lines.append(f"{g.id}  {g.label.upper()}  {'  '.join(about)}  ({len(g.docs)} doc{'s' if len(g.docs) != 1 else ''}: "
                     f"{', '.join(g.languages)})")
        lines.append(head)
        for i, c in enumerate(g.claims):
            q = c.quantity
            value = f"{q.value:,}" if q.value_high is None else f"{q.value:,}–{q.value_high:,}"
            t = c.time
            when = "" if t is None else (f"{t.start or '…'} – {t.end or '…'}" if (t.start or t.end) else "?")
            cells = {
                "v": str(g.variant_of(i) + 1) if g.label == "conflict" else "",
                "lang": c.lang,
                "doc": c.doc,
                "value": value,
                "qualifier": q.qualifier,
                "countries": ",".join(sorted(countries(c))),
                "time": when,
                "source": _display(c.source.text if c.source else "", visual),
                "quote": _display(_quote(c, widths["quote"]), visual),
            }
            lines.append("  ".join(_fit(cells[k], widths[k]) for k in cols).rstrip())
        lines.append("")
    lines.append(f"{len(groups)} group{'s' if len(groups) != 1 else ''}: {counts['agree']} agree, "
                 f"{counts['conflict']} conflict, {counts['single']} single")
    return "\n".join(lines) + "\n"
