from __future__ import annotations

import os
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
