from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

import claimx
from claimx.normalize import kept_indices, normalize

ROWS = [
    ("٢٠٠٬٠٠٠", "200,000"),
    ("١٢٫٥", "12.5"),
    ("۲۵", "25"),
    ("200\u00a0000", "200 000"),
    ("200\u202f000", "200 000"),
    ("أكثر", "اكثر"),
    ("ألفًا", "الفا"),
    ("الـمـلـيـون", "المليون"),
    ("l’Intérieur", "l'Intérieur"),
    ("e\u0301te\u0301", "été"),
    ("\ufeffabc", "abc"),
    ("ﻻ", "لا"),
]


@pytest.mark.parametrize("raw, expected", ROWS, ids=[r[1] for r in ROWS])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw", ["أكثر من ٥٣ ألفًا دخلوا", "x\u200fy ـــ 12", "ﻻ ﻷ 5", "cafe\u0301 200\u202f000"])
def test_offsets_point_into_raw(raw: str) -> None:
    n = normalize(raw)
    assert n.offsets is not None and len(n.offsets) == len(n.text)
    # Every normalised digit maps back to a raw digit of the same value.
    for i, ch in enumerate(n.text):
        if ch.isdigit():
            assert int(raw[n.raw_offset(i)]) == int(ch)


@given(st.text(alphabet=st.sampled_from(list("ab 12٫٬٣ـًٌأإآﻻ\u200f\u00a0é\u0301,.")), max_size=60))
def test_raw_span_is_monotone_and_in_bounds(raw: str) -> None:
    n = normalize(raw)
    prev = -1
    for i in range(len(n.text)):
        r = n.raw_offset(i)
        assert 0 <= r < len(raw)
        assert r >= prev
        prev = r
    s, e = n.raw_span(0, len(n.text))
    assert 0 <= s <= e <= len(raw)


@given(st.text(alphabet="ab قال\u064b\u064c\u0640\u200f\u00ad\ufeff\u0670", max_size=40))
def test_kept_indices_are_those_of_the_characters_not_deleted(raw: str) -> None:
    from claimx.normalize import _DELSET, kept_indices

    assert kept_indices(raw) == tuple(i for i, c in enumerate(raw) if c not in _DELSET)
    offsets = normalize(raw).offsets
    assert offsets is None or offsets == kept_indices(raw)  # only deletions: the kept indices


@given(st.text(alphabet="ab é,.'-ا\u0660\u066c\u00a0\u2019\u0623\u0649\u2212\u200f\u064b\u0640\ud800", max_size=40))
def test_replacing_the_kinds_of_mapped_characters_found_is_translating(raw: str) -> None:
    from claimx.normalize import _TABLE, _translate

    assert _translate(raw) == raw.translate(_TABLE)  # few kinds (a replace each) and many (one translate)


@pytest.mark.parametrize(
    "raw, text",
    [
        ("not exceed [65] % of it", "not exceed  65  % of it"),  # a draft's brackets before a unit
        ("[ninety] per cent", " ninety  per cent"),  # at the start of a line
        ("planning.[23] It went on.", "planning.[23] It went on."),  # a note call: no space before
        ("on 1 January [2019], and", "on 1 January [2019], and"),  # before a comma: left alone
        ("[a b c d e] more", "[a b c d e] more"),  # more than four words: left alone
    ],
)
def test_brackets_of_a_draft_become_spaces(raw: str, text: str) -> None:
    n = normalize(raw)
    assert n.text == text
    assert len(n.text) == len(raw) and n.raw_span(0, len(n.text)) == (0, len(raw))


def test_offsets_listed_when_first_read_make_the_same_value() -> None:
    # only deletions (diacritics): the kept indices, listed at the first read; before or after it,
    # the value compares, hashes and pickles as one
    raw = "قال إنَّ ٥٣ ألفًا"
    read, unread = normalize(raw), normalize(raw)
    assert read.offsets == kept_indices(raw) and read.raw_span(0, len(read.text)) == (0, len(raw))
    assert read == unread and hash(read) == hash(unread) and pickle.loads(pickle.dumps(unread)) == read
    assert unread.norm_offset(len(raw)) == len(unread.text)
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.text = "x"


@pytest.mark.parametrize(
    "raw, text, quoted",
    [
        ("The S&amp;P 500 index fell.", "The S&P 500 index fell.", "S&amp;P"),
        ("He said &quot;no&quot; twice.", 'He said "no" twice.', "&quot;no&quot;"),
        ("price&nbsp;: 5&#160;€", "price : 5 €", "price&nbsp;"),
        ("AT&amp;T", "AT&T", "AT&amp;T"),
    ],
)
def test_html_entities_become_their_characters_and_spans_cover_them(raw: str, text: str, quoted: str) -> None:
    n = normalize(raw)
    assert n.text == text
    start = raw.index(quoted)
    s, e = n.norm_offset(start), n.norm_offset(start + len(quoted))
    assert n.raw_span(s, e) == (start, start + len(quoted))


def test_an_ampersand_that_writes_no_entity_stays() -> None:
    assert normalize("R&D and Q&A, &amp").text == "R&D and Q&A, &amp"


@pytest.mark.parametrize(
    "raw, text",
    [
        ("ارتفع السهم إلى 25ر3 جنيه", "ارتفع السهم الي 3.25 جنيه"),
        ("بلغت الصفقة 4ر2 مليار دولار", "بلغت الصفقة 2.4 مليار دولار"),
        ("قرر 3 رجال", "قرر 3 رجال"),  # the letter as a word's first, after a blank: no decimal
    ],
)
def test_a_decimal_written_with_ra_is_read_whole_part_first(raw: str, text: str) -> None:
    """The Egyptian press writes 3.25 as "25ر3": the same length, so every span maps back as it was."""
    assert normalize(raw).text == text


def test_a_decimal_written_with_ra_gives_its_claim() -> None:
    claims = claimx.extract("ارتفع سعر السهم إلى 25ر3 جنيه في ختام التعاملات", lang="ar")
    assert [(c.quantity.value, c.quantity.unit) for c in claims] == [(Decimal("3.25"), "currency:EGP")]
    assert claims[0].text == "25ر3 جنيه"


@pytest.mark.parametrize(
    "raw",
    [
        "The full report (www.example.org/report2019/annex3) lists 12 sites.",
        "Read it at https://t.co/Ab3c9x7K or write to desk2020@example.net: 12 sites.",
        "التقرير على الموقع http://example.org/ar/2019/7 يذكر 12 موقعا",
    ],
)
def test_links_are_blanks_of_the_same_length_and_give_no_numbers(raw: str) -> None:
    """The digits of a web or e-mail address are no numbers of the text; spans keep their place."""
    n = normalize(raw)
    assert len(n.text) == len(raw)
    lang = "ar" if "يذكر" in raw else "en"
    claims = claimx.extract(raw, lang=lang)
    assert [c.quantity.value for c in claims] == [Decimal(12)]
    assert claims[0].time is None
