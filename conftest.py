"""Fixtures shared by our tests (tests/) and the tests the generator emits (generated/tests/).

It lives at the repository root so both trees see it. tests/ is deliberately not a package: it is put
on sys.path here, so helpers import as ``support.*`` and ``servers.*``. Add fixture modules to
``pytest_plugins`` rather than growing this file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

from support.routed_prism import RoutedPrism, routed_prism  # noqa: E402

pytest_plugins = ["servers.fixtures"]

SPEC_PATH = Path(__file__).resolve().parent / "spec" / "openapi.yaml"


@pytest.fixture
def anyio_backend() -> str:
    # The SDK under test is asyncio-only (httpx.AsyncClient), so trio adds nothing.
    return "asyncio"


@pytest.fixture(scope="session")
def prism_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoutedPrism]:
    """Prism mocking spec/openapi.yaml, ``?beta=true`` operations included (see
    tests/support/routed_prism.py); started on first use, stopped at session end.

    Honours PRISM_URL (see tests/support/prism.py) to reuse a running server;
    nothing is started then. The logs land in pytest's basetemp so a failed run
    leaves them findable.
    """
    with routed_prism(SPEC_PATH, tmp_path_factory.mktemp("prism")) as server:
        yield server


@pytest.fixture(scope="session")
def prism_url(prism_server: RoutedPrism) -> str:
    return prism_server.base_url


def pytest_collection_modifyitems(items: list) -> None:
    # Anything that needs Prism is a `prism` test, whether or not its author
    # remembered the marker, so `-m "not prism"` reliably skips Node.
    for item in items:
        if "prism_url" in getattr(item, "fixturenames", ()) or "prism_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.prism)
