"""Python names for API names that are not safe as they are: fields, parameters, and the names an
annotation refers to.

Each rule here is deterministic and numbers nothing:

- ``field_name``: ``+1`` → ``plus_1``, ``-1`` → ``minus_1``, ``@odata.type`` → ``odata_type``,
  ``DateCreated<`` → ``DateCreated_lt``,
  ``$ref`` → ``ref``, ``2fa`` → ``field_2fa``, ``_links`` → ``links``, ``from`` → ``from_``;
- ``qualify_builtins``: inside a class with a field named ``object`` (or ``str``, …) the builtin is
  written ``builtins.object`` in that class's annotations, so the field can keep its API name;
- ``annotation_names``: the names an annotation refers to, outside string literals.
"""

from __future__ import annotations

import keyword
import re
from typing import Iterable, Set

BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "object", "list", "dict", "type"})
"""Builtins an emitted annotation may name; a field that shadows one gets them qualified instead."""

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|[A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)*')
_COMPARISONS = (("<=", "lte"), (">=", "gte"), ("<", "lt"), (">", "gt"), ("!=", "ne"))
_SYMBOLS = {"+": "plus", "-": "minus", "*": "star", "#": "number", "%": "percent", "&": "and", "=": "equals"}


def field_name(api_name: str) -> str:
    """A public Python identifier for an API property name (never starting with an underscore,
    which pydantic would take for a private attribute)."""
    text = api_name
    if text and text[0] in _SYMBOLS and (len(text) == 1 or not text[1].isalpha() or text[0] in "+-"):
        text = _SYMBOLS[text[0]] + "_" + text[1:]
    for symbol, word in _COMPARISONS:
        text = text.replace(symbol, f"_{word}_")
    text = re.sub(r"\W+", "_", text).strip("_")
    if not text:
        text = "_".join(_SYMBOLS.get(ch, "symbol") for ch in api_name) or "field"
    if text[0].isdigit():
        text = "field_" + text
    if keyword.iskeyword(text):
        text += "_"
    return text


def annotation_names(annotation: str) -> Set[str]:
    """Top-level names an annotation uses (``Optional[List[Foo]]`` → Optional, List, Foo)."""
    names = set()
    for match in _TOKEN.finditer(annotation):
        token = match.group(0)
        if token[0] in "\"'":
            continue
        names.add(token.split(".", 1)[0])
    return names


def qualify_builtins(annotation: str, shadowed: Iterable[str]) -> str:
    """Write each builtin in ``shadowed`` as ``builtins.<name>``, leaving string literals alone."""
    targets = set(shadowed) & BUILTIN_TYPES
    if not targets:
        return annotation

    def swap(match: "re.Match[str]") -> str:
        token = match.group(0)
        return "builtins." + token if token in targets else token

    return _TOKEN.sub(swap, annotation)


def is_plain_key(name: str) -> bool:
    """Whether a TypedDict key can be written as a class attribute (else the functional form is used)."""
    return (
        name.isidentifier() and not keyword.iskeyword(name) and not (name.startswith("__") and not name.endswith("__"))
    )
