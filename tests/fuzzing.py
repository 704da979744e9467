"""Hypothesis strategies for structured fuzzing of ``claimx.extract`` (issue 12).

Inputs are built from pieces a news text is made of (numbers in every form and script, scale
words, units, qualifiers, ranges, durations, dates, relative time words) with extreme values,
invisible and invalid characters, long runs and repeats, in Arabic, French and English. Used by
``tests/test_reliability.py`` (a fixed, derandomised budget) and ``benchmarks/fuzz.py`` (long runs).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

LANGS = [None, "ar", "en", "fr"]

ASCII_DIGITS = "0123456789"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "'", "٬", "٫", "\u2009"]

WORDS = {
    "en": ["two", "seven", "twenty-one", "a hundred", "three hundred and five", "a dozen", "half"],
    "fr": ["deux", "sept", "vingt et un", "cent", "deux cent mille", "quatre-vingt-dix", "une dizaine"],
    "ar": ["اثنان", "سبعة", "واحد وعشرون", "مئة", "مائتي ألف", "ألفين", "عشرات"],
}
SCALES = ["thousand", "million", "billion", "trillion", "mille", "millions", "milliards", "ألف", "مليون",
          "مليار", "bn", "m", "k", "M", "آلاف", "ملايين"]
UNITS = ["%", "per cent", "percent", "dollars", "$", "€", "euros", "£", "km", "kilomètres", "tonnes", "tons",
         "degrees", "°C", "people", "personnes", "شخص", "دولار", "يورو", "كيلومتر", "في المئة", "years old", "ans",
         "عاما", "barrels", "hectares", "MW"]
QUALIFIERS = ["more than", "over", "about", "nearly", "at least", "up to", "plus de", "près de", "environ",
              "au moins", "moins de", "أكثر من", "نحو", "حوالي", "ما لا يقل عن", "أقل من"]
JOINERS = [" and ", " to ", " - ", "-", "–", " et ", " à ", " و", " إلى ", "/", " or "]
RANGE_OPENERS = ["between", "from", "entre", "de", "من", "ما بين"]
DURATION_UNITS = ["days", "weeks", "months", "years", "decades", "jours", "semaines", "mois", "ans", "أيام",
                  "أسابيع", "أشهر", "سنوات", "عاما", "يومين", "hours", "heures", "ساعة"]
DURATION_FRAMES = ["{n} {u} ago", "il y a {n} {u}", "منذ {n} {u}", "in the past {n} {u}", "au cours des {n} derniers {u}",
                   "خلال {n} {u} الماضية", "within {n} {u}", "en {n} {u}", "over the next {n} {u}", "{n} {u} earlier"]
MONTHS = ["January", "February", "September", "Sept.", "December", "janvier", "février", "septembre", "décembre",
          "يناير", "فبراير", "سبتمبر", "ديسمبر", "أيلول", "شباط", "كانون الأول", "Muharram", "رمضان"]
WEEKDAYS = ["Monday", "Tuesday", "Sunday", "lundi", "mardi", "dimanche", "الاثنين", "الثلاثاء", "الأحد", "يوم الجمعة"]
RELATIVE = ["last week", "yesterday", "today", "next year", "last year", "this month", "next month", "so far this year",
            "last quarter", "the previous quarter", "in the third quarter", "this weekend", "la semaine dernière",
            "hier", "l'an prochain", "le mois dernier", "depuis le début de l'année", "au troisième trimestre",
            "الأسبوع الماضي", "أمس", "العام المقبل", "الشهر الماضي", "منذ بداية العام", "في الربع الثالث",
            "since", "until", "by", "depuis", "jusqu'au", "منذ", "حتى", "before", "after", "à partir du",
            "in the week to", "la semaine précédant le", "l'exercice clos en"]
FILLER = ["people fled", "the UN said", "selon l'ONU", "according to the ministry", "a déclaré mardi que",
          "قالت الأمم المتحدة", "وأضاف", "said on Tuesday that", ", he said.", "Le ministre", "Reuters", "(AFP) -",
          "GENEVA, 14 March 2024 —", "Publié le 3 octobre 2022", "COVID-19", "A320", "5G", "2021-2022", "won 2-1",
          "at 10:30", "à 14h", "+212 5 22 45 67 89", "Ligue 1", "aged 65", "âgé de 29 ans", "the 3rd", "1er",
          "\n", "\n\n", ".", ",", "،", "؟", "!", ";", ":", "«", "»", "\"", "(", ")", "M.", "Dr."]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
             "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\ufeff", "\u0640", "\u064b", "\u0651", "\u0301",
             "\ufb01", "\ufefb", "\ufe8d", "\u0300"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc80", "\ud83d"]


def _digits(alphabet: str, max_len: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=1, max_size=max_len)


@st.composite
def numbers(draw: Any) -> str:
    """A number as written: plain, grouped, decimal, in three scripts, huge or tiny, or in words."""
    alphabet = draw(st.sampled_from([ASCII_DIGITS, ARABIC_DIGITS, PERSIAN_DIGITS]))
    kind = draw(st.sampled_from(["plain", "grouped", "decimal", "words", "huge", "scaled"]))
    if kind == "plain":
        return draw(_digits(alphabet, 6))
    if kind == "grouped":
        sep = draw(st.sampled_from(SEPARATORS))
        groups = draw(st.lists(_digits(alphabet, 3), min_size=2, max_size=6))
        return sep.join(groups)
    if kind == "decimal":
        return draw(_digits(alphabet, 25)) + draw(st.sampled_from([".", ",", "٫"])) + draw(_digits(alphabet, 12))
    if kind == "words":
        return str(draw(st.sampled_from([w for ws in WORDS.values() for w in ws])))
    if kind == "huge":
        return draw(st.sampled_from(["1", "9", "٥"])) + "0" * draw(st.integers(20, 5000))
    base = draw(_digits(alphabet, 4))
    return base + " " + " ".join(draw(st.lists(st.sampled_from(SCALES), min_size=1, max_size=8)))


@st.composite
def quantities(draw: Any) -> str:
    n = draw(numbers())
    unit = draw(st.sampled_from(["", *UNITS]))
    qual = draw(st.sampled_from(["", *QUALIFIERS]))
    glue = draw(st.sampled_from([" ", "", "\u00a0"]))
    text = f"{qual} {n}{glue}{unit}".strip()
    if draw(st.booleans()):
        text = f"{draw(st.sampled_from(RANGE_OPENERS))} {text}{draw(st.sampled_from(JOINERS))}{draw(numbers())} {unit}"
    return text


@st.composite
def times(draw: Any) -> str:
    kind = draw(st.sampled_from(["duration", "date", "numeric", "relative", "weekday", "year"]))
    if kind == "duration":
        n = draw(st.one_of(numbers(), st.integers(0, 10**30).map(str)))
        return draw(st.sampled_from(DURATION_FRAMES)).format(n=n, u=draw(st.sampled_from(DURATION_UNITS)))
    if kind == "date":
        day = draw(st.integers(0, 99))
        year = draw(st.one_of(st.just(""), st.integers(0, 99999).map(str)))
        month = draw(st.sampled_from(MONTHS))
        return draw(st.sampled_from([f"{day} {month} {year}", f"{month} {day}, {year}", f"le {day} {month}",
                                     f"{day} و{day + 1} {month}", f"{month} {year}"])).strip()
    if kind == "numeric":
        a, b, c = draw(st.integers(0, 99)), draw(st.integers(0, 99)), draw(st.integers(0, 99999))
        return f"{a}{draw(st.sampled_from('/.-'))}{b}{draw(st.sampled_from('/.-'))}{c}"
    if kind == "relative":
        return str(draw(st.sampled_from(RELATIVE)))
    if kind == "weekday":
        return str(draw(st.sampled_from(WEEKDAYS)))
    return f"{draw(st.sampled_from(['in', 'en', 'عام', 'since', 'depuis']))} {draw(st.integers(0, 99999))}"


@st.composite
def pieces(draw: Any) -> str:
    piece = draw(st.one_of(quantities(), times(), st.sampled_from(FILLER), st.sampled_from(INVISIBLE),
                           st.sampled_from(SURROGATES), st.text(max_size=8)))
    if draw(st.integers(0, 9)) == 0:  # a long run: the same piece many times over
        sep = draw(st.sampled_from([" ", ", ", "-", " - ", "/", "، ", " et ", "\n"]))
        piece = sep.join([piece] * draw(st.integers(2, 400)))
    return str(piece)


@st.composite
def texts(draw: Any) -> str:
    parts = draw(st.lists(pieces(), min_size=1, max_size=14))
    seps = draw(st.lists(st.sampled_from([" ", " ", ", ", ". ", "\n\n", "", "\u200f "]), min_size=len(parts),
                         max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


publication_dates = st.one_of(
    st.none(), st.just(dt.date.min), st.just(dt.date.max), st.dates(),
    st.sampled_from([dt.date(2024, 2, 29), dt.date(2023, 2, 28), dt.date(1, 1, 8), dt.date(9999, 12, 25)]),
)
languages = st.sampled_from(LANGS)
