"""notebooks/explore.ipynb: executed end to end by the suite with the README's headless command
(``jupyter execute``, nbclient's), committed without outputs."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import nbformat
import pytest

from tests.conftest import ROOT, run_process

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
#: the command the README gives to run the notebook headless
COMMAND = "jupyter execute notebooks/explore.ipynb"


def test_the_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:80]


def test_the_readme_gives_the_headless_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"\n{COMMAND}  " in readme or f"\n{COMMAND}\n" in readme


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    """The notebook as the README's command runs it (from the repository's root, no cell timeout), with
    ``--output`` added to read the outputs back; any cell error makes the command fail."""
    out = tmp_path_factory.mktemp("notebook") / "explored.ipynb"
    jupyter, *args = shlex.split(COMMAND)
    assert jupyter == "jupyter"
    res = run_process([sys.executable, "-m", "jupyter", *args, f"--output={out}"], cwd=ROOT, text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    return nbformat.read(out, as_version=4)


def outputs(nb: nbformat.NotebookNode, mime: str) -> list[str]:
    return [str(o["data"][mime]) for c in nb.cells if c.cell_type == "code"
            for o in c.outputs if "data" in o and mime in o["data"]]


def test_the_notebook_runs_and_shows_highlights_a_table_and_plots(executed: nbformat.NotebookNode) -> None:
    html = outputs(executed, "text/html")
    marked = [h for h in html if "<mark" in h]
    assert any('dir="rtl"' in h for h in marked) and any('dir="ltr"' in h for h in marked)
    assert any("<table" in h and "key" in h for h in html)
    assert len(outputs(executed, "image/png")) >= 2
    text = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.outputs)
    assert "corpus: 213 paragraphs" in text


def test_arabic_highlights_cut_the_claim_text(executed: nbformat.NotebookNode) -> None:
    # the notebook asserts span == text for every claim it highlights; here, that Arabic marks hold Arabic claims
    rtl = [h for h in outputs(executed, "text/html") if 'dir="rtl"' in h]
    assert rtl and "أكثر من 200 ألف" in rtl[0]


def test_the_seeds_are_shown_when_present(executed: nbformat.NotebookNode, shared: Path) -> None:
    text = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.outputs)
    n = len(list((shared / "seeds").glob("*.txt")))
    assert f"seeds:  {n} articles" in text and n > 0
