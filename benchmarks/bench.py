"""Speed and memory of claimx, per language, on the project's corpus.

    python benchmarks/bench.py [--repeat N]

Prints, for each language: words/s of the number-finding stage alone (normalise + find
quantities, one core); of the whole `extract()` path with the language given (no publication date,
without the time stage, with a publication date so every time is resolved, and with language
detection); how much the time stage adds to extraction time; and the peak resident memory of a
`claimx extract` process run on that language's text. The corpus is repeated N times so each
timing covers enough text to be stable.

What the time stage adds to extraction time is measured two ways. "time adds" accounts, inside
one dated run, the CPU time spent in the time stage's calls against the rest of the run: every
call ``extract`` makes into it (``find_times``, which finds the times of a paragraph's claim
sentences; ``dateline_end``; ``find_published``; ``TimeIndex.govern``, which settles the chosen
time, resolving its date through dateparser; ``continues``; ``lasting``) and the making of each
claim's ``TimeRef``. The cache of dateparser's readings is emptied before each run, so each
distinct date string is read again (the parsers, one per language and publication date, stay
built as in a long-running process). Both sides see the same machine at the same moment, so the
figure holds within about a point from run to run even on a busy machine (the median of
``--rounds`` runs); the timer itself (about 0.7 µs a call) counts on the stage's side. "A/B" times whole runs with and without the stage (both dated),
alternated, in CPU time, fastest of ``--rounds`` each: simpler, but noisier.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import claimx  # noqa: E402
from claimx.normalize import normalize  # noqa: E402
from claimx.packs import load_pack  # noqa: E402
from claimx.quantities import find_quantities  # noqa: E402
paragraph_mod = importlib.import_module("claimx.pipeline.paragraph")
document_mod = importlib.import_module("claimx.pipeline.document")
claims_mod = importlib.import_module("claimx.pipeline.claims")
days_mod = importlib.import_module("claimx.time.days")
from claimx.time import TimeIndex  # noqa: E402


def _no_times(norm, pack, published, spans=None, numbers=None, start=0, dates=None):  # type: ignore[no-untyped-def]
    """find_times with no spans to search: the extraction path minus the time stage."""
    return TimeIndex(norm, pack, published, [])


def corpus_texts(lang: str) -> list[str]:
    texts = []
    for f in sorted((ROOT / "corpus" / lang).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def best_of(fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def time_stage_share(text: str, lang: str, rounds: int) -> float:
    """CPU time inside the time stage's calls over the CPU time of the rest of ``extract()``
    (median of ``rounds`` dated runs)."""
    spent = [0.0]

    def timed(fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[0] += time.process_time() - t0
        return wrapper

    calls = [(paragraph_mod, "find_times"), (paragraph_mod, "dateline_end"), (document_mod, "find_published"),
             (claims_mod, "time_ref")] + [(TimeIndex, n) for n in ("govern", "continues", "lasting")]
    saved = [(owner, n, getattr(owner, n)) for owner, n in calls]
    for owner, n, fn in saved:
        setattr(owner, n, timed(fn))
    ratios = []
    try:
        for _ in range(rounds):
            days_mod._read_day.cache_clear()
            spent[0] = 0.0
            t0 = time.process_time()
            claimx.extract(text, lang=lang, published="2023-06-30")
            total = time.process_time() - t0
            ratios.append(spent[0] / (total - spent[0]))
    finally:
        for owner, n, fn in saved:
            setattr(owner, n, fn)
    return sorted(ratios)[len(ratios) // 2]


def interleaved(fns: list, rounds: int) -> list[float]:  # type: ignore[type-arg]
    """The fastest CPU time of each of ``fns``, run in alternation ``rounds`` times (so a slow
    spell of the machine hits all of them alike)."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            t0 = time.process_time()
            fn()
            best[i] = min(best[i], time.process_time() - t0)
    return best


