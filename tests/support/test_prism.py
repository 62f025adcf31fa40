from __future__ import annotations

import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from support import prism
from support.prism import PRISM_URL_ENV, PrismError, start_prism, start_prisms

# One operation with a header the spec requires, so the test can tell
# "Prism serves the example" apart from "Prism validates the request".
ONE_OPERATION_SPEC = """\
openapi: 3.0.3
info: {title: prism self-test, version: "1"}
paths:
  /v1/models:
    get:
      operationId: listModels
      parameters:
        - {name: x-api-key, in: header, required: true, schema: {type: string}}
      responses:
        "200":
          description: A page of models.
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: object}}
                  has_more: {type: boolean}
              example: {data: [{id: claude-self-test, type: model}], has_more: false}
"""

# Both launches together must stay well under 30 s; npx itself takes ~3 s.
START_TIMEOUT = 12


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(ONE_OPERATION_SPEC)
    return path


@pytest.fixture
def no_prism_url(monkeypatch):
    # A developer's exported PRISM_URL would make these tests check nothing.
    monkeypatch.delenv(PRISM_URL_ENV, raising=False)


def _accepts_connections(base_url: str) -> bool:
    parts = urlsplit(base_url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.prism
def test_prism_serves_the_spec_example_and_stop_frees_the_port(spec_file, tmp_path, no_prism_url):
    log_path = tmp_path / "prism.log"
    server = start_prism(spec_file, timeout=START_TIMEOUT, log_path=log_path)
    try:
        response = httpx.get(f"{server.base_url}/v1/models", headers={"x-api-key": "test"})
        invalid = httpx.get(f"{server.base_url}/v1/models")
    finally:
        server.stop()

    assert response.status_code == 200
    assert response.json() == {"data": [{"id": "claude-self-test", "type": "model"}], "has_more": False}
    assert invalid.status_code == 422
    assert invalid.headers["content-type"] == "application/problem+json"
    assert server.log_path == log_path
    assert "Prism is listening" in log_path.read_text()
    assert not _accepts_connections(server.base_url)
    assert server.process is None


@pytest.mark.prism
def test_prism_that_cannot_load_the_spec_fails_fast_with_its_log_and_stops_the_others(
    spec_file, tmp_path, no_prism_url, monkeypatch
):
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: [unterminated\n")
    launched = []
    real_launch = prism._launch

    def recording_launch(*args):
        launched.append(real_launch(*args))
        return launched[-1]

    monkeypatch.setattr(prism, "_launch", recording_launch)
    started = time.monotonic()

    # The healthy one is listed first, so it is already up when the broken one's failure is noticed.
    with pytest.raises(PrismError) as excinfo:
        start_prisms([spec_file, broken], timeout=START_TIMEOUT)

    assert time.monotonic() - started < START_TIMEOUT
    message = str(excinfo.value)
    assert "exited with code" in message
    assert "Error parsing" in message
    assert len(launched) == 2
    assert all(server.process is None for server in launched)
    assert not any(_accepts_connections(server.base_url) for server in launched)


def test_prism_url_reuses_a_running_server_without_starting_one(monkeypatch, tmp_path):
    monkeypatch.setenv(PRISM_URL_ENV, "http://127.0.0.1:4010/")
    # The spec need not exist: nothing is launched.
    with start_prism(tmp_path / "missing.yaml") as server:
        assert server.base_url == "http://127.0.0.1:4010"
        assert server.external
    assert server.process is None


def test_missing_npx_is_reported_by_name(monkeypatch, spec_file, tmp_path, no_prism_url):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))

    with pytest.raises(PrismError, match="`npx` is not on PATH"):
        start_prism(spec_file)


def test_missing_spec_is_reported_with_its_path(tmp_path, no_prism_url):
    with pytest.raises(PrismError, match="missing.yaml"):
        start_prism(tmp_path / "missing.yaml")
