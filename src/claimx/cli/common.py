"""What the commands share: the argument parser's error handling, standard output and the
``--lang`` check."""

from __future__ import annotations

import argparse
import io
import sys
from typing import IO, Any

from claimx.packs import PackError, available_languages


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors; keep the message short
        self.print_usage(sys.stderr)
        self.exit(2, f"claimx: error: {message}\n")


Commands = argparse._SubParsersAction  # the subcommands of the parser


def stdout() -> IO[str]:
    """Standard output, writing UTF-8 with ``\\n`` line ends whatever the platform's default."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    return sys.stdout


def check_language(lang: str | None) -> None:
    """PackError for a ``--lang`` claimx has no pack for."""
    if lang is not None and lang not in available_languages():
        raise PackError(f"unsupported language {lang!r}: claimx supports {', '.join(available_languages())}")
