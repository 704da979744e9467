"""The two real articles claimx was conceived from: every numeric claim they state, right."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx

R = None
SEEDS = {
    "000_8dbbc4f548402be0.txt": [  # Arabic
        ("ما لا يقل عن 200 ألف", 200000, R, "count", "at_least"),
        ("ما يصل إلى 300 ألف", 300000, R, "count", "at_most"),
        ("25 مليون", 25000000, R, "count", "exact"),
        ("29 عاماً", 29, R, "age:year", "exact"),
        ("14", 14, R, "count", "exact"),
        ("98 ألف", 98000, R, "count", "exact"),
        ("أكثر من 53 ألفًا", 53000, R, "count", "more_than"),
        ("من حوالي 5000 إلى 6000", 5000, 6000, "count", "range"),
        ("10000", 10000, R, "count", "exact"),
        ("ما يقرب من 66 ألف", 66000, R, "count", "approx"),
        ("30 في المائة", 30, R, "percent", "exact"),
        ("261000", 261000, R, "count", "exact"),
        ("20 ألف", 20000, R, "count", "exact"),
        ("ملايين", 1000000, R, "count", "at_least"),
    ],
    "004_86ac615d032c88e9.txt": [  # French
        ("200 000", 200000, R, "count", "exact"),
        ("plus de 200 000", 200000, R, "count", "more_than"),
        ("plus de 200 000", 200000, R, "count", "more_than"),
        ("300 000", 300000, R, "count", "exact"),
        ("plus de 200 000", 200000, R, "count", "more_than"),
        ("plus de 70 000", 70000, R, "count", "more_than"),
        ("30 jours", 2592000, R, "duration:s", "exact"),
        ("près de 69 000", 69000, R, "count", "approx"),
        ("66 000", 66000, R, "count", "exact"),
        ("plus de 12 000", 12000, R, "count", "more_than"),
        ("80", 80, R, "count", "exact"),
        ("six", 6, R, "count", "exact"),
        ("quatre", 4, R, "count", "exact"),
    ],
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_claims(shared: Path, name: str) -> None:
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    claims = claimx.extract(text, doc=name)
    got = [(c.text, c.quantity.value, c.quantity.value_high, c.quantity.unit, c.quantity.qualifier) for c in claims]
    assert got == SEEDS[name]
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text
        assert c.text in c.sentence


@pytest.mark.parametrize(
    "name, absent",
    [
        ("000_8dbbc4f548402be0.txt", ["21", "الأحد"]),
        ("004_86ac615d032c88e9.txt", ["21", "4", "30 septembre", "25", "2 octobre", "29", "Troisième", "1678283", "0"]),
    ],
)
def test_seed_dates_and_names_are_not_claims(shared: Path, name: str, absent: list[str]) -> None:
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    texts = {c.text for c in claimx.extract(text)}
    for a in absent:
        assert not any(t == a or t.endswith(" " + a) for t in texts), a
