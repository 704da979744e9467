"""What a sentence takes from the text before it: the last speaker, the last time, the last country."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from claimx.entities import Gazetteer, last_country
from claimx.model import Entity, Source, TimeRef

# Paragraphs back that "le pays" may look for the country it stands for.
RECENT = 3

Speaker = tuple[Source, tuple[Entity, ...]]  # a source and the entities that are its role "source"


def _recent() -> deque[tuple[str, Gazetteer]]:
    return deque(maxlen=RECENT)


@dataclass(slots=True)
class Discourse:
    """One document's discourse state, updated claim by claim in text order.

    ``speaker`` is the last source stated, for "he said" and for a sentence that continues a
    statement ("Il a ajouté…"). ``time`` is the last claim's time; ``statement_time`` is what it
    was when the current sentence began, the time of a statement the sentence continues. ``recent``
    holds the last paragraphs read (normalised text, gazetteer): news and UN files name the country
    "le pays" stands for a few paragraphs up.
    """

    speaker: Speaker | None = None
    time: TimeRef | None = None
    statement_time: TimeRef | None = None
    sentence: tuple[int, int, int] | None = None  # (paragraph, start, end) of the current sentence
    recent: deque[tuple[str, Gazetteer]] = field(default_factory=_recent)

    def enter_paragraph(self, seq: int) -> None:
        """A paragraph's first claim: no speaker carries into it from the paragraphs before (a
        source never leaks from one paragraph, maybe in another language, to the next)."""
        if self.sentence is None or self.sentence[0] != seq:
            self.speaker = None

    def enter(self, seq: int, span: tuple[int, int]) -> None:
        """A claim of sentence ``span`` of paragraph ``seq``: on a new sentence, the time of the
        statement it may continue is the last claim's."""
        if self.sentence != (seq, *span):
            self.sentence, self.statement_time = (seq, *span), self.time

    def remember(self, text: str, gz: Gazetteer) -> Callable[[], str | None]:
        """Remember a paragraph read; the lookup (run only when needed) of the country last named
        in the paragraphs before it."""
        before = list(self.recent)
        self.recent.append((text, gz))

        def find() -> str | None:
            for earlier, earlier_gz in reversed(before):
                code = last_country(earlier, 0, len(earlier), earlier_gz)
                if code is not None:
                    return code
            return None

        return find
