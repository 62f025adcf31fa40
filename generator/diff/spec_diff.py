"""Compare two OpenAPI documents: operations (and 3.1 webhooks), parameters, bodies, responses and
components, each change classed by rule and placed at one pointer.

Moves and renames are recognised first (an operation under a new path, a schema under a new name),
so each is one entry instead of a removal plus an addition with everything under them. Cascades
are folded: a schema that arrives or leaves with an operation, property or union member is listed
with that change rather than on its own.
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Set, Tuple

from .changes import Reach, SpecChange
from .reach import Operation, ReachMap, operations
from .rules import REQUEST, RESPONSE
from .schema_diff import SchemaDiff
from .schemas import SCHEMA_PREFIX, component_of, esc, join, ref_of, resolve, schema_refs, shape

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


class SpecDiff:
    """One comparison of OLD with NEW. ``run()`` returns the spec changes, unsorted and not yet classed
    (classes depend on the caller's settings)."""

    def __init__(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        old_roots: Iterable[Tuple[str, str, str]] = (),
        new_roots: Iterable[Tuple[str, str, str]] = (),
    ) -> None:
        self.old = old
        self.new = new
        self.old_reach = ReachMap(old, old_roots)
        self.new_reach = ReachMap(new, new_roots)
        self.old_schemas: Mapping[str, Any] = _components(old, "schemas")
        self.new_schemas: Mapping[str, Any] = _components(new, "schemas")
        self.renames: Dict[str, str] = {}
        """Old schema name → new schema name."""
        self.moves: Dict[str, str] = {}
        """Old operation pointer → new operation pointer."""
        self.changes: List[SpecChange] = []
        self.schema_diff = SchemaDiff(old, new, self.renames, self._emit)

    # -- entry point ----------------------------------------------------------------------------------

    def run(self) -> List[SpecChange]:
        self.renames = _renames_by_shape(self.old_schemas, self.new_schemas)
        if self._unpaired_removed() and self._unpaired_added():
            # A first pass collects where a removed schema's $ref was replaced by an added one's: the
            # same schema under a new name, even when it also changed.
            probe = self._pass()
            for old_name, new_name in _unique_pairs(probe.evidence, self._unpaired_removed(), self._unpaired_added()):
                self.renames[old_name] = new_name
        schema_diff = self._pass()
        self._fold(schema_diff.ref_sites)
        self._attach_reach()
        return self.changes

    def _pass(self) -> SchemaDiff:
        self.changes = []
        schema_diff = SchemaDiff(self.old, self.new, self.renames, self._emit)
        self.schema_diff = schema_diff
        self._info()
        self._operations()
        self._components()
        return schema_diff

    def _unpaired_removed(self) -> Set[str]:
        return set(self.old_schemas) - set(self.new_schemas) - set(self.renames)

    def _unpaired_added(self) -> Set[str]:
        return set(self.new_schemas) - set(self.old_schemas) - set(self.renames.values())

    def _emit(
        self,
        rule: str,
        pointer: str,
        message: str,
        directions: FrozenSet[str],
        *,
        old_pointer: Optional[str] = None,
        old_node: Any = None,
        new_node: Any = None,
        values: Tuple[Any, ...] = (),
    ) -> SpecChange:
        change = SpecChange(
            rule=rule,
            pointer=pointer,
            message=message,
            directions=frozenset(directions),
            old_pointer=old_pointer if old_pointer != pointer else None,
            values=values,
            introduces=frozenset(schema_refs(new_node)) if new_node is not None else frozenset(),
            drops=frozenset(schema_refs(old_node)) if old_node is not None else frozenset(),
        )
        self.changes.append(change)
        return change

    # -- document ----------------------------------------------------------------------------------------

    def _info(self) -> None:
        before = (self.old.get("info") or {}).get("version")
        after = (self.new.get("info") or {}).get("version")
        if before != after:
            message = (
                f"info.version {before!r} → {after!r}"
                if before and after
                else (f"info.version {after!r} added" if after else f"info.version {before!r} removed")
            )
            self._emit("api-version-changed", "#/info/version", message, frozenset())

    # -- operations --------------------------------------------------------------------------------------

    def _operations(self) -> None:
        old_ops = {_op_key(op): op for op in operations(self.old)}
        new_ops = {_op_key(op): op for op in operations(self.new)}
        pairs = [(old_ops[k], new_ops[k]) for k in new_ops if k in old_ops]
        removed = [op for k, op in old_ops.items() if k not in new_ops]
        added = [op for k, op in new_ops.items() if k not in old_ops]
        moved = _pair_moves(removed, added)
        self.moves = {o.pointer: n.pointer for o, n in moved}
        for o, n in moved:
            removed.remove(o)
            added.remove(n)
            self._emit(
                "operation-moved",
                n.pointer,
                f"`{o.label}` now answers as `{n.label}`",
                frozenset(),
                old_pointer=o.pointer,
            )
        for op in removed:
            rule = "webhook-removed" if op.webhook else "operation-removed"
            change = self._emit(rule, op.pointer, f"`{op.label}` removed", frozenset())
            change.drops = frozenset(_names(self.old_reach.by_operation.get(op.label, ())))
        for op in added:
            rule = "webhook-added" if op.webhook else "operation-added"
            change = self._emit(rule, op.pointer, f"`{op.label}` added", frozenset())
            change.introduces = frozenset(_names(self.new_reach.by_operation.get(op.label, ())))
        for o, n in [*pairs, *moved]:
            self._operation(o, n)

    def _operation(self, o: Operation, n: Operation) -> None:
        sent, read = (RESPONSE, REQUEST) if n.webhook else (REQUEST, RESPONSE)
        if o.operation_id != n.operation_id and o.operation_id and n.operation_id:
            message = f"operationId `{o.operation_id}` → `{n.operation_id}`"
            self._emit("operation-id-changed", join(n.pointer, "operationId"), message, frozenset({sent}))
        if bool(o.node.get("deprecated")) != bool(n.node.get("deprecated")):
            now = bool(n.node.get("deprecated"))
            rule = "became-deprecated" if now else "no-longer-deprecated"
            self._emit(
                rule, n.pointer, "operation deprecated" if now else "operation no longer deprecated", frozenset({sent})
            )
        self._parameters(o, n, frozenset({sent}))
        self._request_body(
            o.node.get("requestBody"),
            n.node.get("requestBody"),
            join(n.pointer, "requestBody"),
            join(o.pointer, "requestBody"),
            frozenset({sent}),
        )
        self._responses(o, n, frozenset({read}))

    def _parameters(self, o: Operation, n: Operation, dirs: FrozenSet[str]) -> None:
        old_params = self._param_table(o, self.old)
        new_params = self._param_table(n, self.new)
        for key, (pointer, _raw, param) in old_params.items():
            if key not in new_params:
                self._emit(
                    "parameter-removed", pointer, f"{_param_label(param)} removed", dirs, old_node=param.get("schema")
                )
        for key, (pointer, raw, param) in new_params.items():
            if key not in old_params:
                required = bool(param.get("required"))
                rule = "parameter-added-required" if required else "parameter-added"
                message = f"{'required' if required else 'optional'} {_param_label(param)} added"
                self._emit(rule, pointer, message, dirs, new_node=param.get("schema"))
                continue
            old_pointer, old_raw, old_param = old_params[key]
            if ref_of(old_raw) and ref_of(old_raw) == ref_of(raw):
                continue  # a shared parameter component: compared once, at the component
            self.parameter(old_param, param, pointer, old_pointer, dirs)

    def parameter(self, o: Dict[str, Any], n: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]) -> None:
        if o.get("name") != n.get("name"):
            message = f"path parameter `{o.get('name')}` renamed to `{n.get('name')}`"
            self._emit("path-parameter-renamed", where, message, dirs, old_pointer=old_where)
        if o.get("in") != "path" and bool(o.get("required")) != bool(n.get("required")):
            rule = "parameter-became-required" if n.get("required") else "parameter-became-optional"
            message = f"{_param_label(n)} is now {'required' if n.get('required') else 'optional'}"
            self._emit(rule, where, message, dirs, old_pointer=old_where)
        if (o.get("style"), o.get("explode")) != (n.get("style"), n.get("explode")):
            message = f"{_param_label(n)} style/explode {o.get('style')}/{o.get('explode')} → {n.get('style')}/{n.get('explode')}"
            self._emit("parameter-style-changed", where, message, dirs, old_pointer=old_where)
        if bool(o.get("deprecated")) != bool(n.get("deprecated")):
            rule = "became-deprecated" if n.get("deprecated") else "no-longer-deprecated"
            self._emit(
                rule,
                where,
                f"{_param_label(n)} {'deprecated' if n.get('deprecated') else 'no longer deprecated'}",
                dirs,
                old_pointer=old_where,
            )
        if "schema" in o or "schema" in n:
            self.schema_diff.compare(
                o.get("schema", {}), n.get("schema", {}), join(where, "schema"), join(old_where, "schema"), dirs
            )
        self._content(o.get("content"), n.get("content"), where, old_where, dirs, "request")

    def _param_table(
        self, op: Operation, doc: Mapping[str, Any]
    ) -> Dict[Tuple[str, str], Tuple[str, Any, Dict[str, Any]]]:
        """(in, name) → (pointer, node as written, node resolved); path parameters are keyed by their
        place in the path template, since that, not the name, is what a request carries."""
        placeholders = [p[1:-1] for p in _PLACEHOLDER.findall(op.path.split("?")[0])]
        item_pointer = op.pointer.rsplit("/", 1)[0]
        table: Dict[Tuple[str, str], Tuple[str, Any, Dict[str, Any]]] = {}
        for base, params in ((item_pointer, op.path_item.get("parameters")), (op.pointer, op.node.get("parameters"))):
            for index, raw in enumerate(params or []):
                param = resolve(doc, ref_of(raw)) if ref_of(raw) else raw
                if not isinstance(param, dict):
                    continue
                location, name = str(param.get("in")), str(param.get("name"))
                if location == "path" and name in placeholders:
                    name = f"#{placeholders.index(name)}"
                elif location == "header":
                    name = name.lower()
                table[(location, name)] = (join(base, "parameters", index), raw, param)
        return table

    def _request_body(self, o: Any, n: Any, where: str, old_where: str, dirs: FrozenSet[str]) -> None:
        if o is None and n is None:
            return
        if ref_of(o) and ref_of(o) == ref_of(n):
            return
        old_body = resolve(self.old, ref_of(o)) if ref_of(o) else o
        new_body = resolve(self.new, ref_of(n)) if ref_of(n) else n
        if not isinstance(new_body, dict):
            if isinstance(old_body, dict):
                self._emit("request-body-removed", old_where, "request body removed", dirs, old_node=old_body)
            return
        if not isinstance(old_body, dict):
            required = bool(new_body.get("required"))
            rule = "request-body-added-required" if required else "request-body-added"
            self._emit(
                rule, where, f"{'required' if required else 'optional'} request body added", dirs, new_node=new_body
            )
            return
        self.request_body(old_body, new_body, where, old_where, dirs)

    def request_body(
        self, o: Dict[str, Any], n: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]
    ) -> None:
        if bool(o.get("required")) != bool(n.get("required")):
            rule = "request-body-became-required" if n.get("required") else "request-body-became-optional"
            self._emit(
                rule,
                where,
                f"request body is now {'required' if n.get('required') else 'optional'}",
                dirs,
                old_pointer=old_where,
            )
        self._content(o.get("content"), n.get("content"), where, old_where, dirs, "request")

    def _content(self, o: Any, n: Any, where: str, old_where: str, dirs: FrozenSet[str], side: str) -> None:
        o, n = o or {}, n or {}
        for media in o:
            if media not in n:
                pointer = join(old_where, "content", media)
                self._emit(
                    f"{side}-media-type-removed", pointer, f"media type `{media}` removed", dirs, old_node=o[media]
                )
        for media, body in n.items():
            pointer = join(where, "content", media)
            if media not in o:
                self._emit(f"{side}-media-type-added", pointer, f"media type `{media}` added", dirs, new_node=body)
                continue
            old_pointer = join(old_where, "content", media)
            old_schema = (o[media] or {}).get("schema")
            new_schema = (body or {}).get("schema")
            if old_schema is not None or new_schema is not None:
                self.schema_diff.compare(
                    old_schema or {}, new_schema or {}, join(pointer, "schema"), join(old_pointer, "schema"), dirs
                )

    def _responses(self, o: Operation, n: Operation, dirs: FrozenSet[str]) -> None:
        old_responses = {str(k): v for k, v in (o.node.get("responses") or {}).items()}
        new_responses = {str(k): v for k, v in (n.node.get("responses") or {}).items()}
        for status, node in old_responses.items():
            if status not in new_responses:
                rule = "response-success-removed" if _success(status) else "response-error-removed"
                pointer = join(o.pointer, "responses", status)
                self._emit(rule, pointer, f"response `{status}` removed", dirs, old_node=node)
        for status, node in new_responses.items():
            pointer = join(n.pointer, "responses", status)
            if status not in old_responses:
                rule = "response-success-added" if _success(status) else "response-error-added"
                self._emit(rule, pointer, f"response `{status}` added", dirs, new_node=node)
                continue
            old_node = old_responses[status]
            if ref_of(old_node) and ref_of(old_node) == ref_of(node):
                continue
            old_body = resolve(self.old, ref_of(old_node)) if ref_of(old_node) else old_node
            new_body = resolve(self.new, ref_of(node)) if ref_of(node) else node
            if isinstance(old_body, dict) and isinstance(new_body, dict):
                self.response(old_body, new_body, pointer, join(o.pointer, "responses", status), dirs)

    def response(self, o: Dict[str, Any], n: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]) -> None:
        old_headers = {str(k).lower(): (k, v) for k, v in (o.get("headers") or {}).items()}
        new_headers = {str(k).lower(): (k, v) for k, v in (n.get("headers") or {}).items()}
        for key, (name, _node) in old_headers.items():
            if key not in new_headers:
                self._emit(
                    "response-header-removed", join(old_where, "headers", name), f"header `{name}` removed", dirs
                )
        for key, (name, node) in new_headers.items():
            pointer = join(where, "headers", name)
            if key not in old_headers:
                self._emit("response-header-added", pointer, f"header `{name}` added", dirs)
                continue
            old_name, old_node = old_headers[key]
            if ref_of(old_node) and ref_of(old_node) == ref_of(node):
                continue
            self.header(old_node, node, pointer, join(old_where, "headers", old_name), dirs)
        self._content(o.get("content"), n.get("content"), where, old_where, dirs, "response")

    def header(self, o: Any, n: Any, where: str, old_where: str, dirs: FrozenSet[str]) -> None:
        o = resolve(self.old, ref_of(o)) if ref_of(o) else o
        n = resolve(self.new, ref_of(n)) if ref_of(n) else n
        if isinstance(o, dict) and isinstance(n, dict):
            self.schema_diff.compare(
                o.get("schema", {}), n.get("schema", {}), join(where, "schema"), join(old_where, "schema"), dirs
            )

    # -- components --------------------------------------------------------------------------------------

    def _components(self) -> None:
        for old_name, old_node in self.old_schemas.items():
            new_name = self.renames.get(old_name, old_name)
            if new_name not in self.new_schemas:
                continue
            where = join("#", "components", "schemas", new_name)
            old_where = join("#", "components", "schemas", old_name)
            dirs = self.component_directions(where, old_where)
            if new_name != old_name:
                message = f"schema `{old_name}` renamed to `{new_name}`"
                self._emit("schema-renamed", where, message, dirs, old_pointer=old_where)
            self.schema_diff.compare(old_node, self.new_schemas[new_name], where, old_where, dirs)
        compare_kind = {
            "parameters": self.parameter,
            "requestBodies": self.request_body,
            "responses": self.response,
            "headers": self.header,
        }
        for kind, compare in compare_kind.items():
            old_entries, new_entries = _components(self.old, kind), _components(self.new, kind)
            for name, node in new_entries.items():
                if name in old_entries and isinstance(node, dict) and isinstance(old_entries[name], dict):
                    where = join("#", "components", kind, name)
                    compare(old_entries[name], node, where, where, self.component_directions(where, where))

    def component_directions(self, where: str, old_where: str) -> FrozenSet[str]:
        """The directions either side reaches a component from (none for a component nothing reaches)."""
        return self.new_reach.directions(where) | self.old_reach.directions(old_where)

    # -- cascades and reach -------------------------------------------------------------------------------

    def _fold(self, ref_sites: List[Tuple[str, str]]) -> None:
        """List each added (removed) schema with the change that brought (took) it, or on its own."""
        added = self._unpaired_added()
        removed = self._unpaired_removed()
        new_graph = {name: schema_refs(node) & added for name, node in self.new_schemas.items() if name in added}
        old_graph = {name: schema_refs(node) & removed for name, node in self.old_schemas.items() if name in removed}
        ordered = sorted(self.changes, key=lambda c: (c.pointer, c.rule))
        covered_added = self._cover(ordered, added, new_graph, lambda c: c.introduces, "adds")
        covered_removed = self._cover(ordered, removed, old_graph, lambda c: c.drops, "drops")
        for where, name in ref_sites:
            if name in added and name not in covered_added:
                host = next((c for c in ordered if c.pointer.startswith(where)), None)
                if host is not None:
                    host.details.append(f"adds schema `{name}`")
                    host.folded.append(SCHEMA_PREFIX + esc(name))
                    covered_added.add(name)
        for name in sorted(added - covered_added):
            where = join("#", "components", "schemas", name)
            self._emit("schema-added", where, f"schema `{name}` added", self.component_directions(where, where))
        for name in sorted(removed - covered_removed):
            where = join("#", "components", "schemas", name)
            self._emit("schema-removed", where, f"schema `{name}` removed", self.component_directions(where, where))

    @staticmethod
    def _cover(
        changes: List[SpecChange], names: Set[str], graph: Dict[str, Set[str]], refs: Any, verb: str
    ) -> Set[str]:
        covered: Set[str] = set()
        for change in changes:
            found = _closure(set(refs(change)) & names - covered, graph) - covered
            if found:
                noun = "schemas" if len(found) > 1 else "schema"
                change.details.append(f"{verb} {noun} " + ", ".join(f"`{n}`" for n in sorted(found)))
                change.folded.extend(SCHEMA_PREFIX + esc(n) for n in sorted(found))
                covered |= found
        return covered

    def _attach_reach(self) -> None:
        old_ops = {op.pointer: op for op in operations(self.old)}
        new_ops = {op.pointer: op for op in operations(self.new)}
        by_item: Dict[str, List[Operation]] = {}
        for op in [*old_ops.values(), *new_ops.values()]:
            by_item.setdefault(op.pointer.rsplit("/", 1)[0], []).append(op)
        back = {v: k for k, v in self.renames.items()}
        for change in self.changes:
            found: Set[Reach] = set()
            in_component = False
            for pointer in change.pointers:
                component = component_of(pointer)
                if component is not None:
                    in_component = True
                    found |= self.new_reach.reach(component) | self.old_reach.reach(component)
                    name = component[len(SCHEMA_PREFIX) :] if component.startswith(SCHEMA_PREFIX) else None
                    if name in self.renames:
                        found |= self.new_reach.reach(SCHEMA_PREFIX + esc(self.renames[name]))
                    if name in back:
                        found |= self.old_reach.reach(SCHEMA_PREFIX + esc(back[name]))
                    continue
                parts = pointer.split("/")
                if len(parts) >= 4 and parts[1] in ("paths", "webhooks"):
                    op = new_ops.get("/".join(parts[:4])) or old_ops.get("/".join(parts[:4]))
                    ops = [op] if op is not None else by_item.get("/".join(parts[:3]), [])
                    found |= {Reach(o.label, d) for o in ops for d in change.directions}
            change.reach = tuple(sorted(found))
            if in_component and not found and change.rule not in ("schema-added", "schema-removed"):
                change.unreached = True
                change.details.append("no operation reaches it")


