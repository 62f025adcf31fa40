"""The httpx clients: the SDK's defaults in DefaultHttpxClient / DefaultAsyncHttpxClient, a user's own
client (proxy, transport) keeping the SDK timeout unless it set one, DefaultAioHttpClient, and one
SSL context per process."""

from __future__ import annotations

import sys

import anthropic
import anthropic._http_clients
import httpx
import pytest
from servers.scripted import RESET_BEFORE_HEADERS, Reply
from support.client_harness import API_KEY, CREATE, MESSAGE, Api

SSL = anthropic._http_clients.default_ssl_context()


@pytest.mark.parametrize("cls", [anthropic.DefaultHttpxClient, anthropic.DefaultAsyncHttpxClient])
def test_default_httpx_clients_carry_the_sdk_defaults(cls):
    client = cls()
    pool = client._transport._pool

    assert client.timeout == anthropic.DEFAULT_TIMEOUT == httpx.Timeout(600, connect=5)
    assert (pool._max_connections, pool._max_keepalive_connections) == (1000, 100)
    assert client.follow_redirects is True
    assert pool._ssl_context is anthropic._http_clients.default_ssl_context()


@pytest.mark.parametrize("cls", [anthropic.DefaultHttpxClient, anthropic.DefaultAsyncHttpxClient])
def test_default_httpx_clients_take_the_callers_settings(cls):
    client = cls(timeout=3.0, limits=httpx.Limits(max_connections=7), follow_redirects=False, verify=False)

    assert client.timeout == httpx.Timeout(3.0) and client.follow_redirects is False
    assert client._transport._pool._max_connections == 7
    assert client._transport._pool._ssl_context is not anthropic._http_clients.default_ssl_context()


def test_the_sdk_made_client_uses_the_defaults(api):
    http_client = api.client._client

    assert isinstance(http_client, api.http_client_cls)
    assert http_client._transport._pool._max_connections == 1000


def test_own_http_client_without_a_timeout_keeps_the_sdk_timeout(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    plain = api.plain_http_client()  # httpx's own 5 s default
    client = api.make(http_client=plain)

    api.run(client.messages.create(**CREATE))

    assert plain.timeout == httpx.Timeout(5) and client.timeout == anthropic.DEFAULT_TIMEOUT
    assert scripted_server.requests[0].headers["x-stainless-read-timeout"] == "600"


def test_own_http_client_timeout_is_used_unless_the_client_sets_one(api):
    own = api.plain_http_client(timeout=20)

    assert api.make(http_client=own).timeout == httpx.Timeout(20)
    assert api.make(http_client=own, timeout=3).timeout == 3


def test_own_http_client_sends_through_its_transport(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    seen = []

    if api.is_async:

        class Recording(httpx.AsyncHTTPTransport):
            async def handle_async_request(self, request):
                seen.append(request.url.path)
                return await super().handle_async_request(request)

        http_client = api.plain_http_client(transport=Recording(verify=SSL))
    else:

        class Recording(httpx.HTTPTransport):  # type: ignore[no-redef]
            def handle_request(self, request):
                seen.append(request.url.path)
                return super().handle_request(request)

        http_client = api.plain_http_client(transport=Recording(verify=SSL))

    api.run(api.make(http_client=http_client).messages.create(**CREATE))

    assert seen == ["/v1/messages"] and len(scripted_server.requests) == 1


def test_own_http_client_with_a_proxy_sends_through_the_proxy(api, scripted_server):
    # The fault server stands in for the proxy: it receives the absolute-form request.
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))
    http_client = api.plain_http_client(proxy=scripted_server.base_url)

    message = api.run(
        api.make(base_url="http://api.anthropic.invalid", http_client=http_client).messages.create(**CREATE)
    )

    assert message.id == "msg_01"
    assert scripted_server.requests[0].headers["host"] == "api.anthropic.invalid"


def test_own_http_client_of_the_wrong_kind_is_refused(api):
    wrong = (httpx.Client if api.is_async else httpx.AsyncClient)(verify=SSL)

    with pytest.raises(TypeError, match="http_client"):
        api.cls(api_key=API_KEY, http_client=wrong)


def test_one_ssl_context_serves_every_client_in_the_process(monkeypatch):
    shared = anthropic._http_clients.default_ssl_context()

    def fail(*args, **kwargs):
        raise AssertionError("a second SSL context was built")

    monkeypatch.setattr(httpx, "create_ssl_context", fail)
    clients = [
        anthropic.Anthropic(api_key="k"),
        anthropic.AsyncAnthropic(api_key="k"),
        anthropic.DefaultHttpxClient(),
        anthropic.DefaultAsyncHttpxClient(),
    ]

    pools = [
        c._client._transport._pool if isinstance(c, anthropic._client_core.BaseClient) else c._transport._pool
        for c in clients
    ]
    assert all(pool._ssl_context is shared for pool in pools)


# -- aiohttp ----------------------------------------------------------------------------------


@pytest.fixture
def aiohttp_api(scripted_server, sleeps):
    pytest.importorskip("httpx_aiohttp")  # the `aiohttp` extra; the test dependencies include it
    harness = Api("async", scripted_server.base_url, sleeps)
    try:
        yield harness
    finally:
        harness.close()


def test_aiohttp_client_has_the_sdk_defaults_and_the_shared_ssl_context(aiohttp_api):
    import httpx_aiohttp

    client = anthropic.DefaultAioHttpClient()

    assert isinstance(client._transport, httpx_aiohttp.AiohttpTransport)
    assert client.timeout == anthropic.DEFAULT_TIMEOUT and client.follow_redirects is True
    assert client._transport.limits == anthropic._base_client.DEFAULT_CONNECTION_LIMITS
    assert client._transport.ssl_context is anthropic._http_clients.default_ssl_context()


def test_aiohttp_client_sends_retries_and_parses(aiohttp_api, scripted_server):
    route = scripted_server.add(
        "POST", "/v1/messages", [Reply(fault=RESET_BEFORE_HEADERS), Reply(status=529), Reply(body=MESSAGE)]
    )
    client = aiohttp_api.make(http_client=anthropic.DefaultAioHttpClient())

    message = aiohttp_api.run(client.messages.create(**CREATE))

    assert message.id == "msg_01" and len(route.requests) == 3
    assert [r.headers["x-stainless-retry-count"] for r in route.requests] == ["0", "1", "2"]


def test_aiohttp_client_timeout_raises_api_timeout_error(aiohttp_api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, delay_before=0.3))
    client = aiohttp_api.make(http_client=anthropic.DefaultAioHttpClient(), max_retries=0, timeout=0.05)

    with pytest.raises(anthropic.APITimeoutError):
        aiohttp_api.run(client.messages.create(**CREATE))


def test_aiohttp_client_status_errors_are_mapped(aiohttp_api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(status=413, body={"error": {"type": "request_too_large"}}))
    client = aiohttp_api.make(http_client=anthropic.DefaultAioHttpClient())

    with pytest.raises(anthropic.RequestTooLargeError):
        aiohttp_api.run(client.messages.create(**CREATE))


def test_aiohttp_client_without_the_extra_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # what an absent package looks like to import

    with pytest.raises(RuntimeError, match=r"anthropic\[aiohttp\]"):
        anthropic.DefaultAioHttpClient()
