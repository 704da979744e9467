"""Directory mode: which files are read, and distinct doc names for files of one stem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.batch import expand_inputs
from claimx.cli import main

FR = "Plus de 3 000 personnes ont franchi la frontière, a déclaré le ministre."
EN = "More than 4,000 people crossed the border, the minister said."


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "kz.txt").write_text(FR, "utf-8")
    (d / "kz.md").write_text(f"# Note\n\n{EN}", "utf-8")
    (d / "sub" / "page.htm").write_text(f"<!doctype html><html lang='en'><body><article><p>{EN}</p></article></body></html>", "utf-8")
    (d / "items.jsonl").write_text(
        json.dumps({"doc": "wire-1", "text": FR}) + "\n\n" + json.dumps({"doc": "wire-2", "text": EN}) + "\n", "utf-8")
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    (d / "data.csv").write_text("year,count\n2022,300000\n", "utf-8")
    (d / "notes").write_text(EN, "utf-8")  # no suffix: not text-like by default
    return d


def test_only_text_like_files_by_default(folder: Path) -> None:
    jobs = expand_inputs([str(folder)])
    assert [j.doc for j in jobs] == ["wire-1", "wire-2", "kz.md", "kz.txt", "sub/page"]


def test_glob_chooses_the_files(folder: Path) -> None:
    assert [j.doc for j in expand_inputs([str(folder)], globs=["*.csv", "notes"])] == ["data", "notes"]
    assert [j.doc for j in expand_inputs([str(folder)], globs=["sub/*"])] == ["sub/page"]
    assert [j.doc for j in expand_inputs([str(folder / "notes")])] == ["notes"]  # a file given by name is read


def test_same_stem_given_by_name(folder: Path) -> None:
    assert [j.doc for j in expand_inputs([str(folder / "kz.txt"), str(folder / "kz.md")])] == ["kz.txt", "kz.md"]
    assert [j.doc for j in expand_inputs([str(folder / "kz.txt")])] == ["kz"]


def test_extract_a_folder_and_resume(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(folder), "--ner", "none", "-o", str(out)]) == 0
    first = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["doc"], r["quantity"]["value"]) for r in first] == [
        ("wire-1", 3000), ("wire-2", 4000), ("kz.md", 4000), ("kz.txt", 3000), ("sub/page", 4000)]
    assert [r.get("text_source") for r in first] == [None, None, None, None, "html-main-text"]
    assert main(["extract", str(folder), "--ner", "none", "-o", str(out), "--resume"]) == 0
    again = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert again == first  # nothing doubled: every file has its own doc name
    assert "4 file(s) already in" in capsys.readouterr().err


def test_a_bad_jsonl_item_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "items.jsonl"
    f.write_text(json.dumps({"doc": "ok", "text": EN}) + "\nnot json\n" + json.dumps({"schema": "claimx/1", "doc": "r", "text": "3"}) + "\n", "utf-8")
    assert main(["extract", str(f), "--ner", "none"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc"] for line in out.splitlines()] == ["ok"]
    assert "(item items:2): not a JSON line" in err
    assert "(item r): not a {\"doc\": ..., \"text\": ...} item" in err
