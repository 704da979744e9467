"""Hits joined after the scan: a measure in two units (``5 feet 6 inches``) and a unit shared by
coordinated numbers (``6 by 6 cm``)."""

from __future__ import annotations

from claimx.normalize import norm_key
from claimx.quantities.model import Hit
from claimx.quantities.scan import Scan


def compound(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Measures written in two units are one (``17 pounds 1 ounce``, ``5 feet 6 inches``,
    ``2 hours 30 minutes``)."""
    text = f.text
    out: list[Hit] = []
    for h in hits:
        if out:
            a = out[-1]
            gap = text[a.end : h.start]
            same_dimension = a.unit == h.unit and a.unit not in ("count", "percent") and not a.unit.startswith("currency:")
            if (
                same_dimension
                and a.value_high is None
                and h.value_high is None
                and h.unit_factor < a.unit_factor
                and norm_key(gap) in ("", *f.p.connector_words)
            ):
                out[-1] = Hit(a.start, h.end, a.value + h.value, None, a.unit, a.qualifier, None, None, a.vague, a.unit_factor)
                continue
        out.append(h)
    return out


def share_units(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A unit written once after coordinated numbers belongs to each: ``6 by 6 cm``,
    ``billets de 5 et 100 dollars``, ``15kHz and 17kHz`` stays as written."""
    out = list(hits)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit != "count" or a.counted is not None or a.vague or b.unit in ("count", "age:year"):
            continue
        gap = norm_key(f.text[a.end : b.start])
        if gap and gap not in f.p.coordinators:
            continue
        factor = b.unit_factor
        high = a.value_high * factor if a.value_high is not None else None
        out[i] = Hit(a.start, a.end, a.value * factor, high, b.unit, a.qualifier, None, None, a.vague, factor)
    return out
