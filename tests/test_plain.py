"""The short path for bare numbers (``quantities/plain.py``): what it rests on, and that it gives
what the full path gives.

It rests on no pack word being made of digits, commas and blanks alone (every pattern of the
pack's words then needs a character a run of bare numbers does not hold), and on its rules
keeping the order of ``NOT_CLAIM_RULES``.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimx.normalize import normalize
from claimx.packs import load_pack
from claimx.packs.patterns import search_from
from claimx.quantities import finder, plain
from claimx.quantities.model import Hit, Rejection
from claimx.quantities.plain import PLAIN_ATOM_RULES, PLAIN_CLAIM_RULES
from claimx.quantities.rules import ATOM_RULES, CLAIM_RULES
from claimx.quantities.scan import Scan

PACKS = Path(__file__).resolve().parents[1] / "src" / "claimx" / "packs"
LANGS = ("ar", "en", "fr")
_PLAIN = re.compile(r"[0-9 ,\t\n]*")
# How digits are written, not words: the decimal and group marks, the script glued to digits, the
# commas that join number words ("twenty, three"); the candidates pattern reads them, not a rule.
_DIGIT_FORMATS = {"digits.decimal", "digits.group", "digits.glued_script", "numbers.coordinators"}
_NUMBER = re.compile(r"[\d./]+")  # a value, not a word: "0.5", "1/3" (fractions, mass units)


def _strings(node: Any, path: str, as_value: bool = False) -> Iterator[tuple[str, str, bool]]:
    """Every key and string of a pack, with its dotted path and whether it is a table's value."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}.{key}".lstrip("."), key, False
            yield from _strings(value, f"{path}.{key}".lstrip("."), as_value=True)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, path)
    elif isinstance(node, str):
        yield path, node, as_value


@pytest.mark.parametrize("lang", LANGS)
def test_no_pack_word_is_bare(lang: str) -> None:
    data = tomllib.loads((PACKS / lang / "pack.toml").read_text("utf-8"))
    bare = [
        f"{path}: {text!r}"
        for path, text, as_value in _strings(data, "")
        if _PLAIN.fullmatch(text) and path not in _DIGIT_FORMATS and not (as_value and _NUMBER.fullmatch(text))
    ]
    assert bare == [], "a word of digits, commas and blanks: the bare-number path would miss it"


@pytest.mark.parametrize("lang", LANGS)
def test_a_candidate_at_a_digit_is_its_digits_branch(lang: str) -> None:
    """``bare_run`` matches ``Pack.digit_candidates`` where the loop matches ``candidates``: at a
    digit only the digits branch can match, as no number word starts with a digit."""
    pack = load_pack(lang)
    assert not [w for w in [*pack.numbers, *pack.vague] if w[:1].isdigit()]
    rnd = random.Random(5)
    text = "".join(_long_bare_run(rnd) + _run_of_numbers(rnd) for _ in range(4))
    for i, c in enumerate(text):
        if "0" <= c <= "9":
            m, d = pack.candidates.match(text, i), pack.digit_candidates.match(text, i)
            assert (m.span(), m.group("digits")) == (d.span(), d.group("digits")) if m else d is None, text[i : i + 20]


_DOTTED = "Bioeasy.80% rose .08% and 3.5. 12.000 personnes, 1.2.3 (و.08%) 2,5 000 800 ١٢ 4.8-13 21/09/2022 x.5 a1.5 5."


@pytest.mark.parametrize("lang", LANGS)
def test_the_next_candidate_is_the_one_the_candidates_pattern_finds(lang: str) -> None:
    """``finder.next_candidate`` (digits read by ``re`` where a number starts at a digit with no dot
    before it) finds, from every position, the candidate ``search_from`` finds with the candidates
    pattern: its span and its digits."""
    pack = load_pack(lang)
    texts = [_DOTTED, "".join(_run_of_numbers(random.Random(3)) for _ in range(2))]
    for path in sorted((PACKS.parents[2] / "corpus" / lang).glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    digits = 0
    for text in map(lambda t: normalize(t).text, texts):
        for pos in range(len(text) + 1):
            got, expected = finder.next_candidate(pack, text, pos), search_from(pack.candidates, pack.candidate_starts, text, pos)
            assert (got and (got.span(), got.group("digits"))) == (expected and (expected.span(), expected.group("digits"))), text[pos : pos + 30]
            digits += got is not None and got.group("digits") is not None
    assert digits


def test_plain_rules_keep_their_order() -> None:
    assert list(PLAIN_ATOM_RULES) == [r for r in ATOM_RULES if r in PLAIN_ATOM_RULES]
    assert list(PLAIN_CLAIM_RULES) == [r for r in CLAIM_RULES if r in PLAIN_CLAIM_RULES]


def _quantities(text: str, lang: str, bare_path: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Hit], list[Rejection]]:
    with monkeypatch.context() as m:
        if not bare_path:
            m.setattr(finder, "bare_span", lambda f, s, e: False)
        f = Scan(text, load_pack(lang))
        return finder._run(f), f.rejected


