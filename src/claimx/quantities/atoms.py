"""Number atoms: a number read with its scale word or letter, its currency and its unit."""

from __future__ import annotations

from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs import Unit
from claimx.quantities.model import CAPWORD_BEFORE, DIGITS_AGAIN, MAX_VALUE, YEAR, YEAR_RE, Atom, Candidate, left, left_start, near
from claimx.quantities.numbers import parse_digits, parse_word_span
from claimx.quantities.predicates import is_identifier
from claimx.quantities.scan import Scan, before
from claimx.segment import clause_before

_NO_UNIT = Unit("", Decimal(1))
# Scale letters glued to digits: "4.3M sales", "$2bn", "10k runners", and (in English) "1.5m customers".
_GLUED_SCALE = regex.compile(r"(bn|mn|tn|[mMkK])(?![\w²³/])([ \t]+[\p{L}]+)?")
# The characters a glued scale starts with: tried only after one of them (regex's start of a try costs more)
_GLUED_SCALE_FIRST = frozenset("bmtMkK")
_RANGE_OPENED = regex.compile(r"(?<![\p{L}\d.,-])\d+[ \t]*[-–][ \t]*\Z")  # digits and a dash before a number: a range's end
_GLUED_SCALES = {"bn": Decimal(10) ** 9, "mn": Decimal(10) ** 6, "tn": Decimal(10) ** 12, "m": Decimal(10) ** 6, "k": Decimal(1000)}
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3}
_SIGNS = "[$€£¥₹₽₺₴₸₪₩₦]"  # the currency signs written before a number
_CURRENCY_SIGN = regex.compile(rf"((?:\p{{Lu}}{{1,2}})?{_SIGNS})[ \t]?(?=\d)")


_PERCENT_SIGN = regex.compile(r"[ \t]*[%٪]")
_DOT_THOUSANDS = regex.compile(r"[1-9]\d{0,2}[.]\d\d0")  # "42.000", "10.700"
_CURRENCY_BEFORE = regex.compile(rf"{_SIGNS}[ \t]?\Z")
_DOT_GROUP = regex.compile(r"\d{1,3}[.]\d{3}")  # "2.500"


def _scaled_or_percent(f: Scan, end: int) -> bool:
    """Whether a scale word or a percent sign follows: a dot between digits there is a decimal mark."""
    return f.p.scale_re.match(f.text, end) is not None or _PERCENT_SIGN.match(f.text, end) is not None


def _counted_thousands(f: Scan, raw: str, end: int) -> bool:
    """Whether a dot before three digits groups thousands where the pack reads a decimal: with no
    unit or scale after it, no count is written to a thousandth ending in zero ("42.000
    participants", "10.700 had been tested"; "2.125 points" and "0.750" may be decimals)."""
    if not _DOT_THOUSANDS.fullmatch(raw) or f.p.unit_re.match(f.text, end) or _scaled_or_percent(f, end):
        return False
    if _CURRENCY_BEFORE.search(f.text, max(0, end - len(raw) - 3), end - len(raw)):
        return False  # "$1.500": a price may be written to a thousandth
    return not raw.endswith(".000") or f.counted_after(end)[0] is not None


