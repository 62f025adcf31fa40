"""Read a tool's description and its parameters' descriptions from a docstring.

Three common layouts are understood, so the package needs no docstring library:

* Google: an ``Args:`` (or ``Arguments:``, ``Parameters:``, ``Keyword Args:`` ...) section whose
  entries read ``name: text`` or ``name (type): text``, continued on more deeply indented lines;
* Sphinx / reST: ``:param name: text`` or ``:param type name: text`` fields;
* NumPy: a ``Parameters`` heading underlined with dashes, entries ``name : type`` with the text
  indented below.

The description is everything before the first section or field, as written (blank-line paragraphs
kept). Sections that say nothing about parameters (``Returns:``, ``Raises:``, ``Example:`` ...) are
left out of both.
"""

from __future__ import annotations

import re
import inspect
from typing import Dict, List, Tuple, Optional

__all__ = ["parse_docstring"]

_PARAM_SECTIONS = {
    "args",
    "arguments",
    "parameters",
    "params",
    "keyword args",
    "keyword arguments",
    "kwargs",
    "other parameters",
}
_OTHER_SECTIONS = {
    "returns",
    "return",
    "yields",
    "yield",
    "raises",
    "raise",
    "except",
    "exceptions",
    "example",
    "examples",
    "note",
    "notes",
    "warning",
    "warnings",
    "warns",
    "see also",
    "attributes",
    "todo",
    "references",
    "methods",
}
_ALL_SECTIONS = _PARAM_SECTIONS | _OTHER_SECTIONS

# "Args:" style heading, alone on its line.
_GOOGLE_HEADING = re.compile(r"^([A-Za-z][A-Za-z ]*?)\s*:\s*$")
# "name: text", "name (int, optional): text", "*args: text"
_GOOGLE_ENTRY = re.compile(r"^\**([A-Za-z_][A-Za-z0-9_]*)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
# ":param name: text" or ":param int name: text" (also :arg:, :argument:, :key:, :keyword:)
_SPHINX_PARAM = re.compile(
    r"^:(?:param|parameter|arg|argument|key|keyword)\s+(?:[^:]*\s)?\**([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$"
)
_SPHINX_FIELD = re.compile(r"^:[A-Za-z]")
# "name : type" or a bare "name" inside a NumPy "Parameters" block.
_NUMPY_ENTRY = re.compile(r"^\**([A-Za-z_][A-Za-z0-9_]*)\s*(?::.*)?$")
_UNDERLINE = re.compile(r"^-{3,}\s*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(lines: List[str]) -> str:
    """Continuation lines, dedented and joined with newlines, surrounding blank lines dropped."""
    text = inspect.cleandoc("\n".join(lines)) if lines else ""
    return text.strip()


def _section_start(lines: List[str], index: int) -> Optional[Tuple[str, str]]:
    """(style, section name) when a section or field list starts at ``lines[index]``."""
    stripped = lines[index].strip()
    if _SPHINX_FIELD.match(stripped):
        return "sphinx", ""
    nxt = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if stripped.lower() in _ALL_SECTIONS and _UNDERLINE.match(nxt):
        return "numpy", stripped.lower()
    heading = _GOOGLE_HEADING.match(stripped)
    if heading and heading.group(1).strip().lower() in _ALL_SECTIONS:
        return "google", heading.group(1).strip().lower()
    return None


def parse_docstring(doc: Optional[str]) -> Tuple[str, Dict[str, str]]:
    """``(description, {parameter name: description})`` read from ``doc`` (either may be empty)."""
    if not doc or not doc.strip():
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    params: Dict[str, str] = {}

    first_section = len(lines)
    for index in range(len(lines)):
        if _section_start(lines, index) is not None:
            first_section = index
            break
    description = _join(lines[:first_section])

    index = first_section
    while index < len(lines):
        start = _section_start(lines, index)
        if start is None:
            index += 1
            continue
        style, name = start
        if style == "sphinx":
            index = _read_sphinx_field(lines, index, params)
        elif style == "numpy":
            index = _read_numpy_section(lines, index + 2, params if name in _PARAM_SECTIONS else None)
        else:
            index = _read_google_section(lines, index, params if name in _PARAM_SECTIONS else None)
    return description, params


def _read_google_section(lines: List[str], index: int, params: Optional[Dict[str, str]]) -> int:
    heading_indent = _indent(lines[index])
    index += 1
    entry_indent: Optional[int] = None
    current: Optional[str] = None
    body: List[str] = []

    def flush() -> None:
        if params is not None and current is not None and current not in params:
            params[current] = _join(body)

    while index < len(lines):
        line = lines[index]
        if line.strip():
            indent = _indent(line)
            if indent <= heading_indent:
                break  # the section ended
            if entry_indent is None:
                entry_indent = indent
            if indent <= entry_indent:
                entry = _GOOGLE_ENTRY.match(line.strip())
                flush()
                current, body = (entry.group(1), [entry.group(2)]) if entry else (None, [])
                index += 1
                continue
        body.append(line)
        index += 1
    flush()
    return index


def _read_sphinx_field(lines: List[str], index: int, params: Dict[str, str]) -> int:
    field_indent = _indent(lines[index])
    match = _SPHINX_PARAM.match(lines[index].strip())
    body = [match.group(2)] if match else []
    index += 1
    while index < len(lines):
        line = lines[index]
        if line.strip() and (_indent(line) <= field_indent or _SPHINX_FIELD.match(line.strip())):
            break
        body.append(line)
        index += 1
    if match and match.group(1) not in params:
        params[match.group(1)] = _join(body)
    return index


def _read_numpy_section(lines: List[str], index: int, params: Optional[Dict[str, str]]) -> int:
    current: Optional[str] = None
    body: List[str] = []

    def flush() -> None:
        if params is not None and current is not None and current not in params:
            params[current] = _join(body)

    while index < len(lines):
        if _section_start(lines, index) is not None:
            break
        line = lines[index]
        if line.strip() and _indent(line) == 0:
            flush()
            entry = _NUMPY_ENTRY.match(line.strip())
            current, body = (entry.group(1) if entry else None), []
        else:
            body.append(line)
        index += 1
    flush()
    return index
