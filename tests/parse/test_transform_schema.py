"""`transform_schema`, checked case by case against what the official 0.79 returns.

``data/transform_schema_0_79.json`` holds 0.79's output (or exception class) for every schema in
transform_cases.py (see ``data/record_transform_cases.py``). Ours must return the same, except for
the cases in DIFFERENCES, where 0.79 loses a constraint the API enforces or breaks a reference.
"""

from __future__ import annotations

import copy
import enum
import json
from pathlib import Path
from typing import Any, Dict, List, Literal, Optional

import anthropic
import pydantic
import pytest
from anthropic import transform_schema
from parse_examples import Person
from transform_cases import CASES

RECORDED: Dict[str, Any] = json.loads((Path(__file__).parent / "data" / "transform_schema_0_79.json").read_text())

# Where we differ from 0.79 on purpose, with our output. 0.79 writes `enum` and `const` into the
# description although structured outputs enforce both (so a `Literal` field was not constrained;
# later releases keep `enum` too), drops draft-7 `definitions` into the description and `$defs` next
# to a root `$ref` (leaving references that point nowhere), and rejects a type-less `enum`.
DIFFERENCES: Dict[str, Any] = {
    "pydantic_enum": {
        "$defs": {"Color": {"type": "string", "enum": ["red", "green"], "title": "Color"}},
        "type": "object",
        "title": "Paint",
        "properties": {"color": {"$ref": "#/$defs/Color"}},
        "additionalProperties": False,
        "required": ["color"],
    },
    "pydantic_literal": {"type": "string", "enum": ["a", "b"], "title": "Kind"},
    "pydantic_single_literal": {"type": "string", "const": "only", "title": "Kind"},
    "enum_without_type": {"enum": [1, "one", None], "description": "mixed"},
    "draft7_definitions": {
        "definitions": {
            "Item": {"type": "object", "properties": {"n": {"type": "integer"}}, "additionalProperties": False}
        },
        "type": "object",
        "properties": {"item": {"$ref": "#/definitions/Item"}},
        "additionalProperties": False,
    },
    "pydantic_recursive_model": {
        "$defs": {
            "Tree": {
                "type": "object",
                "title": "Tree",
                "properties": {
                    "value": {"type": "integer", "title": "Value"},
                    "children": {
                        "type": "array",
                        "title": "Children",
                        "items": {"$ref": "#/$defs/Tree"},
                        "description": "{default: []}",
                    },
                },
                "additionalProperties": False,
                "required": ["value"],
            }
        },
        "$ref": "#/$defs/Tree",
    },
}


def _with_kept_consts(recorded: Any) -> Any:
    """0.79's output for the discriminated union with `const` kept, which is the only difference there."""
    out = copy.deepcopy(recorded)
    for name in ("Cat", "Dog"):
        kind = out["$defs"][name]["properties"]["kind"]
        kind["const"] = kind.pop("description")[len("{const: ") : -1]
    return out


DIFFERENCES["pydantic_discriminated_union"] = _with_kept_consts(RECORDED["pydantic_discriminated_union"]["output"])

# 0.79 fails these with AssertionError (from `assert_never`); ours names the problem in a ValueError.
ERROR_DIFFERENCES = {"error_unknown_type", "error_type_list"}


def test_every_case_was_recorded():
    assert set(RECORDED) == set(CASES)


@pytest.mark.parametrize("name", sorted(set(CASES) - set(DIFFERENCES)))
def test_matches_0_79(name: str):
    recorded = RECORDED[name]
    if "error" in recorded:
        expected = "ValueError" if name in ERROR_DIFFERENCES else recorded["error"]
        with pytest.raises(Exception) as info:
            transform_schema(CASES[name])
        assert type(info.value).__name__ == expected
    else:
        assert transform_schema(CASES[name]) == recorded["output"]


@pytest.mark.parametrize("name", sorted(DIFFERENCES))
def test_deliberate_differences_from_0_79(name: str):
    ours = transform_schema(CASES[name])
    assert ours == DIFFERENCES[name]
    assert RECORDED[name] != {"output": ours}


