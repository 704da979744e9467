"""Character classes every stage shares, spelled out once (as spaCy's ``lang/char_classes.py``).

Arabic script has its own comma, semicolon and question mark; a stage that breaks text at
punctuation takes them from here instead of writing ``،؛؟`` into its own regex.
"""

from __future__ import annotations

ARABIC_COMMA = "\u060c"  # ،
ARABIC_SEMICOLON = "\u061b"  # ؛
ARABIC_QUESTION_MARK = "\u061f"  # ؟

COMMAS = "," + ARABIC_COMMA
SEMICOLONS = ";" + ARABIC_SEMICOLON
QUESTION_MARKS = "?" + ARABIC_QUESTION_MARK
# What ends the clause a word before a number is read in: a sentence end or a (Latin) semicolon,
# not a comma (see :func:`claimx.segment.clause_before`).
CLAUSE_ENDS = ".;!?" + ARABIC_QUESTION_MARK + "\n"
