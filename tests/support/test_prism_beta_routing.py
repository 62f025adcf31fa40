"""The session's prism_url serves plain and ``?beta=true`` operations, each from its own spec."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import httpx
import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"

HEADERS = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
MESSAGE = {"model": "claude-opus-4-6", "max_tokens": 16, "messages": [{"role": "user", "content": "Hello"}]}
# A beta-only field: CreateMessageParams forbids additional properties.
BETA_MESSAGE = {**MESSAGE, "context_management": {"edits": []}}


@lru_cache(maxsize=None)
def _paths() -> dict:
    return yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["paths"]


def example(path: str, method: str) -> object:
    return _paths()[path][method]["responses"]["200"]["content"]["application/json"]["example"]


@pytest.fixture
def client(prism_url):
    with httpx.Client(base_url=prism_url, headers=HEADERS, timeout=10) as client:
        yield client


@pytest.mark.prism
def test_beta_only_path_answers_with_its_schema(client):
    response = client.get("/v1/files", params={"beta": "true"})

    assert response.status_code == 200, response.text
    page = response.json()
    assert set(page) == {"data", "first_id", "last_id", "has_more"}
    assert [item["type"] for item in page["data"]] == ["file"] * len(page["data"])


@pytest.mark.prism
def test_beta_request_is_validated_against_the_beta_schema(client):
    beta = client.post("/v1/messages?beta=true", json=BETA_MESSAGE)
    plain = client.post("/v1/messages", json=BETA_MESSAGE)

    assert beta.status_code == 200, beta.text
    assert beta.json() == example("/v1/messages?beta=true", "post")
    assert plain.status_code == 422  # proves the two are told apart


@pytest.mark.prism
def test_plain_path_still_serves_its_example(client):
    response = client.get("/v1/models")

    assert response.status_code == 200
    assert response.json() == example("/v1/models", "get")
