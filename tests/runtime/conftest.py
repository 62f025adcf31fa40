"""Clients of the generated `anthropic` package pointed at the shared scripted server.

Retry back-off is recorded instead of slept: `_sleep` is patched on the client
instance, so `sleeps` lists every delay the client chose.
"""

from __future__ import annotations

from typing import Iterator, List

import anthropic
import pytest

API_KEY = "sk-test-secret"


@pytest.fixture
def sleeps() -> List[float]:
    return []


@pytest.fixture
def client(scripted_server, sleeps, monkeypatch) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key=API_KEY, base_url=scripted_server.base_url) as client:
        monkeypatch.setattr(client, "_sleep", sleeps.append)
        yield client


@pytest.fixture
def async_client(scripted_server, sleeps, monkeypatch) -> anthropic.AsyncAnthropic:
    # Closed by the tests themselves: the fixture runs outside their event loop.
    client = anthropic.AsyncAnthropic(api_key=API_KEY, base_url=scripted_server.base_url)

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(client, "_sleep", record)
    return client
