"""Paragraphs waiting for the statistical NER: one model call for the windows of many paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from claimx.model import Claim
from claimx.ner import Spans
from claimx.pipeline.document import Document
from claimx.pipeline.paragraph import Paragraph

Tags = list[Spans]  # the NER spans of each window of a paragraph
# NER windows gathered over consecutive paragraphs before one model call.
NER_BATCH = 64


class NerBatch:
    """Paragraphs waiting for one NER call per language, and where a failure goes."""

    def __init__(self, document: Document, on_error: Callable[[int, Exception], None] | None) -> None:
        self.document = document
        self.on_error = on_error
        self.paras: list[Paragraph] = []
        self.windows = 0  # NER windows in ``paras``

    def add(self, para: Paragraph) -> Iterator[Claim]:
        """Queue ``para``; the claims of the queue when it is full (or when ``para`` needs no NER
        and nothing waits: its claims at once)."""
        if (self.document.ner is None or not para.windows()) and not self.paras:
            yield from self.finish(para, [])
            return
        self.paras.append(para)
        self.windows += len(para.windows())
        if self.windows >= NER_BATCH or len(self.paras) >= NER_BATCH:
            yield from self.flush()

    def failed(self, offset: int, exc: Exception) -> None:
        """Report ``exc`` to ``on_error``, or raise it when there is none."""
        if self.on_error is None:
            raise exc
        self.on_error(offset, exc)

    def finish(self, p: Paragraph, tagged: Tags) -> list[Claim]:
        try:
            return self.document.claims(p, tagged)
        except Exception as exc:
            self.failed(p.offset, exc)
            return []

    def _tag(self, code: str, group: list[int]) -> dict[int, Tags]:
        ner = self.document.ner
        assert ner is not None
        batch = self.paras
        texts = [batch[i].norm.text[a:b] for i in group for a, b in batch[i].windows()]
        spans = list(ner(code, texts)) if texts else []
        if len(spans) != len(texts):
            raise ValueError(f"the NER backend gave {len(spans)} results for {len(texts)} texts")
        out = iter(spans)
        return {i: [next(out) for _ in batch[i].windows()] for i in group}

    def _tag_all(self) -> tuple[dict[int, Tags], set[int]]:
        """The NER spans of every waiting paragraph, one call per language; the paragraphs dropped
        because their call failed (a failing batch is retried paragraph by paragraph)."""
        tagged: dict[int, Tags] = {}
        dropped: set[int] = set()
        batch = self.paras
        for code in sorted({p.pack.code for p in batch}):
            group = [i for i, p in enumerate(batch) if p.pack.code == code and p.windows()]
            try:
                tagged |= self._tag(code, group)
            except Exception as exc:
                if self.on_error is None or len(group) == 1:
                    self.failed(batch[group[0]].offset, exc)
                    dropped.update(group)
                    continue
                for i in group:  # one call per paragraph, to find the one that fails
                    try:
                        tagged |= self._tag(code, [i])
                    except Exception as one:
                        self.failed(batch[i].offset, one)
                        dropped.add(i)
        return tagged, dropped

    def flush(self) -> Iterator[Claim]:
        """The claims of every waiting paragraph, in order; the batch is empty afterwards."""
        tagged: dict[int, Tags] = {}
        dropped: set[int] = set()
        if self.document.ner is not None:
            tagged, dropped = self._tag_all()
        for i, p in enumerate(self.paras):
            if i not in dropped:
                yield from self.finish(p, tagged.get(i, []))
        self.paras.clear()
        self.windows = 0
