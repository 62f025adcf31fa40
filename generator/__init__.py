"""Generate the Python SDK from an OpenAPI description and ``sdk.yml``.

Library API: :func:`generate` and :func:`check`. ``python -m generator`` is a thin shell over them.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from .config import load_config
from .derive import derive_config
from .diagnostics import Diagnostic, GenerationError, Report, Severity, pointer
from .format import format_tree
from .ir.build import build_package
from .load import load_spec
from .render import render
from .write import copy_overrides, replace_tree, tree_bytes, write_files

__all__ = ["generate", "check", "emit", "GenerationError", "Report", "Diagnostic", "Severity", "Result", "ROOT"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    report: Report
    files: List[str] = field(default_factory=list)


def emit(
    spec_path: Path,
    config_path: Optional[Path],
    staging: Path,
    *,
    templates: Path = ROOT / "templates",
    overrides: Optional[Path] = ROOT / "overrides",
    formatter: str = "ruff",
) -> Result:
    """Generate into the empty directory ``staging``; raise :class:`GenerationError` on input errors.

    With ``config_path`` None the sdk.yml is derived from the spec alone (see ``generator/derive.py``).
    """
    report = Report()
    spec = load_spec(Path(spec_path), report)
    if config_path is None:
        config = derive_config(spec, report) if spec is not None else None
    else:
        config = load_config(Path(config_path), report)
    if spec is None or config is None:
        raise GenerationError(report)
    package = build_package(spec, config, report, derived=config_path is None)
    if not report.ok:
        raise GenerationError(report)
    files = render(package, Path(templates))
    write_files(staging, files)
    if overrides is not None:
        copy_overrides(Path(overrides), staging, package.name)
    _check_exports(config.exports, staging / "src" / package.name, report)
    format_tree(staging, formatter)
    return Result(report=report, files=sorted(tree_bytes(staging)))


def _check_exports(exports: Dict[str, Dict[str, List[str]]], package_dir: Path, report: Report) -> None:
    """Every module sdk.yml ``exports`` names must exist in the output (usually from overrides/)."""
    for package, modules in exports.items():
        for module in modules:
            base = package_dir.joinpath(*module.split("."))
            if not (base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()):
                report.error(
                    pointer("exports", package, module),
                    f"module {module!r} exists neither in overrides/ nor in the generated package",
                    source="config",
                )
    if not report.ok:
        raise GenerationError(report)


def generate(
    spec_path: Path,
    config_path: Optional[Path],
    out_dir: Path,
    *,
    templates: Path = ROOT / "templates",
    overrides: Optional[Path] = ROOT / "overrides",
    formatter: str = "ruff",
) -> Result:
    """Regenerate ``out_dir``. On any failure the previous tree is left as it was."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    try:
        result = emit(spec_path, config_path, staging, templates=templates, overrides=overrides, formatter=formatter)
        replace_tree(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return result


@dataclass
class CheckResult:
    report: Report
    changed: List[str]
    added: List[str]
    removed: List[str]

    @property
    def fresh(self) -> bool:
        return not (self.changed or self.added or self.removed)


def check(
    spec_path: Path,
    config_path: Optional[Path],
    out_dir: Path,
    *,
    templates: Path = ROOT / "templates",
    overrides: Optional[Path] = ROOT / "overrides",
    formatter: str = "ruff",
) -> CheckResult:
    """Regenerate into a temporary tree and compare it with ``out_dir`` file by file."""
    with tempfile.TemporaryDirectory(prefix="sdk-check-") as tmp:
        staging = Path(tmp) / "out"
        staging.mkdir()
        result = emit(spec_path, config_path, staging, templates=templates, overrides=overrides, formatter=formatter)
        expected = tree_bytes(staging)
    actual = tree_bytes(Path(out_dir)) if Path(out_dir).exists() else {}
    return CheckResult(
        report=result.report,
        changed=sorted(p for p in expected if p in actual and actual[p] != expected[p]),
        added=sorted(p for p in expected if p not in actual),
        removed=sorted(p for p in actual if p not in expected),
    )
