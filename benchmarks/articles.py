"""Speed of claimx on whole real articles, per language, and where the time goes.

    python benchmarks/articles.py [--repeat N] [--rounds N] [--no-spacy] [--json]
    python benchmarks/articles.py --numbers-only [--rounds N]

The documents are rebuilt from the shared real text beside the repository (``../shared``, or
``$CLAIMX_SHARED`` as for the tests):

- FLORES-200 dev lines grouped by their source article (``url``): the sentences of one article,
  in order, as one paragraph;
- UN Parallel Corpus dev lines grouped by document symbol (``doc``): one line per paragraph with
  no blank line between, as UN documents and many news files come;
- the seed articles (``seeds/*.txt``) as they are, in the language detected for the file.

For each language it prints: words/s of the number stage alone (normalise + find quantities, per
paragraph); words/s of ``claimx.extract`` (language detected, as a user runs it) with NER on and
off; the share of extraction time (NER on) spent in each stage; how much more a KB costs when each
document is one long paragraph than when each line is its own short paragraph; and the peak
resident memory of a ``claimx extract`` process on that language's documents. Then the peak memory
of one process over all three languages, the cold-start wall time of ``claimx extract
samples/sample.txt``, and the words/s of the bare ``fr_core_news_sm`` pipeline (``nlp.pipe``, every
component it ships) on the same French documents, in the same run, with claimx's ratio to it.

Stage shares are exclusive wall times: each stage function ``extract`` calls is wrapped by
a timer that does not count the time of another wrapped stage inside it; "records" is what is left
(building claims, the per-claim loop, paragraph splitting). The documents are repeated ``--repeat``
times so each timing is long enough to be stable; each figure is the fastest of ``--rounds`` runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import claimx  # noqa: E402
from bench import best_of, peak_rss_mb  # noqa: E402  (the same timer and memory probe as bench.py)
from claimx.normalize import normalize  # noqa: E402
from claimx.packs import load_pack  # noqa: E402
from claimx.packs.patterns import compile_all  # noqa: E402
from claimx.quantities import find_quantities, rejections  # noqa: E402
from claimx.segment import detect_language, paragraphs  # noqa: E402

extract_mod = importlib.import_module("claimx.extract")
# The modules whose calls into the stages are timed: the API and the pipeline behind it.
PIPELINE = [extract_mod] + [importlib.import_module(f"claimx.pipeline.{m}") for m in ("document", "paragraph", "claims")]
LANGS = ("ar", "en", "fr")


def shared_dir() -> Path:
    here = [Path(os.environ["CLAIMX_SHARED"])] if os.environ.get("CLAIMX_SHARED") else []
    for d in (*here, SHARED, ROOT.parents[1] / "shared"):  # a worktree sits one level deeper
        if (d / "data" / "real-dev").is_dir():
            return d
    raise SystemExit(f"no shared real text at {SHARED} (expected ../shared/data/real-dev beside the repository)")


def documents() -> dict[str, list[list[str]]]:
    """Per language, the documents as lists of paragraphs (a FLORES article is one paragraph)."""
    base = shared_dir()
    docs: dict[str, list[list[str]]] = {lang: [] for lang in LANGS}
    for name, key, sep in (("flores200_dev.jsonl", "url", " "), ("un_dev.jsonl", "doc", "\n")):
        groups: dict[str, list[dict[str, Any]]] = {}
        with open(base / "data" / "real-dev" / name, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                groups.setdefault(row.get(key) or row["id"], []).append(row)
        for rows in groups.values():
            rows.sort(key=lambda r: r["id"])
            for lang in LANGS:
                lines = [r[lang].strip() for r in rows if r.get(lang, "").strip()]
                if lines:
                    docs[lang].append([sep.join(lines)] if sep == " " else lines)
    for f in sorted((base / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        lang = detect_language(text)
        if lang in docs:
            docs[lang].append([ln for ln in text.splitlines() if ln.strip()])
    return docs


def as_text(doc: list[str]) -> str:
    """A document as a file has it: one line per paragraph, no blank line between."""
    return "\n".join(doc)


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


class StageClock:
    """Exclusive time per stage: a wrapped call does not count the wrapped calls inside it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            self._inner.append(0.0)
            try:
                return fn(*a, **k)
            finally:
                took = time.perf_counter() - t0
                inner = self._inner.pop()
                self.spent[stage] += took - inner
                if self._inner:
                    self._inner[-1] += took

        return timed


