"""Example messages and values built from the generated types, for the streaming tests."""

from __future__ import annotations

import datetime
import inspect
from typing import Any, Dict, List, Type

import pydantic
from anthropic._utils._typing import get_args, get_origin, is_literal_type, is_union, strip_annotated_type


def union_members(union: Any) -> List[Type[pydantic.BaseModel]]:
    union = strip_annotated_type(union)
    return [strip_annotated_type(m) for m in get_args(union)] if is_union(get_origin(union)) else [union]


def type_tag(model: Type[pydantic.BaseModel]) -> str:
    return str(get_args(model.model_fields["type"].annotation)[0])


def example_value(annotation: Any, depth: int = 0) -> Any:
    """A small value that validates as ``annotation`` (first choice of every union)."""
    annotation = strip_annotated_type(annotation)
    origin = get_origin(annotation)
    if annotation is str:
        return "example text"
    if annotation is bool:
        return True
    if annotation is int:
        return 3
    if annotation is float:
        return 0.5
    if annotation in (object, Any):
        return {"key": "value"}
    if annotation is type(None):
        return None
    if annotation in (datetime.datetime,):
        return "2025-01-01T00:00:00Z"
    if is_literal_type(annotation):
        return get_args(annotation)[0]
    if is_union(origin):
        options = [a for a in get_args(annotation) if a is not type(None)]
        return example_value(options[0], depth + 1)
    if origin in (list, List):
        return [example_value(get_args(annotation)[0], depth + 1)]
    if origin in (dict, Dict):
        return {"key": example_value(get_args(annotation)[1], depth + 1)}
    if inspect.isclass(annotation) and issubclass(annotation, pydantic.BaseModel):
        return {
            (field.alias or name): example_value(field.annotation, depth + 1)
            for name, field in annotation.model_fields.items()
        }
    raise NotImplementedError(f"no example for {annotation!r}")


def example_message(blocks: List[Dict[str, Any]], *, beta: bool = False) -> Dict[str, Any]:
    """A final message holding ``blocks``, every other field filled in from the generated type."""
    from anthropic.types import Message
    from anthropic.types.beta import BetaMessage

    message: Dict[str, Any] = example_value(BetaMessage if beta else Message)
    message.update(id="msg_example", model="claude-opus-4-6", content=blocks, stop_reason="end_turn")
    message["stop_sequence"] = None
    message["usage"].update(input_tokens=12, output_tokens=34)
    return message
