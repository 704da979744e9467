"""The benchmark scripts run (on tiny sizes) and report every figure the README quotes; no timing is checked."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_scale_benchmark_runs_and_reports_its_figures() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--quick", "--json"],
                         capture_output=True)  # no timeout: a busy machine may take long
    assert res.returncode == 0, res.stderr.decode()
    out = json.loads(res.stdout)
    v = out["versus_fr_core_news_sm"]
    assert v["words"] > 0 and v["claimx_words_per_s"] > 0 and v["fr_core_news_sm_words_per_s"] > 0
    assert [r["lang"] for r in out["per_language"]] == ["ar", "en", "fr"]
    assert out["peak_rss_mb_all_languages"] > 0 and out["cold_start_s"] > 0 and out["cold_start_without_torch_s"] > 0
    w = out["workers"]
    assert w["files"] == 4 and w["workers_1_words_per_s"] > 0 and w["workers_2_words_per_s"] > 0
