"""Cold start of ``claimx extract samples/sample.txt``: each run a fresh Python process.

    python benchmarks/cold_start.py [--runs N] [--torch] [--src DIR] [--first-run] [--instructions] [--json]

Prints the median wall time and the median CPU time (user + sys, of the child process) over
``--runs`` fresh processes. The sample holds one paragraph in each of English, French and Arabic,
so every language's pack, gazetteer, date tables and NER pipeline load.

By default the child runs as ``pip install claimx`` installs it: ``torch`` is hidden
(``sys.modules['torch'] = None``), as in a plain install where it is absent. spaCy's thinc imports
torch whenever it is installed (about 1 s more); ``--torch`` keeps it, as in the test environment,
where it is installed for Stanza. CPU time is the steadier figure on a shared machine: other jobs
stretch the wall time, much less the process's own CPU time. ``--src DIR`` times another copy of
the package (``DIR/claimx``), for a before/after comparison on the same machine at the same moment.

claimx keeps its compiled packs and gazetteers in a user cache (:mod:`claimx.cache`), filled by
the first run (the warm-up run, not counted). ``--first-run`` times every process with an empty
cache instead (a fresh temporary ``$CLAIMX_CACHE_DIR`` each time): the first start after an
install or an upgrade.

``--instructions`` also counts the instructions of one more fresh process, run under valgrind's
callgrind (``PYTHONHASHSEED=0``; about a minute and a half): a figure other jobs on the machine do
not change, to compare two trees by (within a few tenths of a percent from run to run).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample.txt"
_PLAIN = ("import sys, runpy; sys.modules['torch'] = None; sys.argv = ['claimx'] + sys.argv[1:]; "
          "runpy.run_module('claimx.cli', run_name='__main__', alter_sys=True)")


def command(torch: bool) -> list[str]:
    head = [sys.executable, "-m", "claimx.cli"] if torch else [sys.executable, "-c", _PLAIN]
    return [*head, "extract", "-o", os.devnull, str(SAMPLE)]


def one_run(cmd: list[str], src: Path = ROOT / "src", first_run: bool = False) -> tuple[float, float]:
    """(wall, user + sys) seconds of one fresh process (with an empty claimx cache if ``first_run``)."""
    env = dict(os.environ)
    # pip writes the package's bytecode at install: a child may write and read it too, as an installed
    # claimx does (with PYTHONDONTWRITEBYTECODE set, every start would compile ~70 modules from source)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryDirectory() as empty:
        if first_run:
            env["CLAIMX_CACHE_DIR"] = empty
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd: list[str], src: Path = ROOT / "src", first_run: bool = False) -> int:
    """The instructions one fresh process runs (valgrind's callgrind; ``--first-run``: an empty cache)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH")) if p)
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={os.devnull}"]
    with tempfile.TemporaryDirectory() as empty:
        if first_run:
            env["CLAIMX_CACHE_DIR"] = empty
        done = subprocess.run([*valgrind, *cmd], check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    counted = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if counted is None:
        raise RuntimeError(f"no instruction count in valgrind's output: {done.stderr[-500:]}")
    return int(counted.group(1))


def measure(runs: int, torch: bool, src: Path = ROOT / "src", first_run: bool = False) -> dict[str, float]:
    cmd = command(torch)
    one_run(cmd, src)  # warm the file cache (and claimx's own); not counted
    walls, cpus = zip(*(one_run(cmd, src, first_run) for _ in range(runs)))
    return {"wall_s": round(statistics.median(walls), 2), "cpu_s": round(statistics.median(cpus), 2),
            "wall_min_s": round(min(walls), 2), "cpu_min_s": round(min(cpus), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per figure (default 7)")
    ap.add_argument("--torch", action="store_true", help="let spaCy's thinc import torch (the test environment)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the directory holding the claimx package to time")
    ap.add_argument("--first-run", action="store_true", help="an empty claimx cache in every process")
    ap.add_argument("--instructions", action="store_true", help="also count one process's instructions (valgrind)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    out: dict[str, object] = {"runs": args.runs, "torch": args.torch, "first_run": args.first_run,
                              **measure(args.runs, args.torch, args.src.resolve(), args.first_run)}
    if args.instructions:
        out["instructions"] = instructions(command(args.torch), args.src.resolve(), args.first_run)
    out["load_average_1min"] = [round(load, 2), round(os.getloadavg()[0], 2)]
    if args.json:
        print(json.dumps(out, indent=2))
        return
    how = "with torch installed (test environment)" if args.torch else "as a plain install (torch absent)"
    how += ", empty claimx cache (first run)" if args.first_run else ""
    print(f"claimx extract samples/sample.txt, {args.runs} fresh processes, {how}: "
          f"median wall {out['wall_s']} s (min {out['wall_min_s']}), median user+sys {out['cpu_s']} s "
          f"(min {out['cpu_min_s']}); 1-min load average {out['load_average_1min']}")
    if args.instructions:
        print(f"instructions of one more process (callgrind, PYTHONHASHSEED=0): {out['instructions']:,}")


if __name__ == "__main__":
    main()
