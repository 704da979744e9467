from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMX_SHARED", ROOT.parent / "shared"))
CLAIMX = [sys.executable, "-m", "claimx.cli"]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present beside the repository")
    return SHARED


SAMPLE = ROOT / "samples" / "sample.txt"


class SampleCli:
    """``claimx`` run once per session for each argument list over read-only inputs (the bundled
    sample): tests that read the same output share one process, which loads the models once."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, ...], subprocess.CompletedProcess[bytes]] = {}

    def __call__(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        if args not in self._done:
            self._done[args] = subprocess.run([*CLAIMX, *args], capture_output=True)
        return self._done[args]


@pytest.fixture(scope="session")
def sample_cli() -> SampleCli:
    return SampleCli()
