"""Statistical NER backends: people, organisations and places where gazetteers cannot reach.

A backend is a callable ``(lang, texts) -> [[(start, end, label), ...], ...]`` with labels ``PER``,
``ORG`` and ``LOC``. claimx calls it only on the sentences that hold a claim, one batch per
paragraph, and loads each model lazily, once per process.

* ``"spacy"`` (default): Explosion's official ``fr_core_news_sm`` for French (only its ``tok2vec``
  and ``ner`` run) and the pipelines this project trains for Arabic and English
  (``models/claimx_ner_{ar,en}``, see ``models/README.md``).
* ``"stanza"``: Stanza pipelines with an ``ner`` processor, when the user has Stanza and its models.
* ``None``: no statistical NER (gazetteer entities only; fastest).
"""

from __future__ import annotations

import re

import os
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimx import programs
from claimx.cache import building, cached
from claimx.errors import BackendError as BackendError  # re-exported: the old import path

Spans = list[tuple[int, int, str]]
Backend = Callable[[str, Sequence[str]], list[Spans]]


# Labels of the models and corpora claimx meets, folded to PER / ORG / LOC.
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NORP": None,
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "LOCATION": "LOC",
}

# lang -> (pipeline, language class it is loaded as). fr_core_news_sm is loaded with spaCy's
# multi-language class "xx": its French tokenizer exceptions compile for about 3 s at first use, a
# cold start claimx cannot afford for two components (tok2vec, ner) that only need tokens.
_SPACY_MODELS = {"fr": ("fr_core_news_sm", "xx"), "ar": ("claimx_ner_ar", None), "en": ("claimx_ner_en", None)}
_UNUSED = ["parser", "senter", "morphologizer", "lemmatizer", "attribute_ruler", "tagger"]
# Not read from disk either: the vocabulary's string table (strings.json, 1-2 MB per pipeline, a
# fifth of the load time). The models embed tokens by the hashes of their strings, which do not
# depend on the table; the labels they predict are added to it when the model loads. (The
# pipelines ship no vectors and no lookup tables, the rest of the vocabulary's files.)
_NOT_LOADED = [*_UNUSED, "vocab"]


def model_dirs() -> list[Path]:
    """Where claimx looks for its own pipelines: ``$CLAIMX_MODELS``, the installed data files,
    then the source checkout's ``models/``."""
    dirs = []
    if os.environ.get("CLAIMX_MODELS"):
        dirs.append(Path(os.environ["CLAIMX_MODELS"]))
    dirs.append(Path(sys.prefix) / "share" / "claimx" / "models")
    dirs.append(Path(__file__).resolve().parents[2] / "models")
    return dirs


def _find_model(name: str) -> Path | str:
    for d in model_dirs():
        if (d / name / "meta.json").is_file():
            return d / name
    import importlib.util

    spec = importlib.util.find_spec(name)  # an installed pipeline package (fr_core_news_sm)
    if spec is not None and spec.origin:
        for sub in sorted(Path(spec.origin).parent.glob(f"{name}-*")):
            if (sub / "config.cfg").is_file():
                return sub
    return name


_BARE_TOKENIZER = "claimx.bare_tokenizer.v1"


@lru_cache(maxsize=1)
def _register_bare_tokenizer() -> None:
    """Register a tokenizer factory that makes an empty spaCy ``Tokenizer`` (rules, affixes and
    exceptions all come from the pipeline's serialised tokenizer, which replaces them all)."""
    import importlib

    from spacy.util import registry

    tokenizer: Any = importlib.import_module("spacy.tokenizer").Tokenizer  # compiled, no stub for mypy

    def factory() -> Callable[[Any], Any]:
        return lambda nlp: tokenizer(nlp.vocab)

    registry.tokenizers.register(_BARE_TOKENIZER, func=factory)


# The patterns of a serialised spaCy tokenizer, and the method of the compiled pattern each is read as.
_TOKENIZER_PATTERNS = {
    "prefix_search": "search", "suffix_search": "search", "infix_finditer": "finditer", "token_match": "match",
    "url_match": "match",
}


def _read_tokenizer(tokenizer: Any, serialised: bytes) -> None:
    """``tokenizer.from_bytes(serialised)``: what spaCy's ``Tokenizer.from_bytes`` does with a
    pipeline's ``tokenizer`` file (its affix patterns, then its exceptions), with the patterns compiled by
    :func:`claimx.programs.compile`: from their stored programs after the first start, where
    spaCy compiles them with ``re`` at every start (a twentieth of a second for two pipelines)."""
    import importlib

    saved = importlib.import_module("srsly").msgpack_loads(serialised)  # (no stubs for mypy)
    tokenizer.rules = {}  # reset first, as spaCy does: the special cases are reloaded only once, last
    for name in _TOKENIZER_PATTERNS:
        setattr(tokenizer, name, None)
    for name, method in _TOKENIZER_PATTERNS.items():
        if isinstance(saved.get(name), str):
            setattr(tokenizer, name, getattr(programs.compile(saved[name]), method))
    if "faster_heuristics" in saved:
        tokenizer.faster_heuristics = saved["faster_heuristics"]
    if isinstance(saved.get("exceptions"), dict):
        tokenizer.rules = saved["exceptions"]


