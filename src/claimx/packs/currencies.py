"""The currency of an amount written with a name several countries share ("5 million dinars").

``packs/currencies.toml`` groups the currencies by the name news gives them (rial, dinar, pound,
dirham, rupee, lira, franc) and names the family of each unit a pack reads such a bare name as. An
amount whose text ends with a bare name (a pack's ``context.bare_currencies``) is in the currency
of the one country of the family its claim names: "Iraq's budget of 5 million dinars" is in IQD,
"خصصت إيران خمسة تريليونات ريال" in IRR; with no such country in the claim, in the currency of the
country of the name last named before it in its paragraph ("Tunisia welcomed … Tourism revenue
reached 6.9 billion dinars": TND). With none, or several in the claim, the unit stays as the pack read
it (a rial alone is Saudi in Arabic, a dinar alone names no country)."""

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


def named_currencies(unit: str, countries: Iterable[str]) -> set[str]:
    """The units an amount written with a bare name read as ``unit`` may be in, by ``countries``
    (ISO 3166 alpha-2) a text names: ``currency:<code>`` of each country of the name's family among
    them (the unit itself among them for its own country; none for a unit of no family)."""
    units, families = _tables()
    family = families.get(units.get(unit, ""), {})
    return {"currency:" + family[c] for c in countries if c in family}
