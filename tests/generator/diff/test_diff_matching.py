"""Enums by value, union members by identity (never by position), direction, cascades, renames, moves."""

from __future__ import annotations

from diff_helpers import document, edited, operation, ref, spec_changes, summary, thing_api

from generator.diff.rules import BREAKING, POSSIBLY, SAFE

T = "#/components/schemas/Thing"
STRING = {"type": "string"}


def tagged(tag, **props):
    return {"type": "object", "required": ["type"], "properties": {"type": {"const": tag}, **props}}


# -- enums -------------------------------------------------------------------------------------------------


def test_enum_values_are_reported_by_name():
    old = thing_api({"anyOf": [{"const": "a"}, {"const": "b"}, {"const": "c"}]}, response=True)
    new = thing_api({"anyOf": [{"const": "c"}, {"const": "a", "deprecated": True}, {"const": "d"}]}, response=True)
    changes = {c.rule: c for c in spec_changes(old, new)}
    assert set(changes) == {"enum-value-added", "enum-value-removed", "enum-value-deprecated"}
    assert changes["enum-value-added"].values == ("d",)
    assert changes["enum-value-removed"].values == ("b",)
    assert changes["enum-value-deprecated"].values == ("a",)
    assert changes["enum-value-added"].message == "value `d` added"


def test_reordered_enum_values_are_no_change():
    old = thing_api({"enum": ["a", "b", "c"]}, request=True)
    new = thing_api({"anyOf": [{"const": "c"}, {"const": "b"}, {"const": "a"}]}, request=True)
    assert spec_changes(old, new) == []


def test_open_and_closed_enums_are_told_apart_in_responses():
    closed = (thing_api({"enum": ["a"]}, response=True), thing_api({"enum": ["a", "b"]}, response=True))
    open_ = (
        thing_api({"anyOf": [STRING, {"const": "a"}]}, response=True),
        thing_api({"anyOf": [STRING, {"const": "a"}, {"const": "b"}]}, response=True),
    )
    assert summary(spec_changes(*closed)) == [("enum-value-added", POSSIBLY, T)]
    assert summary(spec_changes(*open_)) == [("open-enum-value-added", SAFE, T)]


def test_union_of_string_and_enum_member_is_an_open_enum():
    old = thing_api({"anyOf": [STRING, {"type": "string", "enum": ["a"]}]}, response=True)
    new = thing_api({"anyOf": [STRING, {"type": "string", "enum": ["a", "b"]}]}, response=True)
    assert summary(spec_changes(old, new)) == [("open-enum-value-added", SAFE, T)]


# -- union members ---------------------------------------------------------------------------------------


MEMBERS = {"A": tagged("a", x=STRING), "B": tagged("b", y=STRING), "C": tagged("c", z=STRING)}


def _union(*refs, discriminator=True):
    node = {"oneOf": [ref(r) for r in refs]}
    if discriminator:
        node["discriminator"] = {"propertyName": "type"}
    return node


def test_reordered_members_are_no_change():
    old = thing_api(_union("A", "B", "C"), response=True, **MEMBERS)
    new = thing_api(_union("C", "A", "B"), response=True, **MEMBERS)
    assert spec_changes(old, new) == []


def test_members_are_never_paired_by_position():
    old = thing_api(_union("A", "B"), request=True, **MEMBERS)
    new = thing_api(_union("B", "C"), request=True, **MEMBERS)
    assert summary(spec_changes(old, new)) == [
        ("variant-removed", BREAKING, T + "/oneOf/0"),
        ("variant-added", SAFE, T + "/oneOf/1"),
    ]


