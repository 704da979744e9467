from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMX_SHARED", ROOT.parent / "shared"))
CLAIMX = [sys.executable, "-m", "claimx.cli"]
#: a command a test runs gets this long; a busy machine is slow, but a hang must fail the test with a
#: traceback of where it hung, not run into CI's own limit
PROCESS_LIMIT = 600.0
#: Python dumps its threads' tracebacks on SIGABRT (faulthandler), so a process stopped at the limit says where
FAULTHANDLER_ENV = {**os.environ, "PYTHONFAULTHANDLER": "1"}


def stop_and_fail(proc: subprocess.Popen[Any], what: str, limit: float = PROCESS_LIMIT) -> None:
    """Stop a process that ran past ``limit`` seconds (SIGABRT: its Python traceback goes to its stderr)
    and fail the test with what it printed."""
    proc.send_signal(signal.SIGABRT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    tail = err[-6000:].decode("utf-8", "replace") if isinstance(err, bytes) else str(err or "")[-6000:]
    pytest.fail(f"{what} still running after {limit:.0f} s; its stderr ends with:\n{tail}")


def run_process(cmd: list[str], *, input: bytes | str | None = None, limit: float = PROCESS_LIMIT,
                **kw: Any) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run(cmd, capture_output=True, ...)`` that fails the test with the process's traceback
    when it runs past ``limit`` seconds."""
    kw.setdefault("env", FAULTHANDLER_ENV)
    kw.setdefault("stdin", subprocess.PIPE if input is not None else subprocess.DEVNULL)
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw) as proc:
        try:
            out, err = proc.communicate(input, timeout=limit)
        except subprocess.TimeoutExpired:
            stop_and_fail(proc, " ".join(cmd[:6]), limit)
            raise  # not reached: pytest.fail raises
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


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
            self._done[args] = run_process([*CLAIMX, *args])
        return self._done[args]


@pytest.fixture(scope="session")
def sample_cli() -> SampleCli:
    return SampleCli()
