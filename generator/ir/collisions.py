"""One place that hands out names which must be unique, resolving every collision by a named rule.

A name is claimed for a key (a schema and side, a JSON pointer, an operation). When the name is
free, or already the key's own, it is granted. Otherwise the candidates the caller lists (each built
from the schema path or the spec, never a counter) are tried in order; the choice is recorded as an
info diagnostic naming the rule, at the pointer of the key that had to move. Only when every
candidate is taken does the name get trailing underscores, which is also reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Hashable, List, Optional, Sequence, Tuple

from ..diagnostics import Report


@dataclass(frozen=True)
class Choice:
    scope: str
    wanted: str
    chosen: str
    rule: str
    where: str
    holder: str
    """Who keeps the wanted name (a schema, pointer or operation, for the report)."""


class NameTable:
    """Names unique within one scope (``types``, a module, a resource's methods, …)."""

    def __init__(self, scope: str, report: Optional[Report] = None, reserved: Sequence[str] = ()) -> None:
        self.scope = scope
        self.report = report
        self.owners: Dict[str, Hashable] = {name: ("reserved", name) for name in reserved}
        self.by_key: Dict[Hashable, str] = {}
        self.choices: List[Choice] = []

    def taken(self, name: str) -> bool:
        return name in self.owners

    def owner(self, name: str) -> Optional[Hashable]:
        return self.owners.get(name)

    def claim(
        self,
        key: Hashable,
        wanted: str,
        *,
        where: str = "#",
        candidates: Sequence[Tuple[str, str]] = (),
        describe: Optional[str] = None,
        usable: Optional[Callable[[str], bool]] = None,
    ) -> str:
        """The name for ``key``: ``wanted`` when free, else the first free ``(name, rule)`` candidate.
        ``usable`` may refuse a name for a reason outside this table (its module is taken)."""
        if key in self.by_key:
            return self.by_key[key]

        def free(name: str) -> bool:
            return self.owners.get(name) in (None, key) and (usable is None or usable(name))

        if free(wanted):
            return self._grant(key, wanted)
        holder = self.owners.get(wanted) or ("the module of", wanted)
        for name, rule in candidates:
            if name and free(name):
                return self._moved(key, wanted, name, rule, where, holder, describe)
        name = wanted
        while not free(name):
            name += "_"
        return self._moved(key, wanted, name, "trailing-underscore", where, holder, describe)

    def _grant(self, key: Hashable, name: str) -> str:
        self.owners[name] = key
        self.by_key[key] = name
        return name

    def _moved(
        self, key: Hashable, wanted: str, name: str, rule: str, where: str, holder: Hashable, describe: Optional[str]
    ) -> str:
        self._grant(key, name)
        holder_text = _describe(holder)
        self.choices.append(Choice(self.scope, wanted, name, rule, where, holder_text))
        if self.report is not None:
            what = describe or "name"
            self.report.info(
                where,
                f"{what} {wanted!r} is taken in {self.scope} (by {holder_text}); using {name!r} (rule: {rule})",
            )
        return name


def _describe(holder: Hashable) -> str:
    if isinstance(holder, tuple) and holder and holder[0] == "reserved":
        return "a name the generated code needs"
    if isinstance(holder, tuple):
        return " ".join(str(part) for part in holder)
    return str(holder)
