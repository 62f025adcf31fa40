"""One small pair of documents per rule: the rule fires once, with its class and JSON pointer, and
nothing else is reported (unless a case lists what else a change implies)."""

from __future__ import annotations

from typing import Any, Dict, Iterable

import pytest
from diff_helpers import document, json_body, operation, ref, spec_changes, thing_api

from generator.diff.rules import BREAKING as B
from generator.diff.rules import POSSIBLY as P
from generator.diff.rules import RULES
from generator.diff.rules import SAFE as S

T = "#/components/schemas/Thing"
GET = "#/paths/~1things/get"
POST = "#/paths/~1things/post"

STRING = {"type": "string"}


def obj(required: Iterable[str] = (), **properties: Any) -> Dict[str, Any]:
    node: Dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        node["required"] = list(required)
    return node


def tagged(tag: str, **extra: Any) -> Dict[str, Any]:
    return obj(["type"], type={"const": tag}, **extra)


def union(*names: str, discriminator: bool = True) -> Dict[str, Any]:
    node: Dict[str, Any] = {"oneOf": [ref(n) for n in names]}
    if discriminator:
        node["discriminator"] = {
            "propertyName": "type",
            "mapping": {n.lower(): f"#/components/schemas/{n}" for n in names},
        }
    return node


MEMBERS = {"A": tagged("a"), "B": tagged("b"), "C": tagged("c")}


def req(thing: Any, **extra: Any) -> Dict[str, Any]:
    return thing_api(thing, request=True, **extra)


def resp(thing: Any, **extra: Any) -> Dict[str, Any]:
    return thing_api(thing, response=True, **extra)


def ops(**methods: Any) -> Dict[str, Any]:
    return document({}, {"/things": methods})


def with_params(*params: Dict[str, Any], path: str = "/things") -> Dict[str, Any]:
    return document({}, {path: {"get": operation("things_list", parameters=list(params))}})


def query(name: str, required: bool = False, **extra: Any) -> Dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": STRING, **extra}


def path_param(name: str) -> Dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": STRING}


def body_op(body: Any) -> Dict[str, Any]:
    node = operation("things_create")
    if body is not None:
        node["requestBody"] = body
    return ops(post=node)


def responses(responses: Dict[str, Any]) -> Dict[str, Any]:
    return ops(get={"operationId": "things_get", "responses": responses})


OK = {"description": "ok", **json_body(STRING)}
HOOK = {"post": {"requestBody": json_body(ref("Thing")), "responses": {"200": {"description": "ok"}}}}


def case(rule: str, old: Any, new: Any, cls: str, pointer: str, *, also: Iterable[str] = (), name: str = "") -> Any:
    return pytest.param(rule, old, new, cls, pointer, frozenset(also), id=name or rule)


