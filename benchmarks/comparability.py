"""Cross-language comparability on ../shared/data/parallel-dev (human-translated ar/fr/en triples).

    python benchmarks/comparability.py [--data PATH] [--show N]

For each triple, claimx extracts the claims of the Arabic, French and English sentence (language
given); the triple is *identical* when the three multisets of (value, value_high, unit) are equal.
Prints the share of identical triples (the comparability figure: a triple where no language gives
a claim counts as identical), the same share among the triples where at least one language gives a
claim, the share on units alone, and with --show N, N disagreements to learn from (--dump FILE writes
every disagreement as JSON Lines). The data's README puts the ceiling near 0.94.
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
    ap.add_argument("--dump", type=Path, help="write every disagreeing triple with its signatures (JSON Lines)")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"comparability: {args.data} not found (is ../shared beside the repository?)")
    triples = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    same_values = same_units = with_claims = same_with_claims = 0
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    pairs = {("ar", "en"): 0, ("fr", "en"): 0, ("ar", "fr"): 0}
    odd = {"ar": 0, "fr": 0, "en": 0}  # triples where the two other languages agree and this one differs
    shown = 0
    for t in triples:
        sigs = {lang: signature(t[lang], lang) for lang in ("ar", "fr", "en")}
        identical = sigs["ar"][0] == sigs["fr"][0] == sigs["en"][0]
        same_values += identical
        if any(sigs[lang][0] for lang in sigs):
            with_claims += 1
            same_with_claims += identical
        if not identical and dump:
            row = {"id": t["id"]}
            for lang in ("en", "fr", "ar"):
                row[lang] = t[lang]
                row[lang + "_claims"] = sorted(map(list, sigs[lang][0].elements()), key=str)
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        if not identical and shown < args.show:
            shown += 1
            print(f"--- {t['id']}")
            for lang in ("en", "fr", "ar"):
                print(f"  {lang}: {t[lang]}\n      {sorted(sigs[lang][0].elements())}")
        for a, b in pairs:
            pairs[(a, b)] += sigs[a][0] == sigs[b][0]
        for lang in odd:
            x, y = (other for other in odd if other != lang)
            odd[lang] += sigs[x][0] == sigs[y][0] != sigs[lang][0]
        if sigs["ar"][1] == sigs["fr"][1] == sigs["en"][1]:
            same_units += 1
    n = len(triples)
    print(f"triples: {n}")
    print(f"identical values (value, value_high, unit) in ar/fr/en: {same_values} = {same_values / n:.3f}")
    share = same_with_claims / with_claims if with_claims else 1.0
    print(f"identical among triples with a claim in some language: {same_with_claims} of {with_claims} = {share:.3f}")
    print(f"identical unit classes in ar/fr/en: {same_units} = {same_units / n:.3f}")
    for (a, b), k in pairs.items():
        print(f"identical values {a}-{b}: {k} = {k / n:.3f}")
    print("one language apart (the two others agree): " + ", ".join(f"{lang} {k}" for lang, k in odd.items()))


if __name__ == "__main__":
    main()
