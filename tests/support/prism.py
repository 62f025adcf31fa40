"""Start and stop a Prism mock server for the tests.

Prism answers each operation in the spec with that operation's example (static
mode, no ``-d``), so tests that talk to it check the generated SDK against the
spec itself rather than against hand-written fixtures. Requests that violate
the spec get Prism's own 422 ``application/problem+json`` reply, which is
useful too: it means the SDK sent something the spec does not allow.

Set ``PRISM_URL`` (e.g. ``PRISM_URL=http://127.0.0.1:4010`` after ``make mock``
in another terminal) to reuse a running Prism instead of starting one per
session.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from typing import IO, List, Optional, Sequence

__all__ = [
    "PrismError",
    "PrismServer",
    "external_prism",
    "start_prism",
    "start_prisms",
    "PRISM_PACKAGE",
    "PRISM_URL_ENV",
]

PRISM_PACKAGE = "@stoplight/prism-cli@5"
PRISM_URL_ENV = "PRISM_URL"

# Any path works for the readiness probe: Prism answers unknown paths with a 404,
# and an HTTP answer of any kind proves it is listening. /v1/models is the
# cheapest real operation in our spec, so a healthy start also logs a real match.
_PROBE_PATH = "/v1/models"
_PROBE_HEADERS = {"x-api-key": "test", "anthropic-version": "2023-06-01"}
_LOG_TAIL_LINES = 40


class PrismError(RuntimeError):
    """Prism could not be started (or is not installed)."""


class PrismServer:
    """A Prism mock server: either one we started, or an external one from ``PRISM_URL``."""

    def __init__(
        self,
        base_url: str,
        *,
        process: Optional[subprocess.Popen] = None,
        log_path: Optional[Path] = None,
        log_file: Optional[IO[bytes]] = None,
        log_offset: int = 0,
    ) -> None:
        self.base_url = base_url
        self.process = process
        self.log_path = log_path
        self._log_file = log_file
        # The log file may be shared by several launch attempts; only this
        # attempt's output says why this attempt failed.
        self._log_offset = log_offset
        if process is not None:
            # A test run killed by Ctrl-C or a crashing fixture must not leave a
            # node process holding a port behind.
            atexit.register(self.stop)

    @property
    def external(self) -> bool:
        """True when the server came from ``PRISM_URL``; stop() then leaves it alone."""
        return self.process is None

    def log_tail(self, lines: int = _LOG_TAIL_LINES) -> str:
        return _tail(self.log_path, lines, self._log_offset)

    def stop(self, grace: float = 5.0) -> None:
        """Terminate Prism's whole process group; SIGKILL whatever outlives ``grace`` seconds.

        ``npx`` runs ``npm exec`` -> ``sh`` -> ``node``; signalling only the
        direct child would orphan the node process that owns the socket.
        """
        process, self.process = self.process, None
        if process is None:
            return
        atexit.unregister(self.stop)
        pgid = process.pid  # start_new_session=True made the child its group leader
        try:
            _signal_group(pgid, signal.SIGTERM)
            deadline = time.monotonic() + grace
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                pass
            if not _wait_group_gone(pgid, deadline):
                _signal_group(pgid, signal.SIGKILL)
                process.wait(timeout=grace)
                _wait_group_gone(pgid, time.monotonic() + grace)
        finally:
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None

    def __enter__(self) -> PrismServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "external" if self.external else f"pid={self.process.pid}"
        return f"PrismServer({self.base_url!r}, {state}, log={str(self.log_path)!r})"


def start_prism(
    spec_path: Path,
    *,
    host: str = "127.0.0.1",
    port: Optional[int] = None,
    timeout: float = 90,
    log_path: Optional[Path] = None,
) -> PrismServer:
    """Start ``prism mock`` on ``spec_path`` and return once it answers HTTP.

    ``port=None`` picks a free port. ``timeout`` covers npx resolving the
    package as well as Prism parsing the spec. Raises PrismError with the tail
    of Prism's log if it exits or stays silent.
    """
    external = external_prism()
    if external is not None:
        return external
    return start_prisms([spec_path], host=host, port=port, timeout=timeout, log_paths=[log_path])[0]


def external_prism() -> Optional[PrismServer]:
    """The server named by ``PRISM_URL``, or None when it is unset."""
    external = os.environ.get(PRISM_URL_ENV, "").strip()
    return PrismServer(external.rstrip("/")) if external else None


def start_prisms(
    spec_paths: Sequence[Path],
    *,
    host: str = "127.0.0.1",
    port: Optional[int] = None,
    timeout: float = 90,
    log_paths: Optional[Sequence[Optional[Path]]] = None,
) -> List[PrismServer]:
    """Start one Prism per spec and return them, in order, once all answer HTTP.

    All are launched before waiting for any: npx plus spec parsing takes
    seconds, so two in parallel start about as fast as one. Ignores
    ``PRISM_URL`` (see external_prism). If one fails, all are stopped.
    """
    specs = [Path(p) for p in spec_paths]
    for spec_path in specs:
        if not spec_path.is_file():
            raise PrismError(f"OpenAPI spec not found: {spec_path}")
    if port is not None and len(specs) > 1:
        raise ValueError("a fixed port only works for a single Prism")
    npx = shutil.which("npx")
    if npx is None:
        raise PrismError(
            "`npx` is not on PATH, so Prism cannot be started. Install Node.js (which provides npx), "
            f"or run Prism yourself and set {PRISM_URL_ENV}=http://HOST:PORT."
        )
    logs = [_log_path(p) for p in (log_paths or [None] * len(specs))]

    # A port picked from a closed probe socket can be taken by someone else
    # before Prism binds it; retry with a fresh one rather than fail the session.
    attempts = 1 if port is not None else 3
    deadline = time.monotonic() + timeout

    def launch(index: int) -> PrismServer:
        chosen = port if port is not None else _free_port(host)
        return _launch(npx, specs[index], host, chosen, logs[index])

    servers: List[PrismServer] = []
    try:
        for index in range(len(specs)):
            servers.append(launch(index))
        for index in range(len(specs)):
            for attempt in range(attempts):
                try:
                    _wait_until_answering(servers[index], deadline)
                    break
                except _PortTaken:
                    servers[index].stop()
                    if attempt == attempts - 1:
                        raise PrismError(
                            f"Prism could not bind a port on {host}.\n{_log_excerpt(servers[index])}"
                        ) from None
                    servers[index] = launch(index)
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return servers


def _log_path(log_path: Optional[Path]) -> Path:
    if log_path is not None:
        return Path(log_path)
    fd, name = tempfile.mkstemp(prefix="prism-", suffix=".log")
    os.close(fd)
    return Path(name)


class _PortTaken(Exception):
    pass


def _launch(npx: str, spec_path: Path, host: str, port: int, log_path: Path) -> PrismServer:
    log_file = open(log_path, "ab")
    offset = log_file.tell()
    env = dict(os.environ)
    # Colour escapes make the log tail in error messages unreadable.
    env.setdefault("FORCE_COLOR", "0")
    env.setdefault("NO_COLOR", "1")
    env["npm_config_yes"] = "true"
    try:
        process = subprocess.Popen(
            [npx, "--yes", PRISM_PACKAGE, "mock", "-h", host, "-p", str(port), str(spec_path)],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    except BaseException:
        log_file.close()
        raise
    url_host = f"[{host}]" if ":" in host else host
    return PrismServer(
        f"http://{url_host}:{port}", process=process, log_path=log_path, log_file=log_file, log_offset=offset
    )


def _wait_until_answering(server: PrismServer, deadline: float) -> None:
    assert server.process is not None
    request = urllib.request.Request(server.base_url + _PROBE_PATH, headers=_PROBE_HEADERS)
    while True:
        code = server.process.poll()
        if code is not None:
            if "EADDRINUSE" in server.log_tail():
                raise _PortTaken()
            raise PrismError(f"Prism exited with code {code} before answering.\n{_log_excerpt(server)}")
        try:
            with urllib.request.urlopen(request, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # a 4xx/5xx is still an answer
        except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
            pass
        if time.monotonic() >= deadline:
            raise PrismError(f"Prism did not answer at {server.base_url} in time.\n{_log_excerpt(server)}")
        time.sleep(0.2)


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # killpg also succeeds while only zombies are left. Orphaned node processes
    # are reaped by init whenever it gets round to it (seconds in some
    # containers), and a zombie holds no port, so it does not count as alive.
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for stat in proc.glob("[0-9]*/stat"):
        fields = _stat_fields(stat)
        if fields is None or int(fields[2]) != pgid:
            continue
        # A zombie main thread ("Zl") can still have live threads holding the
        # listening socket, so look at every thread, not just the leader.
        if any(
            task is not None and task[0] not in ("Z", "X")
            for task in map(_stat_fields, stat.parent.glob("task/[0-9]*/stat"))
        ):
            return True
    return False


def _stat_fields(stat: Path) -> Optional[List[str]]:
    try:
        return stat.read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None  # exited while we looked


def _wait_group_gone(pgid: int, deadline: float) -> bool:
    while _group_alive(pgid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def _tail(path: Optional[Path], lines: int, offset: int = 0) -> str:
    if path is None:
        return ""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            return b"".join(deque(f, maxlen=lines)).decode("utf-8", "replace")
    except OSError:
        return ""


def _log_excerpt(server: PrismServer) -> str:
    return f"Last {_LOG_TAIL_LINES} lines of {server.log_path}:\n{server.log_tail(_LOG_TAIL_LINES)}"
