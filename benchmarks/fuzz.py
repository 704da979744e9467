"""The structured fuzz test of tests/test_reliability.py, run long.

    python benchmarks/fuzz.py [N] [--seed S] [--ner spacy|none]

Draws N inputs (default 100,000) from the strategies of tests/fuzzing.py (numbers in every form
and script, scales, units, qualifiers, ranges, durations and dates with extreme values, relative
time words, invisible and invalid characters, long runs; ar, en, fr and detected; publication
dates including date.min and date.max), runs each through the same checks as the suite's test
(``check_claims``: no exception, spans quote the input, records serialise, values bounded, ISO
dates), and prints the number of inputs, of exceptions (the first few shown) and of calls slower
than 50 ms per KB of input (inputs under 1 KB counted as 1 KB, so the bar for them is 50 ms), in
CPU time of this process, so that other work on a shared machine does not count. A call over the
bar is timed once more and counted slow only if it is over the bar again (a pause of the machine or
of the garbage collector is not the input's); the summary says how many were over it the first time
only. One-time costs (packs, detector, NER models, dateparser's time-zone patterns) are paid before
timing starts.

    --progress K   a progress line every K inputs (stderr)
    --save FILE    each exception and slow input appended to FILE as JSON Lines, to reproduce
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tests import fuzzing  # noqa: E402
from tests.test_reliability import check_claims  # noqa: E402

SLOW_S_PER_KB = 0.050


def replay(path: str, ner: str | None) -> int:
    """Each input saved by ``--save``, run three times: its best CPU time per KB, and whether it raises."""
    failed = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = row["text"].encode("latin-1").decode("utf-8", "surrogatepass")
            published = dt.date.fromisoformat(row["published"]) if row["published"] else None
            kb = max(len(text.encode("utf-8", "surrogatepass")) / 1024, 1.0)
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()
                try:
                    check_claims(text, row["lang"], published, ner)
                except Exception:
                    failed += 1
                    print(f"raises: {text[:80]!r}\n{traceback.format_exc(limit=4)}")
                    break
                best = min(best, time.process_time() - t0)
            print(f"{row['kind']} ({row['what']} when found): {best / kb * 1000:.1f} ms/KB now, {kb:.1f} KB, {text[:60]!r}")
            failed += best / kb > SLOW_S_PER_KB
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--ner", choices=["spacy", "none"], default="spacy")
    ap.add_argument("--progress", type=int, default=0, metavar="K", help="print a progress line every K inputs")
    ap.add_argument("--save", metavar="FILE", help="append each exception or slow input to FILE (JSON Lines; "
                    "the text is its UTF-8 bytes, surrogates kept, read back with .encode('latin-1').decode('utf-8', 'surrogatepass'))")
    ap.add_argument("--dump", action="store_true", help="with --progress, print the failures found so far each time")
    ap.add_argument("--replay", metavar="FILE", help="instead of drawing inputs, run each input a --save FILE holds "
                    "three times and print its best CPU ms/KB (a slow input timed again on a quiet machine)")
    args = ap.parse_args()
    ner = None if args.ner == "none" else args.ner
    for lang in fuzzing.LANGS:  # load packs, detector, date tables and NER models before timing
        for text in ("More than 5,000 people fled, said Jean Dupont, the UN spokesman, on Tuesday.",
                     "Plus de 5 000 personnes ont fui, a déclaré Jean Dupont mardi.",
                     "قال المتحدث باسم الأمم المتحدة إن أكثر من 5 آلاف شخص فروا الثلاثاء."):
            check_claims(text, lang, dt.date(2022, 10, 4), ner)
        # dateparser builds its time-zone patterns on its first reading (about 0.1-0.4 s, once a process)
        check_claims("More than 5,000 people fled on 3/4/2022, 2 days ago.", lang, dt.date(2022, 10, 4), ner)
    gc.collect()
    gc.freeze()  # the loaded packs and models are never garbage: full collections need not walk them
    if args.replay:
        return replay(args.replay, ner)
    stats = {"inputs": 0, "exceptions": 0, "slow": 0, "slow_once": 0, "kb": 0.0, "seconds": 0.0, "worst_s_per_kb": 0.0}
    shown: list[str] = []
    wall0 = time.time()

    def save(kind: str, text: str, lang: str | None, published: dt.date | None, what: str) -> None:
        if args.save:
            with open(args.save, "a", encoding="utf-8") as f:
                f.write(json.dumps({"kind": kind, "text": text.encode("utf-8", "surrogatepass").decode("latin-1"),
                                    "lang": lang, "published": published and published.isoformat(), "what": what},
                                   ensure_ascii=True) + "\n")

    @seed(args.seed)
    @settings(max_examples=args.n, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(fuzzing.texts(), fuzzing.languages, fuzzing.publication_dates)
    def run(text: str, lang: str | None, published: dt.date | None) -> None:
        kb = len(text.encode("utf-8", "surrogatepass")) / 1024
        t0 = time.process_time()
        try:
            check_claims(text, lang, published, ner)
        except Exception:
            stats["exceptions"] += 1
            save("exception", text, lang, published, traceback.format_exc(limit=6))
            if len(shown) < 5:
                shown.append(f"{text[:120]!r} lang={lang} published={published}\n{traceback.format_exc(limit=4)}")
        spent = time.process_time() - t0
        stats["inputs"] += 1
        stats["kb"] += kb
        stats["seconds"] += spent
        per_kb = spent / max(kb, 1.0)
        if per_kb > SLOW_S_PER_KB:  # timed again: a pause of the shared machine or the collector is not the input's
            stats["slow_once"] += 1
            t0 = time.process_time()
            try:
                check_claims(text, lang, published, ner)
            except Exception:
                pass
            per_kb = min(per_kb, (time.process_time() - t0) / max(kb, 1.0))
        stats["worst_s_per_kb"] = max(stats["worst_s_per_kb"], per_kb)
        if per_kb > SLOW_S_PER_KB:
            stats["slow"] += 1
            save("slow", text, lang, published, f"{per_kb * 1000:.1f} ms/KB")
            if len(shown) < 5:
                shown.append(f"slow: {per_kb * 1000:.0f} ms/KB on {text[:120]!r} ({kb:.1f} KB) lang={lang}")
        if args.progress and stats["inputs"] % args.progress == 0:
            print(f"... {stats['inputs']} inputs, {stats['exceptions']} exceptions, {stats['slow']} slow, "
                  f"worst {stats['worst_s_per_kb'] * 1000:.1f} ms/KB, {stats['seconds']:.0f} s", file=sys.stderr, flush=True)
            if args.dump:
                for s in shown:
                    print(s, file=sys.stderr, flush=True)
                shown.clear()

    run()
    for s in shown:
        print(s, file=sys.stderr)
    print(f"inputs {stats['inputs']}  exceptions {stats['exceptions']}  slower than 50 ms/KB {stats['slow']}  "
          f"(over it on the first timing only {stats['slow_once'] - stats['slow']})  "
          f"worst {stats['worst_s_per_kb'] * 1000:.1f} ms/KB  total {stats['kb']:.0f} KB in {stats['seconds']:.0f} s  "
          f"(wall {time.time() - wall0:.0f} s, input generation included)")
    return 1 if stats["exceptions"] or stats["slow"] else 0


if __name__ == "__main__":
    sys.exit(main())
