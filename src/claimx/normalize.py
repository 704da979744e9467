"""Normalisation at the edge, with an offset map back into the raw input.

Every later stage works on the normalised text; every span it reports is mapped back
through :class:`Normalized` so that ``span`` always points into what the caller gave us.

What changes (and nothing else):

* Arabic-Indic and Persian digits become ASCII digits; ``٫`` becomes ``.`` and ``٬`` becomes ``,``.
* No-break, narrow no-break, thin and other space characters become a plain space.
* Typographic apostrophes become ``'``; the Arabic percent sign ``٪`` becomes ``%``.
* Arabic alef variants (``أ إ آ ٱ``) become ``ا`` and ``ى`` becomes ``ي`` (matching only: the raw
  text is what the record quotes).
* Tatweel, Arabic diacritics (harakat), zero-width characters, bidi marks and soft hyphens are removed.
* Arabic presentation forms and Latin ligatures are folded by NFKC, and decomposed
  Latin letters are composed (NFC).
* An HTML entity left in the text (``&amp;``, ``&quot;``, ``&#39;``) becomes the character it writes.
* A lone surrogate (a ``str`` that is not valid Unicode text, e.g. from ``surrogateescape``)
  becomes U+FFFD, so no later stage (the language detector, the NER models) sees an invalid string.
* Square brackets that set apart a few words of a draft under negotiation before a word or a per
  cent sign become spaces (``not exceed [65] %``, ``[ninety] per cent``): the number inside keeps
  its unit. A note call (``planning.[23]``) has no space before it and keeps its brackets.
* Web and e-mail addresses become blanks (their digits are no numbers of the text), the same length.
* A decimal of the Egyptian press written with ``ر`` between its fraction and its whole part, the
  fraction first (``6ر1 مليون``: 1.6 million), is written ``1.6``: the same length, the same spans.

The fast path (no deletions, no expansions) is one ``str.translate`` and an identity map.
"""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

import regex

_ONE_TO_ONE: dict[int, str] = {}
for _i in range(10):
    _ONE_TO_ONE[0x0660 + _i] = str(_i)  # Arabic-Indic
    _ONE_TO_ONE[0x06F0 + _i] = str(_i)  # Extended Arabic-Indic (Persian, Urdu)
_ONE_TO_ONE.update(
    {
        0x066B: ".",  # ARABIC DECIMAL SEPARATOR
        0x066C: ",",  # ARABIC THOUSANDS SEPARATOR
        0x066A: "%",  # ARABIC PERCENT SIGN
        0x00A0: " ",
        0x202F: " ",
        0x2007: " ",
        0x2009: " ",
        0x200A: " ",
        0x2002: " ",
        0x2003: " ",
        0x2004: " ",
        0x2005: " ",
        0x2006: " ",
        0x2008: " ",
        0x205F: " ",
        0x3000: " ",
        0x2019: "'",
        0x2018: "'",
        0x02BC: "'",
        0x2032: "'",
        0x0623: "\u0627",  # أ
        0x0625: "\u0627",  # إ
        0x0622: "\u0627",  # آ
        0x0671: "\u0627",  # ٱ
        0x0649: "\u064a",  # ى -> ي
        0x2212: "-",  # minus sign
        0x2010: "-",
        0x2011: "-",
    }
)

_ONE_TO_ONE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})

# Characters removed outright.
_DELETE = (
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u200e\u200f"  # zero width, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u00ad"  # soft hyphen
    "\ufeff"  # BOM / ZWNBSP
)
_HARAKAT = "".join(chr(c) for c in list(range(0x064B, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06EE)))

_TABLE: dict[int, str | None] = dict(_ONE_TO_ONE)
for _c in _DELETE + _HARAKAT:
    _TABLE[ord(_c)] = None

# The characters the table maps or deletes, found by ``re`` (a character class, matched in C)
# before any translating: most paragraphs hold none or a few kinds of them (an apostrophe, a
# no-break space), and str.translate with a dict reads every character of a non-ASCII text
# through the dict, where str.replace of the few found finds them at C speed.
_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE) if not 0xD800 <= c < 0xE000) + "\ud800-\udfff]")
# Kinds of characters past which one translate is cheaper than a replace each: str.translate reads
# a non-ASCII text through the dict at about fifty times the cost of a replace's scan of it, so an
# Arabic paragraph (a dozen kinds: hamza forms of alif, alif maqsura, marks) is faster replaced.
_FEW_MAPPED = 24


