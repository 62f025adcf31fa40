"""Read a tool's description and its parameters' descriptions from a docstring.

`docstring_parser` recognises the Google (`Args:`), Sphinx (`:param x:`) and NumPy (`Parameters`
heading) layouts; sections that say nothing about parameters (`Returns:`, `Raises:` ...) are left out.
"""

from __future__ import annotations

from typing import Dict, Optional, Tuple

__all__ = ["parse_docstring"]


def parse_docstring(doc: Optional[str]) -> Tuple[str, Dict[str, str]]:
    """``(description, {parameter name: description})`` read from ``doc`` (either may be empty)."""
    if not doc or not doc.strip():
        return "", {}
    import docstring_parser  # only tools built from functions need it

    parsed = docstring_parser.parse(doc)
    description = "\n\n".join(part for part in (parsed.short_description, parsed.long_description) if part)
    params = {param.arg_name: param.description for param in parsed.params if param.description}
    return description, params
