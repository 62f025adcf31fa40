"""`AnthropicFoundry` against the scripted server: Foundry's credentials (API key or a Microsoft Entra
ID token asked for at every request), its base URL, and what it does not offer."""

from __future__ import annotations

import logging
from typing import Any, Dict, List

import anthropic
import pytest
from anthropic._exceptions import MissingCredentialsError
from anthropic.lib._platform_common import UnsupportedResourceError
from anthropic.lib.foundry import MutuallyExclusiveAuthError
from platforms.cloud_support import MESSAGE, USER_TURN
from servers.scripted import Reply, ScriptedServer
from servers.sse_server import message_events, sse_reply

API_KEY = "foundry-key-0123456789"
MODEL = "claude-opus-4-6"


def _client(server: ScriptedServer, **options: Any) -> anthropic.AnthropicFoundry:
    settings: Dict[str, Any] = dict(api_key=API_KEY, base_url=server.base_url + "/anthropic/")
    settings.update(options)
    return anthropic.AnthropicFoundry(**settings)


def _counting_provider(tokens: List[str]) -> Any:
    def provider() -> str:
        tokens.append(f"entra-token-{len(tokens) + 1}")
        return tokens[-1]

    return provider


def test_api_key_requests_go_under_the_anthropic_path(scripted_server):
    scripted_server.add("POST", "/anthropic/v1/messages", Reply(body=MESSAGE))
    message = _client(scripted_server).messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)

    assert message.content[0].text == "Hello from the cloud!"
    (request,) = scripted_server.requests
    assert request.json == {"max_tokens": 8, "messages": USER_TURN, "model": MODEL}
    headers = request.headers
    assert headers["api-key"] == API_KEY and headers["x-api-key"] == API_KEY  # both, as 0.79 sends
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers["user-agent"] == f"AnthropicFoundry/Python {anthropic.__version__}"
    assert "authorization" not in headers


def test_token_provider_is_called_for_every_request(scripted_server):
    scripted_server.add("POST", "/anthropic/v1/messages", Reply(body=MESSAGE), repeat_last=True)
    tokens: List[str] = []
    client = _client(scripted_server, api_key=None, azure_ad_token_provider=_counting_provider(tokens))
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)

    first, second = scripted_server.requests
    assert first.headers["authorization"] == "Bearer entra-token-1"
    assert second.headers["authorization"] == "Bearer entra-token-2"
    assert "api-key" not in first.headers and "x-api-key" not in first.headers


def test_a_retry_asks_the_provider_again(scripted_server):
    overloaded = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    busy = Reply(status=529, body=overloaded, headers={"retry-after-ms": "1"})
    scripted_server.add("POST", "/anthropic/v1/messages", [busy, Reply(body=MESSAGE)])
    tokens: List[str] = []
    client = _client(scripted_server, api_key=None, azure_ad_token_provider=_counting_provider(tokens), max_retries=1)
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    assert [r.headers["authorization"] for r in scripted_server.requests] == [
        "Bearer entra-token-1",
        "Bearer entra-token-2",
    ]


@pytest.mark.anyio
async def test_async_client_awaits_an_async_token_provider(scripted_server):
    scripted_server.add("POST", "/anthropic/v1/messages", Reply(body=MESSAGE), repeat_last=True)
    calls: List[int] = []

    async def provider() -> str:
        calls.append(1)
        return f"async-token-{len(calls)}"

    client = anthropic.AsyncAnthropicFoundry(
        azure_ad_token_provider=provider, base_url=scripted_server.base_url + "/anthropic/"
    )
    await client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    sync_provider_client = client.with_options(azure_ad_token_provider=lambda: "plain-token")
    await sync_provider_client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)

    assert [r.headers["authorization"] for r in scripted_server.requests] == [
        "Bearer async-token-1",
        "Bearer plain-token",
    ]


def test_messages_stream_works_unchanged(scripted_server):
    scripted_server.add("POST", "/anthropic/v1/messages", sse_reply(message_events(MESSAGE)))
    with _client(scripted_server).messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN) as stream:
        assert stream.get_final_text() == "Hello from the cloud!"
    assert scripted_server.requests[0].json["stream"] is True


def test_count_tokens_and_beta_resources_are_served(scripted_server):
    scripted_server.add("POST", "/anthropic/v1/messages/count_tokens", Reply(body={"input_tokens": 3}))
    scripted_server.add("GET", "/anthropic/v1/models", Reply(body={"data": [], "has_more": False}))
    client = _client(scripted_server)
    assert client.messages.count_tokens(model=MODEL, messages=USER_TURN).input_tokens == 3
    assert list(client.beta.models.list()) == []
    assert scripted_server.requests[1].query == {"beta": "true"}


def test_resources_foundry_lacks_raise_a_clear_attribute_error(scripted_server):
    client = _client(scripted_server)
    for owner, name, path in (
        (client, "models", "models"),
        (client.messages, "batches", "messages.batches"),
        (client.beta.messages, "batches", "beta.messages.batches"),
        (client.with_raw_response, "models", "models"),
    ):
        with pytest.raises(UnsupportedResourceError, match=rf"`{path}` is not available on Microsoft Foundry"):
            getattr(owner, name)
        assert getattr(owner, name, None) is None  # absent, as far as getattr() can tell
    assert scripted_server.requests == []