def test_docstring_example():
    schema = {"type": "integer", "minimum": 1, "maximum": 10, "description": "A number"}
    assert transform_schema(schema) == {"type": "integer", "description": "A number\n\n{minimum: 1, maximum: 10}"}


def test_input_is_left_untouched():
    for schema in CASES.values():
        before = copy.deepcopy(schema)
        try:
            transform_schema(schema)
        except ValueError:
            pass
        assert schema == before


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"


class Part(pydantic.BaseModel):
    name: str
    color: Color
    finish: Literal["matte", "gloss"] = "matte"
    size: Optional[int] = pydantic.Field(default=None, description="in mm", ge=1)


class Assembly(pydantic.BaseModel):
    parts: List[Part] = pydantic.Field(min_length=1)
    main: Optional[Part] = None
    notes: Dict[str, str] = {}


def test_pydantic_model_class_is_read_through_its_json_schema():
    assert transform_schema(Assembly) == transform_schema(Assembly.model_json_schema())


def test_nested_models_optionals_and_enums():
    schema = transform_schema(Assembly)
    part = schema["$defs"]["Part"]
    assert schema["properties"]["parts"] == {
        "type": "array",
        "title": "Parts",
        "items": {"$ref": "#/$defs/Part"},
        "minItems": 1,
    }
    assert schema["properties"]["main"] == {
        "anyOf": [{"$ref": "#/$defs/Part"}, {"type": "null"}],
        "description": "{default: None}",
    }
    assert schema["properties"]["notes"] == {
        "type": "object",
        "title": "Notes",
        "properties": {},
        "additionalProperties": False,
        "description": "{default: {}}",
    }
    assert schema["$defs"]["Color"] == {"type": "string", "enum": ["red", "green"], "title": "Color"}
    assert part["properties"]["finish"] == {
        "type": "string",
        "enum": ["matte", "gloss"],
        "title": "Finish",
        "description": "{default: matte}",
    }
    assert part["properties"]["size"] == {
        "anyOf": [{"type": "integer", "description": "{minimum: 1}"}, {"type": "null"}],
        "description": "in mm\n\n{default: None}",
        "title": "Size",
    }
    assert part["additionalProperties"] is False and schema["additionalProperties"] is False


def test_unsupported_keywords_are_noted_in_the_description():
    schema = transform_schema(Person)
    assert schema["description"] == "A person mentioned in the text."
    assert schema["properties"]["age"] == {"type": "integer", "title": "Age", "description": "{minimum: 0}"}
    assert schema["properties"]["name"] == {"type": "string", "description": "Full name", "title": "Name"}


@pytest.mark.parametrize(
    "schema,message",
    [
        ({"type": "object", "properties": {"x": {}}}, "the schema at #/properties/x has no 'type'"),
        ({"type": "array", "items": {"type": "decimal"}}, "unsupported type 'decimal' at #/items"),
        ({"type": ["string", "null"]}, "write a list of types as anyOf"),
        ({"anyOf": {"type": "string"}}, "#/anyOf must be a list of schemas"),
        ({"type": "object", "properties": ["a"]}, "#/properties must be an object of schemas"),
        ({"$defs": {"A": "nope"}, "type": "string"}, "expected a schema object at #/$defs/A"),
    ],
)
def test_schemas_that_cannot_be_expressed_raise_value_error_naming_the_place(schema, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("$", r"\$")):
        transform_schema(schema)


def test_a_model_with_an_any_field_names_the_field():
    class Loose(pydantic.BaseModel):
        payload: Any

    with pytest.raises(ValueError, match="#/properties/payload has no 'type'"):
        transform_schema(Loose)


@pytest.mark.parametrize("value", ["{}", 3, None, ["type"]])
def test_non_schema_input_is_a_type_error(value):
    with pytest.raises(TypeError, match="takes a JSON Schema dict or a pydantic model class"):
        transform_schema(value)


def test_importable_where_0_79_has_it():
    from anthropic.lib._parse._transform import transform_schema as deep

    assert anthropic.transform_schema is deep is transform_schema
