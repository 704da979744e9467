"""Alignment quality and speed: pairwise precision/recall on corpus/ and the time to align 10,000 claims.

    python benchmarks/alignment.py            # quality (extracted and annotated claims) and speed
    python benchmarks/alignment.py --speed-only --claims 10000

Quality: see claimx.align_eval (gold pairs: claims of documents in different languages sharing a
`fact` id whose annotated value and unit are equal). Speed: the annotated corpus claims copied
under new document names until there are N claims (every copy of a story is linked to every
other, which is the worst case for linked-document matching), aligned once, wall time on one core.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from claimx.align import align
from claimx.align_eval import gold_claims, score_alignment
from claimx.evaluate import load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def speed(n: int) -> tuple[int, float, int]:
    base = [c for d in load_corpus(CORPUS) for c in gold_claims(d)]
    claims = []
    k = 0
    while len(claims) < n:
        for c in base:
            if len(claims) == n:
                break
            doc = f"{c.doc}~{k}"
            claims.append(dataclasses.replace(c, doc=doc, id=f"{doc}#{len(claims)}"))
        k += 1
    t = time.perf_counter()
    groups = align(claims)
    return len(claims), time.perf_counter() - t, len(groups)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    ap.add_argument("--speed-only", action="store_true")
    args = ap.parse_args()
    if not args.speed_only:
        print("claims     precision  recall  predicted  gold  correct  groups  conflicts")
        for source in ("extracted", "gold"):
            s = score_alignment(CORPUS, source)
            print(f"{source:<9}  {s.precision:9.3f}  {s.recall:6.3f}  {s.predicted_pairs:9d}  {s.gold_pairs:4d}  "
                  f"{s.correct_pairs:7d}  {s.groups:6d}  {s.conflicts:9d}")
    n, seconds, groups = speed(args.claims)
    print(f"align(): {n} claims in {seconds:.2f} s ({n / seconds:,.0f} claims/s), {groups} groups")


if __name__ == "__main__":
    main()
