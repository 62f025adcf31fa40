"""Generated trees for small specs are byte-compared with committed golden records.

When a template or generator change is intended, run ``make golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_helpers import SPECS, generate_spec
from refresh_golden import GOLDEN, GOLDEN_SPECS

from generator.write import tree_bytes


@pytest.mark.parametrize("name", GOLDEN_SPECS)
def test_generated_tree_matches_golden_record(tmp_path: Path, name: str):
    actual = tree_bytes(generate_spec(name, tmp_path / "out"))
    expected = tree_bytes(GOLDEN / name)
    assert sorted(actual) == sorted(expected), "file list differs from the golden record; run `make golden`"
    different = [path for path in expected if actual[path] != expected[path]]
    assert not different, f"files differ from the golden record (run `make golden` if intended): {different}"


def test_generation_is_deterministic(tmp_path: Path):
    first = tree_bytes(generate_spec("mini", tmp_path / "a"))
    second = tree_bytes(generate_spec("mini", tmp_path / "b"))
    assert first == second


def test_generated_tree_holds_no_absolute_paths(tmp_path: Path):
    out = generate_spec("mini", tmp_path / "out")
    leaks = [p for p, data in tree_bytes(out).items() if str(tmp_path).encode() in data or str(SPECS).encode() in data]
    assert leaks == []
