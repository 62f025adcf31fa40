"""The models slice against Prism, started from spec/openapi.yaml."""

from __future__ import annotations

import anthropic
import pytest
from anthropic.types import ModelInfo


@pytest.fixture
def client(prism_url: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="test-key", base_url=prism_url, max_retries=0)


@pytest.fixture
def async_client(prism_url: str) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key="test-key", base_url=prism_url, max_retries=0)


def test_models_list_returns_page_of_model_info(client):
    page = client.models.list(limit=2)
    assert all(isinstance(m, ModelInfo) for m in page.data)
    assert [m.type for m in page.data] == ["model"] * len(page.data)
    assert page.has_more is False
    assert page.has_next_page() is False


def test_models_list_iterates_items(client):
    ids = [m.id for m in client.models.list()]
    assert ids and all(isinstance(i, str) for i in ids)


def test_models_retrieve_parses_model_info(client):
    model = client.models.retrieve("claude-opus-4-6")
    assert isinstance(model, ModelInfo)
    assert model.type == "model"
    assert model.created_at.year >= 2024


def test_models_retrieve_raw_response_exposes_headers_and_parses(client):
    raw = client.models.with_raw_response.retrieve("claude-opus-4-6")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), ModelInfo)


def test_models_list_raw_response_parses_to_page(client):
    raw = client.models.with_raw_response.list()
    page = raw.parse()
    assert isinstance(page.data[0], ModelInfo)


def test_models_retrieve_rejects_empty_id_before_sending(client):
    with pytest.raises(ValueError, match="model_id"):
        client.models.retrieve("")


@pytest.mark.anyio
async def test_async_models_list_iterates_across_items(async_client):
    ids = [m.id async for m in async_client.models.list(limit=2)]
    assert ids


@pytest.mark.anyio
async def test_async_models_retrieve_and_raw_response(async_client):
    model = await async_client.models.retrieve("claude-opus-4-6")
    assert isinstance(model, ModelInfo)
    raw = await async_client.models.with_raw_response.retrieve("claude-opus-4-6")
    assert raw.parse().id == model.id
