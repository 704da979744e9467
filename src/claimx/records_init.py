"""A quicker ``__init__`` for the frozen, slotted records made once per claim or per number.

A frozen dataclass's generated ``__init__`` sets each field with ``object.__setattr__(self,
"name", value)``, which looks the slot up by name at every call (the frozen ``__setattr__`` of the
class refuses to). :func:`quick_init` gives the class an ``__init__`` with the same parameters and
defaults that sets each slot through its descriptor, bound once: about half the cost, the same
object. A list of counts makes thousands of ``Hit``, ``Quantity`` and ``Claim`` records per
paragraph, where construction was a fifth of the time. The class stays frozen: assignment still
raises ``FrozenInstanceError``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a ``@dataclass(frozen=True, slots=True)`` with no ``__post_init__`` and no
    ``default_factory``) with an ``__init__`` that sets its slots directly."""
    params: list[str] = []
    body: list[str] = []
    ns: dict[str, Any] = {}
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"quick_init cannot build {cls.__name__}: it has a __post_init__")
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if not f.init or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"quick_init cannot build {cls.__name__}.{f.name}")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        ns[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body) or '    pass'}", ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)
    return cls
