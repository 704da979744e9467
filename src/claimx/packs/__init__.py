"""Language packs: all language knowledge claimx has, as data.

A pack is a TOML file with the same keys in every language (``tests/test_packs.py`` checks it).
:class:`Pack` loads one, normalises every surface with :func:`claimx.normalize.norm_key` (so pack
authors write words as they are spelt), and compiles the lookup regexes the stages use. Stage code
asks the pack (``pack.units.get(word)``); it never tests which language it is working on.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from collections.abc import Container
from typing import Any

import regex

from claimx.cache import cached
from claimx.errors import PackError as PackError  # re-exported: the old import path
from claimx.packs.build import NUMBER_KINDS as NUMBER_KINDS, QUALIFIERS as QUALIFIERS, Unit as Unit
from claimx.packs.build import _keys as _keys
from claimx.packs.compile import PackTables, compile_pack
from claimx.packs.parsed import read_toml
from claimx.packs.patterns import holds
from claimx.packs.schema import PackData, read_pack


@dataclass
class Pack(PackTables):
    """One language's data plus the tables and regexes compiled from it (:mod:`claimx.packs.compile`).

    Stage code reads the typed sections (:attr:`spec`, e.g. ``pack.spec.time.months``) or the
    compiled tables, never the raw :attr:`data`.
    """

    code: str
    data: dict[str, Any]
    spec: PackData = field(init=False)
    name: str = field(init=False)
    stopwords: frozenset[str] = field(init=False)
    numbers: dict[str, tuple[str, Decimal]] = field(init=False)
    currency_scales: dict[str, Decimal] = field(init=False)
    vague: dict[str, Decimal] = field(init=False)
    qualifiers_before: dict[str, str] = field(init=False)
    qualifiers_after: dict[str, str] = field(init=False)
    range_pairs: dict[str, frozenset[str]] = field(init=False)
    range_bare: frozenset[str] = field(init=False)
    units: dict[str, Unit] = field(init=False)
    months: dict[str, int] = field(init=False)
    weekdays: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.spec = read_pack(self.code, self.data)  # the typed schema: a bad pack raises PackError naming the key
        compile_pack(self)

    def strip_clitic(self, key: str, known: Container[str], clitics: tuple[str, ...] | None = None) -> str:
        """``key`` without a clitic prefix (``وأكثر من`` → ``أكثر من``) when the bare form is in
        ``known``; ``key`` itself otherwise. ``clitics`` defaults to every clitic of the pack."""
        for pre in self.clitics if clitics is None else clitics:
            if key.startswith(pre) and key[len(pre) :] in known:
                return key[len(pre) :]
        return key


class DateScan:
    """``pack.date_re.match`` at many positions of one text, in linear time in all.

    A date may start with a run of days ("les 2, 3 et 4 octobre"). Where no month follows the
    run ("12, 15, 17, 21 ...", a list of daily counts), the match fails at its first day after
    scanning the whole run, and would fail again, after scanning the rest of it, at each later
    day. A later day of a run that failed is only tried for the numeric forms ("12-5-17"), the
    one other way a date can start at a digit: the same answers, the run scanned once.
    """

    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.pack = pack
        self._failed = (0, 0, 0)  # a run of days [start, end) where a date failed, and that try's endpos
        # The last digit a date failed at and that try's endpos, its run of days not yet read: it is
        # read at the next call, before anything else, so the state is what reading it at once gives,
        # and the last failure of a paragraph (most paragraphs' only one) costs no second match.
        self._pending: tuple[int, int] | None = None
        self._month_held: bool | None = None  # whether the paragraph may hold a month (month_test)

    def _months(self) -> bool:
        if self._month_held is None:
            self._month_held = holds(self.pack, self.pack.month_test, self.text)
        return self._month_held

    def months_held(self) -> bool:
        """Whether the paragraph may hold a month (``month_test``): without one, a date at a digit
        can only be a numeric one."""
        return self._months()

    def match(self, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
        text, p = self.text, self.pack
        if self._pending is not None:
            self._read_run(*self._pending)
        end = len(text) if endpos is None else min(endpos, len(text))
        lo, hi, tried = self._failed
        if lo < pos < hi and end <= tried and text[pos].isdigit():
            return self._numeric(pos, end)
        if text[pos : pos + 1].isdigit() and not self._months():
            # No month in the paragraph: a date starting at a digit can only be a numeric one (the
            # other forms at a digit are a run of days before a month)
            return self._numeric(pos, end)
        if text[pos : pos + 3].isdecimal():
            # Three digits or more ("2015", "1,200" too): no day of a date starts here (a day is
            # one or two digits, followed by no digit), only a numeric date ("2015-03-21")
            return self._numeric(pos, end)
        m = p.date_re.match(text, pos, end)
        if m is None and pos < len(text) and text[pos].isdigit():
            self._pending = (pos, end)
        return m

    def _numeric(self, pos: int, end: int) -> regex.Match[str] | None:
        """``pack.numeric_date_re.match(text, pos, end)``: tried only where its first separator
        stands, the second or third character ("12/5/17", "3.10.2020") or the fifth ("2015-03-21").
        Most numbers have none there, and ``regex``'s start of a try costs more than the test."""
        head = self.text[pos + 1 : pos + 5]
        if "/" not in head and "-" not in head and "." not in head:
            return None
        return self.pack.numeric_date_re.match(self.text, pos, end)

    def numeric_only(self, pos: int) -> bool:
        """Whether :meth:`match` at ``pos`` (to the text's end) tries only the numeric forms."""
        if self._pending is not None:
            self._read_run(*self._pending)
        text = self.text
        if not text[pos : pos + 1].isdigit():
            return False
        lo, hi, tried = self._failed
        return (lo < pos < hi and len(text) <= tried) or not self._months()

    def _read_run(self, pos: int, end: int) -> None:
        """Remember the run of days at ``pos`` where a date failed (up to ``end``), if any."""
        self._pending = None
        run = self.pack.day_run_re.match(self.text, pos, end)
        if run is not None and run.end() > pos:
            self._failed = (pos, run.end(), end)


