"""The committed generated/ tree is what the committed spec, config and templates produce."""

from __future__ import annotations

from generator import ROOT, check


def test_generated_tree_is_fresh():
    outcome = check(ROOT / "spec" / "openapi.yaml", ROOT / "spec" / "sdk.yml", ROOT / "generated")
    stale = outcome.changed + outcome.added + outcome.removed
    assert not stale, f"generated/ is stale, run `make generate` and commit: {stale[:10]}"


def test_spec_generates_without_warnings():
    outcome = check(ROOT / "spec" / "openapi.yaml", ROOT / "spec" / "sdk.yml", ROOT / "generated")
    assert [str(d) for d in outcome.report.diagnostics] == []
