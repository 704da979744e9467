"""The not-claim rules: a number the stage read that is no claim, each rule a named function.

A rule takes the scan and the draft of a claim and returns where the scan resumes if it drops the
number (``None`` if it does not). The rules run in the order of ``NOT_CLAIM_RULES``, in four phases
as the draft fills: ``ATOM_RULES`` see the number with its scale and unit; ``YEAR_RULES`` run once
an age is read; ``RANGE_RULES`` see the second number of a range; ``CLAIM_RULES`` see the
qualifier, the unit and the counted noun. The first rule that fires names why the number was
dropped (``Scan.rejected``, ``why_not_claim``).

Dates, clock times written ``10:30``, scores ``2:1`` and phone numbers are masked before any
rule runs (``masks.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from claimx.normalize import norm_key
from claimx.packs.chars import CLAUSE_ENDS
from claimx.quantities.ages import MAX_AGE, age_words_before
from claimx.quantities.atoms import second_atom
from claimx.quantities.model import YEAR, Atom, Draft, left, left_start, near
from claimx.quantities.predicates import (
    is_capitalised_name,
    is_capitalised_words,
    is_clock,
    is_identifier,
    is_line_label,
    is_listed_label,
    is_military_hour,
    is_ordinal,
    is_quoted_title,
    is_year,
    is_year_noun,
    is_year_span,
    next_to_ordinal,
    year_digits,
    year_word_before,
)
from claimx.quantities.qualifiers import quantity_before
from claimx.quantities.scan import Scan, before
from claimx.segment import clause_before

#: A not-claim rule: where the scan resumes if it drops the draft's number, else ``None``.
Rule = Callable[[Scan, Draft], int | None]

# A few words, then the years a count of periods stands for: "full years (2013 and 2014)".
_YEARS_LISTED = regex.compile(rf"(?:[ \t]+[\p{{L}}'’-]+){{0,3}}[ \t]*\({YEAR}(?:[ \t]*(?:,|-|–|\p{{L}}{{1,3}})[ \t]*{YEAR})*\)")
_SYMBOL_YEAR = regex.compile(r"[ \t]*\((?:1[89]\d\d|20\d\d|\p{L}{1,3}-\d{1,3})\)")
_BRACKET_NEXT = re.compile(r"[ \t]*\(")  # what _SYMBOL_YEAR opens with, tried first in re (faster than regex's start)
# The patterns the rules match in a bit of text, compiled once (``regex.match(str, ...)`` looks its
# pattern up in the module's cache at each call, several times the cost of the match).
_DASH_END = regex.compile(r"-\Z")
_LETTER_WORD = regex.compile(r"[\p{L}'’]+")
_CLOSING = regex.compile(r"[\s,.;:)]|\Z")
_NOUN_AFTER_COMPOUND = regex.compile(r"[ \t]+(\p{L}+)")
_CALENDAR_SECONDS = 3_650_000 * 86_400  # a duration beyond it ("seven million years ago") places nothing in the calendar


# -- atom rules: the number with its scale and unit ------------------------------------------------
def ordinal_words(f: Scan, d: Draft) -> int | None:
    """Number words inside an ordinal or a definite reference: "twenty-first", "vingt-deuxième",
    "القرن التاسع عشر"."""
    a = d.a
    return a.end if a.kind == "words" and next_to_ordinal(f, a) else None


def capitalised_words(f: Scan, d: Draft) -> int | None:
    """A capitalised number word inside a sentence before a capitalised word is a name: "Six Flags"."""
    a = d.a
    return a.end if a.kind == "words" and is_capitalised_words(f, a) else None


def quoted_title(f: Scan, d: Draft) -> int | None:
    """A number inside a short title in quotes is part of the name: ``"60 Minutes"``, ``the
    "Three Star Approach"`` (see ``predicates.is_quoted_title``)."""
    a = d.a
    return a.end if a.kind != "vague" and is_quoted_title(f, a) else None


def label_words(f: Scan, d: Draft) -> int | None:
    """Number words after a label word: "chapter two", "top-ten positions"; with a unit they measure
    ("un programme trente jours au plus tard")."""
    a = d.a
    if a.kind == "words" and a.unit is None and f.p.label_before_re.search(_DASH_END.sub(" ", left(f.text, a.start))):
        return a.end
    return None


def address(f: Scan, d: Draft) -> int | None:
    """A street number: "1, rue Sésame"; before the street's name and its kind, then a comma or a
    name: "17611 Loring Lane, Spring" ("3 Wall Street banks" counts banks)."""
    a, text = d.a, f.text
    if a.kind != "digits" or a.unit:
        return None
    if near(f.p.label_after_re, text, a.num_end):
        return a.end
    pos = a.num_end
    if not text[pos + 1 : pos + 2].isupper():
        return None  # (asked first: most numbers have no capitalised word right after them)
    for _ in range(2):  # the street's name: one or two capitalised words
        nm = _STREET_NAME.match(text, pos)
        if nm is None:
            return None
        sm = near(f.p.label_after_re, text, nm.end())
        if sm is not None and _AFTER_STREET.match(text, sm.end()):
            return a.end
        pos = nm.end() - 1
    return None


# A capitalised word of a street's name after its number; after its kind ("Lane"), a comma, the end
# or a capitalised name (the city)
_STREET_NAME = regex.compile(r"[ \t]+\p{Lu}[\p{Ll}'’-]+[ \t]+")
_AFTER_STREET = regex.compile(r"[ \t]*(?:[,;)\n]|\Z|\p{Lu})")


def day_of_month(f: Scan, d: Draft) -> int | None:
    """The day of a month the text names by reference: "يوم 12 من هذا الشهر", "le 12 du mois
    dernier", "on 12 of this month"."""
    a, rx = d.a, f.p.day_of_month_re
    if rx is None or a.kind != "digits" or a.has_scale or not (1 <= a.num_value <= 31) or a.num_value % 1:
        return None
    return a.end if rx.match(f.text, a.num_end) is not None else None


