"""Paragraphs and sentences of real layouts: one paragraph per line, headings and credits, hard-wrapped text."""

from __future__ import annotations

import pytest

import claimx
from claimx.packs import load_pack
from claimx.segment import paragraphs, sentences

ROWS = [
    # one paragraph per line, no blank line between (UN documents, many news files)
    ("Le ministère a recensé 12 000 arrivées samedi.\nLe gouverneur a ajouté que 3 000 autres sont attendues.",
     ["Le ministère a recensé 12 000 arrivées samedi.", "Le gouverneur a ajouté que 3 000 autres sont attendues."]),
    ("31. The Committee notes that 12 staff were hired in 2015.\n32. It notes that the budget rose by 5 per cent.",
     ["31. The Committee notes that 12 staff were hired in 2015.", "32. It notes that the budget rose by 5 per cent."]),
    ("أعلنت الوزارة وصول 12 ألف شخص يوم السبت.\nوقال المحافظ إن 3 آلاف آخرين في الطريق.",
     ["أعلنت الوزارة وصول 12 ألف شخص يوم السبت.", "وقال المحافظ إن 3 آلاف آخرين في الطريق."]),
    # a heading or a credit line is not prose: it stays with its neighbour
    ("Some 80 people were brought ashore off El Hierro.\nREAD MORE:\nSpain and Mauritania agree to step up patrols",
     ["Some 80 people were brought ashore off El Hierro.\nREAD MORE:\nSpain and Mauritania agree to step up patrols"]),
    ("Le trafic devrait rester dense jusqu'au 1er août.\nAvec AFP",
     ["Le trafic devrait rester dense jusqu'au 1er août.\nAvec AFP"]),
    # a line that does not end a sentence does not end a paragraph
    ("More than 200,000 people have left the country\nsince the mobilisation was announced.",
     ["More than 200,000 people have left the country\nsince the mobilisation was announced."]),
    # blank lines still separate paragraphs
    ("First paragraph with 3 claims.\n\n\nSecond one with 4 more claims.",
     ["First paragraph with 3 claims.", "Second one with 4 more claims."]),
]

WRAPPED = (
    "The ministry said on Saturday that more than 12,000 people had crossed the\n"
    "border since Monday, most of them by car. About 3,000 more were waiting at\n"
    "the checkpoint, where the queue stretched for some 10 km on Friday night.\n"
    "Officials expect the numbers to fall.\n"
    "A second paragraph starts after the short line that ended the first one and\n"
    "goes on for a while longer."
)


@pytest.mark.parametrize("text, expected", ROWS, ids=range(len(ROWS)))
def test_paragraph_breaks(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text)] == expected


def test_hard_wrapped_lines_that_end_a_sentence_do_not_end_the_paragraph() -> None:
    got = [WRAPPED[s:e] for s, e in paragraphs(WRAPPED)]
    assert len(got) == 2
    assert got[0].endswith("Officials expect the numbers to fall.")
    assert got[1].startswith("A second paragraph")


def test_claims_of_line_paragraphs_keep_raw_offsets_and_their_country() -> None:
    text = ("La Russie a annoncé une mobilisation partielle de ses réservistes mardi.\n"
            "Plus de 200 000 personnes ont quitté le pays depuis, selon les voisins.")
    claims = claimx.extract(text, lang="fr", ner=None)
    assert [text[slice(*c.span)] for c in claims] == [c.text for c in claims] == ["Plus de 200 000"]
    assert claims[0].sentence == text.splitlines()[1]
    # "le pays" stands for the country named in the paragraph before
    assert [(e.id, e.text) for e in claims[0].entities if e.kind == "country"] == [("RU", "le pays")]


def test_sentence_split_looks_back_from_each_full_stop() -> None:
    pack = load_pack("fr")
    text = "M. Dupont a compté 3 chats. " * 500
    spans = sentences(text, pack)
    assert len(spans) == 500
    assert text[slice(*spans[-1])] == "M. Dupont a compté 3 chats."


def test_many_claims_in_one_sentence_each_get_their_event() -> None:
    text = "Officials said that " + "12,000 people were killed, " * 200 + "and more."
    claims = claimx.extract(text, lang="en", ner=None)
    assert len(claims) == 200
    assert {c.event for c in claims} == {"killed"}


def test_each_line_paragraph_is_read_in_its_own_language() -> None:
    text = ("Plus de 200 000 Russes ont fui vers le Kazakhstan depuis mardi.\n"
            "Une phrase sans nombre suit ici, en français comme la première.\n"
            "More than 66,000 Russians entered the bloc last week, the agency said.\n"
            "أعلنت الوزارة وصول 12 ألف شخص يوم السبت إلى الحدود.")
    assert [(c.lang, c.text) for c in claimx.extract(text, ner=None)] == [
        ("fr", "Plus de 200 000"), ("en", "More than 66,000"), ("ar", "12 ألف"),
    ]


# Texts whose lower-casing before the model differs: all cased letters upper, over 80% of the
# ASCII letters upper (in over 5 characters), neither, no ASCII letter, other scripts.
RANKED = [
    "Le gouvernement a annoncé 25 millions d'euros pour les hôpitaux.",
    "LE PRÉSIDENT A DIT 25 %", "OK, 25% DES PATIENTS sont guéris", "ÉTÉ ÉCOLE", "ABCDE", "ABCDEF", "AB cd",
    "THE UN SAID 40 PERCENT of the aid", "THE UNITED NATIONS SAID 40 PERCENT of aid", "The UN said 40 percent of the aid arrived.",
    "قالت الأمم المتحدة إن 40 في المئة من المساعدات وصلت", "قالت WHO إن 40 COVID-19 حالة",
    "Das ist ein deutscher Satz mit 20 Prozent.", "ΑΘΗΝΑ 2020 ΕΛΛΑΔΑ", "Москва 2020 года",
]


@pytest.mark.parametrize("sample", RANKED)
def test_ranking_is_fast_langdetects(sample: str) -> None:
    from claimx.segment import _detector, _ranked

    assert _ranked(sample) == [(str(r["lang"]), float(r["score"])) for r in _detector().detect(sample, model="lite", k=5)]
