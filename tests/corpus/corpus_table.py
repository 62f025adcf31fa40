"""The table the corpus run prints: one row per spec, filled by the tests."""

from __future__ import annotations

from typing import Dict, List

ROWS: List[Dict[str, object]] = []

COLUMNS = (
    ("spec", "spec"),
    ("operations in", "ops_in"),
    ("operations out", "ops_out"),
    ("schemas", "schemas"),
    ("types", "types"),
    ("diagnostics (error/warning/info)", "diagnostics"),
    ("generate s", "seconds"),
    ("import s", "import_seconds"),
    ("pyright errors", "pyright"),
    ("numbered names", "numbered"),
)


def table(rows: List[Dict[str, object]]) -> List[str]:
    head = "| " + " | ".join(title for title, _ in COLUMNS) + " |"
    rule = "| " + " | ".join("---" if key == "spec" else "---:" for _, key in COLUMNS) + " |"
    body = [
        "| " + " | ".join(str(row.get(key, "")) for _, key in COLUMNS) + " |"
        for row in sorted(rows, key=lambda r: str(r["spec"]))
    ]
    return [head, rule, *body]
