"""The seed documents' Bedrock and Vertex AI examples, run unchanged against the scripted server.

The code blocks live verbatim in `data/seed_examples.md`. Only the environment points them at the
server: AWS credentials and ANTHROPIC_BEDROCK_BASE_URL for Bedrock; CLOUD_ML_REGION,
ANTHROPIC_VERTEX_PROJECT_ID, ANTHROPIC_VERTEX_BASE_URL and Application Default Credentials (a
workload-identity file whose token exchange is the scripted server) for Vertex AI.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict

import pytest
from platforms.cloud_support import ADC_TOKEN_PATH, MESSAGE, adc_token_reply, write_adc_file
from servers.scripted import Reply

SEEDS = (Path(__file__).parent / "data" / "seed_examples.md").read_text()


def _block(name: str) -> str:
    match = re.search(rf"^## {re.escape(name)}:.*?```python\n(.*?)```", SEEDS, re.S | re.M)
    assert match, f"no seed block {name!r}"
    return match.group(1)


def _run(code: str, namespace: Dict[str, Any]) -> None:
    exec(compile(code, "<seed example>", "exec"), namespace)


@pytest.fixture
def bedrock_env(monkeypatch, scripted_server):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDSEEDEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "seed-secret-access-key")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", scripted_server.base_url)
    return scripted_server


@pytest.mark.parametrize(
    ("block", "model"),
    [("bedrock", "anthropic.claude-opus-4-6-v1"), ("bedrock-overview", "anthropic.claude-sonnet-4-5-20250929-v1:0")],
)
def test_bedrock_seed_runs_unchanged(bedrock_env, capsys, block, model):
    bedrock_env.add("POST", f"/model/{model}/invoke", Reply(body=MESSAGE))
    _run(_block(block), {})

    assert "Hello from the cloud!" in capsys.readouterr().out
    (request,) = bedrock_env.requests
    assert request.json == {
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Hello!"}],
        "anthropic_version": "bedrock-2023-05-31",
    }
    assert "Credential=AKIDSEEDEXAMPLE/" in request.headers["authorization"]
    assert "/us-east-1/bedrock/aws4_request" in request.headers["authorization"]


def test_bedrock_seed_with_explicit_credentials_builds_a_working_client(bedrock_env, capsys):
    namespace: Dict[str, Any] = {}
    bedrock_env.add("POST", "/model/anthropic.claude-opus-4-6-v1/invoke", Reply(body=MESSAGE), repeat_last=True)
    _run(_block("bedrock"), namespace)
    _run(_block("bedrock-credentials"), namespace)  # the seed shows it after the first block

    client = namespace["client"]
    assert (client.aws_region, client.aws_access_key, client.aws_profile) == ("us-east-1", "...", "my-profile")
    client.messages.create(
        max_tokens=8, messages=[{"role": "user", "content": "Hi"}], model="anthropic.claude-opus-4-6-v1"
    )
    first, second = bedrock_env.requests
    assert "Credential=AKIDSEEDEXAMPLE/" in first.headers["authorization"]
    assert "Credential=.../" in second.headers["authorization"]  # the explicit keys win over the environment
    assert second.headers["x-amz-security-token"] == "..."


def test_vertex_seed_runs_unchanged(monkeypatch, cloud_env, scripted_server, capsys):
    monkeypatch.setenv("CLOUD_ML_REGION", "us-east5")
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "seed-project")
    monkeypatch.setenv("ANTHROPIC_VERTEX_BASE_URL", scripted_server.base_url + "/v1")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(write_adc_file(cloud_env, scripted_server.base_url)))
    scripted_server.add("POST", ADC_TOKEN_PATH, adc_token_reply("ya29.seed-token"))
    route = "/v1/projects/seed-project/locations/us-east5/publishers/anthropic/models/claude-opus-4-6:rawPredict"
    scripted_server.add("POST", route, Reply(body=MESSAGE))
    _run(_block("vertex"), {})

    assert "Hello from the cloud!" in capsys.readouterr().out
    token_request, request = scripted_server.requests
    assert token_request.path == ADC_TOKEN_PATH
    assert request.path == route
    assert request.headers["authorization"] == "Bearer ya29.seed-token"
    assert request.json == {
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Hello!"}],
        "anthropic_version": "vertex-2023-10-16",
    }
