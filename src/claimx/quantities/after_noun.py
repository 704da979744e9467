"""Number words written after the noun they count: ``الدول الخمس`` (the five states), ``سنة
واحدة`` (one year).

Arabic puts a cardinal after its noun as an adjective, both under the article: ``الحالات المؤكدة
الخمس`` is "the five confirmed cases", which English and French write with the number first and
count. The same reading as English follows: a number under four refers back (``the three
countries``), and so does a number already named in the paragraph; a rank word after it makes
it a rank (``المراكز العشرة الأولى``, the top ten places). The word for one after a unit noun
is one of the unit (``لمدة سنة واحدة``, ``دولار واحد``), as ``one year`` is in English.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs.patterns import may_hold
from claimx.quantities.model import Hit, left, left_start, with_found
from claimx.quantities.qualifiers import placed_in_time, qualifier_before, unit_claim
from claimx.quantities.scan import Scan

REFERENCE_BELOW = 4  # "the two countries", "the three" refer back; "the nine victims" count them
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[\"”»']?[ \t]+\Z")  # the noun may close a quotation (in reverse: model.CAPWORD_BEFORE)
_NAMED_REACH = 1000  # characters before the noun searched for the number named earlier


def with_after_noun(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the numbers written after the definite noun they count."""
    p, text = f.p, f.text
    if p.after_noun_re is None or not f.holds(p.after_noun_test):
        return hits
    found: list[Hit] = []
    for m in p.after_noun_re.finditer(text):
        s, e = m.start("w"), m.end()
        key = norm_key(m.group("w"))
        value = p.after_noun[key]
        tm = p.after_noun_tens_re.match(text, e) if p.after_noun_tens_re is not None and value < 10 else None
        if tm is not None:  # "الأربع والعشرون": four and twenty
            value, e = value + p.after_noun_tens[norm_key(tm.group("t"))], tm.end()
        if f.taken(hits, s, e):
            continue
        noun = _WORD_BEFORE.search(left(text, m.start()))
        kind = _counts(f, norm_key(noun.group(1))) if noun is not None else None
        nxt = p.word_re.match(text, e)
        forward = nxt is not None and norm_key(nxt.group(1)) in p.after_noun_forward  # "العقبات الثلاث التالية"
        one_of = p.partitive_one_re is not None and noun is not None and p.partitive_one_re.search(
            text, max(0, left_start(m.start()) + noun.start(1) - 40), left_start(m.start()) + noun.start(1)
        ) is not None  # "أحد الاختبارات الجينية الثلاثة": one of the three tests
        if noun is None or kind is None or (value < REFERENCE_BELOW and kind == "article" and not forward and not one_of):
            continue  # "الدولتين الاثنتين" refer back; "أطفالها الثلاثة" (her three children) count, as "their three" does
        if not forward and _named_before(f, key, noun.start(1)):
            continue
        if nxt is not None and norm_key(nxt.group(1)) in p.after_noun_ranks:
            continue  # "المراكز العشرة الأولى": the top ten places, a rank
        n0 = left_start(m.start()) + noun.start(1)
        found.append(Hit(s, e, value, None, "count", "exact", noun.group(1), (n0, n0 + len(noun.group(1)))))
    return with_found(hits, found)


def _counts(f: Scan, noun: str) -> str | None:
    """How ``noun`` (a key) is a definite noun a number after it counts, by its ``"article"`` or a
    ``"possessive"`` ending; ``None`` for a unit ("السنوات الخمس الماضية" is time), a number or an
    ordinal word, or a noun neither makes definite."""
    p = f.p
    article = next((a for a in p.dual_definite if noun.startswith(a)), None)
    if article is not None:
        bare = noun[len(article) :]
    else:  # "مدخراتها الخمسة": a possessive ending makes the noun definite too
        ending = next((e for e in p.after_noun_possessives if noun.endswith(e) and len(noun) - len(e) >= 3), None)
        if ending is None:
            return None
        bare = noun[: -len(ending)]
    if bare in p.units or bare in p.numbers or noun in p.ordinal_words or noun in p.after_noun:
        return None
    return "article" if article is not None else "possessive"


def _named_before(f: Scan, key: str, before: int) -> bool:
    """Whether the number was named earlier in the paragraph, with or without its article."""
    p = f.p
    forms = {key} | {key[len(a) :] for a in p.definite if key.startswith(a)}
    head = norm_key(f.text[max(0, before - _NAMED_REACH) : before])
    return any(_as_word(head, w, p.clitic_table.digits) for w in forms)


_WORD_CHAR = regex.compile(r"\w")


def _as_word(text: str, word: str, clitics: tuple[str, ...]) -> bool:
    r"""Whether ``text`` holds ``word`` as a whole word, maybe after one of ``clitics``: what a
    search of ``(?<!\w)(?:clitics|)word(?!\w)`` finds, read at each place ``word`` is found. A
    pattern compiled for each word cost more on text not read before (a number word not met yet)
    than the rest of the stage's reading of the numbers after their noun."""
    def word_char(i: int) -> bool:
        return 0 <= i < len(text) and _WORD_CHAR.match(text, i) is not None

    i = text.find(word)
    while i >= 0:
        if not word_char(i + len(word)) and any(
            i >= len(c) and text.startswith(c, i - len(c)) and not word_char(i - len(c) - 1) for c in ("", *clitics)
        ):
            return True
        i = text.find(word, i + 1)
    return False


