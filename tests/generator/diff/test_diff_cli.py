"""``python -m generator diff``: inputs as directories, files and git refs; formats; exit statuses;
severity overrides and the ignore file; bad input exits 2 naming the problem."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from diff_helpers import SPECS

from generator.cli import main

V1, V2 = SPECS / "notes-v1", SPECS / "notes-v2"


def run(capsys, *args):
    code = main(["diff", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_directories_give_a_markdown_report(capsys):
    code, out, _ = run(capsys, V1, V2)
    assert code == 0
    assert out.startswith(f"## API diff: `{V1}` → `{V2}`")
    assert "**property-removed** `#/components/schemas/Note/properties/pinned`" in out


def test_spec_files_take_the_sdk_yml_beside_them(capsys):
    code, out, _ = run(capsys, V1 / "openapi.yaml", V2 / "openapi.yaml", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["summary"]["sdk"]["breaking"] == 3


def test_fail_on_breaking_exits_1(capsys):
    code, _, err = run(capsys, V1, V2, "--fail-on", "breaking")
    assert code == 1
    assert "breaking" in err


def test_fail_on_breaking_passes_when_nothing_breaks(capsys):
    code, _, _ = run(capsys, V1, V1, "--fail-on", "breaking")
    assert code == 0


def test_severity_override_reclasses_a_rule(capsys):
    overrides = ["--severity", "property-removed=non-breaking", "--severity", "type-narrowed=possibly-breaking"]
    code, out, _ = run(capsys, V1, V2, "--format", "json", "--no-sdk", "--fail-on", "breaking", *overrides)
    classes = {c["rule"]: c["class"] for c in json.loads(out)["spec_changes"]}
    assert (classes["property-removed"], classes["type-narrowed"]) == ("non-breaking", "possibly-breaking")
    assert code == 0


def test_ignore_file_drops_matching_changes_and_their_sdk_consequences(capsys, tmp_path):
    ignore = tmp_path / "diff-ignore.yml"
    ignore.write_text(
        "severity:\n  enum-value-added: non-breaking\n"
        "ignore:\n"
        "  - rule: property-removed\n    pointer: '#/components/schemas/Note/*'\n    reason: never shipped\n"
    )
    code, out, _ = run(capsys, V1, V2, "--format", "json", "--ignore", ignore)
    data = json.loads(out)
    assert code == 0
    assert "property-removed" not in {c["rule"] for c in data["spec_changes"]}
    assert "sdk-field-removed" not in {c["rule"] for c in data["sdk_changes"]}
    assert data["summary"]["ignored"] == 2
    assert {c["rule"]: c["class"] for c in data["spec_changes"]}["enum-value-added"] == "non-breaking"


def test_list_rules(capsys):
    code, out, _ = run(capsys, "--list-rules")
    assert code == 0
    assert out.count("\n") > 90 and "enum-value-added" in out


def test_output_file(capsys, tmp_path):
    target = tmp_path / "report.md"
    code, out, _ = run(capsys, V1, V2, "-o", target)
    assert (code, out) == (0, "")
    assert target.read_text().startswith("## API diff")


@pytest.mark.parametrize(
    "args, message",
    [
        (["/no/such/spec.yaml", str(V2)], "'/no/such/spec.yaml' is not a file or directory"),
        ([str(V1), "--severity", "no-such-rule=breaking"], "unknown rule 'no-such-rule'"),
        ([str(V1), "--severity", "property-removed=fatal"], "unknown class 'fatal'"),
    ],
    ids=["missing-path", "unknown-rule", "unknown-class"],
)
def test_bad_input_exits_2_naming_the_problem(capsys, args, message):
    if len(args) == 3:
        args = [args[0], str(V2), *args[1:]]
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert message in err


def test_unparsable_spec_exits_2(capsys, tmp_path):
    bad = tmp_path / "openapi.yaml"
    bad.write_text("openapi: 3.1.0\npaths: [unclosed\n")
    code, _, err = run(capsys, bad, V2)
    assert code == 2
    assert f"cannot parse {bad}" in err


def test_swagger_2_is_refused(capsys, tmp_path):
    old = tmp_path / "swagger.json"
    old.write_text('{"swagger": "2.0", "paths": {}}')
    code, _, err = run(capsys, old, V2)
    assert (code, err.strip()) == (2, f"error: {old} is Swagger 2.0; only OpenAPI 3.x is supported")


def test_bad_ignore_file_exits_2(capsys, tmp_path):
    ignore = tmp_path / "ignore.yml"
    ignore.write_text("ignore:\n  - reason: no rule and no pointer\n")
    code, _, err = run(capsys, V1, V2, "--ignore", ignore)
    assert code == 2
    assert "ignore entry 0 needs `rule` and/or `pointer`" in err


def test_missing_arguments_are_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["diff", str(V1)])
    assert info.value.code == 2
    assert "give OLD and NEW, or --base REF" in capsys.readouterr().err


# -- git refs ------------------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.test", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "repo"
    shutil.copytree(V1, root / "spec")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "v1")
    for name in ("openapi.yaml", "sdk.yml"):
        shutil.copy(V2 / name, root / "spec" / name)
    monkeypatch.chdir(root)
    return root


def test_base_compares_the_working_tree_with_a_ref(capsys, repo):
    before = git(repo, "status", "--porcelain")
    code, out, _ = run(capsys, "--base", "HEAD", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert (data["old"], data["new"]) == ("HEAD", "working tree")
    assert data["summary"]["spec"] == {"breaking": 2, "possibly-breaking": 1, "non-breaking": 2}
    assert git(repo, "status", "--porcelain") == before, "the working tree must not be touched"


def test_ref_with_path_and_ref_against_ref(capsys, repo):
    git(repo, "commit", "-q", "-am", "v2")
    code, out, _ = run(capsys, "HEAD~1:spec/openapi.yaml", "HEAD", "--format", "json")
    assert code == 0
    assert json.loads(out)["summary"]["spec"]["breaking"] == 2


def test_unknown_ref_exits_2(capsys, repo):
    code, _, err = run(capsys, "--base", "no-such-branch")
    assert code == 2
    assert "'no-such-branch' is not a file or directory, and 'no-such-branch' is not a commit, branch or tag" in err


def test_missing_path_at_ref_exits_2(capsys, repo):
    code, _, err = run(capsys, "HEAD:api/openapi.yaml", "HEAD")
    assert code == 2
    assert "api/openapi.yaml does not exist at HEAD" in err
