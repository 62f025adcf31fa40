"""How requests are sent and responses read, for the features large specs use: form, multipart, raw and
array bodies; path, query, header and cookie parameters with their styles; references to components
other than schemas; several response media types; verbs beyond the usual five."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from gen_helpers import generate_document, imported
from servers.scripted import Reply


def ok(schema: dict, media: str = "application/json") -> dict:
    return {"description": "ok", "content": {media: {"schema": schema}}}


ITEM = {"$ref": "#/components/schemas/Item"}

OPENAPI = {
    "openapi": "3.0.3",
    "info": {"title": "Shop API", "version": "1.0.0"},
    "servers": [{"url": "https://shop.example.test"}],
    "paths": {
        "/v1/forms": {
            "post": {
                "operationId": "submitForm",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "name": {"type": "string"},
                                    "tags": {"type": "array", "items": {"type": "string"}},
                                    "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                                },
                            },
                            "encoding": {
                                "tags": {"style": "deepObject", "explode": True},
                                "meta": {"style": "deepObject", "explode": True},
                            },
                        }
                    }
                },
                "responses": {"200": ok(ITEM)},
            }
        },
        "/v1/uploads": {
            "post": {
                "operationId": "uploadFile",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "purpose": {"type": "string"},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": ok(ITEM)},
            }
        },
        "/v1/blobs/{blob_id}": {
            "put": {
                "operationId": "putBlob",
                "parameters": [{"name": "blob_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {}}}},
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/v1/notes": {
            "post": {
                "operationId": "postNote",
                "requestBody": {"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}},
                "responses": {"200": ok({"type": "string"}, "text/plain")},
            }
        },
        "/v1/batch": {
            "post": {
                "operationId": "batchItems",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "array", "items": ITEM}}},
                },
                "responses": {"200": ok({"type": "array", "items": ITEM})},
            }
        },
        "/v1/search": {
            "get": {
                "operationId": "searchItems",
                "parameters": [
                    {
                        "name": "ids",
                        "in": "query",
                        "style": "form",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {
                        "name": "filter",
                        "in": "query",
                        "style": "deepObject",
                        "explode": True,
                        "schema": {"type": "object", "properties": {"color": {"type": "string"}}},
                    },
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {"name": "theme", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": ITEM}},
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    }
                },
            }
        },
        "/v1/items/{id}": {
            "parameters": [{"$ref": "#/components/parameters/ItemId"}],
            "patch": {
                "operationId": "patchItem",
                "requestBody": {"$ref": "#/components/requestBodies/ItemPatch"},
                "responses": {"200": {"$ref": "#/components/responses/ItemResponse"}},
            },
            "head": {"operationId": "headItem", "responses": {"200": {"description": "exists"}}},
        },
        "/v1/report": {
            "get": {
                "operationId": "getReport",
                "responses": {"200": ok({"type": "string", "format": "binary"}, "application/pdf")},
            }
        },
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "color": {"type": "string"}},
            }
        },
        "parameters": {"ItemId": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}},
        "requestBodies": {
            "ItemPatch": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"id": {"type": "string"}, "color": {"type": "string"}},
                        }
                    }
                }
            }
        },
        "headers": {"RateLimit": {"schema": {"type": "integer"}}},
        "responses": {
            "ItemResponse": {
                "description": "the item",
                "headers": {"X-Rate-Limit": {"$ref": "#/components/headers/RateLimit"}},
                "content": {"application/json": {"schema": ITEM}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    out = tmp_path_factory.mktemp("shop") / "out"
    result = generate_document(OPENAPI, out)
    with imported(out, "shop") as package:
        yield package, out, result.report


@pytest.fixture
def client(shop, scripted_server):
    package, _, _ = shop
    return package.Shop(base_url=scripted_server.base_url, max_retries=0)


def test_form_body_is_url_encoded_with_deep_object_lists(client, scripted_server):
    scripted_server.add("POST", "/v1/forms", Reply(body={"id": "i1"}))
    client.forms.submit_form(name="box", tags=["a", "b"], meta={"k": "v"})
    (sent,) = scripted_server.requests
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert unquote(sent.body.decode()) == "name=box&tags[0]=a&tags[1]=b&meta[k]=v"


def test_multipart_body_sends_the_file_as_a_part(client, scripted_server):
    scripted_server.add("POST", "/v1/uploads", Reply(body={"id": "i1"}))
    client.uploads.upload_file(file=("a.txt", b"hello"), purpose="test")
    (sent,) = scripted_server.requests
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert b'name="file"; filename="a.txt"' in sent.body and b"hello" in sent.body


def test_octet_stream_body_is_sent_raw_and_integer_path_params_are_ints(client, scripted_server, shop):
    _, out, _ = shop
    scripted_server.add("PUT", "/v1/blobs/7", Reply(status=204))
    assert client.blobs.put_blob(7, body=b"\x00\x01") is None
    (sent,) = scripted_server.requests
    assert sent.body == b"\x00\x01" and sent.headers["content-type"] == "application/octet-stream"
    assert "blob_id: int," in (out / "src" / "shop" / "resources" / "blobs.py").read_text()


def test_text_body_and_text_response(client, scripted_server):
    scripted_server.add("POST", "/v1/notes", Reply(body="noted", headers={"content-type": "text/plain"}))
    assert client.notes.post_note(body="remember") == "noted"
    (sent,) = scripted_server.requests
    assert sent.body == b"remember" and sent.headers["content-type"] == "text/plain"


def test_array_body_is_one_argument(client, scripted_server):
    scripted_server.add("POST", "/v1/batch", Reply(body=[{"id": "a"}, {"id": "b"}]))
    items = client.batch.items(body=[{"id": "a"}, {"id": "b"}])
    assert [i.id for i in items] == ["a", "b"]
    assert scripted_server.requests[0].json == [{"id": "a"}, {"id": "b"}]


def test_query_header_and_cookie_parameters_follow_their_style(client, scripted_server, shop):
    _, _, report = shop
    scripted_server.add("GET", "/v1/search", Reply(body=[]))
    client.search.items(
        ids=["a", "b"], tags=["x", "y"], filter={"color": "red"}, query_timeout=5, x_trace=["t1", "t2"], session="s1"
    )
    (sent,) = scripted_server.requests
    assert sorted(sent.query_items) == [
        ("filter[color]", "red"),
        ("ids", "a,b"),
        ("tags", "x"),
        ("tags", "y"),
        ("timeout", "5"),
    ]
    assert sent.headers["x-trace"] == "t1,t2"
    assert sent.headers["cookie"] == "session=s1"
    assert any("rule: location-prefix" in d.message and "'timeout'" in d.message for d in report.diagnostics)
    assert any("also offered: text/csv" in d.message for d in report.diagnostics)


def test_references_to_parameters_request_bodies_and_responses(client, scripted_server, shop):
    _, _, report = shop
    scripted_server.add("PATCH", "/v1/items/i1", Reply(body={"id": "i1", "color": "blue"}))
    item = client.items.patch_item("i1", body_id="i2", color="blue")
    assert item.color == "blue"
    assert scripted_server.requests[0].json == {"id": "i2", "color": "blue"}
    assert any("'body_id'" in d.message and "rule: location-prefix" in d.message for d in report.diagnostics)


def test_head_operation_is_a_method(client, scripted_server):
    scripted_server.add("HEAD", "/v1/items/i1", Reply(status=200))
    assert client.items.head_item("i1") is None
    assert scripted_server.requests[0].method == "HEAD"


def test_binary_response_is_read_as_bytes(client, scripted_server):
    scripted_server.add("GET", "/v1/report", Reply(body=b"%PDF-1.4", headers={"content-type": "application/pdf"}))
    assert client.report.get().read() == b"%PDF-1.4"
