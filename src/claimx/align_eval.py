"""Pairwise precision and recall of :func:`claimx.align.align` on an annotated corpus.

Gold pairs: two claims of documents in different languages that share a ``fact`` id and whose
annotated value, upper value and unit are equal. Predicted pairs: two claims of different
documents that :func:`align` puts in one agreeing set (an ``agree`` group, or one variant of a
``conflict`` group). Claims are either the extractor's output (matched to the annotation by span
to find their gold identity; unmatched ones can only make false pairs) or records built from the
annotation itself (gold value, entities, time and source), which scores the alignment alone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.align import ClaimGroup, align
from claimx.events import detect_event
from claimx.evaluate import _gold_spans, load_corpus
from claimx.extract import extract
from claimx.model import Claim, Entity, Quantity, Source, TimeRef
from claimx.normalize import normalize
from claimx.packs import load_pack
from claimx.segment import sentences

Pair = tuple[str, str]


@dataclass
class AlignScore:
    gold_pairs: int = 0
    predicted_pairs: int = 0
    correct_pairs: int = 0
    conflicts: int = 0
    groups: int = 0
    false_pairs: list[Pair] = field(default_factory=list)
    missed_pairs: list[Pair] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_pairs": self.gold_pairs, "predicted_pairs": self.predicted_pairs,
            "correct_pairs": self.correct_pairs, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "groups": self.groups, "conflict_groups": self.conflicts,
        }


def _gold_id(doc: dict[str, Any], n: int) -> str:
    return f"{doc['doc']}#g{n}"


def gold_claims(doc: dict[str, Any]) -> list[Claim]:
    """The annotated claims of one corpus document as :class:`Claim` records (ids ``<doc>#g<n>``);
    their event is recognised from their sentence as the extractor does."""
    text = doc["text"]
    pack = load_pack(doc["lang"])
    norm = normalize(text)
    sents = [norm.raw_span(a, b) for a, b in sentences(norm.text, pack)]
    spans = _gold_spans(text, [g["text"] for g in doc["claims"]])
    out = []
    for n, (g, (s, e)) in enumerate(zip(doc["claims"], spans), 1):
        ss, se = next(((a, b) for a, b in sents if a <= s < b), (0, len(text)))
        entities = []
        for ent in g.get("entities") or []:
            at = text.find(ent["text"], ss)
            at = text.find(ent["text"]) if at < 0 else at
            entities.append(Entity(kind=ent["kind"], id=ent.get("id"), text=ent["text"],
                                   span=(max(at, 0), max(at, 0) + len(ent["text"])), role=ent["role"],
                                   title=ent.get("title")))
        t = g.get("time")
        out.append(Claim(
            id=_gold_id(doc, n), doc=doc["doc"], lang=doc["lang"], text=g["text"], span=(s, e),
            sentence=text[ss:se],
            quantity=Quantity(value=g["value"], value_high=g.get("value_high"), unit=g["unit"],
                              qualifier=g["qualifier"], counted=g.get("counted")),
            entities=tuple(entities),
            time=TimeRef(t["text"], t.get("start"), t.get("end"), t.get("relation", "at")) if t else None,
            source=Source(g["source"]["text"]) if g.get("source") else None,
            event=detect_event(text[ss:se], s - ss, e - ss, pack),
        ))
    return out


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9)


def gold_pairs(docs: Sequence[dict[str, Any]]) -> set[Pair]:
    by_fact: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for d in docs:
        if d.get("fact"):
            for n, g in enumerate(d["claims"], 1):
                by_fact.setdefault(d["fact"], []).append((d["lang"], _gold_id(d, n), g))
    pairs: set[Pair] = set()
    for members in by_fact.values():
        for i, (la, ida, ga) in enumerate(members):
            for lb, idb, gb in members[i + 1 :]:
                if la != lb and ga["unit"] == gb["unit"] and _same(ga["value"], gb["value"]) \
                        and _same(ga.get("value_high"), gb.get("value_high")):
                    pairs.add(_pair(ida, idb))
    return pairs


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def predicted_pairs(groups: Iterable[ClaimGroup], identity: dict[str, str]) -> set[Pair]:
    """Pairs of claims of different documents in one agreeing set, by their gold identity
    (``identity`` maps a claim id to its gold id; an unmatched claim keeps its own id)."""
    pairs: set[Pair] = set()
    for g in groups:
        for variant in g.variants:
            members = [g.claims[i] for i in variant]
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.doc != b.doc:
                        pairs.add(_pair(identity.get(a.id, a.id), identity.get(b.id, b.id)))
    return pairs


def _match(doc: dict[str, Any], claims: list[Claim]) -> dict[str, str]:
    """Extracted claim id → gold id, by overlapping span (as ``claimx eval`` matches them)."""
    spans = _gold_spans(doc["text"], [g["text"] for g in doc["claims"]])
    out: dict[str, str] = {}
    used: set[int] = set()
    for n, (gs, ge) in enumerate(spans, 1):
        for i, c in enumerate(claims):
            if i not in used and c.span[0] < ge and gs < c.span[1]:
                used.add(i)
                out[c.id] = _gold_id(doc, n)
                break
    return out


def score_alignment(path: str | Path, claims_from: str = "extracted") -> AlignScore:
    """Align every claim of the corpus at ``path`` at once and score the pairs.

    ``claims_from``: ``extracted`` (run the extractor, as a user would) or ``gold`` (the annotation).
    """
    docs = load_corpus(path)
    claims: list[Claim] = []
    identity: dict[str, str] = {}
    for d in docs:
        if claims_from == "gold":
            found = gold_claims(d)
        elif claims_from == "extracted":
            found = extract(d["text"], published=d.get("published"), doc=d["doc"])
            identity.update(_match(d, found))
        else:
            raise ValueError(f"claims_from must be 'extracted' or 'gold', not {claims_from!r}")
        claims.extend(found)
    groups = align(claims)
    gold = gold_pairs(docs)
    pred = predicted_pairs(groups, identity)
    score = AlignScore(
        gold_pairs=len(gold), predicted_pairs=len(pred), correct_pairs=len(gold & pred),
        conflicts=sum(g.label == "conflict" for g in groups), groups=len(groups),
    )
    score.false_pairs = sorted(pred - gold)
    score.missed_pairs = sorted(gold - pred)
    return score
