"""Ages: "24-year-old", "âgé de 29 ans", "Alexandre, 29 ans,", "Bair, 35,", "aged 65 or more"."""

from __future__ import annotations

from decimal import Decimal

import regex
from regex import Match

from claimx.normalize import norm_key
from claimx.quantities.model import CAPWORD_BEFORE, Atom, Draft, Hit, left, left_start, near, with_found
from claimx.quantities.qualifiers import qualifier_before
from claimx.quantities.scan import Scan, before


def read_age(f: Scan, d: Draft) -> None:
    """Make the atom an age in years where the words around it say it is one."""
    a = d.a
    age_end_ = age_end(f, a, d.qual_start)
    if age_end_ is None:
        age_end_ = _elliptic_age(f, d)
    if age_end_ is not None:
        a.unit, a.value, a.end = "age:year", a.num_value, age_end_
        if d.qm is None:
            _qualifier_before_age_word(f, d)
        # a later bound in the sentence may leave out the word of age; the reading is not kept in the
        # memo (memo.py), so that a repeated age still marks where it was
        f.last_age, f.read_far = a.end, True


_SENTENCE_END = regex.compile(r"[.!?؟](?:\s|$)|\n")  # (a decimal point is none: "47.7%")


def _elliptic_age(f: Scan, d: Draft) -> int | None:
    """A bound after an age in its sentence that leaves out the word of age: "were over 50 years old,
    very few were under 20", "âgés de 30 à 65 ans, avec 47,7 % de plus de 50 ans" (a number of years
    under any bound; a bare number under a word of ``age.bounds``: "more than 20 died" counts)."""
    p, a = f.p, d.a
    if f.last_age < 0 or d.qm is None or a.kind not in ("digits", "words") or a.has_scale:
        return None
    if a.num_value != a.num_value.to_integral() or a.num_value > MAX_AGE:
        return None
    gap = f.text[f.last_age : d.qual_start]
    if len(gap) > 200 or _SENTENCE_END.search(gap):
        return None
    f.read_far = True  # (what an earlier number gave)
    years = a.unit == "duration:s" and a.unit_surface in p.age_units
    bare = a.unit is None and not _noun_after(f, a.end) and norm_key(d.qm.group().strip()) in p.age_bounds
    return a.end if years or bare else None


def _qualifier_before_age_word(f: Scan, d: Draft) -> None:
    """A qualifier written before the word of age rather than the number: "under age 5", "دون سن 18"."""
    found = _qualifier_before_word(f, d.a)
    if found is not None:
        d.qm, d.qual_start = found


def _qualifier_before_word(f: Scan, a: Atom) -> tuple[Match[str], int] | None:
    """The qualifier before the word of age before ``a``, and where it starts."""
    p, text = f.p, f.text
    wm = p.age_before_re.search(left(text, a.start))
    if wm is None:
        return None
    word_start = left_start(a.start) + wm.start()
    qm = p.qual_before_re.search(left(text, word_start))
    return (qm, left_start(word_start) + qm.start()) if qm is not None else None


#: No age is written above it ("women aged 1564" is a lost dash, not an age).
MAX_AGE = 130


