"""No sentence of the development data in the tests.

The data's READMEs forbid it: real-dev says "Do not paste these sentences into tests; annotated samples
live in corpus/real/", parallel-dev (TICO-19) "do not copy its sentences into corpus/ or tests". A test
row is written for the construction it exercises, with a topic, nouns and numbers of its own.

A file under tests/ fails when it holds any run of ``CHUNK`` characters of a data sentence (en, fr or ar).
Fixed names shorter than that ("Severe acute respiratory syndrome coronavirus 2") may stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

DATA_DIR = SHARED / "data"
DATA_FILES = ("real-dev/flores200_dev.jsonl", "real-dev/un_dev.jsonl", "parallel-dev/tico19_numeric.jsonl")
LANGS = ("en", "fr", "ar")
CHUNK = 60
#: data sentences are cut in pieces of STEP characters: a common run of CHUNK >= 2 * STEP - 1 holds one whole
STEP = CHUNK // 2


def _sentences() -> list[tuple[str, str, str, str]]:
    """(file, row id, language, sentence) for every sentence of the three files."""
    out = []
    for name in DATA_FILES:
        path = DATA_DIR / name
        assert path.is_file(), f"{path} is missing from {DATA_DIR}"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out += [(name, row["id"], lang, row[lang]) for lang in LANGS if row.get(lang)]
    return out


def _test_texts() -> dict[str, str]:
    texts = {}
    for path in sorted((ROOT / "tests").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            try:
                texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
    return texts


def _common_run(text: str, at: int, sentence: str, offset: int) -> tuple[int, int]:
    """The run of ``text`` around ``at`` equal to ``sentence`` around ``offset``: (start in text, length)."""
    left = 0
    while at - left > 0 and offset - left > 0 and text[at - left - 1] == sentence[offset - left - 1]:
        left += 1
    right = 0
    while at + right < len(text) and offset + right < len(sentence) and text[at + right] == sentence[offset + right]:
        right += 1
    return at - left, left + right


def copied_rows() -> list[str]:
    """Where a test file holds CHUNK characters of a data sentence, one line per (file, line, row)."""
    sentences = _sentences()
    pieces: dict[str, list[tuple[int, int]]] = {}
    for i, (_, _, _, s) in enumerate(sentences):
        for k in range(0, len(s) - STEP + 1, STEP):
            pieces.setdefault(s[k : k + STEP], []).append((i, k))
    found: dict[tuple[str, int, str, str, str], str] = {}
    for fname, text in _test_texts().items():
        for at in range(len(text) - STEP + 1):
            for i, k in pieces.get(text[at : at + STEP], ()):
                start, length = _common_run(text, at, sentences[i][3], k)
                if length >= CHUNK:
                    name, rid, lang, _ = sentences[i]
                    line = text.count("\n", 0, start) + 1
                    found.setdefault((fname, line, name, rid, lang), text[start : start + length])
    return [f"{f}:{line} holds {len(run)} characters of {name} row {rid} ({lang}): {run[:80]!r}"
            for (f, line, name, rid, lang), run in sorted(found.items())]


def test_no_test_file_copies_a_development_sentence() -> None:
    if not DATA_DIR.is_dir():
        pytest.skip(f"{DATA_DIR} is absent: the development data lives in ../shared/data beside the repository")
    copies = copied_rows()
    assert not copies, "sentences of the development data in the tests (write rows of your own):\n" + "\n".join(copies)