CASES = [
    # Operations and webhooks.
    case("operation-removed", ops(get=operation("g"), post=operation("p")), ops(get=operation("g")), B, POST),
    case("operation-added", ops(get=operation("g")), ops(get=operation("g"), post=operation("p")), S, POST),
    case(
        "operation-moved",
        document({}, {"/things": {"get": operation("g")}}),
        document({}, {"/things?beta=true": {"get": operation("g")}}),
        B,
        "#/paths/~1things?beta=true/get",
    ),
    case("operation-id-changed", ops(get=operation("g")), ops(get=operation("h")), P, GET + "/operationId"),
    case(
        "webhook-added",
        document({"Thing": STRING}),
        document({"Thing": STRING}, webhooks={"thing.created": HOOK}),
        S,
        "#/webhooks/thing.created/post",
    ),
    case(
        "webhook-removed",
        document({"Thing": STRING}, webhooks={"thing.created": HOOK}),
        document({"Thing": STRING}),
        B,
        "#/webhooks/thing.created/post",
    ),
    # Parameters.
    case("parameter-removed", with_params(query("limit")), with_params(), B, GET + "/parameters/0"),
    case("parameter-added", with_params(), with_params(query("limit")), S, GET + "/parameters/0"),
    case("parameter-added-required", with_params(), with_params(query("q", True)), B, GET + "/parameters/0"),
    case("parameter-became-required", with_params(query("q")), with_params(query("q", True)), B, GET + "/parameters/0"),
    case("parameter-became-optional", with_params(query("q", True)), with_params(query("q")), S, GET + "/parameters/0"),
    case(
        "path-parameter-renamed",
        with_params(path_param("id"), path="/things/{id}"),
        with_params(path_param("thing_id"), path="/things/{thing_id}"),
        S,
        "#/paths/~1things~1{thing_id}/get/parameters/0",
    ),
    case(
        "parameter-style-changed",
        with_params(query("ids", style="form", explode=True)),
        with_params(query("ids", style="form", explode=False)),
        B,
        GET + "/parameters/0",
    ),
    # Request bodies.
    case("request-body-removed", body_op(json_body(STRING)), body_op(None), B, POST + "/requestBody"),
    case("request-body-added", body_op(None), body_op(json_body(STRING)), S, POST + "/requestBody"),
    case(
        "request-body-added-required",
        body_op(None),
        body_op({"required": True, **json_body(STRING)}),
        B,
        POST + "/requestBody",
    ),
    case(
        "request-body-became-required",
        body_op(json_body(STRING)),
        body_op({"required": True, **json_body(STRING)}),
        B,
        POST + "/requestBody",
    ),
    case(
        "request-body-became-optional",
        body_op({"required": True, **json_body(STRING)}),
        body_op(json_body(STRING)),
        S,
        POST + "/requestBody",
    ),
    case(
        "request-media-type-removed",
        body_op({"content": {"application/json": {"schema": STRING}, "text/plain": {"schema": STRING}}}),
        body_op(json_body(STRING)),
        B,
        POST + "/requestBody/content/text~1plain",
    ),
    case(
        "request-media-type-added",
        body_op(json_body(STRING)),
        body_op({"content": {"application/json": {"schema": STRING}, "text/plain": {"schema": STRING}}}),
        S,
        POST + "/requestBody/content/text~1plain",
    ),
    # Responses.
    case(
        "response-success-removed", responses({"200": OK, "201": OK}), responses({"200": OK}), B, GET + "/responses/201"
    ),
    case(
        "response-success-added", responses({"200": OK}), responses({"200": OK, "202": OK}), P, GET + "/responses/202"
    ),
    case(
        "response-error-removed", responses({"200": OK, "404": OK}), responses({"200": OK}), S, GET + "/responses/404"
    ),
    case("response-error-added", responses({"200": OK}), responses({"200": OK, "429": OK}), S, GET + "/responses/429"),
    case(
        "response-media-type-removed",
        responses({"200": {"description": "ok", "content": {"application/json": {}, "text/event-stream": {}}}}),
        responses({"200": {"description": "ok", "content": {"application/json": {}}}}),
        B,
        GET + "/responses/200/content/text~1event-stream",
    ),
    case(
        "response-media-type-added",
        responses({"200": {"description": "ok", "content": {"application/json": {}}}}),
        responses({"200": {"description": "ok", "content": {"application/json": {}, "text/event-stream": {}}}}),
        S,
        GET + "/responses/200/content/text~1event-stream",
    ),
    case(
        "response-header-removed",
        responses({"200": {"description": "ok", "headers": {"request-id": {"schema": STRING}}}}),
        responses({"200": {"description": "ok"}}),
        B,
        GET + "/responses/200/headers/request-id",
    ),
    case(
        "response-header-added",
        responses({"200": {"description": "ok"}}),
        responses({"200": {"description": "ok", "headers": {"Retry-After": {"schema": STRING}}}}),
        S,
        GET + "/responses/200/headers/Retry-After",
    ),
    # Properties and required lists: the class depends on the direction.
    case("property-removed", resp(obj(a=STRING, b=STRING)), resp(obj(a=STRING)), B, T + "/properties/b"),
    case(
        "property-undeclared",
        req({**obj(a=STRING, b=STRING), "additionalProperties": True}),
        req(obj(a=STRING)),
        P,
        T + "/properties/b",
    ),
    case("property-added", resp(obj(a=STRING)), resp(obj(a=STRING, b=STRING)), S, T + "/properties/b"),
    case(
        "property-added-required",
        req(obj(a=STRING)),
        req(obj(["b"], a=STRING, b=STRING)),
        B,
        T + "/properties/b",
        name="property-added-required-request",
    ),
    case(
        "property-added-required",
        resp(obj(a=STRING)),
        resp(obj(["b"], a=STRING, b=STRING)),
        S,
        T + "/properties/b",
        name="property-added-required-response",
    ),
    case("property-became-required", req(obj(a=STRING)), req(obj(["a"], a=STRING)), B, T + "/properties/a"),
    case(
        "property-became-optional",
        resp(obj(["a"], a=STRING)),
        resp(obj(a=STRING)),
        B,
        T + "/properties/a",
        name="property-became-optional-response",
    ),
    case(
        "property-became-optional",
        req(obj(["a"], a=STRING)),
        req(obj(a=STRING)),
        S,
        T + "/properties/a",
        name="property-became-optional-request",
    ),
    case(
        "additional-properties-narrowed",
        req(obj(a=STRING)),
        req({**obj(a=STRING), "additionalProperties": False}),
        B,
        T,
    ),
    case(
        "additional-properties-widened",
        req({**obj(a=STRING), "additionalProperties": False}),
        req(obj(a=STRING)),
        S,
        T,
    ),
    # Types.
    case("type-narrowed", req({"type": ["string", "integer"]}), req(STRING), B, T),
    case("type-widened", req(STRING), req({"type": ["string", "integer"]}), S, T, name="type-widened-request"),
    case("type-widened", resp({"type": "integer"}), resp({"type": "number"}), P, T, name="type-widened-response"),
    case("type-changed", resp(STRING), resp({"type": "boolean"}), B, T),
    case("nullable-added", resp(STRING), resp({"type": ["string", "null"]}), P, T, name="nullable-added-response"),
    case(
        "nullable-added",
        req(STRING),
        req({"anyOf": [STRING, {"type": "null"}]}),
        S,
        T,
        name="nullable-added-request",
    ),
    case("nullable-removed", req({"type": "string", "nullable": True}), req(STRING), B, T),
    case(
        "format-changed",
        req({"type": "string", "format": "date"}),
        req({"type": "string", "format": "date-time"}),
        P,
        T,
    ),
    case(
        "constraint-narrowed", req({"type": "string", "maxLength": 10}), req({"type": "string", "maxLength": 5}), B, T
    ),
    case("constraint-widened", resp({"type": "integer", "maximum": 5}), resp({"type": "integer"}), P, T),
    case("pattern-changed", req({"type": "string", "pattern": "^a"}), req({"type": "string", "pattern": "^b"}), P, T),
    case("default-changed", req({"type": "integer", "default": 1}), req({"type": "integer", "default": 2}), P, T),
    # Enums.
    case("enum-value-added", req({"enum": ["a"]}), req({"enum": ["a", "b"]}), S, T, name="enum-value-added-request"),
    case("enum-value-added", resp({"enum": ["a"]}), resp({"enum": ["a", "b"]}), P, T, name="enum-value-added-response"),
    case(
        "enum-value-removed", req({"enum": ["a", "b"]}), req({"enum": ["a"]}), B, T, name="enum-value-removed-request"
    ),
    case(
        "enum-value-removed",
        resp({"enum": ["a", "b"]}),
        resp({"enum": ["a"]}),
        S,
        T,
        name="enum-value-removed-response",
    ),
    case(
        "open-enum-value-added",
        resp({"anyOf": [STRING, {"const": "a"}]}),
        resp({"anyOf": [STRING, {"const": "a"}, {"const": "b"}]}),
        S,
        T,
    ),
    case(
        "open-enum-value-removed",
        req({"anyOf": [STRING, {"const": "a"}, {"const": "b"}]}),
        req({"anyOf": [STRING, {"const": "a"}]}),
        P,
        T,
    ),
    case(
        "enum-value-deprecated",
        req({"anyOf": [{"const": "a"}, {"const": "b"}]}),
        req({"anyOf": [{"const": "a"}, {"const": "b", "deprecated": True}]}),
        S,
        T,
    ),
    case(
        "enum-value-undeprecated",
        req({"anyOf": [{"const": "a", "deprecated": True}, {"const": "b"}]}),
        req({"anyOf": [{"const": "a"}, {"const": "b"}]}),
        S,
        T,
    ),
    case("enum-opened", resp({"anyOf": [{"const": "a"}]}), resp({"anyOf": [STRING, {"const": "a"}]}), P, T),
    case("enum-closed", req({"anyOf": [STRING, {"const": "a"}]}), req({"anyOf": [{"const": "a"}]}), B, T),
    case("const-changed", resp(tagged("a")), resp(tagged("b")), B, T + "/properties/type"),
    # Unions and allOf.
    case("variant-added", resp(union("A", "B"), **MEMBERS), resp(union("A", "B", "C"), **MEMBERS), P, T + "/oneOf/2"),
    case("variant-removed", req(union("A", "B"), **MEMBERS), req(union("B"), **MEMBERS), B, T + "/oneOf/0"),
    case(
        "discriminator-changed",
        resp(union("A", "B"), **MEMBERS),
        resp({**union("A", "B"), "discriminator": {"propertyName": "kind"}}, **MEMBERS),
        B,
        T,
    ),
    case(
        "discriminator-added",
        resp(union("A", "B", discriminator=False), **MEMBERS),
        resp(union("A", "B"), **MEMBERS),
        S,
        T,
    ),
    case(
        "discriminator-removed",
        resp(union("A", "B"), **MEMBERS),
        resp(union("A", "B", discriminator=False), **MEMBERS),
        P,
        T,
    ),
    case(
        "all-of-member-added",
        req({"allOf": [ref("A"), obj(x=STRING)]}, **MEMBERS),
        req({"allOf": [ref("A"), ref("B"), obj(x=STRING)]}, **MEMBERS),
        B,
        T + "/allOf/1",
    ),
    case(
        "all-of-member-removed",
        resp({"allOf": [ref("A"), ref("B"), obj(x=STRING)]}, **MEMBERS),
        resp({"allOf": [ref("A"), obj(x=STRING)]}, **MEMBERS),
        B,
        T + "/allOf/1",
    ),
    # Components, renames, moves.
    case("schema-added", resp(STRING), resp(STRING, Extra=STRING), S, "#/components/schemas/Extra"),
    case("schema-removed", resp(STRING, Extra=STRING), resp(STRING), S, "#/components/schemas/Extra"),
    case(
        "schema-renamed",
        resp(obj(part=ref("Part")), Part=obj(n={"type": "integer"})),
        resp(obj(part=ref("Piece")), Piece=obj(n={"type": "integer"})),
        S,
        "#/components/schemas/Piece",
    ),
    case(
        "schema-extracted",
        resp(obj(size=obj(w={"type": "integer"}))),
        resp(obj(size=ref("Size")), Size=obj(w={"type": "integer"})),
        S,
        T + "/properties/size",
    ),
    case(
        "schema-inlined",
        resp(obj(size=ref("Size")), Size=obj(w={"type": "integer"})),
        resp(obj(size=obj(w={"type": "integer"}))),
        S,
        T + "/properties/size",
    ),
    case(
        "ref-target-changed",
        resp(obj(size=ref("Size")), Size=obj(w={"type": "integer"}), Area=obj(w={"type": "integer"})),
        resp(obj(size=ref("Area")), Size=obj(w={"type": "integer"}), Area=obj(w={"type": "integer"})),
        S,
        T + "/properties/size",
    ),
    # Deprecation and metadata.
    case("became-deprecated", req(obj(a=STRING)), req(obj(a={**STRING, "deprecated": True})), S, T + "/properties/a"),
    case(
        "no-longer-deprecated", req(obj(a={**STRING, "deprecated": True})), req(obj(a=STRING)), S, T + "/properties/a"
    ),
    case("api-version-changed", document({}, version="1"), document({}, version="2"), S, "#/info/version"),
]


@pytest.mark.parametrize("rule, old, new, cls, pointer, also", CASES)
def test_rule_fires_once_with_its_class_and_pointer(rule, old, new, cls, pointer, also):
    changes = spec_changes(old, new)
    assert [(c.severity, c.pointer) for c in changes if c.rule == rule] == [(cls, pointer)]
    assert {c.rule for c in changes} - {rule} <= also, [(c.rule, c.pointer, c.message) for c in changes]


def test_every_spec_rule_has_a_case():
    covered = {p.values[0] for p in CASES}
    spec_rules = {name for name in RULES if not name.startswith("sdk-")}
    assert spec_rules - covered == set()


def test_no_changes_between_equal_documents():
    doc = resp(union("A", "B"), **MEMBERS)
    assert spec_changes(doc, doc) == []
