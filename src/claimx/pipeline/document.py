"""One document's extraction: its paragraphs read in order, with what carries from one to the next
(the language, the publication date, the claim numbering and the discourse)."""

from __future__ import annotations

import datetime as dt
from itertools import count

import regex

from claimx.dates import Dates
from claimx.entities import gazetteer
from claimx.model import Claim
from claimx.ner import Backend, Spans
from claimx.normalize import Normalized, normalize, valid_text
from claimx.packs import Pack, load_pack
from claimx.pipeline.claims import paragraph_claims
from claimx.pipeline.discourse import Discourse
from claimx.pipeline.paragraph import Paragraph, Quantified, read_paragraph, with_entities
from claimx.quantities import Hit, find_quantities
from claimx.segment import detect_language
from claimx.time import find_published

_WORD = regex.compile(r"\p{L}{2}")
# Paragraphs at the head of a document where a stated publication date is looked for.
_PUBLISHED_WITHIN = 3


def _quantities(norm: Normalized, pack: Pack) -> tuple[list[Hit], Dates]:
    """The paragraph's quantities in ``pack``'s language, and its dates as the masks found them."""
    dates = Dates(norm.text, pack)
    return find_quantities(norm.text, pack, dates), dates


class Document:
    """The state of one document's extraction; ``lang`` forces the language of every paragraph."""

    def __init__(self, lang: str | None, doc: str, published: dt.date | None, ner: Backend | None) -> None:
        self.lang = lang
        self.ner = ner
        self.doc = doc
        self.published = published
        self.look_for_published = published is None
        self.paragraphs_seen = 0
        self.skipped_paragraphs = 0  # in no supported language
        self.last_lang: str | None = None
        self.numbers = count(1)
        self.discourse = Discourse()

    def read(self, raw: str, offset: int) -> Paragraph | None:
        """A paragraph up to the statistical NER (which :class:`~claimx.pipeline.ner_batch.NerBatch`
        runs over several paragraphs at once); None when it holds no claim."""
        q = self._quantified(raw, offset)
        if q is None:
            return None
        self._find_published(q.norm, q.pack)
        earlier = self.discourse.remember(q.norm.text, q.gazetteer)
        if not q.quantities:
            return None
        return read_paragraph(q, self.published, earlier, ner=self.ner is not None)

    def claims(self, para: Paragraph, tagged: list[Spans]) -> list[Claim]:
        """The claims of a paragraph read by :meth:`read`, given the NER spans of its windows."""
        self.discourse.enter_paragraph(para.seq)
        return paragraph_claims(with_entities(para, tagged), self.discourse, self.doc, self.numbers)

    def _quantified(self, raw: str, offset: int) -> Quantified | None:
        """The paragraph normalised, in its language, with its quantities; None when it is in no
        supported language.

        The language is detected only for a paragraph that may hold a claim: one without a number
        in the language of the paragraphs before holds none in any (digits are the same in every
        pack), and language detection costs more than the number stage."""
        norm = normalize(raw)
        guess = self.lang or self.last_lang
        found = _quantities(norm, load_pack(guess)) if guess is not None else None
        code = guess
        if not self.lang and (found is None or found[0]):
            detected = detect_language(valid_text(raw))
            if detected is not None:
                self.last_lang = code = detected
        if code is None:
            if _WORD.search(raw):
                self.skipped_paragraphs += 1
            return None
        pack = load_pack(code)
        if code != guess:
            found = _quantities(norm, pack)
        assert found is not None  # the guess was the language
        self.paragraphs_seen += 1
        hits, dates = found
        return Quantified(raw, offset, self.paragraphs_seen, norm, pack, gazetteer(pack), tuple(hits), dates)

    def _find_published(self, norm: Normalized, pack: Pack) -> None:
        """The publication date a head paragraph states, when none was given or found before."""
        if self.look_for_published and self.paragraphs_seen <= _PUBLISHED_WITHIN:
            found = find_published(norm, pack)
            if found is not None:
                self.published, self.look_for_published = found, False
