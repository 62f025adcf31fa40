"""Schema features large public specs use, each in a tiny spec generated with no sdk.yml and imported."""

from __future__ import annotations

import re

import pytest
from gen_helpers import generate_document, imported
from servers.scripted import Reply


def ok(schema: str) -> dict:
    return {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


OPENAPI_30 = {
    "openapi": "3.0.3",
    "info": {"title": "Zoo API", "version": "1.0.0"},
    "servers": [{"url": "https://zoo.example.test"}],
    "paths": {
        "/v1/animals/{animal_id}": {
            "get": {
                "operationId": "getAnimal",
                "tags": ["animals"],
                "parameters": [{"name": "animal_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": ok("Animal")},
            }
        },
        "/v1/things/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": ok("Thing")},
            }
        },
        "/v1/things": {
            "post": {
                "operationId": "createThing",
                "tags": ["things"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingCreate"}}},
                },
                "responses": {"200": ok("Thing")},
            }
        },
    },
    "components": {
        "schemas": {
            "Cat": {
                "type": "object",
                "required": ["pet_type"],
                "properties": {"pet_type": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}},
            },
            "Dog": {
                "type": "object",
                "required": ["pet_type"],
                "properties": {
                    "pet_type": {"type": "string", "enum": ["dog"]},
                    "bark": {"type": "string", "nullable": True},
                },
            },
            "Animal": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "pet_type"},
            },
            "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Thing": {
                "allOf": [
                    {"$ref": "#/components/schemas/Named"},
                    {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string"},
                            "kind": {"type": "integer", "enum": [1, 2, 3]},
                            "ratio": {"type": "number", "enum": [0.5, 1.5]},
                            "flag": {"type": "boolean", "enum": [True]},
                            "choice": {"enum": [{"a": 1}, [1, 2], "x"]},
                            "color": {"type": "string", "enum": ["red", None], "nullable": True},
                            "tags": {"type": "object", "additionalProperties": {"type": "integer"}},
                            "extra": {"type": "object"},
                            "meta": {"type": "object", "additionalProperties": True},
                            "shape": {
                                "oneOf": [
                                    {"type": "object", "properties": {"radius": {"type": "number"}}},
                                    {"type": "object", "properties": {"side": {"type": "number"}}},
                                ]
                            },
                            "from": {"type": "string"},
                            "+1": {"type": "integer"},
                            "-1": {"type": "integer"},
                            "_links": {"type": "object", "properties": {"self": {"type": "string"}}},
                            "object": {"type": "string"},
                            "tree": {"$ref": "#/components/schemas/Tree"},
                            "ping": {"$ref": "#/components/schemas/Ping"},
                            "nickname": {"$ref": "#/components/schemas/Named/properties/name"},
                            "assignee": {"type": "object", "properties": {"login": {"type": "string"}}},
                        },
                    },
                ]
            },
            "ThingCreate": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "options": {
                        "type": "object",
                        "properties": {"from": {"type": "string"}, "+1": {"type": "integer"}},
                    },
                },
            },
            "Tree": {
                "type": "object",
                "properties": {
                    "value": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                },
            },
            "Ping": {"type": "object", "properties": {"pong": {"$ref": "#/components/schemas/Pong"}}},
            "Pong": {"type": "object", "properties": {"ping": {"$ref": "#/components/schemas/Ping"}}},
            "issuing.card": {"type": "object", "properties": {"last4": {"type": "string"}}},
            "issuing_card": {"type": "object", "properties": {"brand": {"type": "string"}}},
            "import": {"type": "object", "properties": {"status": {"type": "string"}}},
        }
    },
}

OPENAPI_31 = {
    "openapi": "3.1.0",
    "info": {"title": "Events", "version": "1.0.0"},
    "paths": {
        "/events": {
            "get": {
                "operationId": "listEvents",
                "responses": {"200": ok("Event")},
            }
        }
    },
    "components": {
        "schemas": {
            "Event": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"const": "event"},
                    "at": {"type": ["string", "null"], "format": "date-time"},
                    "count": {"type": ["integer", "string"]},
                    "level": {"anyOf": [{"const": "low"}, {"const": "high"}, {"type": "string"}]},
                    "payload": {
                        "type": ["object", "null"],
                        "properties": {"size": {"type": "integer"}},
                    },
                },
            }
        }
    },
}

THING = {
    "id": "t1",
    "name": "box",
    "kind": 2,
    "tags": {"a": 1},
    "shape": {"side": 2.0},
    "from": "here",
    "+1": 5,
    "-1": 0,
    "_links": {"self": "/t1"},
    "object": "thing",
    "tree": {"value": "root", "children": [{"value": "leaf", "children": []}]},
    "ping": {"pong": {"ping": {}}},
    "assignee": {"login": "octo"},
}


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    out = tmp_path_factory.mktemp("zoo") / "out"
    result = generate_document(OPENAPI_30, out)
    with imported(out, "zoo") as package:
        yield package, out, result.report


def _source(out, module: str) -> str:
    return (out / "src" / "zoo" / "types" / f"{module}.py").read_text()