def test_members_pair_by_discriminator_value_across_a_new_schema_name():
    """The member tagged "b" now refers to another schema: same variant, so its changes are compared."""
    old = thing_api(_union("A", "B"), response=True, **MEMBERS)
    members = dict(MEMBERS, B2=tagged("b", y={"type": "integer"}))
    new = thing_api(_union("A", "B2"), response=True, **members)
    rules = {(c.rule, c.pointer) for c in spec_changes(old, new)}
    assert ("type-changed", T + "/oneOf/1/properties/y") in rules
    assert not {r for r, _ in rules} & {"variant-added", "variant-removed"}


def test_inline_members_pair_by_their_type_const():
    old = thing_api({"anyOf": [tagged("a", x=STRING), tagged("b", y=STRING)]}, response=True)
    new = thing_api({"anyOf": [tagged("b", y=STRING, w=STRING), tagged("a", x=STRING)]}, response=True)
    assert summary(spec_changes(old, new)) == [("property-added", SAFE, T + "/anyOf/0/properties/w")]


def test_primitive_members_pair_by_type():
    old = thing_api({"anyOf": [STRING, {"type": "array", "items": STRING}]}, request=True)
    new = thing_api({"anyOf": [{"type": "array", "items": {"type": "integer"}}, STRING]}, request=True)
    assert summary(spec_changes(old, new)) == [("type-changed", BREAKING, T + "/anyOf/0/items")]


def test_member_removed_from_response_union_is_safe_and_added_possibly_breaking():
    old = thing_api(_union("A", "B"), response=True, **MEMBERS)
    new = thing_api(_union("A"), response=True, **MEMBERS)
    assert summary(spec_changes(old, new)) == [("variant-removed", SAFE, T + "/oneOf/1")]
    assert summary(spec_changes(new, old)) == [("variant-added", POSSIBLY, T + "/oneOf/1")]


# -- direction -------------------------------------------------------------------------------------------


def test_schema_used_both_ways_takes_the_worse_class():
    old = thing_api({"type": "object", "properties": {"a": STRING}, "required": ["a"]}, request=True, response=True)
    new = thing_api({"type": "object", "properties": {"a": STRING}}, request=True, response=True)
    (change,) = spec_changes(old, new)
    assert (change.rule, change.severity, change.directions) == (
        "property-became-optional",
        BREAKING,
        frozenset({"request", "response"}),
    )


def test_schema_no_operation_reaches_is_non_breaking():
    old = document({"Orphan": {"type": "object", "properties": {"a": STRING}}})
    new = document({"Orphan": {"type": "object", "properties": {}}})
    (change,) = spec_changes(old, new)
    assert (change.rule, change.severity, change.unreached) == ("property-removed", SAFE, True)
    assert "no operation reaches it" in change.details


# -- cascades --------------------------------------------------------------------------------------------


def _two_ops(with_archive: bool):
    schemas = {"Thing": tagged("t", a=STRING)}
    paths = {"/things": {"get": operation("things_get", returns=ref("Thing"))}}
    if with_archive:
        schemas["ArchiveRequest"] = {"type": "object", "properties": {"reason": ref("Reason")}}
        schemas["Reason"] = {"enum": ["old", "wrong"]}
        paths["/things/archive"] = {"post": operation("things_archive", body=ref("ArchiveRequest"))}
    return document(schemas, paths)


def test_removed_operation_is_one_entry_with_its_schemas():
    (change,) = spec_changes(_two_ops(True), _two_ops(False))
    assert (change.rule, change.severity, change.pointer) == (
        "operation-removed",
        BREAKING,
        "#/paths/~1things~1archive/post",
    )
    assert change.details == ["drops schemas `ArchiveRequest`, `Reason`"]


def test_added_operation_is_one_entry_with_its_schemas():
    (change,) = spec_changes(_two_ops(False), _two_ops(True))
    assert change.rule == "operation-added"
    assert change.details == ["adds schemas `ArchiveRequest`, `Reason`"]


