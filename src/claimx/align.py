"""Cross-document alignment: which claims state the same fact, and do their figures agree?

``align(claims)`` takes claims from any number of documents and languages (``Claim`` objects or
``claimx/1`` dicts) and returns :class:`ClaimGroup` s. It reads the records only (never the text),
so the algorithm is the same for every language.

Two claims **state the same fact** when all of these hold:

* the same unit (``count``, ``percent``, ``currency:EUR``...);
* nested country sets, taken from the ``country`` entities (the countries of ``key``): one set
  contains the other ({RU} and {KZ, RU}: one sentence did not name the place), never two sets
  that each name a country the other lacks ({GE, RU} and {KZ, RU}); a claim with no country
  joins one with countries only between linked documents (below);
* compatible times: each time is the interval ``[start, end]`` (a missing bound is open); two times
  are compatible when they overlap or when either is unknown (no time, or neither date known, as in
  a document without a publication date: never "today");
* compatible event kinds: equal, or either unknown (``None``);
* compatible values (see :func:`value_interval`): the intervals their qualifiers imply overlap;
* an anchor: both name a country, or both have a known time. Claims with neither ("Bair, 35",
  "des centaines de camions") can only be matched between **linked documents**: two documents
  with an anchored pair in common tell the same story, and between their claims a pair needs no
  anchor of its own (and a claim with no country may join one with countries);
* one document states one fact once: two claims of the same document only go together when
  they give the same figure.

Inside a set of claims that are connected by such pairs, groups are built by complete linkage,
strongest pairs first (equal figures, equal countries, the same event, known times): every two
claims of a group are compatible.

Claims that state the same fact and whose values agree form one group (``agree``). A claim that
agrees with nobody is a group of its own (``single``): it stays visible. Two such groups that
**contradict** each other become one ``conflict`` group whose ``variants`` are the agreeing
subsets: a contradiction is two claims from different documents with the same unit, the same
non-empty country set, the same known event kind and the same known time (equal start and end),
whose values do not overlap (66,000 and 60,000 entering the EU in the same week). Different times,
places or events are different facts, never conflicts.

Claims are only compared inside a block of the same unit and country set, and inside a block
only when their value intervals overlap (a sort and a sweep), so the cost grows with the number
of near-duplicates, not with the square of the input.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimx.model import Claim
from claimx.records import claim_from_dict

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

LABELS = ("agree", "conflict", "single")
EXACT_TOLERANCE = 0.01  # an exact figure is read as ±1% (news rounds: 1.28 million, 1,280,000)
APPROX_TOLERANCE = 0.10  # "about", "nearly", "près de", "ما يقرب من": ±10%
OPEN_FACTOR = 1.25  # "more than X" reaches up to 1.25X, "up to X" down to X/1.25


def value_interval(claim: Claim) -> tuple[float, float]:
    """The interval of values a claim allows, from its qualifier.

    | qualifier | interval |
    |---|---|
    | exact | v ± 1% |
    | approx | v ± 10% |
    | at_least, more_than | v … 1.25v (open upward, bounded: "more than 200,000" is not 261,000) |
    | at_most, less_than | v/1.25 … v |
    | range | low − 1% … high + 1% |

    Intervals are closed: "more than 200,000" and "200,000" agree.
    """
    q = claim.quantity
    v = float(q.value)
    a = abs(v)
    qual = q.qualifier
    if qual == "range" and q.value_high is not None:
        lo, hi = sorted((v, float(q.value_high)))
        return lo - abs(lo) * EXACT_TOLERANCE, hi + abs(hi) * EXACT_TOLERANCE
    if qual == "approx":
        return v - a * APPROX_TOLERANCE, v + a * APPROX_TOLERANCE
    if qual in ("at_least", "more_than"):
        return v, v + a * (OPEN_FACTOR - 1)
    if qual in ("at_most", "less_than"):
        return v - a * (1 - 1 / OPEN_FACTOR), v
    return v - a * EXACT_TOLERANCE, v + a * EXACT_TOLERANCE


def countries(claim: Claim) -> frozenset[str]:
    """The country ids of a claim's ``country`` entities, whatever their role: the countries of
    its ``key``. (Roles differ across languages for one fact: "Kazakhstan's interior minister"
    is a source where "دخلوا البلاد" names no place at all.)"""
    return frozenset(e.id for e in claim.entities if e.kind == "country" and e.id)


def _time(claim: Claim) -> tuple[str, str] | None:
    """``(start, end)`` with open bounds as ``""`` / ``"~"``; None when the time is unknown."""
    t = claim.time
    if t is None or (t.start is None and t.end is None):
        return None
    return (t.start or "", t.end or "~")


@dataclass(frozen=True, slots=True)
class _Item:
    n: int
    claim: Claim
    lo: float
    hi: float
    time: tuple[str, str] | None
    countries: frozenset[str]


def _values_agree(a: _Item, b: _Item) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _same_fact(a: _Item, b: _Item, linked: bool = False) -> bool:
    """Same unit assumed. Countries: one set contains the other. Unless the two documents are
    ``linked``, both must name a country, or neither and both have a known time (an anchor in
    place or time). Times overlap (or one is unknown); event kinds are equal (or one is unknown)."""
    if a.claim.doc == b.claim.doc and (a.claim.quantity != b.claim.quantity):
        return False  # one document states one fact once (or restates the same figure)
    if a.claim.quantity.change != b.claim.quantity.change:
        return False  # a change and a level (or two opposite changes) never state one fact
    ca, cb = a.countries, b.countries
    if not (ca <= cb or cb <= ca):
        return False
    if not linked:
        if bool(ca) != bool(cb):
            return False
        if not ca and (a.time is None or b.time is None):
            return False
    ea, eb = a.claim.event, b.claim.event
    if ea is not None and eb is not None and ea != eb:
        return False
    if a.time is not None and b.time is not None:
        if not (a.time[0] <= b.time[1] and b.time[0] <= a.time[1]):
            return False
    return True


def _contradict(a: _Item, b: _Item) -> bool:
    return (
        a.claim.doc != b.claim.doc
        and a.claim.event is not None
        and a.claim.event == b.claim.event
        and a.claim.quantity.change == b.claim.quantity.change
        and a.time is not None
        and a.time == b.time
        and a.countries == b.countries
        and not _values_agree(a, b)
    )


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims that state one fact. ``variants`` index ``claims``: each variant is a set of claims
    whose values agree; an ``agree`` or ``single`` group has one, a ``conflict`` group several."""

    id: str
    label: str
    claims: tuple[Claim, ...]
    variants: tuple[tuple[int, ...], ...]

    @property
    def unit(self) -> str:
        return self.claims[0].quantity.unit

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted(countries(self.claims[0])))

    @property
    def event(self) -> str | None:
        """The event kind the claims name (the most common known one), or None."""
        kinds = [c.event for c in self.claims if c.event]
        return max(sorted(set(kinds)), key=kinds.count) if kinds else None

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.doc for c in self.claims))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({c.lang for c in self.claims}))

    def variant_of(self, index: int) -> int:
        return next(v for v, members in enumerate(self.variants) if index in members)

    def to_dict(self) -> dict[str, Any]:
        """The group as JSON: its label and its claims as ``claimx/1`` records, each with its variant."""
        return {
            "group": self.id,
            "label": self.label,
            "unit": self.unit,
            "countries": list(self.countries),
            "event": self.event,
            "docs": list(self.docs),
            "languages": list(self.languages),
            "claims": [dict(c.to_dict(), variant=self.variant_of(i)) for i, c in enumerate(self.claims)],
        }


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _as_claim(c: Claim | Mapping[str, Any]) -> Claim:
    return c if isinstance(c, Claim) else claim_from_dict(c)


