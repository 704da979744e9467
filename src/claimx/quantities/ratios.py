"""Fractions, multipliers and shares: "half a million", "half the population", "doubled",
"sixfold", "ثلاثة أضعاف", "multiplié par trois", "one in five"."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs.chars import CLAUSE_ENDS, QUESTION_MARKS
from claimx.quantities.changes import governing_change
from claimx.quantities.halves import in_and_half
from claimx.quantities.model import Hit, left, left_start, near
from claimx.quantities.numbers import parse_digits, parse_words
from claimx.quantities.qualifiers import qualifier_before
from claimx.quantities.scan import Scan


def with_ratios(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Fractions, multipliers and "one in five".

    ``half a million`` is 500 000 and ``half the population`` 50 percent (a fraction before a
    scale word scales it; before an ``of`` word it is a share of a whole); ``doubled`` is a
    ratio of 2 with ``change`` up, ``sixfold``/``ثلاثة أضعاف``/``multiplié par trois`` a ratio;
    ``one in five`` 20 percent. A found ratio replaces the plain numbers it covers.
    """
    found = _ranged(_without_restated(f, _fractions(f), hits) + _multiples(f), hits)
    slashed = _slashed(f, hits)
    found += slashed
    out = list(hits)
    pairs = _colon_ratios(f)
    if pairs:  # "a 3:2 ratio": the colon is no score here, so no mask applies
        out = [h for h in out if not any(k.start < h.end and h.start < k.end for k in pairs)]
        found = [h for h in found if not any(k.start < h.end and h.start < k.end for k in pairs)]
        out = sorted(out + pairs, key=lambda h: h.start)
    if not found:
        return out
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in found:
        if any(k.start < h.end and h.start < k.end for k in kept) or (f.masks.hit(h.start, h.end) and h not in slashed):
            continue  # (a slashed fraction read as a share is no date: "by 2/3", "1/3 of the")
        kept.append(h)
    out = [h for h in out if not any(k.start < h.end and h.start < k.end for k in kept)]
    return sorted(out + kept, key=lambda h: h.start)


def _ranged(found: list[Hit], hits: list[Hit]) -> list[Hit]:
    """A multiplier whose number opens a range reads the range: "by a factor of 4-5", "multiplié
    par 4 à 5", "بمعامل 4-5" (the plain range "4-5" was read first)."""
    ranges = [k for k in hits if k.value_high is not None and k.unit == "count"]
    if not ranges:
        return found
    out = []
    for h in found:
        k = None
        if h.unit == "ratio" and h.value_high is None:
            k = next((k for k in ranges if k.start < h.end < k.end and k.value == h.value), None)
        out.append(h if k is None else replace(h, end=k.end, value_high=k.value_high, qualifier="range"))
    return out


_PREV_WORD = regex.compile(r"(?r)(\w+)[ \t]+\Z")  # in reverse: see model.CAPWORD_BEFORE
_NEXT_WORD = regex.compile(r"[ \t-]+(\w+)")
_DASH_WORD = regex.compile(r"-\w")


