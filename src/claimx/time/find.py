"""Finding a paragraph's time expressions: anchors with the relation words before them, durations
and since phrases; the longest of overlapping expressions kept."""

from __future__ import annotations

import regex

from claimx.time.anchors import find_anchors
from claimx.time.durations import find_durations
from claimx.time.hits import Anchor, TimeHit
from claimx.time.patterns import WORD, key_of
from claimx.time.scan import Scan
from claimx.time.since import far_since, since_events

_WORD_DOT = regex.compile(r"(\w+)\.\Z")


def find(f: Scan, spans: list[tuple[int, int]]) -> list[TimeHit]:
    """The time expressions in ``spans`` of ``f``'s text (day dates pending), in text order."""
    t = f.t
    named = [f.finditer(t.named_re, lo, hi) if f.holds_between(t.named_test, lo, hi) else [] for lo, hi in spans]
    anchors: list[Anchor] = []
    for (lo, hi), words in zip(spans, named):
        try:
            here = find_anchors(f, lo, hi, words)
        except (OverflowError, ValueError):
            here = []  # a publication date at the edge of the calendar (year 1, year 9999): no anchor resolves
        if here:
            anchors += here
            # Where since words and reporting verbs stand, found once per sentence with a time.
            f.since_at += [m.start() for m in f.finditer(t.since_word_re, lo, hi)]
            f.reported_at += f.finditer(t.reporting_re, lo, hi)
    f.reported_starts = [m.start() for m in f.reported_at]
    starts = sorted(a.start for a in anchors)
    # "le décret du 21/09/2022": the date names a document, and so do the month and year in it.
    dropped = [(a.start, a.end) for a in anchors if _names_a_document(f, a)]
    found = [_expression(f, a, starts) for a in anchors if not any(x <= a.start and a.end <= y for x, y in dropped)]
    for (lo, hi), words in zip(spans, named):
        units = [m for m in words if m.lastgroup == "unit"]
        if units:
            found += find_durations(f, lo, hi, units)
    found = [h for h in keep_longest([_trim_stop(f, h) for h in found]) if not _is_baseline(f, h)]
    events = [(m, hi) for lo, hi in spans for m in f.finditer(t.since_event_re, lo, hi)]
    if events:
        found += since_events(f, events, found + [TimeHit(a, b, "at", None, None) for a, b in dropped])
    return _periods(f, keep_longest(found))


_FIRST_WORD = regex.compile(r"\W*(\w+)")
_LAST_WORD = regex.compile(r"(?r)(\w+)\W*\Z")
_PERIOD_GAP = 12  # characters at most between the two ends of a period ("October 2013 and February 2014")


def _periods(f: Scan, found: list[TimeHit]) -> list[TimeHit]:
    """Two times a range's opener and joiner join are one period from the first to the second:
    "between October 2013 and February 2014", "from 2010 to 2012", "entre 2010 et 2012", "بين
    تشرين الأول/أكتوبر 2013 وشباط/فبراير 2014", "من أكتوبر 2013 إلى فبراير 2014" (the pack's
    ``ranges.pairs``; the opener or the joiner may be the relation word of a time's own span)."""
    out: list[TimeHit] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        opener = _opener(f, a) if b is not None and b.start - a.end <= _PERIOD_GAP else None
        if b is not None and opener is not None and _joined(f, a, b, opener):
            out.append(TimeHit(min(opener, a.start), b.end, "during", a.first, b.last))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _opener(f: Scan, a: TimeHit) -> int | None:
    """Where the word that opens a period before time ``a`` starts: its relation word ("from 2010")
    or the word before it ("between 2010"); ``None`` for none, or a time not resolved."""
    if a.pending is not None or a.first is None:
        return None
    pairs, text = f.p.range_pairs, f.text
    own = _FIRST_WORD.match(text, a.start, a.end)
    if own is not None and f.p.strip_clitic(key_of(own.group(1)), pairs) in pairs:
        return own.start(1)
    before = _LAST_WORD.search(text, max(0, a.start - 20), a.start)
    if before is not None and key_of(before.group(1)) in pairs:
        return before.start(1)
    return None


def _joined(f: Scan, a: TimeHit, b: TimeHit, opener: int) -> bool:
    """Whether ``b`` closes the period ``a`` opens at ``opener``: the opener's joiner between them or
    at the start of ``b``'s span ("to 2012", the Arabic "و" glued to its month), ``b`` after ``a``."""
    if b.pending is not None or b.last is None or a.first is None or b.last < a.first:
        return False
    text, pairs = f.text, f.p.range_pairs
    om = _FIRST_WORD.match(text, opener)
    joiners = pairs.get(f.p.strip_clitic(key_of(om.group(1)), pairs), frozenset()) if om is not None else frozenset()
    between = key_of(text[a.end : b.start].strip())
    if between:
        return between in joiners
    word = _FIRST_WORD.match(text, b.start, b.end)
    return bool(word and key_of(word.group(1)) in joiners) or key_of(text[b.start : b.start + 1]) in joiners


