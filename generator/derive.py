"""An ``sdk.yml`` derived from the spec alone, for pointing the generator at any OpenAPI document.

What a hand-written sdk.yml says is decided here by rules, each choice an info diagnostic:

- the package and client names come from ``info.title`` (``Stripe API`` → ``stripe``, ``Stripe``);
- the base URL is the first server's; each header-borne security scheme becomes a client option;
- every operation is placed: on the resource named by its first tag, or else by the first path
  segment that is neither a version nor a parameter, under a method named by its operationId with
  the resource's words taken out (``GetCustomersCustomer`` on ``customers`` → ``get_customer``);
- pagination is never guessed; an operation streams only when it declares an event stream and a
  boolean ``stream`` body property that switches it on;
- the error table is the usual HTTP one.
"""

from __future__ import annotations

import keyword
import re
import sys
from typing import Any, Dict, List, Optional, Set, Tuple

from .config import (
    ClientConfig,
    Credential,
    ErrorClass,
    MethodConfig,
    PackageConfig,
    ParameterConfig,
    ResourceConfig,
    SdkConfig,
    StreamConfig,
    TypesConfig,
)
from .diagnostics import Report, pointer
from .ir.naming import identifier, snake, words
from .load import Spec

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

RUNTIME_DEPENDENCIES = [
    "httpx>=0.25.0,<1",
    "pydantic>=2.0.0,<3",
    "typing-extensions>=4.10,<5",
    "anyio>=3.5.0,<5",
    "distro>=1.7.0,<2",
    "sniffio",
    "jiter>=0.4.0,<1",
]

_TITLE_NOISE = {"api", "apis", "rest", "openapi", "swagger", "the", "http", "service", "services", "spec", "v"}
_VERSION_SEGMENT = re.compile(r"^(v\d+[a-z0-9.]*|\d[\d.\-]*|api|apis|rest)$", re.IGNORECASE)

