"""Throughput, memory, cold start and worker scaling of claimx, against spaCy's fr_core_news_sm.

    python benchmarks/scale.py [--repeat N] [--files N] [--json] [--quick]

Prints:
- end to end (`claimx.extract`, language detected per paragraph) vs the bare `fr_core_news_sm`
  pipeline (`nlp.pipe`, every component it ships) over the same French text, in one run, and
  their ratio;
- words/s on one core per language, with detection and with the language given;
- peak resident memory of a process that has extracted from all three languages;
- the wall time of `claimx extract samples/sample.txt` from a fresh process (median of 5);
- words/s of `claimx extract DIR --workers 1` and `--workers 2` over a folder of news files.

The text is the project's corpus, repeated N times so that each timing is long enough to be stable.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import claimx  # noqa: E402

LANGS = ("ar", "en", "fr")


sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import best_of, corpus_texts  # noqa: E402  (the same text and timer as benchmarks/bench.py)


def words(paras: list[str]) -> int:
    return sum(len(p.split()) for p in paras)


def versus_spacy(repeat: int, rounds: int = 3) -> dict[str, float]:
    import spacy

    paras = corpus_texts("fr") * repeat
    n = words(paras)
    text = "\n\n".join(paras)
    nlp = spacy.load("fr_core_news_sm")
    list(nlp.pipe(paras[:5]))
    claimx.extract(paras[0])
    spacy_s = best_of(lambda: list(nlp.pipe(paras, batch_size=64)), rounds=1 if repeat > 5 else rounds)
    claimx_s = best_of(lambda: claimx.extract(text), rounds)
    return {
        "words": n,
        "fr_core_news_sm_words_per_s": round(n / spacy_s),
        "claimx_words_per_s": round(n / claimx_s),
        "ratio": round(spacy_s / claimx_s, 1),
    }


def per_language(repeat: int, rounds: int = 3) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for lang in LANGS:
        paras = corpus_texts(lang) * repeat
        text = "\n\n".join(paras)
        claimx.extract(paras[0], lang=lang)
        n = words(paras)
        rows.append({
            "lang": lang,
            "words": n,
            "detected_words_per_s": round(n / best_of(lambda: claimx.extract(text), rounds)),
            "given_words_per_s": round(n / best_of(lambda: claimx.extract(text, lang=lang), rounds)),
        })
    return rows


def peak_rss_all_languages() -> float:
    code = (
        "import json, resource, sys; sys.path.insert(0, sys.argv[1]); import claimx\n"
        "for lang in ('ar', 'en', 'fr'):\n"
        "    for f in sorted(__import__('pathlib').Path(sys.argv[2], lang).glob('*.jsonl')):\n"
        "        for line in f.read_text(encoding='utf-8').splitlines():\n"
        "            claimx.extract(json.loads(line)['text'])\n"
        "status = __import__('pathlib').Path('/proc/self/status')\n"
        "hwm = [l for l in status.read_text().splitlines() if l.startswith('VmHWM:')] if status.exists() else []\n"
        "print(int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the parent (here, one holding spaCy)
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "src"), str(ROOT / "corpus")],
                         capture_output=True, text=True, check=True)
    return round(int(out.stdout.strip()) / 1024, 1)


# thinc (under spaCy) imports torch whenever it is installed, which costs about 2 s. The test extra
# installs torch only for the Stanza backend's test; `pip install claimx` does not. The second cold-start
# figure runs the same command with torch made unimportable, as on a plain install.
_NO_TORCH = "import sys, runpy; sys.modules['torch'] = None; sys.argv = ['claimx'] + sys.argv[1:]; runpy.run_module('claimx.cli', run_name='__main__')"


def cold_start(runs: int = 5, without_torch: bool = False) -> float:
    times = []
    head = [sys.executable, "-c", _NO_TORCH] if without_torch else [sys.executable, "-m", "claimx.cli"]
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([*head, "extract", str(ROOT / "samples" / "sample.txt")],
                       capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 2)


def workers_scaling(files: int, repeat: int, rounds: int = 2) -> dict[str, object]:
    paras = [p for lang in LANGS for p in corpus_texts(lang)]
    per_file = max(1, len(paras) // 10)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "news"
        d.mkdir()
        n = 0
        for i in range(files):
            chunk = [paras[(i * per_file + k) % len(paras)] for k in range(per_file)] * repeat
            n += words(chunk)
            (d / f"{i:04d}.txt").write_text("\n\n".join(chunk), encoding="utf-8")
        out: dict[str, object] = {"files": files, "words": n, "cores": os.cpu_count()}
        for w in (1, 2):
            best, cpu = float("inf"), 0.0
            for _ in range(rounds):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "claimx.cli", "extract", str(d), "-o", os.devnull,
                                "--workers", str(w)], check=True, capture_output=True)
                wall = time.perf_counter() - t0
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if wall < best:
                    best = wall
                    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            out[f"workers_{w}_words_per_s"] = round(n / best)
            out[f"workers_{w}_cpu_s"] = round(cpu, 2)
        out["speedup"] = round(int(out["workers_2_words_per_s"]) / int(out["workers_1_words_per_s"]), 2)  # type: ignore[call-overload]
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10, help="times the corpus is repeated (default 10)")
    ap.add_argument("--files", type=int, default=200, help="files in the --workers folder (default 200)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quick", action="store_true",
                    help="tiny sizes and one round of each timing, to check the script runs (its figures mean little)")
    args = ap.parse_args()
    repeat, files = (1, 4) if args.quick else (args.repeat, args.files)
    rounds = 1 if args.quick else 3
    load_before = os.getloadavg()[0]
    result = {
        "versus_fr_core_news_sm": versus_spacy(repeat, rounds),
        "per_language": per_language(repeat, rounds),
        "peak_rss_mb_all_languages": peak_rss_all_languages(),
        "cold_start_s": cold_start(1 if args.quick else 5),
        "cold_start_without_torch_s": cold_start(1 if args.quick else 5, without_torch=True),
        "workers": workers_scaling(files, 1, 1 if args.quick else 2),
        # other processes on the machine slow every wall-clock figure; quote the load with them
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    v = result["versus_fr_core_news_sm"]
    print(f"French, {v['words']:,} words: claimx {v['claimx_words_per_s']:,} words/s, "
          f"fr_core_news_sm {v['fr_core_news_sm_words_per_s']:,} words/s: {v['ratio']}x")
    print(f"{'lang':<6}{'words':>9}{'detected':>12}{'given':>12}   (words/s, one core)")
    for r in result["per_language"]:
        print(f"{r['lang']:<6}{r['words']:>9,}{r['detected_words_per_s']:>12,}{r['given_words_per_s']:>12,}")
    print(f"peak RSS with ar, en and fr loaded: {result['peak_rss_mb_all_languages']} MB")
    print(f"claimx extract samples/sample.txt from a fresh process: {result['cold_start_s']} s (median); "
          f"without torch installed (as `pip install claimx`): {result['cold_start_without_torch_s']} s")
    w = result["workers"]
    print(f"claimx extract DIR ({w['files']} files, {w['words']:,} words, {w['cores']} cores): "
          f"--workers 1 {w['workers_1_words_per_s']:,} words/s, --workers 2 {w['workers_2_words_per_s']:,} words/s "
          f"({w['speedup']}x; CPU time {w['workers_1_cpu_s']} s and {w['workers_2_cpu_s']} s)")
    print(f"load average (1 min) before and after: {result['load_average_1min']}")


if __name__ == "__main__":
    main()
