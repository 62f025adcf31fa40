"""Request-side helpers shared by the `stream()` methods (kept free of heavy imports)."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Tuple

from ..._types import NOT_GIVEN

__all__ = ["helper_headers", "resolve_output_format"]


def helper_headers(extra_headers: Optional[Mapping[str, Any]], **more: str) -> Dict[str, Any]:
    """Headers naming the helper that sent the request; the caller's own headers win."""
    headers: Dict[str, Any] = {"X-Stainless-Helper-Method": "stream", **more}
    headers.update(extra_headers or {})
    return headers


def resolve_output_format(output_config: Any, output_format: Any) -> Tuple[Any, Any]:
    """Fold `output_format` into `output_config`.

    Returns the `output_config` to send and what the stream reads text blocks as
    (`output_format` itself, or NOT_GIVEN when it is absent).
    """
    from .._parse._format import merge_output_config, wants_output

    merged = merge_output_config(output_config, output_format)
    return merged, (output_format if wants_output(output_format) else NOT_GIVEN)
