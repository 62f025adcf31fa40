"""How an operation's parameters and body are sent: media types, parameter styles, cookies.

Small pure functions the IR builder calls; each returns what the templates print (a media type, a
Python expression), so the templates hold no encoding rules.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from ..load import Spec
from . import model as ir

RESERVED_PARAMS = (
    # the generated method's own arguments and the names its body calls
    "self",
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "httpx",
    "omit",
    "not_given",
    "Omit",
    "NotGiven",
    "is_given",
    "path_param",
    "build_body",
    "build_query",
    "build_headers",
    "with_defaults",
    "multipart_files",
    "make_request_options",
    "FinalRequestOptions",
)
"""Names a parameter may not take; one that wants them gets its location in front (``query_timeout``)."""

CLIENT_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""Header parameters OpenAPI says to ignore: the client sets them."""

QUERY_ARRAY_FORMATS = ("comma", "repeat", "brackets", "indices")

_JSON = re.compile(r"^application/([\w.+-]*\+)?json($|;)|^[\w.+-]+/[\w.+-]*\+json($|;)|^\*/\*$")
_TEXT = re.compile(r"^text/|^application/(xml|[\w.+-]*\+xml|yaml|x-yaml|[\w.+-]*\+yaml|csv|x-ndjson)($|;)")


def media_kind(media: str) -> str:
    """json, form, multipart, raw_text or raw_bytes."""
    lowered = media.lower()
    if _JSON.match(lowered):
        return "json"
    if lowered.startswith("application/x-www-form-urlencoded"):
        return "form"
    if lowered.startswith("multipart/"):
        return "multipart"
    if _TEXT.match(lowered):
        return "raw_text"
    return "raw_bytes"


def request_media(content: Dict[str, Any]) -> Optional[str]:
    """The media type a request body is sent as, by preference: JSON, a JSON variant, form, multipart,
    text, then anything else (as bytes)."""
    if not content:
        return None
    if "application/json" in content:
        return "application/json"
    order = {"json": 0, "form": 1, "multipart": 2, "raw_text": 3, "raw_bytes": 4}
    return sorted(content, key=lambda m: (order[media_kind(m)], m != "*/*", m))[0]


def parameter_schema(param: Dict[str, Any]) -> Dict[str, Any]:
    """A parameter's schema, from ``schema`` or from its single ``content`` entry."""
    schema = param.get("schema")
    if isinstance(schema, dict):
        return schema
    content = param.get("content")
    if isinstance(content, dict) and content:
        media = sorted(content)[0]
        inner = content[media].get("schema") if isinstance(content[media], dict) else None
        if isinstance(inner, dict):
            return inner
    return {}


def path_annotation(schema: Dict[str, Any], spec: Spec) -> str:
    """``int`` or ``float`` for a numeric path parameter (sent as its text), else ``str``."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 16:
        schema = spec.resolve(schema["$ref"])
        seen += 1
    kind = schema.get("type") if isinstance(schema, dict) else None
    return {"integer": "int", "number": "float"}.get(kind, "str") if isinstance(kind, str) else "str"


def query_expression(
    name: str, param: Dict[str, Any], schema: Dict[str, Any], spec: Spec, arrays: str
) -> Optional[str]:
    """The value to send for a query parameter whose style differs from the client's array format.

    ``form`` with ``explode: false`` joins with commas, ``pipeDelimited`` and ``spaceDelimited`` with
    their separator; an exploded ``deepObject`` array is sent with indices (``expand[0]=a``).
    """
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 16:
        schema = spec.resolve(schema["$ref"])
        seen += 1
    if not isinstance(schema, dict) or not (schema.get("type") == "array" or "items" in schema):
        return None
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    guard = f"{name} if isinstance({name}, Omit) else "
    separator = {"pipeDelimited": "|", "spaceDelimited": " "}.get(style)
    if separator is None and style == "form" and not explode:
        separator = ","
    if separator is not None:
        if separator == "," and arrays == "comma":
            return None
        return guard + f'"{separator}".join(str(item) for item in {name})'
    if style == "deepObject":
        if arrays == "indices":
            return None
        return guard + f"{{str(index): item for index, item in enumerate({name})}}"
    return None


def form_array_format(encoding: Dict[str, Any]) -> str:
    """How lists in a form body are written: ``a[0]=x`` for deepObject properties (the common reading of
    deepObject for arrays), ``a=x,y`` for form without explode, else repeated keys."""
    styles = {str(e.get("style", "form")) for e in encoding.values() if isinstance(e, dict)}
    explodes = {bool(e.get("explode", True)) for e in encoding.values() if isinstance(e, dict)}
    if "deepObject" in styles:
        return "indices"
    if styles == {"form"} and explodes == {False}:
        return "comma"
    return "repeat"


def is_plain_object(schema: Dict[str, Any]) -> bool:
    """An object schema whose properties can be spread into method arguments."""
    return (
        bool(schema.get("properties"))
        and not ({"oneOf", "anyOf"} & set(schema))
        and (schema.get("type") in (None, "object"))
    )


def cookie_expression(params: List[ir.Param]) -> Optional[str]:
    """One ``Cookie`` header from the cookie parameters given, or ``omit`` when none is."""
    if not params:
        return None
    pairs = ", ".join(f'("{p.api_name}", {p.name})' for p in params)
    return f'"; ".join(f"{{key}}={{value}}" for key, value in ({pairs},) if not isinstance(value, Omit)) or omit'
