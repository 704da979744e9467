"""Ages: "24-year-old", "âgé de 29 ans", "Alexandre, 29 ans,", "Bair, 35,", "aged 65 or more"."""

from __future__ import annotations

from claimx.normalize import norm_key
from claimx.quantities.model import CAPWORD_BEFORE, Atom, Draft, left
from claimx.quantities.scan import Scan


def read_age(f: Scan, d: Draft) -> None:
    """Make the atom an age in years where the words around it say it is one."""
    a = d.a
    age_end_ = age_end(f, a, d.qual_start)
    if age_end_ is not None:
        a.unit, a.value, a.end = "age:year", a.num_value, age_end_


#: No age is written above it ("women aged 1564" is a lost dash, not an age).
MAX_AGE = 130


def age_words_before(f: Scan, window: str, years: bool) -> bool:
    """Whether the words ending ``window`` say an age follows: "aged", "âgé de", "عمره"; for a number
    of years, also a noun and its link ("un homme de 45 ans"), unless the noun is no person's
    ("un contrat de 3 ans")."""
    p = f.p
    if p.age_before_re.search(window):
        return True
    lm = p.age_link_re.search(window) if years and p.age_link_re is not None else None
    return lm is not None and norm_key(lm.group("noun")) not in p.age_not_after


def age_end(f: Scan, a: Atom, start: int) -> int | None:
    """Where the age expression ends, if this number is a person's age."""
    p, text = f.p, f.text
    if a.kind not in ("digits", "words") or a.has_scale or a.num_value != a.num_value.to_integral() or a.num_value > MAX_AGE:
        return None
    if p.age_after_re is not None:
        am = p.age_after_re.match(text, a.num_end)
        if am:
            return int(am.end())  # "24-year-old", "a nine-year-old boy"
    if a.kind == "words":  # "aged nine years", "البالغات من العمر تسع سنوات": only after a word of age
        said = a.unit == "duration:s" and a.unit_surface in p.age_units and p.age_before_re.search(left(text, start))
        return a.end if said else None
    window = left(text, start)
    if a.unit == "duration:s" and a.unit_surface in p.age_units:
        if age_words_before(f, window, years=True) or apposition(f, start, a.end):
            return a.end
    if a.unit is None and not a.grouped:
        amount = p.age_amount_re is not None and p.age_amount_re.search(window) is not None
        if age_words_before(f, window, years=False) and not (amount and _noun_after(f, a.end)):
            return a.end  # "البالغة 41 مريضا" counts patients: "البالغ" also says "amounting to"
        if p.age_apposition and apposition(f, start, a.end) and CAPWORD_BEFORE.search(window[:-1].rstrip(",،") + " "):
            return a.end
    return None


def _noun_after(f: Scan, end: int) -> bool:
    """Whether a word that may be counted follows the number (not a stopword: "aged 65 or more")."""
    p = f.p
    m = p.word_re.match(f.text, end)
    if m is None or m.start(1) == end:
        return False
    key = norm_key(m.group(1))
    return key not in p.counted_skip and p.strip_clitic(key, p.stopwords) not in p.stopwords


def apposition(f: Scan, start: int, end: int) -> bool:
    """A number set off by commas or a bracket: "Alexandre, 29 ans,", "Bair, 35,"."""
    if not f.p.age_apposition:
        return False
    before = f.text[max(0, start - 3) : start].rstrip()
    after = f.text[end : end + 3].lstrip()
    return bool(before) and before[-1] in ",،(" and (not after or after[0] in ",،).")