def atom_at(f: Scan, m: Candidate) -> Atom | None:
    """The number a candidate match reads as, extended to its scale, currency and unit."""
    p = f.p
    if m.group("digits") is not None:
        parsed = digits_value(f, m)
        if parsed is None:
            return None
        value, grouped = parsed
        raw = m.group("digits")
        vulgar = _VULGAR.get(f.text[m.end() : m.end() + 1])
        if grouped and p.dot_groups and _DOT_GROUP.fullmatch(raw) and _scaled_or_percent(f, m.end()):
            value, grouped = Decimal(raw), False  # "2.500 مليون" is 2.5 million, "99.999%" no 99,999 percent
        elif not grouped and _counted_thousands(f, raw, m.end()):
            value, grouped = Decimal(raw.replace(".", "")), True  # "more than 42.000 participants"
        atom = Atom(m.start(), m.end(), value, "digits", grouped=grouped)
        if not grouped and f.text[m.start() - 1 : m.start()] == "." and _LEADING_DOT.match(f.text, max(0, m.start() - 2), m.start()):
            atom.start, atom.value = m.start() - 1, Decimal("0." + raw)  # " .08%": the decimal's zero left out
        if vulgar is not None:  # "1½", "29¾"
            atom.value += vulgar
            atom.end += 1
        elif not grouped and f.text[m.end() : m.end() + 1] == "/" and (fm := _FRACTION.match(f.text, m.end())) is not None and _measure_at(f, fm.end()):
            atom.value /= Decimal(fm.group(1))  # "1/5 inch", "3/4 mile", "1/5 de pouce": a fraction of a unit
            atom.end = fm.end()
            atom.fraction = True
    elif m.group("vague") is not None:
        atom = Atom(m.start("vague"), m.end(), p.vague[norm_key(m.group("vague"))], "vague", has_scale=True)
        extend_right(f, atom)  # "des milliards de dollars", "thousands of barrels"
        return atom
    else:
        if len(m.group("words")) > _MAX_WORDS_CHARS and sum(1 for _ in zip(range(_MAX_WORDS + 1), p.word_item_re.finditer(m.group("words")))) > _MAX_WORDS:
            return None  # a run of number words no quantity is written with ("ألف ألف ألف …"): read once, skipped
        words = parse_word_span(m.group("words"), p)
        if words is None:
            return _one_before_unit(f, m)
        value, has_scale, offset, end = words
        stop = m.end() if end == len(m.group("words")) else m.start("words") + end
        atom = Atom(m.start() + offset, stop, value, "words", has_scale=has_scale)
        keys = [norm_key(w) for w in f.text[atom.start : stop].split()]
        if p.approximate and any(k in p.approximate for k in keys):
            lm = near(p.link_re, f.text, stop) if p.link_re is not None else None
            if lm is not None and regex.match(r"\d", f.text[lm.end() : lm.end() + 1]):
                return None  # "une quarantaine de 14 jours": a quarantine, not about forty
            if lm is None and any(k in p.partitive_scales for k in keys):
                return None  # "a couple whose wedding": a pair of people, "a couple of years" is two
            atom.approximate = True
    extend_right(f, atom)
    return atom


def digits_value(f: Scan, m: Candidate) -> tuple[Decimal, bool] | None:
    """The value of a candidate's digits and whether they are grouped; ``None`` for no number."""
    return value_of_digits(f, m.group("digits"))


def value_of_digits(f: Scan, digits: str) -> tuple[Decimal, bool] | None:
    """:func:`digits_value` of a candidate's digits."""
    if len(digits) > 40:
        return None  # a run of digits no quantity is written with (a serial, a key, a fuzzer)
    known = f.digit_values
    if digits not in known:
        known[digits] = parse_digits(digits, f.p)
    return known[digits]


_MAX_WORDS = 24  # "three hundred and forty-five thousand six hundred and seventy-eight" has 10
_MAX_WORDS_CHARS = 120
_LAST_WORD = regex.compile(r"([\p{L}'’]+)[ \t]*\Z")
_ARTICLE_BEFORE = regex.compile(r"(\p{L}+)[ \t]+(\p{L}+)[ \t]*\Z")  # a word, then an article alone
_LEADING_DOT = regex.compile(r"(?:^|[^\p{Ll}\d.,])\.\Z")  # a dot no lower-case letter (a sentence's end) is before
_FRACTION = regex.compile(r"/([2-9]|[1-9]\d{1,2})(?![\d/.,])")


def unit_written_at(f: Scan, pos: int, *, through_article: bool = False) -> Unit | None:
    """The unit (not a count or a share) written at ``pos`` or after a link word there ("inch",
    "de pouce"); with ``through_article``, also under a glued article after the link ("من الأيام")."""
    p, text = f.p, f.text
    um = p.unit_re.match(text, pos)
    if um is None and p.link_re is not None and (lm := near(p.link_re, text, pos)) is not None:
        am = p.glued_article_re.match(text, lm.end() - 1) if through_article and p.glued_article_re is not None else None
        um = p.unit_re.match(text, am.end() if am is not None else lm.end())
    if um is None:
        return None
    unit = p.units[norm_key(um.group().lstrip(" \t-"))]
    return None if unit.canonical in ("count", "percent") else unit


def _measure_at(f: Scan, pos: int) -> bool:
    """Whether a unit of measure (not a count, a share or a currency) starts at ``pos``."""
    unit = unit_written_at(f, pos)
    return unit is not None and not unit.canonical.startswith("currency:")


