#!/usr/bin/env python
"""Write each pack TOML file's parsed JSON beside it (:mod:`claimx.packs.parsed`).

    python scripts/build_parsed.py            # (re)write src/claimx/packs/<lang>/<name>.parsed.json
    python scripts/build_parsed.py --check    # exit 1, naming them, if any is stale

Run it after editing a pack's TOML: until then claimx parses the edited TOML itself (the JSON's
digest no longer matches), which costs a first start about 0.01 s per file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from claimx.packs.parsed import PACKS, parsed_name, render, stale  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when a JSON file is stale, writing nothing")
    args = ap.parse_args(argv)
    old = stale()
    if args.check:
        for path in old:
            print(f"stale: {path.relative_to(PACKS)} (run python scripts/build_parsed.py)", file=sys.stderr)
        return 1 if old else 0
    for path in old:
        toml = path.with_name(path.name.removesuffix(".parsed.json") + ".toml")
        assert path.name == parsed_name(toml.name)
        path.write_text(render(toml.read_bytes()), encoding="utf-8")
        print(f"wrote {path.relative_to(PACKS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
