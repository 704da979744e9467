"""Find quantities in normalised text: number, scale, unit, qualifier, range, counted noun.

``find_quantities(text, pack)`` is a pure function over one paragraph of normalised text; it
returns hits with offsets into that text. Each number goes through the stages in order:

- ``masks``: dates, clock times, scores and phone numbers hold no claim;
- ``atoms``: the number with its scale word or letter, its currency and its unit;
- ``rules`` (``ATOM_RULES``): labels, identifiers, ordinals and names with digits;
- ``ages``: a person's age; ``rules`` (``YEAR_RULES``): a year a year word announces;
- ``ranges``: a second number after a joiner; ``rules`` (``RANGE_RULES``): spans of years, scores;
- ``qualifiers``: "more than", "au moins", the counted noun; ``rules`` (``CLAIM_RULES``): years,
  times of day, durations and counts that only place a claim in time, references back;
- ``changes``: the word of change governing the number and the sign written before it.

A number among bare numbers (a list of counts: digits, commas and blanks around it) takes the
short path of ``plain.py``, which runs only the rules that read digits and gives the same claim;
the later numbers of such a list are read there in a loop of their own (``plain.bare_run``).
Then ``duals``, ``ratios`` and ``combine`` add and join hits over the whole paragraph.
``why_not_claim`` names the rule that dropped a number.
"""

from __future__ import annotations

import regex

from claimx.dates import Dates
from claimx.packs import Pack
from claimx.quantities.ages import read_age, with_ordinal_ages
from claimx.quantities.atoms import atom_at
from claimx.quantities.after_noun import with_after_noun, with_one_after_unit, with_one_unit, with_times
from claimx.quantities.changes import signed_hit
from claimx.quantities.halves import with_halves
from claimx.quantities.memo import Reading, recall
from claimx.quantities.combine import (
    bracketed_range, compound, elided_currency, per_time, scaled_sum, share_compared, share_units,
)
from claimx.quantities.duals import with_alternative_ranges, with_duals, with_unit_ranges
from claimx.quantities.model import MAX_VALUE, Atom, Candidate, Draft, Hit, Rejection, left_start, sane
from claimx.quantities.plain import bare_atom, bare_run, bare_span, plain_claim
from claimx.quantities.qualifiers import read_counted, read_qualifier
from claimx.quantities.ranges import apply_range, read_range
from claimx.quantities.ratios import with_ratios
from claimx.quantities.rules import ATOM_RULES_BY_KIND, CLAIM_RULES_BY_KIND, RANGE_RULES, YEAR_RULES, first_rule
from claimx.quantities.scan import Scan, before

__all__ = ["MAX_VALUE", "Hit", "Rejection", "find_quantities", "rejections", "why_not_claim"]

_HAS_LETTER = regex.compile(r"\p{L}")


def build(f: Scan, a: Atom) -> tuple[Hit | None, int]:
    """The claim around atom ``a`` (``None`` if a not-claim rule drops it) and where the scan resumes."""
    p, text = f.p, f.text
    d = Draft(a)
    if (stop := first_rule(f, d, ATOM_RULES_BY_KIND[a.kind])) is not None:
        return None, stop
    d.start = a.start if a.currency_prefix_start is None else a.currency_prefix_start
    d.qm = before(f, p.qual_before_re, d.start)
    d.qual_start = left_start(d.start) + d.qm.start() if d.qm else d.start
    read_age(f, d)
    if (stop := first_rule(f, d, YEAR_RULES)) is not None:
        return None, stop
    hit = read_range(f, d)
    if hit is not None and d.b is not None:
        return hit, d.b.end
    if d.b is not None and (stop := first_rule(f, d, RANGE_RULES)) is not None:  # (none judges a number alone)
        return None, stop
    apply_range(f, d)
    read_qualifier(f, d)
    read_counted(f, d)
    if (stop := first_rule(f, d, CLAIM_RULES_BY_KIND[a.kind])) is not None:
        return None, stop
    return signed_hit(f, d), d.end


