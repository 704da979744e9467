"""Claim records (schema ``claimx/1``): frozen, structurally equal, one place that knows the JSON.

Each record type writes its JSON object (``to_dict``) and reads it back (``from_dict``, the
inverse: ``X.from_dict(x.to_dict()) == x``). ``from_dict`` trusts its input's shape; records from
outside go through :func:`claimx.records.claim_from_dict`, which checks them first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Context, Decimal
from typing import Any, ClassVar

from claimx.records_init import quick_init, quick_new

SCHEMA = "claimx/1"

_QUAL_SIGN = {
    "exact": "=",
    "approx": "~",
    "at_least": ">=",
    "more_than": ">",
    "at_most": "<=",
    "less_than": "<",
}


_NINE_PLACES = Decimal("1e-9")


def plain_number(v: Decimal | int | float | None) -> int | float | None:
    """A JSON-friendly number: an int when whole, else a float rounded to 9 significant places."""
    if v is None:
        return None
    d = Decimal(v) if not isinstance(v, Decimal) else v
    if d == d.to_integral_value():
        return int(d)
    if abs(d) < 1:
        return float(f"{d:.9g}")
    # Nine decimal places, with the precision that needs (the default 28 digits cannot round 1e19 + 0.5).
    return float(d.quantize(_NINE_PLACES, context=Context(prec=d.adjusted() + 11)))


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    value: int | float
    value_high: int | float | None
    unit: str
    qualifier: str
    counted: str | None = None
    change: str | None = None  # "up" / "down": the number is the size of a change, or a level a change reached
    baseline: int | float | None = None  # the level a change started from ("from 4.8% to 4.7%": 4.8)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "counted": self.counted,
            "change": self.change,
            "baseline": self.baseline,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quantity:
        """The inverse of :meth:`to_dict` (``change`` and ``baseline`` may be absent: older records)."""
        return cls(
            value=d["value"], value_high=d["value_high"], unit=d["unit"], qualifier=d["qualifier"],
            counted=d["counted"], change=d.get("change"), baseline=d.get("baseline"),
        )


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    kind: str
    id: str | None
    text: str
    span: tuple[int, int]
    role: str
    title: str | None = None
    key: str | None = None  # persons: a transliteration key shared across scripts (see README)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "id": self.id, "text": self.text, "span": list(self.span), "role": self.role}
        if self.title is not None:
            d["title"] = self.title
        if self.key is not None:
            d["key"] = self.key
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """The inverse of :meth:`to_dict` (``title`` and ``key`` are written only when set)."""
        start, end = d["span"]
        return cls(
            kind=d["kind"], id=d["id"], text=d["text"], span=(int(start), int(end)), role=d["role"],
            title=d.get("title"), key=d.get("key"),
        )


@quick_init
@dataclass(frozen=True, slots=True)
class TimeRef:
    text: str
    start: str | None
    end: str | None
    relation: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "relation": self.relation}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimeRef:
        return cls(text=d["text"], start=d["start"], end=d["end"], relation=d["relation"])


@quick_init
@dataclass(frozen=True, slots=True)
class Source:
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        return cls(text=d["text"])


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim. ``span`` and ``sentence`` refer to the caller's original text."""

    schema: ClassVar[str] = SCHEMA
    id: str
    doc: str
    lang: str
    text: str
    span: tuple[int, int]
    sentence: str
    quantity: Quantity
    entities: tuple[Entity, ...] = field(default=())
    time: TimeRef | None = None
    source: Source | None = None
    event: str | None = None
    # Where ``span`` and ``sentence`` point: None for the input as given; "html-main-text" for the
    # main text extracted from a web page (claimx.page.read_page), not its markup.
    text_source: str | None = None

    @property
    def key(self) -> str:
        """Language-neutral fingerprint built from normalised fields only."""
        q = self.quantity
        if q.qualifier == "range":
            number = f"{q.unit}={q.value}..{q.value_high}"
        else:
            number = f"{q.unit}{_QUAL_SIGN[q.qualifier]}{q.value}"
        if q.change is not None:
            number = f"{q.change}:{number}"  # a change never states the same fact as a level
        countries = ",".join(sorted({e.id for e in self.entities if e.kind == "country" and e.id}))
        when = ""
        if self.time is not None and (self.time.start or self.time.end):
            when = f"{self.time.start or ''}/{self.time.end or ''}"
        return f"{number}|{countries}|{when}"

    def to_dict(self) -> dict[str, Any]:
        """The ``claimx/1`` record (the CLI prints exactly this, one per line)."""
        d: dict[str, Any] = {
            "schema": self.schema,
            "id": self.id,
            "doc": self.doc,
            "lang": self.lang,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
            "quantity": self.quantity.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "time": self.time.to_dict() if self.time else None,
            "source": self.source.to_dict() if self.source else None,
            "event": self.event,
            "key": self.key,
        }
        if self.text_source is not None:
            d["text_source"] = self.text_source
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        """The inverse of :meth:`to_dict`. ``key`` is derived from the other fields, so it is not
        read; ``event`` and ``text_source`` may be absent (None)."""
        start, end = d["span"]
        return cls(
            id=d["id"], doc=d["doc"], lang=d["lang"], text=d["text"], span=(int(start), int(end)),
            sentence=d["sentence"], quantity=Quantity.from_dict(d["quantity"]),
            entities=tuple(Entity.from_dict(e) for e in d["entities"]),
            time=TimeRef.from_dict(d["time"]) if d["time"] is not None else None,
            source=Source.from_dict(d["source"]) if d["source"] is not None else None,
            event=d.get("event"), text_source=d.get("text_source"),
        )


new_claim = quick_new(Claim)  # ``Claim(...)`` in half the time: one is made per number of a list of counts


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a ``claimx/1`` record, as shipped in the package."""
    import json
    from importlib import resources

    schema: dict[str, Any] = json.loads(
        resources.files("claimx.schema").joinpath("claimx-1.schema.json").read_text("utf-8")
    )
    return schema
