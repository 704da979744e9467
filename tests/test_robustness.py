"""No input may crash or hang the extractor; spans always point at what they quote."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import claimx

ALPHABET = list("0123456789 ,.'-–%$€£/:\n\u00a0\u202fabcdeéKMmkhr") + list("٠١٢٣٤٥٦٧٨٩٫٬٪ـًألفمليونوبحوالي") + [
    " million ", " mille ", " thousand ", " ألف ", " plus de ", " between ", " entre ", " et ", " and ",
    " septembre ", " September ", " سبتمبر ", " à ", " إلى ", " من ", " des milliers ", " ans", " years old",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ALPHABET), max_size=80).map("".join), st.sampled_from([None, "ar", "en", "fr"]))
def test_never_raises_and_spans_quote_the_input(text: str, lang: str | None) -> None:
    for c in claimx.extract(text, lang=lang):
        assert text[c.span[0] : c.span[1]] == c.text
        assert c.quantity.unit and c.quantity.qualifier
        assert c.to_dict()["schema"] == "claimx/1"


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "1 " * 50_000,
        "1,000" * 20_000,
        "de " * 30_000 + "5",
        "و" * 50_000,
        "entre 5 et " * 10_000,
        "plus de " * 20_000 + "200 000",
        ("a" * 100 + " ") * 5_000,
        "ألف " * 20_000,
        "٫" * 50_000,
        "\n" * 100_000,
        "x" * 1_000_000,
    ],
    ids=["digits", "spaced-digits", "groups", "de-run", "waw-run", "range-run", "qualifier-run", "words", "alf-run",
         "decimal-marks", "newlines", "one-long-word"],
)
def test_pathological_inputs_finish(text: str) -> None:
    claims = claimx.extract(text)
    assert isinstance(claims, list)


def test_empty_and_blank_input() -> None:
    assert claimx.extract("") == []
    assert claimx.extract("   \n\n\t ") == []


def test_bad_arguments_raise_clear_errors() -> None:
    with pytest.raises(claimx.PackError, match="unsupported language"):
        claimx.extract("text", lang="de")
    with pytest.raises(ValueError, match="ISO date"):
        claimx.extract("text", published="04/10/2022")
    with pytest.raises(TypeError):
        claimx.extract(b"bytes")  # type: ignore[arg-type]
    assert claimx.extract("Plus de 200 000 Russes.", published=dt.date(2022, 10, 4))


def test_unsupported_language_gives_no_claims() -> None:
    german = "Mehr als 200.000 Russen sind nach Kasachstan geflohen, sagte der Innenminister am Dienstag."
    assert claimx.extract(german) == []


def test_claims_are_frozen_and_structural() -> None:
    a = claimx.extract("Plus de 200 000 Russes ont fui.")
    b = claimx.extract("Plus de 200 000 Russes ont fui.")
    assert a == b and hash(a[0].quantity) == hash(b[0].quantity)
    with pytest.raises(AttributeError):
        a[0].quantity.value = 1  # type: ignore[misc]