def era_year(f: Scan, d: Draft) -> int | None:
    """A year of an era, of any size and with its years written: "356 BC", "10,000 BCE", "dix
    mille ans av. J.-C.", "356 قبل الميلاد", "632 م"."""
    a = d.a
    ym = f.p.year_after_re.match(f.text, a.num_end)
    if ym is not None and (not a.unit or (a.kind == "digits" and a.value == a.value.to_integral() and ym.end() >= a.end and _era_sized(f, a))):
        return a.end  # with a unit too where the era is spelt as one ("632 م"; "1.8 م" is metres, "180 م/ث" a speed)
    if a.unit == "duration:s" and f.p.year_after_re.match(f.text, a.end):
        return a.end
    return None


def _era_sized(f: Scan, a: Atom) -> bool:
    """Whether a whole number whose era reads as a unit ("632 م") is a year: from 100, or after a
    noun of year ("عام 45م"; "بين 3 و5م" are metres)."""
    if a.value >= 100:
        return True
    wm = year_word_before(f, a.start)
    return wm is not None and is_year_noun(f, wm)


def acronym_name(f: Scan, d: Draft) -> int | None:
    """A number its bracketed acronym repeats is part of a name: "enzyme 2 (ACE2)", "peptidase 4
    (DPP4)", "maladie à coronavirus 19 (COVID-19)"; in a script without capitals the acronym is its
    letters spelt out as words ("ببتيداز 4 (دي بي بي 4)")."""
    a = d.a
    if a.kind != "digits" or a.unit or a.has_scale or "(" not in f.text[a.num_end : a.num_end + 3]:
        return None
    m = _ACRONYM.match(f.text, a.num_end, a.num_end + 40)
    return a.end if m is not None and m.group(1) == f.text[a.start : a.num_end] else None


_ACRONYM = regex.compile(r"[ \t]*\([ \t]*(?:\p{Lu}[\p{L}\d-]*?|(?:\p{Lo}+[ \t]){0,6}\p{Lo}+)[- ]?(\d+)[ \t]*\)")


def line_label(f: Scan, d: Draft) -> int | None:
    """A paragraph or section number opening a line: "31. The", "5.1 Overview", "٢٥ - وفي"; an
    enumerator "(1) a history of travel"."""
    if is_line_label(f, d.a):
        f.label_end = d.a.end
        return d.a.end
    return None


_LABEL_TAIL = regex.compile(r"(?:[-.]\d+)+")


def label_tail_end(text: str, end: int) -> int:
    """Where a label number ends with its sub-numbers: "23-2", "66.1" (a list goes on after them:
    "الفقرات 11 و 23-2 و 66-1 و 156")."""
    tm = _LABEL_TAIL.match(text, end, end + 40)
    return tm.end() if tm is not None else end


def listed_label(f: Scan, d: Draft) -> int | None:
    """The later numbers of a list a label opens: the 243 and 245 of "articles 240, 243 and 245"; a
    number with its counted noun after a comma opens a clause instead ("les années 1920, 40 personnes")."""
    if is_listed_label(f, d.a) and not ("," in f.text[f.label_end : d.a.start] and f.counted_after(d.a.end)[0] is not None):
        f.label_end = label_tail_end(f.text, d.a.end)
        return d.a.end
    return None


def identifier(f: Scan, d: Draft) -> int | None:
    """Digits stuck to letters are a name: "COVID-19", "H5N1", "A320", "5G"; so is "24/7". A scale
    word after the name is a number of its own: "سارس كوف-2 مليون إصابة" (a million cases)."""
    a = d.a
    if a.kind != "digits" or not is_identifier(f, a):
        return None
    return f.digits_end(a.start) if a.has_scale else a.end


def footnote(f: Scan, d: Draft) -> int | None:
    """A footnote or sub-article mark glued to what precedes it: 'ranges"18', "الميزانية(22)",
    "Article 15(3)", "planning.[23]"."""
    a, text = d.a, f.text
    if a.kind != "digits" or a.grouped or a.unit or a.has_scale or a.start < 2:
        return None
    before, after = text[a.start - 2 : a.start], text[a.num_end : a.num_end + 1]
    glued = before[0].isalnum() or before[0] in _CLOSERS
    if before[1] == "(" and after == ")" and glued:
        return a.end
    if before[1] == "[" and after == "]" and (glued or before[0] in _SENTENCE_MARKS):
        return a.end  # a reference mark after a word or a full stop
    if before[1] in ".;,:" and before[0].isalpha() and a.num_end - a.start <= 3 and text[a.num_end : a.num_end + 1] in ("", "\n"):
        return a.end  # "Takes note of the report of the Secretary-General;4": a note mark ending the line
    closed = before[1] in _CLOSERS and not before[0].isspace()  # not an opening '"'
    if before[1] == ")":  # "(Malvinas)1, Gibraltar", "(Fig. 2)2)": a short mark before punctuation or a blank
        closed = closed and a.num_end - a.start <= 3 and _CLOSING.match(text[a.num_end : a.num_end + 1]) is not None
    return a.end if closed else None


_CLOSERS = "\"”»’)]"
_SENTENCE_MARKS = ".,;:!?،؛؟"


def subparagraph_mark(f: Scan, d: Draft) -> int | None:
    """A small number closed by a bracket that no bracket before it opens marks a sub-paragraph:
    "l'article 7 1) j)", "[art. 15 3)]", "near point BP22 3)"."""
    a, text = d.a, f.text
    if a.kind != "digits" or a.grouped or a.unit or a.has_scale or a.num_end - a.start > 3:
        return None
    if text[a.num_end : a.num_end + 1] != ")" or text[a.start - 1 : a.start] == "(":
        return None
    window = text[max(0, a.start - _MARK_REACH) : a.start]
    return a.end if window.rfind("(") <= window.rfind(")") else None