# -- helpers -------------------------------------------------------------------------------------------------


def _components(document: Mapping[str, Any], kind: str) -> Mapping[str, Any]:
    entries = (document.get("components") or {}).get(kind)
    return entries if isinstance(entries, dict) else {}


def _names(components: Iterable[str]) -> Set[str]:
    return {c[len(SCHEMA_PREFIX) :] for c in components if c.startswith(SCHEMA_PREFIX)}


def _closure(start: Set[str], graph: Dict[str, Set[str]]) -> Set[str]:
    seen: Set[str] = set()
    stack = list(start)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(graph.get(name, ()))
    return seen


def _op_key(op: Operation) -> Tuple[bool, str, str]:
    return op.webhook, op.method, _PLACEHOLDER.sub("{}", op.path)


def _pair_moves(removed: List[Operation], added: List[Operation]) -> List[Tuple[Operation, Operation]]:
    """An operation that survives elsewhere: the same operationId, or the same method and path once
    the query part (``?beta=true``) is set aside."""
    pairs: List[Tuple[Operation, Operation]] = []
    left = list(added)
    for key in (
        lambda op: op.operation_id,
        lambda op: (op.webhook, op.method, _PLACEHOLDER.sub("{}", op.path.split("?")[0])),
    ):
        for o in removed:
            if any(o is p for p, _ in pairs) or key(o) is None:
                continue
            matches = [n for n in left if key(n) == key(o)]
            if len(matches) == 1:
                pairs.append((o, matches[0]))
                left.remove(matches[0])
    return pairs


