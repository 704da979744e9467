"""Numbers as written: digit strings with any separator convention, and number words.

Both functions are pure: ``(text, pack) -> Decimal | None``. The pack says which mark is the
decimal mark and which words are numbers; the code is the same for every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
import regex

from claimx.normalize import norm_key
from claimx.packs import Pack

_GROUPED = regex.compile(r"(\d{1,3})([,.' ،])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?")
_REVERSED = regex.compile(r"(\d{3}(?:[.,]\d+)?(?: \d{3})*) (\d{1,3})")
_WORD = regex.compile(r"\w+")  # a word of the gap between two numbers (compiled once: see rules._DASH_END)


def parse_digits(s: str, pack: Pack) -> tuple[Decimal, bool] | None:
    """Value of a digit string, and whether it used group separators.

    ``200,000`` / ``200 000`` / ``200.000`` are grouped integers; ``1,5`` is a decimal where the
    pack's decimal mark is ``,``; ``1.5`` is a decimal where a single 3-digit group cannot be meant.
    """
    if pack.reversed_groups:
        r = _REVERSED.fullmatch(s)
        # Where the pack says groups may come reversed, space-grouped digits always are: in Arabic
        # text "589 299" is 299,589 (an Arabic writer groups with "٬" or ","; spaces come from
        # right-to-left typesetting), as "000 250 3" is 3,250,000.
        if r is not None:
            groups = (r.group(1) + " " + r.group(2)).split(" ")
            head, *rest = reversed(groups)
            tail = "".join(rest).replace(",", ".")
            if not head.startswith("0"):  # "200 000" read backwards would start with zeros: it is not reversed
                return Decimal(head + tail), True
    m = _GROUPED.fullmatch(s)
    if m:
        head, sep, groups, dec_mark, dec = m.groups()
        n_groups = groups.count(sep) + 1
        if sep in " '" or dec is not None:
            grouped = True
        elif sep in pack.decimal and n_groups == 1 and not (pack.dot_groups and head != "0"):
            # "1,500" in French, "1.500" in English: the pack's own decimal mark wins.
            grouped = False
        else:
            grouped = True
        if grouped:
            digits = head + groups.replace(sep, "")
            if dec is not None:
                if dec_mark == sep:
                    return None
                digits += "." + dec
            return Decimal(digits), True
        return Decimal(head + "." + groups), False
    try:
        # a decimal mark and a group together that no grouped form above reads ("905,1 000" in
        # Arabic text) is no number: Decimal refuses it
        return Decimal(s.replace(",", ".").replace("،", ".")), False
    except InvalidOperation:
        return None


def _joined(gap: str, pack: Pack) -> bool:
    """Whether the text between two number words holds one of the pack's connectors."""
    words = _WORD.findall(norm_key(gap))
    return any(w in pack.connector_words for w in words)


def parse_words(s: str, pack: Pack) -> tuple[Decimal, bool, int] | None:
    """Value of a run of number words, whether it holds a scale word, and the offset in ``s`` where
    the number starts; None if it is not a number (see :func:`parse_word_span`)."""
    found = parse_word_span(s, pack)
    return None if found is None else found[:3]


def _adds(current: Decimal, value: Decimal) -> bool:
    """Whether ``value`` may add to the ``current`` group of words as one number.

    Words of one number add from the larger order down (``twenty-one``, ``soixante et onze``) or,
    in Arabic, a unit before its tens (``ثلاثة وعشرون``, ``خمسة عشر``). Two units (``three and
    six``, ``trois et six``, ``ثلاثة وستة``) or a larger tens after tens (``twenty and thirty``) are
    two numbers, as in a range, never their sum; so is a teen after a unit (``deux et quatorze``:
    between two and fourteen), for only whole tens follow a unit (``خمسة عشر``, ``ثلاثة وعشرون``)."""
    if current < 10:
        return 10 <= value < 100 and value % 10 == 0
    return value < current


