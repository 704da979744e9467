"""Reading ``claimx/1`` records back into :class:`~claimx.model.Claim` objects, refusing records of
another schema or with missing or mistyped fields. The checks are here; building the claim is
:meth:`Claim.from_dict <claimx.model.Claim.from_dict>`, the inverse of ``Claim.to_dict()``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimx.errors import RecordError as RecordError  # re-exported: the old import path
from claimx.model import SCHEMA, Claim
from claimx.packs import QUALIFIERS, available_languages, load_pack

REQUIRED = ("schema", "id", "doc", "lang", "text", "span", "sentence", "quantity", "entities", "time", "source", "key")
_QUANTITY = ("value", "value_high", "unit", "qualifier", "counted")
_ENTITY = ("kind", "id", "text", "span", "role")
_TIME = ("text", "start", "end", "relation")


def _need(d: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in d]
    if missing:
        raise RecordError(f"missing field{'s' if len(missing) > 1 else ''} {', '.join(where + k for k in missing)}")


def _span(v: Any, where: str) -> tuple[int, int]:
    if not (isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(x, int) for x in v)):
        raise RecordError(f"{where} is not a [start, end] pair of integers")
    return int(v[0]), int(v[1])


def claim_from_dict(d: Any) -> Claim:
    """The :class:`Claim` a ``claimx/1`` record describes.

    Raises :class:`RecordError` for another schema version or a missing field. A record written
    before the ``event`` field existed gets its event recognised from its sentence.
    """
    if not isinstance(d, Mapping):
        raise RecordError(f"not a JSON object but {type(d).__name__}")
    if "schema" not in d:
        raise RecordError("missing field schema (is this a claimx record?)")
    if d["schema"] != SCHEMA:
        raise RecordError(f"schema {d['schema']!r} is not {SCHEMA!r}")
    _need(d, REQUIRED, "")
    q = d["quantity"]
    if not isinstance(q, Mapping):
        raise RecordError("quantity is not an object")
    _need(q, _QUANTITY, "quantity.")
    if not isinstance(q["value"], (int, float)) or isinstance(q["value"], bool):
        raise RecordError("quantity.value is not a number")
    if q["value_high"] is not None and not isinstance(q["value_high"], (int, float)):
        raise RecordError("quantity.value_high is not a number")
    if q["qualifier"] not in QUALIFIERS:
        raise RecordError(f"quantity.qualifier {q['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
    if not isinstance(q["unit"], str):
        raise RecordError("quantity.unit is not a string")
    if not isinstance(d["entities"], list):
        raise RecordError("entities is not a list")
    for n, e in enumerate(d["entities"]):
        if not isinstance(e, Mapping):
            raise RecordError(f"entities[{n}] is not an object")
        _need(e, _ENTITY, f"entities[{n}].")
        _span(e["span"], f"entities[{n}].span")
    t = d["time"]
    if t is not None:
        if not isinstance(t, Mapping):
            raise RecordError("time is not an object or null")
        _need(t, _TIME, "time.")
    s = d["source"]
    if s is not None and not (isinstance(s, Mapping) and "text" in s):
        raise RecordError("source is not null or an object with a text")
    for k in ("id", "doc", "lang", "text", "sentence"):
        if not isinstance(d[k], str):
            raise RecordError(f"{k} is not a string")
    _span(d["span"], "span")
    if "event" in d:
        event = d["event"]
        if event is not None and not isinstance(event, str):
            raise RecordError("event is not a string or null")
    else:
        event = _event_of(d["sentence"], d["text"], d["lang"])
    text_source = d.get("text_source")
    if text_source is not None and not isinstance(text_source, str):
        raise RecordError("text_source is not a string")
    return Claim.from_dict({**d, "event": event})


def _event_of(sentence: str, text: str, lang: str) -> str | None:
    from claimx.events import detect_event

    at = sentence.find(text)
    if at < 0 or lang not in available_languages():
        return None
    return detect_event(sentence, at, at + len(text), load_pack(lang))