def _translate(raw: str) -> str:
    """``raw.translate(_TABLE)``: each of the table's characters replaced at once. No character the
    table gives is one it maps, so replacing the kinds found one after another gives the same text,
    and the text before the first character of the kind replaced last holds none the table maps:
    the next kind is searched from there (a search a kind, where listing every mapped character,
    an Arabic paragraph's many hamzas, cost more than the replacing)."""
    m = _MAPPED.search(raw)
    kinds = 0
    while m is not None:
        kinds += 1
        if kinds > _FEW_MAPPED:
            return raw.translate(_TABLE)
        at, c = m.start(), m.group()
        raw = raw.replace(c, _TABLE[ord(c)] or "")
        m = _MAPPED.search(raw, at)
    return raw


# Anything that needs the slow path: deletions, compatibility forms, combining marks. These classes
# of plain characters are searched by ``re``, which finds a class in C several times faster than
# ``regex`` over a whole paragraph (a twentieth of the English number stage went to this test).
_SLOW = re.compile(
    "[" + re.escape(_DELETE + _HARAKAT) + r"\uFB50-\uFDFF\uFE70-\uFEFF\u0300-\u036F\uFB00-\uFB06]"
)
_COMBINING = regex.compile(r"\p{M}")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character through the table; presentation forms and ligatures are NFKC-folded first.

    May return '' (deleted) or several characters (a lam-alef ligature, ``ﬁ``)."""
    if "\ufb00" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
        ch = unicodedata.normalize("NFKC", ch)
    return ch.translate(_TABLE)


class Normalized:
    """Normalised text plus the map from its offsets to offsets of the raw text (immutable).

    Where normalising only deleted characters (the diacritics of an Arabic paragraph), the map is
    the indices of the characters kept, listed when first read: most paragraphs hold no claim, and
    no offset of them is ever mapped back (listing them was a twentieth of the Arabic number stage).
    """

    __slots__ = ("raw", "text", "_offsets")
    raw: str
    text: str
    _offsets: tuple[int, ...] | None | _Kept

    def __init__(self, raw: str, text: str, offsets: tuple[int, ...] | None | _Kept) -> None:
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_offsets", offsets)

    @property
    def offsets(self) -> tuple[int, ...] | None:
        """``offsets[i]`` is the raw index of normalised char ``i``; ``None`` means identity."""
        offsets = self._offsets
        if isinstance(offsets, _Kept):
            offsets = kept_indices(self.raw)
            object.__setattr__(self, "_offsets", offsets)
        return offsets

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return (self.raw, self.text, self.offsets) == (other.raw, other.text, other.offsets)

    def __hash__(self) -> int:
        return hash((self.raw, self.text, self.offsets))

    def __repr__(self) -> str:
        return f"Normalized(raw={self.raw!r}, text={self.text!r}, offsets={self.offsets!r})"

    def __reduce__(self) -> tuple[type[Normalized], tuple[str, str, tuple[int, ...] | None]]:
        return Normalized, (self.raw, self.text, self.offsets)

    def raw_offset(self, i: int) -> int:
        """Raw index of normalised index ``i`` (``i == len(text)`` maps to ``len(raw)``)."""
        offsets = self.offsets
        if offsets is None:
            return i
        if i >= len(offsets):
            return len(self.raw)
        return offsets[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering normalised ``[start, end)``."""
        offsets = self.offsets
        if offsets is None:
            return start, end
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        # Marks removed by normalisation right after the last char belong to it ("عاماً"), and so does
        # the rest of an HTML entity it was written as ("&amp;").
        raw_end = offsets[end - 1] + 1
        if self.raw[raw_end - 1] == "&" and (em := _ENTITY.match(self.raw, raw_end - 1)) is not None:
            raw_end = em.end()
        stop = offsets[end] if end < len(offsets) else len(self.raw)
        while raw_end < stop and (_COMBINING.match(self.raw[raw_end]) or self.raw[raw_end] == "\u0640"):
            raw_end += 1
        return offsets[start], raw_end

    def norm_offset(self, raw_i: int) -> int:
        """Normalised index of the first char at or after raw index ``raw_i``."""
        offsets = self.offsets
        if offsets is None:
            return raw_i
        return bisect_right(offsets, raw_i - 1)


