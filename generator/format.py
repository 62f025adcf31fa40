"""Format an emitted tree with ruff (default) or black, in one process call over the whole tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FORMATTERS = ("ruff", "black", "none")

# The generated package carries its own ruff settings (pyproject.toml) so that formatting does not
# depend on where the tree is written.


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} failed:\n{result.stdout}\n{result.stderr}")


def format_tree(root: Path, formatter: str = "ruff") -> None:
    if formatter == "none":
        return
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r}; choose one of {', '.join(FORMATTERS)}")
    ruff = [sys.executable, "-m", "ruff"]
    # Unused imports are removed by ruff (F401) so templates can import a fixed preamble.
    _run([*ruff, "check", "--no-cache", "--fix", "--quiet", "--exit-zero", "--select", "F401,I", "."], root)
    if formatter == "black":
        _run([sys.executable, "-m", "black", "--quiet", "--line-length", "120", "."], root)
    else:
        _run([*ruff, "format", "--no-cache", "."], root)