def test_discriminated_union_is_parsed_into_its_member(zoo, scripted_server):
    package, _, _ = zoo
    scripted_server.add("GET", "/v1/animals/a1", Reply(body={"pet_type": "dog", "bark": None}))
    animal = package.Zoo(base_url=scripted_server.base_url).animals.get_animal("a1")
    assert type(animal).__name__ == "Dog" and animal.bark is None


def test_all_of_merges_referenced_and_inline_members(zoo):
    package, _, _ = zoo
    fields = package.types.Thing.model_fields
    assert {"name", "id", "kind", "tags"} <= set(fields)
    assert fields["id"].is_required()


def test_nullable_enums_of_every_json_type_and_free_form_objects(zoo):
    _, out, _ = zoo
    source = _source(out, "thing")
    assert "kind: Optional[Literal[1, 2, 3]]" in source
    assert "ratio: Optional[float]" in source  # fractions cannot be Literal values
    assert "flag: Optional[Literal[True]]" in source
    assert "choice: Optional[Union[Dict[str, builtins.object], List[builtins.object], str]]" in source
    assert 'color: Optional[Literal["red"]]' in source
    assert "tags: Optional[Dict[str, int]]" in source
    assert "extra: Optional[Dict[str, builtins.object]]" in source


def test_field_named_like_a_builtin_keeps_its_name_and_the_builtin_is_qualified(zoo):
    package, out, _ = zoo
    thing = package.types.Thing.model_validate(THING)
    assert thing.object == "thing"
    assert "meta: Optional[Dict[str, builtins.object]]" in _source(out, "thing")


def test_properties_that_are_not_identifiers_become_readable_fields(zoo):
    package, _, _ = zoo
    thing = package.types.Thing.model_validate(THING)
    assert (thing.from_, thing.plus_1, thing.minus_1, thing.links.self) == ("here", 5, 0, "/t1")
    assert thing.to_dict()["+1"] == 5 and thing.to_dict()["_links"] == {"self": "/t1"}


def test_inline_names_come_from_the_schema_path_never_a_counter(zoo):
    package, out, _ = zoo
    thing = package.types.Thing.model_validate(THING)
    assert type(thing.assignee).__name__ == "ThingAssignee"
    assert type(thing.shape).__name__ == "ThingShapeSide"
    declared = re.findall(r"^class (\w+)", _source(out, "thing"), re.M)
    assert "ThingShapeRadius" in declared
    assert not [n for n in declared if re.search(r"[a-z]\d+$", n)]


def test_self_recursive_schema_parses_nested_values(zoo):
    package, _, _ = zoo
    thing = package.types.Thing.model_validate(THING)
    assert thing.tree.children[0].value == "leaf"


def test_mutually_recursive_schemas_share_one_module_and_import_from_their_own(zoo):
    package, _, report = zoo
    from importlib import import_module

    ping_module = import_module("zoo.types.ping")
    pong_module = import_module("zoo.types.pong")
    assert ping_module.Pong is pong_module.Pong
    thing = package.types.Thing.model_validate(THING)
    assert type(thing.ping.pong).__name__ == "Pong"
    assert any("refer to each other in a cycle" in d.message for d in report.diagnostics)


def test_ref_into_another_schema_is_typed_in_place(zoo):
    _, out, _ = zoo
    assert "nickname: Optional[str]" in _source(out, "thing")


def test_colliding_schema_names_are_resolved_by_a_reported_rule(zoo):
    package, _, report = zoo
    assert package.types.IssuingCard.model_fields.keys() == {"last4"}
    assert package.types.IssuingCardSchema.model_fields.keys() == {"brand"}
    (choice,) = [d for d in report.diagnostics if "'IssuingCardSchema'" in d.message]
    assert choice.pointer == "#/components/schemas/issuing_card" and "rule: schema-suffix" in choice.message


def test_schema_named_like_a_keyword_gets_a_module_that_imports(zoo):
    package, out, _ = zoo
    assert (out / "src" / "zoo" / "types" / "import_.py").is_file()
    assert package.types.Import.model_validate({"status": "ok"}).status == "ok"


def test_request_keys_that_are_not_identifiers_use_the_functional_typeddict(zoo, scripted_server):
    package, out, _ = zoo
    source = (out / "src" / "zoo" / "types" / "thing_create_thing_params.py").read_text()
    assert re.search(r'ThingCreateThingParamsOptionsParam = TypedDict\(\s*"ThingCreateThingParamsOptionsParam"', source)
    scripted_server.add("POST", "/v1/things", Reply(body=THING))
    package.Zoo(base_url=scripted_server.base_url).things.create_thing(name="n", options={"from": "x", "+1": 2})
    assert scripted_server.requests[0].json == {"name": "n", "options": {"from": "x", "+1": 2}}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    out = tmp_path_factory.mktemp("events") / "out"
    generate_document(OPENAPI_31, out)
    with imported(out, "events") as package:
        yield package, out


def test_openapi_31_type_arrays_and_const(events):
    package, out = events
    source = (out / "src" / "events" / "types" / "event.py").read_text()
    assert 'type: Literal["event"]' in source
    assert "at: Optional[datetime]" in source
    assert "count: Optional[Union[int, str]]" in source
    assert 'level: Optional[Union[str, Literal["low", "high"]]]' in source
    event = package.types.Event.model_validate({"type": "event", "at": None, "payload": {"size": 3}})
    assert event.at is None and event.payload.size == 3
