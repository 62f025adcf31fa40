"""Turn a method's header and file arguments into what the transport sends."""

from __future__ import annotations

import io
import os
from typing import Dict, List, Tuple, Mapping, Iterable, cast

from .._types import FileTypes
from ._common import is_given


def build_headers(values: Mapping[str, object]) -> Dict[str, str]:
    """Header parameters with omitted ones dropped; a list becomes one comma-joined value."""
    headers: Dict[str, str] = {}
    for name, value in values.items():
        if value is None or not is_given(value):
            continue
        if isinstance(value, (list, tuple)):
            headers[name] = ",".join(str(item) for item in cast("Iterable[object]", value))
        else:
            headers[name] = str(value)
    return headers


def _is_file_collection(value: object) -> bool:
    if isinstance(value, (bytes, bytearray, memoryview, str, tuple, io.IOBase, os.PathLike, Mapping)):
        return False
    if callable(getattr(value, "read", None)):  # file-like objects that don't subclass IOBase
        return False
    return isinstance(value, Iterable)


def with_defaults(values: object, defaults: List[str]) -> List[str]:
    """The caller's list with each default appended unless already there (sent once, not twice)."""
    given = [str(v) for v in values] if values is not None and is_given(values) else []  # type: ignore[attr-defined]
    return given + [d for d in defaults if d not in given]


def multipart_files(values: Mapping[str, object]) -> List[Tuple[str, FileTypes]]:
    """File arguments as multipart parts; a list of files is sent as repeated ``name[]`` parts."""
    parts: List[Tuple[str, FileTypes]] = []
    for name, value in values.items():
        if value is None or not is_given(value):
            continue
        # A tuple is one file, (filename, content[, content_type]); any other iterable that is
        # not itself file content (a list, a generator, ...) holds several files.
        if _is_file_collection(value):
            parts.extend((f"{name}[]", item) for item in value)  # type: ignore[attr-defined]
        else:
            parts.append((name, value))  # type: ignore[arg-type]
    return parts
