"""Request-side helpers shared by the `stream()` methods (kept free of heavy imports)."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Tuple

from ..._types import NOT_GIVEN, Omit
from ..._utils._common import is_given

__all__ = ["helper_headers", "resolve_output_format"]


def helper_headers(extra_headers: Optional[Mapping[str, Any]], **more: str) -> Dict[str, Any]:
    """Headers naming the helper that sent the request; the caller's own headers win."""
    headers: Dict[str, Any] = {"X-Stainless-Helper-Method": "stream", **more}
    headers.update(extra_headers or {})
    return headers


def resolve_output_format(output_config: Any, output_format: Any) -> Tuple[Any, Any]:
    """Fold `output_format` into `output_config`.

    Returns the `output_config` to send and the type to parse text blocks into
    (NOT_GIVEN when `output_format` is a ready-made JSON-schema dict or absent).
    """
    if isinstance(output_format, Omit) or output_format is None or not is_given(output_format):
        return output_config, NOT_GIVEN
    if is_given(output_config) and isinstance(output_config, Mapping) and "format" in output_config:
        raise TypeError("Pass the output format either as `output_format` or as `output_config['format']`, not both.")
    parse_as: Any = NOT_GIVEN
    if isinstance(output_format, Mapping):
        fmt: Any = dict(output_format)
    else:
        from pydantic import TypeAdapter

        try:
            schema = TypeAdapter(output_format).json_schema()
        except Exception as err:
            raise TypeError(f"Could not derive a JSON schema from output_format={output_format!r}: {err}") from err
        fmt = {"type": "json_schema", "schema": _closed(schema)}
        parse_as = output_format
    merged = dict(output_config) if is_given(output_config) and isinstance(output_config, Mapping) else {}
    merged["format"] = fmt
    return merged, parse_as


def _closed(schema: Any) -> Any:
    """Structured outputs need objects that allow no properties beyond the declared ones."""
    if isinstance(schema, dict):
        out = {key: _closed(value) for key, value in schema.items()}
        if out.get("type") == "object" and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    return schema
