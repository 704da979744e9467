"""The spaCy pipeline component ``claimx``: ``nlp.add_pipe("claimx")`` puts claims on ``doc._.claims``.

A thin adapter over :func:`claimx.extract`: the claims are computed from ``doc.text`` (so their
spans are character offsets into it) and, where they line up with tokens, also exposed as
``doc.spans["claimx"]`` with the unit as label.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.extract import _check_lang, extract
from claimx.packs import available_languages

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class ClaimxComponent:
    def __init__(self, nlp: Language, name: str, lang: str | None, published: str | None) -> None:
        self.name = name
        # The pipeline's own language is used when claimx has a pack for it; else detect.
        self.lang = _check_lang(lang) or (nlp.lang if nlp.lang in available_languages() else None)
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        claims = extract(doc.text, lang=self.lang, published=self.published, doc=doc.user_data.get("doc_id", "doc"))
        doc._.claims = claims
        spans = []
        for c in claims:
            span = doc.char_span(c.span[0], c.span[1], label=c.quantity.unit, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.name] = spans
        return doc


@Language.factory(
    "claimx",
    assigns=["doc._.claims", "doc.spans"],
    default_config={"lang": None, "published": None},
)
def make_claimx(nlp: Language, name: str, lang: str | None, published: str | None) -> Any:
    return ClaimxComponent(nlp, name, lang, published)
