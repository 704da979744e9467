"""Arabic duals: ``ميداليتين`` (two medals), ``لمدة ساعتين`` (two hours)."""

from __future__ import annotations

from decimal import Decimal

import regex

from claimx.normalize import norm_key
from claimx.packs import Unit
from claimx.packs.patterns import finditer_words, holding_index
from claimx.quantities.atoms import alternative_end
from claimx.quantities.model import DIGITS_AGAIN, Hit, left, left_start, near, with_found
from claimx.quantities.qualifiers import qualifier_before, unit_claim
from claimx.quantities.scan import Scan, before


def with_duals(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Nouns in the dual are two of their noun: ``ميداليتين`` (two medals), ``لمدة ساعتين`` (two hours).

    A dual with the article is a reference (``الحافتان``), and a dual duration after a word that
    places a claim in time (``خلال يومين``) is time, as for any duration.
    """
    p, text = f.p, f.text
    hits = _qualified_duals(f, hits)
    if p.dual_re is None or not f.holds(p.dual_test):
        return hits
    found: list[Hit] = []
    last_end = -1  # where the last dual read ends, counted or an adjective agreeing with it
    # a dual is a whole word: tried at the start of each word holding a dual's ending; else around its words
    ends = p.dual_test if p.dual_by_word else None
    for m in finditer_words(p.dual_re, ends, text, holding_index(p)) if ends is not None else f.found_near(p.dual_re, p.dual_test):
        word = m.group("w")
        key = norm_key(word)
        if key.startswith(p.dual_definite) or _no_dual_word(f, key):
            continue
        if norm_key(text[m.start() : m.end()]).startswith(p.dual_definite):
            continue  # "للجنتين": the article under a clitic (لِ + الـ), a reference like اللجنتان
        if p.dual_describe_re is not None and p.dual_describe_re.search(left(text, m.start())):
            continue  # "ذي طائفتين": bi-communal, a description, not two of anything
        if key in p.vague:
            continue
        if key in p.score_nouns and (
            norm_key(text[m.start() : m.start("w")]) in p.score_clitics
            or (p.score_before_re is not None and before(f, p.score_before_re, m.start()) is not None)
        ):
            continue  # "فاز بهدفين", "مقابل هدفين": a margin of two goals, a score
        s, e = m.start(), m.end()
        if f.taken(hits, s, e):
            continue
        if last_end >= 0 and not text[last_end:s].strip() and norm_key(text[s : m.start("w")]) not in p.clitic_table.words:
            last_end = e
            continue  # adjectives agreeing with the dual before them (ميداليتين ذهبيتين, رسالتان
            # متطابقتان مؤرختان, سلالتين فرعيتين: no clitic, but the adjective's own letters); a clitic
            # "and" opens the next noun (وميداليتين فضيتين)
        if key not in p.dual_durations and s == m.start("w") and _agrees(f, s):
            last_end = e
            continue  # "اسمين مؤقتين": an adjective agreeing with a dual the pack does not list
        last_end = e
        seconds = p.dual_durations.get(key)
        if seconds is not None:  # two of a unit of time: "لمدة ساعتين"
            hit = unit_claim(f, s, e, Decimal(2), Unit("duration:s", seconds / 2))
            if hit is not None:
                found.append(hit)
        else:
            start, qualifier = qualifier_before(f, s)
            found.append(Hit(start, e, Decimal(2), None, "count", qualifier, word, (m.start("w"), e)))
    if not found:
        return hits
    return _dual_ranges(f, sorted(_without_repeats(f, hits, found) + found, key=lambda h: h.start))


_LAST_WORD = regex.compile(r"(\w+)[ \t]+\Z")  # the word right before the end of a window
_STEM = 3  # the fewest letters of a noun before its dual's ending


def _dual_end(f: Scan, key: str) -> str | None:
    """The dual's ending ``key`` has, if any (the pack lists the feminine endings, the longer, first)."""
    return next((e for e in f.p.dual_ends if key.endswith(e)), None)


def _agrees(f: Scan, start: int) -> bool:
    """Whether the word right before ``start`` has a dual's ending, with no article and no clitic,
    and is no word the pack says only looks like one: the dual at ``start`` describes it."""
    p = f.p
    wm = _LAST_WORD.search(left(f.text, start))
    if wm is None:
        return False
    key = norm_key(wm.group(1))
    end = _dual_end(f, key)
    if end is None or len(key) - len(end) < _STEM or key in p.stopwords or key.startswith(p.dual_definite):
        return False  # "بين دولتين", "أن نوعين": no noun before
    if any(key.startswith(pre) and key.endswith(post) for pre, post in p.dual_verbs):
        return False  # "تمثلان نقطتين": a verb and its object
    return not _no_dual_word(f, key) and p.strip_clitic(key, p.dual_not) == key


def _qualified_duals(f: Scan, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the masculine duals a bound precedes, of any noun: "أكثر من مسافرين" (more than
    two travellers), where the -ين form of a noun the pack does not list is no plural."""
    p = f.p
    if p.qualified_dual_re is None or not f.holds(p.qualified_dual_test):
        return hits
    found: list[Hit] = []
    # (no search of the hold test first: found_near's first search of it is that search, and a
    # paragraph that holds a match, a long one always, was searched to it twice)
    for m in f.found_near(p.qualified_dual_re, p.qualified_dual_hold or p.qualified_dual_test):
        key = norm_key(m.group("w"))
        if key.startswith(p.dual_definite) or key in p.dual_durations or _no_dual_word(f, key):
            continue  # "أكثر من مليونين", "أقل من عامين" are read as numbers and durations
        s, e = m.start("w"), m.end("w")
        if f.taken(hits, s, e):
            continue
        start, qualifier = qualifier_before(f, s)
        found.append(Hit(start, e, Decimal(2), None, "count", qualifier, m.group("w"), (s, e)))
    return with_found(hits, found)


def _no_dual_word(f: Scan, key: str) -> bool:
    """Whether a word with a dual's ending is no dual of a noun: the pack says so (``بروتين``, ``-كستان``),
    or it is a number word or a unit, read by their own stages."""
    p = f.p
    if key in p.dual_not or p.strip_clitic(key, p.dual_not) in p.dual_not:  # "وبوتان": and Bhutan
        return True
    return key.endswith(p.dual_not_endings) or key in p.numbers or key in p.units


def _without_repeats(f: Scan, hits: list[Hit], duals: list[Hit]) -> list[Hit]:
    """``hits`` without the digits in brackets that repeat a dual: "رجلان (2)" is one claim."""
    repeats = {m.start(1) for d in duals if (m := near(DIGITS_AGAIN, f.text, d.end)) is not None and m.group(1) == "2"}
    return [h for h in hits if h.start not in repeats] if repeats else hits


def _dual_ranges(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A dual opens a range with the number of its unit after it: "بين يومين و14 يومًا" (between
    two and 14 days), "من ساعتين إلى ثلاث ساعات" — the opener before the dual, its closer between."""
    p, text = f.p, f.text
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        om = p.opener_re.search(left(text, h.start)) if nxt is not None else None
        if nxt is not None and om is not None and _closes(f, norm_key(om.group().strip()), h, nxt):
            start = left_start(h.start) + om.start()
            out.append(Hit(start, nxt.end, h.value, nxt.value, h.unit, "range", nxt.counted, nxt.counted_span))
            i += 2
            continue
        bare = _bare_closer(f, h)
        if bare is not None:  # "عبوتين أو ثلاث", "يومين أو ثلاثة": the dual's noun counted up to the word after
            end, high = bare
            out.append(Hit(h.start, end, h.value, h.value * high / 2, h.unit, "range", h.counted, h.counted_span))
            while i + 1 < len(hits) and hits[i + 1].start < end:
                i += 1  # the number word read alone
            i += 1
            continue
        out.append(h)
        i += 1
    return out


# A bare joiner and a number word after a dual ("يومين | أو ثلاثة"), nothing counted after it
_JOINED_WORD = regex.compile(r"[ \t]+(\p{L}+)[ \t]+(\p{L}+)(?![\p{L}\p{M}])")


def _bare_closer(f: Scan, dual: Hit) -> tuple[int, Decimal] | None:
    """Where a range a dual opens with a bare joiner ends, and the number closing it: "عبوتين أو
    ثلاث" (two or three cans), "يومين أو ثلاثة" (two or three days): a number word from three to
    ten, nothing counted after it but the dual's noun in the plural."""
    p, text = f.p, f.text
    if dual.qualifier != "exact" or any(c.isdigit() for c in text[dual.start : dual.end]):
        return None
    m = _JOINED_WORD.match(text, dual.end, min(len(text), dual.end + 40))
    if m is None or norm_key(m.group(1)) not in p.range_bare:
        return None
    number = p.numbers.get(norm_key(m.group(2)))
    if number is None or not 3 <= number[1] <= 10:
        return None
    counted, span = f.counted_after(m.end())
    if counted is None:
        return m.end(), number[1]
    # the dual's noun in the plural ("بميداليتين أو ثلاث ميداليات")
    if span is None or dual.counted is None:
        return None
    key = norm_key(dual.counted)
    end = _dual_end(f, key)
    stem = key[: -len(end)] if end else key
    return (span[1], number[1]) if len(stem) >= 2 and stem in norm_key(counted) else None


def _closes(f: Scan, opener: str, dual: Hit, after: Hit) -> bool:
    """Whether ``after`` closes the range ``opener`` and the dual open: the same unit, a larger
    value, only the opener's closer between (written apart or glued: "و14")."""
    text, p = f.text, f.p
    if any(c.isdigit() for c in text[dual.start : dual.end]) or dual.value_high is not None or after.value_high is not None:
        return False
    if after.unit != dual.unit or after.value <= dual.value or after.qualifier not in ("exact", "approx"):
        return False
    closers = p.range_pairs.get(p.strip_clitic(opener, p.range_pairs), frozenset())
    gap = norm_key(text[dual.end : after.start].strip())
    glued = text[after.start : after.end]
    return gap in closers or (not gap and any(glued.startswith(c) for c in closers if c.isalpha()))


# The unit noun before a number, and the closer written apart between them if any ("من أسبوع إلى").
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)(?:[ \t]+(\p{L}+))?[ \t]*\Z")  # searched in reverse: see model.CAPWORD_BEFORE


def with_unit_ranges(f: Scan, hits: list[Hit]) -> list[Hit]:
    """A unit noun alone, one of it, opens a range with the number of its unit after it: "بين شهر
    وثلاثة أشهر" (between one and three months) — the opener before the noun, its closer between."""
    p, text = f.p, f.text
    out = list(hits)
    for i, h in enumerate(hits):
        if h.value_high is not None or h.unit in ("count", "percent") or h.qualifier not in ("exact", "approx"):
            continue
        wm = _WORD_BEFORE.search(left(text, h.start))
        if wm is None:
            continue
        closer_apart = wm.group(2) is not None and norm_key(wm.group(2)) in p.range_bare | p.connector_words
        word = 1 if wm.group(2) is None or closer_apart else 2  # the noun is the last word but a closer
        s = left_start(h.start) + wm.start(word)
        unit = p.units.get(p.strip_clitic(norm_key(wm.group(word)), p.units))
        om = p.opener_re.search(left(text, s))
        if unit is None or unit.canonical != h.unit or om is None or any(x.start < h.start and s < x.end for x in hits):
            continue
        one = Hit(s, s + len(wm.group(word)), unit.factor, None, h.unit, "exact", None, None, unit_factor=unit.factor)
        if _closes(f, norm_key(om.group().strip()), one, h):
            out[i] = Hit(left_start(s) + om.start(), h.end, unit.factor, h.value, h.unit, "range", None, None, unit_factor=h.unit_factor)
    return out


def with_alternative_ranges(f: Scan, hits: list[Hit]) -> list[Hit]:
    """Two measures in one unit joined by a word of alternative are a range when the first is the
    smaller: "يوم أو يومين" (a day or two), "يومين أو ثلاثة أيام" (two or three days) — the forms
    the range reader cannot see, a noun standing for one or two of its unit ("12 km or 8 miles",
    one measure in two units, stays two claims)."""
    if len(hits) < 2 or not f.p.alternatives:
        return hits
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and _alternative_pair(f, prev, h):
            out[-1] = Hit(prev.start, h.end, prev.value, h.value, h.unit, "range", h.counted, h.counted_span,
                          unit_factor=h.unit_factor)
        else:
            out.append(h)
    return out


def _alternative_pair(f: Scan, a: Hit, b: Hit) -> bool:
    if a.unit != b.unit or a.unit_factor != b.unit_factor or a.unit in ("count", "percent") or a.value_high is not None or b.value_high is not None:
        return False
    if a.qualifier != "exact" or b.qualifier != "exact" or not a.value < b.value or b.start - a.end > 20:
        return False
    return alternative_end(f, a.end) == b.start