def _one_before_unit(f: Scan, m: Candidate) -> Atom | None:
    """A lone "one" is a reference ("one of them"), but before a unit it is one of the unit
    (``one minute``, ``one percent``, ``un pour cent``). A weak word ("a", "un") stays an article (``$80 a barrel``, ``sur un an``)
    except in a duration after a link word or a word of the pack's ``one_duration_before``: ``une crise
    d'un an``, ``une peine d'un an``, ``suspendu pour un mois``."""
    p = f.p
    entry = p.numbers.get(norm_key(m.group("words")))
    if entry is None or entry[1] != 1 or entry[0] not in ("words", "weak"):
        return None
    um = p.unit_re.match(f.text, m.end())
    if um is None and entry[0] == "words":
        return _one_and_a_half(f, m)
    if um is None or um.group()[:1] not in " \t":
        return None
    canonical = p.units[norm_key(um.group().lstrip(" \t-"))].canonical
    if canonical == "count":
        return None
    if entry[0] == "weak" and canonical != "percent":  # "un pour cent" is one per cent
        lw = _LAST_WORD.search(f.text, max(0, m.start("words") - 20), m.start("words"))
        linked = lw is not None and (
            (p.link_re is not None and p.link_re.fullmatch(lw.group(1))) or norm_key(lw.group(1)) in p.one_duration_before
        )
        # after a qualifier too ("more than a year", "almost a decade", and of any measure: "less than
        # a mile", "moins d'un kilomètre"), as "plus d'un an" is linked; not before a word that places
        # it in time ("80 percent more than a week earlier")
        qualified = p.qual_before_re.search(left(f.text, m.start("words"))) is not None
        if qualified and canonical != "duration:s" and not canonical.startswith("currency:"):
            linked = True
        elif canonical != "duration:s":
            return None
        linked = linked or (qualified and not p.time_after_re.match(f.text, um.end()))
        linked = linked or _alternative_after(f, um.end())  # "a year or two", "une heure ou deux"
        if not linked:
            return None
    atom = Atom(m.start("words"), m.end(), Decimal(1), "words")
    extend_right(f, atom)
    return atom if atom.unit is not None else None


def _alternative_after(f: Scan, pos: int) -> bool:
    """Whether a word of alternative and a number follow ``pos``: the unit of "a year or two" opens
    a range of one to two years."""
    end = alternative_end(f, pos)
    b = second_atom(f, end) if end is not None else None
    return b is not None and b.num_value > 1


def alternative_end(f: Scan, pos: int) -> int | None:
    """Where a joiner that is a word of alternative (``numbers.alternatives``: "or", "ou", "أو")
    starting at ``pos`` ends, blanks after it included; ``None`` if none starts there."""
    jm = f.p.joiner_re.match(f.text, pos)
    if jm is None or norm_key(jm.group("j") or jm.group("j2")) not in f.p.alternatives:
        return None
    return jm.end()


def _one_and_a_half(f: Scan, m: Candidate) -> Atom | None:
    """``one and a half years``, ``one and a half million``, ``one and a half to two years``: a half
    between a lone "one" and its unit, its scale or the rest of its range makes it a number (a lone
    "one" is otherwise a reference)."""
    p = f.p
    hm = near(p.and_half_re, f.text, m.end()) if p.and_half_re is not None else None
    if hm is None:
        return None  # most lone "one"s: no half after them
    atom = Atom(m.start("words"), m.end(), Decimal(1), "words")
    and_half(f, atom)
    if atom.value != 1:
        extend_right(f, atom)
        return atom if atom.unit is not None or atom.has_scale else None
    jm = p.joiner_re.match(f.text, hm.end())
    if jm is None or second_atom(f, jm.end()) is None:
        return None
    atom.value, atom.end = 1 + Decimal("0.5"), hm.end()
    return atom


def extend_right(f: Scan, a: Atom) -> None:
    """Scale words, currency abbreviations and the unit after a number."""
    p, text = f.p, f.text
    cur = before(f, p.currency_before_re, a.start)
    if cur is None and a.start > 0 and text[a.start - 1].isalpha():
        cur = p.currency_glued_re.search(left(text, a.start))  # "Euro131 million"
    if cur is None and a.kind == "digits" and a.start >= 2 and text[a.start - 1] in "-−":
        cur = p.currency_before_re.search(left(text, a.start - 1))  # "a balance of $-50.8bn"
        if cur is not None and cur.group()[-1:] not in " \t":
            a.negative = True
        else:
            cur = None
    if cur:
        at = a.start - 1 if a.negative else a.start
        a.currency_prefix_start = left_start(at) + cur.start()
        a.unit = p.units[norm_key(cur.group().strip().rstrip("-−"))].canonical
    if a.kind == "digits":
        if text[a.end : a.end + 1] == "+" and not text[a.end + 1 : a.end + 2].isdigit():
            a.plus, a.end = True, a.end + 1  # "300+ people", "$300+ billion": at least; "3+2" is a sum
        _scale(f, a)
    and_half(f, a)
    a.num_end, a.num_value = a.end, a.value
    if not _unit(f, a):
        return
    if a.unit in (None, "temperature:C") and before(f, p.magnitude_before_re, a.start):
        a.unit, a.value = "other:magnitude", a.num_value  # "magnitude 7.5", "بقوة 7.1 درجات"


