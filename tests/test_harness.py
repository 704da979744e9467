"""The suite's own guard: a process a test starts cannot hang the run; it fails with where it hung."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import run_process


def test_a_process_past_its_limit_fails_the_test_with_its_traceback() -> None:
    code = "import time\ndef waiting_here():\n    time.sleep(120)\nwaiting_here()\n"
    with pytest.raises(pytest.fail.Exception) as caught:
        run_process([sys.executable, "-c", code], limit=2)
    message = str(caught.value)
    assert "still running after" in message and "waiting_here" in message  # faulthandler named the function


def test_a_process_within_its_limit_gives_its_output() -> None:
    res = run_process([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr)"], limit=60)
    assert (res.returncode, res.stdout, res.stderr) == (0, b"out\n", b"err\n")
