"""Shared helpers for generator tests: generate a small spec into a temp dir and import the result."""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Iterator

from generator import generate

SPECS = Path(__file__).parent / "specs"


def generate_spec(name_or_dir: str | Path, out: Path, **kwargs: object) -> Path:
    spec_dir = SPECS / name_or_dir if isinstance(name_or_dir, str) else name_or_dir
    generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=None, **kwargs)  # type: ignore[arg-type]
    return out


@contextmanager
def imported(out: Path, package: str) -> Iterator[ModuleType]:
    """Import the generated ``package`` from ``out/src``, and forget it afterwards."""
    src = str(out / "src")
    sys.path.insert(0, src)
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(src)
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def generate_document(doc: dict, out: Path, config: Path | None = None, **kwargs: object):
    """Write ``doc`` (an OpenAPI document as a dict) beside ``out`` and generate from it; with no
    ``config`` the sdk.yml is derived from the spec. Returns the generation result."""
    import yaml

    spec = out.parent / f"{out.name}-openapi.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return generate(spec, config, out, overrides=None, **kwargs)  # type: ignore[arg-type]
