"""Arabic duals: ``ميداليتين`` (two medals), ``لمدة ساعتين`` (two hours)."""

from __future__ import annotations

from decimal import Decimal

from claimx.normalize import norm_key
from claimx.packs import Unit
from claimx.quantities.model import Hit, left
from claimx.quantities.qualifiers import qualifier_before, unit_claim
from claimx.quantities.scan import Scan


def with_duals(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Nouns in the dual are two of their noun: ``ميداليتين`` (two medals), ``لمدة ساعتين`` (two hours).

    A dual with the article is a reference (``الحافتان``), and a dual duration after a word that
    places a claim in time (``خلال يومين``) is time, as for any duration.
    """
    p, text = f.p, f.text
    if p.dual_re is None:
        return hits
    found: list[Hit] = []
    last_end = -1  # where the last dual read ends, counted or an adjective agreeing with it
    for m in p.dual_re.finditer(text):
        word = m.group("w")
        key = norm_key(word)
        if key.startswith("ال") or key in p.dual_not or key.endswith(p.dual_not_endings) or key in p.numbers:
            continue
        if norm_key(text[m.start() : m.end()]).startswith(p.dual_definite):
            continue  # "للجنتين": the article under a clitic (لِ + الـ), a reference like اللجنتان
        if p.dual_describe_re is not None and p.dual_describe_re.search(left(text, m.start())):
            continue  # "ذي طائفتين": bi-communal, a description, not two of anything
        if key in p.units or key in p.vague:
            continue
        s, e = m.start(), m.end()
        if any(h.start < e and s < h.end for h in hits) or f.masks.hit(s, e):
            continue
        if last_end >= 0 and not text[last_end:s].strip() and m.start("w") == s:
            last_end = e
            continue  # adjectives agreeing with the dual before them (ميداليتين ذهبيتين, رسالتان
            # متطابقتان مؤرختان); a clitic "and" opens the next noun (وميداليتين فضيتين)
        last_end = e
        seconds = p.dual_durations.get(key)
        if seconds is not None:  # two of a unit of time: "لمدة ساعتين"
            hit = unit_claim(f, s, e, Decimal(2), Unit("duration:s", seconds / 2))
            if hit is not None:
                found.append(hit)
        else:
            start, qualifier = qualifier_before(f, s)
            found.append(Hit(start, e, Decimal(2), None, "count", qualifier, word, (m.start("w"), e)))
    return sorted(hits + found, key=lambda h: h.start) if found else hits