def age_words_before(f: Scan, at: int, years: bool, end: int | None = None) -> bool:
    """Whether the words ending the window before ``at`` say an age follows: "aged", "âgé de", "عمره"; for a number
    of years, also a word that says so only of years ("il avait 34 ans"; not of the years of something
    linked after them, where ``end`` is given: "qui a 20 ans d'expérience") or a noun and its link
    ("un homme de 45 ans"), unless the noun is no person's ("un contrat de 3 ans")."""
    p = f.p
    if before(f, p.age_before_re, at):
        return True
    if years and p.age_before_years_re is not None and before(f, p.age_before_years_re, at):
        if end is None or p.link_re is None or near(p.link_re, f.text, end) is None:
            return True
    lm = before(f, p.age_link_re, at) if years and p.age_link_re is not None else None
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
    if a.kind == "words":  # "aged nine years", "under age five": only right after a word of age
        years = a.unit == "duration:s" and a.unit_surface in p.age_units
        bound = start < a.start or _qualifier_before_word(f, a) is not None  # "under age five declined"
        bare = a.unit is None and (bound or not _noun_after(f, a.end))  # "ذات ثلاث عجلات" counts wheels
        said = (years or bare) and (before(f, p.age_before_re, start) or before(f, p.age_before_re, a.start))
        # "des enfants de moins de cinq ans", "les plus de soixante ans": a bound says it too
        bounded = years and start < a.start and (age_words_before(f, start, years=True, end=a.end) or _person_bound(f, start, a))
        set_apart = years and start == a.start and apposition(f, start, a.end)  # "Mme Chassavd, cinquante-quatre ans,"
        return a.end if said or bounded or set_apart else None
    if a.unit == "duration:s" and a.unit_surface in p.age_units:
        set_apart = start == a.start and apposition(f, start, a.end)  # ("(up to 5 years)" bounds a length)
        if age_words_before(f, start, years=True, end=a.end) or set_apart or _person_bound(f, start, a):
            return a.end  # "aged 65 years", "Bair, 35 years,", "people over 65 years"
    if a.unit is None and not a.grouped:
        if age_words_before(f, start, years=False) and not (_amount_before(f, start) and _noun_after(f, a.end)):
            return a.end  # "البالغة 41 مريضا" counts patients: "البالغ" also says "amounting to"
        if _person_bound(f, start, a) and not _noun_after(f, a.end):
            return a.end  # "girls under 18", "women over 55": nothing counted after the number
        if p.age_apposition and apposition(f, start, a.end):
            window = left(text, start)[:-1].rstrip(",،") + " "
            cm = CAPWORD_BEFORE.search(window)
            if cm is not None and norm_key(cm.group(1)) not in p.months:
                return a.end  # "Bair, 35," ("on August, 7, 1948" is a date)
            if p.age_person_re is not None and p.age_person_re.search(window) is not None:
                return a.end  # "a man, 45, was arrested"
    return None


def _amount_before(f: Scan, at: int) -> bool:
    """Whether the window before ``at`` ends with a word of age that also says "amounting to"."""
    return f.p.age_amount_re is not None and before(f, f.p.age_amount_re, at) is not None


def _person_bound(f: Scan, start: int, a: Atom) -> bool:
    """Whether a noun for people comes before the number and a qualifier bounds it: "girls under 18",
    "people over 65 years" (``start``, where the qualifier starts, is before the number), "those 19
    and under"."""
    p = f.p
    if p.age_person_re is None or before(f, p.age_person_re, start) is None:
        return False
    if p.link_re is not None and near(p.link_re, f.text, a.end) is not None:
        return False  # "les plus de 30 ans de guerre": a duration of something, no one's age
    return start < a.start or near(p.qual_after_re, f.text, a.end) is not None


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


def with_ordinal_ages(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the ages written as an ordinal after a word of age: ``دون سن الخامسة`` (under
    five), ``سن الثامنة عشرة`` (eighteen), ``سن الخامسة والستين`` (sixty-five); pack keys
    ``age.ordinal_before``, ``age.ordinals`` and ``age.ordinal_teen``."""
    p = f.p
    if p.age_ordinal_re is None or not f.holds(p.age_ordinal_test):
        return hits
    found: list[Hit] = []
    for m in p.age_ordinal_re.finditer(f.text):
        value = _ordinal_value(p.age_ordinals, m, "")
        high = _ordinal_value(p.age_ordinals, m, "hi") if m.group("hio") is not None else None
        s, e = m.start(), m.end()
        if value is None or f.taken(hits, s, e):
            continue
        if high is not None and high > value:  # "بين سن الخامسة والخامسة عشرة": five to fifteen
            opener = p.opener_re.search(left(f.text, s))
            start = left_start(s) + opener.start() if opener is not None else s
            found.append(Hit(start, e, Decimal(value), Decimal(high), "age:year", "range", None, None))
            continue
        e = max(m.end("o"), m.end("teen"), m.end("t"))  # the first age alone (-1: a group not read)
        qs, qualifier = qualifier_before(f, s)
        found.append(Hit(qs, e, Decimal(value), None, "age:year", qualifier, None, None))
    return with_found(hits, found)


def _ordinal_value(ordinals: dict[str, int], m: Match[str], prefix: str) -> int | None:
    """The age the ordinal groups ``<prefix>…`` of a match name: a unit ordinal, plus ten after a
    teen word, plus a joined ordinal of tens; ``None`` for a reading no age has ("الخامسة عشرين")."""
    first = ordinals[norm_key(m.group(f"{prefix}o"))]
    if m.group(f"{prefix}teen") is not None:
        return first + 10 if first < 10 else None
    if m.group(f"{prefix}t") is not None:
        tens = ordinals[norm_key(m.group(f"{prefix}t"))]
        return first + tens if first < 10 else None
    return first