def _scale(f: Scan, a: Atom) -> None:
    """The scale after digits: a word ("5 million"), a glued letter ("$2bn"), a currency scale ("5 MDH")."""
    p, text = f.p, f.text
    if text[a.start - 1 : a.start] == "(" and text[a.end : a.end + 1] == ")" and p.scale_re.match(text, a.end + 1):
        a.end += 1  # "(80) million US dollars": digits set in brackets, then their scale
    while sm := p.scale_re.match(text, a.end):
        if (um := p.unit_re.match(text, a.end)) is not None and um.end() > sm.end():
            break  # "34 cents de dollar": a unit that opens with the scale's word is the unit
        if abs(a.value) <= MAX_VALUE:  # beyond it the claim is dropped: stop multiplying
            a.value *= p.numbers[norm_key(sm.group())][1]
        a.end = sm.end()
        a.has_scale = True
    if not a.has_scale and text[a.end : a.end + 1] in _GLUED_SCALE_FIRST:
        gm = _GLUED_SCALE.match(text, a.end)
        if gm is not None and glued_scale(f, gm):
            a.value *= _GLUED_SCALES[gm.group(1).lower()]
            a.end = gm.end(1)
            a.has_scale = True
    if not a.has_scale:
        cs = p.currency_scale_re.match(text, a.end)
        if cs:
            um = p.unit_re.match(text, cs.end())
            unit_after = um and p.units[norm_key(um.group().lstrip(" \t-"))].canonical.startswith("currency:")
            if a.currency_prefix_start is not None or unit_after:
                a.value *= p.currency_scales[norm_key(cs.group())]
                a.end = cs.end()
                a.has_scale = True


_YEAR_NEXT = regex.compile(rf"[ \t]+{YEAR}(?!\d)")  # a year right after a noun of year


