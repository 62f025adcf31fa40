"""Every ```python block of generated/README.md runs, unchanged, against a local server.

The HTML comment right before a block says how (``<!-- example: server=NAME env=PROFILE expect=REGEX -->``):
``server`` is ``prism`` (the mock started from spec/), ``offline`` (a closed port: the block must not
need the network) or a script of tests/servers/seed_server.py or tests/docs/readme_servers.py;
``env`` adds a cloud platform's settings (below); ``expect`` is a regular expression the block's
output must match. A block without a comment runs offline. Each run is a fresh interpreter in its own
directory, with ``ANTHROPIC_API_KEY=test-key`` and ``ANTHROPIC_BASE_URL`` set, as the seed blocks are
(tests/seeds/test_seed_blocks.py); the runs go concurrently, once, the first time a test asks.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import pytest
from docs.readme_servers import SCRIPTS as README_SCRIPTS
from servers.scripted import ScriptedServer
from servers.seed_server import SCRIPTS as SEED_SCRIPTS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated" / "README.md"
SCRIPTS = {**SEED_SCRIPTS, **README_SCRIPTS}
TIMEOUT = 60.0
SCRUBBED_PREFIXES = ("ANTHROPIC_", "AWS_", "GOOGLE_", "CLOUD_ML_", "CLOUDSDK_")

# Settings a platform client reads, pointed at the run's server ({server}) and directory ({tmp}).
PROFILES: Dict[str, Dict[str, str]] = {
    "bedrock": {
        "AWS_ACCESS_KEY_ID": "AKIDREADMEEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "readme-secret-access-key",
        "AWS_CONFIG_FILE": "{tmp}/aws-config",
        "AWS_SHARED_CREDENTIALS_FILE": "{tmp}/aws-credentials",
        "ANTHROPIC_BEDROCK_BASE_URL": "{server}",
    },
    "vertex": {
        "GOOGLE_APPLICATION_CREDENTIALS": "{tmp}/google-credentials.json",
        "ANTHROPIC_VERTEX_BASE_URL": "{server}/v1",
    },
    "foundry": {"ANTHROPIC_FOUNDRY_API_KEY": "foundry-test-key", "ANTHROPIC_FOUNDRY_BASE_URL": "{server}"},
}
PROFILE_FILES: Dict[str, Dict[str, str]] = {
    "vertex": {
        # Workforce-identity user credentials whose token endpoint is the run's server.
        "google-credentials.json": (
            '{"type": "external_account_authorized_user", "audience": '
            '"//iam.googleapis.com/locations/global/workforcePools/readme-pool/providers/readme-provider", '
            '"client_id": "readme-client", "client_secret": "readme-secret", '
            '"refresh_token": "readme-refresh-token", "token_url": "{server}/token"}'
        )
    }
}

_MARK = re.compile(r"<!--\s*example:(?P<args>.*)-->\s*")
_FENCE = re.compile(r"^```python\n(?P<code>.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass
class Block:
    index: int
    line: int
    code: str
    server: str = "offline"
    env: Optional[str] = None
    expect: Optional[str] = None


@dataclass
class Outcome:
    returncode: Optional[int]
    stdout: str
    stderr: str
    unscripted: List[str] = field(default_factory=list)


def readme_blocks(text: str) -> List[Block]:
    blocks = []
    for index, match in enumerate(_FENCE.finditer(text)):
        block = Block(index, text.count("\n", 0, match.start()) + 1, match.group("code"))
        previous = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = _MARK.fullmatch(previous)
        if mark is not None:
            for arg in shlex.split(mark.group("args")):
                key, _, value = arg.partition("=")
                if key not in ("server", "env", "expect"):
                    raise ValueError(f"README line {block.line}: unknown example setting {key!r}")
                setattr(block, key, value)
        blocks.append(block)
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _run(block: Block, prism_url: Optional[str], tmp: Path) -> Outcome:
    server: Optional[ScriptedServer] = None
    if block.server == "prism":
        assert prism_url is not None
        url = prism_url
    elif block.server == "offline":
        url = _closed_port_url()
    else:
        server = ScriptedServer().start()
        SCRIPTS[block.server](server)
        url = server.base_url
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED_PREFIXES)}
        env.update({"ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": url, "PYTHONIOENCODING": "utf-8"})
        fill = lambda value: value.replace("{server}", url).replace("{tmp}", str(tmp))  # noqa: E731
        if block.env:
            env.update({k: fill(v) for k, v in PROFILES[block.env].items()})
            for name, content in PROFILE_FILES.get(block.env, {}).items():
                (tmp / name).write_text(fill(content), encoding="utf-8")
        script = tmp / f"readme_{block.index:02d}.py"
        script.write_text(block.code, encoding="utf-8")
        try:
            done = subprocess.run(
                [sys.executable, script.name],
                cwd=tmp,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=TIMEOUT,
            )
            outcome = Outcome(done.returncode, done.stdout, done.stderr)
        except subprocess.TimeoutExpired as expired:
            outcome = Outcome(None, str(expired.stdout or ""), str(expired.stderr or ""))
        if server is not None:
            outcome.unscripted = [f"{r.method} {r.path}" for r in server.exhausted_routes]
        return outcome
    finally:
        if server is not None:
            server.stop()


@pytest.fixture(scope="session")
def readme_runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Dict[int, Outcome]:
    """Every selected block, run concurrently once per session."""
    wanted = [
        item.callspec.params["block"]
        for item in request.session.items
        if getattr(item, "callspec", None) is not None
        and Path(str(item.path)).resolve() == Path(__file__).resolve()
        and "block" in item.callspec.params
    ]
    prism_url = request.getfixturevalue("prism_url") if any(b.server == "prism" for b in wanted) else None
    root = tmp_path_factory.mktemp("readme")
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda b: _run(b, prism_url, root / f"block{b.index:02d}"), wanted))
    return {block.index: outcome for block, outcome in zip(wanted, outcomes)}


def _params() -> List[object]:
    return [
        pytest.param(b, id=f"line{b.line}-{b.server}", marks=[pytest.mark.prism] if b.server == "prism" else [])
        for b in BLOCKS
    ]


@pytest.mark.parametrize("block", _params())
def test_readme_example_runs(block: Block, readme_runs: Dict[int, Outcome]) -> None:
    outcome = readme_runs[block.index]
    where = f"generated/README.md line {block.line} ({block.server})"
    output = f"--- stdout\n{outcome.stdout[-3000:]}\n--- stderr\n{outcome.stderr[-3000:]}"
    assert outcome.returncode == 0, f"{where}: exit status {outcome.returncode}\n{output}"
    if block.expect:
        assert re.search(block.expect, outcome.stdout), f"{where}: no match for {block.expect!r}\n{output}"
    assert not outcome.unscripted, f"{where}: requests the script has no reply for: {outcome.unscripted}"


def test_readme_covers_what_users_ask_for() -> None:
    text = README.read_text(encoding="utf-8")
    headings = re.findall(r"^##+ (.+)$", text, re.MULTILINE)
    for topic in (
        "Install",
        "Async",
        "Streaming",
        "Tools",
        "tool runner",
        "Structured outputs",
        "batches",
        "Files",
        "Errors",
        "Retries",
        "Timeouts",
        "Pagination",
        "Bedrock",
        "Vertex",
        "Foundry",
        "Raw responses",
        "Logging",
    ):
        assert any(topic.lower() in heading.lower() for heading in headings), topic
    # Every section with code has a runnable example, and every example names a known server.
    assert len(BLOCKS) >= 18
    for block in BLOCKS:
        assert block.server in SCRIPTS or block.server in ("prism", "offline"), block
        assert block.env is None or block.env in PROFILES, block


def test_readme_markers_are_all_read() -> None:
    text = README.read_text(encoding="utf-8")
    marked = [b for b in BLOCKS if b.server != "offline" or b.expect]
    assert len(marked) == len(re.findall(r"<!--\s*example:", text))


def test_readme_examples_type_check_strictly(tmp_path: Path) -> None:
    """The examples are user code, so they are held to what tests/typing holds user code to."""
    pytest.importorskip("pyright", reason="pyright is installed by `make typecheck`")
    for block in BLOCKS:
        (tmp_path / f"readme_{block.index:02d}.py").write_text(block.code, encoding="utf-8")
    config = '{"typeCheckingMode": "strict", "pythonVersion": "3.9", "reportMissingModuleSource": "none"}'
    (tmp_path / "pyrightconfig.json").write_text(config, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(done.stdout)
    lines = {f"readme_{b.index:02d}.py": b.line for b in BLOCKS}
    problems = [
        f"README line {lines[Path(d['file']).name] + d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert problems == []
