"""The regex builder every pack stage uses (claimx.packs.patterns): the shapes stages rely on."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
import regex

from claimx.entities import gazetteer
from claimx.packs import patterns
from claimx.packs import available_languages, load_pack
from claimx.packs.patterns import (
    LONG_TEXT, EndPattern, FOLDED, HoldingIndex, QuickTest, StartPattern, alternation, caseless, ending_test, fast, find_from, holding_test, holds, lowered, may_hold,
    finditer_from, finditer_words, optional, search_from, word_at, words_after, words_before, words_filling, words_leading,
)


def test_an_empty_word_list_builds_no_pattern_or_one_that_never_matches() -> None:
    assert words_before([], gap=r"\s*") is None
    assert words_after([], gap=r"\s*") is None
    never = words_before([], gap=r"\s*", always=True)
    assert never.search("more than 5") is None
    assert optional([]) == ""


def test_a_word_after_is_tried_only_where_the_text_starts_like_one() -> None:
    p = words_after(["per cent", "percent", "%", "-fold"], gap=r"(?:[ \t]*|-)")
    assert isinstance(p, StartPattern)
    assert p.match("5 per  cent", 1) is not None and p.match("5 PERCENT", 1) is not None  # any run of blanks, any case
    assert p.match("5%", 1) is not None and p.match("5-fold", 1) is not None  # words that open with no letter
    assert p.match("5 people", 1) is None and p.test.match("5 people", 1) is None  # turned away by the test
    assert p.match("5 perce", 1) is None and p.test.match("5 perce", 1) is not None  # the test passes, the pattern decides
    assert p.match("x5 percent", -8) is not None  # a position from the end, as regex reads it
    assert not isinstance(words_after(["heures"], gap=r"[ \t]*(?:\p{L}{1,4}[ \t]+)?"), StartPattern)  # a gap of letters: no test


@pytest.mark.parametrize("lang", available_languages())
def test_the_patterns_after_a_number_match_as_without_their_quick_test(lang: str) -> None:
    """Each words_after pattern (and the range joiner) with a quick test matches, at every position of
    the corpus and of a text of its own words, what its pattern alone matches: with its test run on
    the text, and with its twin run on the text lower-cased."""
    from claimx.normalize import normalize
    from claimx.packs.patterns import lowered_once

    p = load_pack(lang)
    starting = {name: v for name, v in vars(p).items() if isinstance(v, StartPattern)}
    assert {"unit_re", "scale_re", "qual_after_re", "joiner_re"} <= set(starting)
    texts = [normalize(json.loads(line)["text"]).text for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = " ".join(f"5 {w} 6{w} 7 {w.upper()}," for w in [*p.units, *p.qualifiers_after, *p.range_bare])
    found = 0
    for text in [*texts, words]:
        for twin in (False, True):
            lowered_once(text if twin else "")  # the twin runs only where the text was the last lower-cased
            for name, pattern in starting.items():
                for pos in range(len(text) + 1):
                    got, expected = pattern.match(text, pos, pos + 200), pattern.regex.match(text, pos, pos + 200)
                    assert (got and got.span()) == (expected and expected.span()), (name, twin, text[pos : pos + 30])
                    found += expected is not None
    assert found


@pytest.mark.parametrize("lang", available_languages())
def test_the_shared_start_test_passes_wherever_a_test_of_the_pack_passes(lang: str) -> None:
    """The pack's words-after patterns share one test (``share_start_tests``), tried once at a
    position for all of them: it passes wherever one of theirs does (each test on the text, each
    twin on the text lower-cased), and turns away most positions after a number."""
    from claimx.normalize import normalize

    p = load_pack(lang)
    starting = [v for v in vars(p).values() if isinstance(v, StartPattern)]
    shared = starting[0].shared
    assert shared is not None and all(sp.shared is shared for sp in starting)
    test, twin = shared.test, shared.twin
    texts = [normalize(json.loads(line)["text"]).text for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append(" ".join(f"5 {w} 6{w} 7 {w.upper()}," for w in [*p.units, *p.qualifiers_after, *p.range_bare, *p.numbers]))
    passed = turned_away = 0
    for text in texts:
        low = lowered(text)
        for pos in range(len(text) + 1):
            own = any(sp.test.match(text, pos) for sp in starting)
            own_low = low is not None and any(sp.twin.match(low, pos) for sp in starting if sp.twin is not None)
            assert test.match(text, pos) or not own, (text[pos : pos + 30], "test")
            assert twin is None or low is None or twin.match(low, pos) or not (own or own_low), (text[pos : pos + 30], "twin")
            passed += own
            turned_away += text[pos - 1 : pos].isdigit() and test.match(text, pos) is None
    assert passed and turned_away


@pytest.mark.parametrize("lang", available_languages())
def test_the_words_before_a_number_are_found_as_in_the_window_itself(lang: str) -> None:
    """``scan.before`` (the quick test run on the paragraph reversed once) finds, before every
    position of the corpus, what each words_before pattern finds in the window that ends there."""
    from claimx.normalize import normalize
    from claimx.quantities.model import left
    from claimx.quantities.scan import Scan, before

    p = load_pack(lang)
    ending = [v for v in vars(p).values() if isinstance(v, EndPattern)]
    texts = [normalize(json.loads(line)["text"]).text for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = 0
    for text in texts[::3]:
        f = Scan(text, p)
        for i in range(len(text) + 1):
            for rx in ending:
                got, expected = before(f, rx, i), rx.search(left(text, i))
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), (text[:i][-48:], rx.regex.pattern[:40])
                found += expected is not None
    assert found


@pytest.mark.parametrize("lang", available_languages())
def test_the_shared_end_test_passes_wherever_a_test_of_the_pack_passes(lang: str) -> None:
    """The pack's words-before patterns share one test (``share_end_tests``), tried once for the
    window before a number: it passes on every window where one of theirs does, and turns away
    most windows that end at a number."""
    from claimx.normalize import normalize

    p = load_pack(lang)
    ending = [v for v in vars(p).values() if isinstance(v, EndPattern) and v.test is not None]
    shared = ending[0].shared
    assert shared is not None and all(rx.shared is shared for rx in ending)
    texts = [normalize(json.loads(line)["text"]).text for f in sorted(Path("corpus", lang).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = turned_away = 0
    for text in texts:
        rev, n = text[::-1], len(text)
        for i in range(n + 1):
            lo = max(0, i - 48)
            own = any(rx.test.match(rev, n - i, n - lo) for rx in ending)
            assert shared.test.match(rev, n - i, n - lo) or not own, text[lo:i]
            passed += own
            turned_away += text[i : i + 1].isdigit() and shared.test.match(rev, n - i, n - lo) is None
    assert passed and turned_away
    shared.passes(rev, 0, 10)
    assert shared.last[0] is rev and pickle.loads(pickle.dumps(shared)).last[0] is None  # no paragraph in the cache


def test_a_word_before_must_end_the_window_and_start_a_word() -> None:
    p = words_before(["more than", "about"], gap=r"\s*")
    assert p is not None
    assert p.search("there were more than ") is not None
    assert p.search("there were more than six ") is None  # the word must end the window
    assert p.search("roundabout ") is None  # and start at a word boundary


def test_clitics_may_stand_before_a_word_and_the_trie_prefers_the_longest() -> None:
    p = words_before(["أكثر من"], gap=r"\s*", clitics=["و", "ب"])
    assert p is not None and p.search("قتل وأكثر من ") is not None
    q = word_at(["per cent", "per"], group="w")
    assert q is not None
    m = q.search("5 per cent")
    assert m is not None and m.group("w") == "per cent"


def test_a_word_after_matches_right_at_the_position_only() -> None:
    p = words_after(["ago", "earlier"], gap=r"\s*")
    assert p is not None
    assert p.match("three weeks ago", len("three weeks")) is not None
    assert p.match("three weeks, ago", len("three weeks")) is None
    assert p.match("three weeks agora", len("three weeks")) is None  # a whole word


def test_an_alternation_is_a_piece_with_no_boundary_and_maybe_a_named_group() -> None:
    m = re.search(alternation(["week", "weekend"], group="w"), "midweekend")
    assert m is not None and m.group("w") == "weekend"
    assert re.search(alternation([]), "anything") is None


def test_a_space_inside_a_phrase_matches_what_the_stage_says() -> None:
    p = word_at(["has said"], space=r"\s+(?:also\s+)*", always=True)
    assert p.search("she has also said") is not None
    assert word_at(["has said"], always=True).search("she has also said") is None


def test_an_ending_test_passes_wherever_the_window_may_end_with_a_phrase() -> None:
    test = ending_test(["since", "ever since"], then=["on"])
    for window, passes in (("the war since on ", True), ("ever since ", True), ("since then ", False)):
        assert (test.match(window[::-1]) is not None) is passes, window


def test_words_leading_open_the_text_once_or_in_a_run() -> None:
    one = words_leading(["added"], gap=r"\W*")
    assert one.match(", added that") is not None and one.match("he added") is None
    run = words_leading(["also", "then"], repeat=True)
    m = run.match(" also then the minister")
    assert m is not None and m.end() == len(" also then")


def test_words_filling_hold_one_word_and_spaces_only() -> None:
    links = words_filling(["of", "of the"], required=False)
    assert links.match(" of the ") is not None and links.match("  ") is not None
    assert links.match(" of a ") is None
    assert words_filling(["of"]).match("  ") is None
    possessive = words_filling(["'s"], before="", required=False)
    assert possessive.match("'s ") is not None and possessive.match(" 's") is None


def test_a_lower_case_pattern_gets_a_twin_for_the_lower_cased_text() -> None:
    p = fast(r"(?<![\w])last\s+week(?![\w])", re.IGNORECASE)
    text = "Since LAST Week, 3"
    low = lowered(text)
    assert low is not None and id(p) in FOLDED
    m = FOLDED[id(p)][1].search(low)
    assert m is not None and p.match(text, m.start()) is not None
    assert id(fast(r"Last week", re.IGNORECASE)) not in FOLDED  # written with a capital: no twin
    assert lowered("İstanbul") is None  # lower-cases to two characters


def test_a_holding_test_passes_wherever_the_word_pattern_matches() -> None:
    words = ["ضعفين", "تضاعف", "انخفض الى النصف"]
    pattern = word_at(words, clitics=["و", "ب"], group="m")
    test = holding_test(words)
    assert pattern is not None and test is not None
    texts = ["وتضاعف العدد", "انخفض   الى النصف", "بضعفين", "لا شيء هنا", "انخفض العدد", "ضعف", "x 12 y", ""]
    for text in texts:  # a paragraph the test rejects holds no match; one it passes may
        assert may_hold(test, text) or pattern.search(text) is None
    assert not may_hold(test, "لا شيء هنا") and may_hold(test, "انخفض العدد")  # one run of a phrase is enough
    assert may_hold(None, "anything")  # no test: always search


def test_a_holding_test_finds_a_run_with_case_in_any_case() -> None:
    assert caseless("نصف 12 -") and not caseless("half") and not caseless("ß")
    test = holding_test(["half", "نصف"])
    assert test is not None and test.pattern.flags & re.IGNORECASE and test.twin is not None
    assert may_hold(test, "one HALF") and may_hold(test, "نصف") and not may_hold(test, "halve")
    assert may_hold(test, "İ HALF")  # a text lower-casing cannot twin is searched as it is
    arabic = holding_test(["نصف"])
    assert arabic is not None and not arabic.pattern.flags & re.IGNORECASE and arabic.twin is None
    assert holding_test([]) is None


class _Tests:
    """An owner of holding tests, as a pack is."""

    def __init__(self, **tests: QuickTest | None) -> None:
        vars(self).update(tests)


def test_the_holding_index_answers_each_test_as_its_own_search() -> None:
    # overlapping strings ("in" inside "twin", "من" inside "ضمن"), a string that is a prefix of
    # another of another test ("two" of "twofold"), one caseless test beside tests with case
    owner = _Tests(
        a=holding_test(["in", "out of"]), b=holding_test(["twin"]), c=holding_test(["twofold"]), d=holding_test(["two"]),
        e=holding_test(["من", "بين"]), f=holding_test(["ضمن"]), g=holding_test(["24/7"]),
    )
    index = HoldingIndex([t for t in vars(owner).values() if t is not None])
    assert len(index.tests) == 7 and index.folded  # the tests with case read the lower-cased text
    texts = ["TWINS", "twofold", "Two of them", "ضمنها", "بين من", "open 24/7", "nothing", "", "İn TWO", "ضمن twin"]
    for text in texts:
        for test in vars(owner).values():
            assert holds(owner, test, text) == may_hold(test, text), (text, test.pattern.pattern)
    assert holds(owner, None, "anything")


def test_a_holding_index_whose_strings_with_case_open_with_a_digit_searches_the_text_itself() -> None:
    # "24x7" among Arabic words (as the Arabic idioms have it): no paragraph is lower-cased; the
    # caseless "24" is a prefix of it; "24X7" is found as the test's own search finds it (in the
    # trie of "2", its "x" matched without case)
    owner = _Tests(a=holding_test(["24x7", "اليوم"]), b=holding_test(["من", "بين"]), c=holding_test(["24"]), d=holding_test(["3km"]))
    index = HoldingIndex([t for t in vars(owner).values() if t is not None])
    assert not index.folded and index.cased is None
    texts = ["خدمة 24X7", "24x7 من", "٢٤", "İ 24X7 بين", "اليوم", "", "nothing", "24 x7", "24\u212a7", "3\u212aM", "3KM 24x7"]
    for text in texts:
        for test in vars(owner).values():
            assert holds(owner, test, text) == may_hold(test, text), (text, test.pattern.pattern)


def test_the_holding_index_answers_paragraphs_one_after_another() -> None:
    # each paragraph's answer is each test's own search, the paragraph before it read or not (the
    # same text again, a paragraph whose words the one before held, one with none of them)
    owner = _Tests(
        a=holding_test(["in", "out of"]), b=holding_test(["twin"]), e=holding_test(["من", "بين"]), f=holding_test(["ضمن"]),
        g=holding_test(["24/7"]),
    )
    tests = [t for t in vars(owner).values() if t is not None]
    index = HoldingIndex(tests)
    texts = ["ضمنها بين", "TWINS ضمنها", "open 24/7 in", "ضمنها بين", "nothing here at all", "in in in", "", "OUT  of"]
    for text in texts * 2:
        for test in tests:
            assert bool((index.held(text) or 0) & index.bits[id(test)]) == may_hold(test, text), (text, test.pattern.pattern)


def test_a_long_paragraph_is_searched_for_a_test_where_the_index_found_its_strings() -> None:
    # longer than LONG_TEXT: held from the strings found (Found), and find_from tried only at their
    # positions gives each search of the test's own, from any position (overlapping strings, a
    # string that is a prefix of another, case, strings found nowhere)
    owner = _Tests(
        a=holding_test(["in", "out of"]), b=holding_test(["twin"]), c=holding_test(["twofold"]), d=holding_test(["two"]),
        e=holding_test(["من", "بين"]), f=holding_test(["ضمن"]), g=holding_test(["nowhere"]),
    )
    index = HoldingIndex([t for t in vars(owner).values() if t is not None])
    for unit in ("TWINS and Twofold, ضمنها بين من; in ", "no string at all here "):
        text = unit * (LONG_TEXT // len(unit) + 1)
        assert len(text) > LONG_TEXT
        for test in vars(owner).values():
            assert test is not None
            assert holds(owner, test, text) == may_hold(test, text), (unit, test.pattern.pattern)
            for pos in (0, 1, 7, 15, LONG_TEXT // 2, len(text) - 3, len(text)):
                ours, its = find_from(index, test, text, pos), test.search(text, pos)
                assert (ours and ours.span()) == (its and its.span()), (unit, test.pattern.pattern, pos)


@pytest.mark.parametrize("lang", available_languages())
def test_the_holding_index_of_a_pack_answers_each_test_as_its_own_search(lang: str) -> None:
    p = load_pack(lang)
    tests = [v for v in vars(p).values() if isinstance(v, QuickTest) and v.strings]
    assert tests  # (on the real-text rows of the language, and on the tests' own strings in upper case)
    real = Path(__file__).resolve().parents[1] / "corpus" / "real" / lang
    texts = [json.loads(line)["text"] for f in sorted(real.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    texts += [" ".join(t.strings or ()) for t in tests] + [s.upper() + "x" for t in tests for s in t.strings or ()]
    for text in texts:
        for test in tests:
            assert holds(p, test, text) == may_hold(test, text), (text, test.pattern.pattern)


def _cased(chars: str) -> str:
    """The characters of Unicode a case-insensitive match may pair with one of ``chars``."""
    return "".join(c for c in map(chr, range(0x110000)) if c.lower() != c.upper() or c.casefold() != c or c in chars)


@pytest.mark.parametrize("lang", available_languages())
def test_re_pairs_every_letter_of_the_quick_tests_with_what_regex_pairs_it(lang: str) -> None:
    """The case-insensitive quick tests (holding_test, starts_test, the endings of words_before, the
    starts of words_after) run
    in ``re``; the patterns they stand for in ``regex``: a character ``regex`` matches with a
    letter, ``re`` must match too."""
    p = load_pack(lang)
    owners = [*vars(p).values(), *vars(gazetteer(p)).values()]  # the gazetteer's too (its ministry test)
    tests: list[Any] = [v.pattern for v in owners if isinstance(v, QuickTest) and v.pattern.flags & re.IGNORECASE]
    tests += [v.test for v in owners if isinstance(v, EndPattern) and v.test is not None and v.test.flags & re.IGNORECASE]
    tests += [v.test for v in owners if isinstance(v, StartPattern) and v.test.flags & re.IGNORECASE]
    assert all(isinstance(t.pattern, str) for t in tests)
    letters = sorted({c for t in tests for c in t.pattern if c.isalpha()})
    universe = _cased("".join(letters))
    for c in letters:
        by_regex = set(regex.findall(regex.escape(c), universe, regex.IGNORECASE | regex.V0))
        assert by_regex <= set(re.findall(re.escape(c), universe, re.IGNORECASE)), c


_TEXTS = {
    "en": "5 people; twenty-five and a half; one or two; someone often said A Hundred, 3,000 x² ten² ²ten",
    "fr": "vingt-cinq, des centaines de milliers; cinquante-et-un ou 1 200,5 ; quelqu'un; Mille.",
    "ar": "قتل خمسة وعشرون شخصا ولخمسة آلاف و3 ملايين، والاثنين عشرات الآلاف ²ثلاثة بثلاثة جثلاثة ءخمسة ؠاربعة ق3 ـستة",
}


@pytest.mark.parametrize("lang", available_languages())
def test_searching_from_the_quick_starts_finds_the_same_candidates(lang: str) -> None:
    p = load_pack(lang)
    text = _TEXTS[lang]
    for pos in range(len(text) + 1):
        expected = p.candidates.search(text, pos)
        got = search_from(p.candidates, p.candidate_starts, text, pos)
        assert (got and got.span()) == (expected and expected.span()), pos


@pytest.mark.parametrize("lang", available_languages())
def test_the_patterns_opening_with_a_number_find_the_same_matches_from_the_quick_starts(lang: str) -> None:
    p = load_pack(lang)
    texts = ["2 in 5, one in four, 3 times more, 10-fold, un sur dix, trois fois plus, واحد من كل خمسة، 3 أضعاف",
             "twenty-one in 100 and 1 000 in 2000; x12 in 3", "ضعفا 20- و10 مرات", ""]
    for pattern in (p.fold_re, p.one_in_re, p.fold_changed_re):
        if pattern is None:
            continue
        for text in texts:
            found = [(m.span(), m.groupdict()) for m in finditer_from(pattern, p.candidate_starts, text)]
            assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_words_ending_a_window_are_found_in_reverse_as_forward() -> None:
    from claimx.quantities import after_noun, duals, halves, predicates, ratios
    from claimx.quantities.model import CAPWORD_BEFORE

    reversed_ = [CAPWORD_BEFORE, duals._WORD_BEFORE, after_noun._WORD_BEFORE, halves._WORD_BEFORE,
                 predicates._WORD_ENDING, ratios._PREV_WORD]
    texts = ["the Team ", "x Radio ", "(Équipe ", "-Radio ", "Radio", "aB cD  ", "de ساعة ", "word- \t", "وقال إن ",
             "l'ONU ", "\"nine\" ", "e\u0301T ", "", " ", "A B C  ", "12 ab cd\t"]
    for pattern in reversed_:
        assert pattern.pattern.startswith("(?r)")
        forward = regex.compile(pattern.pattern[len("(?r)") :], pattern.flags & ~regex.REVERSE)
        for text in texts:
            for end in range(len(text) + 1):
                a, b = forward.search(text[:end]), pattern.search(text[:end])
                assert (a and (a.span(), a.regs)) == (b and (b.span(), b.regs)), (pattern.pattern, text[:end])


def _real_texts(lang: str) -> list[str]:
    real = Path(__file__).resolve().parents[1] / "corpus" / "real" / lang
    return [json.loads(line)["text"] for f in sorted(real.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lang", available_languages())
def test_the_duals_tried_word_by_word_are_the_duals_tried_at_each_position(lang: str) -> None:
    # a mark, a superscript digit and an underscore around a dual; clitics; a dual ending inside
    # a longer word; two duals glued by a mark; a run that holds two of the endings
    p = load_pack(lang)
    if p.dual_re is None or p.dual_test is None or not p.dual_by_word:
        pytest.skip("no duals read word by word in this pack")
    texts = _real_texts(lang) + [
        "وميداليتين ذهبيتين ساعتين² ساعتين\u064b xساعتين 2ساعتين ساعتين_ لمدة يومين، وشهرين",
        "رجلين\u064bرجلين تانتين المحطتين الحافتان للجنتين بروتين وبوتان", "ساعتين", "",
    ]
    for text in texts:
        words = [(m.span(), m.groupdict()) for m in finditer_words(p.dual_re, p.dual_test, text)]
        assert words == [(m.span(), m.groupdict()) for m in p.dual_re.finditer(text)], text


@pytest.mark.parametrize("lang", available_languages())
def test_the_quick_tests_before_a_regex_pass_wherever_it_matches(lang: str) -> None:
    # one_unit_hold before one_unit_re in a paragraph; change_word_test before change_word_re in
    # the window before each number (here every window ending at a digit)
    p = load_pack(lang)
    texts = _real_texts(lang) + ["لمدة عام وأكثر من  شهرين ونحو\tأسبوع", "a year-long crisis, up 5%", "en hausse de 5 %"]
    for text in texts:
        if p.one_unit_re is not None and p.one_unit_re.search(text) is not None:
            assert may_hold(p.one_unit_hold, text), text
        for m in re.finditer(r"\d", text):
            window = text[max(0, m.start() - 100) : m.start()]
            if p.change_word_re.search(window) is not None:
                assert may_hold(p.change_word_test, window), window


def _near_pairs(p: object) -> tuple[list[tuple[object, object]], list[tuple[object, object]]]:
    """The patterns the number stage searches only around their words (Scan.found_near), and those
    opening with a number it tries only at the numbers around them (Scan.numbers_near), each with
    the test whose strings every match holds."""
    found = [("fraction_re", "fraction_test"), ("multiplier_re", "multiplier_test"), ("times_re", "times_test"),
             ("one_noun_in_re", "one_every_test"), ("dual_re", "dual_test"), ("qualified_dual_re", "qualified_dual_hold"),
             ("and_half_re", "and_half_test")]
    numbers = [("fold_re", "fold_test"), ("one_in_re", "one_in_word_test"), ("fold_changed_re", "fold_changed_test")]
    return ([(getattr(p, a), getattr(p, b)) for a, b in found if getattr(p, a) is not None],
            [(getattr(p, a), getattr(p, b)) for a, b in numbers if getattr(p, a) is not None])


@pytest.mark.parametrize("lang", available_languages())
def test_the_patterns_searched_around_their_words_find_what_a_paragraph_search_finds(lang: str) -> None:
    """A long paragraph (the real-text rows of the language joined, then the tests' strings between
    punctuation, decimals and brackets) gives the same matches searched around the words of each
    pattern, and between the barriers, as searched from the start."""
    from claimx.quantities.scan import _BARRIER, Scan

    p = load_pack(lang)
    found, numbers = _near_pairs(p)
    real = Path(__file__).resolve().parents[1] / "corpus" / "real" / lang
    rows = [json.loads(line)["text"] for f in sorted(real.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    strings = [s for _, t in found + numbers if t is not None for s in t.strings or ("in", "sur", "من")]
    crafted = " ".join(f"x;{s} 3.5 {s}; (2 {s}) «{s}» 1,000 {s}. {s}، ثلاثة {s}:{s}2 {s.upper()} 12 {s}s." for s in strings)
    for text in (" ".join(rows), crafted, _TEXTS[lang], "", "2 in 5; one in four. 3 times more, 10-fold (un sur dix)"):
        assert not any(_BARRIER.search(s) for s in strings)  # a match holds its string, and no barrier
        f = Scan(text, p)
        for pattern, test in found:
            assert [(m.span(), m.groupdict()) for m in f.found_near(pattern, test)] == [
                (m.span(), m.groupdict()) for m in pattern.finditer(text)
            ], pattern.pattern[:80]
        for pattern, test in numbers:
            assert [(m.span(), m.groupdict()) for m in f.numbers_near(pattern, test)] == [
                (m.span(), m.groupdict()) for m in pattern.finditer(text)
            ], pattern.pattern[:80]


@pytest.mark.parametrize("lang", available_languages())
def test_the_events_found_from_their_quick_starts_are_those_a_search_finds(lang: str) -> None:
    from claimx.events import _fold

    p = load_pack(lang)
    assert p.event_starts is not None
    real = Path(__file__).resolve().parents[1] / "corpus" / "real" / lang
    rows = [json.loads(line)["text"] for f in sorted(real.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    surfaces = [s.replace("*", "s") for kind in p.event_kinds.values() for s in kind]
    for text in (*rows, " ".join(surfaces), "x" + " 2".join(surfaces), "".join(surfaces)):
        key = _fold(text)[0]
        assert [(m.span(), m.lastgroup) for m in finditer_from(p.event_re, p.event_starts, key)] == [
            (m.span(), m.lastgroup) for m in p.event_re.finditer(key)
        ]


@pytest.mark.parametrize("lang", available_languages())
def test_the_event_test_passes_every_sentence_with_an_event(lang: str) -> None:
    """Each event surface (a stem with a suffix) in a sentence is found with the quick test as
    without it; a sentence without one is not searched, and a fresh pack's regex stays uncompiled."""
    from claimx.events import SentenceEvents
    from claimx.packs import _compile

    p = _compile(lang)  # a fresh pack: none of its patterns compiled
    assert p.event_test is not None and p.event_test.strings is None  # not with the paragraph's tests
    assert SentenceEvents("12 + 30 = 42", p).events == []
    assert "_compiled" not in vars(p.event_re)
    surfaces = [s for ss in p.event_kinds.values() for s in ss]
    for surface in surfaces:
        sentence = "Le " + surface.replace("* ", "aient ").replace("*", "és").upper() + " 1200."
        with_test = SentenceEvents(sentence, p).events
        test, p.event_test = p.event_test, None
        try:
            assert with_test == SentenceEvents(sentence, p).events != [], sentence
        finally:
            p.event_test = test


def test_a_test_the_index_does_not_answer_is_searched_once_a_paragraph() -> None:
    """A holding test searched on its own (not in the pack's index, or a paragraph the index cannot
    read) is searched once for the paragraph, however many numbers ask it: asked at each number, a
    long paragraph was read again each time."""
    from claimx.packs.patterns import QuickTest
    from claimx.quantities.scan import Scan, before

    class Counting(QuickTest):
        __slots__ = ("calls",)

        def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
            self.calls += 1
            return super().search(text, pos)

    f = Scan("Some 5 people fled, and 7 more fled later.", load_pack("en"))
    fled, absent = Counting("fled"), Counting("xyz")
    fled.calls = absent.calls = 0
    assert all(f.holds(fled) for _ in range(5)) and not any(f.holds(absent) for _ in range(5))
    assert (fled.calls, absent.calls) == (1, 1)
