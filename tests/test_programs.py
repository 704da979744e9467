"""``re`` patterns made from stored programs (:mod:`claimx.programs`): the pattern ``re.compile``
makes, whether its program was just written, read from the cache, or kept in a pickled pack."""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

import pytest

from claimx import cache, programs
from claimx.packs.build import _trie

PATTERNS = [
    (r"\d(?<!\d\d)(?=\d{0,3}[/.-]\d)", 0),
    (r"(?i)(?P<a>[a-zé]+)\s*(?:b|c(?P=a))?(?<!x)(\d{2,})\Z", re.MULTILINE),
    ("(?P<word>" + _trie(["mille", "million", "milliard", "millions", "milliards", "cent"]) + r")(?![\w])", re.IGNORECASE),
    ("(?:" + _trie(["ألف", "آلاف", "مليون", "ملايين"]) + ")", 0),
    ("ſtraße|İstanbul", re.IGNORECASE),
    ("", 0),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, with no table of programs read yet and this test's entries only."""
    monkeypatch.setenv("CLAIMX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMX_CACHE", raising=False)
    monkeypatch.setattr(cache, "_ENTRIES", [])
    monkeypatch.setattr(programs, "_STATE", {})
    return tmp_path / "cache"


def new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process: no entry read yet, the table of programs read again from the folder (and
    checked usable), and no pattern parsed any more."""
    monkeypatch.setattr(programs, "_STATE", {})
    monkeypatch.setattr(cache, "_ENTRIES", [])
    assert programs._table() is not None

    def steps(*_: Any) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(programs, "_steps", steps)


def same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return (a == b and a.pattern == b.pattern and a.flags == b.flags and a.groups == b.groups
            and a.groupindex == b.groupindex)


@pytest.mark.parametrize("pattern, flags", PATTERNS, ids=range(len(PATTERNS)))
def test_the_pattern_re_makes_written_then_read(fresh: Path, pattern: str, flags: int, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = re.compile(pattern, flags)
    assert same(programs.compile(pattern, flags), expected)  # compiled, its program kept
    assert same(programs.compile(pattern, flags), expected)  # made from the program
    cache.write_changed()
    new_process(monkeypatch)
    assert same(programs.compile(pattern, flags), expected)
    assert same(programs.compile(pattern, flags), expected)


def test_matches_are_re_s(fresh: Path) -> None:
    made = programs.compile(PATTERNS[2][0], PATTERNS[2][1])
    again = programs.compile(PATTERNS[2][0], PATTERNS[2][1])
    text = "Trois MILLIARDS, cent millions et mille"
    expected = [(m.span(), m.group("word")) for m in re.finditer(PATTERNS[2][0], text, PATTERNS[2][1])]
    assert [(m.span(), m.group("word")) for m in made.finditer(text)] == expected
    assert [(m.span(), m.group("word")) for m in again.finditer(text)] == expected


def test_a_cached_re_pattern_is_read_back_from_its_program(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache pickles an re pattern as a call of programs.compile: read back without a parse."""
    patterns = [re.compile(p, f) for p, f in PATTERNS]
    cache.cached("patterns", lambda: list(patterns), list)
    cache.write_changed()
    monkeypatch.setattr(programs, "_STATE", {})
    monkeypatch.setattr(cache, "_ENTRIES", [])
    back = cache.cached("patterns", list, list)  # programs compiled here: kept for the next process
    assert all(same(a, b) for a, b in zip(back, patterns)) and len(back) == len(patterns)
    cache.write_changed()
    new_process(monkeypatch)
    again = cache.cached("patterns", list, list)
    assert all(same(a, b) for a, b in zip(again, patterns))
    assert pickle.loads(pickle.dumps(again[1])) == patterns[1]  # a plain pickle stays re's own


def test_no_cache_is_plain_re(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMX_CACHE", "0")
    assert same(programs.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    assert programs._STATE == {"table": None, "usable": False} and not fresh.exists()


def test_a_damaged_program_is_compiled_again(fresh: Path) -> None:
    pattern, flags = PATTERNS[1]
    programs.compile(pattern, flags)
    table = programs._STATE["table"]
    final, _, groups, names, index = table[(pattern, flags)]
    table[(pattern, flags)] = (final, b"\x00\x00\x00\x00", groups, names, index)
    assert same(programs.compile(pattern, flags), re.compile(pattern, flags))
    assert table[(pattern, flags)][1] != b"\x00\x00\x00\x00"


def test_a_pattern_read_from_a_pickle_finds_the_program_compiled_with_other_flags(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickled pattern gives the flags it ended with (``re.UNICODE`` added, inline flags): the
    program compiled from the flags the code gave is found under those too."""
    pattern, flags = PATTERNS[1]
    made = programs.compile(pattern, flags)
    assert made.flags != flags
    cache.write_changed()
    new_process(monkeypatch)
    assert same(programs.compile(pattern, made.flags), made)
