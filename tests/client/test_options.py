"""Client options: credentials and their environment variables, base URL, default headers and query,
strict validation, copies that share the connection pool, and closing."""

from __future__ import annotations

import anthropic
import httpx
import pytest
from anthropic import omit
from servers.scripted import Reply
from support.client_harness import API_KEY, AUTH_TOKEN, CREATE, MESSAGE, MODEL


def test_api_key_is_sent_as_x_api_key_with_the_api_version(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.client.messages.create(**CREATE))

    sent = scripted_server.requests[0].headers
    assert sent["x-api-key"] == API_KEY
    assert sent["anthropic-version"] == "2023-06-01"
    assert "authorization" not in sent


def test_auth_token_is_sent_as_a_bearer_authorization(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.make(auth_token=AUTH_TOKEN).messages.create(**CREATE))

    sent = scripted_server.requests[0].headers
    assert sent["authorization"] == f"Bearer {AUTH_TOKEN}"
    assert "x-api-key" not in sent


def test_environment_supplies_key_token_and_base_url(api, scripted_server, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-from-env")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-from-env")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", scripted_server.base_url)
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    client = api.cls()
    try:
        api.run(client.messages.create(**CREATE))
    finally:
        api.run(client.close())

    assert (client.api_key, client.auth_token) == ("sk-from-env", "tok-from-env")
    sent = scripted_server.requests[0].headers
    assert sent["x-api-key"] == "sk-from-env" and sent["authorization"] == "Bearer tok-from-env"


def test_explicit_options_win_over_the_environment(api, scripted_server, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-from-env")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.make(api_key="sk-explicit", base_url=scripted_server.base_url).messages.create(**CREATE))

    assert scripted_server.requests[0].headers["x-api-key"] == "sk-explicit"


def test_default_base_url_is_the_public_api():
    client = anthropic.Anthropic(api_key="k")
    assert client.base_url == httpx.URL("https://api.anthropic.com")
    client.close()


def test_missing_credentials_fail_at_request_time_naming_both(api, scripted_server):
    client = api.make(api_key=None)  # constructing without a credential is allowed

    with pytest.raises(anthropic.AnthropicError) as info:
        api.run(client.messages.create(**CREATE))

    text = str(info.value)
    for name in ("api_key", "auth_token", "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"):
        assert name in text
    assert isinstance(info.value, TypeError)  # what 0.79 raised, so existing handlers still catch it
    assert scripted_server.requests == []


@pytest.mark.parametrize("header", ["X-Api-Key", "x-api-key", "Authorization"])
def test_a_credential_header_given_by_the_caller_counts(api, scripted_server, header):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    client = api.make(api_key=None, default_headers={header: "supplied-by-caller"})

    api.run(client.messages.create(**CREATE))

    assert scripted_server.requests[0].headers[header.lower()] == "supplied-by-caller"


def test_omitting_the_credential_header_lets_a_proxy_add_it(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    api.run(api.make(api_key=None).messages.create(**CREATE, extra_headers={"X-Api-Key": omit}))

    assert "x-api-key" not in scripted_server.requests[0].headers


def test_default_headers_and_query_go_on_every_request(api, scripted_server):
    scripted_server.add("GET", "/v1/models/claude-test?tenant=t1", Reply(body=MODEL), repeat_last=True)
    client = api.make(default_headers={"X-Team": "blue"}, default_query={"tenant": "t1"})

    api.run(client.models.retrieve("claude-test"))
    api.run(client.models.retrieve("claude-test", extra_headers={"X-Team": "red"}))

    first, second = scripted_server.requests
    assert first.headers["x-team"] == "blue" and first.query == {"tenant": "t1"}
    assert second.headers["x-team"] == "red"  # a call's own headers win


def test_base_url_path_prefix_is_kept(api, scripted_server):
    scripted_server.add("POST", "/gateway/anthropic/v1/messages", Reply(body=MESSAGE))

    api.run(api.make(base_url=scripted_server.base_url + "/gateway/anthropic").messages.create(**CREATE))

    assert scripted_server.requests[0].path == "/gateway/anthropic/v1/messages"


def test_with_options_and_copy_share_the_connection_pool(api, scripted_server):
    scripted_server.add("GET", "/v1/models/claude-test", Reply(body=MODEL), repeat_last=True)
    client = api.client
    faster = client.with_options(timeout=30)
    copied = client.copy(max_retries=5)

    for each in (client, faster, copied):
        api.run(each.models.retrieve("claude-test"))

    assert faster._client is client._client and copied._client is client._client
    peers = {request.peer for request in scripted_server.requests}
    assert len(peers) == 1  # one keep-alive connection served all three clients


def test_copy_replaces_options_and_merges_or_sets_default_headers(api):
    client = api.make(default_headers={"A": "1"}, default_query={"q": "1"}, max_retries=1)

    merged = client.copy(default_headers={"B": "2"}, default_query={"r": "2"})
    replaced = client.with_options(set_default_headers={"C": "3"}, set_default_query={"s": "3"})
    tuned = client.with_options(timeout=httpx.Timeout(7.0), max_retries=4, max_retry_after=120, api_key="sk-other")

    assert merged._custom_headers == {"A": "1", "B": "2"} and merged.default_query == {"q": "1", "r": "2"}
    assert replaced._custom_headers == {"C": "3"} and replaced.default_query == {"s": "3"}
    assert (tuned.timeout, tuned.max_retries, tuned.max_retry_after) == (httpx.Timeout(7.0), 4, 120.0)
    assert tuned.api_key == "sk-other" and client.api_key == API_KEY
    assert (client.max_retries, client.max_retry_after) == (1, 60.0)


def test_copy_refuses_both_forms_of_the_same_option(api):
    with pytest.raises(ValueError, match="default_headers"):
        api.client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})
    with pytest.raises(ValueError, match="default_query"):
        api.client.copy(default_query={"a": "1"}, set_default_query={"b": "2"})


def test_max_retries_none_is_refused_with_the_way_out():
    with pytest.raises(TypeError, match="pass `0`"):
        anthropic.Anthropic(api_key="k", max_retries=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [-1, "60", True])
def test_max_retry_after_must_be_seconds(value):
    with pytest.raises(ValueError, match="max_retry_after"):
        anthropic.Anthropic(api_key="k", max_retry_after=value)


def test_sync_client_closes_its_pool_on_context_exit_and_close():
    with anthropic.Anthropic(api_key="k") as client:
        assert not client.is_closed()
    assert client.is_closed()

    other = anthropic.Anthropic(api_key="k")
    other.close()
    assert other.is_closed()


def test_async_client_closes_its_pool_on_context_exit_and_close(api):
    async def scenario() -> tuple:
        async with anthropic.AsyncAnthropic(api_key="k") as client:
            open_inside = not client.is_closed()
        other = anthropic.AsyncAnthropic(api_key="k")
        await other.close()
        return open_inside, client.is_closed(), other.is_closed()

    assert api.loop.run_until_complete(scenario()) == (True, True, True)


def test_strict_validation_rejects_a_body_that_breaks_the_schema(api, scripted_server):
    broken = dict(MESSAGE, usage="not an object")
    scripted_server.add(
        "POST", "/v1/messages", [Reply(body=broken, headers={"request-id": "req_s"}), Reply(body=broken)]
    )

    lenient = api.run(api.client.messages.create(**CREATE))
    with pytest.raises(anthropic.APIResponseValidationError) as info:
        api.run(api.make(_strict_response_validation=True).messages.create(**CREATE))

    assert lenient.usage == "not an object"  # kept as sent
    assert info.value.status_code == 200 and info.value.body == broken
