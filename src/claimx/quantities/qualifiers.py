"""Qualifiers ("more than", "au moins", "أكثر من", "or more") and the counted noun after a number."""

from __future__ import annotations

import re
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs import Unit
from claimx.quantities.changes import change_before
from claimx.quantities.model import DIGITS_AGAIN, YEAR_RE, Draft, Hit, left, left_start, near
from claimx.quantities.scan import Scan, before
from claimx.segment import clause_before

_RESTATED = regex.compile(r"[ \t]*\([^()\n]{1,40}\)|[ \t]*\)")  # a restatement in brackets, or the end of one
_BRACKET_NEXT = re.compile(r"[ \t]*[()]")  # what _RESTATED opens with, tried first in re (faster than regex's start)


def qualifier_before(f: Scan, s: int) -> tuple[int, str]:
    """Where a qualifier before ``s`` starts ("more than", "أكثر من") and which it is; ``(s, "exact")`` if none."""
    p, window = f.p, left(f.text, s)
    qm = p.qual_before_re.search(window)
    if qm is None:
        return s, "exact"
    qual = p.qualifiers_before[p.strip_clitic(norm_key(qm.group().strip()), p.qualifier_or_opener)]
    return left_start(s) + qm.start(), qual


def placed_in_time(f: Scan, start: int, end: int) -> bool:
    """Whether the words around a duration say it only places a claim in time ("خلال ساعة ونصف",
    "in the past two weeks", "deux semaines plus tôt")."""
    p = f.p
    if before(f, p.time_before_re, start) is not None:
        return True
    if p.placing_after_claim_re is not None and before(f, p.placing_after_claim_re, start) is not None:
        return quantity_before(f, start)  # "ثلاث حلقات نقاش على مدى يومين"
    if p.time_after_re.match(f.text, end) is None:
        return False
    return p.measured_before_re is None or before(f, p.measured_before_re, start) is None  # "لمدة يومين بعد"


def quantity_before(f: Scan, start: int) -> bool:
    """Whether the clause before ``start`` holds a number no rule or mask dropped (no date, clock
    time, year, article or paragraph label): the quantity a duration after a word of the pack's
    ``placing_after_claim`` places in time ("three panel discussions over two days")."""
    clause = clause_before(f.text, start, 120)
    offset = start - len(clause)
    f.read_far = True  # what the rules made of the numbers before may hang on text before the memo's window
    dropped = set()
    for r in reversed(f.rejected):  # (in the order read: only those of the clause, for a cost linear in the text)
        if r.start < offset:
            break
        dropped.add(r.start)
    for m in f.p.candidates.finditer(clause):
        s, e = offset + m.start(), offset + m.end()
        digits, words = m.group("digits"), m.group("words")
        if words is not None and f.p.numbers.get(norm_key(words), ("", 0))[0] == "weak":
            continue  # "une histoire", "a list": an article
        if s in dropped or f.masks.hit(s, e) or (digits is not None and YEAR_RE.fullmatch(digits) is not None):
            continue
        return True
    return False


def unit_claim(f: Scan, s: int, end: int, count: Decimal, unit: Unit) -> Hit | None:
    """``count`` of ``unit`` written at ``[s, end)`` without digits ("سنة واحدة", "ساعة ونصف", a
    dual "ساعتين"), with the qualifier before it; ``None`` where the duration only places a claim
    in time ("خلال ساعة ونصف")."""
    qs, qualifier = qualifier_before(f, s)
    if unit.canonical == "duration:s" and qualifier in ("exact", "approx") and placed_in_time(f, qs, end):
        return None
    return Hit(qs, end, count * unit.factor, None, unit.canonical, qualifier, None, None, unit_factor=unit.factor)


def _after(f: Scan, am: regex.Match[str]) -> str:
    """The qualifier a match of the pack's after-qualifiers names ("or more": at_least)."""
    return f.p.qualifiers_after[norm_key(am.group().strip(" ,\t\n"))]


def read_qualifier(f: Scan, d: Draft) -> None:
    """The qualifier of the claim: a range, a word before the number or one after it."""
    p, text, a = f.p, f.text, d.a
    d.qstart = d.start
    if d.value_high is not None:
        d.qualifier = "range"
        return
    qm = d.qm
    if qm:
        d.qualifier = p.qualifiers_before[p.strip_clitic(norm_key(qm.group().strip()), p.qualifier_or_opener)]
        d.qstart = d.qual_start
        if norm_key(qm.group().strip()) in p.change_to and change_before(f, d.qual_start, loose=True):
            d.qualifier = "exact"  # "تراجعت ... لتصل إلى 2.8 مليون": the level reached, not "up to"
    else:
        am = near(p.qual_after_re, text, d.end)
        if am:
            d.qualifier = _after(f, am)
            d.end = am.end()
        elif _BRACKET_NEXT.match(text, d.end) and (bm := near(_RESTATED, text, d.end)) is not None and (am := near(p.qual_after_re, text, bm.end())):
            # "5 mm (1/5 inch) or more": the qualifier after a restatement in brackets is both numbers'
            d.qualifier = _after(f, am)
    if (a.kind == "vague" or a.plus) and d.qualifier == "exact":
        d.qualifier = "at_least"
    if a.approximate and d.qualifier == "exact":
        d.qualifier = "approx"  # "une vingtaine de langues"


_ONE_WORD = regex.compile(r"[ \t]+\p{L}+(?=[ \t])")


def read_counted(f: Scan, d: Draft) -> None:
    """The unit of the claim and, for a count, the counted noun (and a qualifier after it)."""
    p, text, a = f.p, f.text, d.a
    d.unit = a.unit or "count"
    dm = near(DIGITS_AGAIN, text, d.end) if a.kind == "words" else None
    if dm is not None and Decimal(dm.group(1)) == a.value:
        d.end = dm.end()  # "Two (2) posts", "deux (2) postes": the digits repeat the words
    if d.unit == "count":
        d.counted, d.cspan = f.counted_after(d.end)
        if d.value_high is None and d.qualifier == "exact" and d.counted is not None:
            am = near(p.qual_after_re, text, d.cspan[1]) if d.cspan else None
            if am is None and d.cspan and (wm := _ONE_WORD.match(text, d.cspan[1])) is not None:
                am = near(p.qual_after_re, text, wm.end())  # "40 عائلة أخرى أو أكثر": a word after the noun
            if am:
                d.qualifier = _after(f, am)
