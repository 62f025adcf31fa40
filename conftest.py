"""Fixtures shared by our tests (tests/) and the tests the generator emits (generated/tests/).

It lives at the repository root so both trees see it. tests/ is deliberately not a package: it is put
on sys.path here, so helpers import as ``support.*`` and ``servers.*``. Add fixture modules to
``pytest_plugins`` rather than growing this file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, NamedTuple, Optional, Tuple

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

from servers.beta_router import BetaRouter  # noqa: E402
from support.prism import PrismServer, external_prism, start_prisms  # noqa: E402
from support.prism_specs import write_split_specs  # noqa: E402

pytest_plugins = ["servers.fixtures"]

SPEC_PATH = Path(__file__).resolve().parent / "spec" / "openapi.yaml"


class RoutedPrism(NamedTuple):
    base_url: str  # the proxy's
    # Directory with both Prism logs and the derived specs, in pytest's basetemp
    # so a failed run leaves them findable; None under PRISM_URL.
    log_path: Optional[Path]
    servers: Tuple[PrismServer, ...]  # (plain, beta); empty under PRISM_URL


@pytest.fixture
def anyio_backend() -> str:
    # The SDK under test is asyncio-only (httpx.AsyncClient), so trio adds nothing.
    return "asyncio"


@pytest.fixture(scope="session")
def prism_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoutedPrism]:
    """Prism mocking spec/openapi.yaml, plain and beta operations alike; started on
    first use, stopped at session end.

    Prism 5 ignores ``?beta=true`` in path keys, so the spec is split in two
    (support/prism_specs.py), each half gets its own Prism, and a proxy
    (servers/beta_router.py) sends ``?beta=true`` requests to the beta one.
    Honours PRISM_URL (see tests/support/prism.py) to reuse a running server
    instead; nothing is started then.
    """
    external = external_prism()
    if external is not None:
        yield RoutedPrism(external.base_url, None, ())
        return
    workdir = tmp_path_factory.mktemp("prism")
    specs = write_split_specs(SPEC_PATH, workdir)
    plain, beta = start_prisms(specs, log_paths=[workdir / "prism-plain.log", workdir / "prism-beta.log"])
    try:
        with BetaRouter(plain.base_url, beta.base_url) as router:
            yield RoutedPrism(router.base_url, workdir, (plain, beta))
    finally:
        plain.stop()
        beta.stop()


@pytest.fixture(scope="session")
def prism_url(prism_server: RoutedPrism) -> str:
    return prism_server.base_url


def pytest_collection_modifyitems(items: list) -> None:
    # Anything that needs Prism is a `prism` test, whether or not its author
    # remembered the marker, so `-m "not prism"` reliably skips Node.
    for item in items:
        if "prism_url" in getattr(item, "fixturenames", ()) or "prism_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.prism)
