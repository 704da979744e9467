#!/usr/bin/env python
"""Build claimx's country-name tables from CLDR, through the ``babel`` package.

    python scripts/build_countries.py            # (re)write src/claimx/packs/<lang>/countries.json
    python scripts/build_countries.py --check    # exit 1, with a diff summary, if they are stale

For each of ``ar``, ``en`` and ``fr`` it writes a JSON object::

    {"source": "CLDR <version> via babel <version>", "names": {<name>: <alpha-2 id>, ...}}

Which territories
    Every two-letter region CLDR names, minus :data:`EXCLUDED`: CLDR's numeric regions
    ("001", "150", ...) are never taken, nor the pseudo/unknown codes (QO, XA, XB, ZZ), the
    exceptionally reserved codes of places that belong to another country (AC, CP, CQ, DG, EA, IC,
    TA) and two groupings that are not countries (EZ eurozone, UN United Nations). What is left is
    the 249 officially assigned ISO 3166-1 alpha-2 codes plus ``EU`` (the European Union, kept on
    purpose: news quotes EU-wide figures) and ``XK`` (Kosovo, the user-assigned code CLDR, the EU
    and the IMF use). A new code in a later CLDR shows up in ``--check`` for a person to judge.

Which names
    For a language ``xx``: the names of ``Locale("xx").territories`` and, with the same script, those
    of its regional locales (``xx_YY``, e.g. ``en_CA`` "Bosnia and Herzegovina", ``fr_CA``
    "Vietnam", ``ar_SA`` "أوروغواي"). Script variants such as ``en_Dsrt`` are skipped. Names are
    kept exactly as CLDR spells them; the claimx matcher folds case, Arabic alef forms and
    diacritics itself.

    babel does not expose CLDR's ``alt="short"`` / ``alt="variant"`` names (its importer skips an
    alternate whenever the standard name exists), so "UK", "US", "Turkey", "Czech Republic",
    "Ivory Coast" and the like are *not* in these tables.

Shared names
    A name that two territories share in one language (exactly, or once case-folded and with its
    white space collapsed) is dropped from that language's table, with a warning on stderr.

The output is deterministic: keys sorted, ``ensure_ascii=False``, indent 1, trailing newline.
``tests/test_countries_generated.py`` imports :func:`build_tables` and compares it with the
committed files.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "claimx" / "packs"
LANGS = ("ar", "en", "fr")

#: Two-letter CLDR regions that are not taken, with the reason.
EXCLUDED: dict[str, str] = {
    "QO": "pseudo-region (Outlying Oceania)",
    "XA": "pseudo-locale code (Pseudo-Accents)",
    "XB": "pseudo-locale code (Pseudo-Bidi)",
    "ZZ": "unknown region",
    "AC": "exceptionally reserved, part of SH",
    "CP": "exceptionally reserved, part of FR",
    "CQ": "exceptionally reserved, part of GG",
    "DG": "exceptionally reserved, part of IO",
    "EA": "exceptionally reserved, part of ES",
    "IC": "exceptionally reserved, part of ES",
    "TA": "exceptionally reserved, part of SH",
    "EZ": "eurozone: a currency area, not a country",
    "UN": "United Nations: an organisation, not a place",
}


def source_label() -> str:
    import babel
    from babel.core import get_cldr_version

    return f"CLDR {get_cldr_version()} via babel {babel.__version__}"


def territory_ids() -> list[str]:
    """The region ids the tables cover (see the module docstring)."""
    from babel import Locale

    return sorted(
        code for code in Locale("en").territories if len(code) == 2 and code.isalpha() and code not in EXCLUDED
    )


def _sources(lang: str) -> list[str]:
    """``lang`` and its regional locales written in the same script, base first."""
    from babel import Locale, localedata

    script = Locale.parse(lang).script  # None for ar, en, fr
    regional = []
    for ident in localedata.locale_identifiers():
        parts = ident.split("_")
        if parts[0] != lang or len(parts) != 2:
            continue  # another language, the base itself, or lang_Script[_YY]
        loc = Locale.parse(ident)
        if loc.script == script and loc.territory:
            regional.append(ident)
    return [lang, *sorted(regional)]


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def build_table(lang: str, warn: Any = None) -> dict[str, str]:
    """``{name: alpha-2}`` for one language, shared names dropped (each reported to ``warn``)."""
    from babel import Locale

    wanted = set(territory_ids())
    owners: dict[str, set[str]] = defaultdict(set)  # exact name -> ids
    for ident in _sources(lang):
        for code, name in Locale.parse(ident).territories.items():
            if code in wanted and name and name.strip():
                owners[name].add(code)

    folded: dict[str, set[str]] = defaultdict(set)
    for name, codes in owners.items():
        folded[_fold(name)] |= codes

    table: dict[str, str] = {}
    for name in sorted(owners):
        codes = owners[name] if len(owners[name]) > 1 else folded[_fold(name)]
        if len(codes) > 1:
            if warn is not None:
                warn(f"warning: {lang}: {name!r} names {', '.join(sorted(codes))}; dropped")
            continue
        (table[name],) = codes
    return table


def build_tables(warn: Any = None) -> dict[str, dict[str, Any]]:
    """The document of every language, as it would be written."""
    label = source_label()
    return {lang: {"source": label, "names": build_table(lang, warn)} for lang in LANGS}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _warn(msg: str) -> None:
    print(msg, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="packs directory, written as <lang>/countries.json (default: %(default)s)")
    args = parser.parse_args(argv)

    tables = build_tables(_warn)
    stale = 0
    for lang, doc in tables.items():
        path = args.out / lang / "countries.json"
        name = f"{lang}/{path.name}"
        text = dumps(doc)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if args.check:
            if old == text:
                print(f"{name}: up to date ({len(doc['names'])} names)")
                continue
            stale += 1
            if old is None:
                print(f"{name}: missing")
                continue
            diff = list(
                difflib.unified_diff(
                    old.splitlines(), text.splitlines(), f"committed/{name}", f"generated/{name}", lineterm="", n=0
                )
            )
            body = [d for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---")]
            added = sum(d.startswith("+") for d in body)
            removed = len(body) - added
            print(f"{name}: differs (+{added} -{removed} lines)")
            for line in body[:40]:
                print("  " + line)
            if len(body) > 40:
                print(f"  ... {len(body) - 40} more")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            if old != text:
                path.write_text(text, encoding="utf-8")
            print(f"{path}: {len(doc['names'])} names")
    if stale:
        print(f"{stale} file(s) out of date: run python scripts/build_countries.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
