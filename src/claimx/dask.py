"""claimx on Dask: the same extraction over the partitions of a corpus too large for one process.

Dask was chosen over PySpark because it is pure Python and installs from PyPI
(``pip install 'claimx[dask]'``), runs the same code on a laptop (its local threads and processes
schedulers) and on a cluster (``dask.distributed``), and needs no JVM. Each partition runs the plain
:func:`claimx.extract` path, so records are the serial ones, field for field; packs and models
load once per worker process.

>>> import claimx.dask as cxd
>>> bag = cxd.from_files(["news/"], npartitions=8)           # files and folders, as the CLI reads them
>>> bag = cxd.extract_bag(texts)                             # or {"doc", "text"[, "lang", "published"]} items
>>> records = bag.compute(scheduler="processes")             # claimx/1 dicts
>>> frame = cxd.to_dataframe(bag).compute()                  # the columns of claimx.to_frame

A dask Bag works as input too, e.g. articles kept as JSON Lines:
``cxd.extract_bag(dask.bag.read_text("archive/*.jsonl").map(json.loads))``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db

from claimx.batch import Job, expand_inputs
from claimx.extract import extract, iter_paragraph_claims, parse_published
from claimx.frame import to_frame
from claimx.textio import InputError, read_paragraphs

__all__ = ["extract_bag", "from_files", "to_dataframe"]

TextItem = Mapping[str, Any] | tuple[str, str]


def _item(item: TextItem) -> tuple[str, str, str | None, Any]:
    if isinstance(item, tuple):
        doc, text = item
        return doc, text, None, None
    try:
        return str(item["doc"]), item["text"], item.get("lang"), item.get("published")
    except (KeyError, TypeError):
        raise ValueError(f"an item must be a (doc, text) pair or a mapping with 'doc' and 'text', not {item!r:.100}") from None


def _extract_texts(items: Iterable[TextItem], lang: str | None, published: str | dt.date | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        doc, text, item_lang, item_published = _item(item)
        claims = extract(text, lang=item_lang or lang, published=item_published or published, doc=doc)
        out.extend(c.to_dict() for c in claims)
    return out


def _extract_files(
    jobs: Iterable[Job], lang: str | None, published: dt.date | None, encoding: str | None, errors: str
) -> list[dict[str, Any]]:
    from claimx.batch import Options, _claims

    out: list[dict[str, Any]] = []
    opts = Options(lang=lang, published=published, encoding=encoding)
    for job in jobs:
        try:  # as claimx extract reads it: web pages by their main text, .jsonl items one by one
            failed: list[tuple[int, Exception]] = []
            out.extend(c.to_dict() for c in _claims(job, opts, [], failed))
            if failed and errors == "raise":
                raise failed[0][1]
        except InputError:
            if errors == "raise":
                raise
    return out


def extract_bag(
    texts: db.Bag | Sequence[TextItem],
    *,
    lang: str | None = None,
    published: str | dt.date | None = None,
    npartitions: int | None = None,
) -> db.Bag:
    """A Bag of ``claimx/1`` dicts for ``texts``: ``(doc, text)`` pairs or mappings with ``doc`` and
    ``text`` and optionally their own ``lang`` and ``published`` (which win over the arguments).

    A sequence is split into ``npartitions`` (default: about 100 texts each); a Bag keeps its own.
    """
    if isinstance(texts, db.Bag):
        bag = texts
    else:
        items = list(texts)
        bag = db.from_sequence(items, npartitions=npartitions or max(1, -(-len(items) // 100)))
    return bag.map_partitions(_extract_texts, lang, parse_published(published))


def from_files(
    paths: Sequence[str | Path],
    *,
    lang: str | None = None,
    published: str | dt.date | None = None,
    encoding: str | None = None,
    npartitions: int | None = None,
    errors: str = "raise",
) -> db.Bag:
    """A Bag of ``claimx/1`` dicts for files and folders, named as ``claimx extract`` names them.

    Folders are listed here (on the client) and read recursively; the files are read on the workers,
    so they must see the same paths (a shared file system). ``errors="skip"`` drops files that
    cannot be read as text instead of failing the computation with :class:`claimx.textio.InputError`.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    jobs = [j for j in expand_inputs([str(p) for p in paths]) if j.path != "-"]
    if not jobs:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(jobs, npartitions=npartitions or -(-len(jobs) // 20))  # about 20 files each
    return bag.map_partitions(_extract_files, lang, parse_published(published), encoding, errors)


def to_dataframe(records: db.Bag) -> Any:
    """A dask DataFrame of a Bag of ``claimx/1`` dicts, with the columns of :func:`claimx.to_frame`
    (one pandas partition per Bag partition; dask may store the text columns as its string dtype)."""
    import dask.dataframe as dd
    from dask.delayed import delayed

    parts = [delayed(to_frame)(part) for part in records.to_delayed()]
    return dd.from_delayed(parts, meta=to_frame([]), verify_meta=False)