# -- options and the environment ---------------------------------------------------------------


def test_resource_decides_the_base_url():
    client = anthropic.AnthropicFoundry(resource="my-resource", api_key=API_KEY)
    assert str(client.base_url) == "https://my-resource.services.ai.azure.com/anthropic/"


def test_environment_variables_fill_in_missing_options(monkeypatch, scripted_server):
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "env-resource")
    client = anthropic.AnthropicFoundry()
    assert client.api_key == "env-key"
    assert str(client.base_url) == "https://env-resource.services.ai.azure.com/anthropic/"
    # an argument beats the environment, whichever option it is
    assert client.with_options(api_key="arg-key").api_key == "arg-key"
    assert (
        str(anthropic.AnthropicFoundry(base_url="https://proxy.example/anthropic/").base_url)
        == "https://proxy.example/anthropic/"
    )
    assert str(anthropic.AnthropicFoundry(resource="arg-resource").base_url).startswith("https://arg-resource.")
    monkeypatch.delenv("ANTHROPIC_FOUNDRY_RESOURCE")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_BASE_URL", scripted_server.base_url + "/anthropic/")
    assert str(anthropic.AnthropicFoundry().base_url) == scripted_server.base_url + "/anthropic/"


def test_first_party_credentials_in_the_environment_are_never_sent(monkeypatch, scripted_server):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-first-party")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "first-party-token")
    scripted_server.add("POST", "/anthropic/v1/messages", Reply(body=MESSAGE))
    client = _client(scripted_server, api_key=None, azure_ad_token_provider=lambda: "entra")
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)

    (request,) = scripted_server.requests
    assert request.headers["authorization"] == "Bearer entra"
    assert "x-api-key" not in request.headers and "sk-ant-first-party" not in str(request.headers)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({}, MissingCredentialsError, "pass `api_key` or `azure_ad_token_provider`"),
        ({"api_key": API_KEY, "azure_ad_token_provider": lambda: "t"}, MutuallyExclusiveAuthError, "not both"),
        ({"api_key": API_KEY}, ValueError, "No Foundry endpoint: pass `resource`"),
        (
            {"api_key": API_KEY, "resource": "r", "base_url": "https://x.example/"},
            ValueError,
            "either `base_url` or `resource`",
        ),
        ({"api_key": API_KEY, "resource": "bad/name"}, ValueError, "Azure resource name .*'bad/name'"),
        ({"azure_ad_token_provider": "not-callable", "resource": "r"}, TypeError, "must be a callable"),
    ],
)
def test_bad_options_are_named(options, error, message):
    with pytest.raises(error, match=message) as caught:
        anthropic.AnthropicFoundry(**options)
    assert API_KEY not in str(caught.value)


def test_both_endpoint_variables_at_once_are_rejected(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "r")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_BASE_URL", "https://x.example/")
    with pytest.raises(ValueError, match="Both ANTHROPIC_FOUNDRY_BASE_URL and ANTHROPIC_FOUNDRY_RESOURCE"):
        anthropic.AnthropicFoundry(api_key=API_KEY)


@pytest.mark.parametrize(
    ("returned", "error", "message"), [(b"secret-bytes", TypeError, "returned bytes"), ("", ValueError, "empty token")]
)
def test_a_bad_token_is_reported_without_its_value(scripted_server, returned, error, message):
    client = _client(scripted_server, api_key=None, azure_ad_token_provider=lambda: returned)
    with pytest.raises(error, match=message) as caught:
        client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    assert "secret-bytes" not in str(caught.value)
    assert scripted_server.requests == []


def test_with_options_switches_between_key_and_token(scripted_server):
    client = _client(scripted_server)
    with_token = client.with_options(azure_ad_token_provider=lambda: "t")
    assert with_token.api_key is None and with_token.auth_headers == {}
    back = with_token.with_options(api_key="k2", timeout=3)
    assert back.api_key == "k2" and back._azure_ad_token_provider is None and back.timeout == 3
    assert str(back.base_url) == str(client.base_url) and back._client is client._client


def test_secrets_stay_out_of_reprs_and_logs(scripted_server, caplog):
    scripted_server.add("POST", "/anthropic/v1/messages", Reply(body=MESSAGE))
    client = _client(scripted_server)
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    assert API_KEY not in repr(client) and API_KEY not in caplog.text
    assert "Sending HTTP Request" in caplog.text


def test_foundry_module_names_match_0_79():
    from anthropic.lib import foundry

    assert foundry.AnthropicFoundry is anthropic.AnthropicFoundry
    assert foundry.AsyncAnthropicFoundry is anthropic.AsyncAnthropicFoundry
    assert issubclass(foundry.AnthropicFoundry, anthropic.Anthropic)
    assert issubclass(foundry.MessagesFoundry, anthropic.resources.messages.Messages)
    assert issubclass(foundry.AsyncBetaFoundry, anthropic.resources.beta.AsyncBeta)
    assert foundry.AzureADTokenProvider is not None and foundry.AsyncAzureADTokenProvider is not None