def peak_rss_mb(path: Path, lang: str) -> float:
    code = (
        "import resource, subprocess, sys;"
        f"subprocess.run([sys.executable, '-m', 'claimx.cli', 'extract', *(['--lang', '{lang}'] if '{lang}' else []), '-o', '/dev/null', r'{path}'], check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def memory_growth() -> list[tuple[float, float]]:
    """Peak RSS of `claimx extract` on the whole corpus repeated to ~2 MB and ~20 MB."""
    text = "\n\n".join(t for lang in ("ar", "en", "fr") for t in corpus_texts(lang)) + "\n\n"
    out = []
    for target in (2_000_000, 20_000_000):
        reps = max(1, target // len(text.encode("utf-8")))
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
            for _ in range(reps):
                tmp.write(text)
        size = Path(tmp.name).stat().st_size / 1e6
        out.append((round(size, 1), round(peak_rss_mb(Path(tmp.name), ""), 1)))
        Path(tmp.name).unlink()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="times the corpus is repeated (default 20)")
    ap.add_argument("--rounds", type=int, default=7, help="alternated rounds for the time-stage figure (default 7)")
    ap.add_argument("--time-only", action="store_true", help="only how much the time stage adds (quick)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    for lang in ("ar", "en", "fr"):
        paras = corpus_texts(lang) * args.repeat
        words = sum(len(p.split()) for p in paras)
        pack = load_pack(lang)
        claimx.extract(paras[0], lang=lang)  # load packs and models outside the timings
        claimx.extract("\n\n".join(corpus_texts(lang)), lang=lang, published="2023-06-30")  # and dateparser

        def stage() -> None:
            for p in paras:
                find_quantities(normalize(p).text, pack)

        def end_to_end() -> None:
            claimx.extract("\n\n".join(paras), lang=lang)

        def without_time() -> None:
            real = paragraph_mod.find_times
            paragraph_mod.find_times = _no_times
            try:
                claimx.extract("\n\n".join(paras), lang=lang, published="2023-06-30")
            finally:
                paragraph_mod.find_times = real

        def dated() -> None:
            claimx.extract("\n\n".join(paras), lang=lang, published="2023-06-30")

        def detected() -> None:
            claimx.extract("\n\n".join(paras))

        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
            tmp.write("\n\n".join(paras))
        t_with, t_without = interleaved([dated, without_time], args.rounds)
        adds = time_stage_share("\n\n".join(paras), lang, args.rounds)
        if args.time_only:
            Path(tmp.name).unlink()
            print(f"{lang}: the time stage adds {adds:.1%} to extract() with a publication date "
                  f"(A/B: {t_without:.3f} s -> {t_with:.3f} s CPU, {t_with / t_without - 1:+.1%})")
            continue
        rows.append({
            "lang": lang,
            "words": words,
            "stage_words_per_s": round(words / best_of(stage)),
            "extract_words_per_s": round(words / best_of(end_to_end)),
            "extract_detect_words_per_s": round(words / best_of(detected)),
            "extract_no_time_words_per_s": round(words / t_without),
            "extract_dated_words_per_s": round(words / t_with),
            "time_adds": round(adds, 3),
            "time_adds_ab": round(t_with / t_without - 1, 3),
            "cli_peak_rss_mb": round(peak_rss_mb(Path(tmp.name), lang), 1),
        })
        Path(tmp.name).unlink()
    if args.time_only:
        return
    growth = memory_growth()
    if args.json:
        print(json.dumps({"languages": rows, "memory_growth": growth}, indent=2))
        return
    print(f"{'lang':<5}{'words':>9}{'numbers stage':>15}{'extract':>10}{'no time':>10}{'dated':>10}"
          f"{'+detect':>10}{'time adds':>11}{'A/B':>7}{'CLI peak MB':>13}   (words/s)")
    for r in rows:
        print(f"{r['lang']:<5}{r['words']:>9}{r['stage_words_per_s']:>15,}{r['extract_words_per_s']:>10,}"
              f"{r['extract_no_time_words_per_s']:>10,}{r['extract_dated_words_per_s']:>10,}"
              f"{r['extract_detect_words_per_s']:>10,}{r['time_adds']:>11.0%}{r['time_adds_ab']:>7.0%}"
              f"{r['cli_peak_rss_mb']:>13}")
    print("claimx extract peak RSS by input size (all three languages, detection on): "
          + ", ".join(f"{mb} MB input -> {rss} MB" for mb, rss in growth))


if __name__ == "__main__":
    main()