def parse_word_span(s: str, pack: Pack) -> tuple[Decimal, bool, int, int] | None:
    """Value of a run of number words, whether it holds a scale word, the offset in ``s`` where
    the number starts and the offset where it ends; None if it is not a number.

    The run ends early where its next word starts another number (``three`` in ``three and six``).

    Additive words add, a hundred multiplies what precedes it, a scale closes a group
    (``deux cent mille`` = (2 × 100) × 1000), a dual is a whole group on its own (``ألفين``).
    Weak words (``un``, ``a``) count only before a hundred or a scale (``a five-year`` is 5).
    """
    g = _Groups()
    weak_start = weak_end = 0
    first: int | None = None
    last_key = ""
    end = len(s)
    n_items = prev_end = group_from = 0  # group_from: where the group after the last scale starts
    for m in pack.word_item_re.finditer(s):
        key = norm_key(m.group("w"))
        kind, value = pack.numbers[key]
        if kind == "words" and first is None and g.weak and _joined(s[weak_end : m.start("w")], pack):
            return g.weak, False, weak_start, weak_end  # "entre un | et trois mois": one opens a range
        if kind == "words" and g.current and not _adds(g.current, value):
            end = prev_end  # "three | and six months": a second number starts here
            break
        if kind in ("scales", "duals") and g.last_scale and _scale_of(kind, value) >= g.last_scale:
            if not g.scales_up(kind, value, s[prev_end : m.start("w")]):
                end = group_from  # "مليوني | وثلاثة ملايين": two millions, then three, never five
                break
            last_key, prev_end, group_from, n_items = key, m.end(), m.end(), n_items + 1  # "ألف مليار"
            continue
        if kind not in ("scales", "duals") and g.total and not g.current and not g.weak:
            group_from = prev_end
        last_key = key
        n_items += 1
        if kind == "weak":
            if first is not None and (g.current or g.total) and _joined(s[prev_end : m.start("w")], pack):
                if g.current and not _adds(g.current, value):
                    end = prev_end  # "deux | et un paquet": two numbers, as "trois et six"
                    break
                g.current += value  # after a number, a weak word joined adds ("مائة وواحد", "a hundred and one")
                prev_end = m.end()
                continue
            if not g.weak:
                g.weak, weak_start, weak_end = value, m.start(), m.end()
            continue
        if first is None:
            first = weak_start if g.weak and kind != "words" else m.start()
        g.add(kind, value)
        if kind in ("scales", "duals"):
            group_from = m.end()
        prev_end = m.end()
    if first is None:
        return None
    if n_items == 1 and last_key in pack.bound_scales:
        return None  # "ألفا" alone is the Greek letter, "million" alone needs "un"/"a"
    if n_items == 1 and g.total + g.current == 1 and end == len(s):
        return None  # "one", "أحد" alone: a reference ("one of them", "أحد الجيران"), not a count;
        # "one | and three months" opens a range
    return g.total + g.current, bool(g.last_scale), first, end


def _scale_of(kind: str, value: Decimal) -> Decimal:
    """The scale a scale word or a dual closes a group with: a dual (``مليوني``, two millions) is
    two of its scale."""
    return value if kind == "scales" else value / 2


@dataclass
class _Groups:
    """The running value of a run of number words (:func:`parse_word_span`)."""

    total: Decimal = Decimal(0)  # the closed groups
    current: Decimal = Decimal(0)  # the open group
    weak: Decimal = Decimal(0)  # a weak word waiting for its hundred or scale ("un", "a")
    last_scale: Decimal = Decimal(0)  # the scale that closed the last group ("million" in "two million …")

    def scales_up(self, kind: str, value: Decimal, gap: str) -> bool:
        """A scale word right after a closed group, larger than all of it, multiplies it ("ألف
        مليار", "a thousand billion", "mille milliards": 10¹²); else the open group is dropped and
        the word starts another number (``False``: "مليوني | وثلاثة ملايين")."""
        if kind == "scales" and not self.current and not self.weak and value > self.total and not gap.strip():
            self.total *= value
            self.last_scale *= value
            return True
        self.current = self.weak = Decimal(0)
        return False

    def add(self, kind: str, value: Decimal) -> None:
        """Additive words add, a hundred multiplies the open group, a scale or a dual closes it."""
        if kind == "words":
            self.current += value
        elif kind == "hundreds":
            self.current = (self.current or self.weak or Decimal(1)) * value
        else:  # scales, duals
            self.total += (self.current or self.weak or Decimal(1)) * value
            self.current = Decimal(0)
            self.last_scale = _scale_of(kind, value)
        self.weak = Decimal(0)
