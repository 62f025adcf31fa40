"""Client behaviour over real HTTP against a scripted loopback server."""

import gc
import importlib
import json
import logging
import socket
import time
from typing import List, Union

import anyio
import httpx
import pytest
from typing_extensions import Annotated, Literal


@pytest.fixture(scope="module")
def sdk(rt):
    p = rt.__name__
    ns = type("NS", (), {})()
    for name in [
        "_types",
        "_models",
        "_base_client",
        "_streaming",
        "_exceptions",
        "_legacy_response",
        "_response",
        "pagination",
        "_utils",
        "_resource",
    ]:
        setattr(ns, name.strip("_"), importlib.import_module(f"{p}.{name}"))

    class TextBlock(ns.models.BaseModel):
        type: Literal["text"]
        text: str

    class Message(ns.models.BaseModel):
        id: str
        type: Literal["message"]
        content: List[TextBlock]

    class Delta(ns.models.BaseModel):
        type: Literal["content_block_delta"]
        index: int

    class Stop(ns.models.BaseModel):
        type: Literal["message_stop"]

    Event = Annotated[Union[Delta, Stop], ns.utils.PropertyInfo(discriminator="type")]

    class Model(ns.models.BaseModel):
        id: str

    ns.Message, ns.Event, ns.Model, ns.Delta, ns.Stop = Message, Event, Model, Delta, Stop
    return ns


MESSAGE = {"id": "msg_1", "type": "message", "content": [{"type": "text", "text": "hi"}]}


def create(sdk, client, *, extra_headers=None, stream=False, timeout=None, **body):
    opts = sdk.base_client.make_request_options(
        extra_headers=extra_headers, timeout=timeout if timeout is not None else sdk.types.NOT_GIVEN
    )
    stream_cls = (
        sdk.streaming.AsyncStream if isinstance(client, sdk.base_client.AsyncAPIClient) else sdk.streaming.Stream
    )[sdk.Event]
    return client.post(
        "/v1/messages", body=body, cast_to=sdk.Message, options=opts, stream=stream, stream_cls=stream_cls
    )


def test_post_parses_model_sets_request_id_and_sends_expected_headers(sdk, clients, server):
    Client, _ = clients
    server.json(200, MESSAGE, {"request-id": "req_abc"})
    client = Client(base_url=server.base_url)
    msg = create(sdk, client, model="m", max_tokens=5)
    assert isinstance(msg, sdk.Message) and msg.content[0].text == "hi"
    assert msg._request_id == "req_abc"
    sent = {k.lower(): v for k, v in server.requests[0]["headers"].items()}
    assert sent["x-api-key"] == "sk-test-secret"
    assert sent["anthropic-version"] == "2023-06-01"
    assert sent["user-agent"] == "Client/Python 9.9.9"
    assert sent["x-stainless-retry-count"] == "0"
    assert sent["content-type"] == "application/json"
    assert json.loads(server.requests[0]["body"]) == {"model": "m", "max_tokens": 5}


def test_retries_on_overloaded_honouring_retry_after_ms_and_counts_attempts(sdk, clients, server):
    Client, _ = clients
    server.json(
        529, {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}, {"retry-after-ms": "250"}
    )
    server.json(200, MESSAGE)
    client = Client(base_url=server.base_url)
    raw = sdk.legacy_response.to_raw_response_wrapper(lambda **kw: create(sdk, client, **kw))(model="m")
    assert raw.retries_taken == 1
    assert client.sleeps == [0.25]
    counts = [{k.lower(): v for k, v in r["headers"].items()}["x-stainless-retry-count"] for r in server.requests]
    assert counts == ["0", "1"]


def test_gives_up_after_max_retries_with_the_status_error(sdk, clients, server):
    Client, _ = clients
    for _ in range(3):
        server.json(500, {"type": "error", "error": {"type": "api_error", "message": "boom"}})
    client = Client(base_url=server.base_url)
    with pytest.raises(sdk.exceptions.InternalServerError, match=r"Error code: 500 - \{'type': 'error'"):
        create(sdk, client)
    assert len(server.requests) == 3 and len(client.sleeps) == 2


