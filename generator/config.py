"""``sdk.yml``: how the API described by the spec becomes this SDK.

Everything Anthropic-specific the generator needs (names, client options, resource tree, pagination,
streaming, the error table) is data here, validated strictly so that a typo is an error with a pointer
rather than a silently ignored key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .diagnostics import Report, pointer


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackageConfig(_Strict):
    name: str
    distribution: str
    version: str
    description: str
    python_requires: str = ">=3.9"
    dependencies: List[str]
    optional_dependencies: Dict[str, List[str]] = Field(default_factory=dict)


class Credential(_Strict):
    option: str
    env: str
    scheme: str
    """Name of a security scheme in the spec; it says which header carries the credential."""


class ClientConfig(_Strict):
    sync_class: str
    async_class: str
    default_base_url: str
    base_url_env: str
    default_headers: Dict[str, str] = Field(default_factory=dict)
    credentials: List[Credential]
    log_env: Optional[str] = None
    request_id_header: str = "request-id"
    timeout: float = 600.0
    connect_timeout: float = 5.0
    max_retries: int = 2


class ErrorClass(_Strict):
    name: str = Field(alias="class")
    status: Optional[int] = None
    type: Optional[str] = None
    doc: str
    by_status: bool = True
    """False: the class carries its ``status_code`` but a response with that status raises the
    fallback class instead (0.79 defines 503/504 classes yet raises ``InternalServerError``)."""


class HeaderParam(_Strict):
    name: Optional[str] = None
    """Python keyword argument the header becomes; None with ``omit`` set means the client owns it."""
    omit: bool = False


class ParameterConfig(_Strict):
    headers: Dict[str, HeaderParam] = Field(default_factory=dict)
    query_arrays: Literal["comma", "repeat", "brackets", "indices"] = "comma"
    """How the client writes a list in the query string: ``ids=a,b`` (0.79's), ``ids=a&ids=b`` (OpenAPI's
    default), ``ids[]=a``, ``ids[0]=a``. A parameter whose ``style``/``explode`` says otherwise is encoded by
    its method when the SDK is derived from the spec."""
    python_names: Literal["api", "snake"] = "api"
    """How a query, header, cookie or path parameter's Python name is spelled: the API's own name made
    a safe identifier (``dryRun``), or that name in snake case (``dry_run``). Body keys stay the API's."""


class PageScheme(_Strict):
    sync_class: str
    async_class: str
    items: str = "data"
    """Response property holding the page's items."""


class StreamConfig(_Strict):
    param: str
    """Request body property that switches the response to ``text/event-stream``."""
    event: str
    """Schema of one event."""


class MethodConfig(_Strict):
    operation: str
    paginated: Optional[str] = None
    stream: Optional[StreamConfig] = None
    params_type: Optional[str] = None
    """Name of the TypedDict holding the method's parameters; derived from the resource and method if unset."""
    header_defaults: Dict[str, List[str]] = Field(default_factory=dict)
    """Values always sent in a list header, after the caller's (``anthropic-beta: [token-counting-…]``)."""
    accept: Optional[str] = None
    """Accept header for a non-JSON response, when the server expects another value than the spec's media type."""


class HelperMethod(_Strict):
    """A hand-written method (from overrides/) attached to a generated resource class."""

    module: str
    """Dotted module inside the package (``lib.streaming._messages_methods``)."""
    sync: str
    """Function in that module used as the sync method; it takes the resource as ``self``."""
    async_: str = Field(alias="async")
    wraps: bool = False
    """The helper takes the name of a generated method, which is then emitted as ``_<name>`` for the
    helper to call (adding parameters the API does not have, like ``output_format``)."""
    raw_response: bool = False
    """Also offer the helper under ``with_raw_response`` and ``with_streaming_response``."""


class ResourceConfig(_Strict):
    types_module: str = "types"
    """Dotted package, relative to the SDK package, where this resource's parameter types live."""
    methods: Dict[str, MethodConfig] = Field(default_factory=dict)
    resources: Dict[str, "ResourceConfig"] = Field(default_factory=dict)
    helpers: Dict[str, HelperMethod] = Field(default_factory=dict)
    header_defaults: Dict[str, List[str]] = Field(default_factory=dict)
    """As on a method, for every method of this resource (a method's own entry wins)."""


class TypeName(_Strict):
    model: Optional[str] = None
    param: Optional[str] = None
    module: Optional[str] = None
    """Dotted package for the type's module (``types.beta``); derived from the name if unset."""


class TypesConfig(_Strict):
    strip_prefixes: List[str] = Field(default_factory=list)
    """Words removed from schema names where they only say which side of the API a schema is on."""
    param_suffix: str = "Param"
    module_prefixes: Dict[str, str] = Field(default_factory=dict)
    """A name prefix and the package its types go to (``Beta: types.beta``)."""
    names: Dict[str, TypeName] = Field(default_factory=dict)
    inline: Dict[str, TypeName] = Field(default_factory=dict)
    """Names for schemas written inline, keyed by the JSON pointer of the node to name."""
    standalone: List[str] = Field(default_factory=list)
    """Schemas no operation reaches that the SDK still exposes (as response models), without a warning."""
    reexport: Dict[str, List[str]] = Field(default_factory=dict)
    """A types package and the sub-packages whose names it also exports (``types: [types.shared]``)."""
    aliases: Dict[str, "TypeAlias"] = Field(default_factory=dict)
    """Extra public names for existing types (``MessageStreamEvent: {target: RawMessageStreamEvent}``)."""
    param_accepts: Dict[str, str] = Field(default_factory=dict)
    """A request-side node (JSON pointer) and the response schema whose model it takes too, so a
    response can be sent back as it came (``.../InputMessage/properties/content/anyOf/1/items``:
    ``ContentBlock``, as 0.79's ``MessageParam.content`` takes ``ContentBlock``)."""
    to_param: Dict[str, str] = Field(default_factory=dict)
    """A response schema and the request schema its model's ``to_param()`` returns, where the naming
    rules find none (``Message: InputMessage``)."""


class TypeAlias(_Strict):
    target: str
    module: str = "types"


class SdkConfig(_Strict):
    package: PackageConfig
    client: ClientConfig
    errors: List[ErrorClass]
    parameters: ParameterConfig = Field(default_factory=ParameterConfig)
    pagination: Dict[str, PageScheme] = Field(default_factory=dict)
    resources: Dict[str, ResourceConfig]
    types: TypesConfig = Field(default_factory=TypesConfig)
    exports: Dict[str, Dict[str, List[str]]] = Field(default_factory=dict)
    """Names from hand-written modules (overrides/) that a package offers too: package → module → names.
    The package is ``.`` for the top level, where the names load on first use, or a types package
    (``types``), whose ``__init__`` imports them like its generated names. Modules are dotted and relative
    to the SDK package (``lib.streaming``)."""


TypesConfig.model_rebuild()


def load_config(path: Path, report: Report) -> SdkConfig | None:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        report.error("#", f"cannot read {path.name}: {exc}", source="config")
        return None
    try:
        return SdkConfig.model_validate(raw)
    except ValidationError as exc:
        for problem in exc.errors():
            report.error(pointer(*problem["loc"]), problem["msg"], source="config")
        return None