def _fractions(f: Scan) -> list[Hit]:
    """"half a million" (a fraction before a scale word scales it), "half the population" (a share)."""
    p, text = f.p, f.text
    found: list[Hit] = []
    for m in f.found_near(p.fraction_re, p.fraction_test) if f.holds(p.fraction_test) else ():
        s, e = m.start(), m.end()
        if in_and_half(f, m.start("f")):
            continue  # "two and a half million", "سنتين ونصف": the half of a number, read with it
        fkey = norm_key(m.group("f"))
        if fkey in p.fraction_shares:  # "ثلاثة أرباعها"
            start, qual = qualifier_before(f, s)
            found.append(Hit(start, e, p.fraction_shares[fkey] * 100, None, "percent", qual, None, None))
            continue
        frac = p.fraction_words[p.strip_clitic(fkey, p.fraction_words)]
        rest = _rest_of_share(f, s, e, frac, found)
        if rest is not None:
            found.append(rest)
            continue
        nxt = _NEXT_WORD.match(text[e : e + 30])
        prev = _PREV_WORD.search(text[max(0, s - 30) : s])
        not_share = (prev is not None and norm_key(prev.group(1)) in p.fraction_not_after) or (
            nxt is not None and norm_key(nxt.group(1)) in p.fraction_not_before
        )  # "the second half of 2015", "half time", "نصف النهائي"
        at = e
        if nxt and p.numbers.get(norm_key(nxt.group(1)), ("", 0))[0] == "weak":
            at = e + nxt.end()  # "half a million"
        elif nxt and _DASH_WORD.match(text[e : e + 2]):
            at = e + 1  # "un demi-million"
        sm = p.scale_re.match(text, at)
        if sm is not None:
            value = frac * p.numbers[norm_key(sm.group())][1]
            end, unit, factor = sm.end(), "count", Decimal(1)
            um = p.unit_re.match(text, end)
            if um is not None:
                u = p.units[norm_key(um.group().lstrip(" \t-"))]
                end, unit, factor = um.end(), u.canonical, u.factor
            start, qual = qualifier_before(f, s)
            found.append(Hit(start, end, value * factor, None, unit, qual, None, None, unit_factor=factor))
        elif not not_share and nxt is not None and norm_key(nxt.group(1)) in p.fraction_compared:
            start, qual = qualifier_before(f, s)  # "half those of richer countries": a ratio of two levels
            found.append(Hit(start, e, frac, None, "ratio", qual, None, None))
        elif not not_share and (
            share_follows(f, e, fkey.startswith(p.clitic_table.articles))
            or (prev is not None and norm_key(prev.group(1)) in p.fraction_whole_before)  # "dont la moitié"
            or _elliptic_share(f, s, e, found)
        ):
            start, qual = qualifier_before(f, s)
            found.append(Hit(start, e, frac * 100, None, "percent", qual, None, None))
    return found


def _elliptic_share(f: Scan, s: int, e: int, found: list[Hit]) -> bool:
    """Whether the fraction at ``s:e`` follows a share of a whole in its sentence, the whole left
    out: "Two thirds of Venezuelans work in services, nearly a quarter in industry and a fifth in
    farming", "Deux tiers des …, près d'un quart dans l'industrie" ("a third of an hour" is of
    something else)."""
    share = found[-1] if found and found[-1].unit == "percent" and found[-1].end <= s else None
    if share is None or s - share.end > _ELLIPTIC_REACH:
        return False
    if f.p.link_re is not None and near(f.p.link_re, f.text, e) is not None:
        return False
    gap = f.text[share.end : s]
    return not any(c in gap for c in CLAUSE_ENDS + ":")  # (the shared clause ends: the Arabic question mark too)


_ELLIPTIC_REACH = 120  # characters from the share before to the fraction that leaves out its whole


# The ends of a sentence a share's rest is not read across (a semicolon is: "half got A; the other half B")
_SENTENCE_ENDS = ".!\n" + QUESTION_MARKS


def _rest_of_share(f: Scan, s: int, e: int, frac: Decimal, found: list[Hit]) -> Hit | None:
    """The fraction at ``s:e`` as the rest of a whole (the pack's ``rest``: "the other half",
    "l'autre moitié", "النصف الآخر") after a share of the same size in its sentence: "half were
    given A and the other half B" is two halves; alone, "the other half of the pitch" is none."""
    rx = f.p.fraction_rest_re
    if rx is None:
        return None
    rm = next((m for m in rx.finditer(f.text, max(0, s - 30), e + 30) if m.start() <= s and e <= m.end()), None)
    if rm is None:
        return None
    share = next((h for h in reversed(found[-8:]) if h.unit == "percent" and h.value == frac * 100), None)  # (the last few)
    if share is None or any(c in f.text[share.end : rm.start()] for c in _SENTENCE_ENDS):
        return None
    return Hit(rm.start(), rm.end(), frac * 100, None, "percent", "exact", None, None)


# A fraction written with a slash, small numbers either side: "2/3", "1/4", "3/10" (not "2/3/2020", "12/25")
# (in ``re``: searched in every paragraph with a slash, as Arabic UN dates have: "كانون الثاني/يناير").
# The digit opens the pattern and the character before it is read after it: ``re`` skips to a digit
# in C where a pattern opens with a class, and tries one opening with a lookbehind at each position.
_SLASHED = re.compile(r"([1-9])(?<![\d/.,،٫].)/([1-9]|10)(?![\d/]|[.,٫]\d)")


