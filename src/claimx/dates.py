"""The calendar dates of one paragraph, found once for the two stages that read them.

The quantities stage masks the numbers a date holds ("21 septembre 2022" is no count of
anything) and the time stage reads the same dates as anchors. Both ask one :class:`Dates` per
paragraph, so a date the masks matched at a number is not matched again when the time stage
reaches it with the same bound (the masks bound a date by the paragraph, the time stage by the
sentence; the last sentence of a paragraph, often its only one, has both bounds).
"""

from __future__ import annotations

import regex

from claimx.packs import DateScan, Pack


class Dates:
    """``pack.date_re.match`` over one paragraph of normalised text, each position and bound
    matched once (in linear time in all: see :class:`claimx.packs.DateScan`)."""

    def __init__(self, text: str, pack: Pack) -> None:
        self.text = text
        self.pack = pack
        self._scan = DateScan(text, pack)
        self._found: dict[tuple[int, int], regex.Match[str] | None] = {}

    def match(self, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
        """The date starting at ``pos`` and ending by ``endpos`` (the paragraph end when None)."""
        key = (pos, len(self.text) if endpos is None else min(endpos, len(self.text)))
        if key not in self._found:
            self._found[key] = self._scan.match(*key)
        return self._found[key]

    def bare_may_start(self) -> bool:
        """Whether a date may start at a number whose neighbourhood holds only digits, commas and
        blanks: not where the paragraph holds no month (``match`` tries only the numeric forms
        at a digit then, whose "/", "." or "-" would stand within five characters of it)."""
        return self._scan.months_held()

    def match_bare(self, pos: int) -> regex.Match[str] | None:
        """``match(pos)`` at a number whose neighbourhood holds only digits, commas and blanks
        (``plain.bare_span``: up to 200 characters after it), where no numeric date starts (its
        "/", "." or "-" would stand within five characters): ``None`` at once wherever the scan
        would try the numeric forms alone (no month in the paragraph, or a later day of a run of
        days where a date failed: a list of counts)."""
        if (pos, len(self.text)) not in self._found and self._scan.numeric_only(pos):
            return None
        return self.match(pos)
