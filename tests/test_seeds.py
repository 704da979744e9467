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


def _claim(shared: Path, name: str, text: str, nth: int = 0) -> claimx.Claim:
    raw = (shared / "seeds" / name).read_text(encoding="utf-8")
    return [c for c in claimx.extract(raw, doc=name) if c.text == text][nth]


def test_seed_fr_kazakhstan_claim_has_its_entities_and_source(shared: Path) -> None:
    c = _claim(shared, "004_86ac615d032c88e9.txt", "plus de 200 000", 2)
    assert c.quantity.counted == "Russes"
    roles = {(e.id, e.role) for e in c.entities if e.kind == "country"}
    assert ("KZ", "location") in roles and ("RU", "subject") in roles
    assert "KZ:interior" in {e.id for e in c.entities if e.kind == "ministry"}
    assert c.source is not None and "Marat Akhmetzhanov" in c.source.text
    [person] = [e for e in c.entities if e.kind == "person" and e.role == "source"]
    assert (person.text, person.title) == ("Marat Akhmetzhanov", "minister:interior")


def test_seed_ar_georgia_claim_has_its_entities_and_source(shared: Path) -> None:
    c = _claim(shared, "000_8dbbc4f548402be0.txt", "أكثر من 53 ألفًا")
    assert "GE" in {e.id for e in c.entities if e.kind == "country"}
    assert {e.id for e in c.entities if e.kind == "ministry"} == {"GE:interior"}
    assert c.source is not None and c.source.text == "وزير الداخلية الجورجي"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_countries_named_in_a_claim_sentence_are_attached(shared: Path, name: str) -> None:
    from claimx.entities import find_countries, gazetteer
    from claimx.normalize import normalize
    from claimx.packs import load_pack

    raw = (shared / "seeds" / name).read_text(encoding="utf-8")
    for c in claimx.extract(raw, doc=name):
        gz = gazetteer(load_pack(c.lang))
        norm = normalize(c.sentence).text
        named = {m.id for m in find_countries(norm, 0, len(norm), gz)}
        inside = {m.id for m in find_countries(norm, *_inside(c), gz)} if c.text in c.sentence else set()
        got = {e.id for e in c.entities if e.kind == "country"}
        assert named - inside <= got, (c.text, named, got)


def _inside(c: claimx.Claim) -> tuple[int, int]:
    from claimx.normalize import normalize

    norm = normalize(c.sentence).text
    at = norm.find(normalize(c.text).text)
    return (at, at + len(normalize(c.text).text))


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
