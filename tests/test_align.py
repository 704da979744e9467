"""Cross-document alignment: event kinds, claimx.align, claimx compare, and the bars of issue 5."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import claimx
from claimx.align import countries, value_interval
from claimx.align_eval import gold_claims, score_alignment
from claimx.evaluate import load_corpus
from claimx.events import detect_event
from claimx.packs import load_pack
from tests.conftest import CLAIMX, ROOT, run_process

AR_SEED, FR_SEED = "000_8dbbc4f548402be0.txt", "004_86ac615d032c88e9.txt"

# -- event kinds ---------------------------------------------------------------------------------
EVENT_ROWS = [
    ("fr", "L'UE a annoncé la semaine dernière que 66 000 Russes étaient entrés dans le bloc.", "66 000", "entered"),
    ("ar", "دخل ما يقرب من 66 ألف مواطن روسي المخيم في الأسبوع حتى يوم الأحد.", "ما يقرب من 66 ألف", "entered"),
    ("en", "More than 200,000 Russians have entered Kazakhstan since Putin announced a mobilisation.", "More than 200,000", "entered"),
    ("en", "More than 3 million people have now fled Ukraine, the UN said.", "More than 3 million", "left"),
    ("ar", "وغادر ما لا يقل عن 200 ألف روسي البلاد.", "ما لا يقل عن 200 ألف", "left"),
    ("fr", "Il prévoyait d'enrôler 300 000 hommes.", "300 000", "mobilised"),
    ("ar", "وقد تجذب الحشد ما يصل إلى 300 ألف مواطن للخدمة العسكرية.", "ما يصل إلى 300 ألف", "mobilised"),
    ("fr", "Le HCDH a recensé au moins 8 000 civils tués en Ukraine.", "au moins 8 000", "killed"),
    ("ar", "لقي ما لا يقل عن 4 أشخاص حتفهم وأصيب أكثر من 60 آخرين.", "أكثر من 60", "injured"),
    ("en", "Police arrested 70 people in the capital.", "70", "arrested"),
    ("ar", "واعتقلت الشرطة 70 شخصا في العاصمة.", "70", "arrested"),
    ("fr", "Le gouvernement a débloqué 150 millions d'euros pour les hôpitaux.", "150 millions d'euros", "spent"),
    ("en", "Erdogan won with 52.1% of the vote.", "52.1%", "voted"),
    ("en", "Egypt's inflation eased to 33.7 percent in December.", "33.7 percent", "inflation"),
    # The clause ends at a comma: the verb of the next clause is not this number's event.
    ("ar", "ارتفعت حصيلة قتلى الزلازل إلى أكثر من 41 ألفا، فيما انهار أو تضرر نحو 200 ألف مبنى.", "أكثر من 41 ألفا", "killed"),
    ("en", "The party is set to hold 89 of the 150 seats.", "150", None),
]


@pytest.mark.parametrize("lang, sentence, claim, expected", EVENT_ROWS, ids=[f"{r[0]}-{r[3]}-{i}" for i, r in enumerate(EVENT_ROWS)])
def test_event_kind(lang: str, sentence: str, claim: str, expected: str | None) -> None:
    at = sentence.index(claim)
    assert detect_event(sentence, at, at + len(claim), load_pack(lang)) == expected


def test_event_vocabulary_is_the_same_in_every_pack() -> None:
    kinds = {lang: set(load_pack(lang).event_kinds) for lang in ("ar", "en", "fr")}
    assert kinds["ar"] == kinds["en"] == kinds["fr"]
    assert {"entered", "left", "mobilised", "killed", "injured", "displaced", "arrested", "detained", "spent",
            "received", "voted"} <= kinds["en"]


def test_extracted_records_carry_the_event() -> None:
    [c] = claimx.extract("Plus de 200 000 Russes ont fui vers le Kazakhstan.", lang="fr")
    assert c.event == "left"
    assert c.to_dict()["event"] == "left"


# -- values --------------------------------------------------------------------------------------
def _claim(value: float, qualifier: str, high: float | None = None) -> claimx.Claim:
    return claimx.Claim(id="d#1", doc="d", lang="en", text="x", span=(0, 1), sentence="x",
                        quantity=claimx.Quantity(value, high, "count", qualifier))


@pytest.mark.parametrize(
    "value, qualifier, high, lo, hi",
    [
        (66000, "exact", None, 65340, 66660),
        (66000, "approx", None, 59400, 72600),
        (200000, "more_than", None, 200000, 250000),
        (200000, "at_least", None, 200000, 250000),
        (300000, "at_most", None, 240000, 300000),
        (5000, "range", 6000, 4950, 6060),
    ],
)
def test_value_interval(value: float, qualifier: str, high: float | None, lo: float, hi: float) -> None:
    assert value_interval(_claim(value, qualifier, high)) == pytest.approx((lo, hi))


# -- align on real extraction --------------------------------------------------------------------
WEEK_EN = "Frontex said 66,000 Russians entered the European Union in the week to September 25."
WEEK_FR = "Selon un autre décompte, 60 000 Russes sont entrés dans l'Union européenne au cours de la semaine précédant le 25 septembre."
WEEK_AR = "دخل 66 ألف مواطن روسي الاتحاد الأوروبي في الأسبوع حتى 25 سبتمبر."
EARLIER_EN = "Frontex said 30,000 Russians entered the European Union in the week to September 18."


def _week_claims() -> list[claimx.Claim]:
    return (
        claimx.extract(WEEK_EN, published="2022-09-27", doc="en-frontex")
        + claimx.extract(WEEK_FR, published="2022-09-28", doc="fr-other")
        + claimx.extract(WEEK_AR, published="2022-09-27", doc="ar-frontex")
        + claimx.extract(EARLIER_EN, published="2022-09-20", doc="en-earlier")
    )


def test_same_week_different_figures_conflict_and_other_weeks_stay_apart() -> None:
    claims = _week_claims()
    assert [c.quantity.value for c in claims] == [66000, 60000, 66000, 30000]
    groups = claimx.align(claims)
    by_doc = {c.doc: g for g in groups for c in g.claims}
    conflict = by_doc["fr-other"]
    assert conflict.label == "conflict"
    assert {c.doc for c in conflict.claims} == {"en-frontex", "fr-other", "ar-frontex"}
    variants = sorted(sorted(conflict.claims[i].quantity.value for i in v) for v in conflict.variants)
    assert variants == [[60000], [66000, 66000]]
    # A different week is a different fact, not a conflict.
    assert by_doc["en-earlier"].label == "single"


def test_without_publication_dates_times_are_unknown_not_today() -> None:
    dated = claimx.extract(WEEK_EN, published="2022-09-27", doc="dated")
    undated = claimx.extract(WEEK_FR.replace(" le 25 septembre", " dimanche"), doc="undated")
    assert undated[0].time is not None and undated[0].time.start is None and undated[0].time.end is None
    groups = claimx.align(dated + undated)
    # Unknown time: compatible, but never enough to call a conflict.
    assert all(g.label != "conflict" for g in groups)


def test_dicts_and_claims_align_alike() -> None:
    claims = _week_claims()
    as_claims = [(g.label, [c.id for c in g.claims]) for g in claimx.align(claims)]
    as_dicts = [(g.label, [c.id for c in g.claims]) for g in claimx.align([c.to_dict() for c in claims])]
    assert as_claims == as_dicts


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(schema="claimx/2"), "schema 'claimx/2'"),
        (lambda d: d.pop("entities"), "missing field entities"),
        (lambda d: d["quantity"].pop("unit"), "missing field quantity.unit"),
    ],
    ids=["schema", "entities", "unit"],
)
def test_bad_records_are_refused(change: object, message: str) -> None:
    record = claimx.extract(WEEK_EN, published="2022-09-27")[0].to_dict()
    change(record)  # type: ignore[operator]
    with pytest.raises(claimx.RecordError, match=message):
        claimx.align([record])


def test_groups_to_frame() -> None:
    groups = claimx.align(_week_claims())
    frame = claimx.groups_to_frame(groups)
    assert len(frame) == 4
    assert set(frame["label"]) == {"conflict", "single"}
    assert list(frame.columns[:3]) == ["group", "label", "variant"]


# -- the seeds -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_groups(shared: Path) -> list[claimx.ClaimGroup]:
    claims = []
    for name in (AR_SEED, FR_SEED):
        claims += claimx.extract((shared / "seeds" / name).read_text(encoding="utf-8"), doc=name)
    return claimx.align(claims)


def _group_of(groups: list[claimx.ClaimGroup], doc: str, value: float) -> claimx.ClaimGroup:
    return next(g for g in groups for c in g.claims if c.doc == doc and c.quantity.value == value)


@pytest.mark.parametrize("value", [66000, 300000])
def test_seed_facts_align_across_languages(seed_groups: list[claimx.ClaimGroup], value: float) -> None:
    g = _group_of(seed_groups, AR_SEED, value)
    assert g is _group_of(seed_groups, FR_SEED, value)
    assert g.label == "agree"
    assert {c.quantity.value for c in g.claims} == {value}


def test_no_group_mixes_countries(seed_groups: list[claimx.ClaimGroup]) -> None:
    for g in seed_groups:
        sets = [countries(c) for c in g.claims]
        for a in sets:
            for b in sets:
                assert a <= b or b <= a, (g.id, sets)


def test_kazakhstan_figures_are_not_a_conflict(seed_groups: list[claimx.ClaimGroup]) -> None:
    kz = _group_of(seed_groups, AR_SEED, 98000)
    assert kz.label != "conflict"
    assert not any(c.quantity.value == 200000 for c in kz.claims)


# -- corpus bars ---------------------------------------------------------------------------------
def test_corpus_alignment_bar_on_annotated_records() -> None:
    s = score_alignment(ROOT / "corpus", "gold")
    assert s.gold_pairs > 600
    assert s.precision >= 0.95 and s.recall >= 0.90, s.to_dict()


@pytest.mark.slow
def test_corpus_alignment_precision_on_extracted_claims() -> None:
    s = score_alignment(ROOT / "corpus", "extracted")
    assert s.precision >= 0.95, s.to_dict()


@pytest.mark.slow
def test_corpus_alignment_recall_on_extracted_claims() -> None:
    s = score_alignment(ROOT / "corpus", "extracted")
    assert s.recall >= 0.90, s.to_dict()


def test_gold_records_are_real_claims() -> None:
    doc = load_corpus(ROOT / "corpus" / "fr" / "a.jsonl")[0]
    [first, *_] = gold_claims(doc)
    assert doc["text"][first.span[0] : first.span[1]] == first.text
    assert first.event == "entered" and countries(first) == {"KZ", "RU"}


@pytest.mark.slow
def test_ten_thousand_claims_align_each_in_one_group() -> None:
    # no timing here (a busy machine would fail it): benchmarks/alignment.py measures the speed
    import dataclasses

    base = [c for d in load_corpus(ROOT / "corpus") for c in gold_claims(d)]
    claims = [dataclasses.replace(c, doc=f"{c.doc}~{k}") for k in range(14) for c in base][:10_000]
    groups = claimx.align(claims)
    assert sum(len(g.claims) for g in groups) == 10_000
    assert len({(c.doc, c.id) for g in groups for c in g.claims}) == len({(c.doc, c.id) for c in claims})


# -- the command line ----------------------------------------------------------------------------
def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_process([*CLAIMX, *args], text=True, cwd=ROOT)


def test_compare_texts_and_extracted_records(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(WEEK_EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(WEEK_FR, encoding="utf-8")
    ar = tmp_path / "ar.jsonl"
    res = _run("extract", "--date", "2022-09-27", "-o", str(ar), str(tmp_path / "en.txt"))
    assert res.returncode == 0, res.stderr
    ar.write_text(ar.read_text(encoding="utf-8").replace('"doc": "en"', '"doc": "en-copy"'), encoding="utf-8")
    res = _run("compare", "--date", "2022-09-27", "--format", "jsonl", str(tmp_path / "en.txt"),
               str(tmp_path / "fr.txt"), str(ar))
    assert res.returncode == 0, res.stderr
    groups = [json.loads(line) for line in res.stdout.splitlines()]
    assert [g["label"] for g in groups] == ["conflict"]
    assert sorted(c["doc"] for c in groups[0]["claims"]) == ["en", "en-copy", "fr"]
    table = _run("compare", "--date", "2022-09-27", "--bidi", "logical", str(tmp_path / "en.txt"), str(tmp_path / "fr.txt"))
    assert table.returncode == 0
    assert "CONFLICT" in table.stdout and "66,000" in table.stdout and "60,000" in table.stdout
    # each claim's row shows its time and its source, under their own columns
    head = next(line for line in table.stdout.splitlines() if line.startswith("#"))
    assert head.split()[6:8] == ["time", "source"]
    rows = {line.split()[1]: line for line in table.stdout.splitlines() if line[:1].isdigit()}
    for lang, source in [("en", "Frontex"), ("fr", "un autre décompte")]:
        row = rows[lang]
        assert row[head.index("time"):].startswith("2022-09-19 – 2022-09-25"), row
        assert row[head.index("source"):].startswith(source), row
    assert table.stdout.rstrip().endswith("1 group: 0 agree, 1 conflict, 0 single")


def test_compare_refuses_bad_records_naming_the_line(tmp_path: Path) -> None:
    good = claimx.extract(WEEK_EN, published="2022-09-27", doc="en")[0].to_dict()
    old = dict(good, schema="claimx/0")
    f = tmp_path / "mixed.jsonl"
    f.write_text(json.dumps(good) + "\n" + json.dumps(old) + "\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text(WEEK_FR, encoding="utf-8")
    res = _run("compare", "--format", "jsonl", str(f), str(tmp_path / "fr.txt"))
    assert res.returncode == 1
    assert f"{f}:2: not a claimx/1 record: schema 'claimx/0'" in res.stderr
    assert len(res.stdout.splitlines()) == 1  # the other file still ran
    missing = dict(good)
    del missing["quantity"]
    f.write_text(json.dumps(missing) + "\n", encoding="utf-8")
    res = _run("compare", str(f))
    assert res.returncode == 1 and f"{f}:1:" in res.stderr and "missing field quantity" in res.stderr
