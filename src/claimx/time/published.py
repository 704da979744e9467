"""The publication date a document states: a dateline with a year, or ``Publié le …``."""

from __future__ import annotations

import datetime as dt

import regex

from claimx.normalize import Normalized
from claimx.packs import Pack
from claimx.time.days import resolve_day
from claimx.time.patterns import time_pack

_DATELINE_TAIL = regex.compile(r"\s*(?:\([^)]{1,30}\))?\s*[-—–]")
_DATELINE = regex.compile(r"\s*[\p{Lu}\p{Arabic}][\p{L}\p{M} .'’-]{1,40}?(?:[,،]\s*|\s+-\s*|\s+)(?=\d|\p{L})")


def dateline_end(norm: Normalized, pack: Pack) -> int:
    """End of a dateline (``PARIS, 4 octobre (AFP) -``) at the start of a paragraph, else 0."""
    head = _DATELINE.match(norm.text)
    m = pack.date_re.match(norm.text, head.end(), 160) if head else None
    if m is None:
        return 0
    tail = _DATELINE_TAIL.match(norm.text[m.end() :])
    return m.end() + tail.end() if tail else 0


def find_published(norm: Normalized, pack: Pack) -> dt.date | None:
    """A publication date the document states: a dateline with a year, or ``Publié le …``."""
    tp = time_pack(pack)
    end = dateline_end(norm, pack)
    if end:
        m = pack.date_re.search(norm.text, 0, end)
        if m is not None:
            d = resolve_day(norm, pack, tp, None, *m.span())
            if d is not None:
                return d
    if not tp.published_any.search(norm.text, 0, 1000):
        return None  # no "Publié le": no need to read every date of the head
    for m in pack.date_re.finditer(norm.text, 0, 1000):
        if tp.published_re.search(norm.text[max(0, m.start() - 40) : m.start()]):
            d = resolve_day(norm, pack, tp, None, *m.span())
            if d is not None:
                return d
    return None
