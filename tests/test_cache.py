"""The disk cache of compiled language data (:mod:`claimx.cache`): a hit gives what a build gives,
and a cache that cannot be used (off, unwritable, corrupt) only costs the build."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest
import regex

from claimx import cache
from claimx.entities import Gazetteer, gazetteer
from claimx.packs import Pack, load_pack
from claimx.packs.patterns import LazyPattern, SharedTest, word_at


class Built:
    def __init__(self, n: int) -> None:
        self.n = n


def counting_build(calls: list[int]) -> Built:
    calls.append(1)
    return Built(len(calls))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMX_CACHE", raising=False)
    return tmp_path / "cache"


def test_second_call_reads_what_the_first_built(folder: Path) -> None:
    calls: list[int] = []
    first = cache.cached("thing", lambda: counting_build(calls), Built)
    second = cache.cached("thing", lambda: counting_build(calls), Built)
    assert (first.n, second.n, len(calls)) == (1, 1, 1)
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["thing"]


def test_turned_off_builds_every_time(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMX_CACHE", "0")
    calls: list[int] = []
    for _ in range(2):
        cache.cached("thing", lambda: counting_build(calls), Built)
    assert len(calls) == 2 and not folder.exists()


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(["another", "kind"])], ids=["empty", "garbage", "wrong-kind"])
def test_a_bad_entry_is_rebuilt(folder: Path, content: bytes) -> None:
    folder.mkdir()
    (folder / f"thing-{cache.version_key()}.pickle").write_bytes(content)
    calls: list[int] = []
    assert cache.cached("thing", lambda: counting_build(calls), Built).n == 1 and calls == [1]
    assert cache.cached("thing", lambda: counting_build(calls), Built).n == 1 and calls == [1]


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CLAIMX_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []
    assert cache.cached("thing", lambda: counting_build(calls), Built).n == 1


def test_no_key_no_cache(folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A package whose files cannot be read (a zip install) has no key: it builds, never reads a guess."""
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path / "nowhere")
    cache.version_key.cache_clear()
    try:
        calls: list[int] = []
        for _ in range(2):
            cache.cached("thing", lambda: counting_build(calls), Built)
        assert len(calls) == 2 and not folder.exists()
    finally:
        cache.version_key.cache_clear()


def test_old_entries_are_pruned(folder: Path) -> None:
    folder.mkdir()
    for i in range(cache._KEEP + 3):
        (folder / f"thing-old{i}.pickle").write_bytes(b"x")
    cache.cached("thing", lambda: Built(0), Built)
    assert len(list(folder.glob("thing-*.pickle"))) == cache._KEEP
    assert (folder / f"thing-{cache.version_key()}.pickle").exists()


def _canon(v: object) -> object:
    """``v`` with every compiled pattern replaced by what defines it (patterns compare by identity;
    a pattern compiled when first used is compiled here)."""
    if isinstance(v, (regex.Pattern, LazyPattern)):
        return ("pattern", v.pattern, v.flags, tuple(sorted(v.groupindex.items())))
    if isinstance(v, SharedTest):  # its last answer (a paragraph's) is kept out of the pickle
        return ("SharedTest", _canon(v.test), _canon(v.twin))
    if isinstance(v, dict):
        return {k: _canon(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_canon(x) for x in v]
    if type(v).__module__.startswith("claimx") and (hasattr(v, "__dict__") or hasattr(v, "__slots__")):
        fields = vars(v) if hasattr(v, "__dict__") else {k: getattr(v, k) for k in type(v).__slots__}
        return (type(v).__name__, _canon(fields))
    return v


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_compiled_data_survives_the_round_trip(lang: str) -> None:
    """What the cache stores (a pickle) gives the same tables and the same compiled patterns."""
    pack = load_pack(lang)
    for original in (pack, gazetteer(pack)):
        back = pickle.loads(pickle.dumps(original, protocol=pickle.HIGHEST_PROTOCOL))
        assert isinstance(back, (Pack, Gazetteer))
        assert _canon(back) == _canon(original)
        assert sum(isinstance(v, (regex.Pattern, LazyPattern)) for v in vars(back).values()) > 5


def test_a_pattern_compiles_when_first_used_and_pickles_as_it_stands() -> None:
    """A lazy pattern pickles as what makes it until it is used, as the compiled pattern after."""
    lazy = word_at(["nearly", "about"], group="w")
    assert isinstance(lazy, LazyPattern) and "_compiled" not in vars(lazy)
    before = pickle.loads(pickle.dumps(lazy))
    assert isinstance(before, LazyPattern) and "_compiled" not in vars(before)
    m = lazy.search("it cost about 5")
    assert m is not None and m.group("w") == "about"
    after = pickle.loads(pickle.dumps(lazy))
    assert isinstance(after, regex.Pattern) and after.pattern == lazy.pattern and after.flags == lazy.flags
    assert before.search("it cost about 5").span() == after.search("it cost about 5").span() == m.span()


def test_what_a_process_compiles_is_written_back_at_exit(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry read back with patterns not compiled yet is written again once one is used."""
    monkeypatch.setattr(cache, "_ENTRIES", [])  # this test's entries only (write_changed runs at exit)

    def build() -> Built:
        built = Built(0)
        built.pattern = word_at(["nearly", "about"])  # type: ignore[attr-defined]
        return built

    cache.cached("lazy", build, Built)
    path = folder / f"lazy-{cache.version_key()}.pickle"
    read = cache.cached("lazy", build, Built)  # read back from the file
    cache.write_changed()
    assert isinstance(pickle.loads(path.read_bytes()).pattern, LazyPattern)  # unused: nothing to write
    assert read.pattern.search("about 5") is not None  # type: ignore[attr-defined]
    cache.write_changed()
    assert isinstance(pickle.loads(path.read_bytes()).pattern, regex.Pattern)


def test_no_collection_during_a_build_and_the_collector_back_after(folder: Path) -> None:
    """(In its own folder: an entry left by an earlier run would be read, not built.)"""
    seen: list[bool] = []
    with cache.building():
        with cache.building():  # nested: the outer build decides
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    seen.append(gc.isenabled())
    cache.cached("nothing", lambda: seen.append(gc.isenabled()) or Built(0), Built)
    assert seen == [False, False, True, False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with cache.building():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_only_a_build_of_a_start_freezes_what_it_built() -> None:
    """A pattern compiled when a text first needs it (at any time of a long process) pauses the
    collector without freezing: a freeze would keep whatever garbage the process holds then."""
    before = gc.get_freeze_count()
    with cache.building(freeze=False):
        kept = [[]]
    assert gc.get_freeze_count() == before
    with cache.building():
        kept.append([])
    assert gc.get_freeze_count() > before