#: how far back an opening bracket is looked for before a number closed by one
_MARK_REACH = 120


def clipped_year(f: Scan, d: Draft) -> int | None:
    """Two digits after an apostrophe that stands for the century, nothing counted after them: a
    year ("in February of '72", "the class of ’98")."""
    a, text = d.a, f.text
    if a.kind != "digits" or a.num_end - a.start != 2 or a.start == 0 or text[a.start - 1] not in "'’":
        return None
    if a.start > 1 and text[a.start - 2].isalnum():
        return None  # "l'1", "rock'n'roll": an apostrophe inside a word
    if f.counted_after(a.num_end)[0] is not None:
        return None  # "'25 people died,' he said": a quotation opens with a count
    return a.num_end


def leading_zero(f: Scan, d: Draft) -> int | None:
    """A whole number written with a leading zero is a time or a code, never a count: "At 0300,",
    "agent 007", "الرمز 0412"."""
    a = d.a
    raw = f.text[a.start : a.num_end]
    if a.kind == "digits" and not a.grouped and len(raw) >= 2 and raw[0] == "0" and raw[1].isdigit():
        return a.end
    return None


def ordinal(f: Scan, d: Draft) -> int | None:
    """Digits with an ordinal ending: "21st", "3e", "2ème". With the shipped packs ``identifier``
    drops these first (digits stuck to letters); this rule is reached only where that one lets
    glued letters pass (a glued unit or scale)."""
    a = d.a
    return a.end if a.kind == "digits" and is_ordinal(f, a) else None


def label(f: Scan, d: Draft) -> int | None:
    """Digits after a label word, or before a year in brackets: "article 15", "resolution 2117
    (2013)", "القرار 1696 (د-16)" ("Population: 61,777 (2014)" is a count: no label is grouped); a number with a unit of measure is no label ("resolution (3136
    mm2 …)")."""
    a = d.a
    measure = a.unit is not None and a.unit not in ("count", "percent") and not a.unit.startswith("currency:")
    if a.kind != "digits" or (measure and not a.unit_glued):  # "article 4C" keeps its glued letter
        return None
    if a.has_scale or (a.grouped and "," in f.text[a.start : a.num_end]):
        return None  # "ويستفيد من البرنامج 25 ألفا", "the enzyme 2,000 times": a label has no scale word, no thousands
    raw = f.text[a.start : a.num_end]
    lm = before(f, f.p.label_before_re, a.start)
    if lm is not None and a.start >= 2 and f.text[a.start - 1] in "-–" and f.text[a.start - 2].isspace():
        lm = None  # "the CAC -1.7%": a sign on the number, where "uranium - 235" has a dash between
    if lm is not None and lm.group().rstrip()[-1:] in "([" and (a.unit is not None or f.counted_after(a.end)[0] is not None):
        lm = None  # "أدنى عدد سجل بشأن تلك الفئة (14 ادعاء)", "en milieu de tableau (77 %)": a count or a
        # measure in brackets after the label word
    named = not a.grouped and raw in f.labels_seen  # "resolution 1591 (2005) ... the 1591 committee"
    symbol_year = not a.grouped and _BRACKET_NEXT.match(f.text, a.num_end) is not None and near(_SYMBOL_YEAR, f.text, a.num_end)
    if lm is not None or named or symbol_year or _uncounted_label(f, d):
        f.label_end = label_tail_end(f.text, a.end)
        if len(raw) >= _NAMED_LABEL_DIGITS:
            f.labels_seen.add(raw)
        return a.end
    return None


_NAMED_LABEL_DIGITS = 3  # a label this long, named again in the paragraph, is the same label


def _uncounted_label(f: Scan, d: Draft) -> bool:
    """A word that is a label only with nothing counted after the number: "mesures nos 38 et 40"."""
    rx = f.p.label_uncounted_re
    return rx is not None and before(f, rx, d.a.start) is not None and f.counted_after(d.a.end)[0] is None


def capitalised_name(f: Scan, d: Draft) -> int | None:
    """A small plain integer right after a capitalised word: "Radio 4", "Ligue 1", "iPhone 15"; with
    the score it opens between two names ("Real Sociedad 0 - 2 Real Madrid": no 2 read alone), or
    going down after a name ("defeated Lisa Raymond 6–4")."""
    a = d.a
    if a.kind != "digits" or not is_capitalised_name(f, a):
        return None
    if a.end - a.start > 2:
        return a.end
    m = _SCORE_TO_NAME.match(f.text, a.end)
    if m is not None and _side_after(f, m.end()):
        return m.end()
    dm = _SCORE_DOWN.match(f.text, a.end)  # "defeated Lisa Raymond 6–4, 6–2": a score going down
    return dm.end() if dm is not None and int(dm.group(1)) <= a.value else a.end


# -- year rules: once an age is read --------------------------------------------------------------
def year(f: Scan, d: Draft) -> int | None:
    """A year a year word announces, with the span it may open: "in 2015", "AD 1000–1300",
    "en 1683,", "في عام 2020"."""
    p, text, a = f.p, f.text, d.a
    # is_year first: most numbers are no year, and the window's year word it reads is kept for `said`
    if not is_year(f, a, None) or not (year_word_before(f, a.start) or _year_word_before_qualifier(f, d)):
        return None
    jm = p.joiner_re.match(text, a.end)
    b = second_atom(f, jm.end()) if jm else None
    if b is not None and is_year_span(f, a, b, jm is not None and (not jm.group().strip().isalpha() or _year_noun_before(f, a.start))):
        return b.end  # "AD 1000–1300", "in 2016-2017", "ما بين عام 1492 و1498 قتل" (a noun of year names both)
    if b is not None and jm is not None and not year_digits(f, b) and _range_opened(f, a.start, jm.group()):
        return None  # "between 2000 and 3000 people": a range of counts its opener opens, no year
    return a.end


