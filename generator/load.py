"""Read the OpenAPI document, validate it with openapi-pydantic, and check every ``$ref``.

The IR builder works on the plain dict (JSON pointers map one-to-one onto it); the pydantic
validation here is the gate that makes that safe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml
from pydantic import ValidationError

from .bundle import bundle
from .diagnostics import Report, pointer


@dataclass(frozen=True)
class Spec:
    path: Path
    raw: dict[str, Any]

    def resolve(self, ref: str) -> Any:
        return resolve_pointer(self.raw, ref)

    @property
    def schemas(self) -> dict[str, Any]:
        return self.raw.get("components", {}).get("schemas", {})


def read_document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


def resolve_pointer(document: Any, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        else:
            node = node[part]
    return node


def _walk_refs(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield parts, ref
        for key, value in node.items():
            yield from _walk_refs(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, (*parts, str(index)))


def _pydantic_location(loc: tuple[Any, ...]) -> str:
    # openapi-pydantic reports tagged-union branches by class name; they are not part of the document path.
    return pointer(*(p for p in loc if not (isinstance(p, str) and p[:1].isupper() and p not in ("POST", "GET"))))


def load_spec(path: Path, report: Report) -> Spec | None:
    """Load and validate ``path``; problems go to ``report``. Returns None when the spec is unusable."""
    try:
        raw = read_document(path)
    except (OSError, yaml.YAMLError, json.JSONDecodeError) as exc:
        report.error("#", f"cannot read {path.name}: {exc}")
        return None
    if not isinstance(raw, dict):
        report.error("#", f"{path.name} does not hold an OpenAPI object")
        return None
    version = str(raw.get("openapi", ""))
    if not version.startswith("3."):
        report.error(pointer("openapi"), f"unsupported OpenAPI version {version!r}; expected 3.0 or 3.1")
        return None
    raw = bundle(raw, path, report)
    if not report.ok:
        return None
    # Imported here: it takes a fifth of a second, and `python -m generator diff` never validates.
    # Each version is checked against its own models: 3.0's `nullable` and boolean
    # `exclusiveMinimum` are not 3.1, and 3.1's type arrays are not 3.0.
    if version.startswith("3.0"):
        from openapi_pydantic.v3.v3_0 import OpenAPI
    else:
        from openapi_pydantic.v3.v3_1 import OpenAPI

    try:
        OpenAPI.model_validate(raw)
    except ValidationError as exc:
        for problem in exc.errors():
            report.error(_pydantic_location(problem["loc"]), f"invalid OpenAPI: {problem['msg']}")
    for parts, ref in _walk_refs(raw):
        where = pointer(*parts)
        if not ref.startswith("#/"):
            report.error(where, f"$ref {ref!r} points outside this document, which is not supported yet")
            continue
        try:
            resolve_pointer(raw, ref)
        except (KeyError, IndexError, ValueError, TypeError):
            report.error(where, f"$ref {ref!r} does not resolve")
    if not report.ok:
        return None
    return Spec(path=path, raw=raw)
