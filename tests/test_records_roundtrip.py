"""Every record claimx produces on the corpus reads back to the same claim: ``Claim.from_dict`` is
the inverse of ``to_dict``, and the checked reader (``claim_from_dict``) builds the same claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimx
from claimx.model import Claim, Entity

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = sorted(CORPUS.rglob("*.jsonl"))


def test_the_corpus_is_there() -> None:
    assert {f.parent.name for f in FILES} >= {"ar", "en", "fr"}
    assert any("real" in f.parts for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(CORPUS)) for f in FILES])
def test_records_round_trip(path: Path) -> None:
    schema_fields = set(claimx.json_schema()["properties"])
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for claim in claimx.extract(doc["text"], published=doc.get("published"), doc=doc.get("doc")):
            d = claim.to_dict()
            assert set(d) <= schema_fields, set(d) - schema_fields
            back = Claim.from_dict(d)
            assert back == claim
            assert back.to_dict() == d
            read = json.loads(json.dumps(d, ensure_ascii=False))  # as the CLI writes it and a reader reads it
            assert Claim.from_dict(read).to_dict() == d
            assert claimx.claim_from_dict(read) == claim
            n += 1
    assert n


def test_a_persons_key_is_read_back() -> None:
    """The reader used to drop it."""
    person = Entity("person", None, "Kassym-Jomart Tokayev", (0, 21), "source", title="president", key="tokaev")
    claim = Claim("c1", "d", "en", "200,000", (30, 37), "s", claimx.Quantity(200000, None, "count", "exact"),
                  entities=(person,))
    assert claimx.claim_from_dict(claim.to_dict()).entities[0].key == "tokaev"
    assert claimx.claim_from_dict(claim.to_dict()) == claim


def test_records_built_by_quick_init_stay_frozen_dataclasses() -> None:
    """``quick_init`` swaps only how the slots are set: the parameters, defaults and equality of
    the dataclass, and its refusal of assignment, stay."""
    import dataclasses
    import inspect

    from claimx.model import Quantity, Source, TimeRef
    from claimx.quantities.model import Hit, Rejection
    from claimx.records_init import quick_init

    for cls in (Claim, Entity, Quantity, Source, TimeRef, Hit, Rejection):
        params = list(inspect.signature(cls).parameters.values())
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields]
        assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields]
    q = Quantity(value=3, value_high=None, unit="count", qualifier="exact")
    claim = Claim(id="d#1", doc="d", lang="en", text="3", span=(0, 1), sentence="3 died.", quantity=q)
    assert claim.entities == () and claim.time is None and claim.event is None
    assert claim == dataclasses.replace(claim) and hash(claim) == hash(dataclasses.replace(claim))
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.lang = "fr"  # type: ignore[misc]
    # built on a mutable twin of the same slots, the object ends in its own class (pickled too);
    # an object of a subclass keeps the subclass
    import pickle

    assert type(claim) is Claim and type(q) is Quantity and pickle.loads(pickle.dumps(claim)) == claim

    class Counted(Quantity):
        pass

    sub = Counted(value=3, value_high=None, unit="count", qualifier="exact", counted="people")
    assert type(sub) is Counted and sub.counted == "people" and sub.value == 3

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Listed)


def test_records_made_by_quick_new_are_those_their_class_makes() -> None:
    """``quick_new``'s function takes the class's parameters and defaults and gives the object
    ``cls(...)`` gives: its own class, equal, frozen, pickled alike."""
    import dataclasses
    import inspect
    import pickle
    from decimal import Decimal

    from claimx.model import Quantity, new_claim
    from claimx.quantities.model import Hit, new_hit
    from claimx.records_init import quick_new

    for cls, new in ((Claim, new_claim), (Hit, new_hit)):
        assert list(inspect.signature(new).parameters.values()) == list(inspect.signature(cls).parameters.values())
    q = Quantity(value=3, value_high=None, unit="count", qualifier="exact")
    made = new_claim("d#1", "d", "en", "3", (0, 1), "3 died.", q)
    claim = Claim(id="d#1", doc="d", lang="en", text="3", span=(0, 1), sentence="3 died.", quantity=q)
    assert type(made) is Claim and made == claim and hash(made) == hash(claim) and made.to_dict() == claim.to_dict()
    assert pickle.loads(pickle.dumps(made)) == claim
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.lang = "fr"  # type: ignore[misc]
    hit = new_hit(0, 1, Decimal(3), None, "count", "exact", None, None)
    assert type(hit) is Hit and hit == Hit(0, 1, Decimal(3), None, "count", "exact", None, None)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_new(Listed)
