"""The command line, run as a user runs it: real processes, real files, the shipped JSON Schema."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import claimx
from tests.conftest import CLAIMX, ROOT, SampleCli, run_process

SAMPLE = ROOT / "samples" / "sample.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return run_process([*CLAIMX, *args], input=stdin)


def records(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def test_extract_sample_validates_against_schema(sample_cli: SampleCli) -> None:
    res = sample_cli("extract", str(SAMPLE))
    assert res.returncode == 0, res.stderr
    recs = records(res.stdout)
    assert {r["lang"] for r in recs} == {"ar", "en", "fr"}
    validator = jsonschema.Draft202012Validator(claimx.json_schema())
    for r in recs:
        validator.validate(r)
    raw = SAMPLE.read_text(encoding="utf-8")
    for r in recs:
        assert raw[r["span"][0] : r["span"][1]] == r["text"]
        assert r["text"] in r["sentence"]


def test_schema_rejects_a_renamed_field(sample_cli: SampleCli) -> None:
    rec = records(sample_cli("extract", str(SAMPLE)).stdout)[0]
    rec["quantity"]["amount"] = rec["quantity"].pop("value")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, claimx.json_schema())


def test_api_and_cli_give_the_same_records(sample_cli: SampleCli) -> None:
    api = [c.to_dict() for c in claimx.extract(SAMPLE.read_text(encoding="utf-8"), doc="sample")]
    assert records(sample_cli("extract", str(SAMPLE)).stdout) == api


def test_stdin_and_options(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    res = run("extract", "-", "--lang", "fr", "--date", "2022-10-04", "--output", str(out),
              stdin="Plus de 200 000 Russes ont fui.".encode())
    assert res.returncode == 0, res.stderr
    recs = records(out.read_bytes())
    assert [(r["doc"], r["lang"], r["quantity"]["value"]) for r in recs] == [("stdin", "fr", 200000)]


def test_csv_and_table_formats(sample_cli: SampleCli) -> None:
    res = sample_cli("extract", "--format", "csv", str(SAMPLE))
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode("utf-8"))))
    assert len(rows) == len(records(sample_cli("extract", str(SAMPLE)).stdout)) and rows[0]["unit"] == "count"
    table = sample_cli("extract", "--format", "table", "--bidi", "logical", str(SAMPLE)).stdout.decode("utf-8")
    assert "ما لا يقل عن 30 ألف" in table and table.rstrip().endswith("claims")
    visual = sample_cli("extract", "--format", "table", "--bidi", "visual", str(SAMPLE)).stdout.decode("utf-8")
    assert "ما لا يقل عن 30 ألف" not in visual  # reordered for display


def test_version_and_help() -> None:
    assert run("--version").stdout.decode().startswith("claimx ")
    help_ = run("extract", "--help").stdout.decode()
    assert "--lang" in help_ and "--date" in help_ and "--format" in help_


@pytest.mark.parametrize(
    "args",
    [[], ["extract"], ["extract", "--lang", "de", str(SAMPLE)], ["extract", "--date", "04/10/2022", str(SAMPLE)],
     ["extract", "--format", "xml", str(SAMPLE)], ["bogus"]],
    ids=["no-command", "no-file", "bad-lang", "bad-date", "bad-format", "bad-command"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    res = run(*args)
    assert res.returncode == 2
    assert b"Traceback" not in res.stderr and res.stderr.strip()


def test_empty_input_gives_no_records(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run("extract", str(empty))
    assert res.returncode == 0 and res.stdout == b""


def test_bad_files_are_reported_and_the_rest_still_runs(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    res = run("extract", str(binary), str(missing), str(SAMPLE), "--ner", "none")
    assert res.returncode == 1
    err = res.stderr.decode()
    assert "image.png" in err and "binary" in err and "missing.txt" in err and "no such file" in err
    assert len(err.strip().splitlines()) == 2 and "Traceback" not in err
    assert len(records(res.stdout)) == 9


def test_undecodable_file_is_refused_with_a_message(tmp_path: Path) -> None:
    f = tmp_path / "koi8.txt"
    f.write_bytes("Более 200 000 человек".encode("koi8-r") * 20)
    res = run("extract", str(f))
    assert res.returncode == 1 and b"convert it to UTF-8" in res.stderr


@pytest.mark.parametrize(
    "encoding, text, value",
    [
        ("cp1256", "قال الوزير إن أكثر من 53 ألفا دخلوا البلاد.", 53000),
        ("cp1252", "Près de 69 000 Russes sont entrés en Géorgie, a déclaré le ministère.", 69000),
        ("utf-16", "Plus de 200 000 Russes ont fui.", 200000),
        ("utf-16-le", "More than 200,000 Russians fled, the minister said.", 200000),
        ("utf-8-sig", "أكثر من 200 ألف روسي فروا", 200000),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str, value: int) -> None:
    f = tmp_path / "in.txt"
    f.write_bytes(text.encode(encoding))
    res = run("extract", str(f))
    assert res.returncode == 0, res.stderr
    recs = records(res.stdout)
    assert [r["quantity"]["value"] for r in recs] == [value]
    assert text[recs[0]["span"][0] : recs[0]["span"][1]] == recs[0]["text"]


@pytest.mark.slow
def test_large_file_is_streamed_with_correct_offsets(tmp_path: Path) -> None:
    para = "Selon le ministère, plus de 12 000 Russes sont arrivés au 2 octobre.\n\n"
    quiet = "Le ministère n'a rien dit de plus ce jour-là, et les routes restaient ouvertes.\n\n"
    block = para + quiet * 9  # one claim in ten paragraphs: the file is large, the extraction stays short
    f = tmp_path / "big.txt"
    f.write_text(block * 4_000, encoding="utf-8")  # 40,000 paragraphs, ~3.3 MB: crosses several 1 MB read chunks
    assert f.stat().st_size > 3 * (1 << 20)
    res = run("extract", str(f), "--ner", "none")
    assert res.returncode == 0, res.stderr
    recs = records(res.stdout)
    assert len(recs) == 4_000
    at = para.index("plus de")
    assert [r["span"][0] for r in recs] == [len(block) * i + at for i in range(4_000)]
    assert recs[-1]["id"] == "big#4000"


def test_unsupported_language_is_reported_not_failed(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text("Mehr als 200.000 Russen sind nach Kasachstan geflohen, sagte der Minister.\n\n"
                 "Plus de 200 000 Russes ont fui vers le Kazakhstan.", encoding="utf-8")
    res = run("extract", str(f))
    assert res.returncode == 0
    assert [r["lang"] for r in records(res.stdout)] == ["fr"]
    assert b"1 paragraph(s) in an unsupported language skipped" in res.stderr


def test_module_entry_point() -> None:
    res = run_process([sys.executable, "-m", "claimx.cli", "--version"])
    assert res.returncode == 0


# -- a forced --lang the text is clearly not in: a warning on stderr, the run goes on ---------------------------
AR_TEXT = ("قالت وزارة الداخلية إن أكثر من 200 ألف مواطن روسي دخلوا كازاخستان منذ 21 سبتمبر.\n\n"
           "وأضافت الوزارة أن نحو 30 ألف شخص غادروا البلاد خلال الأسبوع الماضي.\n")
EN_TEXT = ("More than 200,000 Russians have entered Kazakhstan since September 21, the interior ministry said.\n\n"
           "About 30,000 people left the country last week, it added.\n")
MIXED = EN_TEXT + "\n" + "أكثر من 200 ألف مواطن روسي دخلوا كازاخستان منذ 21 سبتمبر.\n\n" + "Some 5,000 more arrived on Friday.\n"


@pytest.fixture(scope="module")
def lang_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("lang")
    (d / "ar.txt").write_text(AR_TEXT, encoding="utf-8")
    (d / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (d / "mixed.txt").write_text(MIXED, encoding="utf-8")  # one Arabic paragraph of four: no warning
    (d / "page.html").write_text(
        '<html lang="ar"><head><title>خبر</title></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in AR_TEXT.split("\n\n")) + "</article></body></html>", encoding="utf-8")
    return d


def _warned(err: str) -> set[str]:
    return {Path(line.split(": ")[1]).name for line in err.splitlines() if "warning: --lang" in line}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_forced_lang_the_text_is_not_in_warns_on_stderr(lang_inputs: Path, workers: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from claimx.cli import main

    files = [str(lang_inputs / n) for n in ("ar.txt", "en.txt", "mixed.txt", "page.html")]
    assert main(["extract", "--lang", "en", "--ner", "none", "--workers", workers, *files]) == 0  # a warning, not a failure
    out, err = capsys.readouterr()
    assert _warned(err) == {"ar.txt", "page.html"}, err
    line = next(line for line in err.splitlines() if "ar.txt" in line)
    assert "--lang en was given but the text reads as ar (2 of 2 paragraph(s) checked)" in line
    assert {r["doc"] for r in records(out.encode())} >= {"en", "mixed"}  # the run went on


def test_a_lang_the_text_is_in_gives_no_warning(lang_inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimx.cli import main

    assert main(["extract", "--lang", "ar", "--ner", "none", str(lang_inputs / "ar.txt")]) == 0
    out, err = capsys.readouterr()
    assert "warning" not in err and records(out.encode())
    assert main(["extract", "--ner", "none", str(lang_inputs / "ar.txt")]) == 0  # detected: nothing to warn about
    assert "warning" not in capsys.readouterr().err


def test_compare_warns_about_a_forced_lang_too(lang_inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimx.cli import main

    assert main(["compare", "--lang", "fr", "--format", "jsonl", str(lang_inputs / "ar.txt"),
                 str(lang_inputs / "page.html")]) == 0
    assert _warned(capsys.readouterr().err) == {"ar.txt", "page.html"}
