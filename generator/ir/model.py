"""The intermediate representation: small frozen records that templates read.

Every decision (Python names, annotations, imports, module paths) is made while building these;
templates only loop and substitute.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Dict, Optional, Tuple


@dataclass(frozen=True, order=True)
class Import:
    module: str
    """Relative module path as written after ``from`` (``..shared.error_object``)."""
    name: str


@dataclass(frozen=True)
class Field:
    name: str
    api_name: str
    annotation: str
    required: bool
    description: Optional[str] = None
    deprecated: bool = False


@dataclass(frozen=True)
class ToParam:
    """The request ``TypedDict`` a response model's ``to_param()`` returns, and what goes into it."""

    name: str
    module: str
    """Relative module path to import it from (under ``TYPE_CHECKING``: only annotations name it)."""
    fields: Tuple[str, ...]
    """Attribute names of the model that the request type also has."""
    nullable: Tuple[str, ...]
    """Those of ``fields`` whose request type takes null; a ``None`` in any other is left out."""


@dataclass(frozen=True)
class ModelDecl:
    """A pydantic response model."""

    name: str
    fields: Tuple[Field, ...]
    description: Optional[str] = None
    kind: str = "model"
    to_param: Optional[ToParam] = None


@dataclass(frozen=True)
class TypedDictDecl:
    """A request parameter TypedDict."""

    name: str
    fields: Tuple[Field, ...]
    description: Optional[str] = None
    kind: str = "typeddict"


@dataclass(frozen=True)
class FunctionalTypedDictDecl:
    """A request TypedDict whose keys cannot all be class attributes (``+1``, ``from``, a key that would
    hide a name its annotations use): written ``Name = TypedDict("Name", {...}, total=False)``."""

    name: str
    entries: Tuple[Tuple[str, str], ...]
    """(key, annotation) pairs, each already a Python string literal; annotations are quoted so that
    they may refer to names declared later."""
    description: Optional[str] = None
    fields: Tuple[Field, ...] = ()
    kind: str = "typeddict_functional"


@dataclass(frozen=True)
class AliasDecl:
    """A named union, literal or other type expression."""

    name: str
    annotation: str
    description: Optional[str] = None
    kind: str = "alias"


@dataclass(frozen=True)
class TypeModule:
    """One emitted module of the ``types`` tree: a public declaration plus the inline ones it owns."""

    module: str
    """Dotted module path relative to the package (``types.beta.beta_message``)."""
    public_name: str
    decls: Tuple[object, ...]
    imports: Tuple[Import, ...]
    runtime_prefix: str
    """Leading dots that reach the package root from this module."""
    source: str
    """JSON pointer of the schema it came from."""
    reexports: Tuple[str, ...] = ()
    """Names imported from another module and offered here too (schemas in an import cycle all live in
    one module; each one's own module re-exports it)."""


@dataclass(frozen=True)
class TypesPackage:
    module: str
    exports: Tuple[Tuple[str, str], ...]
    """(submodule, name) pairs re-exported by the package ``__init__``."""


@dataclass(frozen=True)
class Param:
    name: str
    api_name: str
    location: str
    """path, query, header or body."""
    annotation: str
    required: bool
    description: Optional[str] = None
    join: bool = False
    """Send a list header as one comma-joined value."""
    is_file: bool = False
    """A binary value (or a list of them) sent as a multipart file part."""
    defaults: Tuple[str, ...] = ()
    """Values a list header always carries, appended to the caller's."""
    value: Optional[str] = None
    """Python expression sent for a query parameter instead of the argument itself, where its
    ``style``/``explode`` differs from the client's query encoding (``",".join(tags)``)."""


@dataclass(frozen=True)
class Page:
    sync_class: str
    async_class: str
    item_type: str


@dataclass(frozen=True)
class Method:
    name: str
    operation_id: str
    http_method: str
    path: str
    """f-string body of the request path; path parameters already wrapped by ``path_param``."""
    api_path: str
    """The path as the spec writes it (``/v1/models/{model_id}``)."""
    path_params: Tuple[Param, ...]
    params: Tuple[Param, ...]
    """Keyword-only parameters in signature order (query, body, header)."""
    body_kind: str
    """json, multipart or none."""
    response_kind: str
    """json, binary, jsonl or none."""
    return_type: str
    summary: str
    description: Optional[str]
    page: Optional[Page] = None
    stream_event: Optional[str] = None
    stream_param: Optional[str] = None
    deprecated: bool = False
    accept: Optional[str] = None
    """Media type to ask for when the response is not JSON (binary download, JSON Lines)."""
    example_required: Tuple[Tuple[str, str], ...] = ()
    """Keyword arguments (name, Python literal) with only required values, for generated tests."""
    example_all: Tuple[Tuple[str, str], ...] = ()
    """Keyword arguments with every parameter given, for generated tests."""
    cast_to: Optional[str] = None
    """What the response is parsed into when the return type is not a class (a union alias, a list):
    ``cast(Any, …)``, since such a type is a value the type checker will not take as ``type[T]``."""
    body_expr: Optional[str] = None
    """Python expression for the request body when it is not a JSON object of the body parameters:
    one value (an array, a union, raw bytes or text) or a form-encoded string."""
    content_type: Optional[str] = None
    """Content-Type sent with a body that is not JSON (form, raw bytes, text)."""
    cookie_expr: Optional[str] = None
    """Python expression for the ``Cookie`` header built from cookie parameters."""

    @property
    def simple_return_type(self) -> Optional[str]:
        """The return type when it is one class name a test can check by name."""
        return (
            self.return_type
            if self.return_type.isidentifier() and self.return_type not in ("object", "None", "bytes")
            else None
        )

    @property
    def query_params(self) -> Tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def body_params(self) -> Tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "body")

    @property
    def header_params(self) -> Tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")

    @property
    def sets_headers(self) -> bool:
        return bool(self.header_params or self.accept or self.content_type or self.cookie_expr)

    @property
    def file_params(self) -> Tuple[Param, ...]:
        return tuple(p for p in self.body_params if p.is_file)


