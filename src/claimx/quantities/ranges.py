"""Ranges: "between 5,000 and 6,000", "de 5 000 à 6 000", "5,000-6,000", "من 5000 إلى 6000".

``read_range`` reads the second number after a joiner into the draft (or returns the hit of a
change from one level to another); the range rules (``year_span``, ``score``) then judge it, and
``apply_range`` makes the draft a range.
"""

from __future__ import annotations

import regex

from claimx.normalize import norm_key
from claimx.quantities.ages import MAX_AGE, age_words_before
from claimx.quantities.atoms import scale_factor, second_atom
from claimx.quantities.changes import change_before
from claimx.quantities.model import Atom, Draft, Hit, left, left_start, near
from claimx.quantities.scan import Scan, before


def read_range(f: Scan, d: Draft) -> Hit | None:
    """Read the second number of a range into ``d``; the hit of a change from one level to
    another ("fell from $36,040 to $34,935") if that is what the two numbers are."""
    p, text, a = f.p, f.text, d.a
    d.end = a.end
    d.opener = _opener(f, d)
    jm = p.joiner_re.match(text, a.end) if a.kind != "vague" else None
    if not jm:
        return None
    d.joiner = norm_key(jm.group("j") or jm.group("j2"))
    opener = d.opener
    d.opener_key = p.strip_clitic(norm_key(opener.group().strip()), p.qualifier_or_opener) if opener else None
    d.paired = d.opener_key is not None and d.joiner in p.range_pairs.get(d.opener_key, frozenset())
    b = second_atom(f, jm.end()) if d.paired or d.joiner in p.range_bare else None
    if not d.paired and d.joiner.isalpha() and b is not None and _level_after_change(f, d, b):
        b = None  # "fell by 800,000 to 124 million": a change and the level it reached
    if a.unit == "age:year" and b is not None:
        b = _second_age(f, a, b)  # "at the age of 30-65", "âgés de 30 à 65 ans"
    if b is not None and a.unit is not None and b.unit is not None and a.unit != b.unit:
        b = None  # "7.3 percent to 286 billion dirhams": two claims, not a range
    elided = b is not None and a.unit_surface is not None and b.unit is None and _elided_alternative(f, d, b)
    if b is not None and a.unit_surface is not None and b.unit is None and not elided:
        b = None  # "1,2 % à 7 345 points": a unit on the first number only is no range
    if b is not None and d.joiner in p.alternatives and a.unit_surface not in (None, b.unit_surface) and not elided:
        b = None  # "12.8 km or 8 miles per second": one measure in two units ("twenty or thirty minutes" is a range)
    if b is None:
        return None
    d.b = b
    _levels(f, d, b)
    return _change_from(f, d, b)


def _elided_alternative(f: Scan, d: Draft, b: Atom) -> bool:
    """Whether the second number of "a year or two", "5 ans ou 6" takes the unit of the first: a
    word of alternative between them, a greater number after it with nothing counted, and no scale
    on either."""
    a = d.a
    if d.joiner not in f.p.alternatives or a.has_scale or b.has_scale or not b.num_value > a.num_value:
        return False
    return f.counted_after(b.end)[0] is None  # "5 years or 6 terms" counts the terms


def _level_after_change(f: Scan, d: Draft, b: Atom) -> bool:
    """Whether a word of change makes the number after the joiner the level the change reached
    ("fell by 800,000 to 124 million"), not the end of a range of the change's size: a fall to a
    higher percentage is a range of its size ("a drop of 20% to 30%", "تقلص بنسبة 20% إلى 30%")."""
    direction = change_before(f, d.qual_start)
    if direction in (None, "either"):
        return False
    return not (direction == "down" and d.a.unit == b.unit == "percent" and b.value > d.a.value)


def _persons_between(f: Scan, d: Draft, b: Atom) -> bool:
    """Whether a noun for people comes right before a range of years its opener opens, with nothing
    linked after it: "women between 15 and 24 years", "النساء بين 15 و24 عامًا" (not "30 to 40
    years of war")."""
    p = f.p
    if d.a.unit != "duration:s" or d.opener is None or not d.paired or p.age_person_re is None:
        return False
    if p.link_re is not None and near(p.link_re, f.text, b.end) is not None:
        return False
    return before(f, p.age_person_re, d.start) is not None


