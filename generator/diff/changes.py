"""The records a diff produces: spec changes (with the operations that reach them) and SDK changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from .rules import CLASSES, rank


@dataclass(frozen=True, order=True)
class Reach:
    """One operation that reaches a changed node, and on which side of the exchange."""

    operation: str
    """``POST /v1/messages``, ``webhook message.created``, or ``sdk.yml`` for schemas only sdk.yml exposes."""
    direction: str


@dataclass
class SpecChange:
    rule: str
    pointer: str
    """Where the change is: a pointer into NEW, or into OLD for something that is gone."""
    message: str
    directions: FrozenSet[str]
    old_pointer: Optional[str] = None
    """Set when the node sits elsewhere in OLD (moves, renames, removals reported at a NEW parent)."""
    values: Tuple[Any, ...] = ()
    """Enum values, for enum rules."""
    details: List[str] = field(default_factory=list)
    reach: Tuple[Reach, ...] = ()
    unreached: bool = False
    """A component no operation (and nothing sdk.yml exposes) reaches: no client can notice the change."""
    severity: str = ""
    id: str = ""
    sdk: List["SdkChange"] = field(default_factory=list)
    introduces: FrozenSet[str] = frozenset()
    """Schema names the NEW side of this change refers to (to fold ``schema-added`` into it)."""
    drops: FrozenSet[str] = frozenset()
    """Schema names the OLD side of this change refers to (to fold ``schema-removed`` into it)."""
    folded: List[str] = field(default_factory=list)
    """Pointers of the schemas that arrived or left with this change (listed in ``details``)."""

    @property
    def pointers(self) -> Tuple[str, ...]:
        return (self.pointer,) if self.old_pointer is None else (self.pointer, self.old_pointer)

    def sort_key(self) -> Tuple[Any, ...]:
        return (rank(self.severity), self.pointer, self.rule, self.message)

    def to_json(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "class": self.severity,
            "rule": self.rule,
            "pointer": self.pointer,
            "message": self.message,
            "directions": sorted(self.directions),
        }
        if self.old_pointer is not None:
            out["old_pointer"] = self.old_pointer
        if self.values:
            out["values"] = list(self.values)
        if self.details:
            out["details"] = list(self.details)
        out["reached_by"] = [{"operation": r.operation, "direction": r.direction} for r in self.reach]
        if self.unreached:
            out["unreached"] = True
        out["sdk"] = [c.id for c in self.sdk]
        return out


@dataclass
class SdkChange:
    rule: str
    symbol: str
    """What a user of the package sees: ``client.messages.create(max_tokens)``, ``anthropic.types.Message.usage``."""
    message: str
    direction: str
    """request (method parameters, TypedDicts), response (models, return types) or ``both``."""
    sources: Tuple[str, ...]
    """Spec pointers of the IR nodes involved, OLD and NEW; used to find the spec change behind it."""
    field_name: Optional[str] = None
    """The API name of the field or parameter concerned, to prefer the spec change at that property."""
    before: Optional[str] = None
    """The old annotation (or type name), for changes of one."""
    after: Optional[str] = None
    severity: str = ""
    id: str = ""
    caused_by: List[SpecChange] = field(default_factory=list)
    cause: str = "spec"
    """``spec`` when linked to spec changes; otherwise ``sdk.yml`` or ``generator``."""

    def sort_key(self) -> Tuple[Any, ...]:
        return (rank(self.severity), self.symbol, self.rule, self.message)

    def to_json(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "class": self.severity,
            "rule": self.rule,
            "symbol": self.symbol,
            "message": self.message,
            "direction": self.direction,
            **({"before": self.before, "after": self.after} if self.before is not None else {}),
            "caused_by": [c.id for c in self.caused_by],
            "cause": self.cause,
        }


@dataclass
class DiffResult:
    old_label: str
    new_label: str
    spec_changes: List[SpecChange]
    sdk_changes: List[SdkChange]
    notes: List[str] = field(default_factory=list)
    """Things the reader should know about the run (an SDK side that could not be built, …)."""
    ignored: int = 0
    sdk_compared: bool = False

    def counts(self, changes: List[Any]) -> Dict[str, int]:
        return {c: sum(1 for ch in changes if ch.severity == c) for c in CLASSES}

    def worst_rank(self) -> int:
        return min((rank(c.severity) for c in [*self.spec_changes, *self.sdk_changes]), default=len(CLASSES))

    @property
    def unlinked_sdk_changes(self) -> List[SdkChange]:
        return [c for c in self.sdk_changes if not c.caused_by]

    def to_json(self) -> Dict[str, Any]:
        return {
            "old": self.old_label,
            "new": self.new_label,
            "summary": {
                "spec": self.counts(self.spec_changes),
                "sdk": self.counts(self.sdk_changes),
                "ignored": self.ignored,
            },
            "notes": list(self.notes),
            "spec_changes": [c.to_json() for c in self.spec_changes],
            "sdk_changes": [c.to_json() for c in self.sdk_changes],
        }
