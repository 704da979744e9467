"""A per-user disk cache of compiled language data, so a fresh process starts in a fraction of a second.

Compiling one language's pack and gazetteer parses a few hundred large word-trie regexes, about
0.3 s per language at every start (``regex`` parses patterns in Python). A compiled ``regex``
pattern pickles with its compiled program (the module's own pickle support), so the compiled
objects load back from a pickle in about 10 ms. :func:`cached` keeps them in a user cache folder.

The cache is optional and can never change a result:

* an entry's name holds a digest of every file of the ``claimx`` package (the code that compiles
  and the pack data it compiles), of the Python version and of the ``regex`` version, so after
  any edit or upgrade a stale entry is never read (it is simply not found);
* entries are written whole (a temporary file renamed into place): a reader never sees half of
  one, however many processes start at once;
* any failure to read or write (no home folder, read-only disk, a corrupt or foreign file) falls
  back to compiling, as without a cache. Only the user's own files are read.

An entry holds each pattern as the process that wrote it left it: compiled if it used it, else
as its text (:class:`claimx.packs.patterns.LazyPattern`: a first start compiles only the patterns
its text needs). An entry is written by the process that builds it, and again when a process that
built or read it exits having compiled more of its patterns, so the entries come to hold compiled
whatever the user's texts use.

What is built here (and each pattern compiled when first used, each NER pipeline loaded) is built
under :func:`building`: without a garbage collection meanwhile, then moved out of the collector's
way for good (``gc.freeze``), as it lives to the end of the process.

Where: ``$CLAIMX_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimx``, else ``~/.cache/claimx``.
``CLAIMX_CACHE=0`` turns it off. Nothing is ever downloaded: the cache only holds what this
process would otherwise compile from the installed package.
"""

from __future__ import annotations

import atexit
import copyreg
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent
# The files whose content the cached objects are built from (code and pack data).
_SOURCES = ("*.py", "*.toml", "*.json")
# Entries kept per name (the newest): a few versions of the package side by side.
_KEEP = 6


def folder() -> Path | None:
    """The cache folder, or None when the cache is turned off or there is nowhere to put it."""
    if os.environ.get("CLAIMX_CACHE", "1").strip().lower() in ("0", "off", "no", "false"):
        return None
    where = os.environ.get("CLAIMX_CACHE_DIR")
    if where:
        return Path(where)
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        return Path(base) / "claimx" if base else Path.home() / ".cache" / "claimx"
    except RuntimeError:  # no home folder
        return None


@lru_cache(maxsize=1)
def version_key() -> str:
    """A digest of the package's own files and of the versions the pickles depend on: a new one
    after any edit of the code or data, any Python or ``regex`` upgrade."""
    import regex

    h = hashlib.sha256(f"{sys.version}\0{regex.__version__}\0{pickle.HIGHEST_PROTOCOL}".encode())
    files = sorted({p for pattern in _SOURCES for p in _PACKAGE.rglob(pattern)})
    if not files:  # not installed as plain files (a zip): nothing to key on, so no cache
        raise OSError(f"no source files under {_PACKAGE}")
    for path in files:
        h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:24]


