"""claimx.dask on Dask's local schedulers: the same records as the serial path, over partitions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import dask
import dask.bag as db
import dask.multiprocessing
import pandas as pd
import pytest

import claimx
import claimx.dask as cxd
from claimx.textio import InputError
from tests.conftest import ROOT

SCHEDULERS = ["synchronous", "threads", "processes"]


def corpus_items() -> list[dict]:
    items = []
    for f in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        items += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def key(r: dict) -> tuple[str, int]:
    return r["doc"], int(r["id"].rsplit("#", 1)[1])


@pytest.fixture(scope="module")
def serial() -> list[dict]:
    recs = []
    for it in corpus_items():
        recs += [c.to_dict() for c in claimx.extract(it["text"], published=it["published"], doc=it["doc"])]
    return sorted(recs, key=key)


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("news")
    for it in corpus_items():
        (root / it["lang"]).mkdir(exist_ok=True)
        (root / it["lang"] / f"{it['doc']}.txt").write_text(it["text"], encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def process_pool() -> Iterator[ProcessPoolExecutor]:
    """The pool Dask's processes scheduler makes for each compute (its start method and worker
    initializer), made once here so that its workers load the packs and models once for the module."""
    pool = ProcessPoolExecutor(dask.multiprocessing.CPU_COUNT, mp_context=dask.multiprocessing.get_context(),
                               initializer=partial(dask.multiprocessing.initialize_worker_process, user_initializer=None))
    with pool:
        yield pool


def compute(bag: db.Bag, scheduler: str, pool: ProcessPoolExecutor) -> list[dict]:
    return bag.compute(scheduler=scheduler, **({"pool": pool} if scheduler == "processes" else {}))


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_texts_give_the_serial_records(serial: list[dict], scheduler: str, process_pool: ProcessPoolExecutor) -> None:
    items = [{"doc": it["doc"], "text": it["text"], "published": it["published"]} for it in corpus_items()]
    bag = cxd.extract_bag(items, npartitions=7)
    assert bag.npartitions > 1
    got = compute(bag, scheduler, process_pool)
    assert sorted(got, key=key) == serial


@pytest.fixture(scope="module")
def cli_records() -> list[dict]:
    """The records the CLI gives for the ``news`` folder: docs named by their path relative to it, no date."""
    expected = []
    for it in corpus_items():
        expected += [c.to_dict() for c in claimx.extract(it["text"], doc=f"{it['lang']}/{it['doc']}")]
    return sorted(expected, key=key)


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_files_give_the_cli_records(news: Path, cli_records: list[dict], scheduler: str,
                                    process_pool: ProcessPoolExecutor) -> None:
    got = compute(cxd.from_files([news], npartitions=5), scheduler, process_pool)
    assert sorted(got, key=key) == cli_records


def test_a_bag_of_pairs_with_a_shared_date() -> None:
    bag = db.from_sequence([("a", "Plus de 3 000 personnes depuis le 1er mars."), ("b", "About 40% said so.")], npartitions=2)
    got = cxd.extract_bag(bag, published="2023-03-10").compute(scheduler="synchronous")
    assert [(r["doc"], r["quantity"]["value"]) for r in got] == [("a", 3000), ("b", 40)]
    assert got[0]["time"]["start"] == "2023-03-01"


def test_to_dataframe_is_to_frame_per_partition(serial: list[dict]) -> None:
    items = [{"doc": it["doc"], "text": it["text"], "published": it["published"]} for it in corpus_items()]
    with dask.config.set(scheduler="synchronous"):
        frame = cxd.to_dataframe(cxd.extract_bag(items, npartitions=4)).compute()
    expected = claimx.to_frame(serial)
    assert list(frame.columns) == list(expected.columns)
    frame = frame.sort_values(["doc", "span_start"]).reset_index(drop=True)
    expected = expected.sort_values(["doc", "span_start"]).reset_index(drop=True)
    # dask stores text as its string dtype (setting dataframe.convert-string); the values are the same
    pd.testing.assert_frame_equal(nulls_as_none(frame), nulls_as_none(expected))


def nulls_as_none(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype(object).where(df.notna(), None)


def test_unreadable_files_raise_or_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("More than 200,000 Russians fled.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="bad.txt"):
        cxd.from_files([tmp_path]).compute(scheduler="synchronous")
    got = cxd.from_files([tmp_path], errors="skip").compute(scheduler="synchronous")
    assert [r["doc"] for r in got] == ["good"]


def test_bad_items_are_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="'doc' and 'text'"):
        cxd.extract_bag([{"body": "x"}]).compute(scheduler="synchronous")
