"""Time expressions: found, resolved against the publication date, attached to the right claim."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from freezegun import freeze_time

import claimx
from tests.conftest import CLAIMX

N = None
# (lang, text, published, expected time of each claim: (text, start, end, relation) or None)
ROWS = [
    ("fr", "Depuis le 21 septembre, plus de 70 000 Russes sont arrivés.", "2022-10-04",
     [("Depuis le 21 septembre", "2022-09-21", "2022-10-04", "since")]),
    ("en", "More than 70,000 Russians have arrived since September 21.", "2022-10-04",
     [("since September 21", "2022-09-21", "2022-10-04", "since")]),
    ("ar", "وصل أكثر من 70 ألف روسي منذ 21 سبتمبر.", "2022-10-04",
     [("منذ 21 سبتمبر", "2022-09-21", "2022-10-04", "since")]),
    ("fr", "Près de 69 000 Russes étaient entrés en Géorgie au 30 septembre.", "2022-10-04",
     [("au 30 septembre", N, "2022-09-30", "until")]),
    ("en", "Nearly 69,000 Russians had entered Georgia as of September 30.", "2022-10-04",
     [("as of September 30", N, "2022-09-30", "until")]),
    ("fr", "L'UE a annoncé que 66 000 Russes sont entrés au cours de la semaine précédant le 25 septembre.",
     "2022-10-04", [("au cours de la semaine précédant le 25 septembre", "2022-09-19", "2022-09-25", "during")]),
    ("ar", "دخل ما يقرب من 66 ألف مواطن روسي في الأسبوع حتى يوم الأحد.", "2022-09-29",
     [("في الأسبوع حتى يوم الأحد", "2022-09-19", "2022-09-25", "during")]),
    ("en", "Nearly 66,000 Russians entered the EU in the week to Sunday.", "2022-09-29",
     [("in the week to Sunday", "2022-09-19", "2022-09-25", "during")]),
    ("fr", "La semaine dernière, 98 000 Russes sont entrés au Kazakhstan.", "2022-09-29",
     [("La semaine dernière", "2022-09-19", "2022-09-25", "during")]),
    ("en", "Last week, 98,000 Russians entered Kazakhstan.", "2022-09-29",
     [("Last week", "2022-09-19", "2022-09-25", "during")]),
    ("ar", "دخل 98 ألف روسي البلاد في الأسبوع الماضي.", "2022-09-29",
     [("في الأسبوع الماضي", "2022-09-19", "2022-09-25", "during")]),
    # A bound ("by", "jusqu'à") with no year: the occurrence nearer to P, ahead or behind.
    ("en", "Nearly $2.5bn will be needed by June, the agency said.", "2024-03-14",
     [("by June", N, "2024-06-30", "until")]),
    ("fr", "Des pointes à 45 °C sont attendues jusqu'à vendredi.", "2023-07-25",
     [("jusqu'à vendredi", N, "2023-07-28", "until")]),
    ("fr", "Le ministère a déclaré mardi que 12 000 personnes étaient arrivées.", "2022-10-04",
     [("mardi", "2022-10-04", "2022-10-04", "at")]),
    ("en", "On Tuesday, officials said 12,000 people had arrived.", "2022-10-06",
     [("On Tuesday", "2022-10-04", "2022-10-04", "at")]),
    ("ar", "قالت الحكومة يوم الثلاثاء إن 12 ألف شخص وصلوا.", "2022-10-06",
     [("يوم الثلاثاء", "2022-10-04", "2022-10-04", "at")]),
    ("fr", "Il y a deux semaines, 5 000 soldats ont été déployés.", "2022-10-04",
     [("Il y a deux semaines", "2022-09-20", "2022-09-20", "at")]),
    ("en", "Two weeks ago, 5,000 troops were deployed.", "2022-10-04",
     [("Two weeks ago", "2022-09-20", "2022-09-20", "at")]),
    ("fr", "200 000 personnes ont fui en seulement deux semaines.", "2022-10-04",
     [("en seulement deux semaines", "2022-09-20", "2022-10-04", "during")]),
    ("ar", "عبر 20 ألف شخص الحدود في غضون يومين.", "2022-09-29",
     [("في غضون يومين", N, N, "during")]),
    ("en", "Inflation reached 85.5 percent in October.", "2022-11-03",
     [("in October", "2022-10-01", "2022-10-31", "during")]),
    ("fr", "En 2022, le pays a accueilli 3 millions de touristes.", "2023-02-01",
     [("En 2022", "2022-01-01", "2022-12-31", "during")]),
    ("ar", "استقبلت البلاد 3 ملايين سائح في عام 2022.", "2023-02-01",
     [("في عام 2022", "2022-01-01", "2022-12-31", "during")]),
    ("en", "Aujourd'hui", "2022-10-04", []),
    ("fr", "Aujourd'hui, plus de 200 000 personnes ont été enrôlées.", "2022-10-04",
     [("Aujourd'hui", "2022-10-04", "2022-10-04", "at")]),
    ("fr", "Plus de 200 000 personnes ont été enrôlées.", "2022-10-04", [None]),
    # Impossible, two-digit and Hijri dates: a clear reading or unresolved, never an exception.
    ("fr", "Le 31 février, 200 000 personnes ont fui.", "2022-10-04", [("Le 31 février", N, N, "at")]),
    ("fr", "Le 30/02/2022, 200 000 personnes ont fui.", "2022-10-04", [("Le 30/02/2022", N, N, "at")]),
    ("fr", "Le 21/09/22, 200 000 personnes ont fui.", "2022-10-04", [("Le 21/09/22", "2022-09-21", "2022-09-21", "at")]),
    ("ar", "في 15 رمضان 1444 هـ دخل 200 ألف شخص.", "2023-04-10", [("في 15 رمضان 1444 هـ", N, N, "at")]),
]


@pytest.mark.parametrize("lang, text, published, expected", ROWS, ids=[f"{r[0]}:{r[1][:35]}" for r in ROWS])
def test_time_rows(lang: str, text: str, published: str, expected: list) -> None:
    claims = claimx.extract(text, lang=lang, published=published)
    got = [(c.time.text, c.time.start, c.time.end, c.time.relation) if c.time else None for c in claims]
    assert got == expected


def test_no_publication_date_keeps_relative_times_unresolved() -> None:
    [c] = claimx.extract("La semaine dernière, 98 000 Russes sont entrés au Kazakhstan.", lang="fr")
    assert c.time is not None and (c.time.text, c.time.start, c.time.end) == ("La semaine dernière", None, None)
    [c] = claimx.extract("Depuis le 21 septembre 2022, plus de 70 000 Russes sont arrivés.", lang="fr")
    assert (c.time.start, c.time.end, c.time.relation) == ("2022-09-21", None, "since")
    [c] = claimx.extract("Le 21 septembre, 70 000 Russes sont arrivés.", lang="fr")
    assert (c.time.start, c.time.end) == (None, None)  # no year, no publication date


@pytest.mark.parametrize(
    "text, lang, published",
    [
        ("GENEVA, 14 March 2024 — More than 120,000 people crossed last week, the agency said.", "en", "2024-03-14"),
        ("Publié le 4 octobre 2022\n\nLa semaine dernière, 98 000 Russes sont arrivés.", "fr", "2022-10-04"),
        ("القاهرة - 4 أكتوبر 2022 (رويترز) - دخل 98 ألف روسي البلاد في الأسبوع الماضي.", "ar", "2022-10-04"),
    ],
)
def test_publication_date_read_from_the_document(text: str, lang: str, published: str) -> None:
    stated = claimx.extract(text, lang=lang)
    given = claimx.extract(text, lang=lang, published=published)
    assert [c.time for c in stated] == [c.time for c in given]
    assert stated[-1].time is not None and stated[-1].time.end is not None
    assert stated[-1].time.text not in text[:12]  # the dateline itself is no claim's time


def test_key_carries_the_period() -> None:
    [c] = claimx.extract("Plus de 200 000 Russes ont fui depuis le 21 septembre.", published="2022-10-04")
    assert c.key == "count>200000|RU|2022-09-21/2022-10-04"


@pytest.mark.parametrize("frozen", ["2031-06-15 23:59:59", "1999-01-01 00:00:00"])
def test_the_machine_clock_does_not_matter(frozen: str) -> None:
    text = "Depuis le 21 septembre, plus de 70 000 Russes sont arrivés. La semaine dernière, 98 000 de plus."
    normal = [c.to_dict() for c in claimx.extract(text, published="2022-10-04")]
    undated = [c.to_dict() for c in claimx.extract(text)]
    with freeze_time(frozen):
        assert [c.to_dict() for c in claimx.extract(text, published="2022-10-04")] == normal
        assert [c.to_dict() for c in claimx.extract(text)] == undated


def test_the_time_zone_does_not_matter(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Mardi, le ministère a indiqué que 12 000 personnes étaient arrivées la semaine dernière.",
                 encoding="utf-8")
    outs = []
    for tz in ("Pacific/Kiritimati", "America/Adak"):
        env = dict(os.environ, TZ=tz)
        res = subprocess.run([*CLAIMX, "extract", "--date", "2022-10-04", str(f)], capture_output=True, env=env)
        assert res.returncode == 0, res.stderr
        outs.append([json.loads(line) for line in res.stdout.splitlines()])
    assert outs[0] == outs[1] and outs[0][0]["time"]["end"] == "2022-10-02"  # the week before 3-9 October


SEED_TIMES = {
    ("004_86ac615d032c88e9.txt", "2022-10-04"): [
        ("près de 69 000", N, "2022-09-30"),
        ("plus de 12 000", N, "2022-10-02"),
        ("plus de 70 000", "2022-09-21", "2022-10-04"),
        ("66 000", "2022-09-19", "2022-09-25"),
    ],
    ("000_8dbbc4f548402be0.txt", "2022-09-29"): [
        ("ما يقرب من 66 ألف", "2022-09-19", "2022-09-25"),
        ("98 ألف", "2022-09-19", "2022-09-25"),
    ],
}


@pytest.mark.parametrize("name, published", sorted(SEED_TIMES), ids=[k[0][:3] for k in sorted(SEED_TIMES)])
def test_seed_times(shared: Path, name: str, published: str) -> None:
    claims = claimx.extract((shared / "seeds" / name).read_text(encoding="utf-8"), published=published)
    by_text = {c.text: (c.time.start, c.time.end) if c.time else (None, None) for c in claims}
    for text, start, end in SEED_TIMES[(name, published)]:
        assert by_text[text] == (start, end), text
