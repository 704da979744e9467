"""One table per stage: (lang, text, expected claims). Expected = (text, value, value_high, unit, qualifier)."""

from __future__ import annotations

import pytest

import claimx

R = None  # no value_high

ROWS: list[tuple[str, str, list[tuple[str, float, float | None, str, str]]]] = [
    # -- separators and digits --
    ("en", "Officials counted 200,000 refugees.", [("200,000", 200000, R, "count", "exact")]),
    ("fr", "On compte 200 000 réfugiés.", [("200 000", 200000, R, "count", "exact")]),
    ("fr", "On compte 200\u00a0000 réfugiés.", [("200\u00a0000", 200000, R, "count", "exact")]),
    ("fr", "On compte 200\u202f000 réfugiés.", [("200\u202f000", 200000, R, "count", "exact")]),
    ("fr", "On compte 200.000 réfugiés.", [("200.000", 200000, R, "count", "exact")]),
    ("fr", "Le taux atteint 1,5 % cette année.", [("1,5 %", 1.5, R, "percent", "exact")]),
    ("en", "Inflation reached 1.5% in the quarter.", [("1.5%", 1.5, R, "percent", "exact")]),
    ("ar", "وصل ٢٠٠٬٠٠٠ لاجئ إلى الحدود", [("٢٠٠٬٠٠٠", 200000, R, "count", "exact")]),
    ("ar", "ارتفع التضخم إلى ١٢٫٥٪ في العام", [("١٢٫٥٪", 12.5, R, "percent", "exact")]),
    ("ar", "أصيب ۲۵ شخصا في الحادث", [("۲۵", 25, R, "count", "exact")]),
    ("en", "The bill totalled 1,234.5 dollars.", [("1,234.5 dollars", 1234.5, R, "currency:USD", "exact")]),
    ("fr", "La facture s'élève à 1.234,5 euros.", [("1.234,5 euros", 1234.5, R, "currency:EUR", "exact")]),
    # -- scale words --
    ("ar", "دخل 200 ألف شخص البلاد", [("200 ألف", 200000, R, "count", "exact")]),
    ("ar", "دخل أكثر من 53 ألفًا البلاد", [("أكثر من 53 ألفًا", 53000, R, "count", "more_than")]),
    ("ar", "يعيش 25 مليون نسمة في البلاد", [("25 مليون", 25000000, R, "count", "exact")]),
    ("ar", "خصصت الحكومة 3 مليارات دولار", [("3 مليارات دولار", 3000000000, R, "currency:USD", "exact")]),
    ("fr", "Le pays compte 1,5 million d'habitants.", [("1,5 million", 1500000, R, "count", "exact")]),
    ("fr", "Un plan de 3,2 milliards d'euros a été voté.", [("3,2 milliards d'euros", 3200000000, R, "currency:EUR", "exact")]),
    ("en", "The club spent £2.8bn on players.", [("£2.8bn", 2800000000, R, "currency:GBP", "exact")]),
    ("en", "The fund raised $1.5m last year.", [("$1.5m", 1500000, R, "currency:USD", "exact")]),
    ("en", "Some 2 million people voted.", [("Some 2 million", 2000000, R, "count", "approx")]),
    ("en", "The deal is worth €80m for the club.", [("€80m", 80000000, R, "currency:EUR", "exact")]),
    # -- number words --
    ("fr", "deux cent mille soldats ont été mobilisés", [("deux cent mille", 200000, R, "count", "exact")]),
    ("fr", "soixante-dix blessés ont été évacués", [("soixante-dix", 70, R, "count", "exact")]),
    ("fr", "quatre-vingt-dix-sept maisons ont brûlé", [("quatre-vingt-dix-sept", 97, R, "count", "exact")]),
    ("fr", "vingt et un soldats sont morts", [("vingt et un", 21, R, "count", "exact")]),
    ("en", "two hundred thousand troops were sent", [("two hundred thousand", 200000, R, "count", "exact")]),
    ("en", "twenty-five villages were flooded", [("twenty-five", 25, R, "count", "exact")]),
    ("ar", "أرسلت ثلاثمائة ألف جندي", [("ثلاثمائة ألف", 300000, R, "count", "exact")]),
    ("ar", "فر عشرين ألف شخص", [("عشرين ألف", 20000, R, "count", "exact")]),
    ("ar", "اعتقل ألفين متظاهر", [("ألفين", 2000, R, "count", "exact")]),
    ("ar", "نزح مليونين شخص", [("مليونين", 2000000, R, "count", "exact")]),
    ("ar", "عبر مئتي ألف لاجئ", [("مئتي ألف", 200000, R, "count", "exact")]),
    ("ar", "قتل خمسة وعشرون شخصا", [("خمسة وعشرون", 25, R, "count", "exact")]),
    ("ar", "أنفقت عشرة ملايين دولار", [("عشرة ملايين دولار", 10000000, R, "currency:USD", "exact")]),
    # -- percentages --
    ("fr", "Le chômage a baissé de 30 pour cent.", [("30 pour cent", 30, R, "percent", "exact")]),
    ("en", "Turnout was 30 per cent.", [("30 per cent", 30, R, "percent", "exact")]),
    ("ar", "بزيادة قدرها 30 في المائة", [("30 في المائة", 30, R, "percent", "exact")]),
    ("ar", "انخفضت الأسعار 7 بالمئة", [("7 بالمئة", 7, R, "percent", "exact")]),
    # -- ranges --
    ("en", "between 5,000 and 6,000 people", [("between 5,000 and 6,000", 5000, 6000, "count", "range")]),
    ("fr", "entre 5 000 et 6 000 personnes", [("entre 5 000 et 6 000", 5000, 6000, "count", "range")]),
    ("fr", "de 5 000 à 6 000 personnes", [("de 5 000 à 6 000", 5000, 6000, "count", "range")]),
    ("ar", "عبر من 5000 إلى 6000 شخص", [("من 5000 إلى 6000", 5000, 6000, "count", "range")]),
    ("en", "5,000-6,000 people a day", [("5,000-6,000", 5000, 6000, "count", "range")]),
    ("en", "between 5 and 6 million people", [("between 5 and 6 million", 5000000, 6000000, "count", "range")]),
    ("en", "prices rose 10–15% this year", [("10–15%", 10, 15, "percent", "range")]),
    ("fr", "des rafales de 3 à 5 km", [("de 3 à 5 km", 3000, 5000, "length:m", "range")]),
    ("ar", "بين 5 و6 آلاف شخص", [("بين 5 و6 آلاف", 5000, 6000, "count", "range")]),
    # -- vague counts --
    ("en", "thousands of people marched", [("thousands", 1000, R, "count", "at_least")]),
    ("en", "tens of thousands of people marched", [("tens of thousands", 10000, R, "count", "at_least")]),
    ("fr", "des milliers de manifestants", [("des milliers", 1000, R, "count", "at_least")]),
    ("fr", "des dizaines de milliers de manifestants", [("des dizaines de milliers", 10000, R, "count", "at_least")]),
    ("ar", "خرج آلاف المتظاهرين", [("آلاف", 1000, R, "count", "at_least")]),
    ("ar", "خرج عشرات الآلاف من المتظاهرين", [("عشرات الآلاف", 10000, R, "count", "at_least")]),
    # -- qualifiers --
    ("en", "at least 12 people died", [("at least 12", 12, R, "count", "at_least")]),
    ("en", "nearly 66,000 Russians entered", [("nearly 66,000", 66000, R, "count", "approx")]),
    ("en", "up to 300,000 reservists", [("up to 300,000", 300000, R, "count", "at_most")]),
    ("en", "fewer than 50 people", [("fewer than 50", 50, R, "count", "less_than")]),
    ("en", "200 people or more", [("200", 200, R, "count", "at_least")]),
    ("fr", "au moins 12 morts", [("au moins 12", 12, R, "count", "at_least")]),
    ("fr", "près de 69 000 Russes", [("près de 69 000", 69000, R, "count", "approx")]),
    ("fr", "environ 300 blessés", [("environ 300", 300, R, "count", "approx")]),
    ("fr", "quelque 300 blessés", [("quelque 300", 300, R, "count", "approx")]),
    ("fr", "jusqu'à 300 000 réservistes", [("jusqu'à 300 000", 300000, R, "count", "at_most")]),
    ("fr", "moins de 50 personnes", [("moins de 50", 50, R, "count", "less_than")]),
    ("fr", "plus d'un million de visiteurs", [("plus d'un million", 1000000, R, "count", "more_than")]),
    ("ar", "ما لا يقل عن 200 ألف روسي", [("ما لا يقل عن 200 ألف", 200000, R, "count", "at_least")]),
    ("ar", "حوالي 5000 شخص", [("حوالي 5000", 5000, R, "count", "approx")]),
    ("ar", "نحو 20 في المائة", [("نحو 20 في المائة", 20, R, "percent", "approx")]),
    ("ar", "ما يقرب من 66 ألف مواطن", [("ما يقرب من 66 ألف", 66000, R, "count", "approx")]),
    ("ar", "قرابة 70 ألف شخص", [("قرابة 70 ألف", 70000, R, "count", "approx")]),
    ("ar", "ما يصل إلى 300 ألف مواطن", [("ما يصل إلى 300 ألف", 300000, R, "count", "at_most")]),
    ("ar", "أقل من 50 شخصا", [("أقل من 50", 50, R, "count", "less_than")]),
    ("ar", "قتل 12 شخصا على الأقل", [("12", 12, R, "count", "at_least")]),
    # -- units --
    ("fr", "pendant 30 jours", [("30 jours", 2592000, R, "duration:s", "exact")]),
    ("en", "a 12-hour curfew", [("12-hour", 43200, R, "duration:s", "exact")]),
    ("fr", "une file de 3 km", [("3 km", 3000, R, "length:m", "exact")]),
    ("en", "2 tonnes of grain", [("2 tonnes", 2000, R, "mass:kg", "exact")]),
    ("fr", "500 hectares ont brûlé", [("500 hectares", 5000000, R, "area:m2", "exact")]),
    ("fr", "un appartement de 80 m²", [("80 m²", 80, R, "area:m2", "exact")]),
    ("en", "winds of 120 km/h", [("120 km/h", 120, R, "speed:km/h", "exact")]),
    ("fr", "il a fait 45 °C à l'ombre", [("45 °C", 45, R, "temperature:C", "exact")]),
    ("ar", "بلغت الحرارة 45 درجة مئوية", [("45 درجة مئوية", 45, R, "temperature:C", "exact")]),
    ("ar", "أنتجت المزرعة 2 طن", [("2 طن", 2000, R, "mass:kg", "exact")]),
    ("ar", "بلغت الخسائر 500 مليون جنيه مصري", [("500 مليون جنيه مصري", 500000000, R, "currency:EGP", "exact")]),
    ("ar", "بتكلفة 40 مليون ريال سعودي", [("40 مليون ريال سعودي", 40000000, R, "currency:SAR", "exact")]),
    ("fr", "un budget de 300 millions de dirhams", [("300 millions de dirhams", 300000000, R, "currency:MAD", "exact")]),
    ("en", "fined 5 million roubles", [("5 million roubles", 5000000, R, "currency:RUB", "exact")]),
    ("ar", "ارتفعت الحصيلة إلى 1234 يوم الاثنين", [("1234", 1234, R, "count", "exact")]),
    ("fr", "Le CAC 40 a gagné 1,2 % à 7 345,67 points.", [("1,2 %", 1.2, R, "percent", "exact"), ("7 345,67", 7345.67, R, "count", "exact")]),
    # -- ages --
    ("fr", "Alexandre, 29 ans, chauffeur de bus", [("29 ans", 29, R, "age:year", "exact")]),
    ("en", "a 24-year-old driver", [("24-year-old", 24, R, "age:year", "exact")]),
    ("en", "the plan was announced by Élisabeth Borne, 62.", [("62", 62, R, "age:year", "exact")]),
    ("ar", "الشاب البالغ من العمر 29 عاما", [("29 عاما", 29, R, "age:year", "exact")]),
]


