"""The packs' TOML files parsed ahead and shipped beside them as JSON: a plain install parses no TOML.

``tomllib`` parses in Python: the six TOML files of the three packs take about 0.05 s at a first
start (before :mod:`claimx.cache` holds what is built from them), while ``json`` loads the same
data in C in about a millisecond. Each ``<lang>/<name>.toml`` has a ``<lang>/<name>.parsed.json``
beside it: the SHA-256 digest of the TOML bytes it was parsed from, and what ``tomllib`` parsed.

:func:`read_toml` gives that data only while the digest is the TOML's as it is now, and parses the
TOML otherwise: an edited pack takes effect at once, whether or not its JSON was written again.
``python scripts/build_parsed.py`` (re)writes them; ``--check`` exits 1, naming them, when one is
stale (``tests/test_packs.py`` checks that every shipped one is current).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

PACKS = Path(__file__).resolve().parent


def parsed_name(path: str) -> str:
    """The JSON of the TOML file ``path``: ``ar/pack.toml`` → ``ar/pack.parsed.json``."""
    return path.removesuffix(".toml") + ".parsed.json"


def read_toml(path: str) -> dict[str, Any]:
    """The TOML file ``path`` of the packs (``ar/pack.toml``) parsed: read from its JSON while that
    is current, else parsed (a ``tomllib.TOMLDecodeError`` for a bad file; FileNotFoundError)."""
    root = resources.files("claimx.packs")
    raw = root.joinpath(path).read_bytes()
    try:
        ahead: bytes | None = root.joinpath(parsed_name(path)).read_bytes()
    except OSError:
        ahead = None
    return parse(raw, ahead)


def parse(raw: bytes, ahead: bytes | None) -> dict[str, Any]:
    """The TOML bytes ``raw`` parsed: the data of the JSON ``ahead`` when its digest is ``raw``'s,
    else what ``tomllib`` parses."""
    try:
        shipped: Any = json.loads(ahead) if ahead is not None else {}
        if shipped.get("sha256") == hashlib.sha256(raw).hexdigest():
            data: dict[str, Any] = shipped["data"]
            return data
    except (ValueError, KeyError, TypeError, AttributeError):  # none, unreadable, another shape: parse the TOML
        pass
    return tomllib.loads(raw.decode("utf-8"))


def render(raw: bytes) -> str:
    """The JSON of the TOML bytes ``raw``: its digest and its data, one key a line at the top.

    Only what JSON gives back the same can be shipped so (strings, numbers, booleans, arrays,
    tables; no TOML date or time, no infinite float): anything else raises ValueError."""
    data = tomllib.loads(raw.decode("utf-8"))
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except TypeError as exc:  # a TOML date or time
        raise ValueError(f"a value JSON cannot hold: {exc}") from exc
    if _typed(json.loads(text)) != _typed(data):
        raise ValueError("a value JSON does not give back as TOML gave it")
    return '{"sha256": "%s",\n"data": %s}\n' % (hashlib.sha256(raw).hexdigest(), text)


def _typed(value: Any) -> Any:
    """``value`` with each scalar's type beside it (``1`` and ``1.0`` compare equal)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def stale() -> list[Path]:
    """The JSON files that are not what :func:`render` gives for their TOML now (or are missing)."""
    out = []
    for toml in sorted(PACKS.glob("*/*.toml")):
        target = toml.parent / parsed_name(toml.name)
        if not target.is_file() or target.read_text(encoding="utf-8") != render(toml.read_bytes()):
            out.append(target)
    return out