# Attributes of the generated client classes that a resource may not take.
CLIENT_ATTRIBUTES = frozenset(
    {
        "api_key",
        "auth_headers",
        "base_url",
        "close",
        "copy",
        "custom_auth",
        "default_headers",
        "default_query",
        "delete",
        "get",
        "get_api_list",
        "is_closed",
        "max_retries",
        "max_retry_after",
        "patch",
        "platform_headers",
        "post",
        "put",
        "qs",
        "request",
        "timeout",
        "user_agent",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)
# Attributes of every generated resource class that a method may not take.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})

GENERIC_ERRORS = [
    ErrorClass.model_validate({"class": "BadRequestError", "status": 400, "doc": "The request was malformed."}),
    ErrorClass.model_validate(
        {"class": "AuthenticationError", "status": 401, "doc": "The credential is missing or invalid."}
    ),
    ErrorClass.model_validate(
        {"class": "PermissionDeniedError", "status": 403, "doc": "The credential may not do this."}
    ),
    ErrorClass.model_validate({"class": "NotFoundError", "status": 404, "doc": "The resource does not exist."}),
    ErrorClass.model_validate(
        {"class": "ConflictError", "status": 409, "doc": "The request conflicts with the resource's state."}
    ),
    ErrorClass.model_validate(
        {"class": "UnprocessableEntityError", "status": 422, "doc": "The request could not be processed."}
    ),
    ErrorClass.model_validate({"class": "RateLimitError", "status": 429, "doc": "Too many requests; retry later."}),
    ErrorClass.model_validate({"class": "InternalServerError", "doc": "The server failed."}),
]


def title_words(title: str) -> List[str]:
    """``GitHub v3 REST API`` → ``[GitHub]``: the title's words less the ones that name no API."""
    tokens = [t for t in re.split(r"[^A-Za-z0-9]+", title) if t]
    kept = [t for t in tokens if t.lower() not in _TITLE_NOISE and not re.fullmatch(r"v?\d+", t.lower())]
    return kept or [t for t in tokens if t.lower() != "the"]


def package_name(title: str) -> str:
    name = "_".join(t.lower() for t in title_words(title)) or "client"
    name = identifier(name)
    if name.startswith("_"):
        name = "api" + name
    # Rule: a name the standard library already uses would shadow it for the SDK's own imports.
    if keyword.iskeyword(name) or name in getattr(sys, "stdlib_module_names", ()) or name == "client":
        name += "_sdk"
    return name


def client_class(title: str) -> str:
    text = "".join(t[:1].upper() + t[1:] for t in title_words(title)) or "Client"
    text = re.sub(r"\W", "", text)
    return "Api" + text if text[:1].isdigit() else text


class Deriver:
    def __init__(self, spec: Spec, report: Report) -> None:
        self.spec = spec
        self.report = report

    def config(self) -> SdkConfig:
        info = self.spec.raw.get("info", {})
        title = str(info.get("title") or "API")
        name = package_name(title)
        cls = client_class(title)
        self.report.info(
            pointer("info", "title"), f"package {name!r} and client class {cls!r} are derived from the title"
        )
        version = str(info.get("version", ""))
        return SdkConfig(
            package=PackageConfig(
                name=name,
                distribution=name.replace("_", "-"),
                version=version if re.fullmatch(r"\d+(\.\d+){0,3}", version) else "0.1.0",
                description=f"Typed Python client for the {title}, generated from its OpenAPI description.",
                dependencies=list(RUNTIME_DEPENDENCIES),
            ),
            client=ClientConfig(
                sync_class=cls,
                async_class="Async" + cls,
                default_base_url=self._base_url(),
                base_url_env=f"{name.upper()}_BASE_URL",
                credentials=self._credentials(name),
                log_env=f"{name.upper()}_LOG",
            ),
            errors=list(GENERIC_ERRORS),
            parameters=ParameterConfig(python_names="snake", query_arrays="repeat"),
            resources=self._resources(),
            types=TypesConfig(),
        )

    def _base_url(self) -> str:
        servers = self.spec.raw.get("servers") or []
        if not servers or not isinstance(servers[0], dict) or not servers[0].get("url"):
            self.report.info(pointer("servers"), "no server is declared; the client's base URL defaults to localhost")
            return "http://localhost"
        url = str(servers[0]["url"])
        for var, spec in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + var + "}", str(spec.get("default", "")))
        if url.startswith("//"):
            url = "https:" + url
        elif not re.match(r"^[a-z]+://", url):
            self.report.info(pointer("servers", 0, "url"), f"server URL {url!r} is relative; it is joined to localhost")
            url = "http://localhost/" + url.lstrip("/")
        return url

    def _credentials(self, name: str) -> List[Credential]:
        schemes = self.spec.raw.get("components", {}).get("securitySchemes", {}) or {}
        usable: List[Tuple[str, str]] = []
        for scheme_name, scheme in schemes.items():
            where = pointer("components", "securitySchemes", scheme_name)
            kind = scheme.get("type")
            if kind == "apiKey" and scheme.get("in") == "header":
                usable.append((scheme_name, "api_key"))
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                usable.append((scheme_name, "bearer_token"))
            elif kind in ("oauth2", "openIdConnect"):
                usable.append((scheme_name, "access_token"))
            else:
                detail = f"{kind} {scheme.get('scheme') or scheme.get('in') or ''}".strip()
                self.report.info(
                    where,
                    f"security scheme {scheme_name!r} ({detail}) is not a client option; "
                    "send its header with `default_headers`",
                )
        options: List[Credential] = []
        taken: Set[str] = set()
        for scheme_name, option in usable:
            # Rule: one usable scheme is `api_key`; several are named by kind, then by scheme name.
            chosen = "api_key" if len(usable) == 1 else option
            if chosen in taken:
                chosen = snake(scheme_name)
            taken.add(chosen)
            options.append(Credential(option=chosen, env=f"{name.upper()}_{chosen.upper()}", scheme=scheme_name))
        return options

    # -- resources and methods ----------------------------------------------------------------------

    def _operations(self) -> List[Tuple[str, str, Dict[str, Any]]]:
        out = []
        for path_key, item in (self.spec.raw.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            if "$ref" in item:
                item = self.spec.resolve(item["$ref"])
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    out.append((path_key, method, item[method]))
        return out

    def _resource_of(self, path_key: str, node: Dict[str, Any]) -> str:
        tags = node.get("tags") or []
        if tags:
            return resource_identifier(str(tags[0]))
        segments = [s for s in path_key.split("?")[0].split("/") if s and not s.startswith("{")]
        meaningful = [s for s in segments if not _VERSION_SEGMENT.match(s)]
        return resource_identifier((meaningful or segments or ["default"])[0])

    def _resources(self) -> Dict[str, ResourceConfig]:
        grouped: Dict[str, List[Tuple[str, str, Dict[str, Any]]]] = {}
        for path_key, method, node in self._operations():
            grouped.setdefault(self._resource_of(path_key, node), []).append((path_key, method, node))
        resources: Dict[str, ResourceConfig] = {}
        for resource in sorted(grouped):
            attr = resource
            if attr in CLIENT_ATTRIBUTES:
                attr = resource + "_"
                self.report.info(
                    "#/paths",
                    f"resource {resource!r} would hide a client attribute; named {attr!r} (rule: trailing-underscore)",
                )
            methods = self._methods(resource, grouped[resource])
            resources[attr] = ResourceConfig(methods=methods)
        return resources

    def _methods(self, resource: str, operations: List[Tuple[str, str, Dict[str, Any]]]) -> Dict[str, MethodConfig]:
        wanted: Dict[str, List[Tuple[str, str, Dict[str, Any], str]]] = {}
        for path_key, method, node in operations:
            op_id = node.get("operationId") or f"{method}_{path_key}"
            wanted.setdefault(method_name(op_id, resource), []).append((path_key, method, node, op_id))
        methods: Dict[str, MethodConfig] = {}
        taken: Set[str] = set(wanted) | set(RESOURCE_ATTRIBUTES)
        for name in sorted(wanted):
            claimants = sorted(wanted[name], key=lambda c: c[3])
            for index, (path_key, method, node, op_id) in enumerate(claimants):
                chosen = name
                if name in RESOURCE_ATTRIBUTES or index > 0:
                    # Rule: a name two operations want (or one a resource attribute holds) goes to the
                    # first by operationId; each other takes its whole operationId, then its verb and path.
                    for candidate in (identifier(snake(op_id)), identifier(snake(f"{method} {path_key}"))):
                        if candidate not in taken:
                            chosen = candidate
                            break
                    else:
                        while chosen in taken:
                            chosen += "_"
                    taken.add(chosen)
                    self.report.info(
                        pointer("paths", path_key, method),
                        f"method name {name!r} on {resource!r} is taken; operation {op_id!r} is {chosen!r} "
                        "(rule: operation-id)",
                    )
                methods[chosen] = MethodConfig(operation=op_id, stream=self._stream(node))
        return dict(sorted(methods.items()))

    def _stream(self, node: Dict[str, Any]) -> Optional[StreamConfig]:
        responses = node.get("responses") or {}
        for status, response in responses.items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            if "$ref" in response:
                response = self.spec.resolve(response["$ref"])
            content = response.get("content") or {}
            event = (content.get("text/event-stream") or {}).get("schema", {})
            ref = event.get("$ref", "") if isinstance(event, dict) else ""
            if not ref.startswith("#/components/schemas/") or len(content) < 2:
                continue
            body = (node.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema", {})
            if "$ref" in body:
                body = self.spec.resolve(body["$ref"])
            if (body.get("properties") or {}).get("stream", {}).get("type") == "boolean":
                return StreamConfig(param="stream", event=ref.rsplit("/", 1)[-1])
        return None


def resource_identifier(text: str) -> str:
    return identifier(snake(text) or "default")


def method_name(operation_id: str, resource: str) -> str:
    """``repos/get-branch`` on ``repos`` → ``get_branch``; ``listCoreV1NamespacedPod`` on ``core_v1`` →
    ``list_namespaced_pod``: the operationId's words less the first run of the resource's words."""
    op_words = [w.lower() for w in snake(operation_id).split("_") if w]
    res_words = [w for w in resource.strip("_").split("_") if w]
    if res_words:
        for start in range(len(op_words) - len(res_words) + 1):
            if op_words[start : start + len(res_words)] == res_words and len(op_words) > len(res_words):
                op_words = op_words[:start] + op_words[start + len(res_words) :]
                break
    name = identifier("_".join(op_words) or "call")
    return name


def derive_config(spec: Spec, report: Report) -> SdkConfig:
    return Deriver(spec, report).config()


__all__ = ["derive_config", "package_name", "client_class", "method_name", "words"]