def _year_noun_before(f: Scan, start: int) -> bool:
    """Whether the year word before ``start`` is a noun of year ("عام", "year", "année"), not a preposition."""
    wm = year_word_before(f, start)
    return wm is not None and is_year_noun(f, wm)


def _range_opened(f: Scan, start: int, joiner: str) -> bool:
    """Whether the year word before ``start`` is a range's opener whose joiner is ``joiner``."""
    wm = year_word_before(f, start)
    if wm is None:
        return False
    joiners = f.p.range_pairs.get(norm_key(wm.group().strip()))
    return joiners is not None and norm_key(joiner.strip()) in joiners


def _year_word_before_qualifier(f: Scan, d: Draft) -> bool:
    """A year word before a qualifier, nothing counted after: "since at least 2013"; "in more than
    2000 cases" counts cases."""
    if d.qm is None or f.p.year_before_re.search(left(f.text, d.qual_start)) is None:
        return False
    return f.counted_after(d.a.end)[0] is None


# -- range rules: the second number read ---------------------------------------------------------
def year_span(f: Scan, d: Draft) -> int | None:
    """Two years joined as a span: "2021-2022", "(1644-1912)", "the 2016-2017 budget"."""
    b = d.b
    if b is not None and is_year_span(f, d.a, b, not d.paired and not d.joiner.isalpha()):
        return b.end
    return None


def era_span(f: Scan, d: Draft) -> int | None:
    """Two years joined as a span the era after the second one dates, in either order: "between 500
    and 400 BC", "de 3000 à 2500 av. J.-C.", "بين عامي 2205 و 2197 قبل الميلاد"."""
    a, b = d.a, d.b
    if b is None or a.kind != "digits" or b.kind != "digits" or a.has_scale or b.has_scale:
        return None
    if a.value != a.value.to_integral() or b.value != b.value.to_integral():
        return None
    ym = f.p.year_after_re.match(f.text, b.num_end)
    if ym is None or (b.unit and ym.end() < b.end):
        return None
    # an era's letter glued to the second year reads as a unit of both ("626 - 649م"; "1200 - 1500 م" is metres)
    return b.end if not a.unit or (a.unit == b.unit and not f.text[b.num_end : b.num_end + 1].isspace()) else None


def label_range(f: Scan, d: Draft) -> int | None:
    """A range of labels, a plural label word before its opener: "paragraphs from 12 to 15", "les
    articles de 46 à 53", "المواد من 46 إلى 53" ("in size from 8 to 100 passengers" is a count)."""
    p, a, b, om = f.p, d.a, d.b, d.opener
    if b is None or om is None or not d.paired or p.label_range_re is None or a.kind != "digits" or a.unit or b.unit:
        return None
    # the opener read_range found, in the window before the qualifier (a number with no unit: no age's window)
    if p.label_range_re.search(left(f.text, left_start(d.qual_start) + om.start())):
        return b.end
    return None


def score(f: Scan, d: Draft) -> int | None:
    """Two plain numbers joined by a dash, the second not above the first ("won 2-1"), or a set of
    a list of scores ("7-5, 3-6, 6-1")."""
    b = d.b
    if b is None or d.joiner not in ("-", "–", "—") or d.a.unit is not None or b.unit is not None:
        return None
    if d.lo >= d.hi or _in_score_list(f.text, d.a.start, b.end) or _after_score_word(f, d) or _between_names(f, d):
        return b.end  # "won 2-1"; "(7-5, 3-6, 6-1)": a set of a match, beside one the winner took; "lost 1-2"
    return None


# A dash, a number of at most two digits and a capitalised word after it: the rest of a score that a
# number after a team's name opens ("Real Sociedad 0 - 2 Real Madrid").
_SCORE_TO_NAME = regex.compile(r"[ \t]*[-–—][ \t]*\d{1,2}(?!\d)(?=[ \t]+\p{Lu})")
_SCORE_DOWN = regex.compile(r"[ \t]*[-–—][ \t]*(\d{1,2})(?![\d.,]\d)")
_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}\p{M}]*[ \t]+\Z")


def _between_names(f: Scan, d: Draft) -> bool:
    """Whether two numbers of at most two digits joined by a dash stand between two capitalised
    words, the names of the sides, nothing counted after them: "Arsenal 1-3 Chelsea" ("About 20-30
    Syrians" counts; a script without case has no such names)."""
    b = d.b
    if b is None or d.a.kind != "digits" or b.kind != "digits" or d.hi >= 100 or d.a.has_scale or b.has_scale:
        return False
    if _SCORE_TO_NAME.match(f.text, d.a.end) is None or _NAME_BEFORE.search(f.text, max(0, d.a.start - 40), d.a.start) is None:
        return False
    return _side_after(f, b.end)


def _side_after(f: Scan, end: int) -> bool:
    """Whether the capitalised word the number ending at ``end`` reads as counted names a side, a
    noun in the singular and no demonym ("Chelsea", "Real"), or nothing is counted after it:
    "Syrians", "Syriens" are counted."""
    word = f.counted_after(end)[0]
    if word is None:
        return True
    return bool(f.p.plural_endings) and _names_one(f, norm_key(word))


def _names_one(f: Scan, key: str) -> bool:
    """Whether a capitalised word (``key``, normalised) may name one thing: a noun in the singular
    (no plural ending of the pack) and no demonym ("200 Russians", "200 Chinese" count people)."""
    return not key.endswith(f.p.plural_endings) and key not in f.p.demonym_words


