"""The structured fuzz test of tests/test_reliability.py, run long.

    python benchmarks/fuzz.py [N] [--seed S] [--ner spacy|none]

Draws N inputs (default 100,000) from the strategies of tests/fuzzing.py (numbers in every form
and script, scales, units, qualifiers, ranges, durations and dates with extreme values, relative
time words, invisible and invalid characters, long runs; ar, en, fr and detected; publication
dates including date.min and date.max), runs each through the same checks as the suite's test
(``check_claims``: no exception, spans quote the input, records serialise, values bounded, ISO
dates), and prints the number of inputs, of exceptions (the first few shown) and of calls slower
than 50 ms per KB of input (inputs under 1 KB counted as 1 KB, so the bar for them is 50 ms), in
CPU time of this process, so that other work on a shared machine does not count.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--ner", choices=["spacy", "none"], default="spacy")
    args = ap.parse_args()
    ner = None if args.ner == "none" else args.ner
    for lang in fuzzing.LANGS:  # load packs, detector, date tables and NER models before timing
        for text in ("More than 5,000 people fled, said Jean Dupont, the UN spokesman, on Tuesday.",
                     "Plus de 5 000 personnes ont fui, a déclaré Jean Dupont mardi.",
                     "قال المتحدث باسم الأمم المتحدة إن أكثر من 5 آلاف شخص فروا الثلاثاء."):
            check_claims(text, lang, dt.date(2022, 10, 4), ner)
    stats = {"inputs": 0, "exceptions": 0, "slow": 0, "kb": 0.0, "seconds": 0.0, "worst_s_per_kb": 0.0}
    shown: list[str] = []

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
            if len(shown) < 5:
                shown.append(f"{text[:120]!r} lang={lang} published={published}\n{traceback.format_exc(limit=4)}")
        spent = time.process_time() - t0
        stats["inputs"] += 1
        stats["kb"] += kb
        stats["seconds"] += spent
        per_kb = spent / max(kb, 1.0)
        stats["worst_s_per_kb"] = max(stats["worst_s_per_kb"], per_kb)
        if per_kb > SLOW_S_PER_KB:
            stats["slow"] += 1
            if len(shown) < 5:
                shown.append(f"slow: {per_kb * 1000:.0f} ms/KB on {text[:120]!r} ({kb:.1f} KB) lang={lang}")

    run()
    for s in shown:
        print(s, file=sys.stderr)
    print(f"inputs {stats['inputs']}  exceptions {stats['exceptions']}  slower than 50 ms/KB {stats['slow']}  "
          f"worst {stats['worst_s_per_kb'] * 1000:.1f} ms/KB  total {stats['kb']:.0f} KB in {stats['seconds']:.0f} s")
    return 1 if stats["exceptions"] or stats["slow"] else 0


if __name__ == "__main__":
    sys.exit(main())
