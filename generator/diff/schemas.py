"""Reading JSON Schema (OpenAPI 3.0 and 3.1 spellings alike) as the diff needs it.

Nothing here reports anything: these helpers answer "is null allowed", "which enum values, open or
closed", "which union members", "how tight is this bound", and give schemas a comparable shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterator, List, Mapping, Optional, Set, Tuple

SCHEMA_PREFIX = "#/components/schemas/"

DOC_KEYS = frozenset(
    {"description", "title", "example", "examples", "externalDocs", "$comment", "deprecated", "summary"}
)
"""Keys that document a schema without changing which values it accepts."""

_WRAPPER_KEYS = DOC_KEYS | {"default", "nullable", "readOnly", "writeOnly"}
_PRIMITIVES = ("string", "integer", "number", "boolean")
_CONST_MEMBER_KEYS = DOC_KEYS | {"const", "enum", "type", "default"}


def esc(part: object) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def join(where: str, *parts: object) -> str:
    return where + "".join("/" + esc(p) for p in parts)


def is_doc_key(key: str) -> bool:
    return key in DOC_KEYS or key.startswith("x-")


def ref_of(node: Any) -> Optional[str]:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref if isinstance(ref, str) else None


def schema_name(node: Any) -> Optional[str]:
    """The component schema a ``$ref`` names, or None."""
    ref = ref_of(node)
    return (
        ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")
        if ref and ref.startswith(SCHEMA_PREFIX)
        else None
    )


def component_of(pointer: str) -> Optional[str]:
    """``#/components/schemas/Foo`` for any pointer at or below it."""
    parts = pointer.split("/")
    return "/".join(parts[:4]) if len(parts) >= 4 and parts[1] == "components" else None


def resolve(document: Mapping[str, Any], ref: str) -> Any:
    """The node a local ``$ref`` points at, or None when it does not resolve."""
    if not ref.startswith("#/"):
        return None
    node: Any = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def refs_in(node: Any) -> Iterator[str]:
    """Every local ``$ref`` (and discriminator mapping target) under ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            mapping = current.get("mapping")
            if isinstance(mapping, dict) and "propertyName" in current:
                yield from (v for v in mapping.values() if isinstance(v, str))
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def schema_refs(node: Any) -> Set[str]:
    return {ref[len(SCHEMA_PREFIX) :] for ref in refs_in(node) if ref.startswith(SCHEMA_PREFIX)}


def is_null(node: Any) -> bool:
    return isinstance(node, dict) and (
        node.get("type") == "null" or ("const" in node and node["const"] is None) or node.get("enum") == [None]
    )


def _members(node: Dict[str, Any]) -> Optional[Tuple[str, List[Any]]]:
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            return key, node[key]
    return None


def split_null(node: Any) -> Tuple[bool, Any, Tuple[Any, ...]]:
    """(null allowed, the schema without its null part, the path to that part). Every spelling counts:
    ``nullable: true`` (3.0), ``type: [x, "null"]``, an ``anyOf``/``oneOf`` member of type null, ``enum``
    holding null. A union left with one member, or a one-member ``allOf`` wrapper, becomes that member
    (the path then leads to it, ``("anyOf", 0)``, so pointers stay true to the document)."""
    if not isinstance(node, dict):
        return False, node, ()
    nullable = False
    out = dict(node)
    if out.pop("nullable", False) is True:
        nullable = True
    kind = out.get("type")
    if isinstance(kind, list) and "null" in kind:
        nullable = True
        rest = [k for k in kind if k != "null"]
        if len(rest) == 1:
            out["type"] = rest[0]
        elif rest:
            out["type"] = rest
        else:
            out.pop("type")
    if isinstance(out.get("enum"), list) and None in out["enum"]:
        nullable = True
        out["enum"] = [v for v in out["enum"] if v is not None]
    members = _members(out)
    if members is not None:
        key, items = members
        kept = [(index, m) for index, m in enumerate(items) if not is_null(m)]
        # Null members stay in the list (readers skip them), so members keep their indexes in pointers.
        has_null = len(kept) != len(items)
        nullable = nullable or has_null
        # Only ``anyOf: [X, null]`` is a wrapper; a one-member union of its own (``oneOf: [X]`` with a
        # discriminator) stays a union.
        if has_null and len(kept) == 1 and set(out) - {key} <= _WRAPPER_KEYS | {"discriminator"}:
            index, member = kept[0]
            inner_null, inner, path = split_null(member)
            return nullable or inner_null, _with_wrapper_metadata(inner, out, key), (key, index, *path)
    if isinstance(out.get("allOf"), list) and len(out["allOf"]) == 1 and set(out) - {"allOf"} <= _WRAPPER_KEYS:
        inner_null, inner, path = split_null(out["allOf"][0])
        return nullable or inner_null, _with_wrapper_metadata(inner, out, "allOf"), ("allOf", 0, *path)
    if out.get("type") == "null" and len(set(out) - _WRAPPER_KEYS) == 1:
        return True, {}, ()
    return nullable, out, ()


def _with_wrapper_metadata(inner: Any, wrapper: Dict[str, Any], key: str) -> Any:
    # A wrapper's own default and deprecation belong to the node it wraps, not to the wrapper's shape.
    if not isinstance(inner, dict):
        return inner
    extra = {k: v for k, v in wrapper.items() if k in ("default", "deprecated") and k not in inner}
    return {**inner, **extra} if extra else inner


def strip_docs(node: Any, rename: Optional[Mapping[str, str]] = None) -> Any:
    """The schema with documentation removed and (optionally) ``$ref`` names mapped, for shape comparison."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if is_doc_key(key):
                continue
            if key == "$ref" and rename and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
                name = value[len(SCHEMA_PREFIX) :]
                value = SCHEMA_PREFIX + rename.get(name, name)
            elif key == "mapping" and rename and isinstance(value, dict):
                value = {
                    k: SCHEMA_PREFIX + rename.get(v[len(SCHEMA_PREFIX) :], v[len(SCHEMA_PREFIX) :])
                    if isinstance(v, str) and v.startswith(SCHEMA_PREFIX)
                    else v
                    for k, v in value.items()
                }
            elif key == "properties" and isinstance(value, dict):
                # Property names are data here, even ones that look like documentation keys.
                out[key] = {k: strip_docs(v, rename) for k, v in value.items()}
                continue
            out[key] = strip_docs(value, rename)
        return out
    if isinstance(node, list):
        return [strip_docs(v, rename) for v in node]
    return node