@dataclass(frozen=True)
class Helper:
    name: str
    module: str
    """Relative import path from the resource module."""
    sync: str
    async_: str
    wraps: bool = False
    """Takes the name of a generated method, which is emitted as ``_<name>`` for the helper to call."""
    raw_response: bool = False
    """Listed in the raw- and streaming-response wrapper classes (a wrapping helper always is)."""


@dataclass(frozen=True)
class Resource:
    name: str
    """Attribute name on the parent (``batches``)."""
    attr_path: str
    """Dotted attribute path from the client (``messages.batches``)."""
    class_name: str
    module: str
    """Dotted module path relative to the package (``resources.messages.batches``)."""
    methods: Tuple[Method, ...]
    children: Tuple["Resource", ...]
    imports: Tuple[Import, ...]
    runtime_prefix: str
    is_package: bool
    """True when the resource has children and lives in ``<name>/<name>.py``."""
    helpers: Tuple[Helper, ...] = ()

    @property
    def exported_classes(self) -> Tuple[str, ...]:
        """The resource class, its async twin, and their raw- and streaming-response wrappers."""
        base = self.class_name
        return tuple(
            prefix + base + suffix
            for prefix in ("", "Async")
            for suffix in ("", "WithRawResponse", "WithStreamingResponse")
        )

    @property
    def page_classes(self) -> Tuple[str, ...]:
        names = {n for m in self.methods if m.page for n in (m.page.sync_class, m.page.async_class)}
        return tuple(sorted(names))

    @property
    def package_module(self) -> str:
        return self.module.rsplit(".", 1)[0] if self.is_package else self.module


@dataclass(frozen=True)
class Credential:
    option: str
    env: str
    header: str
    prefix: str


@dataclass(frozen=True)
class ErrorClass:
    name: str
    status: Optional[int]
    error_type: Optional[str]
    doc: str
    by_status: bool = True


@dataclass(frozen=True)
class Client:
    sync_class: str
    async_class: str
    default_base_url: str
    base_url_env: str
    default_headers: Tuple[Tuple[str, str], ...]
    credentials: Tuple[Credential, ...]
    log_env: Optional[str]
    request_id_header: str
    timeout: float
    connect_timeout: float
    max_retries: int


@dataclass(frozen=True)
class Package:
    name: str
    distribution: str
    version: str
    description: str
    python_requires: str
    dependencies: Tuple[str, ...]
    optional_dependencies: Tuple[Tuple[str, Tuple[str, ...]], ...]
    client: Client
    errors: Tuple[ErrorClass, ...]
    resources: Tuple[Resource, ...]
    type_modules: Tuple[TypeModule, ...]
    type_packages: Tuple[TypesPackage, ...]
    api_title: str
    api_version: str
    query_arrays: str = "comma"
    """How the client writes lists in query strings (sdk.yml ``parameters.query_arrays``)."""
    lazy_exports: Tuple[Tuple[str, str], ...] = ()
    """(module, name) pairs the top-level package offers from hand-written modules, loaded on first use."""

    def declaration_of(self, name: str) -> Optional[object]:
        """The declaration behind a public type name, wherever it is declared (a type in an import cycle
        lives in the cycle's shared module; its own module only re-exports it)."""
        return self._declarations.get(name)

    @cached_property
    def _declarations(self) -> Dict[str, object]:
        found: Dict[str, object] = {}
        for module in self.type_modules:
            for decl in module.decls:
                found.setdefault(getattr(decl, "name", ""), decl)
        for module in self.type_modules:
            for decl in module.decls:
                if getattr(decl, "name", None) == module.public_name:
                    found[module.public_name] = decl
        return found

    def all_resources(self) -> Tuple[Resource, ...]:
        out: list[Resource] = []

        def walk(resources: Tuple[Resource, ...]) -> None:
            for resource in resources:
                out.append(resource)
                walk(resource.children)

        walk(self.resources)
        return tuple(out)