def _unit(f: Scan, a: Atom) -> bool:
    """The unit after a number (and its scale); ``False`` where the letters after it are a name."""
    p, text = f.p, f.text
    pos = a.end
    rm = near(DIGITS_AGAIN, text, pos) if a.kind == "words" else None
    if rm is not None and Decimal(rm.group(1)) == a.value and p.unit_re.match(text, rm.end()) is not None:
        pos = rm.end()  # "dix (10) mois", "ten (10) months": the digits repeat the words, the unit follows
    elif text[a.start - 1 : a.start] == "(" and text[pos : pos + 1] == ")" and p.unit_re.match(text, pos + 1) is not None:
        pos += 1  # "بارتفاع (37) مترا": digits set in brackets, then their unit
    lm = near(p.link_re, text, pos) if (a.has_scale or a.fraction) and p.link_re is not None else None
    if lm is not None and p.unit_re.match(text, lm.end()) is not None:
        pos = lm.end()  # "5 millions de dollars"
    um = p.unit_re.match(text, pos)
    if um is None and (a.kind == "vague" or a.has_scale) and p.glued_article_re is not None:
        am = p.glued_article_re.match(text, pos)  # "آلاف السنين", "مئات الساعات": the unit with its article
        um2 = p.unit_re.match(text, am.end()) if am else None
        if am is not None and um2 is not None and um2.group()[:1] not in " \t" and norm_key(text[pos : um2.end()].strip()) not in p.year_nouns:
            um, pos = um2, am.end()  # ("12 بليونا العام الماضي": the year of the amount, no unit)
    if um is None and a.kind in ("digits", "vague") and p.link_re is not None and p.glued_article_re is not None:
        # "2 من الأيام", "قبل 2 من الأسابيع", "2 من الأمتار": a unit of measure under its article; after
        # a vague plural any unit ("التريليونات من الأميال", trillions of miles)
        lm = near(p.link_re, text, pos)
        am = p.glued_article_re.match(text, lm.end() - 1) if lm is not None else None
        um2 = p.unit_re.match(text, am.end()) if am is not None else None
        if am is not None and um2 is not None and um2.group()[:1] not in " \t":
            if a.kind == "vague" or p.units[norm_key(um2.group())].canonical.split(":")[0] not in ("count", "currency", "percent"):
                um, pos = um2, am.end()
    if um is None and p.time_adjective_re is not None and (tm := p.time_adjective_re.match(text, pos)):
        um2 = p.unit_re.match(text, tm.end())
        if um2 is not None and p.units[norm_key(um2.group().lstrip(" \t-"))].canonical == "duration:s":
            um = um2  # "les 15 dernières années"
    if um is None and a.unit is None and a.kind == "digits" and (ub := _unit_before(f, a)) is not None:
        a.unit, a.value = ub.canonical, a.value * ub.factor
        return True
    if um:
        surface = norm_key(um.group().lstrip(" \t-"))
        unit = p.units[surface]
        glued = um.group()[:1] not in " \t" and pos == a.end
        if glued and surface.isalpha() and len(surface) == 1 and a.value == a.value.to_integral() and _letter_name(f, a, um, unit):
            return False  # "5G", "3D": a name, judged by the identifier rule ("38C" is a temperature)
        if len(surface) == 1 and surface.isalpha() and regex.match(r"[-\d]", text[um.end() : um.end() + 1]):
            return False  # "One C-160", "5 W-3": a model name, not a unit
        nxt = p.word_re.match(text, um.end())
        if unit.canonical == "duration:s" and nxt and norm_key(nxt.group(1)) in p.weekdays:
            return False  # "يوم الاثنين" is "on Monday", not a number of days
        if unit.canonical == "duration:s" and surface in p.year_nouns and _YEAR_NEXT.match(text, um.end()):
            return False  # "للفورمولا 1 عام 1991": the noun of the year after it ("in the year 1991")
        if unit.canonical == "duration:s" and YEAR_RE.fullmatch(text, a.start, a.num_end) and before(f, p.year_before_re, a.start):
            return False  # "من عام 2003 عقد النادي العزم": a year its word names, then a verb
        if surface in p.mass_units and p.mass_words_re.search(clause_before(text, a.start, 60)):
            unit = Unit("mass:kg", p.mass_units[surface])  # "weighed 1,000 pounds"
        if a.unit is None or unit.canonical == a.unit:
            a.unit = unit.canonical
            a.value *= unit.factor
            a.unit_surface = surface
            a.unit_glued = glued
            a.end = um.end()
    return True


def _letter_name(f: Scan, a: Atom, um: regex.Match[str], unit: Unit) -> bool:
    """Whether one letter glued to an integer, a unit's surface, names something ("5G", "3D")
    rather than measures: never a lower-case length ("ran 100m", "10m high"; "5M" is million), watts
    ("a 10W bulb") or a unit closing a range ("a 5-10W charger"); a temperature only in capitals
    after no name ("38C")."""
    text = f.text
    if (unit.canonical.startswith("length:") and um.group().islower()) or unit.canonical.startswith("power:"):
        return False
    if _RANGE_OPENED.search(text, max(0, a.start - 12), a.start) is not None:
        return False
    named = CAPWORD_BEFORE.search(left(text, a.start)) or regex.match(r"[ \t]+\p{Lu}", text[um.end() : um.end() + 3])
    return not (unit.canonical.startswith("temperature:") and um.group()[-1:].isupper()) or named is not None


def _unit_before(f: Scan, a: Atom) -> Unit | None:
    """A unit of time under its article, then the article alone before the digits and a word of time
    after them: "خلال الساعات الـ 24 الماضية" (the past 24 hours), "الأشهر الـ 12 المقبلة". The
    digits count that unit (and the word of time makes it a time frame, no claim)."""
    articles = f.p.clitic_table.articles
    if not articles or not f.text[max(0, a.start - 4) : a.start].rstrip().endswith(articles):
        return None  # the quick test: most digits have no article alone before them
    if not f.p.time_after_re.match(f.text, a.end):
        return None  # "القرن الـ 21" is the 21st century: an ordinal, with no word of time after it
    wm = _ARTICLE_BEFORE.search(f.text, max(0, a.start - 40), a.start)
    if wm is None or norm_key(wm.group(2)) not in articles:
        return None
    word = norm_key(wm.group(1))
    article = next((x for x in articles if word.startswith(x) and len(word) > len(x) + 2), None)
    unit = f.p.units.get(word[len(article) :]) if article is not None else None
    return unit if unit is not None and unit.canonical == "duration:s" else None