def _renames_by_shape(old: Mapping[str, Any], new: Mapping[str, Any]) -> Dict[str, str]:
    """Removed and added schemas whose shapes are equal (documentation aside), paired one to one.
    Renames found make more shapes equal (a schema referring to a renamed one), hence the second round."""
    renames: Dict[str, str] = {}
    for _ in range(2):
        removed = sorted(set(old) - set(new) - set(renames))
        added = sorted(set(new) - set(old) - set(renames.values()))
        by_shape: Dict[str, List[str]] = {}
        for name in added:
            by_shape.setdefault(shape(new[name]), []).append(name)
        olds: Dict[str, List[str]] = {}
        for name in removed:
            olds.setdefault(shape(old[name], renames), []).append(name)
        for key, names in olds.items():
            if len(names) == 1 and len(by_shape.get(key, [])) == 1:
                renames[names[0]] = by_shape[key][0]
    return renames


def _unique_pairs(evidence: Set[Tuple[str, str]], removed: Set[str], added: Set[str]) -> List[Tuple[str, str]]:
    candidates = [(o, n) for o, n in evidence if o in removed and n in added]
    from_old: Dict[str, Set[str]] = {}
    from_new: Dict[str, Set[str]] = {}
    for o, n in candidates:
        from_old.setdefault(o, set()).add(n)
        from_new.setdefault(n, set()).add(o)
    return sorted((o, n) for o, n in candidates if len(from_old[o]) == 1 and len(from_new[n]) == 1)


def _success(status: str) -> bool:
    return status.startswith("2")


def _param_label(param: Dict[str, Any]) -> str:
    return f"{param.get('in', '?')} parameter `{param.get('name', '?')}`"
