"""`check` notices a stale tree; overrides are copied in but may not replace generated files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from gen_helpers import SPECS, imported

from generator import GenerationError, check, generate
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


def _config_with_exports(tmp_path: Path, exports: dict) -> Path:
    config = yaml.safe_load(CONFIG.read_text())
    config["exports"] = exports
    path = tmp_path / "sdk.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_exported_override_names_load_lazily_at_top_level_and_eagerly_in_types(tmp_path: Path):
    overrides = tmp_path / "overrides"
    (overrides / "mininotes/lib").mkdir(parents=True)
    (overrides / "mininotes/types").mkdir(parents=True)
    (overrides / "mininotes/lib/__init__.py").write_text("")
    (overrides / "mininotes/lib/helpers.py").write_text("ANSWER = 42\n")
    (overrides / "mininotes/types/extra_note.py").write_text("class ExtraNote:\n    pass\n")
    config = _config_with_exports(
        tmp_path, {".": {"lib.helpers": ["ANSWER"]}, "types": {"types.extra_note": ["ExtraNote"]}}
    )
    out = tmp_path / "out"
    generate(SPEC, config, out, overrides=overrides)
    with imported(out, "mininotes") as package:
        assert "mininotes.lib.helpers" not in sys.modules
        assert "ANSWER" in dir(package) and "ANSWER" in package.__all__
        assert package.ANSWER == 42
        assert "mininotes.lib.helpers" in sys.modules
        assert package.types.ExtraNote.__module__ == "mininotes.types.extra_note"


def test_exported_module_that_does_not_exist_is_an_error_naming_it(tmp_path: Path):
    config = _config_with_exports(tmp_path, {".": {"lib.nowhere": ["Thing"]}})
    with pytest.raises(GenerationError) as info:
        generate(SPEC, config, tmp_path / "out", overrides=tmp_path / "no-overrides")
    (problem,) = info.value.report.errors
    assert problem.pointer == "#/exports/./lib.nowhere" and "'lib.nowhere'" in problem.message
    assert not (tmp_path / "out").exists()


def test_types_export_from_outside_its_package_is_an_error(tmp_path: Path):
    config = _config_with_exports(tmp_path, {"types": {"lib.helpers": ["ANSWER"]}})
    with pytest.raises(GenerationError) as info:
        generate(SPEC, config, tmp_path / "out", overrides=None)
    assert [d.pointer for d in info.value.report.errors] == ["#/exports/types/lib.helpers"]
