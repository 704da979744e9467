"""The memo of a number's reading (``quantities/memo.py``) gives the hits and rejections of reading
every number in full, on long sentences of repeated items where it recalls most numbers."""

from __future__ import annotations

import random

import pytest

from claimx.normalize import normalize
from claimx.packs import load_pack
from claimx.quantities import finder, memo
from claimx.quantities.scan import Scan

ITEMS = {
    "en": [
        "12,000 people, ", "more than {n} people, ", "{n} to {m} people, ", "${n} million, ", "{n}% of voters, ",
        "article {n}, ", "in {y}, ", "{y} people, ", "about {n} cases, ", "{n} km, ", "the {n} victims, ",
        "aged {a}, ", "rose by {n}% ", "{n} years ago, ", "{d} March, ", "articles {n}, {m} and ", "{n} million million people, ",
        "Radio {a}, ", "{n}th place, ", "{n} people and {m} children, ", "{n}m people, ", "three people, ",
        'the "{a} Minutes" show, ', "the {a} Dreamliner, ", "for a day or two, ", "10.700 tickets, ", "{n} days or {m}, ",
    ],
    "fr": [
        "12 000 personnes, ", "plus de {n} personnes, ", "de {n} à {m} personnes, ", "{n} millions d'euros, ", "article {n}, ",
        "en {y}, ", "il y a {n} ans, ", "{d} mars, ", "âgés de {a} ans, ", "articles {n}, {m} et ", "trois personnes, ",
        "« l'Opération {a} ponts », ", "pendant une année ou deux, ", "en 450, ",
    ],
    "ar": [
        "12 ألف شخص، ", "أكثر من {n} شخص، ", "بين {n} و{m} شخصا، ", "{n} مليون دولار، ", "المادة {n}، ", "في عام {y}، ",
        "قبل {n} سنوات، ", "{d} مارس، ", "المواد {n} و{m} و", "ثلاثة أشخاص، ",
        "لمدة يوم أو يومين، ", "إتش {a} إن {d}، ", "بمعامل {a}-{n}x، ",
    ],
}


def _text(rnd: random.Random, lang: str) -> str:
    parts = []
    for _ in range(rnd.randint(1, 3)):
        item = rnd.choice(ITEMS[lang])
        values = {"n": rnd.choice([5, 12, 300, 2015, 12000]), "m": rnd.choice([30, 400, 20000]), "y": 2015, "a": 18, "d": 12}
        parts.append(item.format(**values) * rnd.choice([5, 60, 120]))
    return "Reported: " + "".join(parts) + " in all."


def _read(text: str, lang: str) -> tuple[list[object], list[object], int]:
    f = Scan(text, load_pack(lang))
    hits = finder._run(f)
    return list(hits), list(f.rejected), len(f.readings)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_memo_reads_as_the_full_path(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    replays = 0
    replay = memo._replay

    def counted(*args: object) -> object:
        nonlocal replays
        replays += 1
        return replay(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(memo, "_replay", counted)
    rnd = random.Random(lang)
    for _ in range(12):
        text = normalize(_text(rnd, lang)).text
        with monkeypatch.context() as m:
            m.setattr(finder, "recall", lambda f, c, read: read(f, c))  # every number read in full
            full = _read(text, lang)
        with_memo = _read(text, lang)
        assert with_memo[:2] == full[:2]
        assert full[2] == 0
    assert replays > 100
