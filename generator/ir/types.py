"""Turn spec schemas into Python type declarations, once per side of the API they are used on.

A schema reached from a request becomes a ``TypedDict`` (``…Param``); one reached from a response
becomes a pydantic model. Unions with a discriminator become ``Annotated[Union[...], PropertyInfo(...)]``
on the response side so the runtime can pick the variant by tag and keep unknown ones.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Optional, Set, Tuple, Union

import pydantic

from ..config import SdkConfig
from ..diagnostics import Report, pointer
from ..load import Spec
from .collisions import NameTable
from .model import (
    AliasDecl,
    Field,
    FunctionalTypedDictDecl,
    Import,
    ModelDecl,
    TypedDictDecl,
    TypeModule,
    TypesPackage,
)
from .naming import identifier, module_name, pascal, py_literal, relative_import, runtime_prefix
from .pynames import BUILTIN_TYPES, annotation_names, field_name, is_plain_key, qualify_builtins

MODEL = "model"
PARAM = "param"
SCHEMA_PREFIX = "#/components/schemas/"

# Attribute names pydantic's BaseModel already uses; a field with one of these names gets an alias.
_RESERVED_MODEL_NAMES = frozenset(n for n in dir(pydantic.BaseModel) if not n.startswith("__")) | {
    "to_dict",
    "to_json",
    "to_param",
}


def ref_name(ref: str) -> Optional[str]:
    """The component schema a ``$ref`` names; None for any other target (a deeper pointer, a parameter)."""
    if not ref.startswith(SCHEMA_PREFIX) or "/" in ref[len(SCHEMA_PREFIX) :]:
        return None
    return ref[len(SCHEMA_PREFIX) :].replace("~1", "/").replace("~0", "~")


def is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node == {"const": None})


@dataclass
class _ModuleCtx:
    module: str
    imports: Set[Tuple[str, str]] = field(default_factory=set)
    decls: List[object] = field(default_factory=list)
    names: Optional[NameTable] = None
    """Declared names, unique within the module (see ``collisions.py``)."""
    inline: Dict[str, str] = field(default_factory=dict)
    """JSON pointer → name of the inline declaration already made for it here."""

    def claim(self, wanted: str, where: str, report: Report, candidates: Tuple[Tuple[str, str], ...] = ()) -> str:
        if self.names is None:
            self.names = NameTable(f"module {self.module}", report)
        imported = {name for _, name in self.imports}
        if wanted in imported and not self.names.taken(wanted):
            self.names.owners[wanted] = ("an import of", wanted)
        return self.names.claim(where, wanted, where=where, candidates=candidates, describe="type name")


class TypeBuilder:
    def __init__(self, spec: Spec, config: SdkConfig, report: Report) -> None:
        self.spec = spec
        self.config = config
        self.report = report
        self.uses: Dict[str, Set[str]] = {}
        self._names: Dict[Tuple[str, str], str] = {}
        self._taken: Dict[str, Tuple[str, str]] = {}
        self.inline_uses: Dict[Tuple[str, str], Tuple[str, str, Any]] = {}
        """(pointer, side) → (name, module, node) for inline schemas that sdk.yml names."""
        self._building: Set[Tuple[str, str]] = set()
        self.type_names: Dict[str, NameTable] = {}
        """Public type names (schemas, method parameters and responses), unique within each types package."""
        self._module_owners: Dict[str, Any] = {}
        self.derived = False
        """sdk.yml was derived from the spec: renames are the rules' choices (info), not a config gap."""
        self._widening: Set[str] = set()
        """Pointers whose ``types.param_accepts`` widening is being built (their plain annotation first)."""
        self._expanding: Set[str] = set()
        """Non-component ``$ref``s being typed in place, to stop a pointer that leads back to itself."""

    # -- which schemas are needed on which side -------------------------------------------------

    def mark(self, node: Any, side: str) -> None:
        """Record every named schema reachable from ``node`` as used on ``side``."""
        stack = [node]
        followed: Set[str] = set()
        while stack:
            current = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                name = ref_name(ref) if isinstance(ref, str) else None
                if name is not None:
                    sides = self.uses.setdefault(name, set())
                    if side not in sides:
                        sides.add(side)
                        stack.append(self.spec.schemas[name])
                elif isinstance(ref, str) and ref not in followed:
                    # A pointer into another schema or component: its target is read inline.
                    followed.add(ref)
                    stack.append(self.spec.resolve(ref))
                stack.extend(v for k, v in current.items() if k != "$ref")
            elif isinstance(current, list):
                stack.extend(current)

    # -- names ------------------------------------------------------------------------------------

    def public_name(self, schema: str, side: str) -> str:
        key = (schema, side)
        if key in self._names:
            return self._names[key]
        override = self.config.types.names.get(schema)
        explicit = getattr(override, side) if override else None
        wanted = explicit or self._derived_name(schema, side)
        suffix = self.config.types.param_suffix if side == PARAM else ""
        base = wanted[: -len(suffix)] if suffix and wanted.endswith(suffix) else wanted
        # Rule for two schemas wanting one name (``issuing.card`` and ``issuing_card``): the schema spelled
        # exactly as the name, else the first by name, keeps it; the other first tries the name of the
        # schema unchanged by sdk.yml's rules, then adds ``Schema``, then ``Type``.
        candidates = [
            (type_identifier(pascal(schema)) + suffix, "schema-name"),
            (base + "Schema" + suffix, "schema-suffix"),
            (base + "Type" + suffix, "type-suffix"),
        ]
        name = self.claim_type_name(
            key, wanted, self._package_of(schema, wanted), pointer("components", "schemas", schema), candidates
        )
        if name != wanted and not self.derived:
            self.report.warning(
                pointer("components", "schemas", schema),
                f"type name {wanted!r} is already used; schema {schema!r} is named {name!r} "
                f"(set types.names.{schema} in sdk.yml to choose)",
            )
        self._taken[name] = key
        self._names[key] = name
        return name

    def claim_type_name(
        self, key: Any, wanted: str, package: str, where: str, candidates: List[Tuple[str, str]]
    ) -> str:
        """A public type name unique in its types package, whose module (``package.snake_name``) is free."""

        def usable(name: str) -> bool:
            owner = self._module_owners.get(f"{package}.{module_name(name)}")
            return owner is None or owner == key

        table = self.type_names.get(package)
        if table is None:
            table = self.type_names[package] = NameTable(f"package {package}", self.report, RESERVED_TYPE_NAMES)
        name = table.claim(key, wanted, where=where, candidates=candidates, describe="type name", usable=usable)
        self._module_owners.setdefault(f"{package}.{module_name(name)}", key)
        return name

    def _package_of(self, schema: str, name: str) -> str:
        override = self.config.types.names.get(schema)
        if override and override.module:
            return override.module
        return next(
            (pkg for prefix, pkg in self.config.types.module_prefixes.items() if name.startswith(prefix)), "types"
        )

    def assign_names(self, schemas: List[str]) -> None:
        """Name every schema before any is used, so which one keeps a contested name is decided by the
        rule above and not by the order operations reach them."""
        for side in (MODEL, PARAM):
            for schema in sorted(schemas, key=lambda s: (type_identifier(pascal(s)) != s, s)):
                self.public_name(schema, side)

    def _derived_name(self, schema: str, side: str) -> str:
        base = type_identifier(pascal(schema))
        prefix = next((p for p in self.config.types.module_prefixes if base.startswith(p)), "")
        rest = base[len(prefix) :]
        for word in self.config.types.strip_prefixes:
            if rest.startswith(word) and rest[len(word) : len(word) + 1].isupper():
                rest = rest[len(word) :]
                break
        name = prefix + rest
        suffix = self.config.types.param_suffix
        return name + suffix if side == PARAM and not name.endswith(suffix) else name

    def module_of(self, schema: str, side: str) -> str:
        name = self.public_name(schema, side)
        override = self.config.types.names.get(schema)
        package = override.module if override and override.module else None
        if package is None:
            package = next(
                (pkg for prefix, pkg in self.config.types.module_prefixes.items() if name.startswith(prefix)), "types"
            )
        return f"{package}.{module_name(name)}"

    # -- annotations --------------------------------------------------------------------------------

    def annotation(self, node: Any, side: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        """The Python annotation for ``node``; inline objects become declarations named after ``owner``."""
        if not isinstance(node, dict):
            self.report.error(where, "schema is not an object")
            return "object"
        accepted = self.config.types.param_accepts.get(where) if side == PARAM and where not in self._widening else None
        if accepted is not None:
            return self._also_accepting(node, accepted, ctx, owner, where)
        named = self.config.types.inline.get(where)
        if named is not None and getattr(named, side) and (where, side) not in self._building:
            return self._inline_reference(named, node, side, ctx, where)
        if "$ref" in node:
            name = ref_name(node["$ref"])
            if name is None:
                text = self._pointer_target(node["$ref"], side, ctx, owner, where)
            else:
                text = self.public_name(name, side)
                ctx.imports.add((self.module_of(name, side), text))
            # OpenAPI 3.0 says a $ref's siblings are ignored, yet specs write `nullable` beside one and mean
            # it; a 3.0 component that is itself nullable admits null wherever it is used.
            target = self.spec.schemas.get(name) if name is not None else None
            if node.get("nullable") is True or (isinstance(target, dict) and target.get("nullable") is True):
                return _optional(text)
            return text
        if node.get("nullable") is True:
            inner = dict(node)
            del inner["nullable"]
            return _optional(self.annotation(inner, side, ctx, owner, where))
        if "const" in node:
            if node["const"] is None:
                return "None"
            if _literal_value(node["const"]):
                return f"Literal[{py_literal(node['const'])}]"
            return _value_type(node["const"], side)
        if "enum" in node and isinstance(node["enum"], list):
            values = [v for v in node["enum"] if v is not None]
            if values and all(_literal_value(v) for v in values):
                text = f"Literal[{', '.join(py_literal(v) for v in _unique(values))}]"
                return _optional(text) if None in node["enum"] else text
            if not values and None in node["enum"]:
                return "None"
            # Numbers with fractions, objects and arrays cannot be Literal values: the type says it.
            if values and "type" not in node:
                kinds = _unique(_value_type(v, side) for v in values)
                text = kinds[0] if len(kinds) == 1 else f"Union[{', '.join(kinds)}]"
                return _optional(text) if None in node["enum"] else text
        for key in ("oneOf", "anyOf"):
            if key in node and isinstance(node[key], list):
                if all(_constraint_only(m) for m in node[key]):
                    # Members that only constrain (``required: [a]`` / ``required: [b]``): the node's own
                    # type is the whole story.
                    rest = {k: v for k, v in node.items() if k not in (key, "discriminator")}
                    return self.annotation(rest, side, ctx, owner, where)
                return self._union(node, node[key], key, side, ctx, owner, where)
        if "allOf" in node and isinstance(node["allOf"], list):
            members = node["allOf"]
            own = {k: v for k, v in node.items() if k in ("properties", "required", "additionalProperties")}
            if len(members) == 1 and not own:
                return self.annotation(members[0], side, ctx, owner, f"{where}/allOf/0")
            merged = self._merge_all_of(members, where, own)
            if isinstance(merged, tuple):
                single, single_where = merged
                return self.annotation(single, side, ctx, owner, single_where)
            return self._object(merged, side, ctx, owner, where)
        kind = node.get("type")
        if kind is None and "items" in node:
            kind = "array"  # JSON Schema lets ``type`` go unsaid; ``items`` only makes sense on an array
        if kind is None and "additionalProperties" in node:
            kind = "object"
        if isinstance(kind, list):
            variants = [dict(node, type=k) for k in kind]
            return self._union(node, variants, "type", side, ctx, owner, where)
        if kind == "string":
            if node.get("format") == "binary" or "contentMediaType" in node:
                return "FileTypes" if side == PARAM else "bytes"
            if node.get("format") == "date-time":
                return "Union[str, datetime]" if side == PARAM else "datetime"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            items = node.get("items", {})
            if not isinstance(items, dict):
                self.report.warning(f"{where}/items", "array items given as a list (a tuple form); typed as object")
                items = {}
            item = self.annotation(items, side, ctx, owner, f"{where}/items")
            if side == MODEL:
                return f"List[{item}]"
            return "SequenceNotStr[str]" if item == "str" else f"Iterable[{item}]"
        if kind == "object" or "properties" in node:
            return self._object(node, side, ctx, owner, where)
        if kind == "file":
            # Swagger 2's file type, left behind by a conversion.
            return "FileTypes" if side == PARAM else "bytes"
        if kind is not None:
            self.report.warning(f"{where}/type", f"unknown type {kind!r}; typed as object")
            return "object"
        if "not" in node:
            self.report.error(where, f"cannot turn this schema into a Python type (keys: {sorted(node)})")
            return "object"
        # No type keyword: any JSON value (a schema of descriptions, formats, bounds or extensions).
        return "object"

    def _pointer_target(self, ref: str, side: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        """A ``$ref`` to something other than a component schema (``#/components/schemas/A/properties/b``,
        a parameter's schema): the target is typed in place, as if written here."""
        if ref in self._expanding:
            self.report.warning(
                where, f"$ref {ref!r} refers back to itself through a non-component pointer; typed as object"
            )
            return "object"
        try:
            target = self.spec.resolve(ref)
        except (KeyError, IndexError, ValueError):
            self.report.error(where, f"$ref {ref!r} does not resolve")
            return "object"
        self._expanding.add(ref)
        try:
            return self.annotation(target, side, ctx, owner, ref)
        finally:
            self._expanding.discard(ref)

    def _also_accepting(self, node: Any, schema: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        """The param annotation at ``where``, widened by the response model of ``schema`` (sdk.yml
        ``types.param_accepts``): the runtime sends a model as its JSON, so a response block can be
        passed back unchanged."""
        self._widening.add(where)
        try:
            plain = self.annotation(node, PARAM, ctx, owner, where)
        finally:
            self._widening.discard(where)
        if schema not in self.spec.schemas:
            return plain  # reported once by the IR builder
        model = self.public_name(schema, MODEL)
        ctx.imports.add((self.module_of(schema, MODEL), model))
        return f"Union[{plain}, {model}]"

    def _inline_reference(self, named: Any, node: Any, side: str, ctx: _ModuleCtx, where: str) -> str:
        name = getattr(named, side)
        package = named.module or next(
            (pkg for prefix, pkg in self.config.types.module_prefixes.items() if name.startswith(prefix)), "types"
        )
        module = f"{package}.{module_name(name)}"
        self.inline_uses.setdefault((where, side), (name, module, node))
        ctx.imports.add((module, name))
        return name

    def build_inline_modules(self) -> List[TypeModule]:
        """Modules for the inline schemas sdk.yml names; building one may reveal more."""
        built: Dict[Tuple[str, str], TypeModule] = {}
        while len(built) < len(self.inline_uses):
            for key, (name, module, node) in list(self.inline_uses.items()):
                if key in built:
                    continue
                where, side = key
                ctx = _ModuleCtx(module=module)
                self._building.add(key)
                decl = self.declaration(name, node, side, ctx, where)
                self._building.discard(key)
                built[key] = self._finish(ctx, name, decl, where)
        for where, named in self.config.types.inline.items():
            for side in (MODEL, PARAM):
                if getattr(named, side) and (where, side) not in self.inline_uses:
                    self.report.warning(
                        where,
                        f"types.inline names {getattr(named, side)!r} here, but no {side} type is built from it",
                        source="config",
                    )
        return [built[key] for key in sorted(built)]

    def _union(
        self, node: Any, members: List[Any], key: str, side: str, ctx: _ModuleCtx, owner: str, where: str
    ) -> str:
        nullable = any(is_null(m) for m in members)
        parts: List[str] = []
        literals: List[str] = []
        discriminator = (
            node.get("discriminator", {}).get("propertyName") if isinstance(node.get("discriminator"), dict) else None
        )
        owners = self._member_owners(members, discriminator, owner, f"{where}/{key}")
        for index, member in enumerate(members):
            if is_null(member) or _constraint_only(member):
                continue
            if isinstance(member, dict) and "const" in member and _literal_value(member["const"]):
                literals.append(py_literal(member["const"]))
                continue
            text = self.annotation(member, side, ctx, owners[index], f"{where}/{key}/{index}")
            if text not in parts:
                parts.append(text)
        if literals:
            parts.append(f"Literal[{', '.join(literals)}]")
        if not parts:
            return "None"
        if len(parts) == 1:
            text = parts[0]
        elif discriminator and side == MODEL:
            meta = f'PropertyInfo(discriminator="{discriminator}")'
            if not literals and self._tagged_members(members, discriminator):
                # pydantic then picks the member by tag instead of trying each in turn.
                meta += f', Discriminator("{discriminator}")'
            text = f"Annotated[Union[{', '.join(parts)}], {meta}]"
        else:
            text = f"Union[{', '.join(parts)}]"
        return _optional(text) if nullable else text

    def _member_owners(self, members: List[Any], discriminator: Optional[str], owner: str, where: str) -> List[str]:
        """The name each union member's inline declarations start from.

        One member that needs a declaration takes the union's own name. Several are told apart by a
        label, the first that no earlier member took: the discriminator tag, the member's ``title``,
        the value of a constant property (``type: {const: text}``), a property no other member has,
        then the member's JSON type. What is still equal is settled by the module's name table.
        """
        owners = [owner] * len(members)
        needing = [i for i, m in enumerate(members) if self._needs_name(m, f"{where}/{i}")]
        if discriminator:
            for i in needing:
                tag = _tag_value(members[i], discriminator)
                if tag is not None:
                    owners[i] = owner + pascal(str(tag))
            needing = [i for i in needing if _tag_value(members[i], discriminator) is None]
            if not needing:
                return owners
        elif len(needing) <= 1:
            return owners
        used: Set[str] = set()
        for i in needing:
            for label in self._member_labels(members[i], [members[j] for j in needing if j != i]):
                if label and label not in used:
                    used.add(label)
                    owners[i] = owner + label
                    break
        return owners

    def _member_labels(self, member: Dict[str, Any], others: List[Any]) -> List[str]:
        labels = []
        if isinstance(member.get("title"), str):
            labels.append(pascal(member["title"]))
        properties = member.get("properties") or {}
        for prop in properties.values():
            value = _tag_of(prop)
            if value is not None:
                labels.append(pascal(str(value)))
        other_props = {p for o in others if isinstance(o, dict) for p in (o.get("properties") or {})}
        labels.extend(pascal(p) for p in properties if p not in other_props)
        kind = member.get("type")
        if isinstance(kind, str):
            labels.append(pascal(kind) if kind != "object" else "Object")
        elif "items" in member:
            labels.append("Array")
        else:
            labels.append("Object")
        return [label for label in labels if label]

    def _needs_name(self, member: Any, where: str) -> bool:
        """Whether typing ``member`` declares a class or alias of its own (an inline object, or a union
        or array that holds one)."""
        if isinstance(member, dict) and isinstance(member.get("$ref"), str) and ref_name(member["$ref"]) is None:
            # A pointer into another schema is typed in place, so it may declare what it points at.
            ref = member["$ref"]
            if ref in self._expanding:
                return False
            self._expanding.add(ref)
            try:
                return self._needs_name(self.spec.resolve(ref), ref)
            except (KeyError, IndexError, ValueError):
                return False
            finally:
                self._expanding.discard(ref)
        if not isinstance(member, dict) or "$ref" in member or is_null(member):
            return False
        named = self.config.types.inline.get(where)
        if named is not None:
            return False
        if member.get("properties") or isinstance(member.get("allOf"), list):
            return True
        for key in ("oneOf", "anyOf"):
            if isinstance(member.get(key), list):
                return any(self._needs_name(m, f"{where}/{key}/{i}") for i, m in enumerate(member[key]))
        if isinstance(member.get("items"), dict):
            return self._needs_name(member["items"], f"{where}/items")
        extra = member.get("additionalProperties")
        return isinstance(extra, dict) and self._needs_name(extra, f"{where}/additionalProperties")

    def _tagged_members(self, members: List[Any], discriminator: str) -> bool:
        """Whether every member is a named object whose tag is a required constant, as pydantic needs."""
        for member in members:
            if is_null(member):
                continue
            name = ref_name(member.get("$ref", "")) if isinstance(member, dict) else None
            schema = self.spec.schemas.get(name) if name else None
            if not isinstance(schema, dict) or discriminator not in schema.get("required", []):
                return False
            tag = schema.get("properties", {}).get(discriminator, {})
            if "const" not in tag and len(tag.get("enum", [])) != 1:
                return False
            if tag.get("nullable") or (name, MODEL) in self.inline_uses:
                return False
        return True

    def _merge_all_of(
        self, members: List[Any], where: str, own: Optional[Dict[str, Any]] = None
    ) -> Union[Dict[str, Any], Tuple[Any, str]]:
        """One object schema holding every member's properties (members that are themselves ``allOf``s or
        references are flattened first); or, when a single member carries the type and the others only
        describe or constrain it, that member and its pointer."""
        merged: Dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        typed: List[Tuple[Any, str]] = []
        objects = 0
        flat = self._flatten_all_of(members, where, set())
        if own:
            flat.append((own, where))
        for member, member_where in flat:
            if _is_object_schema(member):
                objects += 1
                merged["properties"].update(member.get("properties", {}))
                merged["required"].extend(r for r in member.get("required", []) if r not in merged["required"])
                extra = member.get("additionalProperties")
                if isinstance(extra, dict) and extra and "additionalProperties" not in merged:
                    merged["additionalProperties"] = extra
            elif _constraint_only(member) or not member:
                merged["required"].extend(r for r in member.get("required", []) if r not in merged["required"])
            else:
                typed.append((member, member_where))
        if typed and not objects:
            if len(typed) > 1:
                self.report.warning(
                    where, f"allOf joins {len(typed)} schemas that are not objects; typed as the first of them"
                )
            return typed[0]
        if typed:
            self.report.warning(
                typed[0][1], "allOf member is not an object schema; the merged object keeps the other members"
            )
        return merged

    def _flatten_all_of(self, members: List[Any], where: str, seen: Set[str]) -> List[Tuple[Any, str]]:
        out: List[Tuple[Any, str]] = []
        for index, member in enumerate(members):
            member_where = f"{where}/allOf/{index}"
            if isinstance(member, dict) and "$ref" in member:
                ref = member["$ref"]
                if ref in seen:
                    continue
                seen = seen | {ref}
                member_where = ref
                member = self.spec.resolve(ref)
            if not isinstance(member, dict):
                self.report.error(member_where, "allOf member is not a schema object")
                continue
            if isinstance(member.get("allOf"), list):
                out.extend(self._flatten_all_of(member["allOf"], member_where, seen))
                rest = {k: v for k, v in member.items() if k != "allOf"}
                if rest:
                    out.append((rest, member_where))
                continue
            out.append((member, member_where))
        return out

    def _object(self, node: Any, side: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        properties = node.get("properties")
        if not properties:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(extra, side, ctx, owner, f"{where}/additionalProperties")
                return f"Dict[str, {value}]"
            return "Dict[str, object]"
        if where in ctx.inline:
            return ctx.inline[where]
        name = owner + (self.config.types.param_suffix if side == PARAM and not owner.endswith("Param") else "")
        name = ctx.claim(name, where, self.report, _position_candidates(name, where))
        ctx.inline[where] = name
        ctx.decls.append(self.declaration(name, node, side, ctx, where))
        return name

    # -- declarations -------------------------------------------------------------------------------

    def declaration(
        self, name: str, node: Any, side: str, ctx: _ModuleCtx, where: str, pointers: Optional[Dict[str, str]] = None
    ) -> object:
        description = node.get("description") if isinstance(node, dict) else None
        # The declared name is the module's before anything inline is named after it.
        ctx.claim(name, where, self.report)
        if isinstance(node, dict) and isinstance(node.get("allOf"), list) and not _is_object_schema(node):
            own = {k: v for k, v in node.items() if k in ("properties", "required", "additionalProperties")}
            merged = self._merge_all_of(node["allOf"], where, own)
            if isinstance(merged, dict) and merged["properties"]:
                node = dict(merged, description=description) if description else merged
        is_object = (
            isinstance(node, dict) and (node.get("type") == "object" or "properties" in node) and "properties" in node
        )
        if is_object and not node["properties"]:
            is_object = False
        if not is_object:
            return AliasDecl(
                name=name, annotation=self.annotation(node, side, ctx, name, where), description=description
            )
        required = set(node.get("required", []))
        owner_base = (
            name[: -len(self.config.types.param_suffix)]
            if side == PARAM and name.endswith(self.config.types.param_suffix)
            else name
        )
        fields = []
        field_names = NameTable(f"the fields of {name}", self.report, reserved=sorted(_RESERVED_MODEL_NAMES))
        for api_name, sub in node["properties"].items():
            sub_where = (pointers or {}).get(
                api_name
            ) or f"{where}/properties/{api_name.replace('~', '~0').replace('/', '~1')}"
            text = self.annotation(sub, side, ctx, owner_base + pascal(field_name(api_name)), sub_where)
            if side == MODEL:
                wanted = identifier(api_name) if api_name.isidentifier() and not api_name.startswith("_") else None
                wanted = wanted or field_name(api_name)
                py_name = field_names.claim(
                    api_name,
                    wanted,
                    where=sub_where,
                    candidates=[(wanted + "_", "trailing-underscore")],
                    describe="field name",
                )
            else:
                py_name = identifier(api_name) if api_name.isidentifier() else field_name(api_name)
            fields.append(
                Field(
                    name=py_name,
                    api_name=api_name,
                    annotation=text,
                    required=api_name in required,
                    description=sub.get("description") if isinstance(sub, dict) else None,
                    deprecated=bool(isinstance(sub, dict) and sub.get("deprecated")),
                )
            )
        fields = _unshadow(fields, side, ctx, where, self.report)
        if side == MODEL:
            return ModelDecl(name=name, fields=tuple(fields), description=description)
        if all(is_plain_key(f.api_name) for f in fields) and not _shadowing_keys(fields, ctx):
            return TypedDictDecl(name=name, fields=tuple(fields), description=description)
        return FunctionalTypedDictDecl(
            name=name,
            entries=tuple(
                (py_literal(f.api_name), py_literal(f"Required[{f.annotation}]" if f.required else f.annotation))
                for f in fields
            ),
            description=description,
            fields=tuple(fields),
        )

    def build_module(self, schema: str, side: str) -> TypeModule:
        name = self.public_name(schema, side)
        module = self.module_of(schema, side)
        ctx = _ModuleCtx(module=module)
        where = pointer("components", "schemas", schema)
        decl = self.declaration(name, self.spec.schemas[schema], side, ctx, where)
        return self._finish(ctx, name, decl, where)

    def build_params_module(
        self, module: str, name: str, fields_node: Dict[str, Any], where: str, pointers: Dict[str, str]
    ) -> TypeModule:
        """The TypedDict of one method's parameters (``MessageCreateParams``); ``pointers`` locates each field in the spec."""
        ctx = _ModuleCtx(module=module)
        decl = self.declaration(name, fields_node, PARAM, ctx, where, pointers)
        return self._finish(ctx, name, decl, where)

    def _finish(self, ctx: _ModuleCtx, name: str, decl: object, where: str) -> TypeModule:
        imports = tuple(
            sorted(
                Import(relative_import(ctx.module, target_module), target)
                for target_module, target in ctx.imports
                if target_module != ctx.module
            )
        )
        # Inline declarations are appended as they are met (innermost first), which is also the order
        # that lets each one refer to those before it.
        return TypeModule(
            module=ctx.module,
            public_name=name,
            decls=(*ctx.decls, decl),
            imports=imports,
            runtime_prefix=runtime_prefix(ctx.module),
            source=where,
        )


_TYPE_KEYS = frozenset(
    {"$ref", "type", "properties", "items", "enum", "const", "oneOf", "anyOf", "allOf", "additionalProperties", "not"}
)


def _position_candidates(name: str, where: str) -> Tuple[Tuple[str, str], ...]:
    """Rule for two inline schemas of one module wanting one name: the later one says where it sits."""
    last = where.rsplit("/", 2)
    if where.endswith("/items"):
        word = "Item"
    elif where.endswith("/additionalProperties"):
        word = "Value"
    elif len(last) == 3 and last[1] in ("oneOf", "anyOf", "type"):
        word = "Variant"
    else:
        word = "Object"
    return ((name + word, "position"),)


def _unshadow(fields: List[Field], side: str, ctx: _ModuleCtx, where: str, report: Report) -> List[Field]:
    """Fields named like a name their class's annotations use: builtins are qualified (``builtins.object``)
    so the field keeps its API name; a model field named like any other name moves to ``<name>_``."""
    used: Set[str] = set()
    for f in fields:
        used |= annotation_names(f.annotation)
    shadowed = {f.name if side == MODEL else f.api_name for f in fields} & used
    if not shadowed:
        return fields
    out = []
    for f in fields:
        text = qualify_builtins(f.annotation, shadowed)
        name = f.name
        if side == MODEL and name in shadowed and name not in BUILTIN_TYPES:
            taken = {g.name for g in fields}
            name = name + "_"
            while name in taken:
                name += "_"
            report.info(
                where,
                f"field {f.name!r} would hide the name {f.name!r} its class's annotations use; "
                f"named {name!r} (rule: shadowed-name)",
            )
        out.append(replace(f, annotation=text, name=name))
    return out


def _shadowing_keys(fields: List[Field], ctx: _ModuleCtx) -> bool:
    """Whether a TypedDict key would hide a non-builtin name its class's annotations use."""
    used: Set[str] = set()
    for f in fields:
        used |= annotation_names(f.annotation)
    return bool(({f.api_name for f in fields} & used) - BUILTIN_TYPES)


RESERVED_TYPE_NAMES = (
    # what the type and resource modules import by name, and what their classes are built from
    "BaseModel",
    "TypedDict",
    "TypeAlias",
    "Required",
    "Annotated",
    "Literal",
    "List",
    "Dict",
    "Union",
    "Iterable",
    "Optional",
    "FieldInfo",
    "Discriminator",
    "PropertyInfo",
    "FileTypes",
    "SequenceNotStr",
    "TYPE_CHECKING",
    "Stream",
    "AsyncStream",
    "Body",
    "Query",
    "Headers",
    "Omit",
    "NotGiven",
    "NOT_GIVEN",
    "FinalRequestOptions",
    "AsyncPaginator",
    "SyncAPIResource",
    "AsyncAPIResource",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "JSONLDecoder",
    "AsyncJSONLDecoder",
)


def type_identifier(name: str) -> str:
    """A class name from a Pascal-cased schema name: never empty, never a keyword (``None`` →
    ``NoneValue``), never starting with a digit (``2faSettings`` → ``Type2faSettings``)."""
    if not name:
        return "Schema"
    if name[0].isdigit():
        return "Type" + name
    if keyword.iskeyword(name):
        return name + "Value"
    return name


def _tag_of(prop: Any) -> Any:
    """The one value a property schema allows (``const``, or an enum of one), else None."""
    if not isinstance(prop, dict):
        return None
    if "const" in prop:
        return prop["const"]
    enum = prop.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 else None


def _tag_value(member: Any, discriminator: str) -> Any:
    if not isinstance(member, dict):
        return None
    return _tag_of((member.get("properties") or {}).get(discriminator))


def _constraint_only(node: Any) -> bool:
    """A schema that only constrains or describes (``{required: [a]}``, ``{description: …}``)."""
    return isinstance(node, dict) and bool(node) and not (_TYPE_KEYS & set(node))


def _is_object_schema(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and (node.get("type") == "object" or "properties" in node or "additionalProperties" in node)
        and not ({"oneOf", "anyOf", "$ref"} & set(node))
    )


def _literal_value(value: Any) -> bool:
    """Whether ``Literal[...]`` may hold the value (no floats, objects or arrays)."""
    return isinstance(value, (str, bool)) or (isinstance(value, int) and not isinstance(value, bool))


def _value_type(value: Any, side: str) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, dict):
        return "Dict[str, object]"
    if isinstance(value, list):
        return "List[object]" if side == MODEL else "Iterable[object]"
    return "object"


def _unique(values: Any) -> List[Any]:
    out: List[Any] = []
    for value in values:
        if not any(value == seen and type(value) is type(seen) for seen in out):
            out.append(value)
    return out


def _optional(text: str) -> str:
    if text.startswith("Optional[") or text == "None":
        return text
    return f"Optional[{text}]"


def types_packages(
    modules: List[TypeModule],
    reexport: Dict[str, List[str]],
    extra: Optional[Dict[str, List[Tuple[str, str]]]] = None,
) -> List[TypesPackage]:
    """Each ``types`` package re-exports the public names of its direct modules, of the sub-packages
    ``reexport`` lists for it, and the hand-written (module, name) pairs in ``extra``."""
    packages: Dict[str, List[Tuple[str, str]]] = {package: list(pairs) for package, pairs in (extra or {}).items()}
    for module in modules:
        package, leaf = module.module.rsplit(".", 1)
        packages.setdefault(package, []).append((leaf, module.public_name))
        parts = package.split(".")
        for depth in range(1, len(parts)):
            parent = ".".join(parts[:depth])
            packages.setdefault(parent, [])
    for package, subpackages in reexport.items():
        for sub in subpackages:
            leaf = sub[len(package) + 1 :] if sub.startswith(package + ".") else sub
            packages.setdefault(package, []).extend((leaf, name) for _, name in packages.get(sub, []))
    return [
        TypesPackage(
            module=pkg,
            exports=tuple(sorted(exports, key=lambda e: e[1])),
        )
        for pkg, exports in sorted(packages.items())
    ]
