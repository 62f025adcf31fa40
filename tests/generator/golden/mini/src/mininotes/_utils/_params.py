"""Turn a method's header and file arguments into what the transport sends."""

from __future__ import annotations

from typing import Dict, List, Tuple, Mapping

from .._types import FileTypes
from ._common import is_given


def build_headers(values: Mapping[str, object]) -> Dict[str, str]:
    """Header parameters with omitted ones dropped; a list becomes one comma-joined value."""
    headers: Dict[str, str] = {}
    for name, value in values.items():
        if value is None or not is_given(value):
            continue
        if isinstance(value, (list, tuple)):
            headers[name] = ",".join(str(item) for item in value)
        else:
            headers[name] = str(value)
    return headers


def multipart_files(values: Mapping[str, object]) -> List[Tuple[str, FileTypes]]:
    """File arguments as multipart parts; a list of files is sent as repeated ``name[]`` parts."""
    parts: List[Tuple[str, FileTypes]] = []
    for name, value in values.items():
        if value is None or not is_given(value):
            continue
        # A tuple is one file, (filename, content[, content_type]); only a list holds several.
        if isinstance(value, list):
            parts.extend((f"{name}[]", item) for item in value)
        else:
            parts.append((name, value))  # type: ignore[arg-type]
    return parts
