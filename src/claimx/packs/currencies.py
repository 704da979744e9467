"""The currency of an amount written with a name several countries share ("5 million dinars").

``packs/currencies.toml`` groups the currencies by the name news gives them (rial, dinar, pound,
dirham, rupee, lira, franc) and names the family of each unit a pack reads such a bare name as. An
amount whose text ends with a bare name (a pack's ``context.bare_currencies``) is in the currency
of the one country of the family its claim names: "Iraq's budget of 5 million dinars" is in IQD,
"خصصت إيران خمسة تريليونات ريال" in IRR. With no such country, or several, the unit stays as the pack
read it (a rial alone is Saudi in Arabic, a dinar alone names no country)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    data = tomllib.loads((files("claimx.packs") / "currencies.toml").read_text(encoding="utf-8"))
    return data["units"], data["families"]


def shared_name_units() -> frozenset[str]:
    """The units a bare name of a shared currency reads as (``currency:SAR``, ``other:dinar``…)."""
    return frozenset(_tables()[0])


def named_currency(unit: str, countries: Iterable[str]) -> str | None:
    """The unit of an amount written with a bare name read as ``unit``, in a claim that names
    ``countries`` (ISO 3166 alpha-2): ``currency:<code>`` of the one country of the name's family
    among them, or ``None`` where none or several are (or the unit is already that currency)."""
    units, families = _tables()
    family = families.get(units.get(unit, ""))
    if family is None:
        return None
    found = {family[c] for c in countries if c in family}
    if len(found) != 1:
        return None
    named = "currency:" + found.pop()
    return None if named == unit else named
