"""Docs that stay true: the README's command-line outputs and Python examples are those of real runs.

A stale example fails here; ``python scripts/readme_examples.py --write`` rewrites the command outputs.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Sequence

import pytest

from scripts.readme_examples import Example, diff, examples, rewrite, stale
from tests.conftest import ROOT, SampleCli

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = examples(README)


def test_the_sample_outputs_are_found() -> None:
    # the two examples of "Command line": the table and the first JSON line
    assert [(e.command, e.head) for e in EXAMPLES] == [
        ("claimx extract --format table --bidi logical samples/sample.txt", None),
        ("claimx extract samples/sample.txt", 1),
    ]
    assert EXAMPLES[0].expected.splitlines()[-1] == "9 claims"
    assert EXAMPLES[1].expected.startswith('{"schema": "claimx/1", "id": "sample#1"')


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.command + (f" | head -{e.head}" if e.head else ""))
def test_the_readme_shows_the_real_output(example: Example, sample_cli: SampleCli) -> None:
    res = sample_cli(*example.args())  # shared with the other tests that run the same command on the sample
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    actual = example.output(res.stdout.decode("utf-8"))
    assert actual == example.expected, "README is stale (python scripts/readme_examples.py --write):\n" + diff(example, actual)


def test_a_stale_output_is_caught_and_rewritten() -> None:
    readme = "text\n\n```console\n$ claimx extract a.txt | head -1\nold\n$ claimx extract b/ -o x  # no output shown\n```\n"

    def run(args: Sequence[str]) -> str:
        return "new 1\nnew 2\n"

    [ex] = examples(readme)
    assert (ex.command, ex.head, ex.expected) == ("claimx extract a.txt", 1, "old\n")
    changes = stale(readme, run)
    assert [actual for _, actual in changes] == ["new 1\n"]
    fixed = rewrite(readme, changes)
    assert fixed == readme.replace("\nold\n", "\nnew 1\n") and stale(fixed, run) == []


def test_the_python_examples_run() -> None:
    # the README's ">>>" examples whose output it shows (the others only illustrate calls)
    blocks = re.findall(r"^```python\n(.*?)^```\n", README, re.S | re.M)
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "README.md", str(ROOT / "README.md"), 0)
    shown = [e for e in test.examples if e.want or e.source.startswith("import ")]
    assert any("claimx.extract(" in e.source for e in shown)
    test.examples = shown
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