def next_candidate(p: Pack, text: str, pos: int) -> Candidate | None:
    """``search_from(p.candidates, p.candidate_starts, text, pos)``: the next number at or after
    ``pos``, its digits matched by ``Pack.digit_candidates`` (in ``re``) where it starts at a digit
    with no dot before it. There only the candidates' digits branch can match (no number word, vague
    word or clitic starts with a digit, and digits after a dot are read only before a percent sign),
    and ``re`` reads it as ``regex`` does, for a third of the time: a match a number, in every text
    (``tests/test_plain.py`` checks both give the same candidate at every position)."""
    starts, candidates, digits = p.candidate_starts, p.candidates, p.digit_candidates
    while (start := starts.search(text, pos)) is not None:
        at = start.start()
        ascii_digit = "0" <= text[at] <= "9" and (at == 0 or text[at - 1] != ".")
        m = digits.match(text, at) if ascii_digit else candidates.match(text, at)
        if m is not None:
            return m
        pos = at + 1
    return None


def _read(f: Scan, m: Candidate) -> Reading:
    """The number at candidate ``m`` read in full: its hit (``None`` if a not-claim rule drops it),
    where the scan resumes, and where a run of number words holding two numbers ends (the second
    is read next); ``None`` where no atom is read there."""
    a = atom_at(f, m)
    if a is None:
        return None
    hit, next_pos = build(f, a)
    return hit, next_pos, a.end if a.kind == "words" and a.end < m.end() else None


def _scan(f: Scan) -> list[Hit]:
    p, text = f.p, f.text
    hits: list[Hit] = []
    pos = 0
    while True:
        pos = bare_run(f, pos, hits)  # the numbers of a bare stretch found before, read in a tight loop
        m = next_candidate(p, text, pos)
        if m is None:
            break
        pos = max(m.end(), pos + 1)
        bare = m.group("digits") is not None and bare_span(f, m.start(), m.end())
        if f.masks.hit(m.start(), m.end(), bare):
            f.reject(m.start(), m.end(), "mask")
            continue
        if bare:
            a = bare_atom(f, m)
            if a is None:
                continue
            hit, next_pos = plain_claim(f, a)
        else:
            got = recall(f, m, _read)  # read, or recalled from a number with the same window (memo.py)
            if got is None:
                continue
            hit, next_pos, words_end = got
            if words_end is not None:
                pos = words_end  # the run held two numbers ("three and six months"): the second is read next
        pos = max(pos, next_pos)
        if hit is not None:
            hits.append(hit)
    hits = with_ordinal_ages(f, with_duals(f, hits))
    hits = with_one_unit(f, with_one_after_unit(f, with_after_noun(f, hits)))
    hits = with_times(f, with_halves(f, with_ratios(f, with_alternative_ranges(f, with_unit_ranges(f, hits)) if hits else hits)))
    if not hits:  # (what follows only joins and completes the hits found: most paragraphs have none)
        return hits
    return elided_currency(f, bracketed_range(f, per_time(f, compound(f, share_compared(f, scaled_sum(f, share_units(f, hits)))))))


def _run(f: Scan) -> list[Hit]:
    return [h for h in _scan(f) if sane(h.value) and (h.value_high is None or sane(h.value_high))]


def find_quantities(text: str, pack: Pack, dates: Dates | None = None) -> list[Hit]:
    """Every quantity claim in one paragraph of normalised text, in order. ``dates``: the
    paragraph's dates, when the time stage will read them too (see :mod:`claimx.dates`)."""
    if not _HAS_LETTER.search(text):
        return []
    return _run(Scan(text, pack, dates))


def rejections(text: str, pack: Pack) -> list[Rejection]:
    """The numbers of one paragraph of normalised text that no claim was made of, each with the
    name of the rule that dropped it (a function of ``rules.NOT_CLAIM_RULES``, or ``"mask"``)."""
    if not _HAS_LETTER.search(text):
        return []
    f = Scan(text, pack)
    _run(f)
    return list(f.rejected)


def why_not_claim(text: str, pack: Pack, number: str) -> str | None:
    """The name of the rule that dropped the first ``number`` written in ``text`` (normalised), or
    ``None`` if no rule dropped it: ``why_not_claim("in 2015, 300 people", en, "2015") == "year"``."""
    i = text.find(number)
    if i < 0:
        raise ValueError(f"{number!r} is not in the text")
    for r in rejections(text, pack):
        if r.start <= i < r.end or i <= r.start < i + len(number):
            return r.rule
    return None