def align(claims: Iterable[Claim | Mapping[str, Any]]) -> list[ClaimGroup]:
    """Group claims that state the same fact; label each group ``agree``, ``conflict`` or ``single``.

    Every input claim is in exactly one group. Groups come in the order of their first claim.
    Dicts must be complete ``claimx/1`` records (:class:`claimx.records.RecordError` otherwise).
    """
    items = []
    for n, c in enumerate(claims):
        claim = _as_claim(c)
        lo, hi = value_interval(claim)
        if math.isnan(lo) or math.isnan(hi):
            lo = hi = math.inf
        items.append(_Item(n, claim, lo, hi, _time(claim), countries(claim)))
    by_unit: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        by_unit[it.claim.quantity.unit].append(it)
    edges: set[tuple[int, int]] = set()
    for unit_items in by_unit.values():
        _anchored_edges(unit_items, edges)
    _linked_edges(items, edges)
    clusters = _clusters(items, edges)
    # Conflicts: clusters of one block holding contradicting claims (same event and time).
    cluster_of = {it.n: k for k, members in enumerate(clusters) for it in members}
    uf = _UnionFind(len(clusters))
    buckets: dict[tuple[str, frozenset[str], str, tuple[str, str]], list[_Item]] = defaultdict(list)
    for it in items:
        if it.claim.event is not None and it.time is not None and it.countries:
            buckets[(it.claim.quantity.unit, it.countries, it.claim.event, it.time)].append(it)
    for bucket in buckets.values():
        if len({cluster_of[it.n] for it in bucket}) < 2:
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if cluster_of[a.n] != cluster_of[b.n] and _contradict(a, b):
                    uf.union(cluster_of[a.n], cluster_of[b.n])
    merged: dict[int, list[list[_Item]]] = defaultdict(list)
    for k, members in enumerate(clusters):
        merged[uf.find(k)].append(sorted(members, key=lambda it: it.n))
    raw_groups = sorted(
        (sorted(variants, key=lambda v: v[0].n) for variants in merged.values()), key=lambda vs: vs[0][0].n
    )
    groups = []
    for g, variants in enumerate(raw_groups, 1):
        ordered = sorted((it for v in variants for it in v), key=lambda it: it.n)
        pos = {it.n: i for i, it in enumerate(ordered)}
        label = "conflict" if len(variants) > 1 else ("agree" if len(ordered) > 1 else "single")
        groups.append(
            ClaimGroup(
                id=f"g{g}",
                label=label,
                claims=tuple(it.claim for it in ordered),
                variants=tuple(tuple(pos[it.n] for it in v) for v in variants),
            )
        )
    return groups


