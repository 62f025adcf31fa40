"""Prism for the whole spec, beta operations included: two Prisms behind a beta router.

Prism 5 ignores ``?beta=true`` in path keys, so the spec is split in two
(support/prism_specs.py), each half gets its own Prism, and a proxy
(servers/beta_router.py) sends ``?beta=true`` requests to the beta one.

Run as a script for ``make mock``: ``python tests/support/routed_prism.py [PORT]``.
"""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple, Optional, Tuple

if __name__ == "__main__":  # run as a script: make support.* and servers.* importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from servers.beta_router import BetaRouter  # noqa: E402
from support.prism import PrismServer, external_prism, start_prisms  # noqa: E402
from support.prism_specs import write_split_specs  # noqa: E402

__all__ = ["RoutedPrism", "routed_prism"]


class RoutedPrism(NamedTuple):
    base_url: str  # the router's
    # Directory with both Prism logs and the derived specs; None under PRISM_URL.
    log_path: Optional[Path]
    servers: Tuple[PrismServer, ...]  # (plain, beta); empty under PRISM_URL


@contextmanager
def routed_prism(spec_path: Path, workdir: Path, *, port: int = 0) -> Iterator[RoutedPrism]:
    """Serve ``spec_path`` from two Prisms (started in parallel) behind a BetaRouter on ``port``.

    Honours PRISM_URL (see support/prism.py): that server is used as is and
    nothing is started.
    """
    external = external_prism()
    if external is not None:
        yield RoutedPrism(external.base_url, None, ())
        return
    specs = write_split_specs(spec_path, workdir)
    plain, beta = start_prisms(specs, log_paths=[workdir / "prism-plain.log", workdir / "prism-beta.log"])
    try:
        with BetaRouter(plain.base_url, beta.base_url, port=port) as router:
            yield RoutedPrism(router.base_url, workdir, (plain, beta))
    finally:
        plain.stop()
        beta.stop()


if __name__ == "__main__":
    import signal
    import threading

    # `kill` too must stop the Prisms, which run in sessions of their own.
    signal.signal(signal.SIGTERM, signal.default_int_handler)

    spec = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
    with (
        tempfile.TemporaryDirectory(prefix="prism-") as tmp,
        routed_prism(spec, Path(tmp), port=int(sys.argv[1]) if len(sys.argv) > 1 else 4010) as served,
    ):
        print(f"Prism (plain + beta) on {served.base_url}; logs in {tmp}. Ctrl-C stops.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