# The stage each function that the pipeline calls belongs to (names absent from a version are skipped).
MODULE_STAGES = {
    "normalize": "normalise",
    "detect_language": "language",
    "sentences": "sentences",
    "find_quantities": "numbers",
    "find_times": "time",
    "dateline_end": "time",
    "find_published": "time",
    "gazetteer": "gazetteers+sources",
    "gazetteer_mentions": "gazetteers+sources",
    "ner_windows": "gazetteers+sources",
    "sentence_mentions": "gazetteers+sources",
    "find_sources": "gazetteers+sources",
    "pick_cue": "gazetteers+sources",
    "roles": "gazetteers+sources",
    "detect_event": "events",
    "SentenceEvents": "events",
    "time_ref": "time",
    "_source_and_entities": "gazetteers+sources",
}
INDEX_STAGES = {"govern": "time", "continues": "time", "lasting": "time"}
STAGES = ("normalise", "language", "sentences", "numbers", "time", "gazetteers+sources", "ner", "events", "records")


def stage_shares(texts: list[str]) -> dict[str, float]:
    """Share of ``extract`` time (NER on, language detected) per stage, over ``texts``."""
    clock = StageClock()
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, stage: str) -> None:
        if name not in vars(owner):
            return
        fn = vars(owner)[name]
        saved.append((owner, name, fn))
        setattr(owner, name, clock.wrap(stage, fn))

    for module in PIPELINE:
        for name, stage in MODULE_STAGES.items():
            patch(module, name, stage)
    time_stage = importlib.import_module("claimx.time")
    for name, stage in INDEX_STAGES.items():
        patch(time_stage.TimeIndex, name, stage)
    events = importlib.import_module("claimx.events")
    if hasattr(events, "SentenceEvents"):
        patch(events.SentenceEvents, "at", "events")
    resolve = extract_mod.resolve
    saved.append((extract_mod, "resolve", resolve))

    def timed_resolve(ner: Any) -> Any:
        backend = resolve(ner)
        return None if backend is None else clock.wrap("ner", backend)

    extract_mod.resolve = timed_resolve
    try:
        t0 = time.perf_counter()
        for t in texts:
            claimx.extract(t)
        total = time.perf_counter() - t0
    finally:
        for owner, name, fn in reversed(saved):
            setattr(owner, name, fn)
    shares = {s: clock.spent.get(s, 0.0) / total for s in STAGES if s != "records"}
    shares["records"] = 1.0 - sum(shares.values())
    return shares


def cold_start() -> float:
    """Median wall time of ``claimx extract samples/sample.txt`` in a fresh process (of 5)."""
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimx.cli", "extract", "-o", "/dev/null", str(ROOT / "samples" / "sample.txt")],
                       check=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def rss_of(texts: list[str]) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.write("\n\n".join(texts))
    try:
        return round(peak_rss_mb(Path(tmp.name), ""), 1)
    finally:
        Path(tmp.name).unlink()


