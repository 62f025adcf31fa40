"""JSON schemas that `transform_schema` is checked on, by name.

Plain data, so the same inputs can be fed to the official 0.79 package (see
``data/record_transform_cases.py``) and to ours. Several are what pydantic 2 emits
for typical models (nested models, optionals, enums, literals, recursion,
discriminated unions, constrained fields); the rest are written by hand.
"""

from __future__ import annotations

from typing import Any, Dict

CASES: Dict[str, Any] = {
    "docstring_example": {"type": "integer", "minimum": 1, "maximum": 10, "description": "A number"},
    "flat_object": {
        "type": "object",
        "title": "Flat",
        "properties": {
            "s": {"type": "string"},
            "i": {"type": "integer"},
            "n": {"type": "number"},
            "b": {"type": "boolean"},
            "z": {"type": "null"},
        },
        "required": ["s", "i"],
    },
    "object_without_required": {"type": "object", "properties": {"a": {"type": "string"}}},
    "object_without_properties": {"type": "object"},
    "open_object_is_closed": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": True},
    "map_of_integers": {"type": "object", "additionalProperties": {"type": "integer"}, "title": "Counts"},
    "nested_objects": {
        "type": "object",
        "properties": {
            "outer": {
                "type": "object",
                "properties": {"inner": {"type": "object", "properties": {"leaf": {"type": "string"}}}},
                "required": ["inner"],
            }
        },
        "required": ["outer"],
    },
    "pydantic_nested_model": {
        "$defs": {
            "Address": {
                "properties": {
                    "city": {"title": "City", "type": "string"},
                    "zip": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Zip"},
                },
                "required": ["city"],
                "title": "Address",
                "type": "object",
            }
        },
        "properties": {
            "name": {"title": "Name", "type": "string"},
            "address": {"$ref": "#/$defs/Address"},
            "previous": {"items": {"$ref": "#/$defs/Address"}, "title": "Previous", "type": "array"},
        },
        "required": ["name", "address", "previous"],
        "title": "Person",
        "type": "object",
    },
    "pydantic_optional_with_default": {
        "anyOf": [{"type": "integer"}, {"type": "null"}],
        "default": None,
        "title": "Maybe",
    },
    "ref_drops_its_siblings": {
        "$defs": {"Inner": {"type": "object", "properties": {"x": {"type": "integer"}}}},
        "type": "object",
        "properties": {"inner": {"$ref": "#/$defs/Inner", "description": "described next to a ref"}},
    },
    "one_of_becomes_any_of": {"oneOf": [{"type": "string"}, {"type": "integer"}], "description": "either"},
    "all_of_is_kept": {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]},
    "any_of_wins_over_one_of": {"anyOf": [{"type": "string"}], "oneOf": [{"type": "integer"}]},
    "pydantic_discriminated_union": {
        "$defs": {
            "Cat": {
                "properties": {
                    "kind": {"const": "cat", "title": "Kind", "type": "string"},
                    "lives": {"title": "Lives", "type": "integer"},
                },
                "required": ["kind", "lives"],
                "title": "Cat",
                "type": "object",
            },
            "Dog": {
                "properties": {
                    "kind": {"const": "dog", "title": "Kind", "type": "string"},
                    "good": {"default": True, "title": "Good", "type": "boolean"},
                },
                "required": ["kind"],
                "title": "Dog",
                "type": "object",
            },
        },
        "properties": {
            "pet": {
                "discriminator": {"mapping": {"cat": "#/$defs/Cat", "dog": "#/$defs/Dog"}, "propertyName": "kind"},
                "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
                "title": "Pet",
            }
        },
        "required": ["pet"],
        "title": "Pet",
        "type": "object",
    },
    "pydantic_constrained_fields": {
        "properties": {
            "when": {"format": "date-time", "title": "When", "type": "string"},
            "day": {"format": "date", "title": "Day", "type": "string"},
            "ident": {"format": "uuid", "title": "Ident", "type": "string"},
            "ratio": {"exclusiveMaximum": 1, "exclusiveMinimum": 0, "title": "Ratio", "type": "number"},
            "code": {"maxLength": 5, "minLength": 2, "pattern": "^[A-Z]+$", "title": "Code", "type": "string"},
            "items": {"items": {"type": "integer"}, "maxItems": 3, "minItems": 1, "title": "Items", "type": "array"},
        },
        "required": ["when", "day", "ident", "ratio", "code", "items"],
        "title": "Misc",
        "type": "object",
    },
    "supported_string_formats": {
        "type": "object",
        "properties": {
            fmt: {"type": "string", "format": fmt}
            for fmt in ("time", "duration", "email", "hostname", "uri", "ipv4", "ipv6")
        },
    },
    "unsupported_string_format": {"type": "string", "format": "binary", "description": "raw bytes"},
    "format_on_a_number_is_a_note": {"type": "integer", "format": "int64"},
    "array_min_items": {
        "type": "object",
        "properties": {
            "zero": {"type": "array", "items": {"type": "string"}, "minItems": 0},
            "one": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "two": {"type": "array", "items": {"type": "string"}, "minItems": 2, "uniqueItems": True},
        },
    },
    "array_without_items": {"type": "array"},
    "numeric_limits": {"type": "number", "minimum": 0, "maximum": 1.5, "multipleOf": 0.5},
    "defaults_and_examples": {
        "type": "object",
        "properties": {
            "flag": {"type": "boolean", "default": True},
            "word": {"type": "string", "default": "hi", "examples": ["hi", "yo"]},
            "list": {"type": "array", "items": {"type": "integer"}, "default": []},
        },
    },
    "title_and_description": {"type": "string", "title": "Name", "description": "The full name"},
    "deep_any_of_in_items": {
        "type": "array",
        "items": {
            "anyOf": [{"type": "object", "properties": {"a": {"type": "integer", "minimum": 3}}}, {"type": "null"}]
        },
    },
    # Where ours differs from 0.79 on purpose (see DIFFERENCES in test_transform_schema.py).
    "pydantic_enum": {
        "$defs": {"Color": {"enum": ["red", "green"], "title": "Color", "type": "string"}},
        "properties": {"color": {"$ref": "#/$defs/Color"}},
        "required": ["color"],
        "title": "Paint",
        "type": "object",
    },
    "pydantic_literal": {"enum": ["a", "b"], "title": "Kind", "type": "string"},
    "pydantic_single_literal": {"const": "only", "title": "Kind", "type": "string"},
    "enum_without_type": {"enum": [1, "one", None], "description": "mixed"},
    "draft7_definitions": {
        "definitions": {"Item": {"type": "object", "properties": {"n": {"type": "integer"}}}},
        "type": "object",
        "properties": {"item": {"$ref": "#/definitions/Item"}},
    },
    "pydantic_recursive_model": {
        "$defs": {
            "Tree": {
                "properties": {
                    "value": {"title": "Value", "type": "integer"},
                    "children": {
                        "default": [],
                        "items": {"$ref": "#/$defs/Tree"},
                        "title": "Children",
                        "type": "array",
                    },
                },
                "required": ["value"],
                "title": "Tree",
                "type": "object",
            }
        },
        "$ref": "#/$defs/Tree",
    },
    # Schemas that cannot be expressed.
    "error_no_type": {"description": "anything"},
    "error_any_property": {"type": "object", "properties": {"x": {}}},
    "error_unknown_type": {"type": "decimal"},
    "error_type_list": {"type": ["string", "null"]},
}