def _after_score_word(f: Scan, d: Draft) -> bool:
    """Whether two numbers of at most two digits joined by a dash follow a word of a match's result
    in their clause ("lost 1-2", "خسرها تشلسي 1 - 2", "battu 0-3"), with nothing counted after them:
    a score, whichever is larger ("won, and 5-10 fans were hurt" counts fans)."""
    rx, b = f.p.score_word_re, d.b
    if rx is None or b is None or d.a.kind == "vague" or b.kind == "vague" or d.hi >= 100 or d.a.has_scale or b.has_scale:
        return False  # ("صفر - 1": a score may open with a word)
    if rx.search(clause_before(f.text, d.a.start, 60, CLAUSE_ENDS + ",،")) is None:
        return False
    return f.counted_after(b.end)[0] is None


# Two numbers of at most two digits joined by a dash, then a comma or a short word ("and", "et", "و",
# maybe glued to the next number) and this pair: a set of a list of scores, where one pair goes down.
_PAIR = r"(\d{1,2})[ \t]*[-–—][ \t]*(\d{1,2})"
_SCORE_SEP = r"(?:[ \t]*[,،;]|[ \t]+\p{L}{1,3}(?=[ \t\d])|[ \t]+(?=\d))[ \t]*\p{L}{0,2}"  # (a table: blanks alone)
_SCORE_PAIR = regex.compile(r"\d{1,2}[ \t]*[-–—][ \t]*\d{1,2}")
_SCORE_BEFORE = regex.compile(rf"(?r){_PAIR}{_SCORE_SEP}\Z")
_SCORE_AFTER = regex.compile(rf"{_SCORE_SEP}{_PAIR}(?!\d)")


def _in_score_list(text: str, start: int, end: int) -> bool:
    """Whether the pair at ``start:end`` stands in a list of scores: "(7-5, 3-6, 6-1)", "4 - 6 و 6 - 1"
    (a list of age groups, "5-10, 11-15", never goes down)."""
    if _SCORE_PAIR.fullmatch(text, start, end) is None:
        return False
    for m in (_SCORE_BEFORE.search(text, max(0, start - 16), start), _SCORE_AFTER.match(text, end)):
        if m is not None and int(m.group(1)) > int(m.group(2)):
            return True
    return False


def clock_range(f: Scan, d: Draft) -> int | None:
    """Two times of day, each with its hour word, joined by a clock word: "de 11 heures à 13 heures"
    (a duration range writes the hour word once: "de 8 à 10 heures")."""
    p, a, b = f.p, d.a, d.b
    if b is not None and is_military_hour(f, b) and f.text[a.start : a.num_end].isdigit() and len(f.text[a.start : a.num_end]) == 4:
        return b.end  # "between 1100 and 1200 hours"
    if b is None or a.kind != "digits" or b.kind != "digits" or a.unit_surface is None or b.unit_surface is None:
        return None
    hours = [p.clock_after_re.fullmatch(x.unit_surface or "") is not None for x in (a, b)]
    whole = all(x.num_value == x.num_value.to_integral() and x.num_value <= 24 for x in (a, b))
    if all(hours) and whole and p.clock_before_re.search(d.joiner + " "):
        return b.end
    return None


# -- claim rules: qualifier, unit and counted noun read ---------------------------------------------
def definite_ordinal(f: Scan, d: Draft) -> int | None:
    """Digits after the Arabic article make an ordinal reference: "القرن الـ21", "للمرة الـ12"; so
    they do after a definite noun, whatever word follows ("في الدقيقة الـ90 سجل": "ال48 ساعة" counts)."""
    p, text, a = f.p, f.text, d.a
    if a.kind != "digits" or d.unit == "age:year" or a.start == 0 or not text[a.start - 1].isalpha():
        return None  # (asked first: most numbers have no letter glued before them)
    am = p.definite_re.search(left(text, a.start)) if p.definite_re is not None else None
    if am is None:
        return None
    definite_after = d.counted is not None and norm_key(d.counted).startswith(tuple(p.definite))  # "ال48 الماضية"
    if d.counted is None or definite_after:
        return d.end
    wm = _PREV_WORD.search(text, max(0, a.start - 60), left_start(a.start) + am.start())
    return d.end if wm is not None and len(wm.group(1)) > 3 and norm_key(wm.group(1)).startswith(tuple(p.definite)) else None


def uncounted_year(f: Scan, d: Draft) -> int | None:
    """A four-digit number read as a year with nothing counted: "2015 was a hard year"."""
    return d.end if is_year(f, d.a, d.counted) and d.qualifier == "exact" else None


def clock(f: Scan, d: Draft) -> int | None:
    """A time of day: "at 10.15 a.m.", "1200 GMT", "à 15 heures", "à 12 h 40", "الساعة 4"."""
    return d.end if is_clock(f, d.a, d.unit, d.counted, d.qualifier, d.end) else None


def placing_duration(f: Scan, d: Draft) -> int | None:
    """A duration that only places the claim in time: "in the past 24 hours", "over 3 years",
    "خلال 10 أيام"."""
    p, text = f.p, f.text
    if d.unit == "duration:s" and d.qualifier in ("exact", "approx", "range") and d.a.value <= _CALENDAR_SECONDS:
        if p.measured_before_re is not None and before(f, p.measured_before_re, d.qstart):
            return None  # "سارياً لمدة 6 شهور بعد تواريخ السفر": how long it is valid
        if p.time_after_re.match(text, d.end):
            return d.end  # "two weeks ago", "in two weeks' time"
        if p.measured_after_re is not None and p.measured_after_re.match(text, d.end):
            return None  # "placed in two weeks' quarantine": the quarantine's length
        if p.time_before_re.search(left(text, d.qstart)):
            return d.end
        clause = clause_before(text, d.qstart, 80, CLAUSE_ENDS + ":")
        sm = p.superlative_re.search(clause) if p.superlative_re is not None else None
        if sm is not None and not (p.link_re is not None and p.link_re.fullmatch(clause[sm.end() :])):
            return d.end  # "their lowest level for two decades", "le plus bas depuis deux décennies";
            # "un record de deux minutes" measures the record
    return None


