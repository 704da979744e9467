"""Flat rows of claims: ``claimx.to_frame`` (pandas) and the CLI's csv/parquet columns.

``flat_row`` needs nothing beyond the standard library, so the CLI's CSV output does not import
pandas; ``to_frame`` imports pandas only when called and says which extra to install when it is
missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from claimx.model import Claim

if TYPE_CHECKING:
    import pandas as pd

#: The flat columns of ``to_frame``, ``--format csv`` and ``--format parquet``, in order, with their
#: meaning. The README's table is this list.
COLUMNS: dict[str, str] = {
    "id": "`<doc>#<n>`",
    "doc": "the document name",
    "lang": "the paragraph's language (`ar`, `en`, `fr`)",
    "text": "the claim as written",
    "span_start": "start offset of `text` in the original input (characters)",
    "span_end": "end offset (exclusive)",
    "value": "`quantity.value`, in the canonical unit",
    "value_high": "`quantity.value_high` (ranges only, else empty)",
    "unit": "`quantity.unit`",
    "qualifier": "`quantity.qualifier`",
    "counted": "`quantity.counted`, the counted noun as written",
    "change": "`quantity.change`: `up` or `down` for the size of a change or the level it reached, else empty",
    "baseline": "`quantity.baseline`, the level a change started from (a change from one level to another only)",
    "countries": "ids of every `country` entity, sorted and comma-separated (`KZ,RU`); empty when none",
    "subjects": "ids of the `country` entities whose role is `subject`, as above",
    "locations": "ids of the `country` entities whose role is `location`, as above",
    "source_countries": "ids of the `country` entities whose role is `source`, as above",
    "mentioned_countries": "ids of the `country` entities whose role is `mention`, as above",
    "entities": "number of entities of any kind",
    "event": "`event`, the language-neutral event kind (`entered`, `left`, `mobilised`...)",
    "ministries": "ids of the `ministry` entities (`KZ:interior`), sorted and comma-separated; empty when none",
    "persons": "the `person` entities as written, in order, joined by `; `; empty when none",
    "person_titles": "their `title`s (`president`), in the same order, joined by `; ` (an empty item when a person has none)",
    "person_keys": "their transliteration `key`s (`person:btn`), in the same order, joined by `; `",
    "organizations": "the `organization` entities as written, in order, joined by `; `; empty when none",
    "time_text": "`time.text`, the time expression as written",
    "time_start": "`time.start` (ISO date)",
    "time_end": "`time.end` (ISO date)",
    "time_relation": "`time.relation` (`at`, `since`, `until`, `during`, `before`, `after`)",
    "source": "`source.text`",
    "key": "the language-neutral fingerprint",
    "text_source": "`text_source`: `html-main-text` when spans point into a web page's extracted main text, else empty",
    "sentence": "the sentence the claim is in, as written",
}

#: Columns holding joined lists: ``""`` (never missing) when the claim has no such entity.
LIST_COLUMNS = ("countries", "subjects", "locations", "source_countries", "mentioned_countries", "ministries",
                "persons", "person_titles", "person_keys", "organizations")
_INTEGER = ("span_start", "span_end", "entities")
_FLOAT = ("value", "value_high", "baseline")

_TEXT = [c for c in COLUMNS if c not in {*_INTEGER, *_FLOAT}]
_SEP = "; "
_FRAME_EXTRA = "pandas is needed for claimx.to_frame: pip install 'claimx[frame]'"


def _ids(entities: Iterable[Mapping[str, Any]], role: str | None = None) -> str:
    return ",".join(sorted({
        str(e["id"]) for e in entities
        if e.get("kind") == "country" and e.get("id") and (role is None or e.get("role") == role)
    }))


def _kind(entities: Iterable[Mapping[str, Any]], kind: str) -> list[Mapping[str, Any]]:
    seen: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for e in entities:
        if e.get("kind") == kind:
            seen.setdefault((e.get("text"), e.get("id"), e.get("key")), e)  # a source inherited twice counts once
    return list(seen.values())


def flat_row(claim: Claim | Mapping[str, Any]) -> dict[str, Any]:
    """One claim (a :class:`Claim` or a ``claimx/1`` dict) as a flat row with the keys of ``COLUMNS``.

    Missing values are ``None``.
    """
    rec: Mapping[str, Any] = claim.to_dict() if isinstance(claim, Claim) else claim
    try:
        q = rec["quantity"]
        span = rec["span"]
        entities = rec.get("entities") or []
        time = rec.get("time") or {}
        source = rec.get("source") or {}
        persons = _kind(entities, "person")
        return {
            "id": rec["id"],
            "doc": rec["doc"],
            "lang": rec["lang"],
            "text": rec["text"],
            "span_start": int(span[0]),
            "span_end": int(span[1]),
            "value": q["value"],
            "value_high": q.get("value_high"),
            "unit": q["unit"],
            "qualifier": q["qualifier"],
            "counted": q.get("counted"),
            "change": q.get("change"),
            "baseline": q.get("baseline"),
            "countries": _ids(entities),
            "subjects": _ids(entities, "subject"),
            "locations": _ids(entities, "location"),
            "source_countries": _ids(entities, "source"),
            "mentioned_countries": _ids(entities, "mention"),
            "entities": len(entities),
            "event": rec.get("event"),
            "ministries": ",".join(sorted({str(e["id"]) for e in _kind(entities, "ministry") if e.get("id")})),
            "persons": _SEP.join(str(e.get("text") or "") for e in persons),
            "person_titles": _SEP.join(str(e.get("title") or "") for e in persons) if persons else "",
            "person_keys": _SEP.join(str(e.get("key") or "") for e in persons) if persons else "",
            "organizations": _SEP.join(str(e.get("text") or "") for e in _kind(entities, "organization")),
            "time_text": time.get("text"),
            "time_start": time.get("start"),
            "time_end": time.get("end"),
            "time_relation": time.get("relation"),
            "source": source.get("text"),
            "key": rec["key"],
            "text_source": rec.get("text_source"),
            "sentence": rec["sentence"],
        }
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"not a claimx/1 record (missing or malformed {exc}): {rec!r:.200}") from None


def to_frame(claims: Iterable[Claim | Mapping[str, Any]]) -> pd.DataFrame:
    """A pandas DataFrame with one row per claim and the flat columns of ``claimx.frame.COLUMNS``.

    ``claims`` may mix :class:`Claim` objects and ``claimx/1`` dicts (for example lines of the
    CLI's JSON Lines output read back with ``json.loads``). ``value``/``value_high`` are floats
    (``NaN`` when absent), ``span_start``/``span_end``/``entities`` integers, ``time_start``/
    ``time_end`` ISO date strings, every other column strings with missing values as ``None``
    (the joined lists of ``LIST_COLUMNS`` are ``""`` when there is none). An empty input
    gives an empty frame with the same columns.
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(_FRAME_EXTRA) from None
    rows = [flat_row(c) for c in claims]
    return typed_frame(pd.DataFrame.from_records(rows, columns=list(COLUMNS)))


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The missing-value convention of :func:`to_frame`, applied to a frame with its columns (and
    perhaps others, left as they are): integer offsets and counts, float values (``NaN`` when absent),
    text as Python strings with ``None`` when absent, joined lists ``""`` when empty."""
    frame = frame.astype({**{c: "int64" for c in _INTEGER}, **{c: "float64" for c in _FLOAT}})
    for col in _TEXT:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame
