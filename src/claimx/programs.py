"""Patterns of the standard library's ``re``, made from the programs a user cache keeps.

``re`` compiles a pattern in two steps in Python (``re._parser`` parses it into a tree,
``re._compiler`` writes the tree as the program its C engine runs) and one in C (``_sre.compile``
checks the program and makes the pattern object). The packs' word tries and the time patterns
are a few hundred patterns of up to 15,000 characters: the Python steps took about 0.3 s of each
start, a quarter of it, and a pickled ``re`` pattern is compiled again when it is read (``re``
pickles a pattern as its text). :func:`compile` keeps each pattern's program in a table that
:mod:`claimx.cache` stores (``re-programs``), and a later process makes the pattern from the
stored program with the C step alone (a few microseconds). The cache's pickles hold an ``re``
pattern as a call of :func:`compile` (:func:`reduce`), so a pack read from the cache makes its
patterns that way too.

The pattern made is the one ``re.compile`` makes (the same steps, the same program: equal
patterns); the table's entry is keyed by the Python version (:func:`claimx.cache.version_key`),
and a program the C step refuses is compiled again. Where this Python's ``re`` is not built as
expected (checked once, on a pattern with groups and flags) :func:`compile` is ``re.compile``.
"""

from __future__ import annotations

import importlib
import re
import threading
from array import array
from typing import Any

from claimx import cache

_sre: Any
try:  # CPython's own modules: the steps of re.compile
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre = importlib.import_module("_sre")
except ImportError:  # another Python: re.compile throughout
    _sre = None

# A pattern's flags as ``re`` keeps them, its program (``array("I")`` bytes), its number of groups
# and its group names both ways: the arguments of ``_sre.compile`` with the pattern's text.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Table = dict[tuple[str, int], Program]

_STATE: dict[str, Any] = {}  # "table": the programs known; "usable": whether this Python's re fits
_LOCK = threading.Lock()


def _steps(pattern: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """``re.compile(pattern, flags)`` as ``re._compiler.compile`` does it, with the program."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    names: dict[str, int] = tree.state.groupdict
    index: list[str | None] = [None] * tree.state.groups
    for name, i in names.items():
        index[i] = name
    program = (flags | tree.state.flags, array("I", code).tobytes(), tree.state.groups - 1, names, tuple(index))
    return _made(pattern, program, code), program


def _made(pattern: str, program: Program, code: list[int] | None = None) -> re.Pattern[str]:
    final, words, groups, names, index = program
    if code is None:
        code = array("I", words).tolist()
    made: re.Pattern[str] = _sre.compile(pattern, final, code, groups, dict(names), index)
    return made


def _usable() -> bool:
    """Whether the steps here make what ``re.compile`` makes, in this Python (checked once)."""
    if _sre is None or array("I").itemsize != getattr(_sre, "CODESIZE", 0):
        return False
    probe = r"(?i)(?P<a>[a-zé]+)\s*(?:b|c(?P=a))?(?<!x)(\d{2,})\Z"
    try:
        made = _steps(probe, re.MULTILINE)[0]
        again = _made(probe, _steps(probe, re.MULTILINE)[1])
    except Exception:  # an re whose internals differ
        return False
    expected = re.compile(probe, re.MULTILINE)
    return made == expected == again and made.groupindex == expected.groupindex and made.groups == expected.groups


def _table() -> Table | None:
    """The programs known (read from the cache at first use); None where :func:`compile` is
    ``re.compile`` (no cache, or an ``re`` that does not fit)."""
    if "usable" not in _STATE:
        with _LOCK:
            if "usable" not in _STATE:
                usable = cache.folder() is not None and _usable()
                _STATE["table"] = cache.cached(f"re-programs-{_sre.MAGIC}", dict, dict) if usable else None
                _STATE["usable"] = usable
    found: Table | None = _STATE["table"]
    return found


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's own name)
    """``re.compile(pattern, flags)``, from the stored program when there is one (which is
    stored otherwise, written to the cache when the process exits)."""
    table = _table()
    if table is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = table.get(key)
    if program is not None:
        try:
            return _made(pattern, program)
        except Exception:  # a program _sre refuses (a damaged entry): compiled again below
            pass
    made, program = _steps(pattern, int(flags))
    # also under the flags the pattern ends with, as the cache's pickles give them (one program:
    # pickled once)
    table[key] = table[(pattern, program[0])] = program
    cache.changed(table)
    return made


def reduce(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    """How the cache pickles an ``re`` pattern: as a call of :func:`compile`."""
    return compile, (pattern.pattern, pattern.flags)


cache.reduce_with(re.Pattern, reduce)