_PIECES = ["{n}, ", "{n} ", "{n},", "{n}\n", "{n}\t", "01 23 45 67 89 ", "{y}{y}, ", "1 000 000 ", "{n}    ", "{y}, ", "0{n}, ", "{n},{n} ", "{n} 000, ", "\n{n}. ", "\n{n} - ", "\n{n} Le ", "{n}\n{n}.{n} ", "articles {n}, ", "5G ",
           "({n}) ", "{n}-{n}, ", "{n}/{n}, ", "{n} people, ", "January {n}, ", "{n} يناير ", "more than ", "or more ",
           "2 3 4 octobre ", "2, 3, 4 October ", "2, 3 و4 أكتوبر ",
           # what ends a run of digits read from a bare number (identifier), a year before a label
           "{n} {n}-km, ", "{n} {n}abc, ", "{n} {n}-{n}, ", "{y} articles {n} ", "{n}/{n}/{y} "]


def _run_of_numbers(rnd: random.Random) -> str:
    """A run of counts with, now and then, something that is not a bare number."""
    parts = [rnd.choice(["Daily cases: ", "Le bilan : ", "الحالات: ", ""])]
    for _ in range(rnd.randint(60, 200)):
        piece = rnd.choice(_PIECES) if rnd.random() < 0.05 else rnd.choice(_PIECES[:8])
        parts.append(piece.format(n=rnd.choice([rnd.randint(0, 40), rnd.randint(0, 99999)]), y=rnd.randint(1790, 2110)))
    return "".join(parts) + rnd.choice([" were reported.", " 5G", ""])


@pytest.mark.parametrize("lang", LANGS)
def test_bare_path_gives_what_the_full_path_gives(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(12)
    for _ in range(15):
        text = normalize(_run_of_numbers(rnd)).text
        assert _quantities(text, lang, True, monkeypatch) == _quantities(text, lang, False, monkeypatch), text


# Numbers a plain rule or a bare mask may drop, written deep in a long bare run (``plain.bare_run``
# reads them: their neighbourhood lies in the stretch found before them).
_BARE_SPECIALS = ["{y}", "0{n}", "01 23 45 67 89", "1 000 000", "{y}{y}", "{n},{n}", "{n} 000"]


def _long_bare_run(rnd: random.Random) -> str:
    """A long list of numbers, some of them special; the number after "articles" (a label, and
    the list after it labels) has two digits: a label of three digits is named again by the full
    path's ``label`` rule wherever it recurs in the paragraph, and by no rule of the short path."""
    parts = [rnd.choice(["Daily cases: ", "articles ", "الحالات: ", ""]), f"{rnd.randint(0, 99)}, "]
    for _ in range(rnd.randint(150, 300)):
        piece = rnd.choice(_BARE_SPECIALS) if rnd.random() < 0.1 else "{n}"
        parts.append(piece.format(n=rnd.randint(0, 99), y=rnd.randint(1790, 2110)) + rnd.choice([", ", " ", ",", "\n", "  "]))
    return "".join(parts) + rnd.choice([" were reported.", " 5G", "-km", "abc", " septembre 2022", ""])


_COUNTS = [str(i) for i in range(1, 200)]
# Each drops numbers deep in a bare run by one plain rule: a list a label opens (listed_label), a
# run of digits by spaces that ends glued to a word (identifier), years and leading zeros.
_DEEP = [
    "See articles " + ", ".join(_COUNTS) + " were adopted.",
    "the 5 " + " ".join(_COUNTS) + "-km were adopted.",
    "the 5 " + " ".join(_COUNTS) + "abc were adopted.",
    "Cases: " + ", ".join(_COUNTS[:120] + ["2015", "0345", "1850"] + _COUNTS) + " were reported.",
]


@pytest.mark.parametrize("lang", LANGS)
def test_long_bare_runs_give_what_the_full_path_gives(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(7)
    for text in _DEEP + [normalize(_long_bare_run(rnd)).text for _ in range(12)]:
        bare = _quantities(text, lang, True, monkeypatch)
        assert bare == _quantities(text, lang, False, monkeypatch), text
    assert bare[0]  # the runs hold claims: not every number dropped


@pytest.mark.parametrize("lang", LANGS)
def test_a_count_a_line_takes_the_short_path_to_the_paragraphs_edges(lang: str) -> None:
    """The slow input the long fuzz found (``benchmarks/fuzz.py``, 53 ms for 1 KB): "4\\n4\\n4 …", a
    count a line, 400 numbers each read by the full path. A line break or a tab is a blank as a
    space is, and the paragraph's start and end bound a neighbourhood (nothing is written beyond
    them); a word within reach still sends a number to the full path."""
    text = "\n".join(["4"] * 200)
    f = Scan(text, load_pack(lang))
    assert all(plain.bare_span(f, i, i + 1) for i in range(0, len(text), 2))
    f = Scan("\t".join(["4"] * 200), load_pack(lang))
    assert all(plain.bare_span(f, i, i + 1) for i in range(0, len(text), 2))
    worded = text + " co"
    f = Scan(worded, load_pack(lang))
    assert not plain.bare_span(f, len(worded) - 5, len(worded) - 4)
    assert plain.bare_span(f, 0, 1)  # the word lies beyond this one's reach
    assert not plain.bare_span(f, len(worded) - 5, len(worded) - 4)  # found again after a bare one
