"""The not-claim rules by kind of atom (``rules.by_kind``): a number is tried only against the rules
that can drop its kind, and that gives the hits and rejections every rule gives.

It rests on each rule of ``WORDS_ONLY`` and ``DIGITS_ONLY`` returning ``None`` at its first test
for an atom of another kind; checked here both rule by rule (on an atom of each other kind, in a
text where the rule would fire on its own kind) and on whole texts (the corpora, the rows of the
not-claim rules, lists of counts) against the stage run with the whole tuples.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from claimx.normalize import normalize
from claimx.packs import load_pack
from claimx.quantities import finder
from claimx.quantities.model import Atom, Draft, Hit, Rejection
from claimx.quantities.rules import (
    ATOM_KINDS,
    ATOM_RULES,
    ATOM_RULES_BY_KIND,
    CLAIM_RULES,
    CLAIM_RULES_BY_KIND,
    DIGITS_ONLY,
    WORDS_ONLY,
)
from claimx.quantities.scan import Scan
from tests.test_not_claim_rules import ROWS

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ar", "en", "fr")


def test_each_kind_keeps_the_order_and_drops_only_what_cannot_fire() -> None:
    for rules, by_kind in ((ATOM_RULES, ATOM_RULES_BY_KIND), (CLAIM_RULES, CLAIM_RULES_BY_KIND)):
        assert set(by_kind) == set(ATOM_KINDS)
        assert by_kind["digits"] == tuple(r for r in rules if r not in WORDS_ONLY)
        assert by_kind["words"] == tuple(r for r in rules if r not in DIGITS_ONLY)
        assert by_kind["vague"] == tuple(r for r in rules if r not in WORDS_ONLY | DIGITS_ONLY)
    assert not WORDS_ONLY & DIGITS_ONLY


# Texts where a digits-only or words-only rule fires on its own kind: the same rule, given an atom of
# another kind at the same place, must not.
_FIRING = [
    ("en", "See the 007 agent and chapter two of the twenty-first report, the 1, rue Sésame office."),
    ("fr", "l'article 8 1) b) et les îles Féroé (Danemark)1, Jersey, la Ligue 1 et Radio 4."),
    ("ar", "القرن الـ21 و للمرة الـ12 في القائمة ألف وبعد القرن التاسع عشر"),
    ("en", "the enzyme 2 (ACE2) and women aged 1564 and the other five viruses and Six Flags."),
]


@pytest.mark.parametrize("lang, text", _FIRING)
def test_a_rule_of_one_kind_returns_none_on_another_kind(lang: str, text: str) -> None:
    norm = normalize(text).text
    f = Scan(norm, load_pack(lang))
    for start in range(len(norm)):
        for end in range(start + 1, min(len(norm), start + 12) + 1):
            for kind in ATOM_KINDS:
                a = Atom(start, end, Decimal(5), kind, num_end=end, num_value=Decimal(5))
                d = Draft(a, start=start, qual_start=start, end=end, qstart=start)
                wrong = DIGITS_ONLY if kind != "digits" else frozenset()
                wrong |= WORDS_ONLY if kind != "words" else frozenset()
                for rule in wrong:
                    assert rule(f, d) is None, (rule.__name__, kind, norm[start:end])


def _quantities(text: str, lang: str, every_rule: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Hit], list[Rejection]]:
    with monkeypatch.context() as m:
        if every_rule:
            m.setattr(finder, "ATOM_RULES_BY_KIND", {k: ATOM_RULES for k in ATOM_KINDS})
            m.setattr(finder, "CLAIM_RULES_BY_KIND", {k: CLAIM_RULES for k in ATOM_KINDS})
        f = Scan(text, load_pack(lang))
        return finder._run(f), f.rejected


def _corpus_texts(lang: str) -> list[str]:
    texts = [text for row_lang, text, _, _ in ROWS if row_lang == lang]
    for path in sorted((ROOT / "corpus").glob(f"*/{lang}/*.jsonl")) + sorted((ROOT / "corpus" / lang).glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_rules_by_kind_give_what_every_rule_gives(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus_texts(lang) + [text for _, text in _FIRING] + ["Daily cases: " + "12,000 people, " * 40 + "were reported."]
    assert len(texts) > 200
    rejected = 0
    for text in texts:
        norm = normalize(text).text
        by_kind = _quantities(norm, lang, False, monkeypatch)
        assert by_kind == _quantities(norm, lang, True, monkeypatch), text
        rejected += len(by_kind[1])
    assert rejected > 50  # the texts exercise the rules: numbers are dropped, by name
