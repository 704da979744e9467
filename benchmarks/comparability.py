"""Cross-language comparability on ../shared/data/parallel-dev (human-translated ar/fr/en triples).

    python benchmarks/comparability.py [--data PATH] [--show N]

For each triple, claimx extracts the claims of the Arabic, French and English sentence (language
given); the triple is *identical* when the three multisets of (value, value_high, unit) are equal.
Prints the share of identical triples (the comparability figure), the same share on units alone,
and with --show N, N disagreements to learn from. The data's README puts the ceiling near 0.94.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import claimx  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "parallel-dev" / "tico19_numeric.jsonl"


def signature(text: str, lang: str) -> tuple[Counter, Counter]:
    claims = claimx.extract(text, lang=lang)
    values = Counter((c.quantity.value, c.quantity.value_high, c.quantity.unit) for c in claims)
    units = Counter(c.quantity.unit.split(":")[0] for c in claims)
    return values, units


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="print N disagreeing triples")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"comparability: {args.data} not found (is ../shared beside the repository?)")
    triples = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    same_values = same_units = 0
    pairs = {("ar", "en"): 0, ("fr", "en"): 0, ("ar", "fr"): 0}
    shown = 0
    for t in triples:
        sigs = {lang: signature(t[lang], lang) for lang in ("ar", "fr", "en")}
        if sigs["ar"][0] == sigs["fr"][0] == sigs["en"][0]:
            same_values += 1
        elif shown < args.show:
            shown += 1
            print(f"--- {t['id']}")
            for lang in ("en", "fr", "ar"):
                print(f"  {lang}: {t[lang]}\n      {sorted(sigs[lang][0].elements())}")
        for a, b in pairs:
            pairs[(a, b)] += sigs[a][0] == sigs[b][0]
        if sigs["ar"][1] == sigs["fr"][1] == sigs["en"][1]:
            same_units += 1
    n = len(triples)
    print(f"triples: {n}")
    print(f"identical values (value, value_high, unit) in ar/fr/en: {same_values} = {same_values / n:.3f}")
    print(f"identical unit classes in ar/fr/en: {same_units} = {same_units / n:.3f}")
    for (a, b), k in pairs.items():
        print(f"identical values {a}-{b}: {k} = {k / n:.3f}")


if __name__ == "__main__":
    main()
