"""Find quantities in normalised text: number, scale, unit, qualifier, range, counted noun.

``find_quantities(text, pack)`` is a pure function over one paragraph of normalised text; it
returns hits with offsets into that text. What is *not* a quantity (dates, years, times of day,
ordinals, labels, names and identifiers with digits, phone numbers, scores, durations that only
place something in time) is decided here too, from the pack's context lists.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs import DateScan, Pack, Unit
from claimx.quantities.numbers import parse_digits, parse_words

_WINDOW = 48
_CLOCK = regex.compile(r"(?<![\d.,:])\d{1,2}(?:\s?[:h]\s?\d{2}|\s?h\s?\d(?!\d)|h)(?![\w:])", regex.IGNORECASE)
# A number that opens a line and is followed by a list mark: a paragraph or section number
# ("31. The", "٢٥ - وفي", "52- فيما", "5.1 Overview", "ألف - العضوية"), not a quantity.
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*[(\[\"'`‘“]?[ \t]*\Z")
_LIST_MARK = regex.compile(r"[ \t]*(?:[.)\]`'’:][ \t]|[.)\]`'’:]?[ \t]*[-–—][ \t]*(?=\p{L})|[ \t]+(?=\p{Lu}))")
_SECTION = regex.compile(r"\d+(?:\.\d+)+")
_NO_UNIT = Unit("", Decimal(1))
_DIGITS_AGAIN = regex.compile(r"[ \t]*\((\d{1,6})\)")
_CALENDAR_SECONDS = 3_650_000 * 86_400  # a duration beyond it ("seven million years ago") places nothing in the calendar
_MAX_MAGNITUDE = 18  # no quantity in the news reaches 10**18 of its canonical unit
#: The bound on a claim's magnitude: anything larger ("1" and 4,300 zeros, "5 billion billion …") is a
#: run of digits or a stutter, dropped, so no record carries a number JSON readers cannot hold.
MAX_VALUE = Decimal(10) ** _MAX_MAGNITUDE


def _sane(v: Decimal) -> bool:
    """A value of a sane magnitude ("1" + "0" * 4300, "5 billion billion …" are no quantity)."""
    return v.is_finite() and (v == 0 or v.adjusted() < _MAX_MAGNITUDE)
_SCORE = regex.compile(r"(?<![\d:.,])\d{1,2}:\d(?![\d:])")  # "2:2", "3:1": a score or a degree class
# Scale letters glued to digits: "4.3M sales", "$2bn", "10k runners", and (in English) "1.5m customers".
_GLUED_SCALE = regex.compile(r"(bn|mn|tn|[mMkK])(?![\w²³/])([ \t]+[\p{L}]+)?")
_GLUED_SCALES = {"bn": Decimal(10) ** 9, "mn": Decimal(10) ** 6, "tn": Decimal(10) ** 12, "m": Decimal(10) ** 6, "k": Decimal(1000)}
_SYMBOL_YEAR = regex.compile(r"[ \t]*\((?:1[89]\d\d|20\d\d|\p{L}{1,3}-\d{1,3})\)")
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3}
_CURRENCY_SIGN = regex.compile(r"((?:\p{Lu}{1,2})?[$€£¥₹₽₺₴₸])[ \t]?(?=\d)")
_PHONE = regex.compile(
    r"(?<![\w+])(?:\+\d{1,4}(?:[ .-]?\(?\d{1,4}\)?){2,}\d"  # +212 5 22 45 67 89
    r"|0\d(?:[ .]\d{2}){4}"  # 01 23 45 67 89
    r"|\(\d{3}\)\s*\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?!\d)"
)
_CAPWORD_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\p{M}-]))(\p{L}?\p{Lu}[\p{L}\p{M}]*)\s\Z")
_SENT_START = regex.compile(r"(?:^|[.!?:;\n«\"“(]\s*)\Z")
_HAS_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True, slots=True)
class Hit:
    """A quantity found in normalised text (offsets are into that text)."""

    start: int
    end: int
    value: Decimal
    value_high: Decimal | None
    unit: str
    qualifier: str
    counted: str | None
    counted_span: tuple[int, int] | None
    vague: bool = False
    unit_factor: Decimal = Decimal(1)  # the factor of the unit surface written (km: 1000)
    change: str | None = None  # "up" / "down" (see Claim.quantity.change)
    baseline: Decimal | None = None


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: Decimal
    kind: str  # digits | words | vague
    grouped: bool = False
    has_scale: bool = False
    unit: str | None = None
    unit_surface: str | None = None
    unit_glued: bool = False
    currency_prefix_start: int | None = None
    num_end: int = 0
    num_value: Decimal = Decimal(0)


_MASK_REACH = 40  # characters around a number searched for a date, clock time or phone number


class _Masks:
    """Spans that hold no claim (dates, clock times, phone numbers), looked for only where a number is.

    A date that holds a number either starts at it (``21 septembre``, ``21/09/2022``, ``les 2 et 3
    octobre``) or starts at a month name just before it (``September 21``, ``mars 2022``); a later
    number of a date found earlier (its year) is covered by that date's span.
    """

    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.pack = pack
        # The union of the spans found so far, as sorted disjoint intervals (a list of thousands of
        # "12/5/17" dates is searched in log time, not span by span).
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.dates = DateScan(text, pack)

    def covered(self, s: int, e: int) -> bool:
        i = bisect_right(self.ends, s)  # the first interval ending after s
        return i < len(self.starts) and self.starts[i] < e

    def add(self, a: int, b: int) -> None:
        i = bisect_left(self.ends, a)
        j = bisect_right(self.starts, b)
        if i < j:
            a, b = min(a, self.starts[i]), max(b, self.ends[j - 1])
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]

    def hit(self, s: int, e: int) -> bool:
        text, p = self.text, self.pack
        if self.covered(s, e):
            return True
        found = [
            self.dates.match(s),
            p.hijri_re.match(text, s),
            _CLOCK.match(text, s),
            _SCORE.match(text, s),
            _PHONE.search(text, max(0, s - 20), e + 25),
        ]
        jm = p.date_joiner_re.match(text, e) if text[s:e].isdigit() and e - s <= 2 else None
        if jm is not None:  # "du 11 au 24 février", "on 7 and 8 January", "le 8 et le 9 décembre", "يومي 8 و9"
            dm = self.dates.match(jm.end())
            if dm is not None and dm.end() > dm.start():
                self.add(s, dm.end())
        mt = p.month_tail_re.search(text, max(0, s - 30), s)
        if mt:
            found.append(self.dates.match(mt.start()))
        for m in found:
            if m is not None and m.end() > m.start():
                self.add(m.start(), m.end())
        return self.covered(s, e)


def _left(text: str, i: int) -> str:
    return text[max(0, i - _WINDOW) : i]


class _Finder:
    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.p = pack
        self.masks = _Masks(text, pack)
        self.label_end = -1  # where the last label number ended ("article 15"), for the list after it
        self._digit_run = (0, 0)  # the last run of digits scanned by digits_end

    # -- atoms -----------------------------------------------------------------------------------
    def atom_at(self, m: regex.Match[str]) -> _Atom | None:
        p = self.p
        if m.group("digits") is not None:
            if len(m.group("digits")) > 40:
                return None  # a run of digits no quantity is written with (a serial, a key, a fuzzer)
            parsed = parse_digits(m.group("digits"), p)
            if parsed is None:
                return None
            value, grouped = parsed
            raw = m.group("digits")
            vulgar = _VULGAR.get(self.text[m.end() : m.end() + 1])
            if grouped and p.dot_groups and regex.fullmatch(r"\d{1,3}[.]\d{3}", raw) and p.scale_re.match(self.text, m.end()):
                value, grouped = Decimal(raw), False  # "2.500 مليون" is 2.5 million
            atom = _Atom(m.start(), m.end(), value, "digits", grouped=grouped)
            if vulgar is not None:  # "1½", "29¾"
                atom.value += vulgar
                atom.end += 1
        elif m.group("vague") is not None:
            atom = _Atom(m.start("vague"), m.end(), p.vague[norm_key(m.group("vague"))], "vague", has_scale=True)
            self.extend_right(atom)  # "des milliards de dollars", "thousands of barrels"
            return atom
        else:
            words = parse_words(m.group("words"), p)
            if words is None:
                return None
            value, has_scale, offset = words
            atom = _Atom(m.start() + offset, m.end(), value, "words", has_scale=has_scale)
        self.extend_right(atom)
        return atom

    def extend_right(self, a: _Atom) -> None:
        """Scale words, currency abbreviations and the unit after a number."""
        p, text = self.p, self.text
        cur = p.currency_before_re.search(_left(text, a.start))
        if cur:
            a.currency_prefix_start = a.start - (len(_left(text, a.start)) - cur.start())
            a.unit = p.units[norm_key(cur.group().strip().rstrip("-−"))].canonical
        if a.kind == "digits":
            while sm := p.scale_re.match(text, a.end):
                if abs(a.value) <= MAX_VALUE:  # beyond it the claim is dropped: stop multiplying
                    a.value *= p.numbers[norm_key(sm.group())][1]
                a.end = sm.end()
                a.has_scale = True
            if not a.has_scale:
                gm = _GLUED_SCALE.match(text, a.end)
                if gm is not None and self.glued_scale(gm):
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
        a.num_end, a.num_value = a.end, a.value
        pos = a.end
        if a.has_scale and p.link_re is not None:
            lm = p.link_re.match(text, pos)
            if lm:
                um = p.unit_re.match(text, lm.end())
                if um:
                    pos = lm.end()
        um = p.unit_re.match(text, pos)
        if um is None and p.time_adjective_re is not None and (tm := p.time_adjective_re.match(text, pos)):
            um2 = p.unit_re.match(text, tm.end())
            if um2 is not None and p.units[norm_key(um2.group().lstrip(" \t-"))].canonical == "duration:s":
                um = um2  # "les 15 dernières années"
        if um:
            surface = norm_key(um.group().lstrip(" \t-"))
            unit = p.units[surface]
            glued = um.group()[:1] not in " \t" and pos == a.end
            if glued and surface.isalpha() and len(surface) == 1 and a.value == a.value.to_integral():
                named = _CAPWORD_BEFORE.search(_left(text, a.start)) or regex.match(r"[ \t]+\p{Lu}", text[um.end() : um.end() + 3])
                if not (unit.canonical.startswith("temperature:") and um.group()[-1:].isupper()) or named:
                    return  # "5G", "3D": a name, judged by the identifier rule ("38C" is a temperature)
            if len(surface) == 1 and regex.match(r"[-\d]", text[um.end() : um.end() + 1]):
                return  # "One C-160", "5 W-3": a model name, not a unit
            nxt = p.word_re.match(text, um.end())
            if unit.canonical == "duration:s" and nxt and norm_key(nxt.group(1)) in p.weekdays:
                return  # "يوم الاثنين" is "on Monday", not a number of days
            clause = regex.split(r"[.;!?؟\n]", text[max(0, a.start - 60) : a.start])[-1]
            if surface in p.mass_units and p.mass_words_re.search(clause):
                unit = Unit("mass:kg", p.mass_units[surface])  # "weighed 1,000 pounds"
            if a.unit is None or unit.canonical == a.unit:
                a.unit = unit.canonical
                a.value *= unit.factor
                a.unit_surface = surface
                a.unit_glued = glued
                a.end = um.end()
        if a.unit in (None, "temperature:C") and p.magnitude_before_re.search(_left(text, a.start)):
            a.unit, a.value = "other:magnitude", a.num_value  # "magnitude 7.5", "بقوة 7.1 درجات"

    # -- rules -----------------------------------------------------------------------------------
    def is_identifier(self, a: _Atom, second: bool = False) -> bool:
        """Digits stuck to letters (COVID-19, H5N1, A320, 5G) are names, not numbers.

        A number glued to a previous one by ``-`` or ``/`` (``24/7``, the ``1`` of a score
        ``2-1``) is not a claim of its own either, unless it is read as the end of a range.
        """
        text, p = self.text, self.p
        s = a.start
        if s > 0:
            prev = text[s - 1]
            if prev.isalpha():
                glued_ok = p.glued_letter_re is not None and p.glued_letter_re.match(prev) is not None
                if not glued_ok and (p.digit_prefix_re is None or not p.digit_prefix_re.search(_left(text, s))):
                    return True
            if prev in "-/~" and s > 1 and (text[s - 2].isalpha() or (text[s - 2].isdigit() and not second)):
                if p.negative_re is not None and p.negative_re.search(_left(text, s)):
                    return False  # "minus-5 yards"
                return True
        digits_end = self.digits_end(s)
        if a.unit_glued or a.has_scale:
            return False
        if digits_end < len(text) and text[digits_end].isalpha():
            return True
        if digits_end + 1 < len(text) and text[digits_end] == "-" and text[digits_end + 1].isalpha():
            if p.age_after_re is not None and p.age_after_re.match(text, digits_end):
                return False
            return True
        return False

    def digits_end(self, s: int) -> int:
        """The end of the run of digits and inner separators starting at ``s`` ("1 200,5").

        A scan from inside a run scanned before ends where that one did: remembered, so a long
        run of numbers ("12 15 17 21 ...", a list of daily counts) is scanned once, not once per number."""
        lo, hi = self._digit_run
        if lo <= s < hi:
            return hi
        text = self.text
        end = s
        while end < len(text) and (text[end].isdigit() or text[end] in ".,' "):
            if text[end] in ".,' " and not (end + 1 < len(text) and text[end + 1].isdigit()):
                break
            end += 1
        self._digit_run = (s, end)
        return end

    def is_ordinal(self, a: _Atom) -> bool:
        p = self.p
        if p.ordinal_re is None:
            return False
        i = a.start
        while i < len(self.text) and self.text[i].isdigit():
            i += 1
        return bool(p.ordinal_re.match(self.text, i))

    def is_capitalised_name(self, a: _Atom) -> bool:
        """``Radio 4``, ``Ligue 1``, ``iPhone 15``: a small plain integer right after a capitalised word."""
        if a.grouped or a.has_scale or a.unit or a.value >= 10000 or a.value != a.value.to_integral():
            return False
        if self.p.glued_letter_re is not None:
            return False  # a caseless script: a Latin name in it says nothing of the number after it
        left = _left(self.text, a.start)
        m = _CAPWORD_BEFORE.search(left)
        if not m:
            return False
        word = norm_key(m.group(1))
        p = self.p
        if word in p.stopwords or word in p.months or word in p.weekdays or word in p.qualifiers_before:
            return False
        if any(q.split()[0] == word for q in p.qualifiers_before) or word in p.range_pairs:
            return False
        before = left[: m.start()]
        return not _SENT_START.search(before)

    def is_year(self, a: _Atom, counted: str | None) -> bool:
        if a.kind != "digits" or a.grouped or a.has_scale or a.unit or a.value != a.value.to_integral():
            return False
        raw = self.text[a.start : a.end].strip()
        if len(raw) != 4 or not (1000 <= a.value <= 2100):
            return False
        cm = self.p.year_before_re.search(_left(self.text, a.start))
        context = cm is not None
        if a.value < 1800:
            # "En 1683,", "في عام 1789": a year only where a year word says so; a range opener
            # ("from 1500 to 2000 people") or a joiner is not enough
            word = self.p.strip_clitic(norm_key(cm.group().strip()), self.p.qualifier_or_opener) if cm else ""
            weak = self.p.range_pairs.keys() | self.p.range_bare | self.p.connector_words
            return context and word not in weak
        if context or self.p.years_ungrouped:
            return True
        return counted is None

    def is_year_span(self, a: _Atom, b: _Atom, dashed: bool) -> bool:
        """Two years joined as a span: ``(1644-1912)``, ``2016-2017``, ``AD 1000–1300``."""
        for x in (a, b):
            raw = self.text[x.start : x.end].strip()
            if x.kind != "digits" or x.grouped or x.has_scale or x.unit or len(raw) != 4 or not 1000 <= x.value <= 2100:
                return False
        if not (a.value < b.value and b.value - a.value < 1000):
            return False
        # "the 2016-2017 budget" is a span of years; "from 1500 to 2000 people" is a count
        return dashed or self.counted_after(b.end)[0] is None

    def counted_after(self, end: int) -> tuple[str | None, tuple[int, int] | None]:
        p, text = self.p, self.text
        pos = end
        if p.counted_skip_re is not None:
            sm = p.counted_skip_re.match(text, pos)
            if sm:
                pos = sm.end()
        wm = p.word_re.match(text, pos)
        if not wm:
            return None, None
        word = wm.group(1)
        key = norm_key(word)
        if len(key) < 2 or key in p.stopwords or key in p.months or key in p.weekdays or key in p.numbers:
            return None, None
        if key in p.counted_skip or key in p.qualifiers_after or key in p.definite:
            return None, None
        return word.rstrip("'-"), (wm.start(1), wm.start(1) + len(word.rstrip("'-")))

    # -- main loop -------------------------------------------------------------------------------
    def run(self) -> list[Hit]:
        return [h for h in self._run() if _sane(h.value) and (h.value_high is None or _sane(h.value_high))]

    def _run(self) -> list[Hit]:
        p, text = self.p, self.text
        hits: list[Hit] = []
        pos = 0
        while True:
            m = p.candidates.search(text, pos)
            if m is None:
                break
            pos = max(m.end(), pos + 1)
            if self.masks.hit(m.start(), m.end()):
                continue
            a = self.atom_at(m)
            if a is None:
                continue
            hit, next_pos = self.build(a)
            pos = max(pos, next_pos)
            if hit is not None:
                hits.append(hit)
        hits = self.with_duals(hits)
        hits = self.with_ratios(hits)
        return self.compound(self.share_units(hits))

    def compound(self, hits: list[Hit]) -> list[Hit]:
        """Measures written in two units are one (``17 pounds 1 ounce``, ``5 feet 6 inches``,
        ``2 hours 30 minutes``)."""
        text = self.text
        out: list[Hit] = []
        for h in hits:
            if out:
                a = out[-1]
                gap = text[a.end : h.start]
                same_dimension = a.unit == h.unit and a.unit not in ("count", "percent") and not a.unit.startswith("currency:")
                if (
                    same_dimension
                    and a.value_high is None
                    and h.value_high is None
                    and h.unit_factor < a.unit_factor
                    and norm_key(gap) in ("", *self.p.connector_words)
                ):
                    out[-1] = Hit(a.start, h.end, a.value + h.value, None, a.unit, a.qualifier, None, None, a.vague, a.unit_factor)
                    continue
            out.append(h)
        return out

    def with_ratios(self, hits: list[Hit]) -> list[Hit]:
        """Fractions, multipliers and "one in five".

        ``half a million`` is 500 000 and ``half the population`` 50 percent (a fraction before a
        scale word scales it; before an ``of`` word it is a share of a whole); ``doubled`` is a
        ratio of 2 with ``change`` up, ``sixfold``/``ثلاثة أضعاف``/``multiplié par trois`` a ratio;
        ``one in five`` 20 percent. A found ratio replaces the plain numbers it covers.
        """
        p, text = self.p, self.text
        found: list[Hit] = []

        qualified = self.qualifier_before

        for m in p.fraction_re.finditer(text):
            s, e = m.start(), m.end()
            fkey = norm_key(m.group("f"))
            if fkey in p.fraction_shares:  # "ثلاثة أرباعها"
                start, qual = qualified(s)
                found.append(Hit(start, e, p.fraction_shares[fkey] * 100, None, "percent", qual, None, None))
                continue
            frac = p.fraction_words[p.strip_clitic(fkey, p.fraction_words)]
            nxt = regex.match(r"[ \t-]+(\w+)", text[e : e + 30])
            prev = regex.search(r"(\w+)[ \t]+\Z", text[max(0, s - 30) : s])
            not_share = (prev is not None and norm_key(prev.group(1)) in p.fraction_not_after) or (
                nxt is not None and norm_key(nxt.group(1)) in p.fraction_not_before
            )  # "the second half of 2015", "half time", "نصف النهائي"
            at = e
            if nxt and p.numbers.get(norm_key(nxt.group(1)), ("", 0))[0] == "weak":
                at = e + nxt.end()  # "half a million"
            elif nxt and regex.match(r"-\w", text[e : e + 2]):
                at = e + 1  # "un demi-million"
            sm = p.scale_re.match(text, at)
            if sm is not None:
                value = frac * p.numbers[norm_key(sm.group())][1]
                end, unit, factor = sm.end(), "count", Decimal(1)
                um = p.unit_re.match(text, end)
                if um is not None:
                    u = p.units[norm_key(um.group().lstrip(" \t-"))]
                    end, unit, factor = um.end(), u.canonical, u.factor
                start, qual = qualified(s)
                found.append(Hit(start, end, value * factor, None, unit, qual, None, None, unit_factor=factor))
            elif not not_share and self.share_follows(e):
                start, qual = qualified(s)
                found.append(Hit(start, e, frac * 100, None, "percent", qual, None, None))
        for m in p.multiplier_re.finditer(text):
            factor_, direction = p.multipliers[p.strip_clitic(norm_key(m.group("m")), p.multipliers)]
            start, qual = qualified(m.start())
            direction = direction or self.governing_change(start)  # "rose threefold"
            found.append(Hit(start, m.end(), factor_, None, "ratio", qual, None, None, change=direction))
        for m in p.fold_re.finditer(text):
            if (ratio := self._number(m, "d", "w")) is not None:
                start, qual = qualified(m.start())
                found.append(Hit(start, m.end(), ratio, None, "ratio", qual, None, None, change=self.governing_change(start)))
        for m in p.one_in_re.finditer(text):
            a, b = self._number(m, "d1", "w1"), self._number(m, "d2", "w2")
            if m.group("between") and a != 1:
                continue  # "un enfant sur cinq" takes a noun between; "5 people in 10 cities" is no share
            if a is not None and b is not None and 0 < a < b:
                start, qual = qualified(m.start())
                found.append(Hit(start, m.end(), a / b * 100, None, "percent", qual, None, None))
        for m in p.times_re.finditer(text):  # "multiplié par trois"
            if (ratio := self._number(m, "d", "w")) is not None:
                found.append(Hit(m.start(), m.end(), ratio, None, "ratio", "exact", None, None, change="up"))
        out = list(hits)
        if not found:
            return out
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for h in found:
            if any(k.start < h.end and h.start < k.end for k in kept) or self.masks.hit(h.start, h.end):
                continue
            kept.append(h)
        out = [h for h in out if not any(k.start < h.end and h.start < k.end for k in kept)]
        return sorted(out + kept, key=lambda h: h.start)

    def qualifier_before(self, s: int) -> tuple[int, str]:
        """Where a qualifier before ``s`` starts ("more than", "أكثر من") and which it is; ``(s, "exact")`` if none."""
        p, left = self.p, _left(self.text, s)
        qm = p.qual_before_re.search(left)
        if qm is None:
            return s, "exact"
        qual = p.qualifiers_before[p.strip_clitic(norm_key(qm.group().strip()), p.qualifier_or_opener)]
        return s - (len(left) - qm.start()), qual

    def governing_change(self, start: int) -> str | None:
        """The direction of a word of change right before a multiplier ("ارتفعت الأسعار ثلاثة أضعاف")."""
        direction = self.change_before(start)
        return direction if direction in ("up", "down") else None

    def share_follows(self, end: int) -> bool:
        """Whether the words after a fraction name the whole it is a share of ("half *the*
        population", "la moitié *de*", "نصف *ال*سكان", and in Arabic any noun: "نصف سكان")."""
        p, text = self.p, self.text
        om = p.fraction_of_re.match(text, end)
        if om is not None and om.end() > end:
            return regex.match(r"[ \t]*\d", text[om.end() : om.end() + 3]) is None  # "half of 2015" is a part of a year
        return p.fraction_any_of and regex.match(r"[ \t]+[\p{L}\d]", text[end : end + 3]) is not None  # "ثلث 1200 شركة"

    def _number(self, m: regex.Match[str], digits: str, words: str) -> Decimal | None:
        if m.group(digits) is not None:
            parsed = parse_digits(m.group(digits), self.p)
            return parsed[0] if parsed else None
        if m.group(words) is not None:
            w = parse_words(m.group(words), self.p)
            if w is None:
                # a lone "one"/"un"/"واحد" is no count, but it is the "one" of "one in five"
                key = norm_key(m.group(words))
                entry = self.p.numbers.get(key)
                return entry[1] if entry else None
            return w[0]
        return None

    def with_duals(self, hits: list[Hit]) -> list[Hit]:
        """Nouns in the dual are two of their noun: ``ميداليتين`` (two medals), ``لمدة ساعتين`` (two hours).

        A dual with the article is a reference (``الحافتان``), and a dual duration after a word that
        places a claim in time (``خلال يومين``) is time, as for any duration.
        """
        p, text = self.p, self.text
        if p.dual_re is None:
            return hits
        found: list[Hit] = []
        for m in p.dual_re.finditer(text):
            word = m.group("w")
            key = norm_key(word)
            if key.startswith("ال") or key in p.dual_not or key.endswith(p.dual_not_endings) or key in p.numbers:
                continue
            if key in p.units or key in p.vague:
                continue
            s, e = m.start(), m.end()
            if any(h.start < e and s < h.end for h in hits) or self.masks.hit(s, e):
                continue
            if found and not text[found[-1].end : s].strip():
                continue  # an adjective agreeing with the dual before it: ميداليتين ذهبيتين
            start, qualifier = self.qualifier_before(s)
            seconds = p.dual_durations.get(key)
            if seconds is not None:
                if qualifier in ("exact", "approx") and (
                    p.time_before_re.search(_left(text, start)) or p.time_after_re.match(text, e)
                ):
                    continue
                found.append(Hit(start, e, seconds, None, "duration:s", qualifier, None, None, unit_factor=seconds / 2))
            else:
                found.append(Hit(start, e, Decimal(2), None, "count", qualifier, word, (m.start("w"), e)))
        return sorted(hits + found, key=lambda h: h.start) if found else hits

    def share_units(self, hits: list[Hit]) -> list[Hit]:
        """A unit written once after coordinated numbers belongs to each: ``6 by 6 cm``,
        ``billets de 5 et 100 dollars``, ``15kHz and 17kHz`` stays as written."""
        out = list(hits)
        for i in range(len(out) - 2, -1, -1):
            a, b = out[i], out[i + 1]
            if a.unit != "count" or a.counted is not None or a.vague or b.unit in ("count", "age:year"):
                continue
            gap = norm_key(self.text[a.end : b.start])
            if gap and gap not in self.p.coordinators:
                continue
            factor = b.unit_factor
            high = a.value_high * factor if a.value_high is not None else None
            out[i] = Hit(a.start, a.end, a.value * factor, high, b.unit, a.qualifier, None, None, a.vague, factor)
        return out

    def build(self, a: _Atom) -> tuple[Hit | None, int]:
        p, text = self.p, self.text
        if a.kind == "words" and (self.next_to_ordinal(a) or self.is_capitalised_words(a)):
            return None, a.end
        if a.kind == "words" and p.label_before_re.search(regex.sub(r"-\Z", " ", _left(text, a.start))):
            return None, a.end  # "top-ten positions", "chapter two"
        if a.kind == "digits" and not a.unit and p.label_after_re.match(text, a.num_end):
            return None, a.end  # "1, rue Sésame": an address
        if a.kind == "digits" and not a.grouped and not a.unit and p.year_after_re.match(text, a.num_end):
            return None, a.end  # "356 BC", "356 قبل الميلاد": a year of an era
        if self.is_line_label(a) or self.is_listed_label(a):
            self.label_end = a.end
            return None, a.end
        if a.kind == "digits":
            if self.is_identifier(a) or self.is_ordinal(a):
                return None, a.end
            if p.label_before_re.search(_left(text, a.start)) or _SYMBOL_YEAR.match(text, a.num_end):
                self.label_end = a.end
                return None, a.end  # "article 15", "resolution 2117 (2013)", "القرار 1696 (د-16)"
            if self.is_capitalised_name(a):
                return None, a.end
        start = a.start if a.currency_prefix_start is None else a.currency_prefix_start
        # Age: "24-year-old", "âgé de 29 ans", "Alexandre, 29 ans,", "Bair, 35,", "aged 65 or more".
        qm = p.qual_before_re.search(_left(text, start))
        qual_start = start - (len(_left(text, start)) - qm.start()) if qm else start
        age_end = self.age_end(a, qual_start)
        if age_end is not None:
            a.unit, a.value, a.end = "age:year", a.num_value, age_end
        if self.is_year(a, None) and p.year_before_re.search(_left(text, a.start)):
            jm = p.joiner_re.match(text, a.end)
            b = self.second_atom(jm.end()) if jm else None
            if b is not None and self.is_year_span(a, b, jm is not None and not jm.group().strip().isalpha()):
                return None, b.end  # "AD 1000–1300", "in 2016-2017"
            return None, a.end
        # Ranges: "between 5,000 and 6,000", "de 5 000 à 6 000", "5,000-6,000", "من 5000 إلى 6000".
        value_high: Decimal | None = None
        end = a.end
        opener = p.opener_re.search(_left(text, qual_start))
        jm = p.joiner_re.match(text, a.end) if a.kind != "vague" and a.unit != "age:year" else None
        if jm:
            joiner = norm_key(jm.group("j") or jm.group("j2"))
            opener_key = p.strip_clitic(norm_key(opener.group().strip()), p.qualifier_or_opener) if opener else None
            paired = opener_key is not None and joiner in p.range_pairs.get(opener_key, frozenset())
            b = self.second_atom(jm.end()) if paired or joiner in p.range_bare else None
            if not paired and joiner.isalpha() and self.change_before(qual_start) not in (None, "either"):
                b = None  # "fell by 800,000 to 124 million": a change and the level it reached
            if b is not None and a.unit is not None and b.unit is not None and a.unit != b.unit:
                b = None  # "7.3 percent to 286 billion dirhams": two claims, not a range
            if b is not None and a.unit_surface is not None and b.unit is None:
                b = None  # "1,2 % à 7 345 points": a unit on the first number only is no range
            if b is not None:
                lo, hi = a.value, b.value
                if not a.has_scale and b.has_scale and a.unit is None:
                    factor = _scale_factor(self, b)
                    if factor and lo * factor < hi:
                        lo *= factor
                if a.unit is None and b.unit is not None:
                    lo *= p.units[b.unit_surface].factor if b.unit_surface else 1
                    a.unit = b.unit
                elif b.unit is None and a.unit is not None and a.unit_surface:
                    hi *= p.units[a.unit_surface].factor
                to_after = regex.match(r"[ \t]*(\w+)", text[b.end : b.end + 30])
                if to_after is not None and norm_key(to_after.group(1)) in p.change_to:
                    paired_change = False  # "ارتفع من حوالي 5000 إلى 6000 إلى المستوى الطبيعي": the level comes after
                else:
                    paired_change = True
                if paired and paired_change and opener is not None and opener_key in p.change_from:
                    opener_start = qual_start - (len(_left(text, qual_start)) - opener.start())
                    direction = self.change_before(opener_start, loose=True)
                    if direction is not None:  # "fell from $36,040 to $34,935": the new level, the old kept
                        if direction == "either":
                            direction = "up" if hi > lo else "down" if hi < lo else None
                        b_start = b.start if b.currency_prefix_start is None else b.currency_prefix_start
                        b_unit = b.unit or a.unit or "count"
                        counted, cspan = self.counted_after(b.end) if b_unit == "count" else (None, None)
                        hit = self.finish(b, b_start, b.end, hi, None, b_unit, "exact", counted, cspan, direction, lo)
                        return hit, b.end
                if self.is_year_span(a, b, not paired and not joiner.isalpha()):
                    return None, b.end  # "2021-2022", "(1644-1912)"
                if lo < hi:
                    a.value, value_high, end = lo, hi, b.end
                    start = qual_start
                    if paired and opener is not None:
                        start -= len(_left(text, start)) - opener.start()
                elif joiner in ("-", "–", "—") and a.unit is None and b.unit is None:
                    return None, b.end  # a score: "won 2-1"
        qualifier = "exact"
        qstart = start
        if value_high is not None:
            qualifier = "range"
        else:
            if qm:
                qualifier = p.qualifiers_before[p.strip_clitic(norm_key(qm.group().strip()), p.qualifier_or_opener)]
                qstart = qual_start
                if norm_key(qm.group().strip()) in p.change_to and self.change_before(qual_start, loose=True):
                    qualifier = "exact"  # "تراجعت ... لتصل إلى 2.8 مليون": the level reached, not "up to"
            else:
                am = p.qual_after_re.match(text, end)
                if am:
                    qualifier = p.qualifiers_after[norm_key(am.group().strip(" ,\t\n"))]
                    end = am.end()
            if a.kind == "vague" and qualifier == "exact":
                qualifier = "at_least"
        unit = a.unit or "count"
        counted, cspan = (None, None)
        dm = _DIGITS_AGAIN.match(text, end) if a.kind == "words" else None
        if dm is not None and Decimal(dm.group(1)) == a.value:
            end = dm.end()  # "Two (2) posts", "deux (2) postes": the digits repeat the words
        if unit == "count":
            counted, cspan = self.counted_after(end)
            if value_high is None and qualifier == "exact" and counted is not None:
                am = p.qual_after_re.match(text, cspan[1]) if cspan else None
                if am:
                    qualifier = p.qualifiers_after[norm_key(am.group().strip(" ,\t\n"))]
        # Not claims: years, clock times, durations that place a claim in time, reference words.
        definite_after = counted is not None and norm_key(counted).startswith(tuple(p.definite))  # "ال48 الماضية"
        if a.kind == "digits" and (counted is None or definite_after) and a.start > 0 and text[a.start - 1].isalpha():
            if p.definite_re is not None and p.definite_re.search(_left(text, a.start)):
                return None, end  # "القرن الـ21", "للمرة الـ12": the article makes an ordinal reference
        if self.is_year(a, counted) and qualifier == "exact":
            return None, end
        if self.is_clock(a, unit, counted, qualifier, end):
            return None, end
        if unit == "duration:s" and qualifier in ("exact", "approx") and a.value <= _CALENDAR_SECONDS:
            if p.time_before_re.search(_left(text, qstart)) or p.time_after_re.match(text, end):
                return None, end
        if a.kind == "words" and not a.has_scale and unit == "count":
            if counted is None and a.value < 100 and qualifier == "exact" and not p.partitive_re.match(text, end):
                return None, end  # ("seize d'entre elles", "more than twenty" count: the whole is named)
            named_before = regex.search(rf"(?<!\w){regex.escape(text[a.start : a.num_end])}(?!\w)", text[: a.start], regex.I)
            if p.definite_re is not None and p.definite_re.search(_left(text, qstart)) and (
                a.value < 4 or counted is None or named_before
            ):
                return None, end  # "the two countries", "aucune des quatre régions" (named before) refer back; "the nine victims" tells how many
        if counted is not None and cspan is not None and p.ago_after_re is not None and p.ago_after_re.match(text, cspan[1]):
            return None, end  # "three seasons ago": a count that only places the sentence in time
        change = None
        value = a.value
        if value_high is None and unit not in ("age:year",):
            change = self.change_before(qstart, count=unit == "count") or (
                self.change_after(end) if unit != "count" else None
            )
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
            nm = p.negative_re.search(_left(text, a.start)) if p.negative_re is not None else None
            glued = nm is not None and nm.group().rstrip().endswith("-")
            if nm is not None and qualifier == "exact" and value > 0 and (unit.startswith("temperature:") or glued):
                value = -value  # "moins 5 degrés", "سالب 5", "minus-5 yards"
                qstart = min(qstart, a.start - (len(_left(text, a.start)) - nm.start()))
        return self.finish(a, qstart, end, value, value_high, unit, qualifier, counted, cspan, change), end

    def change_before(self, start: int, loose: bool = False, count: bool = False) -> str | None:
        """The direction of a word of change governing the number at ``start``: "rose 6.5%",
        "rose by 6.5%", "a augmenté de 5 %", "ارتفعت أسعار النفط بنسبة 5%", "fell to 4.7%"."""
        p, text = self.p, self.text
        left = text[max(0, start - (100 if loose else 60)) : start]
        last = None
        for m in p.change_word_re.finditer(left):
            last = m
        if last is None:
            return None
        gap = left[last.end() :]
        if regex.search(r"[.;:!?،؛,\n]", gap):
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
        if len(body) > limit or (numbers and end_word not in p.change_to) or numbers > 1:
            return None  # another number between: the word of change governs that one
        return direction

    def change_after(self, end: int) -> str | None:
        """A noun of change after the number: "a 3 percent drop", "5 % de hausse"."""
        p = self.p
        if p.change_after_re is None:
            return None
        m = p.change_after_re.match(self.text, end)
        return p.change_after[norm_key(m.group("w"))] if m else None

    def glued_scale(self, gm: regex.Match[str]) -> bool:
        """Whether a letter glued to digits is a scale: ``M``, ``bn``, ``k`` always; a lower-case
        ``m`` only where the pack reads it so and a counted noun or a unit follows ("1.5m customers",
        "1.2m tons"), never before a length context ("ran 100m", "a 10m wall")."""
        letter = gm.group(1)
        if letter != "m":
            return True
        if letter not in self.p.million_glued or gm.group(2) is None:
            return False
        before = regex.search(r"(\w+)[ \t]+[\d.,]+\Z", self.text[max(0, gm.start() - 30) : gm.start()])
        if before is not None and self.p.numbers.get(norm_key(before.group(1)), ("", 0))[0] == "weak":
            return False  # "a 10m wall": a measure used as an adjective
        word = norm_key(gm.group(2))
        if word in self.p.units:
            return not self.p.units[word].canonical.startswith("length:")
        return word not in self.p.stopwords and word not in self.p.counted_skip and len(word) > 2

    def is_clock(self, a: _Atom, unit: str, counted: str | None, qualifier: str, end: int) -> bool:
        """A time of day: ``at 10.15 a.m.``, ``1200 GMT``, ``à 15 heures``, ``à 12 h 40``, ``الساعة 4``."""
        p, text = self.p, self.text
        if a.kind != "digits" or a.has_scale:
            return False
        whole, _, minutes = text[a.start : a.num_end].replace(",", ".").partition(".")
        if not whole.isdigit() or (minutes and (len(minutes) != 2 or int(minutes) > 59)):
            return False
        after = p.clock_after_re.match(text, a.num_end) is not None
        if len(whole) == 4 and not minutes:  # "1200 GMT": hours and minutes run together
            return after and unit == "count" and int(whole[:2]) <= 24 and int(whole[2:]) < 60
        if len(whole) > 2 or int(whole) > 24:
            return False
        before = p.clock_before_re.search(_left(text, a.start)) is not None
        if unit == "count":
            return after or (before and (counted is None or bool(minutes)))
        hour_word = a.unit_surface is not None and p.clock_after_re.fullmatch(a.unit_surface) is not None
        if not hour_word or qualifier != "exact":
            return False
        # "à 15 heures" is a time of day; "après 10 heures de négociations" is a duration
        followed = p.counted_skip_re is not None and p.counted_skip_re.match(text, end) is not None
        return before and not followed

    def next_to_ordinal(self, a: _Atom) -> bool:
        """Number words that are part of an ordinal or a definite reference: ``القرن التاسع عشر``,
        ``الاثني عشر``, ``twenty-first``, ``vingt-deuxième``."""
        p, text = self.p, self.text
        before = regex.search(r"(\w+)[\s-]*\Z", text[max(0, a.start - 30) : a.start])
        after = regex.match(r"[\s-]*(\w+)", text[a.num_end : a.num_end + 30])
        for m in (before, after):
            if m is not None and p.strip_clitic(norm_key(m.group(1)), p.ordinal_words) in p.ordinal_words:
                return True
        return False

    def is_capitalised_words(self, a: _Atom) -> bool:
        """``Six Flags``, ``Five Lands``: a capitalised number word inside a sentence, before a
        capitalised word, is a name."""
        text = self.text
        if not text[a.start : a.start + 1].isupper() or a.has_scale:
            return False
        if _SENT_START.search(text, max(0, a.start - 10), a.start):
            return False
        return bool(regex.match(r"[ \t]+\p{Lu}", text[a.num_end : a.num_end + 3]))

    def is_line_label(self, a: _Atom) -> bool:
        """A paragraph or section number that opens a line: ``31. The``, ``٢٥ - وفي``, ``ألف - العضوية``."""
        text = self.text
        if a.unit is not None or (a.has_scale and a.kind == "digits") or a.kind == "vague":
            return False
        if not _LINE_START.search(text, 0, a.start):
            # an enumerator inside a sentence: "(1) a history of travel", "(2) contact with"
            return (
                a.kind == "digits"
                and text[a.start - 1 : a.start] == "("
                and a.value < 50
                and regex.match(r"\)[ \t]+\p{L}", text[a.num_end : a.num_end + 3]) is not None
            )
        raw = text[a.start : a.num_end]
        if _SECTION.fullmatch(raw) and raw.count(".") >= 1 and a.kind == "digits":
            return bool(regex.match(r"[ \t]+\p{L}|[.)][ \t]", text[a.num_end : a.num_end + 3]))
        return bool(_LIST_MARK.match(text, a.num_end)) and a.value == a.value.to_integral()

    def is_listed_label(self, a: _Atom) -> bool:
        """The later numbers of a list that a label word opens: ``articles 240, 243 and 245``,
        ``Protocols 1, 2 and 3``, ``المواد 240 و243``."""
        if self.label_end < 0 or a.start <= self.label_end or a.unit is not None or a.has_scale:
            return False
        gap = self.text[self.label_end : a.start]
        if len(gap) > 8:
            return False
        if gap.strip() in ("(", ")(", ") (", "[", "]["):
            return True  # "article 7(2)(a)"
        words = regex.findall(r"\w+", norm_key(gap))
        return all(w in self.p.connector_words for w in words) and (bool(words) or "," in gap or "،" in gap)

    def second_atom(self, pos: int) -> _Atom | None:
        cm = _CURRENCY_SIGN.match(self.text, pos)  # "between $62 and $68": the second sign is the same unit
        if cm is not None and self.p.units.get(norm_key(cm.group(1)), _NO_UNIT).canonical.startswith("currency:"):
            pos = cm.end()
        m = self.p.candidates.match(self.text, pos)
        if m is None or m.group("vague") is not None or self.masks.hit(m.start(), m.end()):
            return None
        b = self.atom_at(m)
        if b is None or (b.kind == "digits" and self.is_identifier(b, second=True)):
            return None
        return b

    def age_end(self, a: _Atom, start: int) -> int | None:
        """Where the age expression ends, if this number is a person's age."""
        p, text = self.p, self.text
        if a.kind != "digits" or a.has_scale or a.num_value != a.num_value.to_integral() or a.num_value > 130:
            return None
        if p.age_after_re is not None:
            am = p.age_after_re.match(text, a.num_end)
            if am:
                return int(am.end())
        left = _left(text, start)
        if a.unit == "duration:s" and a.unit_surface in p.age_units:
            if p.age_before_re.search(left) or self.apposition(start, a.end):
                return a.end
            lm = p.age_link_re.search(left) if p.age_link_re is not None else None
            if lm and norm_key(lm.group("noun")) not in p.age_not_after:
                return a.end
        if a.unit is None and not a.grouped:
            if p.age_before_re.search(left):
                return a.end
            if p.age_apposition and self.apposition(start, a.end) and _CAPWORD_BEFORE.search(left[:-1].rstrip(",،") + " "):
                return a.end
        return None

    def apposition(self, start: int, end: int) -> bool:
        if not self.p.age_apposition:
            return False
        before = self.text[max(0, start - 3) : start].rstrip()
        after = self.text[end : end + 3].lstrip()
        return bool(before) and before[-1] in ",،(" and (not after or after[0] in ",،).")

    def finish(
        self,
        a: _Atom,
        start: int,
        end: int,
        value: Decimal,
        value_high: Decimal | None,
        unit: str,
        qualifier: str | None,
        counted: str | None = None,
        cspan: tuple[int, int] | None = None,
        change: str | None = None,
        baseline: Decimal | None = None,
    ) -> Hit:
        return Hit(
            start=start,
            end=end,
            value=value,
            value_high=value_high,
            unit=unit,
            qualifier=qualifier or "exact",
            counted=counted,
            counted_span=cspan,
            vague=a.kind == "vague",
            unit_factor=self.p.units[a.unit_surface].factor if a.unit_surface else Decimal(1),
            change=change,
            baseline=baseline,
        )


def _scale_factor(f: _Finder, b: _Atom) -> Decimal | None:
    """The scale word the second number of a range carries ("5 and 6 *million*")."""
    for word in reversed(f.text[b.start : b.end].split()):
        entry = f.p.numbers.get(norm_key(word))
        if entry is not None and entry[0] in ("scales", "hundreds"):
            return entry[1]
    return None


def find_quantities(text: str, pack: Pack) -> list[Hit]:
    """Every quantity claim in one paragraph of normalised text, in order."""
    if not _HAS_LETTER.search(text):
        return []
    return _Finder(text, pack).run()
