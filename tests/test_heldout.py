"""The held-out check (corpus/heldout/: ANERcorp Arabic newswire, WikiGold English Wikipedia).

Gold written blind, before claimx ran on these sentences; the README keeps the blind figures. The
floors here are below what claimx gives now (value F1 ar 0.829 over the test and dev items of ANERcorp,
en 0.982): a change that generalises worse than the round's code fails here even where corpus/real,
which the rules were fitted to, still passes.
"""

from __future__ import annotations

import pytest

from claimx.evaluate import Report, evaluate, load_corpus
from tests.conftest import ROOT

HELDOUT = ROOT / "corpus" / "heldout"
FLOORS = {"ar": {"f1": 0.81, "value_unit_f1": 0.81}, "en": {"f1": 0.95, "value_unit_f1": 0.95}}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(HELDOUT)


def test_items_name_their_source_and_licence() -> None:
    docs = load_corpus(HELDOUT)
    assert {d["lang"] for d in docs} == set(FLOORS)
    for d in docs:
        kind, _, line_id = d["source"].partition(":")
        assert kind in ("anercorp", "wikigold") and line_id == d["fact"] and d["licence"], d["doc"]


@pytest.mark.parametrize(("lang", "metric"), [(lang, m) for lang, ms in FLOORS.items() for m in ms])
def test_heldout_floor(report: Report, lang: str, metric: str) -> None:
    value = getattr(report.langs[lang], metric)
    assert value >= FLOORS[lang][metric], f"{lang} {metric} {value:.3f} (floor {FLOORS[lang][metric]})"