def test_client_error_is_not_retried_and_carries_body(sdk, clients, server):
    Client, _ = clients
    server.json(
        400, {"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}}, {"request-id": "req_e"}
    )
    client = Client(base_url=server.base_url)
    with pytest.raises(sdk.exceptions.BadRequestError) as info:
        create(sdk, client)
    assert info.value.body["error"]["message"] == "bad"
    assert info.value.request_id == "req_e"
    assert len(server.requests) == 1
    assert "sk-test-secret" not in str(info.value)


def test_x_should_retry_false_stops_retries(sdk, clients, server):
    Client, _ = clients
    server.json(503, {"error": {"type": "x"}}, {"x-should-retry": "false"})
    client = Client(base_url=server.base_url)
    with pytest.raises(sdk.exceptions.ServiceUnavailableError):
        create(sdk, client)
    assert len(server.requests) == 1


def test_connection_refused_becomes_api_connection_error_after_retries(sdk, clients):
    Client, _ = clients
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = Client(base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(sdk.exceptions.APIConnectionError, match="Connection error") as info:
        create(sdk, client)
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert len(client.sleeps) == 2


def test_timeout_becomes_api_timeout_error(sdk, clients, server):
    Client, _ = clients
    server.replies.append(lambda handler: time.sleep(1.0))
    client = Client(base_url=server.base_url, max_retries=0)
    with pytest.raises(sdk.exceptions.APITimeoutError):
        create(sdk, client, timeout=0.2)


def test_with_raw_response_returns_legacy_response_and_marker_stays_off_the_wire(sdk, clients, server):
    Client, _ = clients
    server.json(200, MESSAGE, {"request-id": "req_raw"})
    client = Client(base_url=server.base_url)
    wrapped = sdk.legacy_response.to_raw_response_wrapper(lambda **kw: create(sdk, client, **kw))
    raw = wrapped(model="m", extra_headers={"X-Custom": "1"})
    assert isinstance(raw, sdk.legacy_response.LegacyAPIResponse)
    assert raw.status_code == 200 and raw.request_id == "req_raw" and raw.headers["request-id"] == "req_raw"
    msg = raw.parse()
    assert isinstance(msg, sdk.Message) and msg._request_id == "req_raw"
    assert raw.parse() is msg
    assert json.loads(raw.text) == MESSAGE and raw.json() == MESSAGE
    sent = {k.lower() for k in server.requests[0]["headers"]}
    assert "x-custom" in sent
    assert not any("raw-response" in k or "override_cast" in k for k in sent)


def test_with_streaming_response_does_not_read_the_body_up_front(sdk, clients, server):
    Client, _ = clients
    server.replies.append(
        (200, {"Content-Type": "application/json"}, [b'{"id": "msg_1", ', b'"type": "message", "content": []}'])
    )
    client = Client(base_url=server.base_url)
    wrapped = sdk.response.to_streamed_response_wrapper(lambda **kw: create(sdk, client, **kw))
    with wrapped(model="m") as response:
        assert isinstance(response, sdk.response.APIResponse)
        assert not response.is_closed
        assert response.parse().id == "msg_1"
    assert response.is_closed
    assert not any("raw-response" in k.lower() for k in server.requests[0]["headers"])


SSE_OK = [
    b'event: ping\ndata: {"type": "ping"}\n\n',
    b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0}\n\n',
    b'event: content_block_delta\ndata: {"index": 1}\n\n',
    b'event: mystery\ndata: {"type": "mystery", "x": 1}\n\n',
    b'event: message_stop\r\ndata: {"type": "message_stop"}\r\n\r\n',
]


def test_stream_yields_typed_events_skips_ping_and_keeps_unknown(sdk, clients, server):
    Client, _ = clients
    server.replies.append((200, {"Content-Type": "text/event-stream"}, SSE_OK))
    client = Client(base_url=server.base_url)
    with create(sdk, client, stream=True) as stream:
        assert isinstance(stream.response, httpx.Response)
        events = list(stream)
    assert [type(e).__name__ for e in events] == ["Delta", "Delta", "BaseModel", "Stop"]
    assert events[1].index == 1 and events[2].x == 1
    assert stream.response.is_closed


def test_error_event_in_stream_raises_mapped_status_error(sdk, clients, server):
    Client, _ = clients
    body = b'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}\n\n'
    server.replies.append((200, {"Content-Type": "text/event-stream"}, [SSE_OK[1], body]))
    client = Client(base_url=server.base_url)
    stream = create(sdk, client, stream=True)
    it = iter(stream)
    assert next(it).index == 0
    with pytest.raises(sdk.exceptions.OverloadedError, match="Overloaded"):
        next(it)


def test_invalid_json_in_stream_raises_typed_error_naming_the_event(sdk, clients, server):
    Client, _ = clients
    server.replies.append(
        (200, {"Content-Type": "text/event-stream"}, [b"event: content_block_delta\ndata: {nope\n\n"])
    )
    client = Client(base_url=server.base_url)
    with pytest.raises(sdk.exceptions.APIResponseValidationError, match="content_block_delta"):
        list(create(sdk, client, stream=True))


def test_mid_stream_disconnect_raises_api_connection_error(sdk, clients, server):
    Client, _ = clients

    def cut(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = SSE_OK[1]
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        handler.wfile.write(b"ff\r\npartial")
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)

    server.replies.append(cut)
    client = Client(base_url=server.base_url)
    stream = create(sdk, client, stream=True)
    it = iter(stream)
    assert next(it).index == 0
    with pytest.raises(sdk.exceptions.APIConnectionError) as info:
        next(it)
    assert isinstance(info.value.__cause__, httpx.TransportError)


def _list(sdk, client, **query):
    opts = sdk.base_client.make_request_options(query=query)
    page_cls = (
        sdk.pagination.AsyncPage if isinstance(client, sdk.base_client.AsyncAPIClient) else sdk.pagination.SyncPage
    )
    return client.get_api_list("/v1/models", page=page_cls[sdk.Model], model=sdk.Model, options=opts)


def test_sync_page_iterates_across_pages_using_after_id(sdk, clients, server):
    Client, _ = clients
    server.json(200, {"data": [{"id": "a"}, {"id": "b"}], "has_more": True, "first_id": "a", "last_id": "b"})
    server.json(200, {"data": [{"id": "c"}], "has_more": False, "first_id": "c", "last_id": "c"})
    client = Client(base_url=server.base_url)
    page = _list(sdk, client, limit=2)
    assert page.has_next_page() and page.next_page_info().params == {"after_id": "b"}
    assert [m.id for m in page] == ["a", "b", "c"]
    assert server.requests[1]["path"] == "/v1/models?limit=2&after_id=b"


def test_before_id_paging_goes_backwards_and_empty_page_stops(sdk, clients, server):
    Client, _ = clients
    server.json(200, {"data": [{"id": "x"}], "has_more": True, "first_id": "x", "last_id": "x"})
    server.json(200, {"data": [], "has_more": True, "first_id": None, "last_id": None})
    client = Client(base_url=server.base_url)
    page = _list(sdk, client, before_id="z")
    assert page.next_page_info().params == {"before_id": "x"}
    pages = list(page.iter_pages())
    assert len(pages) == 2 and not pages[1].has_next_page()


def test_async_client_paginator_is_awaitable_and_async_iterable(sdk, clients, server):
    _, AsyncClient = clients
    server.json(200, {"data": [{"id": "a"}], "has_more": True, "first_id": "a", "last_id": "a"})
    server.json(200, {"data": [{"id": "b"}], "has_more": False, "first_id": "b", "last_id": "b"})
    server.json(200, {"data": [{"id": "a"}], "has_more": False, "first_id": "a", "last_id": "a"})

    async def main():
        async with AsyncClient(base_url=server.base_url) as client:
            ids = [m.id async for m in _list(sdk, client)]
            first = await _list(sdk, client)
            return ids, first

    ids, first = anyio.run(main)
    assert ids == ["a", "b"] and [m.id for m in first.data] == ["a"]


def test_async_client_retries_and_streams(sdk, clients, server):
    _, AsyncClient = clients
    server.json(429, {"error": {"type": "rate_limit_error"}}, {"retry-after": "2"})
    server.replies.append((200, {"Content-Type": "text/event-stream"}, SSE_OK))
    server.json(200, MESSAGE, {"request-id": "req_a"})

    async def main():
        client = AsyncClient(base_url=server.base_url)
        stream = await create(sdk, client, stream=True)
        events = [e async for e in stream]
        raw = await sdk.legacy_response.async_to_raw_response_wrapper(lambda **kw: create(sdk, client, **kw))()
        await client.close()
        return client, events, raw

    client, events, raw = anyio.run(main)
    assert client.sleeps == [2.0]
    assert [type(e).__name__ for e in events] == ["Delta", "Delta", "BaseModel", "Stop"]
    assert raw.parse()._request_id == "req_a"
    sent = {k.lower(): v for k, v in server.requests[0]["headers"].items()}
    assert sent["x-stainless-async"].startswith("async:")


def test_debug_logs_redact_credentials(sdk, clients, server, caplog):
    Client, _ = clients
    server.json(200, MESSAGE)
    client = Client(base_url=server.base_url)
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        create(sdk, client, extra_headers={"Authorization": "Bearer tok-secret", "X-My-Token": "t0k"})
    text = caplog.text
    assert "Sending HTTP Request" in text
    assert "sk-test-secret" not in text and "tok-secret" not in text and "t0k" not in text
    assert "<redacted>" in text


def test_missing_credentials_are_reported_by_validate_headers(sdk, clients, server):
    Client, _ = clients
    client = Client(base_url=server.base_url)
    client.api_key = None
    with pytest.raises(TypeError, match="authentication"):
        create(sdk, client)


def test_user_supplied_http_client_is_not_closed_when_api_client_is_collected(sdk, clients):
    Client, _ = clients
    http = httpx.Client()
    client = Client(base_url="http://localhost", http_client=http)
    copy = Client(base_url="http://localhost", http_client=client._client)
    del client, copy
    gc.collect()
    assert not http.is_closed
    http.close()


def test_created_clients_share_one_ssl_context(sdk, clients):
    Client, _ = clients
    a, b = Client(base_url="https://x"), Client(base_url="https://y")
    ctx_a = a._client._transport._pool._ssl_context
    assert ctx_a is b._client._transport._pool._ssl_context
    assert (
        ctx_a is importlib.import_module(sdk.models.__name__.rsplit(".", 1)[0] + "._http_clients").default_ssl_context()
    )
    a.close(), b.close()


def test_aiohttp_client_without_extra_raises_a_clear_error(sdk):
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match=r"anthropic\[aiohttp\]"):
            sdk.base_client.DefaultAioHttpClient()


def test_resource_binds_client_verbs(sdk, clients):
    Client, _ = clients
    client = Client(base_url="http://localhost")
    res = sdk.resource.SyncAPIResource(client)
    assert res._post == client.post and res._get_api_list == client.get_api_list and res._client is client


def test_raw_list_page_fetches_following_pages_as_plain_pages(sdk, clients, server):
    Client, _ = clients
    server.json(200, {"data": [{"id": "a"}], "has_more": True, "first_id": "a", "last_id": "a"})
    server.json(200, {"data": [{"id": "b"}], "has_more": False, "first_id": "b", "last_id": "b"})
    client = Client(base_url=server.base_url)

    def list_models(*, extra_headers=None):
        opts = sdk.base_client.make_request_options(extra_headers=extra_headers)
        return client.get_api_list("/v1/models", page=sdk.pagination.SyncPage[sdk.Model], model=sdk.Model, options=opts)

    raw = sdk.legacy_response.to_raw_response_wrapper(list_models)()
    page = raw.parse()
    nxt = page.get_next_page()
    assert isinstance(nxt, sdk.pagination.SyncPage) and [m.id for m in nxt.data] == ["b"]
    assert all(not any("raw-response" in k.lower() for k in r["headers"]) for r in server.requests)