def _read(path: Path) -> object | None:
    """The object pickled at ``path``; None when absent, not the user's own, or unreadable."""
    try:
        with open(path, "rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                return None
            found: object = pickle.load(f)
            return found
    except Exception:  # absent, truncated by a crash, written by another version...
        return None


def _prune(where: Path, name: str) -> None:
    """Delete all but the newest :data:`_KEEP` entries of ``name``: each edit of the code makes a
    new one, and several checkouts or installs may share the folder (each keeps its own)."""
    entries = sorted(where.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[_KEEP:]:
        old.unlink(missing_ok=True)


def _write(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically; silently nothing when that fails."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = {**copyreg.dispatch_table, **_REDUCERS}
                pickler.dump(value)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path.parent, path.name.rsplit("-", 1)[0])
    except Exception:  # read-only disk, full disk, an object that does not pickle
        pass


# How the entries pickle some types, in place of their own way (:func:`reduce_with`).
_REDUCERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def reduce_with(kind: type, reducer: Callable[[Any], tuple[Any, ...]]) -> None:
    """Pickle the objects of ``kind`` in the entries as ``reducer`` says (as ``copyreg.pickle``
    would, for the cache's pickles only): :mod:`claimx.programs` writes an ``re`` pattern so
    that it is read back without being compiled again."""
    _REDUCERS[kind] = reducer


class Entry:
    """One entry this process read or built: written at exit when :attr:`changed`."""

    __slots__ = ("path", "value", "changed")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.value: object = None
        self.changed = False


# The entries this process read or built, and (per thread) the one being read or built now: what
# a pattern made meanwhile belongs to (:func:`filling`).
_ENTRIES: list[Entry] = []
_NOW = threading.local()


def filling() -> Entry | None:
    """The entry being read or built now, if any: a part of it that changes later (a pattern
    compiled when first used) marks it :attr:`Entry.changed`, to be written again at exit."""
    entry: Entry | None = getattr(_NOW, "entry", None)
    return entry


def _fill(entry: Entry, make: Callable[[], T]) -> T:
    outer, _NOW.entry = filling(), entry
    try:
        return make()
    finally:
        _NOW.entry = outer


# How many builds are under way (:func:`building`), whether the collector ran before the first,
# and whether the outermost one freezes what was built.
_BUILDS: list[int | bool] = [0, False, False]
_BUILDS_LOCK = threading.Lock()


@contextmanager
def building(freeze: bool = True) -> Iterator[None]:
    """No garbage collection while data that lives to the end of the process is built (a pack, a
    gazetteer, a compiled pattern, an NER pipeline), then (``freeze``) all of it moved to the
    collector's permanent generation (``gc.freeze``), where no later collection traverses it again.

    A first start builds hundreds of thousands of such objects (``regex`` parses each pattern into
    a tree of them): every collection meanwhile would go over all of them, and every later full
    collection again, though none can be freed (a quarter of a second in all at a first start,
    a tenth with the cache filled). Nested builds wait for the outermost; a collector the caller
    turned off stays off. Freezing also keeps whatever garbage the process holds at that moment, so
    what is built at any time (a pattern compiled when a text first needs it, in a long-running
    process) pauses the collector without freezing: a freeze is for the builds of a start.
    """
    with _BUILDS_LOCK:
        if _BUILDS[0] == 0:
            _BUILDS[1] = gc.isenabled()
            _BUILDS[2] = freeze
            gc.disable()
        _BUILDS[0] += 1
    try:
        yield
    finally:
        with _BUILDS_LOCK:
            _BUILDS[0] -= 1
            if _BUILDS[0] == 0 and _BUILDS[1]:
                if _BUILDS[2]:
                    gc.freeze()
                gc.enable()


def cached(name: str, build: Callable[[], T], kind: type[T]) -> T:
    """``build()``, or the object an earlier process built under ``name`` with the same code and
    data (``kind`` checks what is read back). What is built is written at once, and again at exit
    if it changed meanwhile (:func:`filling`), as is what is read. Built or read under :func:`building`."""
    with building():
        return _cached(name, build, kind)


def _cached(name: str, build: Callable[[], T], kind: type[T]) -> T:
    where = folder()
    if where is None:
        return build()
    try:
        path = where / f"{name}-{version_key()}.pickle"
    except OSError:  # the package's own files cannot be read: no key, no cache
        return build()
    entry = Entry(path)
    found = _fill(entry, lambda: _read(path))
    if isinstance(found, kind):
        value = found
    else:
        value = _fill(entry, build)
        _write(path, value)
    entry.value = value
    _ENTRIES.append(entry)
    return value


def changed(value: object) -> None:
    """Mark the entry holding ``value`` (an object :func:`cached` returned) changed: it is
    written again at exit."""
    for entry in _ENTRIES:
        if entry.value is value:
            entry.changed = True


def write_changed() -> None:
    """Write every entry that changed since it was read or written (run at exit)."""
    for entry in _ENTRIES:
        if entry.changed:
            entry.changed = False
            _write(entry.path, entry.value)


atexit.register(write_changed)
