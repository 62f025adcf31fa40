"""Ids in URL paths are percent-encoded, so no id can reach another endpoint; an empty id is refused
before any request is made."""

from __future__ import annotations

import pytest
from anthropic import NOT_GIVEN, omit
from servers.scripted import Reply
from support.client_harness import MODEL

ENCODED = {
    "slash": ("a/b", "a%2Fb"),
    "dot-dot": ("..", "%2E%2E"),
    "dot": (".", "%2E"),
    "traversal": ("../../v1/files", "..%2F..%2Fv1%2Ffiles"),
    "space": ("my model", "my%20model"),
    "unicode": ("modèle-ü", "mod%C3%A8le-%C3%BC"),
    "query-and-fragment": ("x?y=1#z", "x%3Fy%3D1%23z"),
    "percent": ("100%", "100%25"),
    "plain": ("claude-test", "claude-test"),
}


@pytest.mark.parametrize("model_id,path_segment", ENCODED.values(), ids=ENCODED.keys())
def test_id_is_percent_encoded_into_one_path_segment(api, scripted_server, model_id, path_segment):
    route = scripted_server.add("GET", f"/v1/models/{path_segment}", Reply(body=MODEL))

    api.run(api.client.models.retrieve(model_id))

    assert [r.path for r in route.requests] == [f"/v1/models/{path_segment}"]
    assert route.requests[0].query == {}


def test_ids_are_encoded_in_nested_and_beta_paths_too(api, scripted_server):
    batch = {"id": "b/1", "type": "message_batch_deleted"}
    scripted_server.add("DELETE", "/v1/messages/batches/b%2F1", Reply(body=batch))
    scripted_server.add("DELETE", "/v1/files/%2E%2E", Reply(body={"id": "..", "type": "file_deleted"}))

    api.run(api.client.messages.batches.delete("b/1"))
    api.run(api.client.beta.files.delete(".."))

    assert [r.path for r in scripted_server.requests] == ["/v1/messages/batches/b%2F1", "/v1/files/%2E%2E"]
    assert scripted_server.requests[1].query == {"beta": "true"}


@pytest.mark.parametrize("empty", ["", None, NOT_GIVEN, omit], ids=["empty", "None", "NOT_GIVEN", "omit"])
def test_empty_id_raises_value_error_before_any_request(api, scripted_server, empty):
    calls = {
        "model_id": lambda: api.client.models.retrieve(empty),
        "message_batch_id": lambda: api.client.messages.batches.retrieve(empty),
        "file_id": lambda: api.client.beta.files.retrieve_metadata(empty),
    }
    for name, call in calls.items():
        with pytest.raises(ValueError, match=f"non-empty value for `{name}`"):
            api.run(call())

    assert scripted_server.requests == []