def with_one_after_unit(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the units a word for one follows (``سنة واحدة``); a duration that only places
    a claim in time stays time (``في غضون شهر واحد``)."""
    p, text = f.p, f.text
    if p.one_after_unit_re is None or not f.holds(p.one_after_unit_test):
        return hits
    found: list[Hit] = []
    for m in p.one_after_unit_re.finditer(text):
        wm = _WORD_BEFORE.search(left(text, m.start()))
        key = norm_key(wm.group(1)) if wm is not None else ""
        bare = p.strip_clitic(key, p.units)
        unit = p.units.get(bare)
        if wm is None or unit is None or unit.canonical in ("count", "percent"):
            continue
        if bare != key and key[: len(key) - len(bare)] not in p.coordinators:
            continue  # "تذاكر ليوم واحد": a one-day ticket describes; "وأوقية واحدة" adds an ounce
        s = left_start(m.start()) + wm.start(1)
        if f.taken(hits, s, m.end()):
            continue
        if not unit.canonical.startswith("currency:") and not _measure_context(f, hits, s):
            continue  # "مستودع رقمي عام واحد": "عام" is also "general", one repository; "دولار واحد" is money
        hit = unit_claim(f, s, m.end(), Decimal(1), unit)
        if hit is not None:
            found.append(hit)
    return with_found(hits, found)


def _measure_context(f: Scan, hits: list[Hit], s: int) -> bool:
    """Whether the words before a unit noun at ``s`` say a measure follows: a word of time or of
    length ("لمدة", "خلال"), a qualifier ("أكثر من"), or a measure just before it ("17 رطل وأوقية")."""
    p, window = f.p, left(f.text, s)
    if p.time_before_re.search(window) or p.qual_before_re.search(window):
        return True
    um = p.one_unit_re.search(f.text, max(0, s - 12), s + 20) if p.one_unit_re is not None else None
    if um is not None and um.groupdict().get("u1") is not None and um.start("u1") == s:
        return True  # "لمدة سنة واحدة"
    return any(0 <= s - h.end <= 3 and h.unit not in ("count", "percent") for h in hits)


def with_times(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the words that are a number of times by themselves, counts as "three times" is:
    ``twice a year``, ``مرتين`` (pack key ``numbers.times``); "twice as many" is a multiplier, read before."""
    p = f.p
    if p.times_word_re is None or not f.holds(p.times_word_test):
        return hits
    found: list[Hit] = []
    for m in p.times_word_re.finditer(f.text):
        s, e = m.start("w"), m.end("w")
        if f.taken(hits, s, e) or f.masks.hit(s, e):
            continue
        start, qualifier = qualifier_before(f, s)
        found.append(Hit(start, e, p.times_words[norm_key(m.group("w"))], None, "count", qualifier, m.group("w"), (s, e)))
    return with_found(hits, found)


def _counted_before(f: Scan, s: int) -> bool:
    """Whether a fraction or a number word stands right before the unit noun at ``s``."""
    wm = _WORD_BEFORE.search(left(f.text, s))
    key = norm_key(wm.group(1)) if wm is not None else ""
    return key in f.p.fraction_words or key in f.p.numbers


def with_one_unit(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the units of time written without a number, one of the unit: ``لمدة عام`` (for
    a year), ``a year-long crisis`` (pack keys ``numbers.one_unit_before`` and ``one_unit_after``)."""
    p, text = f.p, f.text
    if p.one_unit_re is None or not f.holds(p.one_unit_test) or not may_hold(p.one_unit_hold, text):
        return hits
    found: list[Hit] = []
    for m in p.one_unit_re.finditer(text):
        group = "u1" if m.groupdict().get("u1") is not None else "u2"
        s, e = m.start(group), m.end()
        unit = p.units.get(norm_key(m.group(group)))
        nxt = p.word_re.match(text, m.end(group))
        if unit is None or (nxt is not None and nxt.start(1) - m.end(group) <= 1 and norm_key(nxt.group(1)) in p.numbers):
            continue  # "لمدة عام واحد" is read with its number
        if regex.match(r"[ \t]*\d", text[m.end(group) : m.end(group) + 3]):
            continue  # "عام 2015" is a year
        if nxt is not None and (norm_key(nxt.group(1)) in p.months or norm_key(nxt.group(1)) in p.weekdays):
            continue  # "طوال شهر فبراير": the month of February, "يوم الاثنين" a day of the week
        if f.taken(hits, s, e):
            continue
        qs, qualifier = qualifier_before(f, s)  # "أكثر من شهر": more than a month
        after = p.qualifiers_after.get(norm_key(text[m.end(group) : e].strip())) if group == "u2" else None
        if after is not None:  # "ساعة على الأقل": at least an hour, placed in time as a number would be
            if _counted_before(f, s):
                continue  # "نصف قرن تقريبا": half a century, no century
            qualifier = after
            if qualifier in ("exact", "approx") and placed_in_time(f, qs, e):
                continue
        found.append(Hit(qs, e, unit.factor, None, unit.canonical, qualifier, None, None, unit_factor=unit.factor))
    return with_found(hits, found)