def placed_after_claim(f: Scan, d: Draft) -> int | None:
    """A duration after a word of the pack's ``placing_after_claim`` that places the quantity its
    clause told before it: "three panel discussions over two days", "4,128 tests in a 24-hour
    period", "ثلاث حلقات نقاش على مدى يومين". With no quantity before it the duration is what is
    told: "prison sentences of over 10 years", "على مدى خمسة عقود"."""
    p, text = f.p, f.text
    if p.placing_after_claim_re is None or d.unit != "duration:s" or d.a.value > _CALENDAR_SECONDS:
        return None
    lead = text[d.qstart : d.a.start].strip()
    if lead:  # the word read as a qualifier ("over": "more than") is all of it
        m = p.placing_after_claim_re.search(lead + " ")
        if m is None or m.start() != 0:
            return None  # "for just over twelve minutes"
    elif before(f, p.placing_after_claim_re, d.qstart) is None:
        return None
    nm = _NOUN_AFTER_COMPOUND.match(text, d.end) if "-" in text[d.a.start : d.end] else None
    if nm is not None and norm_key(nm.group(1)) not in p.spans:
        return None  # "in a 24-hour strike": the strike's length ("in a 24-hour period" places)
    return d.end if quantity_before(f, d.qstart) else None


# Small whole numbers alone in brackets, joined by commas or a letter glued to the next: "(79)", "(20 و23)", "(20, 23)".
_PREV_WORD = regex.compile(r"(?r)(\p{L}+)[ \t]*\Z")  # the word ending a window (searched in reverse)
_BRACKETED = regex.compile(r"\([ \t]*\d{1,3}(?:(?:[ \t]*[,،][ \t]*|[ \t]+\p{L}?)\d{1,3})*[ \t]*\)")


def bracketed_number(f: Scan, d: Draft) -> int | None:
    """A small whole number alone in brackets, nothing counted and no unit: the minute of a goal
    ("الحارس (79) قبل ان", "Forlán (20, 23)"), a note or list reference ("(5)"). A noun after the
    brackets is what they count ("(36) مدرسة"); a number the brackets restate ("ten (10)") is read
    with its words."""
    a, text = d.a, f.text
    if a.kind != "digits" or d.unit != "count" or d.counted is not None or a.has_scale or d.value_high is not None:
        return None
    if a.value > 130 or a.value != a.value.to_integral():
        return None
    lo = text.rfind("(", max(0, a.start - 16), a.start)
    m = _BRACKETED.match(text, lo) if lo >= 0 else None
    if m is None or m.end() <= a.start:
        return None
    noun = f.counted_after(m.end())[0]
    key = norm_key(noun) if noun is not None else ""
    conjunct = any(len(c) == 1 and c.isalpha() and key.startswith(c) and len(key) > 3 for c in f.p.connector_words)
    if noun is not None and key not in f.p.time_before_words and not conjunct:
        return None  # "has established (36) vocational schools", "(36) مدرسة": a count set in brackets
        # ("(59) والأرجنتيني": the conjunction glued to the next name opens another item)
    wm = _PREV_WORD.search(text, max(0, lo - 30), lo)
    if wm is not None and f.p.plural_endings and wm.group(1).endswith(f.p.plural_endings):
        return None  # "allegations involving civilians (14)": a plural before restates its count
    return d.end


def score_margin(f: Scan, d: Draft) -> int | None:
    """A margin counted in a noun of a score after a word of "by": a score, no claim ("won by two
    goals", "s'est imposé par deux buts à un", "فاز بثلاثة أهداف"; the pack's ``score_nouns`` and
    ``score_before``). "Scored two goals" counts them."""
    p = f.p
    if p.score_before_re is None or d.unit != "count" or d.counted is None or norm_key(d.counted) not in p.score_nouns:
        return None
    glued = any(f.text.startswith(c, d.a.start) for c in p.score_clitics)  # "بثلاثة أهداف": the word of "by" glued
    return d.end if glued or before(f, p.score_before_re, d.qstart) is not None else None


def rate_base(f: Scan, d: Draft) -> int | None:
    """The base of a rate, a power of ten from 100 after a word of "per" with a number before it in
    its clause: "2.5 doctors per 1,000 people", "211 décès pour 100 000 naissances", "2.5 طبيب لكل
    1000 نسمة" (the pack's ``rate_before``); "bought 1,000 shares per client" counts them."""
    p, a = f.p, d.a
    if p.rate_before_re is None or d.unit != "count" or d.value_high is not None or d.qualifier != "exact":
        return None
    if a.value < 100 or a.value != 10 ** (len(str(int(a.value))) - 1):
        return None
    rm = before(f, p.rate_before_re, d.qstart)
    if rm is None:
        return None
    clause = clause_before(f.text, left_start(d.qstart) + rm.start(), 80, CLAUSE_ENDS + ":")
    counted = any(c.isdigit() for c in clause) or any(norm_key(w) in p.numbers for w in _WORDS.findall(clause))
    return d.end if counted else None


_WORDS = regex.compile(r"\p{L}+")


def race(f: Scan, d: Draft) -> int | None:
    """A distance that names a race: "the 400m hurdles", "the men's 100 metres", "la finale du
    100 m", "سباق 200 متر" (the pack's ``race_before``/``race_after`` words)."""
    if not d.unit.startswith("length:") or d.value_high is not None:
        return None
    if f.p.race_after_re.match(f.text, d.end) or before(f, f.p.race_before_re, d.qstart):
        return d.end
    return None