def _anchored_edges(unit_items: list[_Item], edges: set[tuple[int, int]]) -> None:
    """Pairs of one unit anchored in place or time (see :func:`_same_fact`), added to ``edges``.

    Blocks: one per country (a claim is in the block of each of its countries) and one for
    claims without a country; inside a block, a sweep over value intervals sorted by their low
    end compares only claims whose intervals overlap.
    """
    blocks: dict[str, list[_Item]] = defaultdict(list)
    for it in unit_items:
        for c in it.countries or ("",):
            blocks[c].append(it)
    for block in blocks.values():
        block = sorted(block, key=lambda it: (it.lo, it.n))
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if b.lo > a.hi:
                    break
                key = (a.n, b.n) if a.n < b.n else (b.n, a.n)
                if key not in edges and _values_agree(a, b) and _same_fact(a, b):
                    edges.add(key)


def _linked_edges(items: list[_Item], edges: set[tuple[int, int]]) -> None:
    """Two documents with an anchored pair in common tell the same story: between their claims,
    a pair needs no anchor of its own (a figure with no place and no time, "Bair, 35", "des
    centaines de camions", can only be matched through its document). Added to ``edges``."""
    by_n = {it.n: it for it in items}
    links = {tuple(sorted((by_n[a].claim.doc, by_n[b].claim.doc))) for a, b in edges}
    links = {pair for pair in links if pair[0] != pair[1]}
    by_doc_unit: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for it in items:
        by_doc_unit[(it.claim.doc, it.claim.quantity.unit)].append(it)
    units_of: dict[str, set[str]] = defaultdict(set)
    for doc, unit in by_doc_unit:
        units_of[doc].add(unit)
    for da, db in sorted(links):
        for unit in units_of[da] & units_of[db]:
            for a in by_doc_unit[(da, unit)]:
                for b in by_doc_unit[(db, unit)]:
                    key = (a.n, b.n) if a.n < b.n else (b.n, a.n)
                    if key not in edges and _values_agree(a, b) and _same_fact(a, b, linked=True):
                        edges.add(key)


