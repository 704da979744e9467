"""What a number looks like: a name, an ordinal, a year, a time of day, a label.

Predicates over an atom and the text around it; ``rules.py`` combines them into the named
not-claim rules.
"""

from __future__ import annotations

import regex

from claimx.normalize import norm_key
from claimx.quantities.model import CAPWORD_BEFORE, SENT_START, Atom, left
from claimx.quantities.scan import Scan, before

# A number that opens a line and is followed by a list mark: a paragraph or section number
# ("31. The", "٢٥ - وفي", "52- فيما", "5.1 Overview", "ألف - العضوية"), not a quantity.
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*[(\[\"'`‘“]?[ \t]*\Z")
_MARK = r"[.)\]`'’:][ \t]|[.)\]`'’:]?[ \t]*[-–—][ \t]*(?=[\p{L}\[(])"  # "31. ", "٢٥ - وفي", "79- ["
_LIST_MARK = regex.compile(rf"[ \t]*(?:{_MARK}|[ \t]+(?=\p{{Lu}}))")
# A number word opening a line is a list label only with an explicit mark after it, not a bare capital
_WORD_LIST_MARK = regex.compile(rf"[ \t]*(?:{_MARK})")
_SECTION = regex.compile(r"\d+(?:\.\d+)+")
# A paragraph number after a sentence end where the lines of a document were run together: the
# number takes an explicit list mark ("51. The", "٢٥ - وفي"), not a bare capital ("51 Americans").
_AFTER_SENTENCE = regex.compile(r"[.;:!?؟؛][ \t]+\Z")
# A number after a clause's end and before a full stop and a capital opens a paragraph run on:
# "… tourism sectors, 13. Invite", "(Vanuatu) 7. The Bureau" (no sentence ends with ", 13.")
_AFTER_CLAUSE = regex.compile(r"[,;)،؛][ \t]+\Z")
_NUMBERED_SENTENCE = regex.compile(r"\.[ \t]+\p{Lu}")
# A paragraph number with a dash inside a run of joined lines, before a word ("… الحسابات ١٣ - ندعو")
_MID_DASH_LABEL = regex.compile(r"[ \t]*[-–—][ \t]+(\p{L}+)(?=[\s،,.:;؛(]|\Z)")
_PARAGRAPH_MARK = regex.compile(r"(?:\.[ \t]+|[ \t]*[-–—][ \t]+)(?=\p{L})")
_SECTION_TAIL = regex.compile(r"(?:\.\d+)*(?:[ \t]+\p{L}|[.)][ \t])")
_DASH_SECTION = regex.compile(r"-\d+[ \t]+\p{L}")
# Matched in bits of text after a number, compiled once (see rules._DASH_END).
_CAPITAL_NEXT = regex.compile(r"[ \t]+\p{Lu}")
_BRACKET_WORD = regex.compile(r"\)[ \t]+\p{L}")
_WORD = regex.compile(r"\w+")
_DASHED_SECTION = regex.compile(r"(?:[ \t]?-[ \t]?\d+){2,}[ \t]+\p{L}")


#: the letters glued before digits (a clitic, or a name: "هايابوسا2")
_GLUED_WORD = regex.compile(r"\p{L}*\Z")
_LOWER_WORD = regex.compile(r"\p{Ll}{4,}")


def _glued_name(f: Scan, a: Atom) -> bool:
    """A word of five letters or more glued to a small plain number is a name ("سيرين2", "هايابوسا2")
    where no noun without the article follows the number, and so is a spelt letter ("إيه سي إي2",
    ACE2; "ال78 توصية" counts); with a unit, a group or a scale a space was left out ("لتخصيص١٥٪",
    "بمبلغ000 45")."""
    if a.grouped or a.unit is not None or a.has_scale or a.num_end - a.start > 2:
        return False
    gm = _GLUED_WORD.search(left(f.text, a.start))
    if gm is None:
        return False
    word, table = norm_key(gm.group()), f.p.clitic_table
    if len(word) >= 5:  # ("قوامها30 فردا": a space left out before a number and what it counts)
        counted = f.counted_after(a.end)[0]
        return counted is None or norm_key(counted).startswith(f.p.dual_definite)  # ("سيرين2 الخاص")
    # a spelt-out Latin letter ("إي2": ACE2); "ال78", "وال5", "لل3" count, and so does a verb glued by a typo ("قتل5")
    return len(word) <= 2 and word not in table.entities and word not in table.digits


# An opening bracket, a capitalised name, a space and a plus sign before digits that close the
# brackets: a conference and its anniversary written apart ("(Rio +20)", "(Beijing +10)").
# (a name of words: capitalised in a cased script, any letters in one without case)
_NAME_PLUS = regex.compile(r"\((?:\p{Lu}[\p{L}.-]*|(?:\p{Lo}[\p{Lo}\p{M}]*[ \t]){0,5}\p{Lo}[\p{Lo}\p{M}]*)[ \t]\+[ \t]?\Z")


def is_identifier(f: Scan, a: Atom, second: bool = False) -> bool:
    """Digits stuck to letters (COVID-19, H5N1, A320, 5G) are names, not numbers.

    A number glued to a previous one by ``-`` or ``/`` (``24/7``, the ``1`` of a score
    ``2-1``) is not a claim of its own either, unless it is read as the end of a range.
    """
    text, p = f.text, f.p
    s = a.start
    if s > 0:
        prev = text[s - 1]
        if prev.isalpha() and a.currency_prefix_start is None:  # "$A45,000" is Australian dollars
            prefixed = p.digit_prefix_re is not None and p.digit_prefix_re.search(left(text, s)) is not None
            glued_ok = p.glued_letter_re is not None and p.glued_letter_re.match(prev) is not None
            if not prefixed and (not glued_ok or _glued_name(f, a)):
                return True  # "H5N1"; in a script that glues clitics to digits, a whole name: "هايابوسا2"
        if prev in "-/~+" and s > 1 and (text[s - 2].isalpha() or (text[s - 2].isdigit() and not second and prev != "+")):
            # "SARS-CoV-2", "Beijing+10" (a name and its number); "3+2" is a sum
            if p.negative_re is not None and p.negative_re.search(left(text, s)):
                return False  # "minus-5 yards"
            return True
    digits_end = f.digits_end(s)
    if "+" in text[max(0, s - 2) : s] and a.unit is None and not a.has_scale and text[digits_end : digits_end + 1] == ")":
        if _NAME_PLUS.search(text, max(0, s - 60), s):
            return True  # "(Rio +20)", "(بيجين + 5)": a name, a space, then its number closing the brackets
    if a.unit_glued or a.has_scale:
        return False
    if digits_end < len(text) and text[digits_end].isalpha():
        # "8 223enseignants": a grouped number and a word in lower case, a space left out
        return not (a.grouped and _LOWER_WORD.match(text, digits_end) is not None)
    if text[digits_end : digits_end + 1] in ("'", "’") and text[digits_end + 1 : digits_end + 2].isalpha() and not a.grouped:
        return True  # "1'espace": a digit typed for the article's letter, glued to the word by its apostrophe
    if digits_end + 1 < len(text) and text[digits_end] == "-" and text[digits_end + 1].isalpha():
        if p.age_after_re is not None and p.age_after_re.match(text, digits_end):
            return False
        return f.hyphen_noun(digits_end) is None  # "two 12-roll packs" counts rolls
    if digits_end - s == 1 and text[digits_end : digits_end + 1] == "-" and a.unit is None and (em := _EXTENSION.match(text, digits_end)):
        return f.counted_after(em.end())[0] is None  # "(X 3-5290)": an extension ("1-1000 people" is a range)
    if text[digits_end : digits_end + 1] == "/" and text[digits_end + 1 : digits_end + 2].isdigit() and a.unit is None:
        # "9/11", "50/50", "week 12/2020": a pair of whole numbers no fraction or date read ("0.31/100,000" is a rate)
        return not a.grouped and a.end == digits_end and a.value == a.value.to_integral()
    return False


def is_ordinal(f: Scan, a: Atom) -> bool:
    """Digits followed by an ordinal ending of the pack ("21st", "3e")."""
    p = f.p
    if p.ordinal_re is None:
        return False
    i = a.start
    while i < len(f.text) and f.text[i].isdigit():
        i += 1
    return bool(p.ordinal_re.match(f.text, i))


#: after a number: the end of a clause, or a Latin word (a clitic of another script glued to it: "وBGI")
_LATIN_OR_END = regex.compile(r"[ \t]*(?:[.,;:!?)،؛؟]|\Z|[^\p{Latin}\s\d]?\p{Latin})")


def is_capitalised_name(f: Scan, a: Atom) -> bool:
    """``Radio 4``, ``Ligue 1``, ``iPhone 15``: a small plain integer right after a capitalised word."""
    if a.grouped or a.has_scale or a.unit or a.value != a.value.to_integral():
        return False
    window = left(f.text, a.start)
    # the word and one blank end the window: a letter or a mark (no ASCII character but a letter)
    # before a blank (str.isspace takes every \s of regex), asked before the pattern
    last = window[-2:]
    if len(last) < 2 or not last[1].isspace() or (last[0].isascii() and not last[0].isalpha()):
        return False
    m = CAPWORD_BEFORE.search(window)
    if not m:
        return False
    bracketed = window[: m.start()].endswith("(") and f.text[a.end : a.end + 1] == ")"
    if a.value >= 10000 and not bracketed and not _standard(f, a, m.group(1)):
        return False  # "(LR 10364)": a law's number, in brackets, may be long
    if f.p.glued_letter_re is not None:
        # a caseless script: a Latin name says nothing of the number after it ("Lionsgate 26 ترشيحاً"
        # counts), but "(RA 9208)" is one, and so is a number that no word of the script follows ("Group 42 وBGI")
        return bracketed or _LATIN_OR_END.match(f.text, a.end) is not None
    word = norm_key(m.group(1))
    p = f.p
    if word in p.stopwords or word in p.months or word in p.weekdays or word in p.qualifiers_before:
        return False
    if any(q.split()[0] == word for q in p.qualifiers_before) or word in p.range_pairs:
        return False
    if bracketed:
        return True  # "(Équipe 14)", "(Team 14)": a name in brackets
    return not SENT_START.search(window[: m.start()])


def _standard(f: Scan, a: Atom, word: str) -> bool:
    """An acronym in capitals before a long number with nothing counted after it names a standard
    or a code: "ISO 14001", "EN 61000" ("UNHCR 50000 refugees" would count)."""
    return len(word) >= 2 and word.isupper() and f.counted_after(a.end)[0] is None


def year_word_before(f: Scan, start: int) -> regex.Match[str] | None:
    """``year_before_re`` searched in the window before ``start`` ("في عام | 2020"), kept on the scan
    for the last ``start`` asked: the year rule and :func:`is_year` it calls ask the same window."""
    if f.year_word[0] != start:
        f.year_word = (start, before(f, f.p.year_before_re, start))
    return f.year_word[1]


_OPENS_CLAUSE = regex.compile(r"(?:\A|[.!?؟,،;:(\n])[ \t\p{Ps}\p{Pi}\"'«]*(?:\p{L}{1,2}[ \t]+)?\Z")  # a clause starts here, maybe after "ف"/"و"


# A dash glued to four digits or more, no separator among them (after a single digit: a code)
_EXTENSION = regex.compile(r"-\d{4,}(?![\d.,])")
# A year of four digits, no digit or separator before it, and a dash: the start of a span of years
_YEAR_DASH = regex.compile(r"(?<![\d.,])(\d{4})[ \t]*[-–—][ \t]*\Z")


def is_year(f: Scan, a: Atom, counted: str | None) -> bool:
    """Four plain digits read as a year: after a year word, or (from 1800 to 2100) with nothing
    counted, or (after 2100) after a noun of year; three digits after a noun for a year, or before a
    comma after a year word that opens its clause ("في سنة 991", "En 450,", "Cependant, en 991,")."""
    if a.kind != "digits" or a.grouped or a.has_scale or a.unit or a.value != a.value.to_integral():
        return False
    raw = f.text[a.start : a.end].strip()
    # three digits after a noun for a year ("في سنة 991"), or before a comma after a year word opening
    # its clause ("En 991, Ethelred"; "said that 300, including 40 children" counts)
    early = len(raw) == 3 and a.value >= 100
    if not early and (len(raw) != 4 or a.value < 1000):
        return False
    dashed = len(raw) == 4 and any(c in "-–—" for c in f.text[max(0, a.start - 3) : a.start])
    if dashed and (ym := _YEAR_DASH.search(f.text, max(0, a.start - 12), a.start)) is not None:
        if 0 < a.value - int(ym.group(1)) < 200:
            return True  # "8 April 1689 – 1694": the end of a span whose first year a date holds
    cm = year_word_before(f, a.start)
    context = cm is not None
    if a.value > 2100:  # a noun of year says so ("في عام 2500", "between the years 2205 and 2197 BC")
        return cm is not None and is_year_noun(f, cm)
    if early and (cm is None or not _early_year(f, a, cm)):
        return False
    if a.value < 1800:
        # "En 1683,", "في عام 1789": a year only where a year word says so; a range opener
        # ("from 1500 to 2000 people") or a joiner is not enough
        word = f.p.strip_clitic(norm_key(cm.group().strip()), f.p.qualifier_or_opener) if cm else ""
        weak = f.p.range_pairs.keys() | f.p.range_bare | f.p.connector_words
        return context and word not in weak
    if context or f.p.years_ungrouped:
        return True
    # "la loi de 2008 prévoit": where a counted noun after a count this large is plural, a word that
    # does not end as a plural (nor is written in capitals: "2000 ONG") is not what the number counts
    ends = f.p.year_counted_endings
    if counted is None or norm_key(counted).startswith(f.p.dual_definite):
        return True  # "بروتوكول 1987 الأصلي": a word with the article is no counted noun (the pack's article forms)
    return bool(ends) and not counted.isupper() and not norm_key(counted).endswith(ends)


def is_year_noun(f: Scan, wm: regex.Match[str]) -> bool:
    """Whether the year word ``wm`` (of ``year_word_before``) is a noun of year ("عام", "year",
    "année", with its clitics), not a preposition ("in", "en", "في")."""
    return f.p.strip_clitic(norm_key(wm.group().strip()), f.p.year_nouns) in f.p.year_nouns


def _early_year(f: Scan, a: Atom, cm: regex.Match[str]) -> bool:
    """Whether three digits after the year word ``cm`` are a year: the word is a noun for a year, or
    the number stands before a comma and the word opens its clause."""
    if is_year_noun(f, cm):
        return True
    return f.text[a.end : a.end + 1] in (",", "،") and _OPENS_CLAUSE.search(left(f.text, a.start)[: cm.start()]) is not None


def year_digits(f: Scan, x: Atom) -> bool:
    """Four plain digits a year could be (1000 to 2100), whatever stands around them."""
    raw = f.text[x.start : x.num_end].strip()
    return x.kind == "digits" and not x.grouped and not x.has_scale and len(raw) == 4 and 1000 <= x.num_value <= 2100


def is_year_span(f: Scan, a: Atom, b: Atom, dashed: bool) -> bool:
    """Two years joined as a span: ``(1644-1912)``, ``2016-2017``, ``AD 1000–1300``; a season
    written with the next year's last two digits: ``2019–20``."""
    if dashed and _season(f, a, b):
        return True
    # an era's letter glued to the second year ("1368 - 1644م"; "1200 - 1500 م" may be metres)
    era = b.unit is not None and (ym := f.p.year_after_re.match(f.text, b.num_end)) is not None and ym.end() >= b.end
    era = era and not f.text[b.num_end : b.num_end + 1].isspace()
    if (a.unit and not (era and a.unit == b.unit)) or (b.unit and not era) or not year_digits(f, a) or not year_digits(f, b):
        return False  # ("1368 - 1644م": the era's letter reads as metres, for both numbers)
    if not (a.value < b.value and b.value - a.value < 1000):
        return False
    # "the 2016-2017 budget" is a span of years; "from 1500 to 2000 people" is a count
    return dashed or f.counted_after(b.end)[0] is None


def _season(f: Scan, a: Atom, b: Atom) -> bool:
    """``2019–20``: a year and the next one's last two digits."""
    if a.kind != "digits" or b.kind != "digits" or a.has_scale or b.has_scale or a.unit or b.unit:
        return False
    raw_a, raw_b = f.text[a.start : a.end].strip(), f.text[b.start : b.end].strip()
    if len(raw_a) != 4 or len(raw_b) != 2 or not raw_a.isdigit() or not raw_b.isdigit() or not 1800 <= a.value <= 2100:
        return False
    return (int(raw_a) + 1) % 100 == int(raw_b)


def is_clock(f: Scan, a: Atom, unit: str, counted: str | None, qualifier: str, end: int) -> bool:
    """A time of day: ``at 10.15 a.m.``, ``1200 GMT``, ``à 15 heures``, ``à 12 h 40``, ``الساعة 4``."""
    p, text = f.p, f.text
    if a.kind != "digits" or a.has_scale:
        return False
    whole, _, minutes = text[a.start : a.num_end].replace(",", ".").partition(".")
    if not whole.isdigit() or (minutes and (len(minutes) != 2 or int(minutes) > 59)):
        return False
    after = p.clock_after_re.match(text, a.num_end) is not None
    if len(whole) == 4 and not minutes:  # "1200 GMT", "At 1310,": hours and minutes run together
        if not _hours_minutes(whole):
            return False
        if unit != "count":  # "at 1100 hours"; "for 1200 hours", "1200 hours of work" are durations
            followed = p.counted_skip_re is not None and p.counted_skip_re.match(text, end) is not None
            return is_military_hour(f, a) and not followed and p.clock_before_re.search(left(text, a.start)) is not None
        return after or (counted is None and qualifier == "exact" and p.clock_before_re.search(left(text, a.start)) is not None)
    if len(whole) > 2 or int(whole) > 24:
        return False
    before = p.clock_before_re.search(left(text, a.start)) is not None
    if unit == "count":  # "at 5", "à 15.30"; in French "à 5" alone is no hour ("porter le nombre à 5")
        return after or (before and bool(minutes)) or (before and p.bare_clock and counted is None)
    hour_word = a.unit_surface is not None and p.clock_after_re.fullmatch(a.unit_surface) is not None
    if not hour_word or qualifier != "exact":
        return False
    # "à 15 heures" is a time of day; "après 10 heures de négociations" is a duration
    followed = p.counted_skip_re is not None and p.counted_skip_re.match(text, end) is not None
    return (before and not followed) or _spans_to_clock_word(f, a.start, end)


def _spans_to_clock_word(f: Scan, start: int, end: int) -> bool:
    """Whether an hour is joined to a time of day written as a word: "entre 11 heures et midi",
    "from noon to 2 hours"."""
    p = f.p
    if p.clock_word_after_re is not None and p.clock_word_after_re.match(f.text, end) is not None:
        return True
    return p.clock_word_before_re is not None and p.clock_word_before_re.search(left(f.text, start)) is not None


def is_military_hour(f: Scan, a: Atom) -> bool:
    """Four ungrouped digits before a word for hours, where the pack writes counts from 1,000
    grouped: "1100 hours" is eleven o'clock, as "1,100 hours" would be a duration."""
    p = f.p
    raw = f.text[a.start : a.num_end]
    unit = p.units.get(a.unit_surface or "")
    hour = unit is not None and unit.canonical == "duration:s" and unit.factor == 3600
    return p.years_ungrouped and hour and _hours_minutes(raw)


def _hours_minutes(raw: str) -> bool:
    """Four digits that read as hours and minutes run together: "1310", "0300"."""
    return len(raw) == 4 and raw.isdigit() and int(raw[:2]) <= 24 and int(raw[2:]) < 60


_WORD_ENDING = regex.compile(r"(?r)(\w+)[\s-]*\Z")  # the word ending a window, before blanks or dashes (in reverse: model.CAPWORD_BEFORE)
_WORD_OPENING = regex.compile(r"[\s-]*(\w+)")  # the word opening one, after blanks or dashes
_SECOND_WORD = regex.compile(r"[\s-]*\w+[\s-]+(\w+)")


def next_to_ordinal(f: Scan, a: Atom) -> bool:
    """Number words that are part of an ordinal or a definite reference: ``القرن التاسع عشر``,
    ``الاثني عشر``, ``twenty-first``, ``vingt-deuxième``."""
    p, text = f.p, f.text
    before = _WORD_ENDING.search(text[max(0, a.start - 30) : a.start])
    after = _WORD_OPENING.match(text[a.num_end : a.num_end + 30])
    if after is not None and norm_key(after.group(1)) in p.connector_words:
        after = _SECOND_WORD.match(text[a.num_end : a.num_end + 40])  # "cent trente et unième"
    for m in (before, after):
        if m is not None and p.strip_clitic(norm_key(m.group(1)), p.ordinal_words) in p.ordinal_words:
            return True
    return False


def is_capitalised_words(f: Scan, a: Atom) -> bool:
    """``Six Flags``, ``Five Lands``: a capitalised number word inside a sentence, before a
    capitalised word, is a name."""
    text = f.text
    if not text[a.start : a.start + 1].isupper() or a.has_scale:
        return False
    if SENT_START.search(text, max(0, a.start - 10), a.start):
        return False
    return bool(_CAPITAL_NEXT.match(text[a.num_end : a.num_end + 3]))


_QUOTE_OPEN = regex.compile(r"(?:^|(?<=[\s(\[]))[\"“«][ \t]*([^\"“”«».!?;:\n]{0,60})\Z")
_QUOTE_CLOSE = regex.compile(r"[^\"“”«».!?;:,\n]{0,60}?[ \t]*[\"”»](?!\w)")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_TITLE_OPENING = regex.compile(r"\p{Ll}{1,3}['’]\p{Lu}")  # "l'Approche": an article before a capital


def is_quoted_title(f: Scan, a: Atom) -> bool:
    """A number inside a short title in quotes: ``"60 Minutes"``, ``the "Three Star Approach"``,
    ``« l'Approche trois étoiles »``. The quoted words are a title where the word after the number is
    capitalised, the quote opens with an article before a capital, or a capitalised number opens a
    quote of two or three words (``« Cinq indications »``); in a script without capitals, a number
    opening a quote of two or three words with no unit (``"خمس لحظات"``). A quoted sentence ("more
    than 200 died", "200 percent wrong", "200 بالمئة") is no title."""
    text, lo = f.text, max(0, a.start - 64)
    if text.find('"', lo, a.start) < 0 and text.find("“", lo, a.start) < 0 and text.find("«", lo, a.start) < 0:
        return False  # no opening quote before the number, which _QUOTE_OPEN needs (found at C speed)
    om = _QUOTE_OPEN.search(text, lo, a.start)
    if om is None:
        return False
    cm = _QUOTE_CLOSE.match(text, a.num_end)
    if cm is None:
        return False
    opening = om.group(1)
    words = (opening + text[a.start : cm.end() - 1]).split()
    if not 2 <= len(words) <= 6:
        return False
    if not _CASED.search(text, om.start(), cm.end()):  # no capitals to read: a number opening two or three words
        return not opening and len(words) <= 3 and a.unit is None
    if _CAPITAL_NEXT.match(text, a.num_end) or _TITLE_OPENING.match(opening):
        return True
    return not opening and len(words) <= 3 and text[a.start].isupper()  # « Cinq indications »


def is_line_label(f: Scan, a: Atom) -> bool:
    """A paragraph or section number that opens a line: ``31. The``, ``٢٥ - وفي``, ``ألف - العضوية``."""
    text = f.text
    if a.unit is not None or (a.has_scale and a.kind == "digits") or a.kind == "vague":
        return False
    lo = a.start  # the pattern spans only blanks and one bracket: search from there, not from 0 (linear)
    while lo > 0 and text[lo - 1] in " \t([\"'`‘“":
        lo -= 1
    # (only at the paragraph's start or after a line break: the character before ``lo`` is no blank
    # nor bracket, and the pattern takes nothing else before the number)
    if not (lo == 0 or text[lo - 1] == "\n") or not _LINE_START.search(text, max(0, lo - 1), a.start):
        if a.kind == "digits" and _AFTER_SENTENCE.search(text, max(0, a.start - 3), a.start) and _PARAGRAPH_MARK.match(text, a.num_end):
            return a.value == a.value.to_integral()  # "… births. 51. The working group": lines run together
        mark = text[a.num_end : a.num_end + 2]  # (a dash or a full stop after the number, tested first: cheap)
        if a.kind == "digits" and f.p.dash_sections and ("-" in mark or "–" in mark or "—" in mark) and _dash_label(f, a):
            return True
        if a.kind == "digits" and mark[:1] == "." and _AFTER_CLAUSE.search(text, max(0, a.start - 3), a.start) and _NUMBERED_SENTENCE.match(text, a.num_end):
            return a.value == a.value.to_integral() and a.value < 1000  # "… tourism sectors, 13. Invite"
        if a.kind == "words" and _AFTER_SENTENCE.search(text, max(0, a.start - 3), a.start):
            return bool(_WORD_LIST_MARK.match(text, a.num_end))  # "… المتبادلة. ألف - الأدوات"
        # an enumerator inside a sentence: "(1) a history of travel", "(2) contact with"
        return (
            a.kind == "digits"
            and text[a.start - 1 : a.start] == "("
            and a.value < 50
            and _BRACKET_WORD.match(text[a.num_end : a.num_end + 3]) is not None
            and _enumerated(f, a)
        )
    raw = text[a.start : a.num_end]
    if _SECTION.fullmatch(raw) and raw.count(".") >= 1 and a.kind == "digits" and not a.grouped:
        return bool(_SECTION_TAIL.match(text, a.num_end))  # "5.1 Overview", "3.2.1 Progress" ("2.000 ouvriers" groups)
    if a.kind == "digits" and _DASHED_SECTION.match(text, a.num_end):
        return True  # "3-2-1 إحراز تقدم": a section numbered with dashes
    if a.kind == "digits" and f.p.dash_sections and _DASH_SECTION.match(text, a.num_end):
        return True  # "19-25 وأكد المؤتمر": where the pack writes sections with a dash
    if a.kind == "words":  # "ألف - العضوية" is a list mark; "Thirteen Member States are…" opens a sentence
        return bool(_WORD_LIST_MARK.match(text, a.num_end))
    return bool(_LIST_MARK.match(text, a.num_end)) and a.value == a.value.to_integral()


def _dash_label(f: Scan, a: Atom) -> bool:
    """Where the pack numbers paragraphs with a dash, a whole number inside a line before a dash and
    a word is one whose line was joined to the one before ("الأرجنتين) ٣ - إقرار", "؛ 14 - يمكن"); a
    number word or a range's joiner after the dash makes it a range ("10- حتى 20- ضعفًا")."""
    m = _MID_DASH_LABEL.match(f.text, a.num_end)
    if m is None or a.grouped or a.value != a.value.to_integral() or not 0 < a.value < 1000:
        return False
    p, word = f.p, norm_key(m.group(1))
    if word in p.numbers or word in p.range_bare or word in p.range_pairs:
        return False
    return not any(word in joiners for joiners in p.range_pairs.values())


_ENUMERATION_REACH = 2000  # characters before an enumerator searched for the one before it


def _enumerated(f: Scan, a: Atom) -> bool:
    """Whether a bracketed number is an item of an enumeration: "(1)" opens one, "(3)" follows a
    "(2)"; "has established (36) schools" counts them."""
    text = f.text
    f.read_far = True  # up to _ENUMERATION_REACH before the number (memo.py)
    if a.value == 1 or text[max(0, a.start - 4) : a.start - 1].rstrip()[-1:] in (";", ":"):
        return True  # "(1) a history", "items: (2) contact" (the list began in an earlier paragraph)
    previous = f"({int(a.value) - 1})"
    return previous in text[max(0, a.start - _ENUMERATION_REACH) : a.start]


def is_listed_label(f: Scan, a: Atom) -> bool:
    """The later numbers of a list or a span that a label word opens: ``articles 240, 243 and
    245``, ``Protocols 1, 2 and 3``, ``المواد 240 و243``, ``par. 27 à 32``, ``paragraphs 6 or 7``, and
    the numbers a spelt-out letter chains to it: ``إتش 1 إن 1`` (H1N1)."""
    if f.label_end < 0 or a.start <= f.label_end or a.unit is not None:
        return False
    gap = f.text[f.label_end : a.start]
    if len(gap) > 8:
        return False
    if gap.strip() in ("(", ")(", ") (", "[", "]["):
        return not a.has_scale or a.kind == "words"  # "article 7(2)(a)"; "المادة 51 (ألف)": a letter, no thousand
    if gap.strip() in ("-", "–", "—"):
        return a.kind == "digits" and not a.has_scale  # "groups 3 – 12": the span's end is a label too
    if a.has_scale:
        return False
    words = _WORD.findall(norm_key(gap))
    if len(words) == 1 and words[0] in f.p.letter_names:
        return a.kind == "digits" and a.value < 100  # "إتش 1 إن 1": the letters of a name spelt out chain its numbers
    joins = f.p.connector_words | f.p.range_bare | f.p.alternatives
    return all(w in joins for w in words) and (bool(words) or "," in gap or "،" in gap)
