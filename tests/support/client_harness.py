"""One test body for both clients: `Api` wraps an `Anthropic` or `AsyncAnthropic` pointed at the
fault server, and runs calls so that a test reads the same in either mode.

    def test_x(api, scripted_server):
        message = api.run(api.client.messages.create(**CREATE))

A sync call has already happened when `run` receives its result; an async call hands `run` a
coroutine, which it drives on the harness's own event loop (one loop per test, so pooled
connections stay on the loop that opened them). Retry sleeps are recorded in `api.sleeps`, never
slept (see tests/client/conftest.py).
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, AsyncIterator, Iterable, List, Union

import anthropic
import anthropic._http_clients
import httpx

API_KEY = "sk-ant-api03-TEST-SECRET-KEY-0123456789"
AUTH_TOKEN = "oauth-TEST-SECRET-TOKEN-9876543210"
SECRETS = (API_KEY, AUTH_TOKEN)

MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-test",
    "content": [{"type": "text", "text": "Hello!", "citations": None}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 3, "output_tokens": 2},
}
MODEL = {"id": "claude-test", "type": "model", "display_name": "Claude Test", "created_at": "2025-01-01T00:00:00Z"}
CREATE = {"max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}], "model": "claude-test"}


def error_body(kind: str, message: str = "boom") -> dict:
    return {"type": "error", "error": {"type": kind, "message": message}}


class Api:
    """A sync or async client factory plus the means to run what it returns."""

    def __init__(self, kind: str, base_url: str, sleeps: List[float]) -> None:
        assert kind in ("sync", "async")
        self.kind = kind
        self.is_async = kind == "async"
        self.base_url = base_url
        self.sleeps = sleeps
        self.loop = asyncio.new_event_loop()
        self._clients: List[Any] = []
        self._http_clients: List[Any] = []
        self._client: Any = None

    @property
    def cls(self) -> type:
        return anthropic.AsyncAnthropic if self.is_async else anthropic.Anthropic

    @property
    def http_client_cls(self) -> type:
        return anthropic.DefaultAsyncHttpxClient if self.is_async else anthropic.DefaultHttpxClient

    def plain_http_client(self, **options: Any) -> Any:
        """A bare `httpx.Client` / `httpx.AsyncClient` of this mode (not the SDK's subclass).

        It reuses the process's SSL context: building one loads the CA bundle (~0.1 s), which is
        not what these tests are about."""
        options.setdefault("verify", anthropic._http_clients.default_ssl_context())
        client = (httpx.AsyncClient if self.is_async else httpx.Client)(**options)
        self._http_clients.append(client)
        return client

    def make(self, **options: Any) -> Any:
        """A new client of this mode; `api_key` and `base_url` default to the test key and server."""
        options.setdefault("base_url", self.base_url)
        if "auth_token" not in options:
            options.setdefault("api_key", API_KEY)
        client = self.cls(**options)
        self._clients.append(client)
        return client

    @property
    def client(self) -> Any:
        """The default client (two retries, default timeout), made on first use."""
        if self._client is None:
            self._client = self.make()
        return self._client

    def run(self, value: Any) -> Any:
        """The value of a sync call, or the result of an async call's coroutine."""
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(_await(value))
        return value

    def collect(self, items: Union[Iterable[Any], AsyncIterator[Any]]) -> List[Any]:
        """Every item of a sync or async iterator, as a list."""
        if hasattr(items, "__aiter__"):

            async def gather() -> List[Any]:
                return [item async for item in items]  # type: ignore[union-attr]

            return self.loop.run_until_complete(gather())
        return list(items)  # type: ignore[arg-type]

    def close(self) -> None:
        for client in self._clients:
            self.run(client.close())
        for http_client in self._http_clients:
            self.run(http_client.aclose() if self.is_async else http_client.close())
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()


async def _await(value: Any) -> Any:
    return await value
