"""The held-out check (corpus/heldout/: ANERcorp Arabic newswire, its test and dev splits, AQMAR Arabic
Wikipedia, WikiGold English Wikipedia, the UD English Web Treebank's web text, its test and dev splits).

Gold written blind, before claimx ran on these sentences; the README keeps the blind figures. Each file is
scored on its own, with floors below what claimx gives now (value F1 anercorp 0.882, wikigold 0.982,
anercorp-dev 0.852, ewt 0.706, ewt-dev 0.774, aqmar-dev 0.545; the blind figures of the first runs of the
last four were 0.764, 0.648, 0.750 and 0.529): a change that generalises worse than the round's code fails
here even where corpus/real, which the rules were fitted to, still passes.
"""

from __future__ import annotations

import pytest

from claimx.evaluate import Report, evaluate, load_corpus
from tests.conftest import ROOT

HELDOUT = ROOT / "corpus" / "heldout"
FLOORS = {
    ("ar", "anercorp"): {"f1": 0.85, "value_unit_f1": 0.85},
    ("ar", "anercorp-dev"): {"f1": 0.82, "value_unit_f1": 0.82},
    ("ar", "aqmar-dev"): {"f1": 0.52, "value_unit_f1": 0.52},
    ("en", "wikigold"): {"f1": 0.95, "value_unit_f1": 0.95},
    ("en", "ewt"): {"f1": 0.68, "value_unit_f1": 0.68},
    ("en", "ewt-dev"): {"f1": 0.74, "value_unit_f1": 0.74},
}
SOURCES = {
    "anercorp": "anercorp",
    "anercorp-dev": "anercorp",
    "aqmar-dev": "aqmar",
    "wikigold": "wikigold",
    "ewt": "uner_ewt",
    "ewt-dev": "uner_ewt",
}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {name: evaluate(HELDOUT / lang / f"{name}.jsonl") for lang, name in FLOORS}


def test_items_name_their_source_and_licence() -> None:
    docs = load_corpus(HELDOUT)
    assert {d["lang"] for d in docs} == {lang for lang, _ in FLOORS}
    assert {p.relative_to(HELDOUT).as_posix() for p in HELDOUT.rglob("*.jsonl")} == {
        f"{lang}/{name}.jsonl" for lang, name in FLOORS
    }
    for d in docs:
        kind, _, line_id = d["source"].partition(":")
        assert kind in SOURCES.values() and line_id == d["fact"] and d["licence"], d["doc"]


@pytest.mark.parametrize(("lang", "name", "metric"), [(*key, m) for key, ms in FLOORS.items() for m in ms])
def test_heldout_floor(reports: dict[str, Report], lang: str, name: str, metric: str) -> None:
    value = getattr(reports[name].langs[lang], metric)
    floor = FLOORS[(lang, name)][metric]
    assert value >= floor, f"{name} {lang} {metric} {value:.3f} (floor {floor})"
