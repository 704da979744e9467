"""`claimx extract DIR/ --workers N --resume`: real processes on the corpus written out as files."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest

import claimx
from claimx.batch import UsageError, expand_inputs, resume_state
from tests.conftest import CLAIMX, FAULTHANDLER_ENV, PROCESS_LIMIT, ROOT, run_process, stop_and_fail


def corpus_items() -> list[dict]:
    items = []
    for f in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        items += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as a folder tree of text files: <lang>/<doc>.txt."""
    root = tmp_path_factory.mktemp("news")
    for it in corpus_items():
        (root / it["lang"]).mkdir(exist_ok=True)
        (root / it["lang"] / f"{it['doc']}.txt").write_text(it["text"], encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("Plus de 3 000 personnes.", encoding="utf-8")
    return root


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return run_process([*CLAIMX, *args], **kw)


#: where the NER model is not what a test checks, runs leave it off: the batch machinery is the same,
#: and each process (and worker) is spared loading the models
NO_NER = ("--ner", "none")


def records(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def by_id(recs: list[dict]) -> list[dict]:
    return sorted(recs, key=lambda r: (r["doc"], int(r["id"].rsplit("#", 1)[1])))


@pytest.fixture(scope="module")
def expected(news: Path) -> list[dict]:
    """The serial API over the same files, docs named by their path relative to the folder."""
    recs = []
    for it in corpus_items():
        recs += [c.to_dict() for c in claimx.extract(it["text"], doc=f"{it['lang']}/{it['doc']}")]
    return by_id(recs)


@pytest.fixture(scope="module")
def directory_runs(news: Path) -> dict[str, subprocess.CompletedProcess[bytes]]:
    """``claimx extract news/`` with one and with two workers, the models on: run once, read by several tests."""
    return {workers: run("extract", f"{news}/", "--workers", workers) for workers in ("1", "2")}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_directory_gives_the_api_records(directory_runs: dict[str, subprocess.CompletedProcess[bytes]],
                                           expected: list[dict], workers: str) -> None:
    res = directory_runs[workers]
    assert res.returncode == 0, res.stderr
    assert res.stderr == b""  # quiet when piped: no progress bar
    assert by_id(records(res.stdout)) == expected


def test_serial_output_keeps_input_order(directory_runs: dict[str, subprocess.CompletedProcess[bytes]],
                                         expected: list[dict]) -> None:
    docs = list(dict.fromkeys(r["doc"] for r in records(directory_runs["1"].stdout)))
    assert docs == sorted({r["doc"] for r in expected})


def test_a_corrupt_file_is_reported_at_the_end_and_skipped(news: Path, tmp_path: Path, expected: list[dict]) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", "b.txt"):
        (d / name).write_text((news / "fr" / "fr-a-001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    for workers in ("1", "2"):
        res = run("extract", str(d), "--workers", workers, *NO_NER)
        assert res.returncode == 1
        err = res.stderr.decode()
        assert err.strip().splitlines() == [f"claimx: {d / 'broken.txt'}: binary file (NUL bytes), not text"]
        assert {r["doc"] for r in records(res.stdout)} == {"a", "b"}


@pytest.mark.parametrize(
    "args, message",
    [(["--workers", "0"], "--workers must be at least 1"),
     (["--workers", "-3"], "--workers must be at least 1"),
     (["--workers", "two"], "invalid int value"),
     (["--resume"], "--resume needs --output"),
     (["--format", "table", "--resume", "-o", "x"], "--resume works with"),
     (["--encoding", "klingon"], "unknown encoding")],
    ids=["zero", "negative", "not-a-number", "resume-no-output", "resume-table", "bad-encoding"],
)
def test_usage_errors(news: Path, args: list[str], message: str) -> None:
    res = run("extract", str(news), *args)
    assert res.returncode == 2
    assert message.encode() in res.stderr and b"Traceback" not in res.stderr


def test_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    res = run("extract", f"{tmp_path / 'nowhere'}/", "--workers", "2")
    assert res.returncode == 2 and b"no such directory" in res.stderr and b"Traceback" not in res.stderr


def test_stdin_and_a_directory_together_in_parallel(news: Path) -> None:
    res = run("extract", "-", f"{news}/fr", "--workers", "2", "--lang", "fr", *NO_NER, input="Plus de 3 000 personnes.".encode())
    assert res.returncode == 0, res.stderr
    recs = records(res.stdout)
    assert recs[0]["doc"] == "stdin" and recs[0]["quantity"]["value"] == 3000
    assert {r["doc"] for r in recs[1:]} == {it["doc"] for it in corpus_items() if it["lang"] == "fr"} - {
        it["doc"] for it in corpus_items() if it["lang"] == "fr" and not claimx.extract(it["text"])}


def test_the_output_file_is_not_read_as_input(news: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Plus de 3 000 personnes.", encoding="utf-8")
    res = run("extract", str(d), "-o", str(d / "claims.jsonl"), *NO_NER)
    assert res.returncode == 0 and [r["doc"] for r in records((d / "claims.jsonl").read_bytes())] == ["a"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_carries_on_from_a_partial_output(news: Path, tmp_path: Path, fmt: str) -> None:
    full = tmp_path / f"full.{fmt}"
    assert run("extract", str(news), "--format", fmt, "-o", str(full), *NO_NER).returncode == 0
    lines = full.read_bytes().splitlines(keepends=True)
    # an earlier run stopped in the middle of a line, after some files
    partial = tmp_path / f"partial.{fmt}"
    partial.write_bytes(b"".join(lines[:40]) + lines[40][:25])
    res = run("extract", str(news), "--format", fmt, "-o", str(partial), "--resume", "--workers", "2", *NO_NER)
    assert res.returncode == 0, res.stderr
    assert b"skipped (--resume)" in res.stderr
    assert sorted(partial.read_bytes().splitlines()) == sorted(full.read_bytes().splitlines())


def test_resume_skips_the_files_already_done(news: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a", "b", "c"):
        (d / f"{name}.txt").write_text(f"Plus de {len(name)} 000 personnes.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run("extract", str(d), "-o", str(out), *NO_NER).returncode == 0
    (d / "a.txt").write_bytes(b"\x00\x01" * 100)  # would fail if it were read again
    (d / "d.txt").write_text("Plus de 4 000 personnes.", encoding="utf-8")
    res = run("extract", str(d), "-o", str(out), "--resume", *NO_NER)
    assert res.returncode == 0, res.stderr
    # c was the last document written, so it is done again (it may have been cut short)
    assert [r["doc"] for r in records(out.read_bytes())] == ["a", "b", "c", "d"]


def test_resume_state_refuses_output_that_is_not_claimx(tmp_path: Path) -> None:
    f = tmp_path / "notes.jsonl"
    f.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not claimx jsonl output"):
        resume_state(f, "jsonl")
    assert resume_state(tmp_path / "missing.jsonl", "jsonl") == set()


def test_expand_inputs_names_and_order(news: Path) -> None:
    jobs = expand_inputs([str(news / "en"), "-", str(news / "fr" / "fr-a-001.txt")])
    assert jobs[0].doc.startswith("en-") and jobs[-2].doc == "stdin" and jobs[-1].doc == "fr-a-001"
    assert not any(".hidden" in j.path for j in expand_inputs([str(news)]))
    with pytest.raises(UsageError):
        expand_inputs([str(news / "nope") + "/"])


BIG_TEXT = "\n\n".join(it["text"] for it in corpus_items()[:60])


def big_folder(root: Path, n: int) -> Path:
    """``n`` copies of the same 60 paragraphs (about 70 kB of records each)."""
    root.mkdir()
    for i in range(n):
        (root / f"f{i:03d}.txt").write_text(BIG_TEXT, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def big_records() -> list[dict]:
    """The records of one file of ``big_folder``, NER off, named ``f000``."""
    return [c.to_dict() for c in claimx.extract(BIG_TEXT, doc="f000", ner=None)]


def as_doc(recs: list[dict], doc: str) -> list[dict]:
    return [dict(r, doc=doc, id=f"{doc}#{r['id'].rsplit('#', 1)[1]}") for r in recs]


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_leaves_valid_output_and_resume_completes_it(tmp_path: Path, workers: str,
                                                           big_records: list[dict]) -> None:
    n = 24  # the first file's records pass the 20 kB mark; the 23 others keep the run busy for the Ctrl-C
    d = big_folder(tmp_path / "in", n)
    out = tmp_path / "o.jsonl"
    # a new session, signalled as a whole, as a terminal's Ctrl-C signals its foreground group
    proc = subprocess.Popen([*CLAIMX, "extract", str(d), "-o", str(out), "--workers", workers, *NO_NER],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=FAULTHANDLER_ENV)
    limit = time.monotonic() + PROCESS_LIMIT
    while (not out.exists() or out.stat().st_size < 20_000) and proc.poll() is None:
        if time.monotonic() > limit:
            stop_and_fail(proc, "claimx extract (before the Ctrl-C)")
        time.sleep(0.02)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=PROCESS_LIMIT)
    except subprocess.TimeoutExpired:
        stop_and_fail(proc, "claimx extract (after the Ctrl-C)")
    if proc.returncode == 0:
        pytest.skip("the run finished before it could be interrupted")
    assert proc.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    done = {r["doc"] for r in records(data)}  # every line parses
    assert 0 < len(done) < n
    res = run("extract", str(d), "-o", str(out), "--resume", "--workers", workers, *NO_NER)
    assert res.returncode == 0, res.stderr
    # the resumed output is what a full run gives: every file's records, once (the files are copies)
    full = [r for i in range(n) for r in as_doc(big_records, f"f{i:03d}")]
    assert by_id(records(out.read_bytes())) == by_id(full)


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    d = big_folder(tmp_path / "in", 4)
    master, slave = pty.openpty()
    proc = subprocess.Popen([*CLAIMX, "extract", str(d), "-o", str(tmp_path / "o.jsonl"), "--workers", "2", *NO_NER],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=FAULTHANDLER_ENV)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], PROCESS_LIMIT)  # EOF (the child exited) ends the loop
        if not ready:
            os.close(master)
            stop_and_fail(proc, "claimx extract on a terminal")
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait() == 0
    assert b"4/4 files" in seen and b"claims" in seen



@pytest.mark.parametrize("fmt", ["table", "parquet", "csv"])
def test_every_format_gives_the_same_claims_with_two_workers(news: Path, tmp_path: Path, fmt: str) -> None:
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"o{workers}.{fmt}"
        res = run("extract", f"{news}/fr", "--format", fmt, "-o", str(out), "--workers", workers, "--bidi", "logical",
                  *NO_NER)
        assert res.returncode == 0, res.stderr
        if fmt == "parquet":
            import pandas as pd

            outs.append(sorted(pd.read_parquet(out)["id"]))
        else:
            outs.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    assert outs[0] == outs[1] and len(outs[0]) > 100


def test_a_closed_pipe_ends_the_run_quietly(news: Path) -> None:
    proc = subprocess.Popen(f"{' '.join(CLAIMX)} extract {news} --workers 2 --ner none | head -1", shell=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=FAULTHANDLER_ENV)
    try:
        out, err = proc.communicate(timeout=PROCESS_LIMIT)
    except subprocess.TimeoutExpired:
        stop_and_fail(proc, "claimx extract | head -1")
    assert len(out.splitlines()) == 1 and b"Traceback" not in err
