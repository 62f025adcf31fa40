"""The seed documents' Python examples, run unchanged against Prism or our seed server.

tests/seeds/blocks/ holds every ```python block of ../shared/seeds (tests/seeds/extract.py), and
blocks/manifest.json says what each one is: ``run`` (must exit 0 and print what its runs expect),
``pending`` on an issue (run all the same, as strict xfail, so the list only shrinks), or ``skip``
with the reason it cannot run here.

Each run is a fresh interpreter (``sys.executable``) in its own temporary directory, with
``ANTHROPIC_API_KEY=test-key`` and ``ANTHROPIC_BASE_URL`` pointing at the run's server: Prism, a
scripted conversation from tests/servers/seed_server.py, or ``offline`` (a closed port, for blocks
that must not need a server). Interpreter start-up dominates, so the selected runs all go at once
in a thread pool the first time a test asks for a result; each test then checks its own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from servers.seed_server import SCRIPTS, start

THIS_FILE = Path(__file__).resolve()
HERE = THIS_FILE.parent
BLOCKS_DIR = HERE / "blocks"
PRELUDES_DIR = HERE / "preludes"
RUNNER = HERE / "run_block.py"
MANIFEST = json.loads((BLOCKS_DIR / "manifest.json").read_text(encoding="utf-8"))
ENTRIES: Dict[str, Dict[str, Any]] = {entry["id"]: entry for entry in MANIFEST["blocks"]}

STATUSES = {"run", "skip", "pending"}
SPECIAL_SERVERS = {"prism", "offline"}
RUN_KEYS = {"name", "server", "stdout", "requests", "request_headers", "env", "files"}
BLOCK_TIMEOUT = 30.0
# Interpreter start-up is CPU-bound; a third worker covers the time runs spend waiting on servers.
WORKERS = 3
# Variables that would point a block at a real account or change what it sends.
SCRUBBED_PREFIXES = ("ANTHROPIC_", "AWS_", "GOOGLE_", "CLOUD_ML_", "CLOUDSDK_")


@dataclass
class RunResult:
    returncode: Optional[int]  # None: killed at the timeout
    stdout: str
    stderr: str
    seconds: float
    requests: List[Any] = field(default_factory=list)
    unscripted: List[str] = field(default_factory=list)


def _run_id(entry: Dict[str, Any], index: int) -> str:
    runs = entry.get("runs", [])
    name = runs[index].get("name") if runs else None
    return f"{entry['id']}-{name}" if name else entry["id"]


def _params(prism: bool) -> Iterator[Any]:
    for entry in MANIFEST["blocks"]:
        status = entry.get("status")
        if status == "skip":
            if not prism:
                yield pytest.param(entry["id"], 0, id=entry["id"], marks=pytest.mark.skip(reason=entry["reason"]))
            continue
        if status not in ("run", "pending"):
            continue  # test_every_block_is_classified reports it
        marks = []
        if status == "pending":
            reason = f"pending on issue {entry['issue']}: {entry['reason']}"
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        for index, run in enumerate(entry["runs"]):
            if (run["server"] == "prism") == prism:
                yield pytest.param(entry["id"], index, id=_run_id(entry, index), marks=marks)


# -- running ------------------------------------------------------------------------------------------


def _closed_port_url() -> str:
    # Bound then released: nothing listens there, so a request is refused at once.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _fill(text: str, server_url: str, tmp: Path) -> str:
    return text.replace("{server}", server_url).replace("{tmp}", str(tmp))


def _command(entry: Dict[str, Any]) -> List[str]:
    block = str(BLOCKS_DIR / entry["file"])
    preludes = entry.get("prelude", [])
    if not preludes and not entry.get("top_level_await"):
        return [sys.executable, block]
    command = [sys.executable, str(RUNNER), block]
    for name in preludes:
        command += ["--prelude", name]
    if entry.get("top_level_await"):
        command.append("--top-level-await")
    return command


def _environment(server_url: str, run: Dict[str, Any], tmp: Path) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED_PREFIXES)}
    env.update({"ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": server_url, "PYTHONIOENCODING": "utf-8"})
    env.update({k: _fill(v, server_url, tmp) for k, v in run.get("env", {}).items()})
    return env


def _execute(entry: Dict[str, Any], run: Dict[str, Any], prism_url: Optional[str], tmp: Path) -> RunResult:
    server = None
    if run["server"] == "prism":
        assert prism_url is not None
        server_url = prism_url
    elif run["server"] == "offline":
        server_url = _closed_port_url()
    else:
        server = start(run["server"])
        server_url = server.base_url
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, content in run.get("files", {}).items():
            (tmp / name).write_text(_fill(content, server_url, tmp), encoding="utf-8")
        began = time.monotonic()
        try:
            done = subprocess.run(
                _command(entry),
                cwd=tmp,
                env=_environment(server_url, run, tmp),
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=BLOCK_TIMEOUT,
            )
            result = RunResult(done.returncode, done.stdout, done.stderr, time.monotonic() - began)
        except subprocess.TimeoutExpired as timed_out:
            result = RunResult(None, _text(timed_out.stdout), _text(timed_out.stderr), BLOCK_TIMEOUT)
        if server is not None:
            result.requests = server.requests
            result.unscripted = [f"{r.method} {r.path}" for r in server.exhausted_routes]
        return result
    finally:
        if server is not None:
            server.stop()


def _text(output: Any) -> str:
    if isinstance(output, bytes):
        return output.decode("utf-8", "replace")
    return output or ""


@pytest.fixture(scope="session")
def seed_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Dict[Tuple[str, int], RunResult]:
    """Every selected, non-skipped run of this module, executed concurrently once per session."""
    wanted: List[Tuple[str, int]] = []
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is None or Path(str(item.path)).resolve() != THIS_FILE:
            continue
        if item.get_closest_marker("skip") is None:
            wanted.append((callspec.params["block_id"], callspec.params["run_index"]))
    needs_prism = any(ENTRIES[b]["runs"][i]["server"] == "prism" for b, i in wanted)
    prism_url = None
    if needs_prism:
        try:
            prism_url = request.getfixturevalue("prism_url")
        except Exception:
            # The Prism runs' own prism_url fixture reports why; the other runs go ahead without them.
            wanted = [(b, i) for b, i in wanted if ENTRIES[b]["runs"][i]["server"] != "prism"]
    root = tmp_path_factory.mktemp("seed-blocks")

    def job(key: Tuple[str, int]) -> RunResult:
        entry = ENTRIES[key[0]]
        return _execute(entry, entry["runs"][key[1]], prism_url, root / _run_id(entry, key[1]))

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return dict(zip(wanted, pool.map(job, wanted)))


def _check(block_id: str, run_index: int, results: Dict[Tuple[str, int], RunResult]) -> None:
    entry = ENTRIES[block_id]
    run = entry["runs"][run_index]
    result = results[(block_id, run_index)]
    where = f"{entry['file']} (seed {entry['seed']} line {entry['line']}) against {run['server']}"
    output = f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    assert result.returncode is not None, f"{where}: still running after {BLOCK_TIMEOUT}s\n{output}"
    assert result.returncode == 0, f"{where}: exit status {result.returncode}\n{output}"
    for pattern in run.get("stdout", []):
        assert re.search(pattern, result.stdout, re.MULTILINE), (
            f"{where}: stdout has no match for {pattern!r}\n{output}"
        )
    assert not result.unscripted, f"{where}: more requests than the server script has replies: {result.unscripted}"
    if "requests" in run:
        sent = [f"{r.method} {r.target}" for r in result.requests]
        assert sent == run["requests"], f"{where}: requests sent"
    for name, value in run.get("request_headers", {}).items():
        for sent_request in result.requests:
            assert sent_request.headers.get(name) == value, f"{where}: header {name} of {sent_request.target}"


@pytest.mark.parametrize("block_id,run_index", list(_params(prism=True)))
def test_seed_block_runs_against_prism(block_id: str, run_index: int, prism_url: str, seed_runs: dict) -> None:
    _check(block_id, run_index, seed_runs)


@pytest.mark.parametrize("block_id,run_index", list(_params(prism=False)))
def test_seed_block_runs_against_local_servers(block_id: str, run_index: int, seed_runs: dict) -> None:
    _check(block_id, run_index, seed_runs)


# -- the manifest -------------------------------------------------------------------------------------


def test_every_block_file_is_in_the_manifest() -> None:
    files = {path.name for path in BLOCKS_DIR.glob("*.py")}
    listed = {entry["file"] for entry in MANIFEST["blocks"]}
    assert files - listed == set(), "block files the manifest does not list (run tests/seeds/extract.py)"
    assert listed - files == set(), "manifest entries without a block file (run tests/seeds/extract.py)"


def test_every_block_is_classified() -> None:
    problems = []
    for entry in MANIFEST["blocks"]:
        status = entry.get("status")
        if status not in STATUSES:
            problems.append(f"{entry['id']}: status {status!r}, expected one of {sorted(STATUSES)}")
            continue
        if status in ("skip", "pending") and not entry.get("reason"):
            problems.append(f"{entry['id']}: a {status} block needs a reason")
        if status == "pending" and not isinstance(entry.get("issue"), int):
            problems.append(f"{entry['id']}: a pending block names the issue that will make it run")
        if status == "skip" and entry.get("runs"):
            problems.append(f"{entry['id']}: a skipped block has no runs")
        if status != "skip" and not entry.get("runs"):
            problems.append(f"{entry['id']}: a {status} block needs at least one run")
        for name in entry.get("prelude", []):
            if not (PRELUDES_DIR / f"{name}.py").is_file():
                problems.append(f"{entry['id']}: no prelude {name!r} in {PRELUDES_DIR}")
        for run in entry.get("runs", []):
            if set(run) - RUN_KEYS:
                problems.append(f"{entry['id']}: unknown run keys {sorted(set(run) - RUN_KEYS)}")
            if run.get("server") not in SPECIAL_SERVERS | set(SCRIPTS):
                problems.append(f"{entry['id']}: unknown server {run.get('server')!r}")
            if run.get("server") == "prism" and ("requests" in run or "request_headers" in run):
                problems.append(f"{entry['id']}: requests are only recorded by the seed server")
    assert problems == []


def _load_extractor() -> Any:
    spec = importlib.util.spec_from_file_location("seed_extract", HERE / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_blocks_are_the_seeds_current_blocks() -> None:
    extract = _load_extractor()
    if not extract.DEFAULT_SEEDS_DIR.is_dir():
        pytest.skip(f"no seeds at {extract.DEFAULT_SEEDS_DIR}")
    blocks = extract.extract_all(extract.DEFAULT_SEEDS_DIR)
    assert [block.file_name for block in blocks] == [entry["file"] for entry in MANIFEST["blocks"]]
    for block, entry in zip(blocks, MANIFEST["blocks"]):
        on_disk = (BLOCKS_DIR / block.file_name).read_text(encoding="utf-8")
        assert on_disk == block.file_text(), f"{block.file_name} differs from the seed: run tests/seeds/extract.py"
        assert entry["sha256"] == block.sha256, f"{block.file_name}: manifest hash is stale: run tests/seeds/extract.py"
