"""OpenAPI 3.1 read natively: const, type-null members, numeric exclusiveMinimum, webhooks, a missing
info.version; and every spelling of the same thing compares equal."""

from __future__ import annotations

import pytest
from diff_helpers import document, json_body, ref, spec_changes, summary, thing_api

from generator.diff.rules import BREAKING, POSSIBLY, SAFE

T = "#/components/schemas/Thing"


def resp(schema):
    return thing_api(schema, response=True)


def req(schema):
    return thing_api(schema, request=True)


@pytest.mark.parametrize(
    "a, b",
    [
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, {"type": ["string", "null"]}),
        ({"type": ["string", "null"]}, {"type": "string", "nullable": True}),
        ({"oneOf": [{"type": "null"}, {"type": "string"}]}, {"type": "string", "nullable": True}),
        ({"const": "a"}, {"enum": ["a"]}),
        ({"enum": ["a", "b"]}, {"anyOf": [{"const": "a"}, {"const": "b"}]}),
        ({"enum": ["a", None]}, {"anyOf": [{"const": "a"}, {"type": "null"}]}),
        ({"type": "integer", "exclusiveMinimum": 0}, {"type": "integer", "minimum": 0, "exclusiveMinimum": True}),
        ({"allOf": [{"$ref": "#/components/schemas/Other"}]}, {"$ref": "#/components/schemas/Other"}),
    ],
    ids=[
        "anyof-null",
        "type-list",
        "oneof-null-first",
        "const-enum",
        "enum-anyof",
        "enum-null",
        "exclusive-min",
        "allof-1",
    ],
)
def test_spellings_of_the_same_schema_compare_equal(a, b):
    extra = {"Other": {"type": "string"}}
    assert spec_changes(thing_api(a, response=True, **extra), thing_api(b, response=True, **extra)) == []


def test_const_change_is_reported_with_both_values():
    (change,) = spec_changes(resp({"const": "a"}), resp({"const": "b"}))
    assert (change.rule, change.severity, change.pointer) == ("const-changed", BREAKING, T)
    assert change.message == 'constant `"a"` → `"b"`'


def test_type_null_member_removed_in_response_is_safe_and_added_is_possibly_breaking():
    nullable = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert summary(spec_changes(resp(nullable), resp({"type": "integer"}))) == [("nullable-removed", SAFE, T)]
    assert summary(spec_changes(resp({"type": "integer"}), resp(nullable))) == [("nullable-added", POSSIBLY, T)]


def test_nullable_union_keeps_member_pointers():
    old = resp({"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]})
    new = resp({"anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]})
    assert summary(spec_changes(old, new)) == [("type-changed", BREAKING, T + "/anyOf/0/items")]


def test_numeric_exclusive_minimum_is_a_bound():
    old = req({"type": "number", "exclusiveMinimum": 0})
    tighter = req({"type": "number", "exclusiveMinimum": 1})
    looser = req({"type": "number", "minimum": 0})
    (narrowed,) = spec_changes(old, tighter)
    assert (narrowed.rule, narrowed.severity, narrowed.message) == (
        "constraint-narrowed",
        BREAKING,
        "lower bound > 0 → > 1",
    )
    (widened,) = spec_changes(old, looser)
    assert (widened.rule, widened.message) == ("constraint-widened", "lower bound > 0 → ≥ 0")


def _hook(schema):
    return {"post": {"requestBody": json_body(schema), "responses": {"200": {"description": "ok"}}}}


def test_webhook_bodies_are_read_by_the_client():
    """A webhook's request body is sent by the API, so its fields are judged as a response's."""
    fields = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "at": {"type": "string"}}}
    smaller = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    old = document({"Event": fields}, webhooks={"thing.created": _hook(ref("Event"))})
    new = document({"Event": smaller}, webhooks={"thing.created": _hook(ref("Event"))})
    (change,) = spec_changes(old, new)
    assert (change.rule, change.severity) == ("property-removed", BREAKING)
    assert change.directions == {"response"}
    assert [(r.operation, r.direction) for r in change.reach] == [("webhook thing.created POST", "response")]


def test_missing_info_version_is_read_and_its_arrival_reported():
    old = document({}, version=None)
    assert spec_changes(old, old) == []
    (change,) = spec_changes(old, document({}, version="2024-01-01"))
    assert (change.rule, change.pointer, change.message) == (
        "api-version-changed",
        "#/info/version",
        "info.version '2024-01-01' added",
    )


def test_openapi_3_0_nullable_and_3_1_null_type_are_equal_across_versions():
    old = dict(resp({"type": "string", "nullable": True}), openapi="3.0.3")
    new = resp({"type": ["string", "null"]})
    assert spec_changes(old, new) == []
