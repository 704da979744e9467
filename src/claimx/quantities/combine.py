"""Hits joined after the scan: a measure in two units (``5 feet 6 inches``) and a unit shared by
coordinated numbers (``6 by 6 cm``)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.quantities.atoms import unit_written_at
from claimx.quantities.halves import scale_in
from claimx.quantities.model import Hit, near
from claimx.quantities.scan import Scan


# The passes below change only hits of some units, and give a hit only a unit another hit has: a
# paragraph whose hits are all counts (a list of counts, thousands of them) is returned as it is,
# its units read once per pass, not each hit with its neighbours and gap.
_NOT_SHARED = frozenset({"count", "age:year"})  # the units a number after another does not share
_NOT_COMPARED = frozenset({"count", "percent"})  # the units a first compared number does not pass on
_SPEEDS = frozenset({"length:m", "speed:km/h"})


def _amount(unit: str) -> bool:
    return unit == "percent" or unit.startswith("currency:")


def compound(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Measures written in two units are one (``17 pounds 1 ounce``, ``5 feet 6 inches``,
    ``2 hours 30 minutes``)."""
    text = f.text
    if all(u == "count" or _amount(u) for u in {h.unit for h in hits}):
        return hits  # a list of counts: every number counts, nothing is a measure
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
                and norm_key(gap) in ("", *f.p.connector_words)
            ):
                out[-1] = Hit(a.start, h.end, a.value + h.value, None, a.unit, a.qualifier, None, None, a.vague, a.unit_factor)
                continue
        out.append(h)
    return out


def scaled_sum(f: Scan, hits: list[Hit]) -> list[Hit]:
    """An amount in two scales joined by a connector is one: "414 مليونا و400 ألف دولار" (414.4
    million dollars), "2 millions et 400 mille euros": the second in a smaller scale, below the first's."""
    p, text = f.p, f.text
    out: list[Hit] = []
    for h in hits:
        a = out[-1] if out else None
        if a is not None and a.unit == h.unit and a.value_high is None and h.value_high is None and not h.vague:
            scale = scale_in(f, a.start, a.end)
            gap = norm_key(text[a.end : h.start])
            if scale is not None and gap in p.connector_words and 0 < h.value < scale * a.unit_factor and scale_in(f, h.start, h.end):
                out[-1] = replace(a, end=h.end, value=a.value + h.value)
                continue
        out.append(h)
    return out