def uncounted_word(f: Scan, d: Draft) -> int | None:
    """A small number word with nothing counted after it: "two said", "the other three"; a share
    ("seize d'entre elles") and a qualified word ("more than twenty") still count."""
    p, a = f.p, d.a
    if a.kind != "words" or a.has_scale or d.unit != "count":
        return None
    if d.counted is None and a.value < 100 and d.qualifier == "exact" and not near(p.partitive_re, f.text, d.end):
        if p.year_elided_re is not None and p.year_elided_re.match(f.text, d.end):
            return None  # "eleven in 2002, eight in 2003": a list of counts by year
        if _COUNTED_COMPOUND.match(f.text, d.end):
            return None  # "two 18-year-olds", "two 12-roll packs": the word counts what the compound names
        if _shares_noun(f, d):
            return None  # "two and three rooms", "five of six patients", "cinq patients sur six"
        if _partitive_opening(f, d):
            return None  # "Of the nine countries without one, six have": the opening's noun
        return d.end
    return None


def _partitive_opening(f: Scan, d: Draft) -> bool:
    """Whether the number's sentence opens with a word of ``context.partitive_openers`` and a number."""
    p = f.p
    if p.partitive_opener_re is None:
        return False
    sentence = clause_before(f.text, d.qstart, 300, ".!?؟\n").lstrip(" \t\"'«“(")
    om = p.partitive_opener_re.match(sentence)
    if om is None:
        return False
    return p.candidates.match(sentence, om.end() - 1) is not None  # (this number ends the sentence read: not it)


def _shares_noun(f: Scan, d: Draft) -> bool:
    """Whether a number joined to this one by a word of ``numbers.shared_noun`` counts a noun that is
    this one's too: after it ("two and | three rooms", "five of | six patients") or before it, with its
    noun ("five patients out of | six")."""
    p, text = f.p, f.text
    nm = p.shared_next_re.match(text, d.end) if p.shared_next_re is not None else None
    if nm is not None:
        m = p.candidates.match(text, nm.end())  # digits or number words ("one package" too)
        if m is not None and m.group("vague") is None and f.counted_after(m.end())[0] is not None:
            return True
    bm = p.shared_before_re.search(left(text, d.qstart)) if p.shared_before_re is not None else None
    if bm is None:
        return False
    n = bm.group("n")
    return (n[0].isdigit() or norm_key(n) in p.numbers) and norm_key(bm.group("noun")) not in p.stopwords


_COUNTED_COMPOUND = regex.compile(r"[ \t]+\d+(?:[.,]\d+)?-\p{L}")


def definite_reference(f: Scan, d: Draft) -> int | None:
    """Number words after an article refer back: "the two countries", "aucune des quatre régions"
    (named before); "the nine victims" tells how many."""
    p, text, a = f.p, f.text, d.a
    if a.kind != "words" or a.has_scale or d.unit != "count" or p.definite_re is None:
        return None
    if p.definite_modified_re is not None and p.definite_modified_re.search(left(text, d.qstart)):
        return d.end  # "the latter two countries", "the other five viruses": named before
    if d.qm is not None or not p.definite_re.search(left(text, d.qstart)):
        return None  # a qualifier tells the number: "the more than two dozen", "spread all over two genomes"
    if p.partitive_one_re is not None and p.partitive_one_re.search(text, max(0, d.qstart - 16), d.qstart):
        return None  # "one of the three tests": the whole the one is taken from
    if a.value >= 4 and near(p.partitive_re, text, d.end):
        return None  # "all fifty of its delegates": the share is told, not referred back to
    if a.value < 4 or d.counted is None:
        return d.end
    f.read_far = True  # the whole paragraph before the number (memo.py)
    named_before = regex.search(rf"(?<!\w){regex.escape(text[a.start : a.num_end])}(?!\w)", text[: a.start], regex.I)
    return d.end if named_before else None


def modified_label(f: Scan, d: Draft) -> int | None:
    """Digits after a label word and its modifiers, with nothing counted: "objectif opérationnel 3
    du plan", "station de pompage 9 de Fort Greely", "الهدف التنفيذي 3 من الخطة"."""
    p, a = f.p, d.a
    if p.label_gap_re is None or a.kind != "digits" or a.unit is not None or a.has_scale:
        return None
    linked = p.link_re is not None and near(p.link_re, f.text, a.end) is not None  # "9 de Fort Greely"
    if (d.counted is None or linked) and d.qualifier == "exact" and d.value_high is None:
        gm = before(f, p.label_gap_re, a.start)
        if gm is not None and not _only_stopwords(f, gm.group()):
            return d.end
    return None


def _only_stopwords(f: Scan, label_and_gap: str) -> bool:
    """Whether the words between a label word and its number are all stopwords: "porte à 173 le
    nombre" sets a number, "station de pompage 9" names a station."""
    words = _LETTER_WORD.findall(norm_key(label_and_gap))[1:]
    return bool(words) and all(w in f.p.stopwords for w in words)


def impossible_age(f: Scan, d: Draft) -> int | None:
    """Digits after words of age that no age can be: "women aged 1564" (a dash lost in "15-64")."""
    a = d.a
    if a.kind != "digits" or a.unit is not None or a.grouped or a.num_value <= MAX_AGE or d.value_high is not None:
        return None
    if d.counted is not None and f.p.age_amount_re is not None and before(f, f.p.age_amount_re, d.qstart):
        return None  # "البالغ 300 شخص": "البالغ" also says "amounting to", and people are counted
    return d.end if age_words_before(f, d.qstart, years=False) else None


def list_name(f: Scan, d: Draft) -> int | None:
    """A count after the words of a ranked list names the list: "la liste des 400 Américains les plus
    riches", "قائمة أكثر 400 أمريكي ثراء"; a vague count never names one ("قائمة المئات من الشهود")."""
    p = f.p
    if d.unit != "count" or d.value_high is not None or d.a.kind == "vague" or p.list_before_re is None:
        return None
    return d.end if before(f, p.list_before_re, d.qstart) else None


