"""What the bench scripts share: the 0.79 reference interpreter, a loopback server, medians.

Each SDK is measured in its own interpreter (ours from .venv, 0.79 from a separate venv) so neither
sees the other's modules; the driver starts one server both talk to and prints the ratios.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OURS_PYTHON = str(ROOT / ".venv" / "bin" / "python")


def median(fn: Callable[[], float], runs: int) -> float:
    """Median of ``runs`` calls; a first call slower than 2 s is taken alone (the ratio is already clear)."""
    first = fn()
    if first > 2.0 or runs <= 1:
        return first
    return statistics.median([first] + [fn() for _ in range(runs - 1)])


def reference_python() -> str:
    """An interpreter with anthropic==0.79.0 installed, creating bench/.venv-079 when none exists."""
    candidates = [Path("/tmp/ref079/bin/python"), HERE / ".venv-079" / "bin" / "python"]
    for candidate in candidates:
        if candidate.exists() and _has_079(str(candidate)):
            return str(candidate)
    venv = HERE / ".venv-079"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "anthropic==0.79.0"], check=True)
    return str(venv / "bin" / "python")


def _has_079(python: str) -> bool:
    probe = subprocess.run(
        [python, "-c", "import anthropic; print(anthropic.__version__)"], capture_output=True, text=True
    )
    return probe.returncode == 0 and probe.stdout.strip() == "0.79.0"


def run_worker(python: str, script: Path, args: List[str]) -> Dict[str, Any]:
    """Run ``script --worker ...`` under ``python`` (outside the repository, so only the installed
    ``anthropic`` is importable) and return the JSON object it prints last."""
    env = dict(os.environ, PYTHONPATH="")
    proc = subprocess.run([python, str(script), "--worker", *args], capture_output=True, text=True, env=env, cwd="/tmp")
    if proc.returncode != 0:
        raise SystemExit(f"worker {python} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


class LoopbackServer:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 answering every request with one fixed body.

    Plain sockets and one thread per connection: it does almost no work per request, so the
    figures measure the clients, not the server.
    """

    def __init__(self, body: bytes, content_type: str = "application/json", backlog: int = 128) -> None:
        self.body = body
        self.head = (
            f"HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nrequest-id: req_bench\r\n"
            f"content-length: {len(body)}\r\n\r\n"
        ).encode()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(backlog)
        self.base_url = "http://127.0.0.1:%d" % self.sock.getsockname()[1]
        self._thread: Optional[threading.Thread] = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            reader = conn.makefile("rb")
            while True:
                if not reader.readline():
                    return
                length = 0
                while True:
                    line = reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                reader.read(length)
                if len(self.body) <= 65536:
                    conn.sendall(self.head + self.body)
                    continue
                conn.sendall(self.head)
                view = memoryview(self.body)
                for i in range(0, len(view), 65536):
                    conn.sendall(view[i : i + 65536])

    def close(self) -> None:
        self.sock.close()
