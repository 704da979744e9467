"""The regex builder every pack stage uses (claimx.packs.patterns): the shapes stages rely on."""

from __future__ import annotations

from claimx.packs.patterns import optional, word_at, words_after, words_before


def test_an_empty_word_list_builds_no_pattern_or_one_that_never_matches() -> None:
    assert words_before([], gap=r"\s*") is None
    assert words_after([], gap=r"\s*") is None
    never = words_before([], gap=r"\s*", always=True)
    assert never.search("more than 5") is None
    assert optional([]) == ""


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
