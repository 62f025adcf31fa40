"""`check` notices a stale tree; overrides are copied in but may not replace generated files."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_helpers import SPECS

from generator import check, generate
from generator.cli import main

SPEC = SPECS / "mini" / "openapi.yaml"
CONFIG = SPECS / "mini" / "sdk.yml"


def test_check_passes_on_fresh_tree_and_lists_stale_files(tmp_path: Path, capsys):
    out = tmp_path / "out"
    generate(SPEC, CONFIG, out, overrides=None)
    assert check(SPEC, CONFIG, out, overrides=None).fresh

    (out / "src/mininotes/_client.py").write_text("# edited by hand\n")
    (out / "src/mininotes/stray.py").write_text("")
    (out / "api.md").unlink()
    outcome = check(SPEC, CONFIG, out, overrides=None)
    assert outcome.changed == ["src/mininotes/_client.py"]
    assert outcome.removed == ["src/mininotes/stray.py"]
    assert outcome.added == ["api.md"]

    code = main(
        [
            "check",
            "--spec",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--out",
            str(out),
            "--overrides",
            str(tmp_path / "none"),
        ]
    )
    assert code == 1
    assert "changed: src/mininotes/_client.py" in capsys.readouterr().err


def test_overrides_are_copied_into_the_package(tmp_path: Path):
    overrides = tmp_path / "overrides"
    (overrides / "mininotes/lib").mkdir(parents=True)
    (overrides / "mininotes/lib/helpers.py").write_text("ANSWER = 42\n")
    out = tmp_path / "out"
    generate(SPEC, CONFIG, out, overrides=overrides)
    assert (out / "src/mininotes/lib/helpers.py").read_text() == "ANSWER = 42\n"


def test_override_may_not_replace_a_generated_file(tmp_path: Path):
    overrides = tmp_path / "overrides"
    (overrides / "mininotes").mkdir(parents=True)
    (overrides / "mininotes/_client.py").write_text("# hand-written\n")
    out = tmp_path / "out"
    with pytest.raises(FileExistsError, match="_client.py"):
        generate(SPEC, CONFIG, out, overrides=overrides)
    assert not out.exists()
