"""Request side of structured outputs: `output_format` (a type or a dict) as the `output_config` sent."""

from __future__ import annotations

import inspect
import warnings
from typing import Any, Dict, Mapping, cast

import pydantic

from ..._exceptions import AnthropicError
from ..._utils._common import is_given
from ._transform import transform_schema

__all__ = [
    "STRUCTURED_OUTPUTS_BETA",
    "json_output_format",
    "merge_output_config",
    "wants_output",
    "warn_if_deprecated_format",
]

# What `beta.messages.parse()` adds to the `anthropic-beta` header.
STRUCTURED_OUTPUTS_BETA = "structured-outputs-2025-12-15"


def wants_output(output_format: object) -> bool:
    """Whether `output_format` asks for anything (omitted and None do not)."""
    return output_format is not None and is_given(output_format)


def json_output_format(output_format: Any) -> Dict[str, Any]:
    """The `{"type": "json_schema", "schema": ...}` format sent for `output_format`.

    - a type (a pydantic model, a dataclass, `List[int]`, ...): its JSON schema, made
      strict by `transform_schema`;
    - a dict with `"type": "json_schema"`: sent as given;
    - any other dict: taken as a JSON schema and made strict by `transform_schema`.
    """
    if isinstance(output_format, Mapping):
        given = cast("Mapping[str, Any]", output_format)
        if given.get("type") == "json_schema":
            return dict(given)
        return {"schema": transform_schema(given), "type": "json_schema"}
    if isinstance(output_format, pydantic.BaseModel):
        raise TypeError(
            f"output_format takes a type, not an instance: pass {type(output_format).__name__}, "
            f"not {type(output_format).__name__}(...)"
        )
    if isinstance(output_format, (str, bytes, int, float, bool)):
        raise TypeError(f"output_format must be a type or a JSON schema dict, not {output_format!r}")
    from ._response import type_adapter

    try:
        schema = type_adapter(output_format).json_schema()
    except pydantic.PydanticUserError as err:
        name = output_format.__name__ if inspect.isclass(output_format) else repr(output_format)
        raise TypeError(
            f"Could not build a JSON schema for output_format={name}; use a pydantic model or another type "
            f"`pydantic.TypeAdapter` can describe, or pass a JSON schema dict. ({err})"
        ) from err
    return {"schema": transform_schema(schema), "type": "json_schema"}


def merge_output_config(output_config: Any, output_format: Any) -> Any:
    """`output_config` with `output_format` as its `format` (omitted when neither is given).

    Giving a format both ways is ambiguous and raises `AnthropicError`.
    """
    if not wants_output(output_format):
        return output_config
    config = cast("Mapping[str, Any]", output_config) if isinstance(output_config, Mapping) else None
    if config is not None and config.get("format") is not None:
        raise AnthropicError(
            "Both output_format and output_config['format'] were given; pass the output format only once."
        )
    merged: Dict[str, Any] = dict(config) if config is not None else {}
    merged["format"] = json_output_format(output_format)
    return merged


def warn_if_deprecated_format(output_format: object, stacklevel: int) -> None:
    """A format dict in `output_format` is the deprecated spelling of `output_config={"format": ...}`.

    A type is not warned about: `output_format` is the only way to ask for parsing.
    """
    if isinstance(output_format, Mapping):
        warnings.warn(
            "Passing a format dict as `output_format` is deprecated; pass it as `output_config={'format': ...}`.",
            DeprecationWarning,
            stacklevel=stacklevel,
        )
