"""Find quantities in normalised text: number, scale, unit, qualifier, range, counted noun.

``find_quantities(text, pack)`` is a pure function over one paragraph of normalised text; it
returns hits with offsets into that text. What is *not* a quantity (dates, years, times of day,
ordinals, labels, names and identifiers with digits, phone numbers, scores, durations that only
place something in time) is decided here too, from the pack's context lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.quantities.numbers import parse_digits, parse_words
from claimx.packs import Pack

_WINDOW = 48
_CLOCK = regex.compile(r"(?<![\d.,:])\d{1,2}(?:\s?[:h]\s?\d{2}|h)(?![\w:])", regex.IGNORECASE)
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
        self.spans: list[tuple[int, int]] = []

    def hit(self, s: int, e: int) -> bool:
        text, p = self.text, self.pack
        if any(a < e and s < b for a, b in self.spans):
            return True
        found = [
            p.date_re.match(text, s),
            p.hijri_re.match(text, s),
            _CLOCK.match(text, s),
            _PHONE.search(text, max(0, s - 20), e + 25),
        ]
        mt = p.month_tail_re.search(text, max(0, s - 30), s)
        if mt:
            found.append(p.date_re.match(text, mt.start()))
        for m in found:
            if m is not None and m.end() > m.start():
                self.spans.append(m.span())
        return any(a < e and s < b for a, b in self.spans)


def _left(text: str, i: int) -> str:
    return text[max(0, i - _WINDOW) : i]


class _Finder:
    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.p = pack
        self.masks = _Masks(text, pack)

    # -- atoms -----------------------------------------------------------------------------------
    def atom_at(self, m: regex.Match[str]) -> _Atom | None:
        p = self.p
        if m.group("digits") is not None:
            parsed = parse_digits(m.group("digits"), p)
            if parsed is None:
                return None
            value, grouped = parsed
            atom = _Atom(m.start(), m.end(), value, "digits", grouped=grouped)
        elif m.group("vague") is not None:
            return _Atom(m.start("vague"), m.end(), p.vague[norm_key(m.group("vague"))], "vague")
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
            a.unit = p.units[norm_key(cur.group().strip())].canonical
        if a.kind == "digits":
            while sm := p.scale_re.match(text, a.end):
                a.value *= p.numbers[norm_key(sm.group())][1]
                a.end = sm.end()
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
        if um:
            surface = norm_key(um.group().lstrip(" \t-"))
            unit = p.units[surface]
            glued = um.group()[:1] not in " \t" and pos == a.end
            if glued and surface.isalpha() and len(surface) == 1 and a.value == a.value.to_integral():
                return  # "5G", "3D": a name, judged by the identifier rule
            nxt = p.word_re.match(text, um.end())
            if unit.canonical == "duration:s" and nxt and norm_key(nxt.group(1)) in p.weekdays:
                return  # "يوم الاثنين" is "on Monday", not a number of days
            if a.unit is None or unit.canonical == a.unit:
                a.unit = unit.canonical
                a.value *= unit.factor
                a.unit_surface = surface
                a.unit_glued = glued
                a.end = um.end()

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
                if p.digit_prefix_re is None or not p.digit_prefix_re.search(_left(text, s)):
                    return True
            if prev in "-/~" and s > 1 and (text[s - 2].isalpha() or (text[s - 2].isdigit() and not second)):
                return True
        digits_end = s
        while digits_end < len(text) and (text[digits_end].isdigit() or text[digits_end] in ".,' "):
            if text[digits_end] in ".,' " and not (digits_end + 1 < len(text) and text[digits_end + 1].isdigit()):
                break
            digits_end += 1
        if a.unit_glued or a.has_scale:
            return False
        if digits_end < len(text) and text[digits_end].isalpha():
            return True
        if digits_end + 1 < len(text) and text[digits_end] == "-" and text[digits_end + 1].isalpha():
            if p.age_after_re is not None and p.age_after_re.match(text, digits_end):
                return False
            return True
        return False

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
        if len(raw) != 4 or not (1800 <= a.value <= 2100):
            return False
        if self.p.year_before_re.search(_left(self.text, a.start)) or self.p.years_ungrouped:
            return True
        return counted is None

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
        return hits

    def build(self, a: _Atom) -> tuple[Hit | None, int]:
        p, text = self.p, self.text
        if a.kind == "digits":
            if self.is_identifier(a) or self.is_ordinal(a):
                return None, a.end
            if p.label_before_re.search(_left(text, a.start)):
                return None, a.end
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
                if self.is_year(a, None) and self.is_year(b, None):
                    return None, b.end  # "2021-2022"
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
            else:
                am = p.qual_after_re.match(text, end)
                if am:
                    qualifier = p.qualifiers_after[norm_key(am.group().strip(" ,\t\n"))]
                    end = am.end()
            if a.kind == "vague" and qualifier == "exact":
                qualifier = "at_least"
        unit = a.unit or "count"
        counted, cspan = (None, None)
        if unit == "count":
            counted, cspan = self.counted_after(end)
            if value_high is None and qualifier == "exact" and counted is not None:
                am = p.qual_after_re.match(text, cspan[1]) if cspan else None
                if am:
                    qualifier = p.qualifiers_after[norm_key(am.group().strip(" ,\t\n"))]
        # Not claims: years, clock times, durations that place a claim in time, reference words.
        if self.is_year(a, counted) and qualifier == "exact":
            return None, end
        if a.kind == "digits" and unit == "count" and a.value <= 24 and a.value == a.value.to_integral():
            if p.clock_after_re.match(text, a.end):
                return None, end
            if counted is None and p.clock_before_re.search(_left(text, a.start)):
                return None, end
        if unit == "duration:s" and qualifier in ("exact", "approx"):
            if p.time_before_re.search(_left(text, qstart)) or p.time_after_re.match(text, end):
                return None, end
        if a.kind == "words" and not a.has_scale and unit == "count":
            if counted is None and a.value < 100:
                return None, end
            if p.definite_re is not None and p.definite_re.search(_left(text, qstart)):
                return None, end
        return self.finish(a, qstart, end, a.value, value_high, unit, qualifier, counted, cspan), end

    def second_atom(self, pos: int) -> _Atom | None:
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
