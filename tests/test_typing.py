"""`mypy --strict` on src/ (configured in pyproject.toml) stays clean."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_strict() -> None:
    res = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)  # no timeout: a busy machine may take long
    assert res.returncode == 0, res.stdout + res.stderr
