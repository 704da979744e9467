"""Saved web pages: main text by trafilatura, date from metadata, language from ``lang``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import claimx
from claimx.cli import main
from claimx.page import HTML_TEXT_SOURCE, read_page

PAGE = Path(__file__).parent / "data" / "news_page.html"
# Figures of the page's menus, cookie banner, sidebar, comments and footer: none is a claim.
BOILERPLATE = {12, 3, 13, 10, 24, 40000, 5, 4, 500, 221, 50000, 727, 2022, 7, 4.99, 0.0199}


@pytest.fixture(scope="module")
def page_claims() -> list[claimx.Claim]:
    return claimx.extract_page(PAGE.read_text("utf-8"), doc="page")


def test_page_is_read_as_its_main_text_with_metadata() -> None:
    page = read_page(PAGE.read_text("utf-8"))
    assert str(page.published) == "2022-09-27"
    assert page.lang == "en"
    assert "98,000 Russians" in page.text
    for junk in ("cookies", "Top 10", "Abay Avenue", "comments", "Most read", "4.99"):
        assert junk not in page.text


def test_article_claims_and_none_from_boilerplate(page_claims: list[claimx.Claim]) -> None:
    values = [c.quantity.value for c in page_claims]
    assert values == [98000, 98000, 3000, 10000, 2, 300000, 20]  # 2: "nearly double the number", a ratio
    assert not BOILERPLATE & set(values)
    assert {c.lang for c in page_claims} == {"en"}


def test_spans_point_into_the_extracted_text(page_claims: list[claimx.Claim]) -> None:
    text = read_page(PAGE.read_text("utf-8")).text
    for c in page_claims:
        assert c.text_source == HTML_TEXT_SOURCE
        assert text[c.span[0]:c.span[1]] == c.text
        assert c.sentence in text
        for e in c.entities:
            assert text[e.span[0]:e.span[1]] == e.text


def test_times_resolved_against_the_pages_date(page_claims: list[claimx.Claim]) -> None:
    times = {c.text: c.time for c in page_claims if c.time is not None}
    assert times["more than 3,000"].start == "2022-09-26"  # "on Monday", the day before Tue 27 September
    since = page_claims[1].time
    assert since is not None and (since.start, since.end) == ("2022-09-21", "2022-09-27")  # since last Wednesday
    assert times["20%"].start == "2022-09-19"  # last week


def test_date_option_wins_over_the_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGE), "--date", "2022-10-04", "--ner", "none"]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    monday = next(r for r in recs if r["text"] == "more than 3,000")
    assert monday["time"]["start"] == "2022-10-03"
    assert all(r["text_source"] == HTML_TEXT_SOURCE for r in recs)
    validator = jsonschema.Draft202012Validator(claimx.json_schema())
    for r in recs:
        validator.validate(r)
    assert claimx.claim_from_dict(recs[0]).text_source == HTML_TEXT_SOURCE


def _page(lang: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n"))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head><body>'
            f"<nav><a href='/'>Accueil</a> <a href='/t'>Top 10</a></nav><article><h1>Titre</h1>{paras}"
            "</article><footer>© 12 rue de la Paix</footer></body></html>")


FR = ("Selon le ministère de l'Intérieur, plus de 200 000 personnes ont quitté la Russie depuis le 21 septembre.\n"
      "Le Kazakhstan a enregistré environ 98 000 arrivées en une semaine, a précisé le ministère.\n"
      "Les autorités géorgiennes ont compté près de 10 000 entrées par jour à la frontière.")
AR = ("قالت وزارة الداخلية إن أكثر من 200 ألف روسي غادروا البلاد منذ إعلان التعبئة الجزئية.\n"
      "وسجلت كازاخستان نحو 98 ألف وافد خلال أسبوع واحد بحسب السلطات المحلية.\n"
      "وقالت جورجيا إن قرابة 10 آلاف شخص يدخلون أراضيها يوميا عبر المعبر الحدودي.")


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", FR, "fr"),  # the page's lang attribute
    ("fr-FR", FR, "fr"),  # a region subtag
    ("de", AR, "ar"),  # not a language claimx reads: detected
    ("", AR, "ar"),  # none given: detected
], ids=["fr", "fr-FR", "unsupported-lang", "no-lang"])
def test_language_from_the_lang_attribute_else_detected(lang: str, body: str, expected: str) -> None:
    claims = claimx.extract_page(_page(lang, body), ner=None)
    assert claims and {c.lang for c in claims} == {expected}
    assert 12 not in {c.quantity.value for c in claims}


def test_a_directory_of_saved_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.html").write_text(PAGE.read_text("utf-8"), "utf-8")
    (tmp_path / "site" / "b.htm").write_text(_page("fr", FR), "utf-8")
    assert main(["extract", str(tmp_path / "site"), "--ner", "none", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    docs = [line.split(",")[1] for line in out[1:]]
    assert docs.count("a") == 7 and docs.count("b") == 3


def test_markup_without_an_html_suffix_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "article.txt"
    saved.write_text(PAGE.read_text("utf-8"), "utf-8")
    from claimx.batch import Job, Options, run_file

    res = run_file(Job(str(saved), "article"), Options(fmt="table", ner=None))
    assert [c.quantity.value for c in res.claims] == [98000, 98000, 3000, 10000, 2, 300000, 20]
