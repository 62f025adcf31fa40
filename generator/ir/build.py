"""Build the whole IR from the validated spec and ``sdk.yml``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from ..config import MethodConfig, ResourceConfig, SdkConfig
from ..diagnostics import Report, Severity, pointer
from ..load import Spec
from . import model as ir
from .collisions import NameTable
from .cycles import merge_cycles
from .examples import example
from .naming import identifier, module_name, pascal, relative_import, runtime_prefix, singular, snake
from .params import ParamPair, param_pairs
from .pynames import field_name
from .requests import (
    CLIENT_HEADERS as _CLIENT_HEADERS,
)
from .requests import (
    RESERVED_PARAMS,
)
from .requests import (
    cookie_expression as _cookie_expression,
)
from .requests import (
    form_array_format as _form_array_format,
)
from .requests import (
    is_plain_object as _is_plain_object,
)
from .requests import (
    media_kind as _media_kind,
)
from .requests import (
    parameter_schema as _parameter_schema,
)
from .requests import (
    path_annotation as _path_annotation,
)
from .requests import (
    query_expression as _query_expression,
)
from .requests import (
    request_media as _request_media,
)
from .types import MODEL, PARAM, SCHEMA_PREFIX, TypeBuilder, _ModuleCtx, ref_name, type_identifier, types_packages

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SUCCESS = ("200", "201", "202", "2XX")


class _Operation:
    def __init__(self, path_key: str, method: str, node: Dict[str, Any]) -> None:
        self.path_key = path_key
        self.method = method
        self.node = node
        self.where = pointer("paths", path_key, method)

    @property
    def operation_id(self) -> str:
        return self.node.get("operationId") or f"{self.method}_{snake(self.path_key)}"


class Builder:
    def __init__(self, spec: Spec, config: SdkConfig, report: Report, *, derived: bool = False) -> None:
        self.spec = spec
        self.config = config
        self.report = report
        self.derived = derived
        self.types = TypeBuilder(spec, config, report)
        self.types.derived = derived
        self.operations: Dict[str, _Operation] = {}
        self.param_modules: List[ir.TypeModule] = []
        self.response_modules: List[ir.TypeModule] = []
        """Types for inline response schemas that need declarations of their own."""
        self._used_ops: Set[str] = set()
        self._represented: Set[str] = set()
        """Schemas the SDK represents another way: a whole request body (its properties become method
        parameters), a page envelope (the page class), an event-stream union (the stream class)."""

    # -- entry point -----------------------------------------------------------------------------

    def build(self) -> ir.Package:
        self._index_operations()
        if self.derived:
            self.types.assign_names(list(self.spec.schemas))
        configured = dict(self.config.resources)
        resources = [self._resource([name], cfg, pointer("resources", name)) for name, cfg in configured.items()]
        resources.extend(self._unmapped_resources())
        self._mark_error_schemas()
        self._mark_unreachable_schemas()
        pairs = param_pairs(self.spec, self.config, self.types, self.report)
        type_modules = [
            self.types.build_module(schema, side)
            for schema in sorted(self.types.uses)
            for side in (MODEL, PARAM)
            if side in self.types.uses[schema]
        ]
        type_modules = [self._with_to_param(module, pairs) for module in type_modules]
        type_modules.extend(self.param_modules)
        type_modules.extend(self.response_modules)
        type_modules.extend(self.types.build_inline_modules())
        type_modules.extend(self._alias_modules(type_modules))
        type_modules.sort(key=lambda m: m.module)
        self._check_module_clashes(type_modules)
        type_modules = merge_cycles(type_modules, self.report)
        classes = {d.name for m in type_modules for d in m.decls if isinstance(d, ir.ModelDecl)}
        resources = [_with_casts(r, classes) for r in resources]
        info = self.spec.raw.get("info", {})
        return ir.Package(
            name=self.config.package.name,
            distribution=self.config.package.distribution,
            version=self.config.package.version,
            description=self.config.package.description,
            python_requires=self.config.package.python_requires,
            dependencies=tuple(self.config.package.dependencies),
            optional_dependencies=tuple(
                (extra, tuple(deps)) for extra, deps in sorted(self.config.package.optional_dependencies.items())
            ),
            client=self._client(),
            errors=tuple(ir.ErrorClass(e.name, e.status, e.type, e.doc, e.by_status) for e in self.config.errors),
            resources=tuple(resources),
            type_modules=tuple(type_modules),
            type_packages=tuple(types_packages(type_modules, self.config.types.reexport, self._types_exports())),
            query_arrays=self.config.parameters.query_arrays,
            api_title=str(info.get("title", "")),
            api_version=str(info.get("version", "")),
            lazy_exports=tuple(
                (module, name) for module, names in self.config.exports.get(".", {}).items() for name in names
            ),
        )

    def _with_to_param(self, module: ir.TypeModule, pairs: Dict[str, ParamPair]) -> ir.TypeModule:
        """Give a response model its ``to_param()`` when its schema pairs with a request one."""
        schema = ref_name(module.source) if module.source.startswith(SCHEMA_PREFIX) else None
        pair = pairs.get(schema) if schema else None
        decl = module.decls[-1]
        if pair is None or not isinstance(decl, ir.ModelDecl) or decl.name != self.types.public_name(schema, MODEL):
            return module
        by_api = {f.api_name: f.name for f in decl.fields}
        target = self.types.public_name(pair.schema, PARAM)
        to_param = ir.ToParam(
            name=target,
            module=relative_import(module.module, self.types.module_of(pair.schema, PARAM)),
            fields=tuple(by_api[name] for name in pair.fields if name in by_api),
            nullable=tuple(by_api[name] for name in pair.nullable if name in by_api),
        )
        return replace(module, decls=(*module.decls[:-1], replace(decl, to_param=to_param)))

    def _types_exports(self) -> Dict[str, List[Tuple[str, str]]]:
        """sdk.yml ``exports`` for types packages, as (module relative to the package, name) pairs."""
        out: Dict[str, List[Tuple[str, str]]] = {}
        for package, modules in self.config.exports.items():
            if package == ".":
                continue
            for module, names in modules.items():
                if not module.startswith(package + "."):
                    where = pointer("exports", package, module)
                    self.report.error(
                        where, f"module {module!r} is not inside the package {package!r}", source="config"
                    )
                    continue
                out.setdefault(package, []).extend((module[len(package) + 1 :], name) for name in names)
        return out

    # -- operations and resources ---------------------------------------------------------------

    def _index_operations(self) -> None:
        for path_key in self.spec.raw.get("paths", {}):
            item = self._path_item(path_key)
            for method in HTTP_METHODS:
                if method in item:
                    op = _Operation(path_key, method, item[method])
                    if op.operation_id in self.operations:
                        self.report.error(op.where, f"operationId {op.operation_id!r} is used twice")
                    self.operations[op.operation_id] = op

    def _resource(self, path: List[str], cfg: ResourceConfig, where: str) -> ir.Resource:
        is_package = bool(cfg.resources)
        module = "resources." + ".".join(path) + (f".{path[-1]}" if is_package else "")
        ctx = _ModuleCtx(module=module)
        methods = []
        for name, method_cfg in cfg.methods.items():
            op = self.operations.get(method_cfg.operation)
            if op is None:
                self.report.error(
                    f"{where}/methods/{name}", f"operation {method_cfg.operation!r} is not in the spec", source="config"
                )
                continue
            self._used_ops.add(op.operation_id)
            methods.append(self._method(path, cfg, name, method_cfg, op, ctx))
        children = tuple(
            self._resource([*path, child], child_cfg, f"{where}/resources/{child}")
            for child, child_cfg in cfg.resources.items()
        )
        for decl in ctx.decls:
            self.report.error(
                where,
                f"inline schema {decl.name!r} in a response cannot be emitted yet; give it a name under components/schemas",
            )
        imports = {ir.Import(relative_import(module, target), name) for target, name in ctx.imports if target != module}
        return ir.Resource(
            name=path[-1],
            attr_path=".".join(path),
            class_name=self._resource_class(path, ctx, where),
            module=module,
            methods=tuple(methods),
            children=children,
            imports=tuple(sorted(imports)),
            runtime_prefix=runtime_prefix(module),
            is_package=is_package,
            helpers=self._helpers(cfg, {m.name for m in methods}, module, where),
        )

    def _resource_class(self, path: List[str], ctx: _ModuleCtx, where: str) -> str:
        """``Customers`` for ``customers``; rule when the module imports a type of that name (a resource
        ``account`` returning the type ``Account``): the class takes ``Resource`` after it."""
        name = pascal(path[-1])
        imported = {n for _, n in ctx.imports}
        variants = {p + name + s for p in ("", "Async") for s in ("", "WithRawResponse", "WithStreamingResponse")}
        if variants & imported:
            chosen = name + "Resource"
            self.report.info(
                where,
                f"resource class {name!r} would hide the type {name!r} its module imports; named {chosen!r} "
                "(rule: resource-suffix)",
                source="spec" if self.derived else "config",
            )
            return chosen
        return name

    def _helpers(self, cfg: ResourceConfig, method_names: Set[str], module: str, where: str) -> Tuple[ir.Helper, ...]:
        helpers = []
        for name, h in cfg.helpers.items():
            if h.wraps and name not in method_names:
                self.report.error(
                    f"{where}/helpers/{name}", f"helper {name!r} wraps a method this resource does not have"
                )
                continue
            if not h.wraps and name in method_names:
                self.report.error(
                    f"{where}/helpers/{name}",
                    f"helper {name!r} would hide the generated method of that name; set `wraps: true` to wrap it",
                )
                continue
            helpers.append(
                ir.Helper(name, relative_import(module, h.module), h.sync, h.async_, h.wraps, h.raw_response)
            )
        return tuple(helpers)

    def _unmapped_resources(self) -> List[ir.Resource]:
        """Operations sdk.yml does not place still become methods, on a resource named after their tag."""
        extra: Dict[str, ResourceConfig] = {}
        for op_id, op in sorted(self.operations.items()):
            if op_id in self._used_ops:
                continue
            tags = op.node.get("tags") or []
            segments = [
                s
                for s in op.path_key.split("?")[0].split("/")
                if s and not s.startswith("{") and not s.startswith("v1")
            ]
            resource = snake(tags[0]) if tags else snake(segments[0] if segments else "default")
            self.report.warning(
                op.where, f"operation {op_id!r} is not placed in sdk.yml; generated as {resource}.{snake(op_id)}"
            )
            cfg = extra.setdefault(resource, ResourceConfig())
            cfg.methods[snake(op_id)] = MethodConfig(operation=op_id)
        if any(name in self.config.resources for name in extra):
            clash = sorted(set(extra) & set(self.config.resources))
            self.report.error(
                "#/resources",
                f"unplaced operations would land on configured resources {clash}; place them in sdk.yml",
                source="config",
            )
            return []
        return [self._resource([name], cfg, pointer("resources", name)) for name, cfg in sorted(extra.items())]

    def _method(
        self, path: List[str], cfg: ResourceConfig, name: str, mcfg: MethodConfig, op: _Operation, ctx: _ModuleCtx
    ) -> ir.Method:
        node = op.node
        path_template, _, fixed_query = op.path_key.partition("?")
        path_params: List[ir.Param] = []
        props: Dict[str, Any] = {}
        pointers: Dict[str, str] = {}
        required: List[str] = []
        locations: Dict[str, Tuple[str, str, bool]] = {}
        names = NameTable(f"the parameters of {op.operation_id}", self.report, reserved=RESERVED_PARAMS)
        value_exprs: Dict[str, str] = {}
        for where, param in self._parameters(op):
            location, api_name = param.get("in"), str(param.get("name", ""))
            schema = _parameter_schema(param)
            if location == "header" and api_name.lower() in _CLIENT_HEADERS:
                self.report.info(
                    where, f"header parameter {api_name!r} is the client's to set (OpenAPI ignores it); not an argument"
                )
                continue
            if location == "path":
                py_name = names.claim(
                    ("path", api_name), self._py_name(api_name, "path"), where=where, describe="parameter name"
                )
                annotation = _path_annotation(schema, self.spec) if self.derived else "str"
                path_params.append(ir.Param(py_name, api_name, "path", annotation, True, param.get("description")))
                self.types.mark(schema, PARAM)
                continue
            if location == "header":
                header_cfg = self.config.parameters.headers.get(api_name)
                if header_cfg is not None and header_cfg.omit:
                    continue
                wanted = header_cfg.name if header_cfg and header_cfg.name else self._py_name(api_name, "header")
                join = schema.get("type") == "array" or "items" in schema
            elif location in ("query", "cookie"):
                wanted = self._py_name(api_name, location)
                join = False
            else:
                self.report.error(where, f"{location!r} parameters are not supported")
                continue
            py_name = names.claim(
                (location, api_name),
                wanted,
                where=where,
                candidates=[(f"{location}_{wanted}", "location-prefix")],
                describe="parameter name",
            )
            locations[py_name] = (location, api_name, join)
            props[py_name] = dict(schema, description=param.get("description")) if param.get("description") else schema
            pointers[py_name] = f"{where}/schema"
            if param.get("required"):
                required.append(py_name)
            self.types.mark(schema, PARAM)
            if location == "query" and self.derived:
                expr = _query_expression(py_name, param, schema, self.spec, self.config.parameters.query_arrays)
                if expr is not None:
                    value_exprs[py_name] = expr
        body_kind = "none"
        body_expr: Optional[str] = None
        content_type: Optional[str] = None
        body = node.get("requestBody")
        body_where = f"{op.where}/requestBody"
        while isinstance(body, dict) and "$ref" in body:
            body_where = body["$ref"]
            body = self.spec.resolve(body["$ref"])
        if body:
            content = body.get("content", {})
            media = _request_media(content)
            if not content:
                self.report.warning(body_where, "request body declares no media type; nothing is sent")
            elif media is None:
                self.report.error(body_where, f"request body media types {sorted(content)} are not supported")
            elif op.method in ("get", "head", "options", "trace"):
                # An empty object, as some specs declare on every operation, has nothing to send.
                if not _empty_body(content, self.spec):
                    self.report.warning(
                        body_where,
                        f"a {op.method.upper()} request body is not sent by the SDK; its fields are not arguments",
                    )
            else:
                others = sorted(m for m in content if m != media)
                if others:
                    self.report.info(body_where, f"request body is sent as {media}; also accepted: {', '.join(others)}")
                kind = _media_kind(media)
                body_kind = {"json": "json", "form": "json", "multipart": "multipart"}.get(kind, "json")
                schema = content[media].get("schema", {}) or {}
                schema_where = (
                    pointer("paths", op.path_key, op.method, "requestBody", "content", media, "schema")
                    if body_where.startswith("#/paths/")
                    else f"{body_where}/content/{media.replace('/', '~1')}/schema"
                )
                resolved, resolved_where = schema, schema_where
                while isinstance(resolved, dict) and "$ref" in resolved:
                    resolved_where = resolved["$ref"]
                    resolved = self.spec.resolve(resolved["$ref"])
                if isinstance(resolved, dict) and isinstance(resolved.get("allOf"), list):
                    merged = self.types._merge_all_of(resolved["allOf"], resolved_where, None)
                    if isinstance(merged, dict) and merged["properties"]:
                        resolved = merged
                whole = kind in ("json", "raw_bytes", "raw_text") and not (
                    isinstance(resolved, dict) and resolved.get("properties") and _is_plain_object(resolved)
                )
                if kind in ("raw_bytes", "raw_text"):
                    whole = True
                if whole:
                    # The body is one value (an array, a union, a string or bytes, a free-form object):
                    # it is one argument.
                    py_name = names.claim(
                        ("body", ""), "body", where=body_where, candidates=[("request_body", "location-prefix")]
                    )
                    if kind == "raw_bytes":
                        props[py_name] = {"type": "string", "format": "binary", "x-raw-body": True}
                        body_expr = f"{py_name} if isinstance({py_name}, bytes) else None"
                    elif kind == "raw_text":
                        props[py_name] = {"type": "string"}
                        body_expr = f'{py_name}.encode("utf-8") if isinstance({py_name}, str) else None'
                    else:
                        props[py_name] = schema
                        body_expr = f'build_body({{"{py_name}": {py_name}}}).get("{py_name}")'
                        self.types.mark(schema, PARAM)
                    pointers[py_name] = schema_where
                    locations[py_name] = ("body", "", False)
                    if body.get("required"):
                        required.append(py_name)
                    if kind != "json" or media != "application/json":
                        content_type = media
                else:
                    if "$ref" in schema:
                        self._represented.add(schema["$ref"].rsplit("/", 1)[-1])
                        schema_where = resolved_where
                    for prop, sub in resolved.get("properties", {}).items():
                        py_name = names.claim(
                            ("body", prop),
                            identifier(prop) if prop.isidentifier() else field_name(prop),
                            where=f"{schema_where}/properties/{prop}",
                            candidates=[(f"body_{field_name(prop)}", "location-prefix")],
                            describe="parameter name",
                        )
                        props[py_name] = sub
                        pointers[py_name] = f"{schema_where}/properties/{prop}"
                        locations[py_name] = ("body", prop, False)
                        self.types.mark(sub, PARAM)
                    by_api = {api: py for py, (loc, api, _) in locations.items() if loc == "body"}
                    required.extend(by_api[r] for r in resolved.get("required", []) if r in by_api)
                    if kind == "form":
                        content_type = media
                        arrays = _form_array_format(content[media].get("encoding") or {})
                        fields = ", ".join(f'"{api}": {py}' for py, (loc, api, _) in locations.items() if loc == "body")
                        body_expr = (
                            f'self._client.qs.stringify(cast(Any, build_body({{{fields}}})), array_format="{arrays}")'
                            '.encode("utf-8")'
                        )
        params_name = mcfg.params_type or self._method_type_name(path, name, op, cfg, "Params")
        params_module = f"{cfg.types_module}.{module_name(params_name)}"
        fields_node = {"type": "object", "properties": props, "required": required}
        params: List[ir.Param] = []
        if props:
            module = self.types.build_params_module(
                params_module, params_name, fields_node, f"{op.where}/x-params", pointers
            )
            decl = module.decls[-1]
            if any(loc != "header" for loc, _, _ in locations.values()):
                self.param_modules.append(module)
            for imp in module.imports:
                ctx.imports.add((_absolute(params_module, imp.module), imp.name))
            for inline in module.decls[:-1]:
                ctx.imports.add((params_module, inline.name))
            ordered = sorted(decl.fields, key=lambda f: (not f.required, locations[f.api_name][0] == "header", f.name))
            for f in ordered:
                location, api_name, join = locations[f.api_name]
                annotation = (
                    f"List[{f.annotation[len('SequenceNotStr[') : -1]}]"
                    if join and f.annotation.startswith("SequenceNotStr[")
                    else f.annotation
                )
                if join and annotation.startswith("Iterable["):
                    annotation = "List[" + annotation[len("Iterable[") :]
                is_file = location == "body" and body_kind == "multipart" and _holds_file(props[f.name], self.spec)
                defaults = (
                    {**cfg.header_defaults, **mcfg.header_defaults}.get(api_name, []) if location == "header" else []
                )
                if props[f.name].get("x-raw-body"):
                    annotation = "bytes"
                params.append(
                    ir.Param(
                        f.name,
                        api_name,
                        location,
                        annotation,
                        f.required,
                        f.description,
                        join,
                        is_file,
                        tuple(defaults),
                        value=value_exprs.get(f.name),
                    )
                )
        return_type, response_kind, page, stream_event = self._response(
            op, mcfg, ctx, lambda: self._method_type_name(path, name, op, cfg, "Response"), cfg.types_module
        )
        stream_param = mcfg.stream.param if mcfg.stream else None
        examples = {
            full: tuple(
                (p.name, repr(example(props[p.name], self.spec.resolve, full=full)))
                for p in params
                if (full or p.required) and p.name != stream_param
            )
            for full in (False, True)
        }
        url = path_template
        for p in path_params:
            url = url.replace("{" + p.api_name + "}", "{path_param(" + repr(p.name) + ", " + p.name + ")}")
        if fixed_query:
            url += "?" + fixed_query
        return ir.Method(
            name=name,
            operation_id=op.operation_id,
            http_method=op.method,
            path=url,
            api_path=op.path_key,
            path_params=tuple(path_params),
            params=tuple(params),
            body_kind=body_kind,
            response_kind=response_kind,
            return_type=return_type,
            summary=(node.get("summary") or "").strip(),
            description=(node.get("description") or "").strip() or None,
            page=page,
            stream_event=stream_event,
            stream_param=stream_param,
            accept=mcfg.accept or self._accept(op),
            example_required=examples[False],
            example_all=examples[True],
            deprecated=bool(node.get("deprecated")),
            body_expr=body_expr,
            content_type=content_type,
            cookie_expr=_cookie_expression([p for p in params if p.location == "cookie"]),
        )

    def _method_type_name(self, path: List[str], name: str, op: _Operation, cfg: ResourceConfig, kind: str) -> str:
        """``{Resource}{Method}Params`` / ``…Response`` (``MessageCreateParams``), the resource in the singular.
        Rule when two methods want one name (``account`` and ``accounts`` both give ``Account``): the
        later one keeps the resource's plural, then takes its operationId."""
        wanted = f"{pascal(singular(path[-1]))}{pascal(name)}{kind}"
        candidates = [
            (f"{pascal(path[-1])}{pascal(name)}{kind}", "resource-plural"),
            (f"{''.join(pascal(p) for p in path)}{pascal(name)}{kind}", "resource-path"),
            (f"{type_identifier(pascal(op.operation_id))}{kind}", "operation-id"),
        ]
        key = (kind, ".".join(path), name)
        return self.types.claim_type_name(key, wanted, cfg.types_module, op.where, candidates)

    def _accept(self, op: _Operation) -> Optional[str]:
        _, response = self._success_response(op)
        content = (response or {}).get("content") or {}
        if not content or "application/json" in content or set(content) == {"text/event-stream"}:
            return None
        return sorted(content)[0]

    def _resolve_response(self, response: Any) -> Dict[str, Any]:
        hops = 0
        while isinstance(response, dict) and "$ref" in response and hops < 16:
            response = self.spec.resolve(response["$ref"])
            hops += 1
        return response if isinstance(response, dict) else {}

    def _success_response(self, op: _Operation) -> Tuple[Optional[str], Optional[Dict[str, Any]]]:
        """The status whose body a method returns: 200, 201, 202 or 2XX first, then any other 2xx, then
        ``default`` when no 2xx is declared."""
        responses = {str(k): v for k, v in (op.node.get("responses") or {}).items()}
        status = next((s for s in _SUCCESS if s in responses), None)
        if status is None:
            status = next((s for s in sorted(responses) if re.fullmatch(r"2(\d\d|XX)", s)), None)
        if status is None and "default" in responses:
            status = "default"
        if status is None:
            return None, None
        return status, self._resolve_response(responses[status])

    def _parameters(self, op: _Operation) -> List[Tuple[str, Dict[str, Any]]]:
        """(pointer, parameter) for the path item's parameters and the operation's, references resolved;
        an operation's parameter replaces the path item's of the same name and location."""
        item = self._path_item(op.path_key)
        found: Dict[Tuple[str, str], Tuple[str, Dict[str, Any]]] = {}
        sources = (
            (pointer("paths", op.path_key, "parameters"), item.get("parameters") or []),
            (f"{op.where}/parameters", op.node.get("parameters") or []),
        )
        for base, params in sources:
            for index, param in enumerate(params):
                where = f"{base}/{index}"
                hops = 0
                while isinstance(param, dict) and "$ref" in param and hops < 16:
                    where = param["$ref"]
                    param = self.spec.resolve(param["$ref"])
                    hops += 1
                if not isinstance(param, dict):
                    self.report.error(where, "parameter is not an object")
                    continue
                found[(str(param.get("in")), str(param.get("name")))] = (where, param)
        return list(found.values())

    def _path_item(self, path_key: str) -> Dict[str, Any]:
        item = self.spec.raw["paths"][path_key]
        hops = 0
        while isinstance(item, dict) and "$ref" in item and hops < 16:
            item = self.spec.resolve(item["$ref"])
            hops += 1
        return item

    def _py_name(self, api_name: str, location: str) -> str:
        """A parameter's Python name, by ``parameters.python_names``."""
        if self.config.parameters.python_names == "snake":
            return field_name(snake(field_name(api_name)) or field_name(api_name))
        if location == "header":
            return identifier(api_name.replace("-", "_"))
        return identifier(api_name) if api_name.isidentifier() or not field_name(api_name) else field_name(api_name)

    def _response(
        self,
        op: _Operation,
        mcfg: MethodConfig,
        ctx: _ModuleCtx,
        name: Optional[Callable[[], str]] = None,
        types_module: str = "types",
    ) -> Tuple[str, str, Optional[ir.Page], Optional[str]]:
        responses = {str(k): v for k, v in (op.node.get("responses") or {}).items()}
        for status in list(responses):
            if status.startswith(("4", "5")) or status == "default":
                for content in (self._resolve_response(responses[status]).get("content") or {}).values():
                    if isinstance(content, dict):
                        self.types.mark(content.get("schema", {}), MODEL)
        status, response = self._success_response(op)
        if status is None or response is None:
            redirect = any(s.startswith("3") for s in responses)
            if self.derived or redirect:
                self.report.info(
                    f"{op.where}/responses",
                    "no success response is declared"
                    + (" (only redirects, which the client follows)" if redirect else "")
                    + "; the method returns None",
                )
                return "None", "none", None, None
            self.report.error(f"{op.where}/responses", "no success response is declared")
            return "None", "none", None, None
        if status == "default":
            self.report.info(f"{op.where}/responses", "no 2xx response is declared; `default` is taken as the success")
        content = response.get("content") or {}
        where = f"{op.where}/responses/{status}"
        stream_event = None
        if mcfg.stream is not None:
            event_node = {"$ref": "#/components/schemas/" + mcfg.stream.event}
            if "text/event-stream" not in content:
                self.report.error(
                    where, "sdk.yml says this method streams, but no text/event-stream response is declared"
                )
            else:
                declared = content["text/event-stream"].get("schema", {}).get("$ref", "")
                self._represented.add(declared.rsplit("/", 1)[-1])
            self.types.mark(event_node, MODEL)
            stream_event = self.types.annotation(event_node, MODEL, ctx, "Event", where)
        json_media = "application/json" if "application/json" in content else None
        if json_media is None:
            json_media = next((m for m in sorted(content) if _media_kind(m) == "json"), None)
        if json_media is not None and self.derived:
            others = sorted(m for m in content if m != json_media and m != "text/event-stream")
            if others:
                self.report.info(where, f"the method asks for {json_media}; also offered: {', '.join(others)}")
        if json_media is not None:
            schema = (content[json_media] or {}).get("schema", {})
            if mcfg.paginated:
                scheme = self.config.pagination.get(mcfg.paginated)
                if scheme is None:
                    self.report.error(
                        where, f"pagination scheme {mcfg.paginated!r} is not defined in sdk.yml", source="config"
                    )
                    return "object", "json", None, stream_event
                if "$ref" in schema:
                    self._represented.add(schema["$ref"].rsplit("/", 1)[-1])
                page_schema = self.spec.resolve(schema["$ref"]) if "$ref" in schema else schema
                items = page_schema.get("properties", {}).get(scheme.items, {}).get("items")
                if items is None:
                    self.report.error(where, f"paginated response has no array property {scheme.items!r}")
                    return "object", "json", None, stream_event
                self.types.mark(items, MODEL)
                item_type = self.types.annotation(items, MODEL, ctx, "Item", where)
                return item_type, "json", ir.Page(scheme.sync_class, scheme.async_class, item_type), stream_event
            self.types.mark(schema, MODEL)
            return self._response_type(schema, name, types_module, ctx, where), "json", None, stream_event
        if "application/x-jsonl" in content:
            schema = content["application/x-jsonl"].get("schema", {})
            self.types.mark(schema, MODEL)
            return self.types.annotation(schema, MODEL, ctx, "Item", where), "jsonl", None, stream_event
        if any(m.startswith(("application/octet-stream", "application/binary")) for m in content) or any(
            m.split("/")[0] in ("image", "audio", "video") for m in content
        ):
            return "bytes", "binary", None, stream_event
        if not content:
            return "None", "none", None, stream_event
        if stream_event is None and set(content) == {"text/event-stream"}:
            self.report.info(
                where, "an event stream no sdk.yml entry describes is returned as a binary response to iterate"
            )
            return "bytes", "binary", None, stream_event
        if any(_media_kind(m) == "raw_text" for m in content):
            return "str", "json", None, stream_event
        return "bytes", "binary", None, stream_event

    def _response_type(
        self, schema: Any, name_of: Optional[Callable[[], str]], types_module: str, ctx: _ModuleCtx, where: str
    ) -> str:
        """The annotation a method returns. A schema written inline that needs declarations of its own
        becomes a module of the types package, named after the method (``RepoListResponse``)."""
        if not (isinstance(schema, dict) and self.types._needs_name(schema, where)) or name_of is None:
            return self.types.annotation(schema, MODEL, ctx, "Response", where)
        name = name_of()
        module = f"{types_module}.{module_name(name)}"
        local = _ModuleCtx(module=module)
        decl = self.types.declaration(name, schema, MODEL, local, where)
        self.response_modules.append(self.types._finish(local, name, decl, where))
        ctx.imports.add((module, name))
        return name

    def _mark_unreachable_schemas(self) -> None:
        """Schemas no operation reaches are still emitted (as response models), never dropped."""
        for name in self.config.types.standalone:
            if name not in self.spec.schemas:
                self.report.error(
                    pointer("types", "standalone"), f"schema {name!r} is not in the spec", source="config"
                )
                continue
            self.types.mark({"$ref": "#/components/schemas/" + name}, MODEL)
        for where, name in self.config.types.param_accepts.items():
            if name not in self.spec.schemas:
                self.report.error(
                    pointer("types", "param_accepts", where), f"schema {name!r} is not in the spec", source="config"
                )
                continue
            self.types.mark({"$ref": "#/components/schemas/" + name}, MODEL)
        for name in self.spec.schemas:
            if name not in self.types.uses and name not in self._represented:
                self.report.add(
                    Severity.INFO if self.derived else Severity.WARNING,
                    pointer("components", "schemas", name),
                    "no operation uses this schema; emitted as a response model",
                )
                self.types.mark({"$ref": "#/components/schemas/" + name}, MODEL)

    def _mark_error_schemas(self) -> None:
        for name in ("ErrorResponse",):
            if name in self.spec.schemas and name not in self.types.uses:
                self.types.mark({"$ref": "#/components/schemas/" + name}, MODEL)

    def _alias_modules(self, modules: List[ir.TypeModule]) -> List[ir.TypeModule]:
        """Modules that give an existing type a second public name, as sdk.yml asks."""
        by_name = {m.public_name: m.module for m in modules}
        out = []
        for alias, cfg in self.config.types.aliases.items():
            target_module = by_name.get(cfg.target)
            if target_module is None:
                self.report.error(
                    pointer("types", "aliases", alias),
                    f"alias target {cfg.target!r} is not a generated type",
                    source="config",
                )
                continue
            module = f"{cfg.module}.{module_name(alias)}"
            out.append(
                ir.TypeModule(
                    module=module,
                    public_name=alias,
                    decls=(ir.AliasDecl(name=alias, annotation=cfg.target),),
                    imports=(ir.Import(relative_import(module, target_module), cfg.target),),
                    runtime_prefix=runtime_prefix(module),
                    source=pointer("types", "aliases", alias),
                )
            )
        return out

    def _check_module_clashes(self, modules: List[ir.TypeModule]) -> None:
        seen: Dict[str, str] = {}
        for module in modules:
            if module.module in seen:
                self.report.error(
                    module.source, f"module {module.module} would be written twice (also by {seen[module.module]})"
                )
            seen[module.module] = module.source

    # -- client -----------------------------------------------------------------------------------

    def _client(self) -> ir.Client:
        cfg = self.config.client
        schemes = self.spec.raw.get("components", {}).get("securitySchemes", {})
        credentials = []
        for cred in cfg.credentials:
            scheme = schemes.get(cred.scheme)
            where = pointer("components", "securitySchemes", cred.scheme)
            if scheme is None:
                self.report.error(where, f"security scheme {cred.scheme!r} named in sdk.yml is not in the spec")
                continue
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                credentials.append(ir.Credential(cred.option, cred.env, scheme["name"], ""))
            elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                credentials.append(ir.Credential(cred.option, cred.env, "Authorization", "Bearer "))
            else:
                self.report.error(where, f"security scheme type {scheme.get('type')!r} is not supported")
        return ir.Client(
            sync_class=cfg.sync_class,
            async_class=cfg.async_class,
            default_base_url=cfg.default_base_url,
            base_url_env=cfg.base_url_env,
            default_headers=tuple(cfg.default_headers.items()),
            credentials=tuple(credentials),
            log_env=cfg.log_env,
            request_id_header=cfg.request_id_header,
            timeout=cfg.timeout,
            connect_timeout=cfg.connect_timeout,
            max_retries=cfg.max_retries,
        )


