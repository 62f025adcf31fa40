"""Compare two schemas node by node and report what changed, by rule.

Named schemas are compared once, at their component pointer: where both sides ``$ref`` the same
component (after renames) the walk stops. Union members are paired by discriminator value, ``$ref``
name, the constant of their ``type`` property, their JSON type or their shape; never by position.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Set, Tuple

from .schemas import (
    EnumView,
    enum_view,
    implicit_enum,
    is_any,
    join,
    lower_bound,
    lower_tighter,
    resolve,
    schema_name,
    shape,
    show_bound,
    split_null,
    type_set,
    union_members,
    upper_bound,
    upper_tighter,
    widen_numbers,
)

Emit = Callable[..., None]
"""``emit(rule, pointer, message, directions, *, old_pointer=None, old_node=None, new_node=None, values=())``"""

_Guard = FrozenSet[Tuple[Optional[str], Optional[str]]]


def _show(value: Any) -> str:
    return "`" + json.dumps(value, sort_keys=True, default=str) + "`"


def _names(values: List[Any]) -> str:
    return ", ".join(f"`{v}`" if isinstance(v, str) else _show(v) for v in values)


def _types(types: FrozenSet[str]) -> str:
    return "|".join(sorted(types))


class SchemaDiff:
    def __init__(
        self, old_doc: Mapping[str, Any], new_doc: Mapping[str, Any], renames: Mapping[str, str], emit: Emit
    ) -> None:
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.renames = renames
        self.emit = emit
        self.old_schemas: Mapping[str, Any] = (old_doc.get("components") or {}).get("schemas") or {}
        self.new_schemas: Mapping[str, Any] = (new_doc.get("components") or {}).get("schemas") or {}
        self.evidence: Set[Tuple[str, str]] = set()
        """(old name, new name) pairs met at the same place, for rename detection."""
        self.ref_sites: List[Tuple[str, str]] = []
        """(pointer, new schema name) where a ``$ref`` switched to a schema of another shape."""
        self._shapes: Dict[Tuple[str, str], str] = {}

    # -- entry point ------------------------------------------------------------------------------

    def compare(
        self,
        old: Any,
        new: Any,
        where: str,
        old_where: str,
        dirs: FrozenSet[str],
        guard: _Guard = frozenset(),
        metadata: bool = True,
    ) -> None:
        if old == new:
            return  # equal nodes (the common case) need no walk: what they refer to is compared on its own
        if isinstance(old, bool) or isinstance(new, bool) or not isinstance(old, dict) or not isinstance(new, dict):
            if old != new:
                self._emit("type-changed", where, old_where, f"schema {_show(old)} became {_show(new)}", dirs)
            return
        old_null, old_s, old_path = split_null(old)
        new_null, new_s, new_path = split_null(new)
        if old_null != new_null:
            rule = "nullable-added" if new_null else "nullable-removed"
            self._emit(rule, where, old_where, "null is now allowed" if new_null else "null is no longer allowed", dirs)
        where, old_where = join(where, *new_path), join(old_where, *old_path)
        if metadata:
            self._metadata(old_s, new_s, where, old_where, dirs)
        old_ref, new_ref = schema_name(old_s), schema_name(new_s)
        if old_ref or new_ref:
            self._refs(old_s, new_s, old_ref, new_ref, where, old_where, dirs, guard)
            return
        self._body(old_s, new_s, where, old_where, dirs, guard)

    def _emit(self, rule: str, where: str, old_where: str, message: str, dirs: FrozenSet[str], **extra: Any) -> None:
        self.emit(rule, where, message, dirs, old_pointer=old_where if old_where != where else None, **extra)

    def _shape(self, side: str, name: str) -> str:
        key = (side, name)
        if key not in self._shapes:
            schemas = self.old_schemas if side == "old" else self.new_schemas
            self._shapes[key] = shape(schemas.get(name), self.renames if side == "old" else None)
        return self._shapes[key]

    # -- $ref handling ------------------------------------------------------------------------------

    def _refs(
        self,
        old: Dict[str, Any],
        new: Dict[str, Any],
        old_ref: Optional[str],
        new_ref: Optional[str],
        where: str,
        old_where: str,
        dirs: FrozenSet[str],
        guard: _Guard,
    ) -> None:
        key = (old_ref, new_ref)
        if key in guard:
            return
        if old_ref and new_ref:
            if self.renames.get(old_ref, old_ref) == new_ref:
                return  # the component itself is compared once, at its own pointer
            self.evidence.add((old_ref, new_ref))
            if old_ref not in self.old_schemas or new_ref not in self.new_schemas:
                return
            if self._shape("old", old_ref) == self._shape("new", new_ref):
                message = f"now refers to `{new_ref}` instead of `{old_ref}` (same shape)"
                self._emit("ref-target-changed", where, old_where, message, dirs, new_node=new, old_node=old)
                return
            self.ref_sites.append((where, new_ref))
            self.compare(
                self.old_schemas[old_ref], self.new_schemas[new_ref], where, old_where, dirs, guard | {key}, False
            )
        elif new_ref:
            target = self.new_schemas.get(new_ref)
            if target is None:
                return
            if shape(old, self.renames) == self._shape("new", new_ref):
                message = f"inline schema moved to `{new_ref}` (same shape)"
                self._emit("schema-extracted", where, old_where, message, dirs, new_node=new)
                return
            self.ref_sites.append((where, new_ref))
            self.compare(old, target, where, old_where, dirs, guard | {key}, False)
        elif old_ref:
            target = self.old_schemas.get(old_ref)
            if target is None:
                return
            if self._shape("old", old_ref) == shape(new):
                message = f"`{old_ref}` written inline instead (same shape)"
                self._emit("schema-inlined", where, old_where, message, dirs, old_node=old)
                return
            self.compare(target, new, where, old_where, dirs, guard | {key}, False)

    # -- one schema node ------------------------------------------------------------------------------

    def _metadata(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]
    ) -> None:
        was, now = bool(old.get("deprecated")), bool(new.get("deprecated"))
        if was != now:
            rule = "became-deprecated" if now else "no-longer-deprecated"
            self._emit(rule, where, old_where, "deprecated" if now else "no longer deprecated", dirs)
        if old.get("default", _MISSING) != new.get("default", _MISSING):
            before = _show(old["default"]) if "default" in old else "none"
            after = _show(new["default"]) if "default" in new else "none"
            self._emit("default-changed", where, old_where, f"default {before} → {after}", dirs)

    def _body(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str], guard: _Guard
    ) -> None:
        old_union, new_union = union_members(old), union_members(new)
        has_variants = bool(old_union and old_union[1]) or bool(new_union and new_union[1])
        old_enum, new_enum = enum_view(old), enum_view(new)
        both_enums = old_enum is not None and new_enum is not None
        if both_enums:
            self._enums(old_enum, new_enum, old, new, where, old_where, dirs)
        elif (old_enum or new_enum) and not has_variants:
            old_view, new_view = old_enum or implicit_enum(old), new_enum or implicit_enum(new)
            self._enums(old_view, new_view, old, new, where, old_where, dirs)
            if old_view is None or new_view is None:
                return
        if has_variants:
            self._variants(old, new, old_union, new_union, where, old_where, dirs, guard, both_enums)
            return
        if _multi_all_of(old) or _multi_all_of(new):
            self._all_of(old, new, where, old_where, dirs, guard)
            return
        self._type(old, new, where, old_where, dirs)
        self._format(old, new, where, old_where, dirs)
        self._constraints(old, new, where, old_where, dirs)
        types = (type_set(old) or frozenset()) | (type_set(new) or frozenset())
        if "object" in types or "properties" in old or "properties" in new:
            self._object(old, new, where, old_where, dirs, guard)
        if "array" in types or "items" in old or "items" in new:
            self.compare(
                old.get("items", {}), new.get("items", {}), join(where, "items"), join(old_where, "items"), dirs, guard
            )

    # -- enums ------------------------------------------------------------------------------------------

    def _enums(
        self,
        old: Optional[EnumView],
        new: Optional[EnumView],
        old_node: Dict[str, Any],
        new_node: Dict[str, Any],
        where: str,
        old_where: str,
        dirs: FrozenSet[str],
    ) -> None:
        if old is None or new is None:
            before = "an enum" if old is not None else _types(type_set(old_node) or frozenset({"any"}))
            after = "an enum" if new is not None else _types(type_set(new_node) or frozenset({"any"}))
            self._emit("type-changed", where, old_where, f"was {before}, now {after}", dirs)
            return
        old_keys, new_keys = old.keys(), new.keys()
        if old.is_const and new.is_const:
            if old_keys.keys() != new_keys.keys():
                (before,), (after,) = [v for v, _ in old_keys.values()], [v for v, _ in new_keys.values()]
                self._emit("const-changed", where, old_where, f"constant {_show(before)} → {_show(after)}", dirs)
            return
        if old.open != new.open:
            rule = "enum-opened" if new.open else "enum-closed"
            message = "now accepts values it does not list" if new.open else "no longer accepts values it does not list"
            self._emit(rule, where, old_where, message, dirs)
        if old.implicit or new.implicit:
            return
        added = [new_keys[k][0] for k in new_keys if k not in old_keys]
        removed = [old_keys[k][0] for k in old_keys if k not in new_keys]
        prefix = "open-" if new.open else ""
        if added:
            noun = "value" if len(added) == 1 else "values"
            self._emit(
                f"{prefix}enum-value-added",
                where,
                old_where,
                f"{noun} {_names(added)} added",
                dirs,
                values=tuple(added),
            )
        if removed:
            noun = "value" if len(removed) == 1 else "values"
            message = f"{noun} {_names(removed)} removed"
            self._emit(f"{prefix}enum-value-removed", where, old_where, message, dirs, values=tuple(removed))
        deprecated = [new_keys[k][0] for k in new_keys if k in old_keys and new_keys[k][1] and not old_keys[k][1]]
        revived = [new_keys[k][0] for k in new_keys if k in old_keys and old_keys[k][1] and not new_keys[k][1]]
        if deprecated:
            message = f"{_names(deprecated)} deprecated"
            self._emit("enum-value-deprecated", where, old_where, message, dirs, values=tuple(deprecated))
        if revived:
            message = f"{_names(revived)} no longer deprecated"
            self._emit("enum-value-undeprecated", where, old_where, message, dirs, values=tuple(revived))

    # -- unions ------------------------------------------------------------------------------------------

    def _variants(
        self,
        old: Dict[str, Any],
        new: Dict[str, Any],
        old_union: Optional[Tuple[str, List[Tuple[int, Any]]]],
        new_union: Optional[Tuple[str, List[Tuple[int, Any]]]],
        where: str,
        old_where: str,
        dirs: FrozenSet[str],
        guard: _Guard,
        enums_compared: bool,
    ) -> None:
        old_prop, old_mapping = _discriminator(old)
        new_prop, new_mapping = _discriminator(new)
        if old_prop and new_prop and old_prop != new_prop:
            message = f"discriminator `{old_prop}` → `{new_prop}`"
            self._emit("discriminator-changed", where, old_where, message, dirs)
        elif new_prop and not old_prop and old_union is not None:
            self._emit("discriminator-added", where, old_where, f"members are now told apart by `{new_prop}`", dirs)
        elif old_prop and not new_prop and new_union is not None:
            self._emit("discriminator-removed", where, old_where, f"discriminator `{old_prop}` removed", dirs)
        prop = new_prop or old_prop
        olds = self._members(old, old_union, old_where, "old", prop, old_mapping, enums_compared)
        news = self._members(new, new_union, where, "new", prop, new_mapping, enums_compared)
        pairs = _pair(olds, news)
        paired_old = {id(o) for o, _ in pairs}
        paired_new = {id(n) for _, n in pairs}
        for o, n in pairs:
            # A whole schema paired with a union member keeps its documentation on the outside.
            whole = o.whole or n.whole
            self.compare(o.node, n.node, n.pointer, o.pointer, dirs, guard, metadata=not whole)
        for n in news:
            if id(n) not in paired_new:
                self._emit("variant-added", n.pointer, n.pointer, f"member {n.label} added", dirs, new_node=n.node)
        for o in olds:
            if id(o) not in paired_old:
                self._emit("variant-removed", o.pointer, o.pointer, f"member {o.label} removed", dirs, old_node=o.node)

    def _members(
        self,
        node: Dict[str, Any],
        union: Optional[Tuple[str, List[Tuple[int, Any]]]],
        where: str,
        side: str,
        prop: Optional[str],
        mapping: Dict[str, str],
        enums_compared: bool,
    ) -> List["_Member"]:
        if union is None:
            # An enum facing an enum-plus-variants union was compared as an enum already.
            return [] if enums_compared else [self._member(node, where, True, side, prop, mapping)]
        key, items = union
        return [self._member(member, join(where, key, index), False, side, prop, mapping) for index, member in items]

    def _member(
        self, node: Any, pointer: str, whole: bool, side: str, prop: Optional[str], mapping: Dict[str, str]
    ) -> "_Member":
        doc = self.old_doc if side == "old" else self.new_doc
        name = schema_name(node)
        body = resolve(doc, node["$ref"]) if name else node
        _, body, _ = split_null(body)
        tag = mapping.get(name) if name else None
        if tag is None and isinstance(body, dict):
            sub = (body.get("properties") or {}).get(prop or "type")
            view = enum_view(split_null(sub)[1]) if isinstance(sub, dict) else None
            if view is not None and len(view.values) == 1 and not view.open:
                tag = view.values[0][0]
        if name and side == "old":
            name = self.renames.get(name, name)
        types = type_set(body)
        keys = {
            "tag": tag,
            "ref": name,
            "type": _types(types) if types else None,
            "shape": shape(node, self.renames if side == "old" else None),
        }
        if name:
            label = f"`{name}`"
        elif tag is not None:
            label = f"tagged `{json.loads(tag)}`"
        else:
            label = f"of type `{keys['type']}`" if keys["type"] else "(inline schema)"
        return _Member(node, pointer, whole, keys, label)

    def _all_of(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str], guard: _Guard
    ) -> None:
        if not (_multi_all_of(old) and _multi_all_of(new)):
            # One side spells the object as an allOf, the other flat: compare the merged shapes.
            self._body(self._flatten(old, "old"), self._flatten(new, "new"), where, old_where, dirs, guard)
            return
        olds = [self._all_of_member(m, join(old_where, "allOf", i), "old") for i, m in enumerate(old["allOf"])]
        news = [self._all_of_member(m, join(where, "allOf", i), "new") for i, m in enumerate(new["allOf"])]
        pairs = _pair(olds, news)
        paired_old = {id(o) for o, _ in pairs}
        paired_new = {id(n) for _, n in pairs}
        for o, n in pairs:
            self.compare(o.node, n.node, n.pointer, o.pointer, dirs, guard)
        for n in news:
            if id(n) not in paired_new:
                self._emit(
                    "all-of-member-added", n.pointer, n.pointer, f"allOf member {n.label} added", dirs, new_node=n.node
                )
        for o in olds:
            if id(o) not in paired_old:
                message = f"allOf member {o.label} removed"
                self._emit("all-of-member-removed", o.pointer, o.pointer, message, dirs, old_node=o.node)

    def _all_of_member(self, node: Any, pointer: str, side: str) -> "_Member":
        name = schema_name(node)
        if name and side == "old":
            name = self.renames.get(name, name)
        keys = {"tag": None, "ref": name, "type": None, "shape": shape(node, self.renames if side == "old" else None)}
        return _Member(node, pointer, False, keys, f"`{name}`" if name else "(inline schema)")

    def _flatten(self, node: Dict[str, Any], side: str) -> Dict[str, Any]:
        if not _multi_all_of(node):
            return node
        doc = self.old_doc if side == "old" else self.new_doc
        merged: Dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        properties: Dict[str, Any] = dict(merged.get("properties") or {})
        required: List[str] = list(merged.get("required") or [])
        for member in node["allOf"]:
            body = resolve(doc, member["$ref"]) if schema_name(member) else member
            if not isinstance(body, dict):
                continue
            body = self._flatten(body, side)
            properties.update(body.get("properties") or {})
            required.extend(r for r in body.get("required") or [] if r not in required)
            for key in ("type", "additionalProperties"):
                if key in body and key not in merged:
                    merged[key] = body[key]
        merged["properties"] = properties
        merged["required"] = required
        return merged

    # -- types, formats, constraints ---------------------------------------------------------------

    def _type(self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]) -> None:
        before, after = type_set(old), type_set(new)
        if before is None or after is None:
            if before is None and after is not None and is_any(old):
                self._emit("type-narrowed", where, old_where, f"any value → `{_types(after)}`", dirs)
            elif after is None and before is not None and is_any(new):
                self._emit("type-widened", where, old_where, f"`{_types(before)}` → any value", dirs)
            return
        wide_before, wide_after = widen_numbers(before), widen_numbers(after)
        if wide_before == wide_after:
            return
        message = f"type `{_types(before)}` → `{_types(after)}`"
        if wide_before < wide_after:
            self._emit("type-widened", where, old_where, message, dirs)
        elif wide_after < wide_before:
            self._emit("type-narrowed", where, old_where, message, dirs)
        else:
            self._emit("type-changed", where, old_where, message, dirs)

    def _format(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]
    ) -> None:
        if old.get("format") != new.get("format"):
            message = f"format `{old.get('format', 'none')}` → `{new.get('format', 'none')}`"
            self._emit("format-changed", where, old_where, message, dirs)

    def _constraints(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str]
    ) -> None:
        def report(narrowed: bool, message: str) -> None:
            rule = "constraint-narrowed" if narrowed else "constraint-widened"
            self._emit(rule, where, old_where, message, dirs)

        for key in ("minLength", "minItems", "minProperties"):
            a, b = old.get(key), new.get(key)
            if a != b and (isinstance(a, (int, float)) or isinstance(b, (int, float))):
                report(
                    (b or 0) > (a or 0), f"{key} {a if a is not None else 'none'} → {b if b is not None else 'none'}"
                )
        for key in ("maxLength", "maxItems", "maxProperties"):
            a, b = old.get(key), new.get(key)
            if a != b and (isinstance(a, (int, float)) or isinstance(b, (int, float))):
                narrowed = b is not None and (a is None or b < a)
                report(narrowed, f"{key} {a if a is not None else 'none'} → {b if b is not None else 'none'}")
        for bound, tighter, lower in ((lower_bound, lower_tighter, True), (upper_bound, upper_tighter, False)):
            a, b = bound(old), bound(new)
            if a != b:
                narrowed = b is not None and (a is None or tighter(b, a))
                what = "lower bound" if lower else "upper bound"
                report(narrowed, f"{what} {show_bound(a, lower)} → {show_bound(b, lower)}")
        if old.get("multipleOf") != new.get("multipleOf"):
            a, b = old.get("multipleOf"), new.get("multipleOf")
            widened = b is None or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and b and a % b == 0)
            report(not widened, f"multipleOf {a if a is not None else 'none'} → {b if b is not None else 'none'}")
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            report(
                bool(new.get("uniqueItems")),
                f"uniqueItems {bool(old.get('uniqueItems'))} → {bool(new.get('uniqueItems'))}",
            )
        a, b = old.get("pattern"), new.get("pattern")
        if a != b:
            if a is None or b is None:
                report(b is not None, "pattern added" if b is not None else "pattern removed")
            else:
                self._emit("pattern-changed", where, old_where, f"pattern {_show(a)} → {_show(b)}", dirs)

    # -- objects --------------------------------------------------------------------------------------

    def _object(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str], guard: _Guard
    ) -> None:
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        # An object made to take any extra property (it said so) still accepts the one no longer declared.
        still_accepted = old.get("additionalProperties") in (True, {}) and _openness(_additional(new)) == 2
        for name in old_props:
            if name not in new_props:
                pointer = join(old_where, "properties", name)
                rule = "property-undeclared" if still_accepted else "property-removed"
                message = f"property `{name}` removed" + (
                    " (extra properties are still accepted)" if still_accepted else ""
                )
                self._emit(rule, pointer, pointer, message, dirs, old_node=old_props[name])
        for name, node in new_props.items():
            pointer = join(where, "properties", name)
            if name not in old_props:
                required = name in new_required
                rule = "property-added-required" if required else "property-added"
                message = f"{'required' if required else 'optional'} property `{name}` added"
                self._emit(rule, pointer, pointer, message, dirs, new_node=node)
                continue
            old_pointer = join(old_where, "properties", name)
            if (name in old_required) != (name in new_required):
                rule = "property-became-required" if name in new_required else "property-became-optional"
                message = f"`{name}` is now {'required' if name in new_required else 'optional'}"
                self._emit(rule, pointer, old_pointer, message, dirs)
            self.compare(old_props[name], node, pointer, old_pointer, dirs, guard)
        self._additional(old, new, where, old_where, dirs, guard)

    def _additional(
        self, old: Dict[str, Any], new: Dict[str, Any], where: str, old_where: str, dirs: FrozenSet[str], guard: _Guard
    ) -> None:
        before, after = _additional(old), _additional(new)
        if isinstance(before, dict) and isinstance(after, dict):
            self.compare(
                before, after, join(where, "additionalProperties"), join(old_where, "additionalProperties"), dirs, guard
            )
            return
        a, b = _openness(before), _openness(after)
        if a != b:
            names = {2: "any", 1: "a schema", 0: "none"}
            message = f"extra properties: {names[a]} → {names[b]}"
            self._emit(
                "additional-properties-widened" if b > a else "additional-properties-narrowed",
                where,
                old_where,
                message,
                dirs,
            )


class _Member:
    __slots__ = ("node", "pointer", "whole", "keys", "label")

    def __init__(self, node: Any, pointer: str, whole: bool, keys: Dict[str, Optional[str]], label: str) -> None:
        self.node = node
        self.pointer = pointer
        self.whole = whole
        """True when this is a whole schema compared against the members of a union on the other side."""
        self.keys = keys
        self.label = label


_KEY_ORDER = ("tag", "ref", "type", "shape")


def _pair(olds: List[_Member], news: List[_Member]) -> List[Tuple[_Member, _Member]]:
    """Pair members that are the same variant: by tag, then $ref name, then JSON type, then shape, each
    only where the key is unique on both sides; a last unpaired untagged member on each side pairs up."""
    pairs: List[Tuple[_Member, _Member]] = []
    left_old, left_new = list(olds), list(news)
    for kind in _KEY_ORDER:
        by_old: Dict[str, List[_Member]] = {}
        by_new: Dict[str, List[_Member]] = {}
        for m in left_old:
            if m.keys[kind] is not None:
                by_old.setdefault(m.keys[kind], []).append(m)  # type: ignore[arg-type]
        for m in left_new:
            if m.keys[kind] is not None:
                by_new.setdefault(m.keys[kind], []).append(m)  # type: ignore[arg-type]
        for key, group in by_old.items():
            match = by_new.get(key, [])
            if len(group) == 1 and len(match) == 1:
                # Members whose tags differ are different variants, whatever else they share.
                o, n = group[0], match[0]
                if (
                    kind != "tag"
                    and o.keys["tag"] is not None
                    and n.keys["tag"] is not None
                    and o.keys["tag"] != n.keys["tag"]
                ):
                    continue
                pairs.append((o, n))
                left_old.remove(o)
                left_new.remove(n)
    if (
        len(left_old) == 1
        and len(left_new) == 1
        and left_old[0].keys["tag"] is None
        and left_new[0].keys["tag"] is None
    ):
        pairs.append((left_old[0], left_new[0]))
    return pairs


def _discriminator(node: Dict[str, Any]) -> Tuple[Optional[str], Dict[str, str]]:
    """(property name, schema name → tag) of a union's discriminator."""
    disc = node.get("discriminator")
    if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
        return None, {}
    tags: Dict[str, str] = {}
    for tag, target in sorted((disc.get("mapping") or {}).items()):
        name = schema_name({"$ref": target}) if isinstance(target, str) else None
        if name and name not in tags:
            tags[name] = json.dumps(tag)
    return disc["propertyName"], tags


def _multi_all_of(node: Dict[str, Any]) -> bool:
    return isinstance(node.get("allOf"), list) and len(node["allOf"]) > 1


def _openness(value: Any) -> int:
    """2: any extra property; 1: extra properties of a given schema; 0: none."""
    return 2 if value is True else 0 if value is False else 1


def _additional(node: Dict[str, Any]) -> Any:
    value = node.get("additionalProperties", True)
    return True if value == {} else value


_MISSING = object()