def _clusters(items: list[_Item], edges: set[tuple[int, int]]) -> list[list[_Item]]:
    """Connected components of ``edges``, each split into groups that are all pairwise linked."""
    index = {it.n: i for i, it in enumerate(items)}
    by_n = {it.n: it for it in items}
    uf = _UnionFind(len(items))
    for a, b in edges:
        uf.union(index[a], index[b])
    components: dict[int, list[_Item]] = defaultdict(list)
    for i, it in enumerate(items):
        components[uf.find(i)].append(it)
    component_edges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in edges:
        component_edges[uf.find(index[a])].append((a, b))
    out: list[list[_Item]] = []
    for root, members in components.items():
        out.extend(_cliques(members, component_edges[root], edges, by_n))
    return out


def _strength(a: _Item, b: _Item) -> tuple[int, float]:
    """How strongly a pair says "same fact": equal figures, equal country sets, the same known
    event and both times known each count one; closer values break ties."""
    score = int(a.claim.quantity.value == b.claim.quantity.value and a.claim.quantity.value_high == b.claim.quantity.value_high)
    score += int(a.countries == b.countries and bool(a.countries))
    score += int(a.claim.event is not None and a.claim.event == b.claim.event)
    score += int(a.time is not None and b.time is not None)
    ma, mb = abs(a.lo + a.hi) / 2, abs(b.lo + b.hi) / 2
    closeness = -abs(math.log(ma / mb)) if ma > 0 and mb > 0 else 0.0
    return score, closeness


def _cliques(
    members: list[_Item], own: list[tuple[int, int]], edges: set[tuple[int, int]], by_n: dict[int, _Item]
) -> list[list[_Item]]:
    """Split a connected component into groups whose members are all pairwise compatible:
    complete-linkage merging, strongest pairs first (so "up to 300,000" joins "300,000", not
    "more than 200,000" of the same article)."""

    def linked(a: _Item, b: _Item) -> bool:
        return ((a.n, b.n) if a.n < b.n else (b.n, a.n)) in edges

    if len(members) <= 2 or all(linked(a, b) for i, a in enumerate(members) for b in members[i + 1 :]):
        return [members]
    cluster_of = {it.n: it.n for it in members}
    clusters = {it.n: [it] for it in members}
    ranked = sorted(own, key=lambda e: (_strength(by_n[e[0]], by_n[e[1]]), -e[0], -e[1]), reverse=True)
    for a, b in ranked:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb or not all(linked(x, y) for x in clusters[ca] for y in clusters[cb]):
            continue
        keep, gone = min(ca, cb), max(ca, cb)
        for it in clusters.pop(gone):
            cluster_of[it.n] = keep
            clusters[keep].append(it)
    return list(clusters.values())


def groups_to_frame(groups: Sequence[ClaimGroup]) -> pd.DataFrame:
    """One row per claim: its ``group``, ``label`` and ``variant``, then the columns of
    :func:`claimx.to_frame` with the same types and missing values (pandas is imported only here)."""
    import pandas as pd

    from claimx.frame import COLUMNS, flat_row, typed_frame

    rows = [{"group": g.id, "label": g.label, "variant": g.variant_of(i), **flat_row(c)}
            for g in groups for i, c in enumerate(g.claims)]
    frame = pd.DataFrame.from_records(rows, columns=["group", "label", "variant", *COLUMNS])
    return typed_frame(frame.astype({"group": object, "label": object, "variant": "int64"}))
