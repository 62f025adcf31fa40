"""Rewrite the diff report golden records (``make golden`` runs this too); review the diff after."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from diff_helpers import GOLDEN, notes_side  # noqa: E402

from generator.diff import diff_sides, to_json, to_markdown  # noqa: E402

RECORDS = {"notes-report.md": to_markdown, "notes-report.json": to_json}


def render(name: str) -> str:
    return RECORDS[name](diff_sides(notes_side("v1"), notes_side("v2")))


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for record in RECORDS:
        (GOLDEN / record).write_text(render(record), encoding="utf-8")
        print(f"refreshed {(GOLDEN / record).relative_to(HERE.parents[2])}")
