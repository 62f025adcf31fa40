"""Response side of structured outputs: text blocks read as the requested `output_format`."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Type

import pydantic

from ..._utils._common import lru_cache
from ._errors import StructuredOutputError

__all__ = ["OutputParser", "output_parser", "parse_message", "type_adapter"]


@lru_cache(maxsize=256)
def _cached_adapter(output_format: Any) -> "pydantic.TypeAdapter[Any]":
    return pydantic.TypeAdapter(output_format)


def type_adapter(output_format: Any) -> "pydantic.TypeAdapter[Any]":
    """A `TypeAdapter` for `output_format`, reused across calls when the type is hashable."""
    try:
        hash(output_format)
    except TypeError:
        return pydantic.TypeAdapter(output_format)
    return _cached_adapter(output_format)


class OutputParser:
    """Reads the text of `text` blocks as the requested output.

    For a type, the text is validated as JSON of that type and a failure raises
    `StructuredOutputError`. For a JSON-schema dict there is no type to check
    against: the text is decoded as JSON, and left unparsed (None) when it is not.
    """

    def __init__(self, output_format: Any) -> None:
        self.output_format = output_format
        self._adapter = None if isinstance(output_format, Mapping) else type_adapter(output_format)

    def parse(self, text: str, *, index: Optional[int] = None, stop_reason: Optional[str] = None) -> Any:
        """The value `text` holds; raises `StructuredOutputError` when it does not fit the type."""
        try:
            return self.validate(text)
        except pydantic.ValidationError as err:
            raise self.error(err, text=text, index=index, stop_reason=stop_reason) from None

    def validate(self, text: str) -> Any:
        """Like `parse()`, but a failure raises pydantic's own `ValidationError`."""
        if self._adapter is None:
            try:
                return json.loads(text)
            except ValueError:
                return None
        return self._adapter.validate_json(text)

    def error(
        self, err: pydantic.ValidationError, *, text: str, index: Optional[int], stop_reason: Optional[str]
    ) -> pydantic.ValidationError:
        """`err` as a `StructuredOutputError` saying which block failed and why the reply ended."""
        return StructuredOutputError.wrap(
            err, text=text, index=index, stop_reason=stop_reason, output_format=self.output_format
        )


def output_parser(output_format: Any) -> Optional[OutputParser]:
    """A parser for `output_format`, or None when nothing was asked for."""
    from ._format import wants_output

    return OutputParser(output_format) if wants_output(output_format) else None


def _rebuild(model: pydantic.BaseModel, cls: Type[Any], **changes: Any) -> Any:
    """`model`'s data as an instance of `cls` (a subclass of its type), without validating again."""
    values: Dict[str, Any] = {name: getattr(model, name) for name in type(model).model_fields if name in model.__dict__}
    values.update(changes)
    fields_set = set(model.model_fields_set) | set(changes)
    built = cls.model_construct(_fields_set=fields_set, **values)
    extra = model.model_extra
    if extra:
        object.__setattr__(built, "__pydantic_extra__", {**(built.model_extra or {}), **extra})
    return built


def parse_message(
    message: Any,
    parser: Optional[OutputParser],
    *,
    message_cls: Type[Any],
    text_block_cls: Type[Any],
) -> Any:
    """`message` as `message_cls`, each `text` block a `text_block_cls` carrying `parsed_output`.

    Without a parser the blocks' `parsed_output` is None. The other blocks are kept as they are.
    """
    stop_reason = getattr(message, "stop_reason", None)
    content: List[Any] = []
    for index, block in enumerate(message.content):
        if getattr(block, "type", None) == "text" and isinstance(block, pydantic.BaseModel):
            changes: Dict[str, Any] = {}
            if parser is not None:
                text = getattr(block, "text", None) or ""
                changes["parsed_output"] = parser.parse(text, index=index, stop_reason=stop_reason)
            block = _rebuild(block, text_block_cls, **changes)
        content.append(block)
    return _rebuild(message, message_cls, content=content)
