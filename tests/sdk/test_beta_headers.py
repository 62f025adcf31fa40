"""Beta resources always send the beta their endpoints need, after whatever the caller asked for."""

from __future__ import annotations

import anthropic
import pytest
from servers.scripted import Reply

EMPTY_PAGE = {"data": [], "has_more": False, "first_id": None, "last_id": None}


@pytest.fixture
def client(scripted_server) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="k", base_url=scripted_server.base_url, max_retries=0)


def test_files_method_sends_its_beta_when_caller_gives_none(client, scripted_server):
    scripted_server.add("GET", "/v1/files?beta=true", Reply(body=EMPTY_PAGE))
    client.beta.files.list()
    assert scripted_server.requests[0].headers["anthropic-beta"] == "files-api-2025-04-14"


def test_callers_betas_come_first_and_the_default_is_not_repeated(client, scripted_server):
    scripted_server.add("GET", "/v1/files?beta=true", Reply(body=EMPTY_PAGE), repeat_last=True)
    client.beta.files.list(betas=["other-2025-01-01"])
    client.beta.files.list(betas=["files-api-2025-04-14", "other-2025-01-01"])
    first, second = (r.headers["anthropic-beta"] for r in scripted_server.requests)
    assert first == "other-2025-01-01,files-api-2025-04-14"
    assert second == "files-api-2025-04-14,other-2025-01-01"


def test_beta_count_tokens_sends_token_counting_beta(client, scripted_server):
    scripted_server.add("POST", "/v1/messages/count_tokens?beta=true", Reply(body={"input_tokens": 3}))
    client.beta.messages.count_tokens(model="claude-opus-4-6", messages=[{"role": "user", "content": "hi"}])
    assert scripted_server.requests[0].headers["anthropic-beta"] == "token-counting-2024-11-01"


def test_plain_resources_send_no_beta_header(client, scripted_server):
    scripted_server.add("GET", "/v1/models", Reply(body=EMPTY_PAGE))
    client.models.list()
    assert "anthropic-beta" not in scripted_server.requests[0].headers


def _file(file_id: str) -> dict:
    return {
        "id": file_id,
        "type": "file",
        "filename": "a",
        "mime_type": "text/plain",
        "size_bytes": 1,
        "created_at": "2025-01-01T00:00:00Z",
    }


def test_beta_list_keeps_beta_query_with_params_and_on_later_pages(client, scripted_server):
    # httpx drops a URL's own query when params are passed; 0.79 loses `beta=true` here.
    page_1 = {"data": [_file("f1")], "has_more": True, "first_id": "f1", "last_id": "f1"}
    page_2 = {"data": [_file("f2")], "has_more": False, "first_id": "f2", "last_id": "f2"}
    scripted_server.add("GET", "/v1/files?beta=true&limit=1", Reply(body=page_1))
    scripted_server.add("GET", "/v1/files?beta=true&limit=1&after_id=f1", Reply(body=page_2))
    assert [f.id for f in client.beta.files.list(limit=1)] == ["f1", "f2"]
