"""The HTML views: the comparison report and one document with its claims highlighted.

The browser tests open the files in headless Chromium (the system's ``chromium`` and
``chromedriver``, driven by selenium) and check the DOM the browser built, that no request left
the page, and save screenshots under ``tests/artifacts/`` (ignored by git).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimx
from claimx.cli import main
from claimx.report import direction, render_document_html, render_groups_html

ARTIFACTS = Path(__file__).parent / "artifacts"
PAGE = Path(__file__).parent / "data" / "news_page.html"


def _claim(doc: str, lang: str, text: str, sentence: str, value: int) -> claimx.Claim:
    at = sentence.index(text)
    return claimx.Claim(
        id=f"{doc}#1", doc=doc, lang=lang, text=text, span=(at, at + len(text)), sentence=sentence,
        quantity=claimx.Quantity(value=value, value_high=None, unit="count", qualifier="exact"),
        source=claimx.Source("<b>officials</b>"),
    )


def test_every_text_is_escaped() -> None:
    evil = _claim("x<y>&\"z", "en", "3,000", "<script>alert(1)</script> 3,000 people & <img src=x>", 3000)
    for html in (render_groups_html(claimx.align([evil])), render_document_html([("x<y>", evil.sentence, [evil])])):
        assert "<script>" not in html and "<img" not in html and "<b>officials" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "x&lt;y&gt;&amp;&quot;z" in html or "x&lt;y&gt;" in html
        assert not re.search(r"<[^>]*\s(?:src|href|srcset|action)=|url\(|@import|https?://", html)


@pytest.mark.parametrize("text, expected", [
    ("أكثر من 200 ألف", "rtl"), ("200 ألف روسي", "rtl"), ("Plus de 200 000", "ltr"), ("« 200 000 »", "ltr"), ("", "ltr"),
], ids=["ar", "ar-digit-first", "fr", "punct-first", "empty"])
def test_direction_from_the_first_strong_character(text: str, expected: str) -> None:
    assert direction(text) == expected


# -- in a real browser -----------------------------------------------------------------------------

def _browser() -> tuple[str, str] | str:
    """(chromium, chromedriver) paths, or why there is none."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'claimx[test]')"
    exe = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    if exe is None or driver is None:
        return "no headless Chromium: apt-get install chromium chromium-driver (as .ci/run does)"
    return exe, driver


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    found = _browser()
    if isinstance(found, str):
        pytest.skip(found)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(found[1]), options=opts)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver: Any, path: Path, shot: str) -> list[str]:
    """Load the file, save a full-page screenshot, and return the URLs the page requested."""
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get(path.as_uri())
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1400, min(max(height + 40, 600), 16000))
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / shot))
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


@pytest.fixture(scope="module")
def seed_report(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    out = tmp_path_factory.mktemp("report")
    assert main(["compare", *seeds, "--format", "html", "-o", str(out / "report.html")]) == 0
    assert main(["compare", *seeds, "--format", "jsonl", "-o", str(out / "groups.jsonl")]) == 0
    groups = [json.loads(line) for line in (out / "groups.jsonl").read_text("utf-8").splitlines()]
    return out / "report.html", groups


def test_seed_report_in_chromium(browser: Any, seed_report: tuple[Path, list[dict[str, Any]]]) -> None:
    from selenium.webdriver.common.by import By

    path, groups = seed_report
    requests = _open(browser, path, "compare-seeds.png")
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    sections = browser.find_elements(By.CSS_SELECTOR, "section.group")
    assert [s.get_attribute("id") for s in sections] == [g["group"] for g in groups]
    assert [s.get_attribute("data-label") for s in sections] == [g["label"] for g in groups]
    for label in ("agree", "conflict", "single"):
        badge = browser.find_element(By.CSS_SELECTOR, f".summary .badge.{label}")
        assert int(badge.get_attribute("data-count")) == sum(g["label"] == label for g in groups)
    claims = {c["id"]: c for g in groups for c in g["claims"]}
    cards = browser.find_elements(By.CSS_SELECTOR, "section.group .claim")
    assert sorted(c.get_attribute("data-id") for c in cards) == sorted(claims)
    arabic = [c for c in cards if c.get_attribute("data-lang") == "ar"]
    assert arabic and len(arabic) < len(cards)
    for card in cards:
        sentence = card.find_element(By.CSS_SELECTOR, ".sentence")
        rtl = card.get_attribute("data-lang") == "ar"
        assert sentence.get_attribute("dir") == ("rtl" if rtl else "ltr")
        assert sentence.value_of_css_property("direction") == ("rtl" if rtl else "ltr")
        marks = sentence.find_elements(By.CSS_SELECTOR, "mark.hit")
        assert [m.get_attribute("textContent") for m in marks] == [claims[card.get_attribute("data-id")]["text"]]
    agree = browser.find_element(By.CSS_SELECTOR, "section.group.agree")  # the two seeds share facts
    colours = {browser.find_element(By.CSS_SELECTOR, f".badge.{k}").value_of_css_property("background-color")
               for k in ("agree", "conflict", "single")}
    assert len(colours) == 3 and agree.is_displayed()


def test_saved_page_as_a_document_in_chromium(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    out = tmp_path / "doc.html"
    assert main(["extract", str(PAGE), "--format", "html", "-o", str(out), "--ner", "none"]) == 0
    requests = _open(browser, out, "extract-page.png")
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    claims = claimx.extract_page(PAGE.read_text("utf-8"), doc="news_page", ner=None)
    marks = browser.find_elements(By.CSS_SELECTOR, "section.doc > p mark.hit")
    assert [m.get_attribute("data-id") for m in marks] == [c.id for c in claims]
    assert [m.get_attribute("textContent") for m in marks] == [c.text + c.id.rsplit("#", 1)[1] for c in claims]
    text = browser.find_element(By.CSS_SELECTOR, "section.doc").text
    assert "cookies" not in text and "Abay Avenue" not in text
