"""The README's command-line examples, run for real: check them, or rewrite their outputs.

Every ``console`` block of README.md holds ``$ claimx ...`` lines; a command followed by lines of output
is an example whose output must be what the command prints today. A command may end in ``| head -N``.
Commands with no output shown (those naming files the reader brings, such as ``archive/``) are not run.

    python scripts/readme_examples.py           # exit 1 and a diff when an output is stale
    python scripts/readme_examples.py --write   # rewrite the stale outputs in README.md

``tests/test_readme.py`` runs the same check in the suite, so a stale example fails CI.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

_FENCE = re.compile(r"^```console\n(.*?)^```\n", re.S | re.M)
_HEAD = re.compile(r"\s*\|\s*head\s+-(?:n\s*)?(\d+)\s*$")


@dataclass(frozen=True)
class Example:
    command: str  # as written after "$ ", without the "| head -N"
    head: int | None  # the N of a trailing "| head -N"
    expected: str  # the output lines shown, each ending in "\n"
    start: int  # character offsets of ``expected`` in the README
    end: int

    def args(self) -> list[str]:
        """The command's arguments after ``claimx``, with README-relative paths made absolute."""
        words = shlex.split(self.command)
        if words[0] != "claimx":
            raise ValueError(f"not a claimx command: {self.command!r}")
        return [str(ROOT / w) if not w.startswith("-") and "/" in w and (ROOT / w).exists() else w
                for w in words[1:]]

    def output(self, stdout: str) -> str:
        """What the README shows of the command's standard output."""
        if self.head is None:
            return stdout
        return "".join(stdout.splitlines(keepends=True)[: self.head])


def examples(readme: str) -> list[Example]:
    """The ``$ claimx`` commands of the console blocks that show their output."""
    found = []
    for block in _FENCE.finditer(readme):
        pos = block.start(1)
        lines = block.group(1).splitlines(keepends=True)
        i = 0
        while i < len(lines):
            line = lines[i]
            pos_next = pos + len(line)
            if not line.startswith("$ "):
                i, pos = i + 1, pos_next
                continue
            j, end = i + 1, pos_next
            while j < len(lines) and not lines[j].startswith("$ "):
                end += len(lines[j])
                j += 1
            command = line[2:].split("  #")[0].strip()
            head = _HEAD.search(command)
            if j > i + 1 and command.startswith("claimx "):
                found.append(Example(command[: head.start()] if head else command, int(head.group(1)) if head else None,
                                     "".join(lines[i + 1: j]), pos_next, end))
            i, pos = j, end
    return found


def run_claimx(args: Sequence[str]) -> str:
    res = subprocess.run([sys.executable, "-m", "claimx.cli", *args], capture_output=True, cwd=ROOT)
    if res.returncode != 0:
        raise RuntimeError(f"claimx {' '.join(args)} exited {res.returncode}: {res.stderr.decode('utf-8', 'replace')}")
    return res.stdout.decode("utf-8")


def stale(readme: str, run: Callable[[Sequence[str]], str] = run_claimx) -> list[tuple[Example, str]]:
    """The examples whose shown output differs from the real one, with the real one."""
    out = []
    for ex in examples(readme):
        actual = ex.output(run(ex.args()))
        if actual != ex.expected:
            out.append((ex, actual))
    return out


def rewrite(readme: str, changes: Sequence[tuple[Example, str]]) -> str:
    for ex, actual in sorted(changes, key=lambda c: -c[0].start):
        readme = readme[: ex.start] + actual + readme[ex.end:]
    return readme


def diff(ex: Example, actual: str) -> str:
    return "".join(difflib.unified_diff(ex.expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                        f"README: $ {ex.command}", "real output"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="rewrite the stale outputs in README.md")
    args = ap.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    changes = stale(text)
    if args.write:
        if changes:
            README.write_text(rewrite(text, changes), encoding="utf-8")
        print(f"{len(changes)} example(s) rewritten")
        return 0
    for ex, actual in changes:
        print(diff(ex, actual))
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
