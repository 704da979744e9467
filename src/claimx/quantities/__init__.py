"""The quantities stage: numbers, scales, units, ranges and qualifiers in normalised text."""

from claimx.quantities.finder import MAX_VALUE, Hit, find_quantities
from claimx.quantities.numbers import parse_digits, parse_words

__all__ = ["MAX_VALUE", "Hit", "find_quantities", "parse_digits", "parse_words"]
