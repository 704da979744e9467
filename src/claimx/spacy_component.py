"""The spaCy pipeline component ``claimx``: ``nlp.add_pipe("claimx")`` puts claims on ``doc._.claims``.

A thin adapter over :func:`claimx.extract`: the claims are computed from ``doc.text`` (so their
spans are character offsets into it) and, where they line up with tokens, also exposed as
``doc.spans["claimx"]`` with the unit as label.

- Language: the ``lang`` of the config forces one language; without it each document is read in
  the language(s) detected in it, paragraph by paragraph, whatever the pipeline's own language
  (an Arabic text in ``spacy.blank("en")`` or ``spacy.blank("xx")`` is read as Arabic).
  ``doc._.claimx_lang`` is the language of the document's first claim, or the detected language of
  its text when it has none. A forced language that most of the text is clearly not written in
  gives a :class:`LanguageMismatchWarning`.
- Publication date: ``doc._.published`` (a date or ISO string) set on a document before the
  component runs is that document's date; else the config's ``published``; else the date found in
  the text's first paragraphs. The component leaves ``doc._.published`` as it found it.
"""

from __future__ import annotations

import warnings
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.extract import _check_lang, extract, parse_published
from claimx.segment import detect_language, language_mismatch

for _name in ("claims", "published", "claimx_lang"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class LanguageMismatchWarning(UserWarning):
    """A forced language the document's text is clearly not written in."""


class ClaimxComponent:
    def __init__(self, nlp: Language, name: str, lang: str | None, published: str | None) -> None:
        self.name = name
        self.lang = _check_lang(lang)
        self.published = parse_published(published)

    def __call__(self, doc: Doc) -> Doc:
        if self.lang is not None:
            other = language_mismatch(doc.text, self.lang)
            if other is not None:
                warnings.warn(
                    f"claimx: the component's lang is {self.lang!r} but the text reads as {other!r}; "
                    "its claims may be missed or wrong (leave lang unset to detect it per document)",
                    LanguageMismatchWarning, stacklevel=2,
                )
        published = parse_published(doc._.published) if doc._.published is not None else self.published
        claims = extract(doc.text, lang=self.lang, published=published, doc=doc.user_data.get("doc_id", "doc"))
        doc._.claims = claims
        doc._.claimx_lang = claims[0].lang if claims else (self.lang or detect_language(doc.text))
        spans = []
        for c in claims:
            span = doc.char_span(c.span[0], c.span[1], label=c.quantity.unit, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.name] = spans
        return doc


@Language.factory(
    "claimx",
    assigns=["doc._.claims", "doc._.claimx_lang", "doc.spans"],
    requires=[],
    default_config={"lang": None, "published": None},
)
def make_claimx(nlp: Language, name: str, lang: str | None, published: str | None) -> Any:
    return ClaimxComponent(nlp, name, lang, published)
