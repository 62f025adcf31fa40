"""Clients pointed at the scripted server, for the structured-output tests."""

from __future__ import annotations

from typing import Iterator

import anthropic
import pytest

API_KEY = "sk-test-structured-outputs"


@pytest.fixture
def client(scripted_server) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key=API_KEY, base_url=scripted_server.base_url, max_retries=0) as client:
        yield client


@pytest.fixture
def async_client(scripted_server) -> anthropic.AsyncAnthropic:
    # Closed by the tests themselves: the fixture runs outside their event loop.
    return anthropic.AsyncAnthropic(api_key=API_KEY, base_url=scripted_server.base_url, max_retries=0)
