"""Time expressions: found, resolved against the publication date, attached to the right claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from freezegun import freeze_time

import claimx
from tests.conftest import CLAIMX, FAULTHANDLER_ENV, run_process

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


# Which expression governs a claim, and the rules that read periods (corpus/README.md, "Time").
RULE_ROWS = [
    # The period a figure is about beats the day the statement was made.
    ("fr", "Le pays a exporté l'an dernier 12 millions de tonnes, a indiqué jeudi le ministère.", "2024-01-18",
     [("l'an dernier", "2023-01-01", "2023-12-31", "during")]),
    ("en", "The country exported 12 million tonnes last year, the ministry said on Thursday.", "2024-01-18",
     [("last year", "2023-01-01", "2023-12-31", "during")]),
    ("ar", "صدّرت البلاد 12 مليون طن العام الماضي، بحسب ما أعلنت الوزارة الخميس.", "2024-01-18",
     [("العام الماضي", "2023-01-01", "2023-12-31", "during")]),
    # A detached clause ("tandis que", "while", "في حين") takes no time from the clause before.
    ("fr", "Les arrivées ont atteint 53 000 vendredi, tandis que l'appel de 566 millions de dollars reste sous-financé.",
     "2023-06-10", [("vendredi", "2023-06-09", "2023-06-09", "at"), None]),
    ("en", "Arrivals had reached 53,000 by Friday, while the $566 million appeal remained underfunded.",
     "2023-06-10", [("by Friday", N, "2023-06-09", "until"), None]),
    ("ar", "بلغ عدد الوافدين 53 ألفا حتى يوم الجمعة، في حين لم يمول النداء البالغ 566 مليون دولار.",
     "2023-06-10", [("حتى يوم الجمعة", N, "2023-06-09", "until"), None]),
    # A "when" clause lends its event time to the clause before it, never a reporting day.
    ("fr", "Au moins 4 personnes ont été tuées lorsqu'un séisme a frappé la région lundi, selon les autorités.",
     "2023-11-06", [("lundi", "2023-11-06", "2023-11-06", "at")]),
    ("en", "At least 4 people were killed when an earthquake struck the region on Monday, officials said.",
     "2023-11-06", [("on Monday", "2023-11-06", "2023-11-06", "at")]),
    ("ar", "قتل 4 أشخاص على الأقل عندما ضرب زلزال المنطقة يوم الاثنين، بحسب السلطات.",
     "2023-11-06", [("يوم الاثنين", "2023-11-06", "2023-11-06", "at")]),
    ("en", "Officials said on Friday they had detained 4,000 people after unrest that began when thousands protested.",
     "2022-01-07", [("on Friday", "2022-01-07", "2022-01-07", "at"), None]),
    # A sentence continuing the statement ("…, he said", "parmi eux", "وأضاف") keeps its time.
    ("fr", "Plus de 8 000 civils ont été tués depuis le 24 février 2022. Plus de 13 000 ont été blessés, a-t-il dit.",
     "2023-02-21", [("depuis le 24 février 2022", "2022-02-24", "2023-02-21", "since")] * 2),
    ("en", "More than 8,000 civilians have been killed since February 24, 2022. More than 13,000 were injured, it said.",
     "2023-02-21", [("since February 24, 2022", "2022-02-24", "2023-02-21", "since")] * 2),
    ("ar", "قتل أكثر من 8 آلاف مدني منذ 24 فبراير 2022. وأضاف أن أكثر من 13 ألفا أصيبوا.",
     "2023-02-21", [("منذ 24 فبراير 2022", "2022-02-24", "2023-02-21", "since")] * 2),
    ("en", "The army called up 300,000 reservists, the minister said on Friday. Of those, 82,000 are at the front.",
     "2022-10-28", [("on Friday", "2022-10-28", "2022-10-28", "at")] * 2),
    # "à partir de", "starting", "اعتبارا من": the nearer occurrence; ahead of P, an open end.
    ("fr", "Le plafond passera à 3 549 livres à partir d'octobre.", "2022-08-26",
     [("à partir d'octobre", "2022-10-01", N, "after")]),
    ("en", "The cap will rise to 3,549 pounds starting in October.", "2022-08-26",
     [("starting in October", "2022-10-01", N, "after")]),
    ("ar", "سيرتفع السقف إلى 3549 جنيها اعتبارا من أكتوبر.", "2022-08-26",
     [("اعتبارا من أكتوبر", "2022-10-01", N, "after")]),
    ("fr", "Le prix est de 12 euros à partir du 1er septembre.", "2022-10-04",
     [("à partir du 1er septembre", "2022-09-01", "2022-10-04", "since")]),
    # Since an undated event: start unknown, end P.
    ("fr", "Plus de 300 civils ont été tués depuis le début de l'invasion.", "2024-04-04",
     [("depuis le début de l'invasion", N, "2024-04-04", "since")]),
    ("en", "More than 300 civilians have been killed since the invasion began.", "2024-04-04",
     [("since the invasion began", N, "2024-04-04", "since")]),
    ("ar", "قتل أكثر من 300 مدني منذ بدء الغزو.", "2024-04-04", [("منذ بدء الغزو", N, "2024-04-04", "since")]),
    # A since far from its month: the month's first day.
    ("en", "Hundreds of trucks have been stalled since the council failed to renew the mechanism in July.", "2023-08-09",
     [("since the council failed to renew the mechanism in July", "2023-07-01", "2023-08-09", "since")]),
    # Comparison bases and records are not the figure's time.
    ("fr", "Le budget atteindra 10 800 milliards de roubles l'an prochain, soit 70 % de plus qu'en 2023.", "2023-09-29",
     [("l'an prochain", "2024-01-01", "2024-12-31", "during")] * 2),
    ("en", "Spending will reach 10.8 trillion roubles next year, 70 percent more than in 2023.", "2023-09-29",
     [("next year", "2024-01-01", "2024-12-31", "during")] * 2),
    ("ar", "سيبلغ الإنفاق 10.8 تريليون روبل العام المقبل، بزيادة 70 في المائة مقارنة بعام 2023.", "2023-09-29",
     [("العام المقبل", "2024-01-01", "2024-12-31", "during")] * 2),
    ("en", "Inflation reached 85.5 percent, its highest level since 1998, data showed on Thursday.", "2022-11-03",
     [("on Thursday", "2022-11-03", "2022-11-03", "at")]),
    # A date naming a document is no figure's time.
    ("fr", "Le décret du 21/09/2022 a permis d'appeler 300 000 réservistes, a annoncé vendredi le ministre.",
     "2022-10-28", [("vendredi", "2022-10-28", "2022-10-28", "at")]),
    ("en", "The Sept. 21 decree called up 300,000 reservists, the minister said on Friday.", "2022-10-28",
     [("on Friday", "2022-10-28", "2022-10-28", "at")]),
    ("ar", "أعلن الوزير الجمعة استدعاء 300 ألف جندي بموجب المرسوم الصادر في 21/09/2022.", "2022-10-28",
     [("الجمعة", "2022-10-28", "2022-10-28", "at")]),
    # Seasons are kept unresolved.
    ("fr", "Le pays attend une récolte de 10 millions de tonnes cette saison.", "2024-04-08",
     [("cette saison", N, N, "during")]),
    ("en", "Twenty-five trusts have declared critical incidents this winter.", "2024-03-10",
     [("this winter", N, N, "during")]),
    ("ar", "تلقى 58 بالمئة من المسنين اللقاح هذا الخريف.", "2024-01-12", [("هذا الخريف", N, N, "during")]),
    ("en", "In spring 2016, roughly ten million people were displaced.", "2017-01-10", [("spring 2016", N, N, "during")]),
    ("fr", "Au printemps 2016, environ dix millions de personnes ont fui.", "2017-01-10", [("printemps 2016", N, N, "during")]),
    # a decade: the year ending in 0 with its ending or after a word of decades, ten years
    ("en", "In the 1920s, 40,000 people lived in the valley.", "2017-01-10", [("1920s", "1920-01-01", "1929-12-31", "during")]),
    ("fr", "Dans les années 1920, 40 000 personnes vivaient dans la vallée.", "2017-01-10", [("1920", "1920-01-01", "1929-12-31", "during")]),
    ("ar", "في العقد 1990 عاش 40 ألف شخص في الوادي.", "2017-01-10", [("في العقد 1990", "1990-01-01", "1999-12-31", "during")]),
    ("ar", "في ربيع عام 2016، نزح نحو عشرة ملايين شخص.", "2017-01-10", [("ربيع عام 2016", N, N, "during")]),
    ("en", "Prices saw a fall in 2016 of 5%.", "2017-01-10", [("in 2016", "2016-01-01", "2016-12-31", "during")]),
    # A fiscal year ending in a month: the twelve months to its end.
    ("fr", "Apple a exporté pour 10 milliards de dollars au cours de l'exercice clos en mars.", "2024-04-10",
     [("l'exercice clos en mars", "2023-04-01", "2024-03-31", "during")]),
    ("en", "Apple exported $10bn of iPhones in the fiscal year to March.", "2024-04-10",
     [("the fiscal year to March", "2023-04-01", "2024-03-31", "during")]),
    ("ar", "صدرت أبل ما قيمته 10 مليارات دولار خلال السنة المالية المنتهية في مارس.", "2024-04-10",
     [("السنة المالية المنتهية في مارس", "2023-04-01", "2024-03-31", "during")]),
    # "the previous quarter" is the one before the quarter just named; "au 3e trimestre" is in it.
    ("fr", "Le chômage est monté à 7,4 % au 3e trimestre, contre 7,2 % au trimestre précédent.", "2023-11-14",
     [("au 3e trimestre", "2023-07-01", "2023-09-30", "during"), ("au trimestre précédent", "2023-04-01", "2023-06-30", "during")]),
    ("en", "Unemployment rose to 7.4 percent in the 3rd quarter from 7.2 percent in the previous quarter.", "2023-11-14",
     [("3rd quarter", "2023-07-01", "2023-09-30", "during"), ("in the previous quarter", "2023-04-01", "2023-06-30", "during")]),
    ("ar", "ارتفعت البطالة إلى 7.4 بالمئة في الربع الثالث، مقابل 7.2 بالمئة في الربع السابق.", "2023-11-14",
     [("في الربع الثالث", "2023-07-01", "2023-09-30", "during"), ("في الربع السابق", "2023-04-01", "2023-06-30", "during")]),
    # A year with no marker is a year ("loi de finances 2023"); one in a name is not ("Coupe du monde 2022").
    ("fr", "Le Parlement a adopté jeudi la loi de finances 2023, qui prévoit 13 786 milliards de dinars.", "2022-11-24",
     [("2023", "2023-01-01", "2023-12-31", "during")]),
    ("fr", "L'Arabie a battu l'Argentine mardi dans la Coupe du monde 2022, après une série de 36 matches.", "2022-11-22",
     [("mardi", "2022-11-22", "2022-11-22", "at")]),
    ("en", "Saudi Arabia beat Argentina on Tuesday at the World Cup 2022, ending a run of 36 games.", "2022-11-22",
     [("on Tuesday", "2022-11-22", "2022-11-22", "at")]),
    ("ar", "فاز المنتخب السعودي الثلاثاء في كأس العالم 2022، لينهي سلسلة من 36 مباراة.", "2022-11-22",
     [("الثلاثاء", "2022-11-22", "2022-11-22", "at")]),
    # A standing population has no time.
    ("fr", "Plus de 3 000 Russes sont entrés depuis le 21 septembre dans ce pays de 3,4 millions d'habitants.",
     "2022-10-05", [("depuis le 21 septembre", "2022-09-21", "2022-10-05", "since"), None]),
    ("ar", "دخل أكثر من 3000 روسي منذ 21 سبتمبر إلى بلد يبلغ عدد سكانه 3.4 مليون نسمة.",
     "2022-10-05", [("منذ 21 سبتمبر", "2022-09-21", "2022-10-05", "since"), None]),
    # Two times a range's opener and joiner join are one period, from the start of the first to the end
    # of the second; times that a figure stands between stay two.
    ("en", "Between October 2013 and February 2014, four bridges were repaired.", "2015-01-10",
     [("Between October 2013 and February 2014", "2013-10-01", "2014-02-28", "during")]),
    ("fr", "Entre octobre 2013 et février 2014, quatre ponts ont été réparés.", "2015-01-10",
     [("Entre octobre 2013 et février 2014", "2013-10-01", "2014-02-28", "during")]),
    ("ar", "في الفترة من أكتوبر 2013 إلى فبراير 2014 أصلح 4 جسور.", "2015-01-10",
     [("من أكتوبر 2013 إلى فبراير 2014", "2013-10-01", "2014-02-28", "during")]),
    ("ar", "بين عامي 2010 و2012، توفي نحو 100 ألف شخص.", "2015-01-10",
     [("بين عامي 2010 و2012", "2010-01-01", "2012-12-31", "during")]),
    ("en", "Exports rose from 5% in 2010 to 7% in 2012.", "2015-01-10",
     [("in 2010", "2010-01-01", "2010-12-31", "during"), ("in 2012", "2012-01-01", "2012-12-31", "during")]),
    # "the last year of nursery school" is no period.
    ("en", "The ministry promised at most 24 pupils per class from the last year of nursery school.", "2024-09-02", [None]),
]


@pytest.mark.parametrize("lang, text, published, expected", RULE_ROWS, ids=[f"{r[0]}:{r[1][:35]}" for r in RULE_ROWS])
def test_time_rules(lang: str, text: str, published: str, expected: list) -> None:
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
        env = dict(FAULTHANDLER_ENV, TZ=tz)
        res = run_process([*CLAIMX, "extract", "--date", "2022-10-04", str(f)], env=env)
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


# -- the faster searches find what the plain ones find -------------------------------------------
def test_lower_casing_keeps_what_the_patterns_test() -> None:
    """The lower-cased twins (claimx.packs.patterns.FOLDED) rely on this: lower-casing maps a character to one
    character, a letter, digit or space alike, and the characters ``re`` folds specially are all
    lower case already (checked over all of Unicode, for the running Python)."""
    from claimx.packs.patterns import UNFOLDABLE

    assert all(c.lower() == c for c in UNFOLDABLE)
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if low == c:
            continue
        if len(low) != 1:
            assert c == "\u0130", hex(code)  # İ: a text holding it is searched as written
            continue
        word = lambda x: x.isalnum() or x == "_"  # noqa: E731
        assert (word(c), c.isdigit(), c.isdecimal(), c.isspace()) == (word(low), low.isdigit(), low.isdecimal(), low.isspace()), hex(code)


TRICKY = [
    "ſince Last WEEK, 3 millions", "İstanbul : DEPUIS LE 21 SEPTEMBRE", "Σ Last Week", "K2 LAST week",
    "MARDI 4 OCTOBRE, il a indiqué", "The Last Year", "au 3e TRIMESTRE", "IL Y A DEUX SEMAINES",
]


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_lower_cased_twins_find_the_same(lang: str) -> None:
    import re

    from claimx.normalize import normalize
    from claimx.packs import load_pack
    from claimx.packs.patterns import FOLDED
    from claimx.time.patterns import time_pack
    from claimx.time.scan import Scan

    pack = load_pack(lang)
    tp = time_pack(pack)
    texts = [json.loads(line)["text"] for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()] + TRICKY
    patterns = [v for v in tp.compiled().values() if isinstance(v, re.Pattern) and id(v) in FOLDED]
    assert patterns or lang == "ar"
    for raw in texts:
        norm = normalize(raw)
        f = Scan(norm, pack, None)
        for text in (norm.text, norm.text.upper(), norm.text.title()):
            f.text, f.low = text, _lowered_or_none(text)
            for pat in patterns:
                for lo in (0, len(text) // 3):
                    plain = [(m.span(), m.groups()) for m in pat.finditer(text, lo, len(text))]
                    assert [(m.span(), m.groups()) for m in f.finditer(pat, lo, len(text))] == plain
                    s = pat.search(text, lo, len(text))
                    t = f.search(pat, lo, len(text))
                    assert (s and (s.span(), s.groups())) == (t and (t.span(), t.groups()))


def _lowered_or_none(text: str) -> str | None:
    from claimx.packs.patterns import lowered

    return lowered(text)


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_ending_tests_pass_wherever_the_search_finds(lang: str) -> None:
    """Each reversed test lets through every left context its search finds something in."""
    from claimx.normalize import normalize
    from claimx.packs import load_pack
    from claimx.time.patterns import time_pack
    from claimx.time.scan import Scan

    pack = load_pack(lang)
    tp = time_pack(pack)
    pairs = [(tp.relation_end, tp.relation_re), (tp.week_to_end, tp.week_to_re), (tp.year_to_end, tp.year_to_re),
             (tp.from_end, tp.from_re), (tp.baseline_end, tp.baseline_re), (tp.year_name_end, tp.year_name_re),
             (tp.year_before_end, pack.year_before_re)]
    texts = [json.loads(line)["text"] for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = 0
    for raw in texts:
        text = normalize(raw).text
        f = Scan(normalize(raw), pack, None)
        for hi in range(1, len(text) + 1):
            for width in (30, 60):
                lo = max(0, hi - width)
                for test, search in pairs:
                    if search.search(text[lo:hi]):
                        found += 1
                        assert f.ends_with(test, lo, hi), (text[lo:hi], search.pattern[:40])
    assert found


def test_a_holding_test_between_two_positions_is_answered_in_any_order() -> None:
    """``Scan.holds_between``: whether a string of a holding test starts in ``[lo, hi)``, the same
    whatever the order the sentences ask it in (one search forward answers those in text order)."""
    import itertools

    from claimx.normalize import normalize
    from claimx.packs import load_pack
    from claimx.packs.patterns import holding_test
    from claimx.time.scan import Scan as TimeScan

    text = "Cases rose. On Monday 12 died. 4, 5 and 6 were counted. Last weekend 9 more. Nothing."
    test = holding_test(["monday", "last weekend"])  # (each word's longest run: "monday", "weekend")
    spans = [(0, 11), (12, 30), (31, 55), (56, 77), (78, len(text)), (20, 61), (20, 62), (62, 64)]
    truth = {s: any(text.lower().find(w, s[0]) in range(s[0], s[1]) for w in ("monday", "weekend")) for s in spans}
    assert list(truth.values()) == [False, True, False, True, False, False, True, False]
    for order in itertools.islice(itertools.permutations(spans), 0, 5000, 97):
        f = TimeScan(normalize(text), load_pack("en"), None)
        assert [f.holds_between(test, *s) for s in order] == [truth[s] for s in order]
    assert TimeScan(normalize(text), load_pack("en"), None).holds_between(None, 0, 0)
