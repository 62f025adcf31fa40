"""`transform_schema`: make a JSON Schema fit what structured outputs accept.

The API constrains generation with a subset of JSON Schema. This rewrites a
schema (or the schema of a pydantic model) into that subset:

* every object gets ``additionalProperties: false`` and its ``properties`` map;
* ``oneOf`` becomes ``anyOf``; ``$ref``, ``$defs`` (or ``definitions``), ``anyOf`` and
  ``allOf`` are kept (a ``$ref`` keeps nothing beside it but definitions);
* ``enum`` and ``const`` are kept, as are string formats the API knows and
  ``minItems`` of 0 or 1;
* any other keyword (``minimum``, ``pattern``, ``default``, ...) cannot be enforced,
  so it is written into the schema's ``description`` as ``{keyword: value, ...}``
  where the model can still read it.

The input is never modified.
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, List, Type, Union, Mapping, cast

import pydantic

__all__ = ["transform_schema"]

_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})

_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)

# minItems values the API can enforce; others go to the description.
_MIN_ITEMS = (0, 1)


def transform_schema(json_schema: Union[Type[pydantic.BaseModel], Mapping[str, Any]]) -> Dict[str, Any]:
    """Return a copy of `json_schema` that structured outputs accept.

    `json_schema` is a JSON Schema dict or a pydantic model class (its
    `model_json_schema()` is used). Raises `ValueError` naming the place in the
    schema that cannot be expressed (a schema with no type, an unknown type).

    ```py
    transform_schema({"type": "integer", "minimum": 1, "description": "How many"})
    # {'type': 'integer', 'description': 'How many\\n\\n{minimum: 1}'}
    ```
    """
    given = cast(object, json_schema)  # checked at run time: callers without a type checker pass anything
    if inspect.isclass(given) and issubclass(given, pydantic.BaseModel):
        given = given.model_json_schema()
    if not isinstance(given, Mapping):
        raise TypeError(
            f"transform_schema() takes a JSON Schema dict or a pydantic model class, not {type(given).__name__}"
        )
    return _strict(cast("Mapping[str, Any]", given), "#")


def _strict(node: object, where: str) -> Dict[str, Any]:
    if not isinstance(node, Mapping):
        raise ValueError(f"transform_schema: expected a schema object at {where}, got {node!r}")
    schema = cast("Mapping[str, Any]", node)
    rest = dict(schema)
    out: Dict[str, Any] = {}
    for defs_key in ("$defs", "definitions"):
        defs = rest.pop(defs_key, None)
        if defs is not None:
            if not isinstance(defs, Mapping):
                raise ValueError(f"transform_schema: {where}/{defs_key} must be an object of schemas")
            out[defs_key] = {
                name: _strict(sub, f"{where}/{defs_key}/{name}")
                for name, sub in cast("Mapping[str, object]", defs).items()
            }
    if "$ref" in rest:
        # A reference stands alone: keywords next to it are not carried over (the
        # definitions it may point to, kept above, are not "next to it" but its targets).
        out["$ref"] = rest["$ref"]
        return out

    kind = rest.pop("type", None)
    any_of = rest.pop("anyOf", None)
    one_of = rest.pop("oneOf", None)
    all_of = rest.pop("allOf", None)
    has_enum = "enum" in rest or "const" in rest
    if any_of is not None:
        out["anyOf"] = _variants(any_of, f"{where}/anyOf")
    elif one_of is not None:
        # Exactly-one cannot be enforced; at-least-one is the closest the API offers.
        out["anyOf"] = _variants(one_of, f"{where}/oneOf")
    elif all_of is not None:
        out["allOf"] = _variants(all_of, f"{where}/allOf")
    elif kind is not None:
        if not isinstance(kind, str) or kind not in _TYPES:
            raise ValueError(
                f"transform_schema: unsupported type {kind!r} at {where}; use one of {sorted(_TYPES)}"
                + (" (write a list of types as anyOf)" if isinstance(kind, list) else "")
            )
        out["type"] = kind
    elif not has_enum:
        raise ValueError(
            f"transform_schema: the schema at {where} has no 'type', 'anyOf', 'oneOf' or 'allOf' "
            f"(an unconstrained value such as `Any` cannot be expressed): {dict(schema)!r}"
        )

    for kept in ("enum", "const"):
        if kept in rest:
            out[kept] = rest.pop(kept)
    for kept in ("description", "title"):
        value = rest.pop(kept, None)
        if value is not None:
            out[kept] = value

    if kind == "object":
        properties: object = rest.pop("properties", None) or {}
        if not isinstance(properties, Mapping):
            raise ValueError(f"transform_schema: {where}/properties must be an object of schemas")
        out["properties"] = {
            name: _strict(sub, f"{where}/properties/{name}")
            for name, sub in cast("Mapping[str, object]", properties).items()
        }
        rest.pop("additionalProperties", None)
        out["additionalProperties"] = False
        required = rest.pop("required", None)
        if required is not None:
            out["required"] = required
    elif kind == "string" and "format" in rest:
        if rest["format"] in _STRING_FORMATS:
            out["format"] = rest.pop("format")
        else:
            rest["format"] = rest.pop("format")  # noted last, as 0.79 does
    elif kind == "array":
        items = rest.pop("items", None)
        if items is not None:
            out["items"] = _strict(items, f"{where}/items")
        if "minItems" in rest:
            if rest["minItems"] in _MIN_ITEMS:
                out["minItems"] = rest.pop("minItems")
            else:
                rest["minItems"] = rest.pop("minItems")  # noted last, as 0.79 does

    if rest:
        note = "{" + ", ".join(f"{key}: {value}" for key, value in rest.items()) + "}"
        description = out.get("description")
        out["description"] = note if description is None else f"{description}\n\n{note}"
    return out


def _variants(variants: object, where: str) -> List[Dict[str, Any]]:
    if not isinstance(variants, list):
        raise ValueError(f"transform_schema: {where} must be a list of schemas")
    return [_strict(variant, f"{where}/{i}") for i, variant in enumerate(cast("List[object]", variants))]
