"""The public surface of the SDK one side generates, read from the generator's IR: resources,
methods and their parameters, types and their fields, and the names each types package exports.

Each element keeps the spec pointer it came from, so a change to it can be traced to a spec change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Set, Tuple

from ..diagnostics import Report
from ..ir import model as ir
from ..ir.build import build_package
from ..load import Spec
from .schemas import join, ref_of, refs_in, resolve
from .sides import Side


@dataclass(frozen=True)
class SdkParam:
    name: str
    api_name: str
    location: str
    kind: str
    """``positional`` or ``keyword`` (keyword-only)."""
    required: bool
    default: Optional[str]
    """``omit`` for an optional parameter; None when the caller must give a value."""
    annotation: str
    source: str


@dataclass(frozen=True)
class SdkMethod:
    symbol: str
    """``client.messages.batches.create``."""
    resource: str
    operation_id: str
    source: str
    params: Tuple[SdkParam, ...]
    returns: str
    page: Optional[str]
    stream_event: Optional[str]
    return_sources: Tuple[str, ...] = ()
    """The success response and the schemas it names (and theirs, one level down: a page's items)."""


@dataclass(frozen=True)
class SdkField:
    name: str
    api_name: str
    annotation: str
    required: bool
    source: str


@dataclass(frozen=True)
class SdkType:
    module: str
    """Dotted module path inside the package (``types.beta.beta_message``)."""
    name: str
    kind: str
    """model, typeddict or alias."""
    fields: Tuple[SdkField, ...]
    annotation: Optional[str]
    source: str
    public: bool
    """The module's own type (not an inline declaration it also holds)."""
    symbol: str
    """How a user imports it: ``anthropic.types.Message`` when the package exports it, else the module path."""

    @property
    def direction(self) -> str:
        return "request" if self.kind == "typeddict" else "response"


@dataclass
class Surface:
    package: str
    resources: Dict[str, Tuple[str, ...]] = field(default_factory=dict)
    """Attribute path → the spec pointers of its methods' operations."""
    methods: Dict[str, SdkMethod] = field(default_factory=dict)
    types: Dict[Tuple[str, str], SdkType] = field(default_factory=dict)
    exports: Set[Tuple[str, str]] = field(default_factory=set)
    top_level: Dict[str, str] = field(default_factory=dict)
    """Names sdk.yml ``exports`` offers at the package's top level → the hand-written module behind each."""


class SurfaceError(Exception):
    """The generator could not build the IR for a side; carries a one-line reason."""


def build_surface(side: Side) -> Surface:
    if side.config is None:
        raise SurfaceError(side.config_problem or f"no sdk.yml beside {side.spec_name}")
    report = Report()
    try:
        package = build_package(Spec(Path(side.spec_name), side.spec), side.config, report)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise SurfaceError(f"the generator fails on {side.spec_name}: {type(exc).__name__}: {exc}") from exc
    if report.errors:
        first = report.errors[0]
        raise SurfaceError(f"the generator reports {len(report.errors)} error(s) for {side.label}; first: {first}")
    return _surface(package, side.spec)


def _surface(package: ir.Package, document: Mapping[str, Any]) -> Surface:
    surface = Surface(package=package.name)
    op_params: Dict[str, Dict[str, str]] = {}
    for resource in package.all_resources():
        sources = []
        for method in resource.methods:
            op_pointer = join("#", "paths", method.api_path, method.http_method)
            sources.append(op_pointer)
            by_api = _param_sources(document, method.api_path, method.http_method)
            params = []
            positional = {p.name for p in method.path_params[-1:]}
            for p in (*method.path_params, *method.params):
                source = by_api.get((p.location, p.api_name), op_pointer)
                kind = "positional" if p.name in positional else "keyword"
                default = None if p.required else "omit"
                params.append(SdkParam(p.name, p.api_name, p.location, kind, p.required, default, p.annotation, source))
            op_params[op_pointer] = {p.name: p.source for p in params}
            symbol = f"client.{resource.attr_path}.{method.name}"
            returns = f"{method.page.sync_class}[{method.page.item_type}]" if method.page else method.return_type
            surface.methods[symbol] = SdkMethod(
                symbol,
                resource.attr_path,
                method.operation_id,
                op_pointer,
                tuple(params),
                returns,
                method.page.sync_class if method.page else None,
                method.stream_event,
                _return_sources(document, method.api_path, method.http_method),
            )
        for helper in resource.helpers:
            # A hand-written method sdk.yml attaches (one that wraps a generated method is that method).
            symbol = f"client.{resource.attr_path}.{helper.name}"
            if symbol not in surface.methods:
                surface.methods[symbol] = SdkMethod(
                    symbol, resource.attr_path, "", "", (), "(hand-written)", None, None
                )
        surface.resources[resource.attr_path] = tuple(sources)
    for tp in package.type_packages:
        surface.exports.update((tp.module, name) for _, name in tp.exports)
    surface.top_level.update((name, module) for module, name in package.lazy_exports)
    for module in package.type_modules:
        source = module.source
        fields_of_params = None
        if source.endswith("/x-params"):
            source = source[: -len("/x-params")]
            fields_of_params = op_params.get(source, {})
        for decl in module.decls:
            public = getattr(decl, "name", None) == module.public_name
            package_module = module.module.rsplit(".", 1)[0]
            shown = package_module if public and (package_module, decl.name) in surface.exports else module.module
            fields = []
            for f in getattr(decl, "fields", ()):
                if fields_of_params is not None:
                    field_source = fields_of_params.get(f.name, source)
                elif public and source.startswith("#/components/"):
                    field_source = join(source, "properties", f.api_name)
                else:
                    field_source = source
                fields.append(SdkField(f.name, f.api_name, f.annotation, f.required, field_source))
            surface.types[(module.module, decl.name)] = SdkType(
                module.module,
                decl.name,
                decl.kind,
                tuple(fields),
                getattr(decl, "annotation", None),
                source,
                public,
                f"{package.name}.{shown}.{decl.name}",
            )
    return surface


def _return_sources(document: Mapping[str, Any], path: str, method: str) -> Tuple[str, ...]:
    op_pointer = join("#", "paths", path, method)
    responses = ((document.get("paths") or {}).get(path) or {}).get(method, {}).get("responses") or {}
    out = [join(op_pointer, "responses")]
    for status in ("200", "201", "202", "2XX"):
        response = responses.get(status) or responses.get(int(status) if status.isdigit() else status)
        if response is None:
            continue
        if ref_of(response):
            out.append(ref_of(response))
            response = resolve(document, ref_of(response)) or {}
        for media in (response.get("content") or {}).values():
            schema = (media or {}).get("schema") or {}
            for ref in [ref_of(schema)] if ref_of(schema) else []:
                out.append(ref)
                target = resolve(document, ref)
                out.extend(r for r in refs_in(target) if r.startswith("#/components/"))
        break
    return tuple(dict.fromkeys(out))


def _param_sources(document: Mapping[str, Any], path: str, method: str) -> Dict[Tuple[str, str], str]:
    """(location, API name) → pointer of the spec node each method parameter comes from."""
    item = (document.get("paths") or {}).get(path) or {}
    op = item.get(method) or {}
    out: Dict[Tuple[str, str], str] = {}
    item_pointer = join("#", "paths", path)
    for base, params in ((item_pointer, item.get("parameters")), (join(item_pointer, method), op.get("parameters"))):
        for index, raw in enumerate(params or []):
            pointer = ref_of(raw) or join(base, "parameters", index)
            param = resolve(document, ref_of(raw)) if ref_of(raw) else raw
            if isinstance(param, dict):
                out[(str(param.get("in")), str(param.get("name")))] = pointer
    body = op.get("requestBody") or {}
    if ref_of(body):
        body = resolve(document, ref_of(body)) or {}
    content = body.get("content") or {}
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            schema = (content[media] or {}).get("schema") or {}
            base = ref_of(schema) or join(item_pointer, method, "requestBody", "content", media, "schema")
            if ref_of(schema):
                schema = resolve(document, ref_of(schema))
            properties = schema.get("properties") if isinstance(schema, dict) else None
            for prop in properties or {}:
                out[("body", str(prop))] = join(base, "properties", prop)
            break
    return out