def enumerated_years(f: Scan, d: Draft) -> int | None:
    """A count of periods followed by the years it stands for: "the preceding two full years (2013
    and 2014)", "les deux années complètes écoulées (2013 et 2014)"."""
    if d.unit not in ("count", "duration:s") or d.value_high is not None or d.a.num_value > 10:
        return None
    after = d.cspan[1] if d.cspan is not None else d.end
    lm = _YEARS_LISTED.match(f.text, after)
    if lm is None or "-" in lm.group() or "–" in lm.group():
        return None  # "two terms (2001-2009)": a span of years says when, the count stands
    return d.end if len(regex.findall(YEAR, lm.group())) == d.a.num_value else None


def placing_count(f: Scan, d: Draft) -> int | None:
    """A count that only places the sentence in time: "three seasons ago", "il y a trois saisons",
    "قبل ثلاثة مواسم"."""
    p = f.p
    if d.counted is None or d.cspan is None or d.qualifier != "exact":
        return None
    if p.ago_after_re is not None and near(p.ago_after_re, f.text, d.cspan[1]):
        return d.end
    if norm_key(d.counted) in p.periods and p.ago_before_re is not None and p.ago_before_re.search(left(f.text, d.qstart)):
        return d.end
    return None


_NEXT_AFTER_NAME = regex.compile(r"[ \t]*(?:[^\w \t]|\Z|(\w+))")


def model_name(f: Scan, d: Draft) -> int | None:
    """Digits before a capitalised noun in the singular name a model: "the 787 Dreamliner", "le 747
    Jumbo"; a count of two or more is counted in the plural ("200 Russians"), a demonym counts people
    ("200 Chinese"), and a capitalised word before a noun is an adjective ("200 Russian soldiers"). A
    script without capitals (no ``digits.plural_endings``) has no such names to tell apart."""
    p, a, word = f.p, d.a, d.counted
    if word is None or d.cspan is None or a.kind != "digits" or a.grouped or a.unit is not None or d.qualifier != "exact":
        return None
    ends = p.plural_endings
    if not ends or not word[:1].isupper() or word.isupper() or a.value < 2 or a.value != a.value.to_integral():
        return None
    key = norm_key(word)
    if not _names_one(f, key) or key in p.months or key in p.weekdays or f.text[a.end : d.cspan[0]].strip():
        return None
    nm = _NEXT_AFTER_NAME.match(f.text, d.cspan[1])
    if nm is None or (nm.group(1) is not None and norm_key(nm.group(1)) not in p.stopwords):
        return None
    return d.end


ATOM_RULES: tuple[Rule, ...] = (
    ordinal_words,
    capitalised_words,
    quoted_title,
    label_words,
    address,
    day_of_month,
    era_year,
    acronym_name,
    line_label,
    listed_label,
    identifier,
    clipped_year,
    leading_zero,
    footnote,
    subparagraph_mark,
    ordinal,
    label,
    capitalised_name,
)
YEAR_RULES: tuple[Rule, ...] = (year,)
#: Each returns ``None`` at once, having read nothing else, for a draft with no second number
#: (``Draft.b``): ``finder.build`` runs them only on a range.
RANGE_RULES: tuple[Rule, ...] = (year_span, era_span, label_range, score, clock_range)
CLAIM_RULES: tuple[Rule, ...] = (
    definite_ordinal,
    uncounted_year,
    clock,
    placing_duration,
    placed_after_claim,
    bracketed_number,
    score_margin,
    rate_base,
    race,
    uncounted_word,
    definite_reference,
    modified_label,
    impossible_age,
    list_name,
    enumerated_years,
    placing_count,
    model_name,
)
#: Every not-claim rule, in the order the stage tries them.
NOT_CLAIM_RULES: tuple[Rule, ...] = ATOM_RULES + YEAR_RULES + RANGE_RULES + CLAIM_RULES

#: The rules whose first test asks for number words (``a.kind == "words"``) and those whose first
#: test asks for digits: each returns ``None`` at once for an atom of another kind, having read
#: nothing else and changed nothing. A number in a list of counts ("12,000 people, 12,000 people,
#: …") is tried against some thirty rules; skipping those that cannot drop its kind saves a call
#: each (``tests/test_rule_kinds.py`` checks the same hits and rejections as with every rule).
WORDS_ONLY: frozenset[Rule] = frozenset({ordinal_words, capitalised_words, label_words, uncounted_word, definite_reference})
DIGITS_ONLY: frozenset[Rule] = frozenset(
    {address, day_of_month, acronym_name, identifier, leading_zero, footnote, subparagraph_mark, ordinal, label, capitalised_name,
     definite_ordinal, modified_label, impossible_age, model_name, bracketed_number, clipped_year}
)
ATOM_KINDS = ("digits", "words", "vague")  # Atom.kind


def by_kind(rules: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    """``rules`` for each kind of atom, without those that cannot fire on it (in the same order,
    so the first that fires is the one the whole tuple names)."""
    skip = {"digits": WORDS_ONLY, "words": DIGITS_ONLY, "vague": WORDS_ONLY | DIGITS_ONLY}
    return {kind: tuple(r for r in rules if r not in skip[kind]) for kind in ATOM_KINDS}


ATOM_RULES_BY_KIND = by_kind(ATOM_RULES)
CLAIM_RULES_BY_KIND = by_kind(CLAIM_RULES)


def first_rule(f: Scan, d: Draft, rules: tuple[Rule, ...]) -> int | None:
    """Run ``rules`` in order; the first that fires is recorded on the scan and its resume
    position returned."""
    for rule in rules:
        stop = rule(f, d)
        if stop is not None:
            f.reject(d.a.start, d.a.end, rule.__name__)
            return stop
    return None
