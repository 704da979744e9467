"""The extraction pipeline behind :func:`claimx.extract`, one way, stage by stage.

For each paragraph of a document (:class:`~claimx.pipeline.document.Document`):

1. normalise the text (with an offset map back to the raw text) and find its quantities in the
   language of the paragraphs before; detect its language when it may hold a claim (and find the
   quantities again if it is another): :class:`~claimx.pipeline.paragraph.Quantified`;
2. split it into sentences and keep those that hold a quantity; find their times, reading the
   dates the quantity masks found (:mod:`claimx.dates`); find their gazetteer mentions and the
   windows the statistical NER reads: :class:`~claimx.pipeline.paragraph.Paragraph`;
3. run the NER over the windows of many paragraphs at once (:mod:`~claimx.pipeline.ner_batch`),
   then find each sentence's entities and attributions: :func:`~claimx.pipeline.paragraph.with_entities`;
4. make each quantity a claim with its time, source, entities and event
   (:mod:`~claimx.pipeline.claims`), reading and updating the
   :class:`~claimx.pipeline.discourse.Discourse` (last speaker, last time, last country).

Each stage runs once per paragraph or per sentence; a claim only picks from what its sentence has.
"""

from claimx.pipeline.discourse import Discourse
from claimx.pipeline.document import Document
from claimx.pipeline.ner_batch import NerBatch
from claimx.pipeline.paragraph import Paragraph, Quantified, Sentence

__all__ = ["Discourse", "Document", "NerBatch", "Paragraph", "Quantified", "Sentence"]