def and_half(f: Scan, a: Atom) -> None:
    """A half written between the number and its scale or unit: "two and a half years", "2 and a
    half million" (a half after the unit is read with the claim: ``halves.with_halves``)."""
    p, text = f.p, f.text
    # bounded (near): unbounded, the regex module looks for the word of the half ("half", "نصف")
    # up to the end of the paragraph at every number
    hm = near(p.and_half_re, text, a.end) if p.and_half_re is not None else None
    if hm is None:
        return
    sm = p.scale_re.match(text, hm.end())
    if a.has_scale:
        _half_of_scale(f, a, hm.end())
        return
    if sm is not None:
        a.value = (a.value + Decimal("0.5")) * p.numbers[norm_key(sm.group())][1]
        a.end, a.has_scale = sm.end(), True
    elif p.unit_re.match(text, hm.end()) is not None:
        a.value += Decimal("0.5")
        a.end = hm.end()



def _half_of_scale(f: Scan, a: Atom, at: int) -> None:
    """A half after a number with its scale, at ``at`` after the word of the half: of the scale
    named again ("خمسة ملايين ونصف مليون", "مليون ونصف المليون") or of the number's own ("مليون
    ونصف", "2 million and a half"): 5.5 million, 1.5 million, 2.5 million."""
    p, text = f.p, f.text
    own = None
    for own in p.scale_re.finditer(text, a.start, a.end):
        pass  # the number's last scale word
    if own is None:
        return
    am = p.glued_article_re.match(text, at) if p.glued_article_re is not None else None
    sm = p.scale_re.match(text, at) or (p.scale_re.match(text, am.end()) if am is not None else None)
    scale = p.numbers[norm_key((sm or own).group())][1]
    if scale > a.value:
        return
    a.value += scale / 2
    a.end = sm.end() if sm is not None else at

def glued_scale(f: Scan, gm: regex.Match[str]) -> bool:
    """Whether a letter glued to digits is a scale: ``M``, ``bn``, ``k`` always; a lower-case
    ``m`` only where the pack reads it so and a counted noun or a unit follows ("1.5m customers",
    "1.2m tons"), never before a length context ("ran 100m", "a 10m wall")."""
    letter = gm.group(1)
    if letter != "m":
        return True
    if letter not in f.p.million_glued or gm.group(2) is None:
        return False
    before = regex.search(r"(\w+)[ \t]+[\d.,]+\Z", f.text[max(0, gm.start() - 30) : gm.start()])
    if before is not None and f.p.numbers.get(norm_key(before.group(1)), ("", 0))[0] == "weak":
        return False  # "a 10m wall": a measure used as an adjective
    if f.p.race_after_re.match(f.text, gm.end(1)) or f.p.metres_after_re.match(f.text, gm.end(1)):
        return False  # "the 400m hurdles", "10m high": metres (the race rule reads the same words)
    word = norm_key(gm.group(2))
    if word in f.p.units:
        return not f.p.units[word].canonical.startswith("length:")
    return word not in f.p.stopwords and word not in f.p.counted_skip and len(word) > 2


def second_atom(f: Scan, pos: int) -> Atom | None:
    """The second number of a range or a span after a joiner at ``pos``, if it reads as one."""
    f.read_far = True  # the masks' date pattern may read a run of days to its end (memo.py)
    cm = _CURRENCY_SIGN.match(f.text, pos)  # "between $62 and $68": the second sign is the same unit
    if cm is not None and f.p.units.get(norm_key(cm.group(1)), _NO_UNIT).canonical.startswith("currency:"):
        pos = cm.end()
    m = f.p.candidates.match(f.text, pos)
    if m is None and pos > 0 and f.text[pos - 1].isalpha():
        m = f.p.candidates.match(f.text, pos - 1)  # a joiner glued to the number as its clitic: "ثلاثة وستة"
    if m is None or m.group("vague") is not None or f.masks.hit(m.start(), m.end()):
        return None
    b = atom_at(f, m)
    if b is None or (b.kind == "digits" and is_identifier(f, b, second=True)):
        return None
    return b


def scale_factor(f: Scan, b: Atom) -> Decimal | None:
    """The scale word the second number of a range carries ("5 and 6 *million*")."""
    for word in reversed(f.text[b.start : b.end].split()):
        entry = f.p.numbers.get(norm_key(word))
        if entry is not None and entry[0] in ("scales", "hundreds"):
            return entry[1]
    return None
