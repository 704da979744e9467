"""`mypy --strict` on src/ (configured in pyproject.toml) stays clean."""

from __future__ import annotations

import sys

from tests.conftest import ROOT, run_process


def test_mypy_strict() -> None:
    res = run_process([sys.executable, "-m", "mypy"], cwd=ROOT, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
