"""The benchmark scripts run (on tiny sizes) and report every figure the README quotes; no timing is checked."""

from __future__ import annotations

import json
import sys

from tests.conftest import ROOT, run_process


def test_scale_benchmark_runs_and_reports_its_figures() -> None:
    res = run_process([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--quick", "--json"])
    assert res.returncode == 0, res.stderr.decode()
    out = json.loads(res.stdout)
    v = out["versus_fr_core_news_sm"]
    assert v["words"] > 0 and v["claimx_words_per_s"] > 0 and v["fr_core_news_sm_words_per_s"] > 0
    assert [r["lang"] for r in out["per_language"]] == ["ar", "en", "fr"]
    assert out["peak_rss_mb_all_languages"] > 0 and out["cold_start_s"] > 0 and out["cold_start_without_torch_s"] > 0
    w = out["workers"]
    assert w["files"] == 4 and w["workers_1_words_per_s"] > 0 and w["workers_2_words_per_s"] > 0


def test_reliability_benchmarks_run_and_report_their_figures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fuzz = run_process([sys.executable, str(ROOT / "benchmarks" / "fuzz.py"), "20", "--ner", "none", "--progress", "10",
                        "--save", str(tmp_path / "found.jsonl")])
    last = fuzz.stdout.decode().splitlines()[-1]
    assert last.startswith("inputs 20  exceptions ") and "slower than 50 ms/KB" in last, fuzz.stderr.decode()
    assert "... 20 inputs" in fuzz.stderr.decode()
    lin = run_process([sys.executable, str(ROOT / "benchmarks" / "linear.py"), "--sizes", "1", "--shape-sizes", "1",
                       "--langs", "en", "--ner", "none", "--rounds", "1"])
    assert lin.returncode == 0, lin.stderr.decode()
    rows = [line.split() for line in lin.stdout.decode().splitlines()[1:]]
    assert [r[1] for r in rows][:2] == ["real,", "real,"] and len(rows) == 8
    assert all(float(r[-3 if r[1] == "real," else -4]) > 0 for r in rows)
