"""Turn spec schemas into Python type declarations, once per side of the API they are used on.

A schema reached from a request becomes a ``TypedDict`` (``…Param``); one reached from a response
becomes a pydantic model. Unions with a discriminator become ``Annotated[Union[...], PropertyInfo(...)]``
on the response side so the runtime can pick the variant by tag and keep unknown ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

import pydantic

from ..config import SdkConfig
from ..diagnostics import Report, pointer
from ..load import Spec
from .model import AliasDecl, Field, Import, ModelDecl, TypedDictDecl, TypeModule, TypesPackage
from .naming import identifier, pascal, py_literal, relative_import, runtime_prefix, snake

MODEL = "model"
PARAM = "param"
SCHEMA_PREFIX = "#/components/schemas/"

# Attribute names pydantic's BaseModel already uses; a field with one of these names gets an alias.
_RESERVED_MODEL_NAMES = frozenset(n for n in dir(pydantic.BaseModel) if not n.startswith("__")) | {"to_dict", "to_json"}


def ref_name(ref: str) -> Optional[str]:
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node == {"const": None})


@dataclass
class _ModuleCtx:
    module: str
    imports: Set[Tuple[str, str]] = field(default_factory=set)
    decls: List[object] = field(default_factory=list)


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

    # -- which schemas are needed on which side -------------------------------------------------

    def mark(self, node: Any, side: str) -> None:
        """Record every named schema reachable from ``node`` as used on ``side``."""
        stack = [node]
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
        name = explicit or self._derived_name(schema, side)
        holder = self._taken.get(name)
        if holder is not None and holder != key:
            fallback = pascal(schema) + (self.config.types.param_suffix if side == PARAM else "")
            self.report.warning(
                pointer("components", "schemas", schema),
                f"type name {name!r} is already used by schema {holder[0]!r}; using {fallback!r} instead "
                f"(set types.names.{schema} in sdk.yml to choose)",
            )
            name = fallback
        self._taken[name] = key
        self._names[key] = name
        return name

    def _derived_name(self, schema: str, side: str) -> str:
        base = pascal(schema)
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
        return f"{package}.{snake(name)}"

    # -- annotations --------------------------------------------------------------------------------

    def annotation(self, node: Any, side: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        """The Python annotation for ``node``; inline objects become declarations named after ``owner``."""
        if not isinstance(node, dict):
            self.report.error(where, "schema is not an object")
            return "object"
        named = self.config.types.inline.get(where)
        if named is not None and getattr(named, side) and (where, side) not in self._building:
            return self._inline_reference(named, node, side, ctx, where)
        if "$ref" in node:
            name = ref_name(node["$ref"])
            if name is None:
                self.report.error(where, f"$ref {node['$ref']!r} does not name a component schema")
                return "object"
            target = self.public_name(name, side)
            ctx.imports.add((self.module_of(name, side), target))
            return target
        if node.get("nullable") is True:
            inner = dict(node)
            del inner["nullable"]
            return _optional(self.annotation(inner, side, ctx, owner, where))
        if "const" in node:
            return f"Literal[{py_literal(node['const'])}]" if node["const"] is not None else "None"
        if "enum" in node:
            values = [v for v in node["enum"] if v is not None]
            text = f"Literal[{', '.join(py_literal(v) for v in values)}]"
            return _optional(text) if None in node["enum"] else text
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._union(node, node[key], key, side, ctx, owner, where)
        if "allOf" in node:
            members = node["allOf"]
            if len(members) == 1:
                return self.annotation(members[0], side, ctx, owner, f"{where}/allOf/0")
            return self._object(self._merge_all_of(members, where), side, ctx, owner, where)
        kind = node.get("type")
        if kind is None and "items" in node:
            kind = "array"  # JSON Schema lets ``type`` go unsaid; ``items`` only makes sense on an array
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
            item = self.annotation(node.get("items", {}), side, ctx, owner, f"{where}/items")
            if side == MODEL:
                return f"List[{item}]"
            return "SequenceNotStr[str]" if item == "str" else f"Iterable[{item}]"
        if kind == "object" or "properties" in node:
            return self._object(node, side, ctx, owner, where)
        if not node or set(node) <= {"description", "title", "default", "examples", "deprecated"}:
            return "object"
        self.report.error(where, f"cannot turn this schema into a Python type (keys: {sorted(node)})")
        return "object"

    def _inline_reference(self, named: Any, node: Any, side: str, ctx: _ModuleCtx, where: str) -> str:
        name = getattr(named, side)
        package = named.module or next(
            (pkg for prefix, pkg in self.config.types.module_prefixes.items() if name.startswith(prefix)), "types"
        )
        module = f"{package}.{snake(name)}"
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
        for index, member in enumerate(members):
            if is_null(member):
                continue
            if isinstance(member, dict) and "const" in member and member["const"] is not None:
                literals.append(py_literal(member["const"]))
                continue
            member_owner = owner
            if discriminator and isinstance(member, dict) and "$ref" not in member:
                tag = member.get("properties", {}).get(discriminator, {}).get("const")
                member_owner = owner + (pascal(str(tag)) if tag else str(index))
            elif len(members) > 2:
                member_owner = f"{owner}{index}"
            text = self.annotation(member, side, ctx, member_owner, f"{where}/{key}/{index}")
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

    def _merge_all_of(self, members: List[Any], where: str) -> Dict[str, Any]:
        merged: Dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for index, member in enumerate(members):
            if isinstance(member, dict) and "$ref" in member:
                name = ref_name(member["$ref"])
                member = self.spec.schemas.get(name, {}) if name else {}
            if not isinstance(member, dict) or member.get("type", "object") != "object":
                self.report.error(f"{where}/allOf/{index}", "allOf member is not an object schema")
                continue
            merged["properties"].update(member.get("properties", {}))
            merged["required"].extend(r for r in member.get("required", []) if r not in merged["required"])
        return merged

    def _object(self, node: Any, side: str, ctx: _ModuleCtx, owner: str, where: str) -> str:
        properties = node.get("properties")
        if not properties:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(extra, side, ctx, owner, f"{where}/additionalProperties")
                return f"Dict[str, {value}]"
            return "Dict[str, object]"
        name = owner + (self.config.types.param_suffix if side == PARAM and not owner.endswith("Param") else "")
        ctx.decls.append(self.declaration(name, node, side, ctx, where))
        return name

    # -- declarations -------------------------------------------------------------------------------

    def declaration(
        self, name: str, node: Any, side: str, ctx: _ModuleCtx, where: str, pointers: Optional[Dict[str, str]] = None
    ) -> object:
        description = node.get("description") if isinstance(node, dict) else None
        is_object = (
            isinstance(node, dict) and (node.get("type") == "object" or "properties" in node) and "properties" in node
        )
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
        for api_name, sub in node["properties"].items():
            sub_where = (pointers or {}).get(
                api_name
            ) or f"{where}/properties/{api_name.replace('~', '~0').replace('/', '~1')}"
            if not api_name.isidentifier():
                self.report.error(
                    sub_where, f"property name {api_name!r} is not a Python identifier; it cannot be a field yet"
                )
                continue
            text = self.annotation(sub, side, ctx, owner_base + pascal(api_name), sub_where)
            py_name = identifier(api_name)
            if side == MODEL and py_name in _RESERVED_MODEL_NAMES:
                py_name += "_"
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
        cls = ModelDecl if side == MODEL else TypedDictDecl
        return cls(name=name, fields=tuple(fields), description=description)

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