def test_component_change_is_reported_once_with_every_operation_that_reaches_it():
    def doc(props):
        return document(
            {"Thing": {"type": "object", "properties": props}},
            {
                "/things": {
                    "get": operation("get", returns=ref("Thing")),
                    "post": operation("create", body=ref("Thing"), returns=ref("Thing")),
                },
                "/things/{id}": {"get": operation("one", returns=ref("Thing"))},
            },
        )

    (change,) = spec_changes(doc({"a": STRING, "b": STRING}), doc({"a": STRING}))
    assert change.pointer == T + "/properties/b"
    assert [(r.operation, r.direction) for r in change.reach] == [
        ("GET /things", "response"),
        ("GET /things/{id}", "response"),
        ("POST /things", "request"),
        ("POST /things", "response"),
    ]


def test_property_added_with_a_new_schema_lists_the_schema_there():
    old = thing_api({"type": "object", "properties": {}}, response=True)
    new = thing_api({"type": "object", "properties": {"size": ref("Size")}}, response=True, Size={"type": "integer"})
    (change,) = spec_changes(old, new)
    assert (change.rule, change.details) == ("property-added", ["adds schema `Size`"])


def test_removed_property_holding_an_object_is_one_entry():
    nested = {"type": "object", "properties": {"a": {"type": "object", "properties": {"b": STRING, "c": STRING}}}}
    old = thing_api({"type": "object", "properties": {"keep": STRING, "nested": nested}}, response=True)
    new = thing_api({"type": "object", "properties": {"keep": STRING}}, response=True)
    assert summary(spec_changes(old, new)) == [("property-removed", BREAKING, T + "/properties/nested")]


# -- renames and moves ---------------------------------------------------------------------------------------


def test_operation_surviving_under_beta_is_one_move():
    old = document({}, {"/things": {"get": operation("things_get")}})
    new = document({}, {"/things?beta=true": {"get": operation("beta_things_get")}})
    moved, renamed = spec_changes(old, new)
    assert (moved.rule, moved.pointer, moved.old_pointer) == (
        "operation-moved",
        "#/paths/~1things?beta=true/get",
        "#/paths/~1things/get",
    )
    assert (renamed.rule, renamed.message) == ("operation-id-changed", "operationId `things_get` → `beta_things_get`")


def test_moved_operation_is_still_compared():
    old = document({}, {"/things": {"get": operation("things_get", returns=STRING)}})
    new = document({}, {"/v2/things": {"get": operation("things_get", returns={"type": "integer"})}})
    assert [c.rule for c in spec_changes(old, new)] == ["operation-moved", "type-changed"]


def test_renamed_schema_with_changes_is_a_rename_plus_its_changes():
    old = thing_api(
        {"type": "object", "properties": {"size": ref("Size")}},
        response=True,
        Size={"type": "object", "properties": {"w": {"type": "integer"}}},
    )
    new = thing_api(
        {"type": "object", "properties": {"size": ref("Dimensions")}},
        response=True,
        Dimensions={"type": "object", "properties": {"w": {"type": "integer"}, "h": {"type": "integer"}}},
    )
    assert summary(spec_changes(old, new)) == [
        ("schema-renamed", SAFE, "#/components/schemas/Dimensions"),
        ("property-added", SAFE, "#/components/schemas/Dimensions/properties/h"),
    ]


def test_extracted_schema_is_not_listed_as_added():
    inline = {"type": "object", "properties": {"w": {"type": "integer"}}}
    old = thing_api({"type": "object", "properties": {"size": inline}}, request=True)
    new = thing_api({"type": "object", "properties": {"size": ref("Size")}}, request=True, Size=inline)
    (change,) = spec_changes(old, new)
    assert (change.rule, change.details) == ("schema-extracted", ["adds schema `Size`"])


def test_documentation_only_edits_are_no_change():
    old = thing_api({"type": "object", "description": "one", "properties": {"a": STRING}}, response=True)
    new = edited(old, lambda d: d["components"]["schemas"]["Thing"].update(description="two", title="Thing"))
    assert spec_changes(old, new) == []
