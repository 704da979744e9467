"""Every error claimx raises on purpose derives from one base, and is importable where it used to be."""

from __future__ import annotations

import pytest

import claimx
from claimx import batch, evaluate, ner, packs, records, textio
from claimx.errors import BackendError, ClaimxError, EvalError, InputError, PackError, RecordError, UsageError

ERRORS = [
    (PackError, packs, ValueError),
    (RecordError, records, ValueError),
    (InputError, textio, Exception),
    (BackendError, ner, RuntimeError),
]


@pytest.mark.parametrize("error, module, builtin", ERRORS, ids=[e.__name__ for e, _, _ in ERRORS])
def test_one_base_and_the_old_names(error: type[Exception], module: object, builtin: type[Exception]) -> None:
    assert issubclass(error, ClaimxError) and issubclass(error, builtin)
    assert getattr(claimx, error.__name__) is error
    assert getattr(module, error.__name__) is error
    assert error.__name__ in claimx.__all__


# The command line's own errors: under the base too, importable where they were (not from claimx).
CLI_ERRORS = [(UsageError, batch), (EvalError, evaluate)]


@pytest.mark.parametrize("error, module", CLI_ERRORS, ids=[e.__name__ for e, _ in CLI_ERRORS])
def test_the_command_lines_errors_share_the_base(error: type[Exception], module: object) -> None:
    assert issubclass(error, ClaimxError)
    assert getattr(module, error.__name__) is error


def test_one_except_catches_a_bad_language() -> None:
    with pytest.raises(ClaimxError, match="unsupported language 'xx'"):
        claimx.extract("200 people", lang="xx")


def test_one_except_catches_a_bad_record() -> None:
    with pytest.raises(ClaimxError, match="missing field"):
        claimx.claim_from_dict({})
