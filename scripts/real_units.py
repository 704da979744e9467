"""Bring corpus/real annotations to the units of the claimx/1 contract, mechanically.

The annotators' brief asked for barrels as ``other:barrel`` and Fahrenheit as ``temperature:F``; the
contract (corpus/README.md) measures barrels in litres (1 barrel = 158.987294928 l). This rewrites
those records in place and notes it on the item; run before any comparison with claimx's output.

    python scripts/real_units.py corpus/real/<lang>/*.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BARREL_L = 158.987294928
NOTE = "units canonicalised to the claimx/1 contract (barrels in litres) before any comparison with claimx"


def convert(item: dict) -> bool:
    changed = False
    for c in item.get("claims", []):
        if c.get("unit") == "other:barrel":
            c["unit"] = "volume:l"
            for k in ("value", "value_high", "baseline"):
                if isinstance(c.get(k), (int, float)):
                    c[k] = round(c[k] * BARREL_L, 6)
            changed = True
    if changed:
        note = item.get("note")
        item["note"] = f"{note}; {NOTE}" if note and NOTE not in note else (note or NOTE)
    return changed


def main(paths: list[str]) -> None:
    for path in map(Path, paths):
        items = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        n = sum(convert(it) for it in items)
        path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        print(f"{path}: {n} items converted")


if __name__ == "__main__":
    main(sys.argv[1:])
