"""Example values that satisfy a schema, for the tests the generator emits.

``minimal`` gives required properties only; ``full`` gives every property. Values are plain JSON-like
Python objects; the template prints them with ``repr``. Recursive schemas stop at a fixed depth.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .types import is_null

MAX_DEPTH = 24
"""Nesting levels before giving up; recursion through the same $ref is cut earlier, at its second visit."""
FILE_CONTENT = b"file contents"


def example(node: Any, resolve: Callable[[str], Any], *, full: bool, depth: int = 0, seen: tuple = ()) -> Any:
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return None
    if "$ref" in node:
        ref = node["$ref"]
        if seen.count(ref) >= 2:
            return None
        return example(resolve(ref), resolve, full=full, depth=depth + 1, seen=(*seen, ref))
    if "example" in node and not isinstance(node["example"], (dict, list)):
        return node["example"]
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return next((v for v in node["enum"] if v is not None), None)
    for key in ("oneOf", "anyOf"):
        if key in node:
            members = [m for m in node[key] if not is_null(m)]
            # A named constant reads better than a placeholder string (a model id, say).
            chosen = next((m for m in members if isinstance(m, dict) and "const" in m), members[0] if members else None)
            return example(chosen, resolve, full=full, depth=depth + 1, seen=seen)
    if "allOf" in node:
        merged: dict = {}
        for member in node["allOf"]:
            value = example(member, resolve, full=full, depth=depth + 1, seen=seen)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "items" in node:
        kind = "array"
    if kind is None and "properties" in node:
        kind = "object"
    if kind == "string":
        return _string(node)
    if kind == "integer":
        return _number(node, int)
    if kind == "number":
        return _number(node, float)
    if kind == "boolean":
        return True
    if kind == "array":
        count = max(1, int(node.get("minItems", 1)))
        return [example(node.get("items", {}), resolve, full=full, depth=depth + 1, seen=seen) for _ in range(count)]
    if kind == "object":
        required = set(node.get("required", []))
        return {
            name: example(sub, resolve, full=full, depth=depth + 1, seen=seen)
            for name, sub in node.get("properties", {}).items()
            if full or name in required
        }
    return None


def _string(node: dict) -> Any:
    if node.get("format") == "binary" or "contentMediaType" in node:
        return FILE_CONTENT
    if node.get("format") == "date-time":
        return "2025-01-01T00:00:00Z"
    text = "string"
    pattern = node.get("pattern")
    if pattern:
        # Most patterns in API specs are a literal prefix followed by a character class.
        prefix = re.match(r"\^?([A-Za-z0-9_\-:.]*)", pattern)
        text = (prefix.group(1) if prefix else "") + "x1"
    return text.ljust(int(node.get("minLength", 0)), "x")


def _number(node: dict, kind: type) -> Any:
    if "minimum" in node:
        return kind(node["minimum"])
    if "exclusiveMinimum" in node and not isinstance(node["exclusiveMinimum"], bool):
        return kind(node["exclusiveMinimum"] + 1)
    if "maximum" in node and node["maximum"] < 0:
        return kind(node["maximum"])
    return kind(1)