def number_stage_only(docs: dict[str, list[list[str]]], rounds: int) -> None:
    """The number stage alone (normalise + find quantities, per paragraph), in words per second of
    wall time and of the process's CPU time (best of ``rounds`` each): CPU time is what other jobs
    on a shared machine stretch least, so it is the figure to compare before and after a change."""
    for lang in LANGS:
        texts = [as_text(d) for d in docs[lang]]
        n, pack = count_words(texts), load_pack(lang)
        paras = [t[s:e] for t in texts for s, e in paragraphs(t)]

        def numbers() -> None:
            for p in paras:
                find_quantities(normalize(p).text, pack)

        numbers()  # load the pack and warm the caches outside the timings
        cpu = float("inf")
        for _ in range(rounds):
            t0 = time.process_time()
            numbers()
            cpu = min(cpu, time.process_time() - t0)
        print(f"{lang}: {n:,} words, number stage {round(n / best_of(numbers, rounds)):,} words/s (wall), "
              f"{round(n / cpu):,} words/s (CPU)")


def number_stage_unseen(docs: dict[str, list[list[str]]], outcomes: bool = False) -> None:
    """The number stage over text it has not read: one pass over the first half of a language's
    documents (the packs loaded, the caches warm with its words), then one timed pass over the second
    half, in words per second of CPU. The rounds of :func:`number_stage_only` read the same articles
    again, which any cache of what a word or a paragraph gave makes cheaper than new text. Every
    pattern of the pack is compiled before the timed pass (:func:`compile_all`): a pattern first met
    there costs its compilation once per process (never when the user cache holds it compiled; the
    cold-start bar covers that cost), not per word."""
    for lang in LANGS:
        texts = [as_text(d) for d in docs[lang]]
        half, pack = len(texts) // 2, load_pack(lang)
        first = [t[s:e] for t in texts[:half] for s, e in paragraphs(t)]
        second = [t[s:e] for t in texts[half:] for s, e in paragraphs(t)]
        for p in first:
            find_quantities(normalize(p).text, pack)
        compile_all(pack)  # a pattern first met in the second half is compiled once per process: not per word
        n = count_words(second)
        t0 = time.process_time()
        for p in second:
            find_quantities(normalize(p).text, pack)
        print(f"{lang}: {n:,} words not read before, number stage {round(n / (time.process_time() - t0)):,} words/s (CPU, one pass)")
        if outcomes:
            print_outcomes(lang, second, pack)


