"""Linear time: seconds per KB of ``claimx.extract`` by size and layout, and on pathological shapes.

    python benchmarks/linear.py [--sizes 10,100] [--langs en,fr,ar] [--ner spacy|none] [--rounds 2]

Real text is the sentences of /work/shared/data/real-dev (UN documents and FLORES-200, the
language's side of each line, in file order) until the size is reached, laid out two ways: "many"
(one sentence per paragraph, blank lines between) and "one" (the same sentences joined by spaces:
one paragraph, which claimx cuts at 20,000 characters). Pathological shapes are the ones of issue
12: lists of small numbers separated by commas, dashes, slashes or spaces, a run of day numbers
before a month name of another language, and one long sentence holding many claims. Each line
prints seconds per KB (UTF-8) in CPU time of this process (other work on a shared machine does
not count), best of ``--rounds`` (shapes too), its ratio to "many" at the same size (for shapes,
to "many" at the largest size), for shapes the seconds per KB of the number and
date stage alone, and the number of claims extracted. Joined by spaces, the UN lines' paragraph
numbers ("... live births. 51. The working group") no longer open a line; the number stage reads
a number with a list mark after a sentence end as one (en 128 vs 109 claims at 100 KB, ar 80 vs 57;
216 vs 110 and 141 vs 58 before it did).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import claimx  # noqa: E402

REAL_DEV = Path(os.environ.get("CLAIMX_REAL_DEV", ROOT.parent.parent / "shared" / "data" / "real-dev"))
if not REAL_DEV.is_dir():
    REAL_DEV = Path("/work/shared/data/real-dev")


def sentences(lang: str) -> list[str]:
    out = []
    for name in ("un_dev.jsonl", "flores200_dev.jsonl"):
        for line in (REAL_DEV / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                s = json.loads(line).get(lang)
                if s and s.strip():
                    out.append(" ".join(s.split()))
    return out


def real_text(lang: str, kb: int, sep: str) -> str:
    parts: list[str] = []
    size = 0
    for s in sentences(lang):
        parts.append(s)
        size += len(s.encode("utf-8")) + len(sep)
        if size >= kb * 1024:
            break
    return sep.join(parts)


def shape(name: str, kb: int) -> str:
    rnd = random.Random(12)
    n = kb * 1024
    pieces: dict[str, Callable[[], str]] = {
        "commas": lambda: f"{rnd.randint(1, 40)}, ",
        "dashes": lambda: f"{rnd.randint(1, 40)}-",
        "slashes": lambda: f"{rnd.randint(1, 40)}/",
        "spaces": lambda: f"{rnd.randint(1, 40)} ",
        "days": lambda: f"{rnd.randint(1, 31)}, ",
        "one-sentence": lambda: "12,000 people, ",
    }
    out: list[str] = ["Daily cases: "]
    size = len(out[0])
    while size < n:
        p = pieces[name]()
        out.append(p)
        size += len(p)
    tail = " septiembre 2022." if name == "days" else " were reported."
    return "".join(out) + tail


CLAIMS: dict[str, int] = {}  # claims of the last text timed, by layout: the layouts do not always give the same


def per_kb(text: str, lang: str, ner: str | None, rounds: int) -> float:
    kb = len(text.encode("utf-8")) / 1024
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        n = len(claimx.extract(text, lang=lang, ner=ner))
        best = min(best, time.process_time() - t0)
    CLAIMS["last"] = n
    return best / kb


def stage_per_kb(text: str, lang: str) -> float:
    """Seconds per KB of the number and date stage alone (normalise, find quantities, find their
    times): the part the pathological shapes used to make super-linear."""
    from claimx.normalize import normalize
    from claimx.packs import load_pack
    from claimx.quantities import find_quantities
    from claimx.time import find_times

    pack = load_pack(lang)
    t0 = time.process_time()
    norm = normalize(text)
    hits = find_quantities(norm.text, pack)
    find_times(norm, pack, None, None, [(h.start, h.end) for h in hits])
    return (time.process_time() - t0) / (len(text.encode("utf-8")) / 1024)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,100", help="KB of real text, comma-separated (e.g. 10,100,1000)")
    ap.add_argument("--shape-sizes", default="10,30", help="KB of each pathological shape")
    ap.add_argument("--langs", default="en,fr,ar")
    ap.add_argument("--ner", default="spacy", choices=["spacy", "none"])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    ner = None if args.ner == "none" else args.ner
    claimx.extract("More than 5,000 people fled on Tuesday, the UN said.", lang="en", ner=ner)  # warm up
    print(f"{'lang':4} {'input':22} {'KB':>6} {'ms/KB':>8} {'ratio':>6} {'stage ms/KB':>11} {'claims':>7}")
    for lang in args.langs.split(","):
        claimx.extract(real_text(lang, 10, "\n\n"), lang=lang, ner=ner)  # warm up: models, date tables
        base: dict[int, float] = {}
        for kb in (int(k) for k in args.sizes.split(",")):
            many = per_kb(real_text(lang, kb, "\n\n"), lang, ner, args.rounds)
            n_many = CLAIMS["last"]
            one = per_kb(real_text(lang, kb, " "), lang, ner, args.rounds)
            base[kb] = many
            print(f"{lang:4} {'real, many paragraphs':22} {kb:6} {many * 1e3:8.3f} {1.0:6.2f} {'':11} {n_many:7}", flush=True)
            print(f"{lang:4} {'real, one paragraph':22} {kb:6} {one * 1e3:8.3f} {one / many:6.2f} {'':11} {CLAIMS['last']:7}", flush=True)
        ref = base[max(base)]
        for name in ("commas", "dashes", "slashes", "spaces", "days", "one-sentence"):
            for kb in (int(k) for k in args.shape_sizes.split(",")):
                text = shape(name, kb)
                s = per_kb(text, lang, ner, args.rounds)
                print(f"{lang:4} {name:22} {kb:6} {s * 1e3:8.3f} {s / ref:6.2f} {stage_per_kb(text, lang) * 1e3:11.3f} {CLAIMS['last']:7}",
                      flush=True)


if __name__ == "__main__":
    main()
