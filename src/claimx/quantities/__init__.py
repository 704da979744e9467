"""The quantities stage: numbers, scales, units, ranges and qualifiers in normalised text.

See ``finder.py`` for the stages in order and ``rules.py`` for the named not-claim rules.
"""

from claimx.quantities.finder import MAX_VALUE, Hit, Rejection, find_quantities, rejections, why_not_claim
from claimx.quantities.numbers import parse_digits, parse_words
from claimx.quantities.rules import NOT_CLAIM_RULES

__all__ = [
    "MAX_VALUE",
    "NOT_CLAIM_RULES",
    "Hit",
    "Rejection",
    "find_quantities",
    "parse_digits",
    "parse_words",
    "rejections",
    "why_not_claim",
]