class _Kept:
    """What :class:`Normalized` holds for offsets that are the kept indices of its raw text, not yet listed."""


_KEPT = _Kept()
_DELSET = frozenset(_DELETE + _HARAKAT)
_DELETED_RUN = re.compile("[" + re.escape(_DELETE + _HARAKAT) + "]+")


def kept_indices(raw: str) -> tuple[int, ...]:
    """The indices of the characters of ``raw`` that are not deleted (diacritics, tatweel,
    invisible marks): the ranges between runs of deleted ones, built in C, not character by
    character (the same tuple as ``tuple(i for i, c in enumerate(raw) if c not in _DELSET)``)."""
    out: list[int] = []
    i = 0
    for m in _DELETED_RUN.finditer(raw):
        out.extend(range(i, m.start()))
        i = m.end()
    out.extend(range(i, len(raw)))
    return tuple(out)
_FOLD = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE\u0300-\u036F\uFB00-\uFB06]")
# The HTML entities text copied from a web page keeps ("S&amp;P 500", "Hygiene &amp; Tropical Medicine").
_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5});")


# Brackets of a draft: after a space or at a line's start, at most four words, then a word or "%".
_DRAFT_BRACKETS = regex.compile(r"(?<![^\s])\[([^\[\]\n]{1,40})\](?=[ \t]*(?:%|\p{L}))")


def _unbracketed(text: str) -> str:
    """``text`` with the brackets of a draft (see the module docstring) made spaces, same length."""
    if "[" not in text:
        return text
    return _DRAFT_BRACKETS.sub(lambda m: f" {m.group(1)} " if len(m.group(1).split()) <= 4 else m.group(), text)


# A decimal of the Egyptian press written with the letter "ر" between its fraction and its whole part,
# the fraction first in the text: "6ر1 مليون" is 1.6 million, "75ر8 دولار" 8.75 dollars; before a per
# cent sign "و" is written so too ("من 7و0% إلى نحو 5و3%": from 0.7% to 3.5%).
_RA_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})(?:\u0631|\u0648(?=\d{1,3}[ \t]*%))(\d{1,3})(?![\d.,])")
_RA_DIGIT = re.compile(r"\u0631\d")  # (each opens with its letter: re's literal search is fast)
_WA_DIGIT = re.compile(r"\u0648\d{1,3}[ \t]*%")


# A web address or an e-mail address: its digits are no numbers of the text ("t.co/ScUyy3f28x",
# "example.org/report2019"); a closing stop or bracket after it is the sentence's. Each is found from
# a literal ("://", "www.", "@") and read out from there, so a text with none costs three searches.
_LINK_BODY = re.compile(r"[^\s<>\"«»]+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z+.-]{0,15}$")
_MAIL_AFTER = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_MAIL_BEFORE = re.compile(r"[\w.+-]{1,64}$")
_LINK_TAIL = re.compile(r"[.,;:!?)\]'’]+$")


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Where the web and e-mail addresses of ``text`` are."""
    spans = []
    for literal in ("://", "www.", "@"):
        i = text.find(literal)
        while i >= 0:
            if literal == "@":
                am, bm = _MAIL_AFTER.match(text, i), _MAIL_BEFORE.search(text, max(0, i - 64), i)
                if am is not None and bm is not None:
                    spans.append((bm.start(), am.end()))
            else:
                sm = _SCHEME.search(text, max(0, i - 16), i) if literal == "://" else None
                start = sm.start() if sm is not None else i
                bm2 = _LINK_BODY.match(text, i)
                spans.append((start, bm2.end() if bm2 is not None else i + len(literal)))
            i = text.find(literal, i + 1)
    return spans


def _blank_links(text: str) -> str:
    """``text`` with every web and e-mail address made blanks, the same length."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text
    spans = _link_spans(text)
    if not spans:
        return text
    out, at = [], 0
    for s, e in sorted(spans):
        tail = _LINK_TAIL.search(text, s, e)
        e = tail.start() if tail else e
        if e <= at:
            continue
        s = max(s, at)
        out += [text[at:s], " " * (e - s)]
        at = e
    out.append(text[at:])
    return "".join(out)


