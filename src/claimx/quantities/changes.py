"""Changes: the direction of a word of change governing a number ("rose 6.5%", "a 3 percent drop",
"a augmenté de 5 %", "ارتفع بنسبة 5%"), and the sign written before it ("CAC -1.7%", "moins 5 degrés")."""

from __future__ import annotations

import regex

from claimx.normalize import norm_key
from claimx.packs.patterns import may_hold
from claimx.quantities.model import Draft, Hit, left_start, near
from claimx.quantities.scan import Scan, before

_CLAUSE_MARK = regex.compile(r"[.;:!?،؛,\n]")  # a clause ends between the word of change and the number


# The most words between a word of change and the link before its number ("reduce the rate of mortality
# from these diseases by 50%", "تخفض معدل التهابات مجرى الدم بنسبة 66"): its object or its subject.
_OBJECT_WORDS = 8


def change_before(f: Scan, start: int, loose: bool = False, count: bool = False) -> str | None:
    """The direction of a word of change governing the number at ``start``: "rose 6.5%",
    "rose by 6.5%", "a augmenté de 5 %", "ارتفعت أسعار النفط بنسبة 5%", "fell to 4.7%"."""
    p, text = f.p, f.text
    if not f.holds(p.change_word_test):  # most paragraphs hold none (and its regex is not compiled)
        return None
    window = text[max(0, start - (100 if loose else 60)) : start]
    if not may_hold(p.change_word_test, window):
        return None  # no word of change in the window: re says so before regex tries each position
    last = None
    for m in p.change_word_re.finditer(window):
        last = m
    if last is None:
        return None
    gap = window[last.end() :]
    if _CLAUSE_MARK.search(gap):
        return None
    words = norm_key(gap).split()
    direction = p.change_words[p.strip_clitic(norm_key(last.group("w")), p.change_words)]
    if loose and len(words) <= (12 if p.change_verb_first else 4):
        return direction
    if not words:
        # a bare word of change: "fell 12 percent", "up 11%"; a count needs a link ("calling up 300,000")
        return None if count else direction
    limit = 8 if p.change_verb_first else 4
    if p.change_verb_first and not count and len(words) <= limit and not any(ch.isdigit() for ch in gap):
        return direction  # "تراجعت صادرات الدواجن 12 في المائة"
    tail = " ".join(words)
    ends = [k for k in p.change_links | p.change_to if tail == k or tail.endswith(" " + k)]
    if not ends:
        return None
    end_word = max(ends, key=len)
    body = tail[: len(tail) - len(end_word)].split()
    numbers = sum(1 for w in body if any(ch.isdigit() for ch in w))
    # a link that sizes the change may follow the verb's object ("reduce the rate of X by 50%"); the
    # level a change reached ("fell to ...") and a count stay close to their word
    reach = _OBJECT_WORDS if not count and end_word not in p.change_to else limit
    if len(body) > reach or (numbers and end_word not in p.change_to) or numbers > 1:
        return None  # another number between: the word of change governs that one
    return direction


def change_after(f: Scan, end: int) -> str | None:
    """A noun of change after the number: "a 3 percent drop", "5 % de hausse"."""
    p = f.p
    if p.change_after_re is None:
        return None
    m = near(p.change_after_re, f.text, end)
    return p.change_after[norm_key(m.group("w"))] if m else None


def governing_change(f: Scan, start: int) -> str | None:
    """The direction of a word of change right before a multiplier ("ارتفعت الأسعار ثلاثة أضعاف")."""
    direction = change_before(f, start)
    return direction if direction in ("up", "down") else None


def signed_hit(f: Scan, d: Draft) -> Hit:
    """The claim's hit, with the change that governs it and the sign written before it."""
    p, text, a = f.p, f.text, d.a
    unit, qstart = d.unit, d.qstart
    change = None
    value = a.value
    if d.value_high is None and unit not in ("age:year",):
        change = change_before(f, qstart, count=unit == "count") or (change_after(f, d.end) if unit != "count" else None)
        if change == "either":
            change = None
        sign = text[a.start - 1 : a.start] if a.currency_prefix_start is None else ""
        if sign in ("+", "-", "−") and (a.start < 2 or not text[a.start - 2].isalnum()):
            if unit in ("percent", "other:bp") or unit.startswith("currency:"):
                change = change or ("up" if sign == "+" else "down")  # "CAC -1.7%", "DAX +0.4%"
                qstart = min(qstart, a.start - 1)
            elif sign != "+" and unit.startswith("temperature:"):
                value = -value  # "-5 °C"
                qstart = min(qstart, a.start - 1)
        if a.negative and value > 0:
            value = -value  # "a balance of $-50.8bn": a level below zero, not a change
        nm = before(f, p.negative_re, a.start) if p.negative_re is not None else None
        glued = nm is not None and nm.group().rstrip().endswith("-")
        if nm is not None and d.qualifier == "exact" and value > 0 and (unit.startswith("temperature:") or glued):
            value = -value  # "moins 5 degrés", "سالب 5", "minus-5 yards"
            qstart = min(qstart, left_start(a.start) + nm.start())
    return f.finish(a, qstart, d.end, value, d.value_high, unit, d.qualifier, d.counted, d.cspan, change)
