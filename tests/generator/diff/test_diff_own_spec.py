"""Our own spec against a copy with a handful of real edits: each edit is listed once, with its SDK
consequences, and nothing else is reported."""

from __future__ import annotations

import json

import pytest
from diff_helpers import with_spec

from generator import ROOT
from generator.diff import diff_sides, from_path

OURS = from_path(ROOT / "spec", "spec")
NEW_PARAM = len(OURS.spec["paths"]["/v1/models"]["get"]["parameters"])


def _rename_schema(doc, old, new):
    doc["components"]["schemas"][new] = doc["components"]["schemas"].pop(old)
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    doc.clear()
    doc.update(json.loads(text))


def _edit(doc):
    schemas = doc["components"]["schemas"]
    # 1. A response field goes away.
    del schemas["Usage"]["properties"]["inference_geo"]
    schemas["Usage"]["required"] = [r for r in schemas["Usage"].get("required", []) if r != "inference_geo"]
    # 2. A new optional query parameter.
    doc["paths"]["/v1/models"]["get"]["parameters"].append(
        {"name": "family", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    # 3. A new value in a closed response enum.
    schemas["StopReason"]["enum"].append("context_exhausted")
    # 4. A request bound gets tighter.
    schemas["CreateMessageParams"]["properties"]["max_tokens"]["maximum"] = 64000
    # 5. An operation moves to the beta surface, keeping its operationId.
    doc["paths"]["/v1/complete?beta=true"] = doc["paths"].pop("/v1/complete")
    # 6. A schema gets a new name (every $ref follows).
    _rename_schema(doc, "ModelInfo", "ModelDescription")


@pytest.fixture(scope="module")
def result():
    return diff_sides(OURS, with_spec(OURS, _edit, "edited"))


EXPECTED = {
    ("property-removed", "#/components/schemas/Usage/properties/inference_geo"): {
        ("sdk-field-removed", "anthropic.types.Usage.inference_geo"),
    },
    ("parameter-added", f"#/paths/~1v1~1models/get/parameters/{NEW_PARAM}"): {
        ("sdk-param-added", "client.models.list(family)"),
        ("sdk-field-added", "anthropic.types.ModelListParams.family"),
    },
    ("enum-value-added", "#/components/schemas/StopReason"): {
        ("sdk-alias-changed", "anthropic.types.StopReason"),
    },
    ("constraint-narrowed", "#/components/schemas/CreateMessageParams/properties/max_tokens"): set(),
    ("schema-renamed", "#/components/schemas/ModelDescription"): {
        ("sdk-type-renamed", "anthropic.types.ModelInfo"),
        ("sdk-return-type-changed", "client.models.list"),
        ("sdk-return-type-changed", "client.models.retrieve"),
    },
    ("operation-moved", "#/paths/~1v1~1complete?beta=true/post"): set(),
}


def test_each_edit_is_listed_once(result):
    assert sorted((c.rule, c.pointer) for c in result.spec_changes) == sorted(EXPECTED)


def test_each_edit_carries_its_sdk_consequences(result):
    assert result.sdk_compared, result.notes
    for change in result.spec_changes:
        assert {(s.rule, s.symbol) for s in change.sdk} == EXPECTED[(change.rule, change.pointer)], change.pointer
    assert result.unlinked_sdk_changes == []


def test_classes_follow_direction(result):
    classes = {c.rule: c.severity for c in result.spec_changes}
    assert classes == {
        "property-removed": "breaking",
        "parameter-added": "non-breaking",
        "enum-value-added": "possibly-breaking",
        "constraint-narrowed": "breaking",
        "schema-renamed": "non-breaking",
        "operation-moved": "breaking",
    }
    (rename,) = [c for c in result.sdk_changes if c.rule == "sdk-type-renamed"]
    assert rename.severity == "breaking"


def test_removed_field_is_reached_by_the_operations_that_return_it(result):
    (change,) = [c for c in result.spec_changes if c.rule == "property-removed"]
    operations = {r.operation for r in change.reach}
    assert {"POST /v1/messages", "GET /v1/messages/batches/{message_batch_id}/results"} <= operations
    assert {r.direction for r in change.reach} == {"response"}
