"""Python spellings of names found in the spec."""

from __future__ import annotations

import keyword
import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def words(name: str) -> list[str]:
    """Split ``BashTool_20250124`` / ``message_batches`` / ``InputJSONDelta`` into words."""
    return _WORD.findall(name)


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(name))


def snake(name: str) -> str:
    out: list[str] = []
    for word in words(name):
        # Short digit runs stay glued to the word before them (``base64``); dates get their own word.
        if word.isdigit() and len(word) < 4 and out:
            out[-1] += word
        else:
            out.append(word.lower())
    return "_".join(out)


def module_name(name: str) -> str:
    """The module a type lives in: its name in snake case, never a keyword (``Import`` → ``import_``)."""
    text = snake(name) or "schema"
    if keyword.iskeyword(text):
        text += "_"
    if text[0].isdigit():
        text = "type_" + text
    return text


def identifier(name: str) -> str:
    """A safe Python identifier for an API property or parameter name."""
    text = re.sub(r"\W", "_", name)
    if not text or text[0].isdigit():
        text = "_" + text
    if keyword.iskeyword(text):
        text += "_"
    return text


def singular(name: str) -> str:
    if name.endswith(("ches", "shes", "sses", "xes")):
        return name[:-2]
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def relative_import(from_module: str, to_module: str) -> str:
    """The ``from`` clause that reaches ``to_module`` from inside ``from_module`` (both dotted)."""
    source = from_module.split(".")[:-1]
    target = to_module.split(".")
    common = 0
    while common < len(source) and common < len(target) - 1 and source[common] == target[common]:
        common += 1
    dots = "." * (len(source) - common + 1)
    return dots + ".".join(target[common:])


def runtime_prefix(module: str) -> str:
    """Leading dots that reach the package root from ``module``."""
    return "." * (module.count(".") + 1)


def py_literal(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if value is None:
        return "None"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return repr(value)
