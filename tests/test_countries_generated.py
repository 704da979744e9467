"""The country-name tables ``src/claimx/packs/<lang>/countries.json`` are what ``scripts/build_countries.py`` makes.

The regenerate-and-compare test needs ``babel`` (a ``test`` extra, pinned to the version the tables
were built with); the content checks read the committed files and need nothing.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_countries.py"
LANGS = ("ar", "en", "fr")


def _committed(lang: str) -> dict[str, Any]:
    text = resources.files("claimx.packs").joinpath(lang, "countries.json").read_text("utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_countries", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    pytest.importorskip("babel", reason="babel is not installed (pip install -e '.[test]'): cannot regenerate the tables")
    return _load_script()


def test_regenerated_tables_equal_committed_files(generator: ModuleType) -> None:
    warnings: list[str] = []
    tables = generator.build_tables(warnings.append)
    assert sorted(tables) == list(LANGS)
    for lang in LANGS:
        committed = _committed(lang)
        assert tables[lang]["source"] == committed["source"], (
            f"{lang}.json was built from {committed['source']!r} but this babel gives {tables[lang]['source']!r}: "
            "install the pinned babel, or run python scripts/build_countries.py and review the diff"
        )
        assert tables[lang] == committed, f"{lang}.json is stale: run python scripts/build_countries.py"
        path = ROOT / "src" / "claimx" / "packs" / lang / "countries.json"
        assert path.read_text("utf-8") == generator.dumps(tables[lang]), f"{lang}.json is not in the canonical layout"


def test_check_mode_passes_on_committed_files(generator: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert generator.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_mode_fails_on_a_stale_file(generator: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for lang in LANGS:
        doc = _committed(lang)
        if lang == "fr":
            del doc["names"]["Kazakhstan"]
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "countries.json").write_text(generator.dumps(doc), encoding="utf-8")
    assert generator.main(["--check", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "fr/countries.json: differs" in out and "Kazakhstan" in out
    assert "en/countries.json: up to date" in out


def test_excluded_codes_are_not_countries(generator: ModuleType) -> None:
    ids = set(generator.territory_ids())
    assert {"EU", "XK", "GB", "US", "PS", "TW"} <= ids
    assert not ids & {"EZ", "UN", "ZZ", "QO", "XA", "XB", "AC", "IC", "EA", "TA", "DG", "CP", "CQ"}
    assert all(len(code) == 2 and code.isalpha() for code in ids)
    assert len(ids) == 249 + 2  # ISO 3166-1 officially assigned, plus EU and XK


EXPECTED = {
    "fr": {"Kazakhstan": "KZ", "Géorgie": "GE", "Russie": "RU", "Union européenne": "EU", "Royaume-Uni": "GB",
           "États-Unis": "US", "Vietnam": "VN", "Viêt Nam": "VN"},
    "en": {"Georgia": "GE", "United Kingdom": "GB", "United States": "US", "Russia": "RU", "European Union": "EU",
           "Kazakhstan": "KZ", "Bosnia & Herzegovina": "BA", "Bosnia and Herzegovina": "BA"},
    "ar": {"كازاخستان": "KZ", "جورجيا": "GE", "روسيا": "RU", "الاتحاد الأوروبي": "EU", "المملكة المتحدة": "GB",
           "الولايات المتحدة": "US", "المغرب": "MA"},
}


@pytest.mark.parametrize("lang", LANGS)
def test_known_names(lang: str) -> None:
    doc = _committed(lang)
    assert doc["source"].startswith("CLDR ") and " via babel " in doc["source"]
    names = doc["names"]
    for name, code in EXPECTED[lang].items():
        assert names.get(name) == code, (lang, name)
    assert not {"Eurozone", "zone euro", "منطقة اليورو", "United Nations", "Nations Unies", "الأمم المتحدة"} & set(names)


@pytest.mark.parametrize("lang", LANGS)
def test_every_country_is_named_and_ids_are_alpha2(lang: str) -> None:
    names = _committed(lang)["names"]
    ids = set(names.values())
    assert len(ids) == 251
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in ids)
    assert all(name == name.strip() and name for name in names)
