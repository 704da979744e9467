"""Compatibility: the time stage now lives in :mod:`claimx.time`; this module re-exports its API."""

from claimx.time import PERIODS, RELATIONS, TimeHit, TimeIndex, TimePack, dateline_end, find_published, find_times, time_pack

__all__ = [
    "PERIODS",
    "RELATIONS",
    "TimeHit",
    "TimeIndex",
    "TimePack",
    "dateline_end",
    "find_published",
    "find_times",
    "time_pack",
]