def _after_folds(text: str) -> str:
    """The same-length rewrites made on the folded text: draft brackets, decimals written with "ر",
    links made blanks."""
    if _RA_DIGIT.search(text) is not None or ("%" in text and _WA_DIGIT.search(text) is not None):
        text = _RA_DECIMAL.sub(lambda m: f"{m.group(2)}.{m.group(1)}", text)
    return _unbracketed(_blank_links(text))


# What the fast path of :func:`normalize` looks for, in one scan: the characters the table maps or
# deletes (``_MAPPED``) and those only the slow path folds (``_FOLD``). No character the table gives
# is one of them.
_SCANNED = re.compile(_MAPPED.pattern[:-1] + _FOLD.pattern[1:-1] + "]")


def _fast(raw: str) -> Normalized | None:
    """:func:`normalize` of a text with no HTML entity, where it holds no character to fold
    (``None`` where it does): ``_translate``'s replacing, kind by kind, with the kinds found by
    the scan that finds a character to fold, so that a text is scanned once where it was scanned
    for the slow path's characters, for those to fold, then for the mapped ones (a paragraph with
    none of the slow path's characters, or with diacritics only, was read two or three times over)."""
    text, deleted, kinds = raw, False, 0
    m = _SCANNED.search(raw)
    while m is not None:
        at, c = m.start(), m.group()
        if _FOLD.match(c) is not None:
            return None
        kinds += 1
        if kinds > _FEW_MAPPED:  # (as _translate: one translate past a few kinds)
            slow = _SLOW.search(raw) is not None
            if slow and _FOLD.search(raw):
                return None
            return Normalized(raw, _after_folds(raw.translate(_TABLE)), _KEPT if slow else None)
        replacement = _TABLE[ord(c)]
        deleted = deleted or replacement is None
        text = text.replace(c, replacement or "")
        m = _SCANNED.search(text, at)
    # (the slow path's characters without those to fold are the deleted ones: their indices are kept)
    return Normalized(raw, _after_folds(text), _KEPT if deleted else None)


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` for matching; see the module docstring for what changes."""
    entities = "&" in raw and _ENTITY.search(raw) is not None
    if not entities and (done := _fast(raw)) is not None:
        return done
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        j = i + 1
        if ch == "&" and entities and (em := _ENTITY.match(raw, i)) is not None:
            for c in _fold_char(html.unescape(em.group())):  # "S&amp;P": the character the entity writes
                out.append(c)
                offsets.append(i)
            i = em.end()
            continue
        # Latin base letter followed by combining marks: compose the cluster (NFC) when possible.
        if j < n and "\u0300" <= raw[j] <= "\u036f" and not ("\u0600" <= ch <= "\u06ff"):
            while j < n and _COMBINING.match(raw[j]):
                j += 1
            cluster = unicodedata.normalize("NFC", raw[i:j])
            folded = "".join(_fold_char(c) for c in cluster)
            for k, c in enumerate(folded):
                out.append(c)
                offsets.append(i if k == 0 else min(i + k, j - 1))
            i = j
            continue
        folded = _fold_char(ch)
        for c in folded:
            out.append(c)
            offsets.append(i)
        i = j
    return Normalized(raw, _after_folds("".join(out)), tuple(offsets))


_SURROGATE = regex.compile("[\ud800-\udfff]")


def valid_text(raw: str) -> str:
    """``raw`` with each lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _SURROGATE.sub("\ufffd", raw) if _SURROGATE.search(raw) else raw


# Strings cached by norm_key are at most this long, so the cache's size is bounded in bytes, not
# only in entries: 65,536 entries of at most 48 characters each way, under 45 MB even in the
# 4-bytes-a-character form (a few MB for real words). A longer string (a sentence's halves,
# normalised for each claim in it) is normalised each time: caching it would hold megabytes of
# text that never comes back.
CACHED_CHARS = 48


def norm_key(word: str) -> str:
    """Normalised, case-folded form of a pack surface or a token, used as a lookup key."""
    return _norm_key(word) if len(word) <= CACHED_CHARS else _norm_key.__wrapped__(word)


@lru_cache(maxsize=65536)
def _norm_key(word: str) -> str:
    text = normalize(word).text.casefold()
    return " ".join(text.split())