def share_units(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A unit written once after coordinated numbers belongs to each: ``6 by 6 cm``,
    ``billets de 5 et 100 dollars``, ``15kHz and 17kHz`` stays as written."""
    if {h.unit for h in hits} <= _NOT_SHARED:
        return hits  # no unit to share (a list of counts); a number takes only a unit another has
    out = list(hits)
    shared: set[int] = set()
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit != "count" or a.counted is not None or a.vague or b.unit in ("count", "age:year"):
            continue
        gap = norm_key(f.text[a.end : b.start])
        if gap and gap not in f.p.coordinators:
            continue
        if gap in _LIST_MARKS and i + 1 not in shared:
            continue  # "5, 6 and 7 per cent" shares down a list; "36,070, 0.9 per cent lower" is two claims
        if b.qualifier != "exact" or (b.unit == "percent" and a.value > 100):
            continue  # "1,261 or about 13%": a count and its share, not two shares
        factor = b.unit_factor
        high = a.value_high * factor if a.value_high is not None else None
        out[i] = Hit(a.start, a.end, a.value * factor, high, b.unit, a.qualifier, None, None, a.vague, factor)
        shared.add(i)
    return out


_LIST_MARKS = frozenset({",", "،"})


def share_compared(f: Scan, hits: list[Hit]) -> list[Hit]:
    """The second of two compared numbers takes the unit written on the first: ``3136 mm2 versus
    864``, ``âge médian de 66 ans contre 51``, ``في متوسط عمر 66 مقابل 51``."""
    if {h.unit for h in hits} <= _NOT_COMPARED:
        return hits  # no unit written on a first number (a list of counts)
    out = list(hits)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit in ("count", "percent") or b.value_high is not None:
            continue
        if norm_key(f.text[a.end : b.start]).strip() not in f.p.compared:
            continue
        if b.unit == "count" and b.counted is None:
            out[i + 1] = replace(b, value=b.value * a.unit_factor, unit=a.unit, unit_factor=a.unit_factor)
        elif a.unit == "age:year" and b.unit == "duration:s" and b.unit_factor == _YEAR:
            out[i + 1] = replace(b, value=b.value / _YEAR, unit=a.unit, unit_factor=Decimal(1))  # "66 ans contre 51 ans"
    return out


_YEAR = Decimal(31_536_000)


_BRACKET = regex.compile(r"[ \t]*\([^()\n]{1,40}\)")
_KMH = Decimal("3.6")  # metres per second in km/h


def per_time(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A length before a "per time" tail is a speed, and so is the same measure restated beside it:
    ``12.8 km or 8 miles per second``, ``8 miles (12,8 km) par seconde``, ``12.8 كيلومترًا أو 8 أميال
    في الثانية``. Restatements share the qualifier written on either."""
    p, text = f.p, f.text
    if not {h.unit for h in hits} & _SPEEDS:
        return hits  # no length nor speed (a list of counts): none is made a speed
    out = list(hits)
    for i, h in enumerate(out):
        seconds: Decimal | None = None
        group: list[int] = []
        if h.unit == "length:m":
            bm = near(_BRACKET, text, h.end)
            tail = near(p.per_time_re, text, bm.end() if bm else h.end)
            if tail is None:
                continue
            seconds = p.per_time[norm_key(tail.group().strip())]
            group = [i]
            if bm is not None:
                group += [j for j in range(i + 1, min(i + 4, len(out)))
                          if out[j].unit == "length:m" and bm.start() <= out[j].start and out[j].end <= bm.end()]
            else:
                out[i] = replace(h, end=tail.end())
        elif h.unit == "speed:km/h":
            tails = list(p.per_time_re.finditer(text, h.start, h.end))
            if not tails:
                continue
            seconds = p.per_time[norm_key(tails[-1].group().strip())]
        else:
            continue
        if i > 0 and out[i - 1].unit == "length:m" and norm_key(text[out[i - 1].end : h.start]) in (*p.coordinators, "("):
            group.append(i - 1)
        members = [out[j] for j in group] + ([out[i]] if h.unit == "speed:km/h" else [])
        qualifier = next((m.qualifier for m in members if m.qualifier != "exact"), "exact")
        for j in group:
            o = out[j]
            high = o.value_high / seconds * _KMH if o.value_high is not None else None
            out[j] = replace(o, value=o.value / seconds * _KMH, value_high=high, unit="speed:km/h",
                             qualifier=qualifier if o.value_high is None else o.qualifier)
        if h.unit == "speed:km/h" and group and out[i].qualifier == "exact":
            out[i] = replace(out[i], qualifier=qualifier)
    return out


_SENTENCE_END = regex.compile(r"[.!?;؛؟\n]")


def elided_currency(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A scaled amount with nothing counted, after an amount of money in the same sentence, is in
    that currency: "135 millions de dollars, soit 585 millions de moins", "$135 million … a
    shortfall of 585 million". A number with decimals and nothing counted, after a percentage in
    the same sentence, is a percentage: "انخفضت إلى 5.3 في المائة، بعد أن بلغت 16.3" (no count has
    decimals), unless a bracket opens between them ("99,97 % (réduction de 3,5 log)")."""
    p, text = f.p, f.text
    if not any(_amount(u) for u in {h.unit for h in hits}):
        return hits  # no amount of money nor percentage (a list of counts): no later number takes its unit
    out = list(hits)
    money: Hit | None = None
    share: Hit | None = None
    seen = 0  # the text up to here has been searched for a sentence end (each stretch once)
    for i, h in enumerate(out):
        if money is not None or share is not None:  # (a list of counts has neither: nothing to read)
            last = max(x.end for x in (money, share) if x is not None)
            if _SENTENCE_END.search(text, max(seen, last), max(seen, h.start)):
                money = share = None
        seen = max(seen, h.end)
        if h.unit.startswith("currency:"):
            money = h
        elif h.unit == "percent":
            share = h
        elif money is not None or share is not None:
            bare = h.unit == "count" and h.counted is None and not h.vague and h.value_high is None
            if money is not None and bare and p.scale_re.search(text[h.start : h.end]):
                out[i] = replace(h, unit=money.unit)
            elif share is not None and bare and h.value != h.value.to_integral() and "(" not in text[share.end : h.start]:
                out[i] = replace(h, unit="percent")  # an aside in brackets after the share says something else
    return out


_OPEN = regex.compile(r"[ \t]*\(")
_CLOSE = regex.compile(r"[ \t]*\)")


def bracketed_range(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A value and its range in brackets share one unit, written after either: "5 (2-9) days",
    "5 jours (2-9)", "4.8 (3.0-7.2) من الأيام"."""
    text = f.text
    if "(" not in text:
        return hits  # no bracket in the paragraph (the test below, asked once)
    out = list(hits)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if text.find("(", a.end, b.start) < 0:
            continue  # what the bracket test below needs, found without a match object
        om = _OPEN.match(text, a.end, b.start)  # bounded: unbounded, the match scans on for its "("
        cm = _CLOSE.match(text, b.end, b.end + 8) if om is not None else None
        if om is None or om.end() != b.start or cm is None or b.unit != "count" or b.counted is not None:
            continue
        if a.unit == "count" and a.counted is None:
            unit = unit_written_at(f, cm.end(), through_article=True)
            if unit is None:
                continue
            out[i] = _in_unit(a, unit.canonical, unit.factor)
            out[i + 1] = _in_unit(b, unit.canonical, unit.factor)
        elif a.unit != "count" and not a.unit.startswith("currency:") and a.unit != "percent":
            out[i + 1] = _in_unit(b, a.unit, a.unit_factor)
    return out


def _in_unit(h: Hit, unit: str, factor: Decimal) -> Hit:
    high = h.value_high * factor if h.value_high is not None else None
    return replace(h, value=h.value * factor, value_high=high, unit=unit, unit_factor=factor)