def shape(node: Any, rename: Optional[Mapping[str, str]] = None) -> str:
    """A canonical text of what a schema accepts: equal text, equal schema (up to documentation).
    A nullable wrapper and its ``type: [x, null]`` spelling give the same text."""
    nullable, inner, _ = split_null(node)
    members = _members(inner) if isinstance(inner, dict) else None
    if members is not None:
        inner = {**inner, members[0]: [m for m in members[1] if not is_null(m)]}
    return json.dumps([nullable, strip_docs(inner, rename)], sort_keys=True, default=str)


# -- enums ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnumView:
    """The values an enum-like schema lists; ``open`` when it also takes values it does not list."""

    values: Tuple[Tuple[str, Any, bool], ...]
    """(comparison key, value, deprecated) in document order."""
    open: bool
    is_const: bool = False
    implicit: bool = False
    """A plain ``type: string`` seen as an open enum listing nothing (to compare with a real enum)."""

    def keys(self) -> Dict[str, Tuple[Any, bool]]:
        return {key: (value, deprecated) for key, value, deprecated in self.values}


def _value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _is_const_member(node: Any) -> bool:
    """A union member that only lists values: ``{const: x}`` or ``{type: string, enum: [...]}``."""
    if not isinstance(node, dict) or set(node) - _CONST_MEMBER_KEYS - {k for k in node if k.startswith("x-")}:
        return False
    if "const" in node:
        return node["const"] is not None
    return isinstance(node.get("enum"), list) and any(v is not None for v in node["enum"])


def _member_values(node: Dict[str, Any]) -> List[Any]:
    return [node["const"]] if "const" in node else [v for v in node["enum"] if v is not None]


def _is_open_marker(node: Any) -> bool:
    """A bare primitive member (``{type: string}``) beside consts: the union takes any such value."""
    return (
        isinstance(node, dict)
        and node.get("type") in _PRIMITIVES
        and not (set(node) - DOC_KEYS - {"type", "default"} - {k for k in node if k.startswith("x-")})
    )