def _expression(f: Scan, a: Anchor, starts: list[int]) -> TimeHit:
    """The expression around anchor ``a``: the week or year to it, from it, or its relation word
    (``starts``: where every anchor starts)."""
    s, e, kind, first, last, pending = a.start, a.end, a.kind, a.first, a.last, a.pending
    text, t = f.text, f.t
    if kind == "unresolved":
        return TimeHit(s, e, "during", None, None)
    left = text[max(0, s - 60) : s]
    lo = max(0, s - 60)
    wm = t.week_to_re.search(left) if kind == "day" and f.ends_with(t.week_to_end, lo, s) else None
    ym = t.year_to_re.search(left) if kind != "so_far" and f.ends_with(t.year_to_end, lo, s) else None
    if wm or ym:
        m = ym or wm
        assert m is not None
        start = s - (len(left) - m.start())
        wk = TimeHit(start, e, "during", None, None, (s, e) if pending else None, week_to=True, year_to=bool(ym))
        return wk if pending else f.with_relation(wk, first, last)
    fm = t.from_re.search(left) if kind in ("day", "month") and f.ends_with(t.from_end, lo, s) else None
    if fm:
        start = s - (len(left) - fm.start())
        fh = TimeHit(start, e, "since", None, None, (s, e) if pending else None, from_word=True)
        return fh if pending else f.with_relation(fh, first, last)
    return _related(f, a, starts)


def _related(f: Scan, a: Anchor, starts: list[int]) -> TimeHit:
    """Anchor ``a`` under the relation word before it ("depuis", "until", "منذ"), a since word
    further left, or none ("at" a day, "during" a period)."""
    s, e, kind, first, last, pending = a.start, a.end, a.kind, a.first, a.last, a.pending
    text, t = f.text, f.t
    left = text[max(0, s - 60) : s]
    lo = max(0, s - 60)
    rm = t.relation_re.search(left) if f.ends_with(t.relation_end, lo, s) else None
    if rm is None and a.core > s and f.ends_with(t.relation_end, max(0, a.core - 60), a.core):
        # "since 1998": the year's marker is the relation word
        rm = t.relation_re.search(text, max(0, a.core - 60), a.core)
        left = text[max(0, a.core - 60) : a.core]
        s = a.core
    rel_key = f.p.strip_clitic(key_of(rm.group("rel")), t.relation_of, f.p.word_clitics) if rm else ""
    rel = t.relation_of.get(rel_key)
    start = min(a.start, s - (len(left) - rm.start())) if rm else a.start
    if rel == "until" and kind != "day" and rel_key in t.until_days_only:
        rel = None  # "au 3e trimestre": in the quarter, not as of it
    if kind == "so_far":
        rel = "until"
    elif rel not in ("since", "until", "before", "after"):
        # "since the invasion began on 24 February": a since word further left, no other time between.
        far = far_since(f, a, start, starts)
        if far is not None:
            rel, start = "since", far
        else:
            rel = "at" if kind == "day" else "during"
    h = TimeHit(start, e, rel, None, None, (a.start, e) if pending else None)
    if rel == "at" and kind == "day" and (f.reported(max(0, start - 60), start, 4) or f.opens_clause(e)):
        h = h._replace(reporting=True)
    return h if pending else f.with_relation(h, first, last)


def _names_a_document(f: Scan, a: Anchor) -> bool:
    """"le décret du 21/09/2022", "the Sept. 21 decree", "المرسوم الصادر في 21/09/2022"."""
    if a.kind != "day":
        return False
    return bool(
        f.t.document_before_re.search(f.text, max(0, a.start - 40), a.start)
        or f.t.document_after_re.match(f.text, a.end)
    )


def _is_baseline(f: Scan, h: TimeHit) -> bool:
    """"70 % de plus qu'en 2023", "its highest level since 1998", "up 11% from a year earlier"."""
    lo = max(0, h.start - 40)
    word = WORD.match(f.text, h.start)
    test, search = f.t.baseline_end, f.t.baseline_re.search
    return bool(
        f.ends_with(test, lo, h.start) and search(f.text[lo : h.start])
        or word and f.ends_with(test, lo, word.end()) and search(f.text[lo : word.end()])
    )


def keep_longest(found: list[TimeHit]) -> list[TimeHit]:
    """Longest first; an expression inside a longer one is part of it."""
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[TimeHit] = []
    for h in found:
        if kept and h.start < kept[-1].end:
            if h.end - h.start > kept[-1].end - kept[-1].start:
                kept[-1] = h
            continue
        kept.append(h)
    return kept


def _trim_stop(f: Scan, h: TimeHit) -> TimeHit:
    """Drop a sentence's full stop taken as an abbreviation dot ("au 2 octobre.")."""
    if f.text[h.end - 1 : h.end] == "." and h.end - h.start > 1:
        word = _WORD_DOT.search(f.text[h.start : h.end])
        if word and key_of(word.group(0)) not in f.p.months:
            return h._replace(end=h.end - 1)
    return h
