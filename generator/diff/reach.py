"""Which operations reach each component, and on which side of the exchange.

A component is reached on the request side when a client sends it (a parameter, a request body) and
on the response side when a client reads it. Webhooks turn this round: the API sends the request,
so a webhook body is something the client reads. sdk.yml adds roots of its own: the event schema of
a streaming method, and standalone schemas the SDK exposes although no operation names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Set, Tuple

from .changes import Reach
from .rules import REQUEST, RESPONSE
from .schemas import SCHEMA_PREFIX, component_of, join, refs_in

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Operation:
    label: str
    """``POST /v1/messages`` or ``webhook message.created``."""
    pointer: str
    path: str
    method: str
    node: Dict[str, Any]
    path_item: Dict[str, Any]
    webhook: bool = False

    @property
    def operation_id(self) -> Optional[str]:
        value = self.node.get("operationId")
        return str(value) if value else None


def operations(document: Mapping[str, Any]) -> List[Operation]:
    """Every operation of ``paths`` and (3.1) ``webhooks``, in document order."""
    out = []
    for section, webhook in (("paths", False), ("webhooks", True)):
        items = document.get(section) or {}
        if not isinstance(items, dict):
            continue
        for path, item in items.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    label = f"webhook {path} {method.upper()}" if webhook else f"{method.upper()} {path}"
                    out.append(
                        Operation(label, join("#", section, path, method), str(path), method, node, item, webhook)
                    )
    return out


def _part_roots(op: Operation) -> List[Tuple[str, Any]]:
    """(direction, node) for the parts of an operation, directions seen from the client."""
    sent, read = (RESPONSE, REQUEST) if op.webhook else (REQUEST, RESPONSE)
    return [
        (sent, op.path_item.get("parameters")),
        (sent, op.node.get("parameters")),
        (sent, op.node.get("requestBody")),
        (read, op.node.get("responses")),
    ]


class ReachMap:
    """For one document: component pointer → the (operation, direction) pairs that reach it."""

    def __init__(self, document: Mapping[str, Any], extra_roots: Iterable[Tuple[str, str, str]] = ()) -> None:
        self.document = document
        self._graph = self._component_graph(document)
        self.by_component: Dict[str, Set[Reach]] = {}
        self.by_operation: Dict[str, Set[str]] = {}
        """Operation label → every component it reaches (either direction)."""
        for op in operations(document):
            reached: Set[str] = set()
            for direction, node in _part_roots(op):
                for component in self._closure(self._direct(node)):
                    self.by_component.setdefault(component, set()).add(Reach(op.label, direction))
                    reached.add(component)
            self.by_operation[op.label] = reached
        for label, direction, ref in extra_roots:
            for component in self._closure({ref}):
                self.by_component.setdefault(component, set()).add(Reach(label, direction))
                self.by_operation.setdefault(label, set()).add(component)

    @staticmethod
    def _direct(node: Any) -> Set[str]:
        return {c for c in (component_of(ref) for ref in refs_in(node)) if c}

    @classmethod
    def _component_graph(cls, document: Mapping[str, Any]) -> Dict[str, Set[str]]:
        graph: Dict[str, Set[str]] = {}
        for kind, entries in (document.get("components") or {}).items():
            if isinstance(entries, dict):
                for name, node in entries.items():
                    graph[join("#", "components", kind, name)] = cls._direct(node)
        return graph

    def _closure(self, start: Set[str]) -> Set[str]:
        seen: Set[str] = set()
        stack = list(start)
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            stack.extend(self._graph.get(current, ()))
        return seen

    def reach(self, component: str) -> Set[Reach]:
        return self.by_component.get(component, set())

    def directions(self, component: str) -> FrozenSet[str]:
        return frozenset(r.direction for r in self.reach(component))


def sdk_roots(config: Any, document: Mapping[str, Any]) -> List[Tuple[str, str, str]]:
    """(label, direction, $ref) for what sdk.yml exposes beyond the operations' own schemas: a
    streaming method's event schema counts as read by that method's operation."""
    if config is None:
        return []
    labels = {op.operation_id: op.label for op in operations(document) if op.operation_id}
    roots: List[Tuple[str, str, str]] = []

    def walk(resources: Mapping[str, Any], prefix: str) -> None:
        for name, resource in resources.items():
            for method_name, method in resource.methods.items():
                if method.stream is not None:
                    label = labels.get(method.operation, f"sdk.yml {prefix}{name}.{method_name}")
                    roots.append((label, RESPONSE, SCHEMA_PREFIX + method.stream.event))
            walk(resource.resources, f"{prefix}{name}.")

    walk(config.resources, "")
    for name in config.types.standalone:
        roots.append(("sdk.yml standalone types", RESPONSE, SCHEMA_PREFIX + name))
    return roots
