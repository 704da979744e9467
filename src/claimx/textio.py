"""Reading input files: encoding detection, binary refusal, paragraph streaming.

``read_paragraphs(path)`` yields ``(offset, paragraph)`` pairs with offsets in characters of the
decoded text, reading the file in chunks so memory does not grow with its size.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import regex

from claimx.errors import InputError as InputError  # re-exported: the old import path
from claimx.segment import paragraphs

CHUNK = 1 << 20
_SAMPLE = 1 << 16
_ARABIC = regex.compile(r"\p{Arabic}")
# Non-ASCII characters of French (and Western European) news; a text in another single-byte code
# page read as cp1252 gives many others (ð, ñ, ò, å, í...), so the share of these tells them apart.
_LATIN_EXT = regex.compile(r"[éèàçêâîôûùëïüÿœæÉÈÀÇÊÂÎÔÛÙËÏÜŒÆ’‘“”«»–—…€°²³ºª·\xa0ßáíóúÁÍÓÚäö]")
# In Arabic text alef and lam are a large share of all letters; in other text read as cp1256 they are not.
_ALEF_LAM = regex.compile(r"[\u0627\u0644]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BREAK = regex.compile(r"\n[ \t\r\f\v]*\n")
_MAX_BUFFER = 200_000


def detect_encoding(sample: bytes, name: str = "input") -> str:
    """The codec to read ``sample``'s file with, or :class:`InputError` saying why it is refused.

    Order: a BOM; UTF-16 without BOM (NUL bytes in alternate positions); strict UTF-8; then the two
    single-byte code pages news in these languages comes in, cp1256 (Arabic) and cp1252 (French),
    told apart by which one gives letters of its script; anything else is refused.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if sample.startswith(bom):
            return codec
    if not sample:
        return "utf-8"
    nul = sample.count(0)
    if nul:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) // 2
        if odd >= 0.3 * half and even < 0.05 * half:
            return "utf-16-le"
        if even >= 0.3 * half and odd < 0.05 * half:
            return "utf-16-be"
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(sample) < _SAMPLE)
    except UnicodeDecodeError:
        pass
    else:
        _refuse_control(text, name)
        return "utf-8"
    ar = sample.decode("cp1256", errors="replace")
    non_ascii = [c for c in ar if ord(c) > 127]
    arabic = [c for c in non_ascii if _ARABIC.match(c)]
    if arabic and len(arabic) / len(non_ascii) >= 0.7 and len(_ALEF_LAM.findall(ar)) / len(arabic) >= 0.12:
        _refuse_control(ar, name)
        return "cp1256"
    fr = sample.decode("cp1252", errors="replace")
    non_ascii = [c for c in fr if ord(c) > 127]
    upper = sum(1 for c in non_ascii if c.isupper())
    if (
        non_ascii
        and sum(1 for c in non_ascii if _LATIN_EXT.match(c)) / len(non_ascii) >= 0.9
        and (upper / len(non_ascii) < 0.5 or fr.isupper())
    ):
        _refuse_control(fr, name)
        return "cp1252"
    raise InputError(
        f"{name}: not UTF-8, UTF-16, cp1256 (Arabic) or cp1252 (Western) text; "
        "convert it to UTF-8 (e.g. with iconv) and try again"
    )


def _refuse_control(text: str, name: str) -> None:
    if text and len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise InputError(f"{name}: binary file (control characters), not text")


def _open(path: str | Path) -> tuple[BinaryIO, str]:
    if str(path) == "-":
        import sys

        return sys.stdin.buffer, "<stdin>"
    p = Path(path)
    try:
        _check_regular(p, os.stat(p).st_mode)
        # Not blocking: should a pipe replace the file after the check, opening it must not hang.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    try:
        _check_regular(p, os.fstat(fd).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb"), str(p)


def read_head(path: str | Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file; anything else raises :class:`InputError` unread."""
    fh, _ = _open(path)
    with fh:
        return fh.read(size)


def _check_regular(p: Path, mode: int) -> None:
    """Only regular files are read: a named pipe could block forever, a device never end."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError(f"{p}: is a directory")
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    raise InputError(f"{p}: {kind}, refused unread; claimx reads regular files (or standard input, '-')")


def read_paragraphs(path: str | Path, encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` for each paragraph of the file (``-`` is standard input)."""
    fh, name = _open(path)
    try:
        first = fh.read(_SAMPLE)
        codec = encoding or detect_encoding(first, name)
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        buffer = ""
        base = 0
        chunk = first
        while True:
            final = not chunk
            try:
                buffer += decoder.decode(chunk, final=final)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {codec} at byte {exc.start} of a chunk; is the file truncated or mixed?") from None
            if final:
                for s, e in paragraphs(buffer):
                    yield base + s, buffer[s:e]
                return
            cut = _last_break(buffer)
            if cut:
                head = buffer[:cut]
                for s, e in paragraphs(head):
                    yield base + s, head[s:e]
                base += cut
                buffer = buffer[cut:]
            chunk = fh.read(CHUNK)
    finally:
        if fh is not _stdin():
            fh.close()


def _last_break(buffer: str) -> int:
    """Where the buffer can be cut between complete paragraphs (0 if nowhere yet)."""
    start = max(0, len(buffer) - CHUNK - 2)
    last = 0
    for m in _BREAK.finditer(buffer, start):
        last = m.end()
    if last == 0 and len(buffer) > _MAX_BUFFER:
        # One enormous paragraph: cut at a line, sentence or space boundary.
        limit = len(buffer) - 1000
        last = max(buffer.rfind("\n", 0, limit), buffer.rfind(". ", 0, limit), buffer.rfind(" ", 0, limit)) + 1
        if last <= 0:
            last = limit
    return last


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """The whole decoded file (for small inputs and tests)."""
    fh, name = _open(path)
    with fh:
        data = fh.read()
    codec = encoding or detect_encoding(data[:_SAMPLE], name)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {codec} at byte {exc.start}") from None
