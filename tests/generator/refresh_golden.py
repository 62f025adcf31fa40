"""Rewrite the golden records: ``make golden`` (then review the diff like any other change)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from generator import generate  # noqa: E402

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
GOLDEN = HERE / "golden"
GOLDEN_SPECS = ("mini",)


def refresh(name: str) -> Path:
    target = GOLDEN / name
    if target.exists():
        shutil.rmtree(target)
    generate(SPECS / name / "openapi.yaml", SPECS / name / "sdk.yml", target, overrides=None)
    return target


if __name__ == "__main__":
    for spec_name in GOLDEN_SPECS:
        print(f"refreshed {refresh(spec_name).relative_to(HERE.parents[1])}")
