"""The NER pipelines the project trained itself load from models/ with no download and tag names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from tests.conftest import ROOT

CASES = {
    "ar": "قال الرئيس الروسي فلاديمير بوتين إن روسيا وكازاخستان ستوقعان اتفاقا في جنيف.",
    "en": "The World Health Organization said in Geneva that cholera cases in Yemen had passed 500,000.",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_model_loads_and_tags(lang: str) -> None:
    path = ROOT / "models" / f"claimx_ner_{lang}"
    nlp = spacy.load(path)
    assert nlp.lang == lang and nlp.pipe_names == ["tok2vec", "ner"]
    doc = nlp(CASES[lang])
    labels = {e.label_ for e in doc.ents}
    assert labels and labels <= {"PER", "LOC", "ORG"}
    assert "LOC" in labels
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta.get("license")
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size <= 30 * 1024 * 1024


def test_every_model_file_installs_with_the_package() -> None:
    """A wheel carries the pipelines as data files (pyproject), where claimx.ner looks for them."""
    import sys
    import tomllib

    from claimx.ner import model_dirs

    listed = {
        f for files in tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["data-files"].values()
        for f in files
    }
    on_disk = {
        str(p.relative_to(ROOT)) for lang in CASES for p in (ROOT / "models" / f"claimx_ner_{lang}").rglob("*") if p.is_file()
    }
    assert listed == on_disk
    assert Path(sys.prefix) / "share" / "claimx" / "models" in model_dirs()


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_tokenizer_claimx_reads_is_spacy_s(lang: str) -> None:
    """claimx reads a pipeline's tokenizer file itself (its patterns from stored programs): the
    same tokenizer as spaCy's own reading, the same tokens."""
    from claimx import ner

    ours = ner._spacy_pipeline(lang).tokenizer
    theirs = spacy.load(ROOT / "models" / f"claimx_ner_{lang}", exclude=ner._NOT_LOADED).tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == theirs.to_bytes(exclude=["vocab"])  # (the vocabulary grows with each text)
    text = CASES[lang] + " https://example.org/a?b=1 (5,000) e-mail: a@b.co; U.S. 3.5%"
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]


def test_a_default_tokenizer_read_back_from_the_cache_is_spacy_s(tmp_path: Path) -> None:
    """fr_core_news_sm runs with spaCy's multi-language tokenizer, which the user cache keeps
    serialised after the first start: read back, it is the tokenizer spaCy makes, with its tokens."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from claimx import ner\n"
        "ours = ner._spacy_pipeline('fr').tokenizer\n"
        "import spacy as sp\n"
        "theirs = sp.load(ner._find_model('fr_core_news_sm'), exclude=[*ner._NOT_LOADED, 'tokenizer'],"
        " config={'nlp': {'lang': 'xx'}}).tokenizer\n"
        "assert ours.to_bytes(exclude=['vocab']) == theirs.to_bytes(exclude=['vocab'])\n"
        "text = \"L'ONU a débloqué 1,5 million d'euros (voir https://un.org/fr?x=1) aujourd'hui, c.-à-d. 3,5 %.\"\n"
        "assert [(t.idx, t.text) for t in ours(text)] == [(t.idx, t.text) for t in theirs(text)]\n"
        "print(type(ours.prefix_search).__name__)\n"
    )
    env = dict(os.environ, CLAIMX_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("CLAIMX_CACHE", None)
    for _ in range(2):  # made, then read back
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert any(p.name.startswith("tokenizer-xx-") for p in (tmp_path / "cache").iterdir())