_PLAIN_RETURNS = frozenset({"str", "bytes", "object", "None", "int", "float", "bool"})


def _with_casts(resource: ir.Resource, classes: Set[str]) -> ir.Resource:
    """Methods whose return type is not a class parse into ``cast(Any, <type>)``."""
    methods = tuple(
        replace(m, cast_to=f"cast(Any, {m.return_type})")
        if m.response_kind == "json" and not m.page and m.return_type not in classes | _PLAIN_RETURNS
        else replace(m, cast_to="NoneType")
        if m.return_type == "None" and not m.page
        else m
        for m in resource.methods
    )
    children = tuple(_with_casts(c, classes) for c in resource.children)
    return replace(resource, methods=methods, children=children)


def _empty_body(content: Dict[str, Any], spec: Spec) -> bool:
    """Whether every media type's schema is an object without properties."""
    for media in content.values():
        schema = (media or {}).get("schema") or {}
        if "$ref" in schema:
            schema = spec.resolve(schema["$ref"])
        if not isinstance(schema, dict) or schema.get("properties") or schema.get("type") not in (None, "object"):
            return False
    return True


def _holds_file(node: Any, spec: Spec, depth: int = 0) -> bool:
    """Whether a schema is binary content, directly or as the items of an array or a nullable union."""
    if not isinstance(node, dict) or depth > 8:
        return False
    if "$ref" in node:
        return _holds_file(spec.resolve(node["$ref"]), spec, depth + 1)
    if node.get("format") == "binary" or "contentMediaType" in node:
        return True
    members = node.get("anyOf") or node.get("oneOf") or []
    return _holds_file(node.get("items"), spec, depth + 1) or any(_holds_file(m, spec, depth + 1) for m in members)


def _absolute(from_module: str, relative: str) -> str:
    """Undo ``relative_import`` so an import can be re-based onto another module."""
    dots = len(relative) - len(relative.lstrip("."))
    base = from_module.split(".")[:-1]
    base = base[: len(base) - (dots - 1)] if dots > 1 else base
    rest = relative[dots:]
    return ".".join([*base, rest]) if rest else ".".join(base)


def build_package(spec: Spec, config: SdkConfig, report: Report, *, derived: bool = False) -> ir.Package:
    """``derived``: sdk.yml was derived from the spec, so what it leaves to rules is info, not a warning."""
    return Builder(spec, config, report, derived=derived).build()
