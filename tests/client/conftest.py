"""Fixtures for the client-behaviour matrix: every test that takes `api` runs once with the sync
client and once with the async one, against the fault server (`scripted_server`)."""

from __future__ import annotations

from typing import Iterator, List

import anthropic
import pytest
from servers.scripted import ScriptedServer
from support.client_harness import Api


@pytest.fixture(scope="session")
def _shared_fault_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def scripted_server(_shared_fault_server: ScriptedServer) -> Iterator[ScriptedServer]:
    """The fault server, emptied for each test.

    One server serves the whole matrix (starting and stopping one per test cost more than the
    tests themselves). As with the shared fixture, a test fails if the client sent more requests
    than it scripted.
    """
    server = _shared_fault_server
    server.reset()
    yield server
    exhausted = server.exhausted_routes
    server.reset()
    if exhausted:
        described = ", ".join(f"{r.method} {r.path} (+{r.exhausted} unscripted)" for r in exhausted)
        pytest.fail(f"the fault server received more requests than scripted: {described}", pytrace=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Retry delays the clients chose, in order. Patched on the classes so that copies made by
    `with_options` record too; nothing really sleeps."""
    recorded: List[float] = []

    def sync_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def async_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(anthropic._base_client.SyncAPIClient, "_sleep", sync_sleep)
    monkeypatch.setattr(anthropic._base_client.AsyncAPIClient, "_sleep", async_sleep)
    return recorded


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, scripted_server, sleeps: List[float]) -> Iterator[Api]:
    harness = Api(request.param, scripted_server.base_url, sleeps)
    try:
        yield harness
    finally:
        harness.close()


@pytest.fixture(autouse=True)
def _no_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's real key must neither leak into these tests nor change what they prove.
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_LOG"):
        monkeypatch.delenv(name, raising=False)
