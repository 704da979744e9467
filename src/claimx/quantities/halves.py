"""A half written after a number or its unit: ``two and a half years``, ``an hour and a half``,
``deux ans et demi``, ``une heure et demie``, ``سنتين ونصف``, ``ساعة ونصف``.

The phrase is pack data (``numbers.and_half``). Written before the unit or scale it adds a half
of one (``2 and a half million``, read with the number: :func:`claimx.quantities.atoms.and_half`);
written after the unit it adds half of that unit. A unit noun alone before it is one of the unit
(``ساعة ونصف``, an hour and a half). The half is never a share of its own (``ونصف`` is no
50 percent).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.quantities.model import Hit, left, left_start
from claimx.quantities.qualifiers import unit_claim
from claimx.quantities.scan import Scan

HALF = Decimal("0.5")
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[ \t]*\Z")  # searched in reverse: see model.CAPWORD_BEFORE
_HALF_REACH = 20  # characters around a fraction searched for the half phrase it is part of


def with_halves(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the halves written after a unit added to their quantity."""
    p, text = f.p, f.text
    if p.and_half_re is None or not f.holds(p.and_half_test):
        return hits
    out = list(hits)
    for m in f.found_near(p.and_half_re, p.and_half_test):
        i = next((i for i, h in enumerate(out) if h.end <= m.start() and not text[h.end : m.start()].strip()), None)
        if i is not None:
            h = out[i]
            if h.value_high is None and h.unit not in ("count", "percent"):
                out[i] = replace(h, value=h.value + HALF * _whole_of(f, h), end=m.end())
                _close_range(f, out, i)
            continue
        alone = _unit_alone(f, m.start(), m.end())
        if alone is not None:
            out.append(alone)
            _close_range(f, out, len(out) - 1)
    return sorted(out, key=lambda h: h.start)


_WORD = regex.compile(r"\p{L}+")


def scale_in(f: Scan, start: int, end: int, duals: bool = False) -> Decimal | None:
    """The value of the last word of scale in ``text[start:end]`` ("مليونا", "millions"), if any;
    with ``duals``, a dual of a scale counts as its scale ("ملياري": a billion)."""
    scale = None
    for wm in _WORD.finditer(f.text, start, end):
        kind, value = f.p.numbers.get(norm_key(wm.group()), ("", Decimal(0)))
        if kind == "scales":
            scale = value
        elif duals and kind == "duals" and value >= 1000:
            scale = value / 2
    return scale


def _whole_of(f: Scan, h: Hit) -> Decimal:
    """What a half after the hit's unit halves: its scale where a word of scale says one ("ملياري
    دولار ونصف" is 2.5 billion dollars, a dual of a scale being two of it), else one of its unit
    ("ساعتين ونصف", "5 km and a half")."""
    scale = scale_in(f, h.start, h.end, duals=True)
    return scale * h.unit_factor if scale is not None else h.unit_factor


def _close_range(f: Scan, out: list[Hit], i: int) -> None:
    """A half that ends the low end of a range: ``un an et demi à deux ans``, ``عاما ونصف إلى
    عامين`` (the range reader stopped at the half). The next hit, after a joiner, of the same unit
    and more, closes it."""
    h = out[i]
    jm = f.p.joiner_re.match(f.text, h.end)
    k = next((k for k, g in enumerate(out) if g.start == jm.end()), None) if jm is not None else None
    if k is None:
        return
    g = out[k]
    if g.unit == h.unit and g.value_high is None and g.value > h.value:
        out[i] = replace(h, end=g.end, value_high=g.value, qualifier="range")
        del out[k]


def in_and_half(f: Scan, i: int) -> bool:
    """Whether position ``i`` lies inside a half phrase ("and a *half*", "و*نصف*"): the fraction
    there is part of a number, no share of its own."""
    if f.p.and_half_re is None:
        return False
    return any(m.start() <= i < m.end() for m in f.p.and_half_re.finditer(f.text, max(0, i - _HALF_REACH), i + _HALF_REACH))


def _unit_alone(f: Scan, start: int, end: int) -> Hit | None:
    """``ساعة ونصف``, ``une heure et demie``: a unit noun, with at most an article before it, and
    the half after it, one and a half of the unit; ``None`` where the word before is no unit, or
    where the duration only places a claim in time (``خلال ساعة ونصف``)."""
    p, text = f.p, f.text
    wm = _WORD_BEFORE.search(left(text, start))
    if wm is None:
        return None
    unit = p.units.get(norm_key(wm.group(1)))
    if unit is None or unit.canonical in ("count", "percent") or unit.canonical.startswith("currency:"):
        return None
    s = left_start(start) + wm.start(1)
    if regex.search(r"\d[ \t]*\Z", left(text, s)):
        return None  # "à 3 heures et demie": the number the rules dropped (a time of day)
    am = _WORD_BEFORE.search(left(text, s))
    if am is not None and norm_key(am.group(1)) in p.numbers:
        if p.numbers[norm_key(am.group(1))][1] != 1:
            return None  # "trois heures et demie" was read with its number, or dropped with it
        s = left_start(s) + am.start(1)  # "une heure et demie", "an hour and a half"
    return None if f.masks.hit(s, end) else unit_claim(f, s, end, 1 + HALF, unit)
