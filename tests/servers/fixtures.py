"""Pytest fixtures for the scripted server; registered by tests/conftest.py via ``pytest_plugins``."""

from __future__ import annotations

from typing import Iterator

import pytest
from servers.scripted import ScriptedServer


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A fresh ScriptedServer per test, stopped afterwards.

    Fails the test at teardown if a route ran out of replies: the client made
    more requests than the test scripted, which is a bug even when the test's
    own assertions happened to pass.
    """
    with ScriptedServer() as server:
        yield server
        exhausted = server.exhausted_routes
    if exhausted:
        described = ", ".join(f"{r.method} {r.path} (+{r.exhausted} unscripted)" for r in exhausted)
        pytest.fail(f"scripted_server received more requests than scripted: {described}", pytrace=False)
