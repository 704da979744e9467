from __future__ import annotations

import pytest
import spacy

import claimx

TEXTS = {
    "fr": "Près de 69 000 Russes sont entrés en Géorgie au 30 septembre.",
    "en": "More than 200,000 Russians fled, the minister said.",
    "ar": "قال الوزير إن أكثر من 53 ألفًا دخلوا البلاد.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_component_on_blank_pipeline(lang: str) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("claimx")
    doc = nlp(TEXTS[lang])
    assert doc._.claims == claimx.extract(TEXTS[lang], lang=lang)
    assert [s.label_ for s in doc.spans["claimx"]] == ["count"]
    assert doc.spans["claimx"][0].text.endswith(doc._.claims[0].text.split()[-1])


def test_component_config_and_detection() -> None:
    nlp = spacy.blank("xx")  # a multi-language pipeline: claimx detects per paragraph
    nlp.add_pipe("claimx", config={"published": "2022-10-04"})
    doc = nlp(TEXTS["en"] + "\n\n" + TEXTS["fr"])
    assert [c.lang for c in doc._.claims] == ["en", "fr"]
    with pytest.raises(claimx.PackError):
        spacy.blank("en").add_pipe("claimx", config={"lang": "de"})


AR_DOC = ("قالت وزارة الداخلية الكازاخستانية إن أكثر من 200 ألف روسي دخلوا البلاد منذ 21 سبتمبر.\n\n"
          "وأضافت أن نحو 147 ألفا منهم غادروا البلاد مرة أخرى خلال الأسبوع الماضي.")


@pytest.mark.parametrize("pipeline", ["xx", "en", "fr"])
def test_language_is_detected_per_document(pipeline: str) -> None:
    nlp = spacy.blank(pipeline)
    nlp.add_pipe("claimx", config={"published": "2022-10-04"})
    ar, en = nlp(AR_DOC), nlp(TEXTS["en"])
    assert {c.lang for c in ar._.claims} == {"ar"} and ar._.claimx_lang == "ar"
    assert [c.quantity.value for c in ar._.claims] == [200000, 147000]
    assert {c.lang for c in en._.claims} == {"en"} and en._.claimx_lang == "en"


def test_publication_date_per_document() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("claimx", config={"published": "2022-10-04"})
    text = "More than 200,000 Russians have left since Monday, the minister said."
    dated = nlp.make_doc(text)
    dated._.published = "2022-09-29"  # a Thursday: "since Monday" is 26 September
    first, second = nlp(dated), nlp(text)
    assert first._.claims[0].time is not None and first._.claims[0].time.start == "2022-09-26"
    assert second._.claims[0].time is not None and second._.claims[0].time.start == "2022-10-03"  # the config's date
    assert first._.published == "2022-09-29" and second._.published is None


def test_a_forced_language_the_text_is_not_in_warns() -> None:
    from claimx.spacy_component import LanguageMismatchWarning

    nlp = spacy.blank("xx")
    nlp.add_pipe("claimx", config={"lang": "en"})
    with pytest.warns(LanguageMismatchWarning, match="reads as 'ar'"):
        nlp(AR_DOC)
    with pytest.warns(LanguageMismatchWarning, match="reads as 'fr'"):
        nlp(TEXTS["fr"] + "\n\nLe ministère a précisé que 98 000 personnes étaient arrivées en une semaine.")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp(TEXTS["en"])  # agrees: no warning
        nlp(TEXTS["en"] + "\n\n" + TEXTS["fr"])  # half and half: not "strongly"
