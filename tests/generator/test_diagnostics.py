"""A spec the generator cannot handle yields diagnostics with JSON pointers, a non-zero exit, and no writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from gen_helpers import SPECS

from generator import GenerationError, generate
from generator.cli import main


def _mini_copy(tmp_path: Path, edit) -> Path:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    doc = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    edit(doc)
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    return spec_dir


def _break_ref(doc: dict) -> None:
    doc["components"]["schemas"]["Note"]["properties"]["kind"] = {"$ref": "#/components/schemas/Missing"}


def test_dangling_ref_is_reported_with_its_pointer(tmp_path):
    spec_dir = _mini_copy(tmp_path, _break_ref)
    with pytest.raises(GenerationError) as info:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None)
    pointers = [d.pointer for d in info.value.report.errors]
    assert "#/components/schemas/Note/properties/kind" in pointers
    assert "does not resolve" in str(info.value)


def test_failed_run_leaves_previous_tree_untouched(tmp_path):
    out = tmp_path / "out"
    generate(SPECS / "mini" / "openapi.yaml", SPECS / "mini" / "sdk.yml", out, overrides=None, formatter="none")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spec_dir = _mini_copy(tmp_path, _break_ref)
    with pytest.raises(GenerationError):
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=None, formatter="none")
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-")], "staging trees must be cleaned up"


def test_cli_exits_non_zero_and_prints_pointer(tmp_path, capsys):
    spec_dir = _mini_copy(tmp_path, _break_ref)
    code = main(
        [
            "generate",
            "--spec",
            str(spec_dir / "openapi.yaml"),
            "--config",
            str(spec_dir / "sdk.yml"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "#/components/schemas/Note/properties/kind" in err
    assert not (tmp_path / "out").exists()


def test_invalid_openapi_structure_is_an_error(tmp_path):
    def drop_responses(doc: dict) -> None:
        del doc["paths"]["/v1/notes/{note_id}"]["get"]["responses"]

    spec_dir = _mini_copy(tmp_path, drop_responses)
    with pytest.raises(GenerationError) as info:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None)
    assert any("/paths/~1v1~1notes~1{note_id}/get" in d.pointer for d in info.value.report.errors)


def test_unknown_sdk_yml_key_is_an_error_naming_it(tmp_path):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["resources"]["notes"]["methods"]["create"]["paginate"] = "page"
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config))
    with pytest.raises(GenerationError) as info:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None)
    assert [d.pointer for d in info.value.report.errors] == ["#/resources/notes/methods/create/paginate"]
    assert info.value.report.errors[0].source == "config"


def test_schema_that_cannot_become_a_type_is_an_error_not_a_silent_drop(tmp_path):
    def weird(doc: dict) -> None:
        doc["components"]["schemas"]["Note"]["properties"]["odd"] = {"not": {"type": "string"}}

    spec_dir = _mini_copy(tmp_path, weird)
    with pytest.raises(GenerationError) as info:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None)
    (problem,) = info.value.report.errors
    assert problem.pointer == "#/components/schemas/Note/properties/odd"
    assert "cannot turn this schema into a Python type" in problem.message


def test_operation_missing_from_sdk_yml_is_generated_with_a_warning(tmp_path):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    del config["resources"]["notes"]["methods"]["retrieve"]
    config["resources"]["other"] = config["resources"].pop("notes")
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config))
    result = generate(
        spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none"
    )
    warnings = [d for d in result.report.diagnostics if d.severity.value == "warning"]
    assert any("notes_get" in d.message for d in warnings)
    assert "def notes_get(" in (tmp_path / "out/src/mininotes/resources/notes.py").read_text()


def test_schema_no_operation_uses_is_emitted_with_a_warning(tmp_path):
    def orphan(doc: dict) -> None:
        doc["components"]["schemas"]["Orphan"] = {"type": "object", "properties": {"x": {"type": "integer"}}}

    spec_dir = _mini_copy(tmp_path, orphan)
    result = generate(
        spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none"
    )
    assert [d.pointer for d in result.report.diagnostics] == ["#/components/schemas/Orphan"]
    assert "class Orphan(BaseModel)" in (tmp_path / "out/src/mininotes/types/orphan.py").read_text()


def test_inline_name_for_a_pointer_that_matches_nothing_is_a_config_warning(tmp_path):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["types"]["inline"]["#/components/schemas/Note/properties/nope"] = {"model": "Nope"}
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config))
    result = generate(
        spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none"
    )
    (warning,) = result.report.diagnostics
    assert warning.source == "config" and warning.pointer == "#/components/schemas/Note/properties/nope"
    assert "'Nope'" in warning.message