@lru_cache(maxsize=None)
def load_pack(code: str) -> Pack:
    """The pack for language ``code`` (``ar``, ``en``, ``fr``); built once per process (0.02-0.07 s,
    its regexes compiled when first used: :class:`~claimx.packs.patterns.LazyPattern`), or read back
    from the user's cache (:mod:`claimx.cache`), with the regexes earlier processes used compiled."""
    if code not in available_languages():
        raise PackError(
            f"unsupported language {code!r}: claimx has packs for {', '.join(available_languages())}"
        )
    return cached(f"pack-{code}", lambda: _compile(code), Pack)


def _compile(code: str) -> Pack:
    try:
        data = read_toml(f"{code}/pack.toml")  # from the JSON shipped beside it (claimx.packs.parsed)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"pack {code}/pack.toml is not valid TOML: {exc}") from exc
    return Pack(code, data)


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of the shipped packs, sorted."""
    root = resources.files("claimx.packs")
    return tuple(sorted(d.name for d in root.iterdir() if d.is_dir() and d.joinpath("pack.toml").is_file()))


@dataclass(frozen=True)
class CountrySurfaces:
    """A pack's country surfaces beside its ``pack.toml``: the CLDR names of ``countries.json``
    (surface → ISO alpha-2 code) and the aliases and demonyms of ``gazetteer.toml`` (code →
    surfaces), as the files give them; empty where a file is missing."""

    names: dict[str, str]
    aliases: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    # words before a name or demonym that give it another sense ("الأفرقة القطرية": country teams)
    not_after: dict[str, list[str]]
    # words after a name that give it another sense ("أمريكا اللاتينية": Latin America, no US)
    not_before: dict[str, list[str]]


def country_surfaces(code: str) -> CountrySurfaces:
    """The country surfaces of the pack ``code`` (read for :class:`claimx.entities.Gazetteer`)."""
    cldr, extra = _read_file(f"{code}/countries.json"), _read_file(f"{code}/gazetteer.toml")
    return CountrySurfaces(
        cldr.get("names", {}), extra.get("aliases", {}), extra.get("demonyms", {}), extra.get("not_after", {}),
        extra.get("not_before", {}),
    )


def _read_file(path: str) -> dict[str, Any]:
    try:
        if path.endswith(".toml"):
            return read_toml(path)  # from the JSON shipped beside it (claimx.packs.parsed)
        data: dict[str, Any] = json.loads(resources.files("claimx.packs").joinpath(path).read_bytes())
    except FileNotFoundError:
        return {}
    return data
