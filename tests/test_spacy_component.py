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