def enum_view(node: Any) -> Optional[EnumView]:
    """The enum a schema spells, whichever way: ``enum``, a lone ``const``, or an anyOf/oneOf of consts
    (with a bare ``{type: string}`` member making it open). None for a schema that is not one."""
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("enum"), list):
        values = tuple((_value_key(v), v, False) for v in node["enum"] if v is not None)
        return EnumView(values, open=False)
    if "const" in node and node["const"] is not None:
        return EnumView(((_value_key(node["const"]), node["const"], bool(node.get("deprecated"))),), False, True)
    members = _members(node)
    if members is None:
        return None
    consts = [m for m in members[1] if _is_const_member(m)]
    if not consts:
        return None
    values: Dict[str, Tuple[str, Any, bool]] = {}
    for member in consts:
        for value in _member_values(member):
            values.setdefault(_value_key(value), (_value_key(value), value, bool(member.get("deprecated"))))
    return EnumView(tuple(values.values()), open=any(_is_open_marker(m) for m in members[1]))


def implicit_enum(node: Any) -> Optional[EnumView]:
    """A plain primitive schema, read as an open enum that lists nothing."""
    if isinstance(node, dict) and node.get("type") in _PRIMITIVES and "enum" not in node and "const" not in node:
        return EnumView((), open=True, implicit=True)
    return None


def union_members(node: Any) -> Optional[Tuple[str, List[Tuple[int, Any]]]]:
    """(keyword, [(index, member)]) of a union's real variants: null members, consts and the open
    marker of an enum-like union are left out (they are the enum's business)."""
    if not isinstance(node, dict):
        return None
    members = _members(node)
    if members is None:
        return None
    key, items = members
    has_consts = any(_is_const_member(m) for m in items)
    kept = [
        (index, member)
        for index, member in enumerate(items)
        if not is_null(member) and not (has_consts and (_is_const_member(member) or _is_open_marker(member)))
    ]
    return key, kept


# -- types and bounds -------------------------------------------------------------------------------


def type_set(node: Any) -> Optional[FrozenSet[str]]:
    """The JSON types a (null-stripped) schema allows, when it says so; None when it does not."""
    if not isinstance(node, dict):
        return None
    kind = node.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(str(k) for k in kind)
    if "properties" in node or "additionalProperties" in node:
        return frozenset({"object"})
    if "items" in node:
        return frozenset({"array"})
    return None


def is_any(node: Any) -> bool:
    """A schema that accepts every value (``{}`` or documentation only)."""
    return isinstance(node, dict) and not [k for k in node if not is_doc_key(k) and k != "default"]


def widen_numbers(types: FrozenSet[str]) -> FrozenSet[str]:
    return types | {"integer"} if "number" in types else types


@dataclass(frozen=True)
class Bound:
    value: float
    exclusive: bool


def lower_bound(node: Dict[str, Any]) -> Optional[Bound]:
    """The lower bound, whether written as 3.1's numeric ``exclusiveMinimum`` or 3.0's boolean one."""
    return _bound(node, "minimum", "exclusiveMinimum", max)


def upper_bound(node: Dict[str, Any]) -> Optional[Bound]:
    return _bound(node, "maximum", "exclusiveMaximum", min)


def _bound(node: Dict[str, Any], inclusive_key: str, exclusive_key: str, pick: Any) -> Optional[Bound]:
    inclusive = node.get(inclusive_key)
    exclusive = node.get(exclusive_key)
    candidates = []
    if isinstance(exclusive, bool):
        if isinstance(inclusive, (int, float)):
            candidates.append(Bound(inclusive, exclusive))
    else:
        if isinstance(inclusive, (int, float)):
            candidates.append(Bound(inclusive, False))
        if isinstance(exclusive, (int, float)):
            candidates.append(Bound(exclusive, True))
    if not candidates:
        return None
    best = pick(c.value for c in candidates)
    return Bound(best, any(c.exclusive for c in candidates if c.value == best))


def lower_tighter(a: Bound, b: Bound) -> bool:
    """Whether lower bound ``a`` admits fewer values than ``b``."""
    return a.value > b.value or (a.value == b.value and a.exclusive and not b.exclusive)


def upper_tighter(a: Bound, b: Bound) -> bool:
    return a.value < b.value or (a.value == b.value and a.exclusive and not b.exclusive)


def show_bound(bound: Optional[Bound], lower: bool) -> str:
    if bound is None:
        return "none"
    sign = (">" if bound.exclusive else "≥") if lower else ("<" if bound.exclusive else "≤")
    return f"{sign} {bound.value:g}"
