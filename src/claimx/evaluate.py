"""``claimx eval``: score the extractor against the annotated corpus (format: corpus/README.md).

A predicted claim matches a gold claim when their spans overlap (one-to-one, in text order).
Per language: value precision/recall/F1 (a match counts when value and value_high are equal),
the same F1 when the unit must agree too (value+unit), unit, qualifier and change accuracy over
matched pairs (change: over the pairs whose gold states ``change``), and the number of predictions
that fall on a ``not_claims`` string (a date, year, ordinal or name reported as a claim), also per
100 documents.

A folder is read with every ``.jsonl`` below it, except a subfolder that holds its own
``README.md``: that is a corpus of its own (``corpus/real/`` beside the regression corpus) and is
evaluated by naming it.

Entities and sources, over matched pairs whose gold carries them:

* country F1: the claim's set of country ids (any role) against the gold set, micro-averaged;
* ministry accuracy: the set of ministry ids equals the gold set, over pairs where either side
  names a ministry;
* source accuracy: both sides have no source, or both name one and the phrases agree: one
  contains the other, or they share at least half of the words of the longer one (so
  ``le ministre kazakh de l'Intérieur`` and ``ministre kazakh de l'Intérieur`` agree, and
  ``the UN refugee agency`` and ``the health ministry`` do not).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from claimx.errors import EvalError as EvalError  # re-exported: the old import path
from claimx.extract import extract
from claimx.model import Claim
from claimx.normalize import norm_key


@dataclass
class LangScore:
    gold: int = 0
    predicted: int = 0
    value_ok: int = 0
    value_unit_ok: int = 0
    matched: int = 0
    change_gold: int = 0
    change_ok: int = 0
    unit_ok: int = 0
    qualifier_ok: int = 0
    non_claims: int = 0
    docs: int = 0
    time_gold: int = 0
    time_ok: int = 0
    country_tp: int = 0
    country_fp: int = 0
    country_fn: int = 0
    ministry_gold: int = 0
    ministry_ok: int = 0
    source_gold: int = 0
    source_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @staticmethod
    def _harmonic(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.value_ok, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.value_ok, self.gold)

    @property
    def f1(self) -> float:
        return self._harmonic(self.precision, self.recall)

    @property
    def value_unit_f1(self) -> float:
        return self._harmonic(self._ratio(self.value_unit_ok, self.predicted), self._ratio(self.value_unit_ok, self.gold))

    @property
    def change_accuracy(self) -> float:
        return self._ratio(self.change_ok, self.change_gold)

    @property
    def non_claims_per_100(self) -> float:
        return 100 * self.non_claims / self.docs if self.docs else 0.0

    @property
    def unit_accuracy(self) -> float:
        return self._ratio(self.unit_ok, self.matched)

    @property
    def qualifier_accuracy(self) -> float:
        return self._ratio(self.qualifier_ok, self.matched)

    @property
    def time_accuracy(self) -> float:
        return self._ratio(self.time_ok, self.time_gold)

    @property
    def country_f1(self) -> float:
        p = self._ratio(self.country_tp, self.country_tp + self.country_fp)
        r = self._ratio(self.country_tp, self.country_tp + self.country_fn)
        return self._harmonic(p, r)

    @property
    def ministry_accuracy(self) -> float:
        return self._ratio(self.ministry_ok, self.ministry_gold)

    @property
    def source_accuracy(self) -> float:
        return self._ratio(self.source_ok, self.source_gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "gold": self.gold,
            "predicted": self.predicted,
            "value_precision": round(self.precision, 4),
            "value_recall": round(self.recall, 4),
            "value_f1": round(self.f1, 4),
            "value_unit_f1": round(self.value_unit_f1, 4),
            "unit_accuracy": round(self.unit_accuracy, 4),
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "time_start_end_accuracy": round(self.time_accuracy, 4),
            "time_annotated": self.time_gold,
            "change_accuracy": round(self.change_accuracy, 4),
            "change_annotated": self.change_gold,
            "non_claims_reported": self.non_claims,
            "non_claims_per_100_docs": round(self.non_claims_per_100, 2),
            "country_f1": round(self.country_f1, 4),
            "ministry_accuracy": round(self.ministry_accuracy, 4),
            "ministry_annotated": self.ministry_gold,
            "source_accuracy": round(self.source_accuracy, 4),
            "source_annotated": self.source_gold,
        }


@dataclass
class Report:
    langs: dict[str, LangScore]

    def to_dict(self) -> dict[str, Any]:
        return {lang: s.to_dict() for lang, s in sorted(self.langs.items())}

    def failures(
        self,
        min_f1: float | None,
        max_non_claims: int | None,
        min_time: float | None = None,
        min_entities: tuple[float, float, float] | None = None,
    ) -> list[str]:
        """Bars not met; ``min_entities`` is (country F1, ministry accuracy, source accuracy)."""
        out = []
        for lang, s in sorted(self.langs.items()):
            if min_entities is not None:
                for name, bar in zip(("country_f1", "ministry_accuracy", "source_accuracy"), min_entities):
                    v = getattr(s, name)
                    if v < bar:
                        out.append(f"{lang} {name} {v:.3f} < {bar}")
            if min_f1 is not None:
                for name in ("f1", "unit_accuracy", "qualifier_accuracy"):
                    v = getattr(s, name)
                    if v < min_f1:
                        out.append(f"{lang} {name} {v:.3f} < {min_f1}")
            if min_time is not None and s.time_accuracy < min_time:
                out.append(f"{lang} time_accuracy {s.time_accuracy:.3f} < {min_time}")
            if max_non_claims is not None and s.non_claims > max_non_claims:
                out.append(f"{lang} non-claims reported {s.non_claims} > {max_non_claims}")
        return out


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if p.is_dir():
        own = {d for d in p.rglob("README.md") if d.parent != p}
        files = sorted(f for f in p.rglob("*.jsonl") if not any(r.parent in f.parents for r in own))
    elif p.is_file():
        files = [p]
    else:
        raise EvalError(f"{p}: no such file or folder")
    if not files:
        raise EvalError(f"{p}: no .jsonl corpus files")
    docs = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc["text"], doc["lang"], doc["claims"]  # noqa: B018 - required fields
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise EvalError(f"{f}:{n}: not a corpus record ({exc})") from None
            doc.setdefault("doc", f"{f.stem}-{n}")
            docs.append(doc)
    return docs


def _gold_spans(text: str, strings: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for s in strings:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            raise EvalError(f"annotated string {s!r} is not in the text")
        spans.append((i, i + len(s)))
        pos = i + len(s)
    return spans


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def score_document(doc: dict[str, Any], claims: list[Claim], s: LangScore) -> None:
    text = doc["text"]
    gold = doc["claims"]
    try:
        gspans = _gold_spans(text, [g["text"] for g in gold])
        nspans = _gold_spans(text, doc.get("not_claims", []))
    except EvalError as exc:
        raise EvalError(f"{doc['doc']}: {exc}") from None
    s.docs += 1
    s.gold += len(gold)
    s.predicted += len(claims)
    used: set[int] = set()
    for g, (gs, ge) in zip(gold, gspans):
        match = next(
            (i for i, c in enumerate(claims) if i not in used and c.span[0] < ge and gs < c.span[1]), None
        )
        if match is None:
            s.errors.append(f"{doc['doc']}: missed {g['text']!r} ({g['value']} {g['unit']} {g['qualifier']})")
            continue
        used.add(match)
        _score_match(doc["doc"], claims[match], g, s)
    for i, c in enumerate(claims):
        if i in used:
            continue
        on_non_claim = any(c.span[0] < ne and ns < c.span[1] for ns, ne in nspans)
        if on_non_claim:
            s.non_claims += 1
        kind = "non-claim reported" if on_non_claim else "spurious"
        s.errors.append(f"{doc['doc']}: {kind} {c.text!r} ({c.quantity.value} {c.quantity.unit})")


def _score_match(name: str, c: Claim, g: dict[str, Any], s: LangScore) -> None:
    """Score claim ``c`` of document ``name`` against the gold claim ``g`` it overlaps."""
    q = c.quantity
    s.matched += 1
    if _same(q.value, g["value"]) and _same(q.value_high, g.get("value_high")):
        s.value_ok += 1
        s.value_unit_ok += q.unit == g["unit"]
    else:
        s.errors.append(f"{name}: value {c.text!r} -> {q.value}..{q.value_high}, gold {g['value']}..{g.get('value_high')}")
    if q.unit == g["unit"]:
        s.unit_ok += 1
    else:
        s.errors.append(f"{name}: unit {c.text!r} -> {q.unit}, gold {g['unit']}")
    if q.qualifier == g["qualifier"]:
        s.qualifier_ok += 1
    else:
        s.errors.append(f"{name}: qualifier {c.text!r} -> {q.qualifier}, gold {g['qualifier']}")
    if "change" in g:
        s.change_gold += 1
        got_change = getattr(q, "change", None)
        if got_change == g["change"]:
            s.change_ok += 1
        else:
            s.errors.append(f"{name}: change {c.text!r} -> {got_change}, gold {g['change']}")
    if "time" in g:
        s.time_gold += 1
        gold_t = g["time"] or {}
        want = (gold_t.get("start"), gold_t.get("end"))
        got = (c.time.start, c.time.end) if c.time else (None, None)
        if want == got:
            s.time_ok += 1
        else:
            said = c.time.text if c.time else None
            s.errors.append(f"{name}: time {c.text!r} -> {got} from {said!r}, gold {want} from {gold_t.get('text')!r}")
    if "entities" in g:
        _score_entities(name, c, g, s)


_WORDS = regex.compile(r"[\p{L}\p{M}\d]+")


def source_match(predicted: str | None, gold: str | None) -> bool:
    """Whether two source phrases name the same speaker (the rule in the module docstring)."""
    if predicted is None or gold is None:
        return predicted is gold
    a, b = norm_key(predicted), norm_key(gold)
    if a in b or b in a:
        return True
    wa, wb = set(_WORDS.findall(a)), set(_WORDS.findall(b))
    return bool(wa and wb) and len(wa & wb) * 2 >= max(len(wa), len(wb))


def _score_entities(doc: str, c: Claim, g: dict[str, Any], s: LangScore) -> None:
    want = {e["id"] for e in g["entities"] if e["kind"] == "country" and e.get("id")}
    got = {e.id for e in c.entities if e.kind == "country" and e.id}
    s.country_tp += len(want & got)
    s.country_fp += len(got - want)
    s.country_fn += len(want - got)
    if want != got:
        s.errors.append(f"{doc}: countries {c.text!r} -> {sorted(got)}, gold {sorted(want)}")
    want_m = {e["id"] for e in g["entities"] if e["kind"] == "ministry"}
    got_m = {e.id for e in c.entities if e.kind == "ministry"}
    if want_m or got_m:
        s.ministry_gold += 1
        if want_m == got_m:
            s.ministry_ok += 1
        else:
            s.errors.append(f"{doc}: ministry {c.text!r} -> {sorted(i or '' for i in got_m)}, gold {sorted(want_m)}")
    if "source" in g:
        s.source_gold += 1
        gold_src = (g["source"] or {}).get("text")
        got_src = c.source.text if c.source else None
        if source_match(got_src, gold_src):
            s.source_ok += 1
        else:
            s.errors.append(f"{doc}: source {c.text!r} -> {got_src!r}, gold {gold_src!r}")


def evaluate(path: str | Path) -> Report:
    langs: dict[str, LangScore] = defaultdict(LangScore)
    for doc in load_corpus(path):
        claims = extract(doc["text"], published=doc.get("published"), doc=doc["doc"])
        score_document(doc, claims, langs[doc["lang"]])
    return Report(dict(langs))


def render_report(report: Report, errors: bool = False) -> str:
    head = (
        f"{'lang':<5}{'docs':>6}{'gold':>6}{'pred':>6}{'val P':>8}{'val R':>8}{'val F1':>8}{'+unit':>8}{'unit':>8}"
        f"{'qual':>8}{'change':>8}{'time':>8}{'non-claims':>12}{'country':>9}{'ministry':>10}{'source':>8}"
    )
    lines = [head, "-" * len(head)]
    for lang, s in sorted(report.langs.items()):
        lines.append(
            f"{lang:<5}{s.docs:>6}{s.gold:>6}{s.predicted:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            f"{s.value_unit_f1:>8.3f}{s.unit_accuracy:>8.3f}{s.qualifier_accuracy:>8.3f}{s.change_accuracy:>8.3f}"
            f"{s.time_accuracy:>8.3f}{s.non_claims:>12}"
            f"{s.country_f1:>9.3f}{s.ministry_accuracy:>10.3f}{s.source_accuracy:>8.3f}"
        )
    if errors:
        for lang, s in sorted(report.langs.items()):
            for e in s.errors:
                lines.append(f"  [{lang}] {e}")
    return "\n".join(lines) + "\n"