def _opener(f: Scan, d: Draft) -> regex.Match[str] | None:
    """The word opening a range before the number, or before the word of age of an age ("بين سن
    18 و59 عاما", between the ages of 18 and 59)."""
    p, text = f.p, f.text
    om = before(f, p.opener_re, d.qual_start)
    if om is None and d.a.unit == "age:year" and (wm := p.age_before_re.search(left(text, d.qual_start))) is not None:
        word_start = left_start(d.qual_start) + wm.start()
        om = p.opener_re.search(left(text, word_start))
        if om is None:  # the opener inside the words of age: "between the ages of 18 and 59"
            om = p.opener_re.search(left(text, word_start + len(wm.group().split()[0])))
    return om


def _second_age(f: Scan, a: Atom, b: Atom) -> Atom | None:
    """The second age of a range of ages, or None where the number after an age is no age."""
    if b.kind != "digits" or b.has_scale or b.num_value > MAX_AGE or b.num_value <= a.num_value:
        return None
    if b.unit == "duration:s" and b.unit_surface in f.p.age_units:
        b.unit, b.value = "age:year", b.num_value
    return b if b.unit in (None, "age:year") else None


def _levels(f: Scan, d: Draft, b: Atom) -> None:
    """The two levels of a range in one unit and scale ("5 and 6 million", "5 to 6 km")."""
    p, a = f.p, d.a
    lo, hi = a.value, b.value
    if not a.has_scale and b.has_scale and (a.unit is None or a.unit_surface is None):  # "$5-6 million"
        factor = scale_factor(f, b)
        if factor and lo * factor < hi:
            lo *= factor
    if a.unit is None and b.unit is not None:
        lo *= p.units[b.unit_surface].factor if b.unit_surface else 1
        a.unit = b.unit
    elif b.unit is None and a.unit is not None and a.unit_surface:
        hi *= p.units[a.unit_surface].factor
    d.lo, d.hi = lo, hi


_NEXT_WORD = regex.compile(r"[ \t]*(\w+)")


def _change_from(f: Scan, d: Draft, b: Atom) -> Hit | None:
    """The new level of a change from one level to another, with the old one as its baseline."""
    p, text, a = f.p, f.text, d.a
    lo, hi = d.lo, d.hi
    to_after = _NEXT_WORD.match(text, b.end, b.end + 30)
    if to_after is not None and norm_key(to_after.group(1)) in p.change_to:
        paired_change = False  # "ارتفع من حوالي 5000 إلى 6000 إلى المستوى الطبيعي": the level comes after
    else:
        paired_change = True
    opener = d.opener
    if d.paired and paired_change and opener is not None and d.opener_key in p.change_from:
        opener_start = left_start(d.qual_start) + opener.start()
        direction = change_before(f, opener_start, loose=True)
        if direction is not None:  # "fell from $36,040 to $34,935": the new level, the old kept
            if direction == "either":
                direction = "up" if hi > lo else "down" if hi < lo else None
            if (direction == "down" and hi > lo) or (direction == "up" and hi < lo):
                return None  # "une baisse de 50 à 60 %": a fall cannot end above where it began; a range
            b_start = b.start if b.currency_prefix_start is None else b.currency_prefix_start
            b_unit = b.unit or a.unit or "count"
            counted, cspan = f.counted_after(b.end) if b_unit == "count" else (None, None)
            return f.finish(b, b_start, b.end, hi, None, b_unit, "exact", counted, cspan, direction, lo)
    return None


def apply_range(f: Scan, d: Draft) -> None:
    """Make the draft a range where the second level is above the first."""
    b = d.b
    if b is None or not d.lo < d.hi:
        return
    d.a.value, d.value_high, d.end = d.lo, d.hi, b.end
    d.start = d.qual_start
    if d.paired and d.opener is not None:
        d.start = left_start(d.start) + d.opener.start()
    _age_range(f, d, b)


def _age_range(f: Scan, d: Draft, b: Atom) -> None:
    """A range of years after words of age, or before an age phrase, is a range of ages: "des
    femmes de 15-64 ans", "تراوح أعمارهن بين 15 و64 سنة", "aged 15 to 64", "18 to 59 years of age"."""
    p, text, a = f.p, f.text, d.a
    if a.kind != "digits" or b.kind != "digits" or a.has_scale or b.has_scale:
        return
    if not (a.unit == "duration:s" and b.unit_surface in p.age_units) and not (a.unit is None and b.unit is None):
        return
    am = p.age_after_re.match(text, b.num_end) if p.age_after_re is not None else None  # "18 to 59 years of age"
    said = (
        am is not None or age_words_before(f, d.qual_start, years=a.unit is not None) or age_words_before(f, d.start, years=False)
        or _persons_between(f, d, b)
    )
    if said and a.num_value < b.num_value <= MAX_AGE:
        a.unit, a.value, d.value_high = "age:year", a.num_value, b.num_value
        if am is not None:
            d.end = max(d.end, am.end())