def _slashed(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Fractions written with a slash that are a share: before the whole they are a share of ("1/3
    of the population", "2/3 des") or after a word of change's link ("reduce demand by 2/3",
    "بـ 2/3") they are a percentage, as "two thirds" is; elsewhere "2/3" may be a date or a label."""
    p, text = f.p, f.text
    found: list[Hit] = []
    for m in _SLASHED.finditer(text) if "/" in text else ():
        a, b = int(m.group(1)), int(m.group(2))
        if a >= b or any(h.start <= m.start() and m.end() <= h.end for h in hits):
            continue  # "1/5 inch": a fraction of the unit, read with it
        prev = _PREV_WORD.search(text[max(0, m.start() - 30) : m.start()])
        linked = prev is not None and norm_key(prev.group(1)) in p.change_links
        nxt = _NEXT_WORD.match(text[m.end() : m.end() + 30])
        if nxt is not None and norm_key(nxt.group(1)) in p.months:
            continue  # "the night of 2/3 March"
        if linked or share_follows(f, m.end()):
            start, qual = qualifier_before(f, m.start())
            found.append(Hit(start, m.end(), Decimal(a) / Decimal(b) * 100, None, "percent", qual, None, None))
    return found


def _multiples(f: Scan) -> list[Hit]:
    """Multipliers ("doubled", "ثلاثة أضعاف"), folds ("sixfold"), "one in five", "multiplié par trois"."""
    p, text = f.p, f.text
    found: list[Hit] = []
    for m in f.found_near(p.multiplier_re, p.multiplier_test) if f.holds(p.multiplier_test) else ():
        prev = _PREV_WORD.search(text[max(0, m.start() - 30) : m.start()])
        if prev is not None and norm_key(prev.group(1)) in p.fraction_not_after:
            continue  # "زمن تضاعف الحالات": the doubling time, a noun, no doubling told
        factor_, direction = p.multipliers[p.strip_clitic(norm_key(m.group("m")), p.multipliers)]
        start, qual = qualifier_before(f, m.start())
        direction = direction or governing_change(f, start)  # "rose threefold"
        found.append(Hit(start, m.end(), factor_, None, "ratio", qual, None, None, change=direction))
    for m in f.numbers_near(p.fold_re, p.fold_test) if f.holds(p.fold_test) and p.fold_word_re.search(text) else ():
        if m.group("d") is not None and m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
            continue  # "ScUyy3f28x": digits glued to the letters of a code or a link
        if (ratio := _number(f, m, "d", "w")) is not None:
            found.append(_fold_hit(f, m, ratio))
    for m in f.numbers_near(p.one_in_re, p.one_in_word_test) if f.holds(p.one_in_test) and f.one_in_word() else ():
        a, b = _number(f, m, "d1", "w1"), _number(f, m, "d2", "w2")
        if m.group("between") and a != 1 and norm_key(m.group("inw")) not in p.one_in_every:
            continue  # "un enfant sur cinq" takes a noun between; "5 people in 10 cities" is no share,
            # "ثلاث نساء من بين كل خمس" (three women out of every five) is one
        if _year_alone(f, m, "d2"):
            continue  # "an outbreak in 2012": a year, not one in 2,012
        if m.group("between") and b is not None and not _round_whole(b) and f.counted_after(m.end())[0] is not None:
            continue  # "une étude sur 240 patients" is a study of them; "un décès sur 1 000 naissances" a share
        if a is not None and b is not None and 0 < a < b:
            start, qual = qualifier_before(f, m.start())
            found.append(Hit(start, m.end(), a / b * 100, None, "percent", qual, None, None))
    folds, verbs = _changed_folds(f, [h for h in found if h.change == "up" and h.value_high is None])
    found = [h for h in found if h not in verbs] + _one_noun_in(f, found) + folds
    for m in f.found_near(p.times_re, p.times_test) if f.holds(p.times_test) else ():  # "multiplié par trois"
        ranged = next((i for i, h in enumerate(found) if m.start() < h.start < m.end() < h.end), None)
        if ranged is not None:  # "by a factor of 4-5x": the range its number opens
            found[ranged] = replace(found[ranged], start=m.start())
        elif (ratio := _number(f, m, "d", "w")) is not None:  # "multiplied by 3" is up, "reduced by a factor of 4" down
            found.append(Hit(m.start(), m.end(), ratio, None, "ratio", "exact", None, None, change=governing_change(f, m.start()) or "up"))
    return found


_RESTATED_IN = regex.compile(r"[\p{L}\p{M}\s'’-]{0,40}\([ \t]*\Z")  # a few words, then an open bracket


def _without_restated(f: Scan, shares: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The shares, less those a percentage in brackets restates: "Almost half (47.7%) of the
    infected", "نصف المصابين (47.7%)" state 47.7 percent, not 50."""
    if not shares:
        return shares  # (most paragraphs: no fraction word)
    text = f.text
    exact = [h for h in hits if h.unit == "percent"]
    if not exact:
        return shares
    return [
        s for s in shares
        if s.unit != "percent" or not any(0 < h.start - s.end <= 45 and _RESTATED_IN.fullmatch(text, s.end, h.start) for h in exact)
    ]


def _fold_hit(f: Scan, m: regex.Match[str], ratio: Decimal) -> Hit:
    """The multiplier ``m`` reads ("sixfold"), or the range it closes ("10 à 20 fois supérieure");
    a word that divides by it makes it the inverse ("deux fois moins élevé": a half)."""
    key = norm_key(m.group())
    less = any(key.endswith(w) for w in f.p.fold_less)
    lo = _low_end(f, m, ratio)
    if lo is not None:
        low, high = (1 / ratio, 1 / lo[1]) if less else (lo[1], ratio)
        return Hit(lo[0], m.end(), low, high, "ratio", "range", None, None, change=governing_change(f, lo[0]))
    start, qual = qualifier_before(f, m.start())
    return Hit(start, m.end(), 1 / ratio if less else ratio, None, "ratio", qual, None, None, change=governing_change(f, start))


def _low_end(f: Scan, m: regex.Match[str], ratio: Decimal) -> tuple[int, Decimal] | None:
    """Where the range a multiplier closes starts, and its low end: "10 à 20 fois", "3 to 4 times",
    "4-5 مرات"; ``None`` for a multiplier alone."""
    lm = f.p.fold_low_re.search(left(f.text, m.start()))
    low = _number(f, lm, "d", "w") if lm is not None else None
    if lm is None or low is None or not 0 < low < ratio:
        return None
    return left_start(m.start()) + lm.start(), low


def _changed_folds(f: Scan, multipliers: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """"has grown by 90 times", "نموا بلغ 90 مرة": a number of times under a word of change is a
    multiplier; "visited 3 times" counts visits. Under a multiplying verb earlier in its clause
    ("تضاعف الطلب بمقدار 100 مرة", multiplied by 100) the number is the factor and the verb no
    doubling of its own: the folds, and the ``multipliers`` that are their verbs."""
    p, text = f.p, f.text
    if p.fold_changed_re is None or not f.holds(p.fold_changed_test):
        return [], []
    found: list[Hit] = []
    verbs: list[Hit] = []
    for m in f.numbers_near(p.fold_changed_re, p.fold_changed_test):
        ratio = _number(f, m, "d", "w")
        if ratio is None or ratio <= 1:
            continue
        lo = _low_end(f, m, ratio)  # "rose 3 to 4 times"
        start, qual = (lo[0], "range") if lo is not None else qualifier_before(f, m.start())
        low, high = (lo[1], ratio) if lo is not None else (ratio, None)
        verb = next((h for h in multipliers if h.end <= start and not _clause_break(text, h.end, start)), None)
        change = governing_change(f, start)
        if verb is not None or change == "up":
            found.append(Hit(start, m.end(), low, high, "ratio", qual, None, None, change="up"))
            if verb is not None:
                verbs.append(verb)
        elif p.fold_by_re is not None and p.fold_by_re.search(left(text, start)):  # "بمقدار 1.4 مرة"
            found.append(Hit(start, m.end(), low, high, "ratio", qual, None, None, change=change))
    return found, verbs


def _clause_break(text: str, s: int, e: int) -> bool:
    """Whether a clause ends between ``s`` and ``e``."""
    return any(c in CLAUSE_ENDS for c in text[s:e])


def _one_noun_in(f: Scan, shares: list[Hit]) -> list[Hit]:
    """A noun alone, one of it, in every few: "امرأة من بين كل ثلاث نساء" (one woman in three)."""
    p = f.p
    if p.one_noun_in_re is None or not f.holds(p.one_every_test) or not f.one_in_word():
        return []  # no word of "one in" before a number: the noun pattern, tried at every word, never runs
    found: list[Hit] = []
    for m in f.found_near(p.one_noun_in_re, p.one_every_test):
        noun = norm_key(m.group("noun"))
        if noun in p.numbers or p.strip_clitic(noun, p.stopwords) in p.stopwords:
            continue  # "واحد من كل خمسة" is read with its number
        if any(h.start < m.end() and m.start() < h.end for h in shares):
            continue
        b = _number(f, m, "d2", "w2")
        if b is not None and b > 1:
            start, qual = qualifier_before(f, m.start())
            found.append(Hit(start, m.end(), 100 / b, None, "percent", qual, None, None))
    return found


def _round_whole(b: Decimal) -> bool:
    """Whether ``b`` is a whole a share is stated against: up to ten, or a power of ten."""
    return b <= 10 or (b == b.to_integral() and str(int(b)).rstrip("0") == "1")


def _year_alone(f: Scan, m: regex.Match[str], digits: str) -> bool:
    """Whether group ``digits`` of ``m`` is a year with nothing counted after it ("an outbreak in
    2012.", "one in 2007 and 2008"); "one in 2000 births" counts births."""
    d = m.group(digits)
    if d is None or not regex.fullmatch(r"1\d{3}|20\d\d", d):
        return False
    return f.counted_after(m.end())[0] is None  # "one in 2007 and 2008", not "one in 2000 births"


_COLON_PAIR = regex.compile(r"(?<![\d:.,])(\d{1,3})[ \t]?:[ \t]?(\d{1,3})(?![\d:])")


def _colon_ratios(f: Scan) -> list[Hit]:
    """Two numbers joined by a colon with a ratio word before or after them: "a 3:2 ratio" is 1.5,
    "un rapport de 3:1" is 3; without the word, "3:2" stays a score or a time."""
    p, text = f.p, f.text
    found: list[Hit] = []
    if ":" not in text:
        return found
    for m in _COLON_PAIR.finditer(text):
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        if b == 0 or not (p.ratio_before_re.search(left(text, m.start())) or p.ratio_after_re.match(text, m.end())):
            continue
        found.append(Hit(m.start(), m.end(), a / b, None, "ratio", "exact", None, None))
    return found


def share_follows(f: Scan, end: int, definite: bool = False) -> bool:
    """Whether the words after a fraction name the whole it is a share of ("half *the*
    population", "la moitié *de*", "نصف *ال*سكان", and in Arabic any noun: "نصف سكان"); after a
    ``definite`` fraction ("الثلث *من* الفتيات") only a word of the pack's ``of`` does."""
    p, text = f.p, f.text
    if definite:
        return p.fraction_of_word_re is not None and near(p.fraction_of_word_re, text, end) is not None
    om = near(p.fraction_of_re, text, end)
    if om is not None and om.end() > end:
        year = regex.match(r"[ \t]*(1[89]\d\d|20\d\d)(?!\d)", text[om.end() : om.end() + 8])
        return year is None  # "half of 2015" is a part of a year; "un tiers des 1200 sociétés" a share
    return p.fraction_any_of and regex.match(r"[ \t]+[\p{L}\d]", text[end : end + 3]) is not None  # "ثلث 1200 شركة"


def _number(f: Scan, m: regex.Match[str], digits: str, words: str) -> Decimal | None:
    """The number in group ``digits`` or ``words`` of ``m``."""
    if m.group(digits) is not None:
        parsed = parse_digits(m.group(digits), f.p)
        return parsed[0] if parsed else None
    if m.group(words) is not None:
        w = parse_words(m.group(words), f.p)
        if w is None:
            # a lone "one"/"un"/"واحد" is no count, but it is the "one" of "one in five"
            key = norm_key(m.group(words))
            entry = f.p.numbers.get(key)
            return entry[1] if entry else None
        return w[0]
    return None
