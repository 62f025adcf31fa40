"""Build the whole IR from the validated spec and ``sdk.yml``."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Set, Tuple

from ..config import MethodConfig, ResourceConfig, SdkConfig
from ..diagnostics import Report, pointer
from ..load import Spec
from . import model as ir
from .examples import example
from .naming import identifier, pascal, relative_import, runtime_prefix, singular, snake
from .types import MODEL, PARAM, TypeBuilder, _ModuleCtx, types_packages

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
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
    def __init__(self, spec: Spec, config: SdkConfig, report: Report) -> None:
        self.spec = spec
        self.config = config
        self.report = report
        self.types = TypeBuilder(spec, config, report)
        self.operations: Dict[str, _Operation] = {}
        self.param_modules: List[ir.TypeModule] = []
        self._used_ops: Set[str] = set()
        self._represented: Set[str] = set()
        """Schemas the SDK represents another way: a whole request body (its properties become method
        parameters), a page envelope (the page class), an event-stream union (the stream class)."""

    # -- entry point -----------------------------------------------------------------------------

    def build(self) -> ir.Package:
        self._index_operations()
        configured = dict(self.config.resources)
        resources = [self._resource([name], cfg, pointer("resources", name)) for name, cfg in configured.items()]
        resources.extend(self._unmapped_resources())
        self._mark_error_schemas()
        self._mark_unreachable_schemas()
        type_modules = [
            self.types.build_module(schema, side)
            for schema in sorted(self.types.uses)
            for side in (MODEL, PARAM)
            if side in self.types.uses[schema]
        ]
        type_modules.extend(self.param_modules)
        type_modules.extend(self.types.build_inline_modules())
        type_modules.extend(self._alias_modules(type_modules))
        type_modules.sort(key=lambda m: m.module)
        self._check_module_clashes(type_modules)
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
            api_title=str(info.get("title", "")),
            api_version=str(info.get("version", "")),
            lazy_exports=tuple(
                (module, name) for module, names in self.config.exports.get(".", {}).items() for name in names
            ),
        )

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
        for path_key, item in self.spec.raw.get("paths", {}).items():
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
            class_name=pascal(path[-1]),
            module=module,
            methods=tuple(methods),
            children=children,
            imports=tuple(sorted(imports)),
            runtime_prefix=runtime_prefix(module),
            is_package=is_package,
            helpers=self._helpers(cfg, {m.name for m in methods}, module, where),
        )

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
        for index, param in enumerate(self._parameters(op)):
            where = f"{op.where}/parameters/{index}"
            location, api_name = param.get("in"), param.get("name", "")
            schema = param.get("schema", {})
            if location == "path":
                path_params.append(
                    ir.Param(identifier(api_name), api_name, "path", "str", True, param.get("description"))
                )
                self.types.mark(schema, PARAM)
                continue
            if location == "header":
                header_cfg = self.config.parameters.headers.get(api_name)
                if header_cfg is not None and header_cfg.omit:
                    continue
                py_name = header_cfg.name if header_cfg and header_cfg.name else identifier(api_name.replace("-", "_"))
                locations[py_name] = ("header", api_name, schema.get("type") == "array" or "items" in schema)
            elif location == "query":
                py_name = identifier(api_name)
                locations[py_name] = ("query", api_name, False)
            else:
                self.report.error(where, f"{location!r} parameters are not supported yet")
                continue
            props[py_name] = dict(schema, description=param.get("description")) if param.get("description") else schema
            pointers[py_name] = f"{where}/schema"
            if param.get("required"):
                required.append(py_name)
            self.types.mark(schema, PARAM)
        body_kind = "none"
        body = node.get("requestBody")
        if body:
            content = body.get("content", {})
            media = next((m for m in ("application/json", "multipart/form-data") if m in content), None)
            if media is None:
                self.report.error(
                    f"{op.where}/requestBody", f"request body media types {sorted(content)} are not supported"
                )
            else:
                body_kind = "json" if media == "application/json" else "multipart"
                schema = content[media].get("schema", {})
                schema_where = pointer("paths", op.path_key, op.method, "requestBody", "content", media, "schema")
                if "$ref" in schema:
                    self._represented.add(schema["$ref"].rsplit("/", 1)[-1])
                    schema_where = schema["$ref"]
                    schema = self.spec.resolve(schema["$ref"])
                for prop, sub in schema.get("properties", {}).items():
                    py_name = identifier(prop)
                    props[py_name] = sub
                    pointers[py_name] = f"{schema_where}/properties/{prop}"
                    locations[py_name] = ("body", prop, False)
                    self.types.mark(sub, PARAM)
                required.extend(identifier(r) for r in schema.get("required", []))
        params_name = mcfg.params_type or f"{pascal(singular(path[-1]))}{pascal(name)}Params"
        params_module = f"{cfg.types_module}.{snake(params_name)}"
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
                    )
                )
        return_type, response_kind, page, stream_event = self._response(op, mcfg, ctx)
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
        )

    def _accept(self, op: _Operation) -> Optional[str]:
        responses = op.node.get("responses", {})
        status = next((s for s in _SUCCESS if s in responses), None)
        content = responses.get(status, {}).get("content", {}) if status else {}
        if not content or "application/json" in content or set(content) == {"text/event-stream"}:
            return None
        return sorted(content)[0]

    def _parameters(self, op: _Operation) -> List[Dict[str, Any]]:
        item = self.spec.raw["paths"][op.path_key]
        out = []
        for param in [*item.get("parameters", []), *op.node.get("parameters", [])]:
            out.append(self.spec.resolve(param["$ref"]) if "$ref" in param else param)
        return out

    def _response(
        self, op: _Operation, mcfg: MethodConfig, ctx: _ModuleCtx
    ) -> Tuple[str, str, Optional[ir.Page], Optional[str]]:
        responses = op.node.get("responses", {})
        for status in list(responses):
            if str(status).startswith(("4", "5")) or status == "default":
                for content in responses[status].get("content", {}).values():
                    self.types.mark(content.get("schema", {}), MODEL)
        status = next((s for s in _SUCCESS if s in responses), None)
        if status is None:
            self.report.error(f"{op.where}/responses", "no success response is declared")
            return "None", "none", None, None
        response = responses[status]
        if "$ref" in response:
            response = self.spec.resolve(response["$ref"])
        content = response.get("content", {})
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
        if "application/json" in content:
            schema = content["application/json"].get("schema", {})
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
            return (
                self.types.annotation(schema, MODEL, ctx, pascal(op.operation_id) + "Response", where),
                "json",
                None,
                stream_event,
            )
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
        self.report.error(where, f"response media types {sorted(content)} are not supported")
        return "object", "none", None, stream_event

    def _mark_unreachable_schemas(self) -> None:
        """Schemas no operation reaches are still emitted (as response models), never dropped."""
        for name in self.config.types.standalone:
            if name not in self.spec.schemas:
                self.report.error(
                    pointer("types", "standalone"), f"schema {name!r} is not in the spec", source="config"
                )
                continue
            self.types.mark({"$ref": "#/components/schemas/" + name}, MODEL)
        for name in self.spec.schemas:
            if name not in self.types.uses and name not in self._represented:
                self.report.warning(
                    pointer("components", "schemas", name), "no operation uses this schema; emitted as a response model"
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
            module = f"{cfg.module}.{snake(alias)}"
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


def build_package(spec: Spec, config: SdkConfig, report: Report) -> ir.Package:
    return Builder(spec, config, report).build()
