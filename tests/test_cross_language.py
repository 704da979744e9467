"""The heart of the suite: one fact written in Arabic, French and English gives one neutral record."""

from __future__ import annotations

import pytest

import claimx

FACTS = [
    ("fled-200k", {
        "fr": "Plus de 200 000 Russes ont fui vers le Kazakhstan.",
        "en": "More than 200,000 Russians have fled to Kazakhstan.",
        "ar": "فر أكثر من 200 ألف روسي إلى كازاخستان.",
    }),
    ("georgia-69k", {
        "fr": "Près de 69 000 Russes sont entrés en Géorgie.",
        "en": "Nearly 69,000 Russians entered Georgia.",
        "ar": "دخل ما يقرب من 69 ألف روسي إلى جورجيا.",
    }),
    ("reservists-300k", {
        "fr": "Le ministre prévoit d'enrôler jusqu'à 300 000 réservistes.",
        "en": "The minister plans to enlist up to 300,000 reservists.",
        "ar": "يعتزم الوزير تجنيد ما يصل إلى 300 ألف جندي احتياط.",
    }),
    ("daily-range", {
        "fr": "Entre 5 000 et 6 000 personnes traversent chaque jour.",
        "en": "Between 5,000 and 6,000 people cross every day.",
        "ar": "يعبر ما بين 5000 و6000 شخص يوميا.",
    }),
    ("rise-30pc", {
        "fr": "Les arrivées ont augmenté de 30 % en une semaine.",
        "en": "Arrivals rose by 30% in a week.",
        "ar": "ارتفعت أعداد الوافدين بنسبة 30 في المائة خلال أسبوع.",
    }),
    ("aid-1.5bn-eur", {
        "fr": "L'UE a débloqué 1,5 milliard d'euros d'aide.",
        "en": "The EU released €1.5bn in aid.",
        "ar": "أفرج الاتحاد الأوروبي عن 1.5 مليار يورو من المساعدات.",
    }),
    ("at-least-12-dead", {
        "fr": "Au moins 12 personnes ont été tuées.",
        "en": "At least 12 people were killed.",
        "ar": "قتل ما لا يقل عن 12 شخصا.",
    }),
    ("under-50", {
        "fr": "Moins de 50 journalistes ont été accrédités.",
        "en": "Fewer than 50 journalists were accredited.",
        "ar": "اعتُمد أقل من 50 صحفيا.",
    }),
    ("tens-of-thousands", {
        "fr": "Des dizaines de milliers de manifestants ont défilé.",
        "en": "Tens of thousands of protesters marched.",
        "ar": "تظاهر عشرات الآلاف من المحتجين.",
    }),
    ("words-200k", {
        "fr": "Deux cent mille soldats ont été mobilisés.",
        "en": "Two hundred thousand soldiers were mobilised.",
        "ar": "تمت تعبئة مئتي ألف جندي.",
    }),
    ("heat-45C", {
        "fr": "Le thermomètre a atteint 45 °C à Marrakech.",
        "en": "Temperatures reached 45°C in Marrakesh.",
        "ar": "بلغت درجة الحرارة 45 درجة مئوية في مراكش.",
    }),
    ("queue-3km", {
        "fr": "La file d'attente s'étendait sur 3 km.",
        "en": "The queue stretched for 3 km.",
        "ar": "امتد الطابور على مسافة 3 كيلومترات.",
    }),
    ("budget-3bn-usd", {
        "fr": "Le plan coûtera 3 milliards de dollars.",
        "en": "The plan will cost $3bn.",
        "ar": "ستبلغ تكلفة الخطة 3 مليارات دولار.",
    }),
    ("arabic-digits", {
        "fr": "Le taux a atteint 12,5 % en mars.",
        "en": "The rate reached 12.5% in March.",
        "ar": "بلغ المعدل ١٢٫٥٪ في مارس.",
    }),
    ("duration-30-days", {
        "fr": "Ils peuvent rester pendant 30 jours sans visa.",
        "en": "They can stay for 30 days without a visa.",
        "ar": "يمكنهم البقاء لمدة 30 يوما دون تأشيرة.",
    }),
]


@pytest.mark.parametrize("fact, texts", FACTS, ids=[f for f, _ in FACTS])
def test_one_fact_one_record(fact: str, texts: dict[str, str]) -> None:
    keys = {}
    for lang, text in texts.items():
        claims = claimx.extract(text)  # language detected, as a user would run it
        assert [c.lang for c in claims] == [lang] * len(claims), (lang, text)
        keys[lang] = [c.key for c in claims]
    assert keys["ar"] == keys["fr"] == keys["en"] and keys["en"], keys
