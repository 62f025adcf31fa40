"""Bring ``$ref``s that point into other files into the one document the generator works on.

A spec split over files (``$ref: common.yaml#/components/schemas/Error``, ``$ref: pet.yaml``) is
bundled before validation: each referenced schema is lifted under ``#/components/schemas`` (other
components under their own section), keeping its name where it is free, and every ``$ref`` is
rewritten to point into the main document. Other referenced nodes (a parameter, a response, a path
item written in another file) are copied in place. What was lifted, and under which name, is an info
diagnostic; a file or pointer that cannot be read is an error at the ``$ref`` that names it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

from .diagnostics import Report, pointer
from .ir.naming import pascal

_SCHEMA_KEYS = frozenset(
    {
        "schema",
        "items",
        "additionalProperties",
        "not",
        "allOf",
        "oneOf",
        "anyOf",
        "properties",
        "schemas",
        "prefixItems",
    }
)
_COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "pathItems")


def has_external_refs(node: Any) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return False


def _split(ref: str) -> Tuple[str, str]:
    location, _, fragment = ref.partition("#")
    return location, "#" + fragment if fragment else "#"


def _walk_pointer(document: Any, fragment: str) -> Any:
    node = document
    if fragment in ("#", "#/"):
        return node
    for part in fragment[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


class Bundler:
    def __init__(self, raw: Dict[str, Any], path: Path, report: Report) -> None:
        self.raw = raw
        self.root = path.resolve()
        self.report = report
        self.documents: Dict[Path, Any] = {self.root: raw}
        self.lifted: Dict[Tuple[Path, str], str] = {}
        """(file, fragment) of a lifted node → its ``$ref`` in the main document."""

    def run(self) -> Dict[str, Any]:
        self._rewrite(self.raw, self.root, ())
        return self.raw

    # -- reading other files -----------------------------------------------------------------------

    def _document(self, path: Path, where: str) -> Optional[Any]:
        if path not in self.documents:
            try:
                text = path.read_text(encoding="utf-8")
                self.documents[path] = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
            except (OSError, ValueError, yaml.YAMLError) as exc:
                self.report.error(where, f"cannot read the file this $ref names ({path.name}): {exc}")
                self.documents[path] = None
        return self.documents[path]

    # -- rewriting ---------------------------------------------------------------------------------

    def _rewrite(self, node: Any, source: Path, parts: Tuple[str, ...]) -> None:
        """Rewrite every ``$ref`` under ``node`` (which was read from ``source``) in place."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                replacement = self._target(ref, source, parts)
                if replacement is not None:
                    if isinstance(replacement, str):
                        node["$ref"] = replacement
                    else:
                        # The copy's own refs are already rewritten (relative to its file).
                        siblings = {k: v for k, v in node.items() if k != "$ref"}
                        for key, value in siblings.items():
                            self._rewrite(value, source, (*parts, str(key)))
                        node.clear()
                        node.update(replacement)
                        node.update(siblings)
                        return
            for key, value in list(node.items()):
                if key != "$ref":
                    self._rewrite(value, source, (*parts, str(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self._rewrite(value, source, (*parts, str(index)))

    def _target(self, ref: str, source: Path, parts: Tuple[str, ...]) -> Any:
        """The new ``$ref`` string, or a node to copy in place of the reference; None to leave it."""
        where = pointer(*parts) if source == self.root else f"{self._origin(source)}{pointer(*parts)}"
        location, fragment = _split(ref)
        if location.startswith(("http://", "https://")):
            self.report.error(where, f"$ref {ref!r} names a remote document; only local files can be bundled")
            return None
        if not location and source == self.root:
            return None  # a reference inside the main document stays as written
        path = (source.parent / location).resolve() if location else source
        document = self._document(path, where)
        if document is None:
            return None
        try:
            target = _walk_pointer(document, fragment)
        except (KeyError, IndexError, ValueError, TypeError):
            self.report.error(where, f"$ref {ref!r} does not resolve in {path.name}")
            return None
        key = (path, fragment)
        if key in self.lifted:
            return self.lifted[key]
        kind = self._kind(fragment, parts, target)
        if kind is None:
            copied = copy.deepcopy(target)
            if isinstance(copied, dict):
                # Refs inside the copy are relative to the file it came from.
                self._rewrite(copied, path, parts)
            return copied
        name = self._free_name(kind, self._wanted_name(path, fragment), target, path)
        new_ref = pointer("components", kind, name)
        self.lifted[key] = new_ref
        section = self.raw.setdefault("components", {}).setdefault(kind, {})
        lifted = copy.deepcopy(target)
        section[name] = lifted
        self.report.info(new_ref, f"bundled from {path.name}{fragment}", source="spec")
        self._rewrite(lifted, path, ("components", kind, name))
        return new_ref

    def _origin(self, path: Path) -> str:
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return path.name

    @staticmethod
    def _kind(fragment: str, parts: Tuple[str, ...], target: Any) -> Optional[str]:
        segments = fragment[2:].split("/") if fragment.startswith("#/") else []
        if len(segments) == 3 and segments[0] == "components" and segments[1] in _COMPONENT_KINDS:
            return segments[1]
        in_schema = any(p in _SCHEMA_KEYS for p in parts[-2:]) or (len(parts) >= 2 and parts[-2] == "properties")
        if in_schema:
            return "schemas"
        return None

    @staticmethod
    def _wanted_name(path: Path, fragment: str) -> str:
        segments = [s for s in fragment[2:].split("/") if s] if fragment.startswith("#/") else []
        base = segments[-1].replace("~1", "/").replace("~0", "~") if segments else path.stem
        return base

    def _free_name(self, kind: str, wanted: str, target: Any, path: Path) -> str:
        section = self.raw.get("components", {}).get(kind, {})
        if wanted not in section or section[wanted] == target:
            return wanted
        # Rule: a lifted name already taken by a different node gets its file's name in front
        # (``Error`` from common.yaml becomes ``CommonError``), then each parent folder's.
        prefix = ""
        for folder in (path.stem, *(p.name for p in path.parents)):
            prefix = pascal(folder) + prefix
            candidate = prefix + pascal(wanted)
            if candidate not in section:
                self.report.info(
                    pointer("components", kind, candidate),
                    f"{kind} name {wanted!r} is taken in the main document; the one from {path.name} is named "
                    f"{candidate!r} (rule: file-prefix)",
                )
                return candidate
        raise ValueError(f"no free name for {wanted!r} from {path}")


def bundle(raw: Dict[str, Any], path: Path, report: Report) -> Dict[str, Any]:
    if not has_external_refs(raw):
        return raw
    return Bundler(raw, path, report).run()