@lru_cache(maxsize=None)
def _spacy_pipeline(lang: str) -> Any:
    with building():  # kept to the end of the process: no collection over its load
        return _load_spacy(lang)


def _load_bare(spacy: Any, where: Path | str, nlp: dict[str, str]) -> Any:
    """The pipeline at ``where`` with an empty tokenizer (and the ``[nlp]`` settings ``nlp``), to
    read a whole tokenizer into (:func:`_read_tokenizer`)."""
    _register_bare_tokenizer()
    config = {"nlp": {**nlp, "tokenizer": {"@tokenizers": _BARE_TOKENIZER}}}
    return spacy.load(where, exclude=[*_NOT_LOADED, "tokenizer"], config=config)


def _load_as(spacy: Any, where: Path | str, load_as: str) -> Any:
    """The pipeline at ``where`` loaded as language ``load_as``, with that language's default
    tokenizer. Making it compiles spaCy's affix patterns for the language at every start (a
    twentieth of a second); the user cache (:mod:`claimx.cache`) keeps it serialised, as a
    pipeline's own ``tokenizer`` file holds it, so a later start reads it like one (from stored
    programs). The entry's name holds spaCy's version: the defaults are spaCy's code."""
    loaded: list[Any] = []

    def build() -> bytes:
        loaded.append(spacy.load(where, exclude=[*_NOT_LOADED, "tokenizer"], config={"nlp": {"lang": load_as}}))
        saved: bytes = loaded[0].tokenizer.to_bytes(exclude=["vocab"])
        return saved

    saved = cached(f"tokenizer-{load_as}-spacy{spacy.__version__}", build, bytes)
    if loaded:  # just made (or no cache)
        return loaded[0]
    nlp = _load_bare(spacy, where, {"lang": load_as})
    _read_tokenizer(nlp.tokenizer, saved)
    return nlp


def _load_spacy(lang: str) -> Any:
    import spacy

    if lang not in _SPACY_MODELS:
        raise BackendError(f"no spaCy NER pipeline for language {lang!r}")
    name, load_as = _SPACY_MODELS[lang]
    where = _find_model(name)
    try:
        if load_as is None and isinstance(where, Path) and (where / "tokenizer").is_file():
            # The tokenizer is read whole from the pipeline's own "tokenizer" file: start from an
            # empty one rather than the language's defaults, whose exceptions would be compiled
            # only to be replaced (a tenth of a second per pipeline at start-up; same tokens).
            nlp = _load_bare(spacy, where, {})
            _read_tokenizer(nlp.tokenizer, (where / "tokenizer").read_bytes())
        elif load_as is None:
            nlp = spacy.load(where, exclude=_NOT_LOADED)
        else:
            nlp = _load_as(spacy, where, load_as)
    except OSError as exc:
        hint = (
            f"install it with: pip install {name.replace('_', '-')}"
            if isinstance(where, str) and lang == "fr"
            else f"looked in {', '.join(str(d) for d in model_dirs())}"
        )
        raise BackendError(f"spaCy pipeline {name!r} not found; {hint}") from exc
    return nlp


_SURROGATE = re.compile("[\ud800-\udfff]")


def spacy_backend(lang: str, texts: Sequence[str]) -> list[Spans]:
    nlp = _spacy_pipeline(lang)
    out = []
    # A lone surrogate cannot be hashed by spaCy: U+FFFD takes its place, one character for one (offsets hold).
    clean = [_SURROGATE.sub("\ufffd", t) for t in texts]
    for doc in nlp.pipe(clean, batch_size=64):
        out.append([(e.start_char, e.end_char, lab) for e in doc.ents if (lab := LABELS.get(e.label_))])
    return out


def stanza_spans(doc: Any) -> Spans:
    """PER/ORG/LOC spans of a Stanza ``Document`` (its ``ents``, with character offsets)."""
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.type)
        if label:
            out.append((int(ent.start_char), int(ent.end_char), label))
    return out


def stanza_backend(pipelines: dict[str, Any] | None = None) -> Backend:
    """A backend over Stanza pipelines (``{lang: stanza.Pipeline}``), built on first use when not given.

    Stanza's models are downloaded by the user (``stanza.download(lang)``); claimx never downloads.
    """
    try:
        import stanza
    except ImportError as exc:
        raise BackendError("the Stanza backend needs the 'stanza' package: pip install stanza") from exc
    cache: dict[str, Any] = dict(pipelines or {})

    def run(lang: str, texts: Sequence[str]) -> list[Spans]:
        if lang not in cache:
            try:
                cache[lang] = stanza.Pipeline(lang, processors="tokenize,ner", download_method=None, logging_level="WARN")
            except Exception as exc:  # stanza raises several kinds when models are missing
                raise BackendError(
                    f"Stanza has no NER model for {lang!r} here ({exc}); run stanza.download({lang!r}) first"
                ) from exc
        return [stanza_spans(cache[lang](t)) for t in texts]

    return run


def resolve(ner: str | Backend | None) -> Backend | None:
    """The backend for the ``ner=`` argument of :func:`claimx.extract`."""
    if ner is None or ner == "none":
        return None
    if ner == "spacy":
        return spacy_backend
    if ner == "stanza":
        return stanza_backend()
    if callable(ner):
        return ner
    raise ValueError(f"unknown NER backend {ner!r}: use 'spacy', 'stanza', None or a callable")
