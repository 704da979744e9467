"""Compatibility: the time stage now lives in :mod:`claimx.time`; this module re-exports its API."""

from claimx.time import *  # noqa: F403  (the names of claimx.time.__all__, listed there once)
from claimx.time import __all__ as __all__