def print_outcomes(lang: str, paras: list[str], pack: Any) -> None:
    """``--outcomes``: the CPU of a second pass over ``paras`` by what each paragraph gave: claims,
    numbers all dropped (dates, labels, years), or no number read at all."""
    cpu: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for p in paras:
        text = normalize(p).text
        t0 = time.process_time()
        found = find_quantities(text, pack)
        spent = time.process_time() - t0
        kind = "claims" if found else "all dropped" if rejections(text, pack) else "no number"
        cpu[kind][0] += 1
        cpu[kind][1] += spent
    total = sum(c for _, c in cpu.values()) or 1.0
    print(f"{lang}: " + ", ".join(f"{k} {int(n):,} paragraphs {c / total:.0%} of the CPU" for k, (n, c) in sorted(cpu.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="times the documents are repeated (default 3)")
    ap.add_argument("--rounds", type=int, default=3, help="runs per timing, the fastest counts (default 3)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the bare fr_core_news_sm comparison")
    ap.add_argument("--no-rss", action="store_true", help="skip the memory and cold-start subprocesses")
    ap.add_argument("--numbers-only", action="store_true",
                    help="only the number stage, in wall and CPU time (the steadier on a shared machine)")
    ap.add_argument("--unseen", action="store_true",
                    help="only the number stage, one pass over the second half of the documents after the first")
    ap.add_argument("--outcomes", action="store_true",
                    help="with --unseen: the CPU of the pass by what each paragraph gave (claims, numbers all dropped, none)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    docs = documents()
    if args.numbers_only:
        number_stage_only(docs, args.rounds)
        return
    if args.unseen:
        number_stage_unseen(docs, args.outcomes)
        return
    rows: list[dict[str, Any]] = []
    for lang in LANGS:
        texts = [as_text(d) for d in docs[lang]] * args.repeat
        short = ["\n\n".join(d) for d in docs[lang]] * args.repeat
        flat = [" ".join(d) for d in docs[lang]] * args.repeat
        n = count_words(texts)
        pack = load_pack(lang)
        for t in texts[:20]:
            claimx.extract(t)  # load packs, models and caches outside the timings
        paras = [t[s:e] for t in texts for s, e in paragraphs(t)]

        def numbers() -> None:
            for p in paras:
                find_quantities(normalize(p).text, pack)

        def run(batch: list[str], ner: Any = "spacy") -> Callable[[], None]:
            def go() -> None:
                for t in batch:
                    claimx.extract(t, ner=ner)
            return go

        t_short = best_of(run(short), args.rounds)
        t_flat = best_of(run(flat), args.rounds)
        row: dict[str, Any] = {
            "lang": lang,
            "documents": len(docs[lang]),
            "words": n,
            "kb": round(sum(len(t.encode("utf-8")) for t in texts) / 1024),
            "numbers_words_per_s": round(n / best_of(numbers, args.rounds)),
            "extract_words_per_s": round(n / best_of(run(texts), args.rounds)),
            "extract_no_ner_words_per_s": round(n / best_of(run(texts, None), args.rounds)),
            "one_paragraph_cost": round(t_flat / t_short, 2),
            "shares": {k: round(v, 3) for k, v in stage_shares(texts).items()},
        }
        if not args.no_rss:
            row["peak_rss_mb"] = rss_of([as_text(d) for d in docs[lang]])
        rows.append(row)
    out: dict[str, Any] = {"languages": rows}
    if not args.no_rss:
        out["peak_rss_all_mb"] = rss_of([as_text(d) for lang in LANGS for d in docs[lang]])
        out["cold_start_s"] = round(cold_start(), 2)
    if not args.no_spacy:
        import spacy

        fr = [as_text(d) for d in docs["fr"]] * args.repeat
        n = count_words(fr)
        nlp = spacy.load("fr_core_news_sm")
        list(nlp.pipe(fr[:5]))
        spacy_s = best_of(lambda: list(nlp.pipe(fr, batch_size=64)), rounds=1)
        claimx_s = best_of(run(fr), args.rounds)
        out["spacy_fr"] = {
            "words": n,
            "fr_core_news_sm_words_per_s": round(n / spacy_s),
            "claimx_words_per_s": round(n / claimx_s),
            "ratio": round(spacy_s / claimx_s, 1),
        }
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{'lang':<5}{'docs':>6}{'words':>9}{'numbers':>10}{'NER on':>9}{'NER off':>9}{'1-para cost':>12}"
          f"{'peak MB':>9}   (words/s; 1-para cost = time per KB as one paragraph / as short paragraphs)")
    for r in rows:
        print(f"{r['lang']:<5}{r['documents']:>6}{r['words']:>9}{r['numbers_words_per_s']:>10,}"
              f"{r['extract_words_per_s']:>9,}{r['extract_no_ner_words_per_s']:>9,}{r['one_paragraph_cost']:>11}x"
              f"{r.get('peak_rss_mb', '-'):>9}")
    print("share of extract() time (NER on):")
    print(f"{'lang':<5}" + "".join(f"{s:>11}" for s in ("normalise", "language", "sentences", "numbers", "time", "gaz+src", "ner", "events", "records")))
    for r in rows:
        print(f"{r['lang']:<5}" + "".join(f"{r['shares'][s]:>11.1%}" for s in STAGES))
    if "peak_rss_all_mb" in out:
        print(f"peak RSS of claimx extract over all three languages: {out['peak_rss_all_mb']} MB; "
              f"cold start of claimx extract samples/sample.txt: {out['cold_start_s']} s")
    if "spacy_fr" in out:
        s = out["spacy_fr"]
        print(f"French, {s['words']} words: fr_core_news_sm {s['fr_core_news_sm_words_per_s']:,} words/s, "
              f"claimx {s['claimx_words_per_s']:,} words/s, {s['ratio']}x")


if __name__ == "__main__":
    main()