def _ids() -> list[str]:
    return [f"{lang}:{text[:40]}" for lang, text, _ in ROWS]


@pytest.mark.parametrize("lang, text, expected", ROWS, ids=_ids())
def test_quantities(lang: str, text: str, expected: list[tuple[str, float, float | None, str, str]]) -> None:
    got = [
        (c.text, c.quantity.value, c.quantity.value_high, c.quantity.unit, c.quantity.qualifier)
        for c in claimx.extract(text, lang=lang)
    ]
    assert got == expected


NOT_CLAIMS = [
    ("fr", "Le sommet s'est tenu le 21 septembre 2022 à Paris."),
    ("fr", "Depuis le 4 octobre, la situation empire."),
    ("en", "The summit took place on September 21, 2022."),
    ("en", "Talks resumed in 2019 and again in 2021."),
    ("ar", "عقدت القمة في 21 سبتمبر الماضي."),
    ("ar", "بدأت الأزمة في عام 2020."),
    ("fr", "Rendez-vous à 10h30 devant la mairie."),
    ("en", "The meeting starts at 10:30 a.m. tomorrow."),
    ("fr", "Les craintes de la Troisième Guerre mondiale s'intensifient."),
    ("fr", "Le XXIe siècle et le 21e siècle."),
    ("en", "She finished 3rd in the 2nd round."),
    ("en", "The COVID-19 pandemic and the H5N1 virus spread."),
    ("en", "He spoke to Radio 4 on Tuesday."),
    ("fr", "Le match de Ligue 1 a été reporté."),
    ("en", "Call +44 20 7946 0958 for details."),
    ("fr", "Appelez le 01 23 45 67 89 pour plus d'informations."),
    ("en", "The Airbus A320 and an F-16 were grounded."),
    ("en", "Liverpool won 2-1 on Saturday."),
    ("fr", "Les deux pays ont signé l'accord."),
    ("en", "The two countries signed the deal."),
    ("fr", "Il y a deux semaines, l'armée a reculé."),
    ("en", "Within two days the border closed."),
    ("ar", "أغلقت الحدود في غضون يومين."),
    ("ar", "عقد الاجتماع يوم الاثنين 12 سبتمبر."),
    ("fr", "0 10"),
    ("en", "Data from 21/09/2022 and 2022-09-21 were used."),
    ("fr", "Les 2 et 3 octobre, des élections ont eu lieu."),
    ("ar", "وأصيب بكوفيد-19 في الشهر الماضي."),
]


@pytest.mark.parametrize("lang, text", NOT_CLAIMS, ids=[t[:40] for _, t in NOT_CLAIMS])
def test_not_claims(lang: str, text: str) -> None:
    assert [c.text for c in claimx.extract(text, lang=lang)] == []
