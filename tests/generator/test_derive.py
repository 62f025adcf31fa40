"""With no sdk.yml, the SDK is derived from the spec by rules: names from the title, resources from tags
or path segments, methods from operationIds, every collision settled by a rule the report names."""

from __future__ import annotations

import pytest
import yaml
from gen_helpers import SPECS, generate_document, imported
from servers.scripted import Reply

from generator.cli import main
from generator.derive import client_class, method_name, package_name


def ok(schema: dict) -> dict:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


PAGE = {
    "type": "object",
    "properties": {"data": {"type": "array", "items": {"type": "string"}}, "has_more": {"type": "boolean"}},
}

OPENAPI = {
    "openapi": "3.0.3",
    "info": {"title": "Pet Store REST API v2", "version": "2.1.0"},
    "servers": [{"url": "https://{region}.pets.example.test/api", "variables": {"region": {"default": "eu"}}}],
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Pet-Key"}}},
    "paths": {
        "/v1/pets": {
            "get": {"operationId": "listPets", "tags": ["pets"], "responses": {"200": ok(PAGE)}},
        },
        "/v1/pets/{pet_id}": {
            "get": {
                "operationId": "pets/get-pet",
                "tags": ["pets"],
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": ok({"type": "object", "properties": {"id": {"type": "string"}}})},
            },
            "delete": {
                "operationId": "pets_get_pet",
                "tags": ["pets"],
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/v1/stores/{store_id}/orders": {
            "post": {
                "operationId": "createStoreOrder",
                "parameters": [{"name": "store_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": ok({"type": "object", "properties": {"id": {"type": "string"}}})},
            }
        },
        "/v1/copy": {
            "post": {"operationId": "copyThings", "tags": ["copy"], "responses": {"204": {"description": "x"}}}
        },
        "/v1/chat": {
            "post": {
                "operationId": "chat",
                "tags": ["chat"],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"stream": {"type": "boolean"}}}
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "a reply, or a stream of events",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Reply"}},
                            "text/event-stream": {"schema": {"$ref": "#/components/schemas/Reply"}},
                        },
                    }
                },
            }
        },
    },
}
OPENAPI["components"]["schemas"] = {"Reply": {"type": "object", "properties": {"text": {"type": "string"}}}}


@pytest.fixture(scope="module")
def petstore(tmp_path_factory):
    out = tmp_path_factory.mktemp("pets") / "out"
    result = generate_document(OPENAPI, out)
    with imported(out, "pet_store") as package:
        yield package, out, result.report


def test_names_come_from_the_title():
    assert package_name("Pet Store REST API v2") == "pet_store"
    assert client_class("GitHub v3 REST API") == "GitHub"
    assert package_name("Types") == "types_sdk"  # would shadow the standard library


def test_method_names_drop_the_resource_words_from_the_operation_id():
    assert method_name("GetCustomersCustomer", "customers") == "get_customer"
    assert method_name("repos/get-branch", "repos") == "get_branch"
    assert method_name("listCoreV1NamespacedPod", "core_v1") == "list_namespaced_pod"


def test_client_takes_base_url_from_the_server_and_credential_from_the_scheme(petstore, scripted_server):
    package, _, _ = petstore
    client = package.PetStore(api_key="k")
    assert str(client.base_url) == "https://eu.pets.example.test/api/"
    scripted_server.add("GET", "/v1/pets/p1", Reply(body={"id": "p1"}))
    pet = package.PetStore(api_key="k", base_url=scripted_server.base_url).pets.get_pet("p1")
    assert pet.id == "p1" and scripted_server.requests[0].headers["x-pet-key"] == "k"


def test_resources_come_from_tags_or_the_first_path_segment(petstore):
    package, _, _ = petstore
    client = package.PetStore(api_key="k")
    assert callable(client.pets.list)
    assert callable(client.stores.create_store_order)  # no tag: `stores`, after the version segment


def test_method_name_two_operations_want_is_settled_by_the_operation_id_rule(petstore):
    package, _, report = petstore
    pets = package.PetStore(api_key="k").pets
    assert callable(pets.get_pet) and callable(pets.pets_get_pet)
    (choice,) = [d for d in report.diagnostics if "rule: operation-id" in d.message]
    assert choice.pointer == "#/paths/~1v1~1pets~1{pet_id}/delete"


def test_resource_that_would_hide_a_client_attribute_takes_an_underscore(petstore):
    package, _, report = petstore
    assert callable(package.PetStore(api_key="k").copy_.things)
    assert any("rule: trailing-underscore" in d.message and "'copy'" in d.message for d in report.diagnostics)


def test_pagination_is_not_guessed(petstore, scripted_server):
    package, _, _ = petstore
    scripted_server.add("GET", "/v1/pets", Reply(body={"data": ["a"], "has_more": True}))
    page = package.PetStore(api_key="k", base_url=scripted_server.base_url).pets.list()
    assert type(page).__name__ == "PetListResponse" and page.data == ["a"]


def test_streaming_when_the_spec_declares_an_event_stream_and_a_stream_switch(petstore, scripted_server):
    package, _, _ = petstore
    scripted_server.add(
        "POST",
        "/v1/chat",
        Reply(chunks=[b'data: {"text": "a"}\n\n', b'data: {"text": "b"}\n\n']),
    )
    client = package.PetStore(api_key="k", base_url=scripted_server.base_url)
    assert [event.text for event in client.chat.chat(stream=True)] == ["a", "b"]


def test_cli_derives_when_no_sdk_yml_is_given_or_beside_the_spec(tmp_path, capsys):
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(OPENAPI))
    code = main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")])
    assert code == 0
    assert "deriving the SDK from openapi.yaml alone" in capsys.readouterr().err
    assert (tmp_path / "out" / "src" / "pet_store" / "_client.py").is_file()


def test_cli_uses_an_sdk_yml_beside_the_spec(tmp_path):
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(SPECS / "mini" / "openapi.yaml"), "--out", str(out), "-q"]) == 0
    assert (out / "src" / "mininotes").is_dir()


def test_derived_sdk_is_byte_identical_across_runs(tmp_path):
    from generator.write import tree_bytes

    first = tree_bytes(_generated(tmp_path / "a"))
    second = tree_bytes(_generated(tmp_path / "b"))
    assert first == second


def _generated(out):
    generate_document(OPENAPI, out, formatter="none")
    return out
