"""Assemble an `httpx.Request` from `FinalRequestOptions` and client defaults."""

from __future__ import annotations

import io
import os
import json
import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Mapping, Iterable, Optional, NamedTuple, cast

import httpx
import pydantic

from ._types import Omit, Timeout, NotGiven
from ._utils import is_dict, is_given, is_mapping
from ._models import FinalRequestOptions
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["merge_mappings", "merge_headers", "pop_markers", "build_request", "encode_json"]

_MARKERS = (RAW_RESPONSE_HEADER.lower(), OVERRIDE_CAST_TO_HEADER.lower())


def merge_mappings(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> Dict[str, Any]:
    """`{**base, **overrides}` minus keys whose final value is `omit`/`NOT_GIVEN`."""
    merged = {**base, **overrides}
    return {key: value for key, value in merged.items() if is_given(value)}


def merge_headers(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> Dict[str, str]:
    """Case-insensitive header merge: `extra_headers={"x-api-key": omit}` removes `X-Api-Key`."""
    merged: Dict[str, Any] = {}
    names: Dict[str, str] = {}
    for source in (base, overrides):
        for key, value in source.items():
            lower = key.lower()
            previous = names.get(lower)
            if previous is not None:
                merged.pop(previous, None)
            names[lower] = key
            merged[key] = value
    return {key: value for key, value in merged.items() if is_given(value)}


def pop_markers(options: FinalRequestOptions) -> Tuple[Optional[str], Any]:
    """Remove the internal response-mode markers from `options.headers` (in place).

    Returns `(mode, cast_to_override)`; mode is "true" (legacy raw), "raw",
    "stream" or None.
    """
    headers = options.headers
    if not is_given(headers) or not headers:
        return None, None
    mode: Optional[str] = None
    override: Any = None
    kept: Dict[str, Any] = {}
    for key, value in headers.items():
        lower = key.lower()
        if lower == _MARKERS[0]:
            mode = value if isinstance(value, str) else None
        elif lower == _MARKERS[1]:
            override = value
        else:
            kept[key] = value
    if mode is not None or override is not None:
        options.headers = kept
    return mode, override


def _json_default(value: object) -> object:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", exclude_unset=True, by_alias=True)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(cast("Iterable[object]", value))
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_json(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default).encode(
        "utf-8"
    )


_FILE_CONTENT_TYPES: Tuple[type, ...] = (bytes, bytearray, memoryview, io.IOBase, os.PathLike)


def _reject_file_content(value: object, key: str) -> None:
    # File content in the form fields would be sent as its repr (b'...', a path string):
    # fail loudly instead, it belongs in `files`.
    if isinstance(value, _FILE_CONTENT_TYPES):
        raise TypeError(
            f"Multipart form field `{key}` holds file content ({type(value).__name__}); "
            "file content must be sent as a file part, not as a form field"
        )
    if isinstance(value, Mapping):
        for name, item in cast("Mapping[object, object]", value).items():
            _reject_file_content(item, f"{key}[{name}]")
    elif isinstance(value, (list, tuple)):
        for item in cast("Iterable[object]", value):
            _reject_file_content(item, f"{key}[]")


def _multipart_fields(client: "BaseClient[Any, Any]", data: Mapping[str, object]) -> Dict[str, object]:
    # Non-file form fields use `a[b]` / `a[]` naming; repeated keys become lists for httpx.
    for key, value in data.items():
        _reject_file_content(value, key)
    fields: Dict[str, object] = {}
    for key, value in client.qs.stringify_items(data, array_format="brackets"):  # type: ignore[arg-type]
        existing = fields.get(key)
        if existing is None:
            fields[key] = value
        elif isinstance(existing, list):
            cast("List[object]", existing).append(value)
        else:
            fields[key] = [existing, value]
    return fields


class _ForceMultipart(Dict[str, None]):
    # httpx only encodes multipart when `files` is truthy; this lets a form with no
    # file parts still go out as multipart/form-data.
    def __bool__(self) -> bool:
        return True


def resolve_timeout(client: "BaseClient[Any, Any]", options: FinalRequestOptions) -> Any:
    # `omit` and NOT_GIVEN both mean "use the client's timeout"
    return options.timeout if is_given(options.timeout) else client.timeout


def build_headers(client: "BaseClient[Any, Any]", options: FinalRequestOptions, *, retries_taken: int) -> httpx.Headers:
    custom: Mapping[str, Any] = options.headers if is_given(options.headers) and options.headers else {}
    merged = merge_headers(client.default_headers, custom)
    client._validate_headers(merged, custom)

    # Everything goes into one dict first: each assignment to an httpx.Headers scans its list.
    present = {key.lower() for key in merged}
    idempotency_header = client._idempotency_header
    if idempotency_header and options.idempotency_key and idempotency_header.lower() not in present:
        merged[idempotency_header] = options.idempotency_key

    custom_lower = {key.lower() for key in custom} if custom else ()
    # Telemetry headers, as 0.79 sends them: the attempt number lets the API tell
    # retries from fresh requests; the timeout tells it how long we will wait.
    if "x-stainless-retry-count" not in custom_lower:
        merged["x-stainless-retry-count"] = str(retries_taken)
    timeout = resolve_timeout(client, options)
    read_timeout = timeout.read if isinstance(timeout, Timeout) else timeout
    if read_timeout is not None:
        if "x-stainless-timeout" not in custom_lower:
            merged["x-stainless-timeout"] = _num(read_timeout)
        if "x-stainless-read-timeout" not in custom_lower:
            merged["x-stainless-read-timeout"] = _num(read_timeout)
    return httpx.Headers(merged)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class ResolvedUrl(NamedTuple):
    url: httpx.URL
    """Absolute, without a query string."""
    fixed_query: Dict[str, str]
    """The path's own query (`?beta=true`), sent along with any other parameters."""
    extensions: Optional[Dict[str, Any]]


_URL_CACHE_LIMIT = 512


def prepare_url(client: "BaseClient[Any, Any]", url: str) -> ResolvedUrl:
    """Join `url` to the client's base URL, remembering the result per client.

    Parsing and joining URLs costs more than the rest of request building; most calls reuse a
    handful of paths. The cache is dropped when the base URL changes and when it fills up (paths
    carrying ids are unbounded).
    """
    base = client.base_url
    cache: Optional[Tuple[httpx.URL, Dict[str, ResolvedUrl]]] = client.__dict__.get("_resolved_urls")
    if cache is None or cache[0] is not base:
        cache = (base, {})
        client.__dict__["_resolved_urls"] = cache
    entries = cache[1]
    resolved = entries.get(url)
    if resolved is None:
        if len(entries) >= _URL_CACHE_LIMIT:
            entries.clear()
        resolved = entries[url] = _resolve_url(base, url)
    return resolved


def _resolve_url(base: httpx.URL, url: str) -> ResolvedUrl:
    merge_url = httpx.URL(url)
    if merge_url.is_relative_url:
        merge_url = base.copy_with(raw_path=base.raw_path + merge_url.raw_path.lstrip(b"/"))
    fixed_query: Dict[str, str] = {}
    if merge_url.query:
        # httpx replaces a URL's query string when `params` are given, which would drop a fixed
        # query such as `?beta=true` from every list call with parameters and from later pages.
        fixed_query = dict(merge_url.params)
        merge_url = merge_url.copy_with(query=None)
    extensions = None
    if "_" in merge_url.host:
        # underscores are invalid in SNI host names; see encode/httpx discussion #2880
        extensions = {"sni_hostname": merge_url.host.replace("_", "-")}
    return ResolvedUrl(merge_url, fixed_query, extensions)


def build_request(
    client: "BaseClient[Any, Any]", options: FinalRequestOptions, *, retries_taken: int = 0
) -> httpx.Request:
    kwargs: Dict[str, Any] = {}

    json_data = options.json_data
    if options.extra_json is not None:
        if json_data is None:
            json_data = options.extra_json
        elif is_mapping(json_data):
            json_data = merge_mappings(json_data, options.extra_json)
        else:
            raise RuntimeError(f"Unexpected JSON data type, {type(json_data)}, cannot merge with `extra_body`")

    headers = build_headers(client, options, retries_taken=retries_taken)
    params = merge_mappings(client.default_query, options.params)
    files: Any = options.files

    content_type = headers.get("Content-Type")
    # A request is multipart when it carries file parts (even an empty list of them:
    # generated upload methods always pass `files`) or when the caller asked for it.
    multipart = files is not None or (content_type is not None and content_type.startswith("multipart/form-data"))
    if multipart:
        if content_type is not None and not (
            content_type.startswith("multipart/form-data") and "boundary" in content_type
        ):
            # The client-wide `application/json` default, or multipart without a boundary:
            # httpx must write the header itself so it can include the boundary.
            headers.pop("Content-Type")
        if json_data:
            if not is_dict(json_data):
                raise TypeError(
                    f"Expected the body to be a dictionary for multipart requests but got {type(json_data)} instead."
                )
            kwargs["data"] = _multipart_fields(client, cast("Dict[str, object]", json_data))
        if not files:
            files = _ForceMultipart()

    url, fixed_query, extensions = prepare_url(client, options.url)
    if fixed_query:
        params = merge_mappings(fixed_query, params)
    if extensions is not None:
        kwargs["extensions"] = dict(extensions)

    if options.method.lower() != "get":
        if options.content is not None:
            if json_data is not None or files is not None:
                raise TypeError("Passing `content` together with a JSON body or files is not supported")
            kwargs["content"] = options.content
        elif isinstance(json_data, (bytes, bytearray)):
            kwargs["content"] = bytes(json_data)
        elif not files:
            kwargs["content"] = encode_json(json_data) if json_data is not None and is_given(json_data) else None
        kwargs["files"] = files
    else:
        headers.pop("Content-Type", None)

    request: httpx.Request = client._client.build_request(
        headers=headers,
        timeout=resolve_timeout(client, options),
        method=options.method,
        url=url,
        params=client.qs.stringify(params) if params else None,
        **kwargs,
    )
    return request


def strip_omitted(values: List[Any]) -> List[Any]:
    return [value for value in values if not isinstance(value, (Omit, NotGiven))]
