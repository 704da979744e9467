"""The errors claimx raises, all derived from :class:`ClaimxError`, each with a message saying what is wrong.

Each also derives from the built-in error it was before there was a common base, so ``except
ValueError`` around a pack or record error still catches it.
"""

from __future__ import annotations


class ClaimxError(Exception):
    """Base of every error claimx raises on purpose."""


class PackError(ClaimxError, ValueError):
    """A language pack is missing, malformed or asked for a language claimx does not support."""


class RecordError(ClaimxError, ValueError):
    """A record that is not a complete ``claimx/1`` claim; the message says what is wrong."""


class InputError(ClaimxError):
    """An input that cannot be read as text (binary, undecodable, missing)."""


class BackendError(ClaimxError, RuntimeError):
    """An NER backend cannot run (missing package or model); the message says what to install."""


class UsageError(ClaimxError):
    """A problem with the command line itself (exit code 2)."""


class EvalError(ClaimxError):
    """The corpus cannot be read."""


__all__ = ["BackendError", "ClaimxError", "EvalError", "InputError", "PackError", "RecordError", "UsageError"]
