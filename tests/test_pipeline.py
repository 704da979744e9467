"""The extraction pipeline stage by stage (``claimx.pipeline``), with no NER model."""

from __future__ import annotations

import dataclasses

import pytest

from claimx.dates import Dates
from claimx.normalize import normalize
from claimx.packs import DateScan, load_pack
from claimx.pipeline import Document, Paragraph
from claimx.pipeline.paragraph import with_entities
from claimx.quantities import find_quantities
from claimx.time import find_times


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On 21 September 2022, more than 5,000 people fled."),
        ("fr", "Le 21 septembre 2022, plus de 5 000 personnes ont fui."),
        ("ar", "في 21 سبتمبر 2022، فر أكثر من 5000 شخص."),
    ],
)
def test_the_time_stage_reads_the_dates_the_masks_found(monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    pack, norm = load_pack(lang), normalize(text)
    dates = Dates(norm.text, pack)
    [hit] = find_quantities(norm.text, pack, dates)
    calls: list[int] = []
    real = DateScan.match

    def counted(self: DateScan, pos: int, endpos: int | None = None):  # type: ignore[no-untyped-def]
        calls.append(pos)
        return real(self, pos, endpos)

    monkeypatch.setattr(DateScan, "match", counted)
    index = find_times(norm, pack, None, [(0, len(norm.text))], numbers=[(hit.start, hit.end)], dates=dates)
    assert [norm.text[h.start : h.end] for h in index.hits][0].endswith("2022")
    assert calls == []  # the date was matched once, by the quantity masks


def test_a_paragraph_is_built_stage_by_stage() -> None:
    document = Document("fr", "d", None, ner=None)
    text = "Plus de 200 000 Russes sont arrivés mardi, selon le ministère kazakh de l'Intérieur. Il pleuvait."
    para = document.read(text, 0)
    assert isinstance(para, Paragraph)
    assert [s.span for s in para.sentences] == [(0, text.index(" Il"))]
    assert para.where == (0,) and para.mentions == () and para.windows() == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        para.seq = 2  # type: ignore[misc]
    tagged = with_entities(para, [])
    assert [m.id for m in tagged.mentions[0]] == ["RU", "KZ:interior", "KZ"] and len(tagged.cues[0]) == 1
    [claim] = document.claims(para, [])
    assert claim.id == "d#1" and claim.time is not None and claim.time.text == "mardi"
    assert claim.source is not None and claim.source.text == "le ministère kazakh de l'Intérieur"


def test_the_discourse_carries_the_speaker_to_a_continuing_sentence_of_its_paragraph() -> None:
    document = Document("en", "d", None, ner=None)
    para = document.read("More than 5,000 people fled, the ministry said on Tuesday. It added that 300 were children.", 0)
    assert para is not None
    first, second = document.claims(para, [])
    assert document.discourse.speaker is not None
    assert first.source is not None and first.source.text == "the ministry" and second.source == first.source


def test_no_speaker_carries_into_the_next_paragraph() -> None:
    """A source never leaks from one paragraph to the next, in the same language or another: the
    bundled sample's Arabic "وقالت المفوضية" is its own source, not the French paragraph's."""
    import claimx

    document = Document("en", "d", None, ner=None)
    first = document.read("More than 5,000 people fled, the ministry said on Tuesday.", 0)
    second = document.read("It added that 300 were children.", 60)
    assert first is not None and second is not None
    [stated] = document.claims(first, [])
    [claim] = document.claims(second, [])
    assert stated.source is not None and stated.source.text == "the ministry"
    assert claim.source is None or claim.source.text == "It"  # its own words, never the ministry
    text = "Selon le Haut-Commissariat, 45 000 réfugiés sont arrivés.\n\nوقالت المفوضية إن 30 ألف لاجئ وصلوا."
    sources = [(c.lang, c.source.text if c.source else None) for c in claimx.extract(text, ner=None)]
    assert sources == [("fr", "le Haut-Commissariat"), ("ar", "المفوضية")]


_STATEMENTS = {
    "en": ["The ministry said on Monday that 5 people died.", "Daily cases: 12, 15, 17, 0345 were reported.",
           "It added that 40 people were injured.", "3,4 million inhabitants, 12 15 17.", "12 people, 15 houses, 17.",
           "Of those, 12, 15, 17 were children."],
    "fr": ["Le ministère a indiqué lundi que 5 personnes sont mortes.", "Cas quotidiens : 12, 15, 17, 0345.",
           "Il a ajouté que 40 personnes ont été blessées.", "3,4 millions d'habitants, 12 15 17.", "12 personnes, 15 maisons, 17.",
           "Parmi eux, 12, 15, 17 enfants."],
    "ar": ["قالت الوزارة يوم الاثنين إن 5 أشخاص لقوا حتفهم.", "الحالات اليومية: 12، 15، 17، 0345.",
           "وأضاف أن 40 شخصا أصيبوا.", "12 15 17 حالة.", "12 شخصا، 15 منزلا، 17.",
           "ومن بينهم 12، 15، 17 طفلا."],
}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_quiet_sentences_claims_are_the_general_loops(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The claims of a sentence that names, attributes and continues nothing and holds no time
    and no event word (a list of counts) are built in a loop of their own: the same claims, times
    and numbering as the general loop gives, whatever the paragraphs before them said ("Of those,
    12, 15, 17 …" takes the time of the statement before it)."""
    import random

    import claimx
    from claimx.pipeline import claims

    rnd = random.Random(3)
    docs = ["\n\n".join(" ".join(rnd.choices(_STATEMENTS[lang], k=3)) for _ in range(3)) for _ in range(12)]
    runs: list[int] = []
    quiet_claims = claims._quiet_claims
    monkeypatch.setattr(claims, "_quiet_claims", lambda *a: runs.append(1) or quiet_claims(*a))
    quiet = [claimx.extract(d, lang=lang, published="2022-10-04", ner=None) for d in docs]
    assert len(runs) > 12 and any(c.time is not None for found in quiet for c in found)
    monkeypatch.setattr(claims, "_quiet", lambda sentence: False)
    assert quiet == [claimx.extract(d, lang=lang, published="2022-10-04", ner=None) for d in docs]
