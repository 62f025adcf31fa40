"""The two things a diff compares: each a spec (and, when there is one beside it, its sdk.yml), read
from a directory, a file, or a git ref without touching the working tree."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml
from pydantic import ValidationError

from ..config import SdkConfig

SPEC_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json")
CONFIG_NAME = "sdk.yml"
DEFAULT_SPEC = "spec/openapi.yaml"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader reads our spec about 6x faster


class DiffInputError(Exception):
    """An input the diff cannot read: a missing file, a spec that does not parse, an unknown git ref."""


class UnknownRef(DiffInputError):
    pass


@dataclass(frozen=True)
class Side:
    label: str
    """How reports name this side (``HEAD``, ``origin/main:spec/openapi.yaml``, ``spec/``)."""
    spec: Dict[str, Any]
    spec_name: str
    config: Optional[SdkConfig] = None
    config_raw: Any = None
    config_problem: Optional[str] = None
    """Why there is no config when an sdk.yml was found but could not be used."""


_PARSED: Dict[str, Dict[str, Any]] = {}


def parse_spec(text: str, name: str) -> Dict[str, Any]:
    """The document in ``text``; the same text twice (a ref against an unchanged working tree) is
    parsed once, and both sides then share the object (nothing here changes a document)."""
    if text in _PARSED:
        return _PARSED[text]
    try:
        document = json.loads(text) if name.endswith(".json") else yaml.load(text, Loader=_Loader)
    except (ValueError, yaml.YAMLError) as exc:
        raise DiffInputError(f"cannot parse {name}: {exc}") from exc
    if not isinstance(document, dict):
        raise DiffInputError(f"{name} does not hold an OpenAPI document (its top level is not a mapping)")
    if "swagger" in document:
        raise DiffInputError(f"{name} is Swagger {document['swagger']}; only OpenAPI 3.x is supported")
    version = str(document.get("openapi", ""))
    if not version.startswith("3."):
        raise DiffInputError(f"{name} has no `openapi: 3.x` field (found {version or 'none'!r})")
    _PARSED.clear()  # keep one document: enough for the two sides of one diff
    _PARSED[text] = document
    return document


def _side(label: str, spec_text: str, spec_name: str, config_text: Optional[str], config_name: str) -> Side:
    spec = parse_spec(spec_text, spec_name)
    if config_text is None:
        return Side(label, spec, spec_name)
    try:
        raw = yaml.load(config_text, Loader=_Loader)
        return Side(label, spec, spec_name, SdkConfig.model_validate(raw), raw)
    except (yaml.YAMLError, ValidationError) as exc:
        problem = f"{config_name} cannot be used ({str(exc).splitlines()[0]})"
        return Side(label, spec, spec_name, None, None, problem)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DiffInputError(f"cannot read {path}: {exc}") from exc


def from_path(path: Path, label: Optional[str] = None) -> Side:
    """A spec file (its sdk.yml is the one beside it, if any) or a directory holding ``openapi.yaml``
    directly or under ``spec/``."""
    label = label or str(path)
    if path.is_dir():
        for folder in (path, path / "spec"):
            found = next((folder / n for n in SPEC_NAMES if (folder / n).is_file()), None)
            if found is not None:
                return from_path(found, label)
        raise DiffInputError(f"{path} holds no {' / '.join(SPEC_NAMES)} (nor does {path / 'spec'})")
    config = path.parent / CONFIG_NAME
    config_text = _read(config) if config.is_file() else None
    return _side(label, _read(path), str(path), config_text, str(config))


def _git(repo: Path, *args: str) -> Tuple[int, str, str]:
    try:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffInputError(f"cannot run git: {exc}") from exc
    return done.returncode, done.stdout, done.stderr.strip()


def repository(start: Path) -> Path:
    code, out, err = _git(start, "rev-parse", "--show-toplevel")
    if code != 0:
        raise DiffInputError(f"{start} is not inside a git repository ({err})")
    return Path(out.strip())


def from_git(spec: str, repo: Path) -> Side:
    """``REF`` (the spec at ``spec/openapi.yaml`` in that commit) or ``REF:path/to/openapi.yaml``, read
    with ``git show``; the working tree is not touched."""
    ref, _, inner = spec.partition(":")
    inner = inner or DEFAULT_SPEC
    code, _, err = _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if code != 0:
        raise UnknownRef(f"{ref!r} is not a commit, branch or tag in {repo}")
    code, text, err = _git(repo, "show", f"{ref}:{inner}")
    if code != 0:
        raise DiffInputError(f"{inner} does not exist at {ref} ({err})")
    config_path = str(Path(inner).parent / CONFIG_NAME) if Path(inner).parent != Path(".") else CONFIG_NAME
    code, config_text, _ = _git(repo, "show", f"{ref}:{config_path}")
    return _side(spec, text, f"{ref}:{inner}", config_text if code == 0 else None, f"{ref}:{config_path}")


def load_side(argument: str, repo_hint: Path) -> Side:
    """Whatever the user typed: an existing path, else a git ref (``REF`` or ``REF:path``)."""
    path = Path(argument)
    if path.exists():
        return from_path(path, argument)
    try:
        repo = repository(repo_hint)
    except DiffInputError as exc:
        raise DiffInputError(f"{argument!r} is not a file or directory, and cannot be a git ref: {exc}") from exc
    try:
        return from_git(argument, repo)
    except UnknownRef as exc:
        ref = argument.partition(":")[0]
        message = f"{argument!r} is not a file or directory, and {ref!r} is not a commit, branch or tag in {repo}"
        raise DiffInputError(message) from exc


def working_tree(start: Path, fallback: Path) -> Side:
    """``spec/`` of the repository holding ``start`` (or of ``fallback`` outside any repository)."""
    try:
        root = repository(start)
    except DiffInputError:
        root = fallback
    return from_path(root / "spec", "working tree")
