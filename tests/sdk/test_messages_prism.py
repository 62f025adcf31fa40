"""messages.create and messages.count_tokens against Prism."""

from __future__ import annotations

import anthropic
import pytest
from anthropic.types import Message, MessageTokensCount, TextBlock

MESSAGES = [{"role": "user", "content": "Hello, Claude"}]


@pytest.fixture
def client(prism_url: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="test-key", base_url=prism_url, max_retries=0)


@pytest.fixture
def async_client(prism_url: str) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key="test-key", base_url=prism_url, max_retries=0)


def test_messages_create_returns_message_with_typed_blocks(client):
    message = client.messages.create(max_tokens=1024, messages=MESSAGES, model="claude-opus-4-6")
    assert isinstance(message, Message)
    assert message.role == "assistant"
    assert isinstance(message.content[0], TextBlock)
    assert message.usage.input_tokens >= 0


def test_messages_create_sets_request_id_from_header(client):
    message = client.messages.create(max_tokens=16, messages=MESSAGES, model="claude-opus-4-6")
    assert message._request_id
    assert "_request_id" not in message.to_dict()


def test_message_round_trips_through_to_dict_and_to_json(client):
    message = client.messages.create(max_tokens=16, messages=MESSAGES, model="claude-opus-4-6")
    assert Message.model_validate(message.to_dict()) == message
    assert '"role": "assistant"' in message.to_json()


def test_messages_create_raw_response(client):
    raw = client.messages.with_raw_response.create(max_tokens=16, messages=MESSAGES, model="claude-opus-4-6")
    assert raw.status_code == 200
    assert isinstance(raw.parse(), Message)


def test_count_tokens_returns_count(client):
    count = client.messages.count_tokens(
        model="claude-opus-4-6", messages=[{"role": "user", "content": "Hello, world"}]
    )
    assert isinstance(count, MessageTokensCount)
    assert isinstance(count.input_tokens, int)


def test_count_tokens_raw_response(client):
    raw = client.messages.with_raw_response.count_tokens(model="claude-opus-4-6", messages=MESSAGES)
    assert isinstance(raw.parse(), MessageTokensCount)


def test_invalid_request_raises_unprocessable_entity_error(client):
    # Prism rejects a body that breaks the schema (max_tokens has minimum 1) with 422.
    with pytest.raises(anthropic.UnprocessableEntityError) as info:
        client.messages.create(max_tokens=0, messages=MESSAGES, model="claude-opus-4-6")
    assert info.value.status_code == 422


def test_missing_credentials_raise_before_sending(prism_url, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    client = anthropic.Anthropic(base_url=prism_url, max_retries=0)
    with pytest.raises(anthropic.AnthropicError, match="ANTHROPIC_API_KEY"):
        client.messages.create(max_tokens=16, messages=MESSAGES, model="claude-opus-4-6")


@pytest.mark.anyio
async def test_async_messages_create_and_count_tokens(async_client):
    message = await async_client.messages.create(max_tokens=16, messages=MESSAGES, model="claude-opus-4-6")
    assert isinstance(message, Message)
    count = await async_client.messages.count_tokens(model="claude-opus-4-6", messages=MESSAGES)
    assert isinstance(count, MessageTokensCount)
    raw = await async_client.messages.with_raw_response.create(
        max_tokens=16, messages=MESSAGES, model="claude-opus-4-6"
    )
    assert isinstance(raw.parse(), Message)


@pytest.mark.anyio
async def test_async_invalid_request_raises_unprocessable_entity_error(async_client):
    with pytest.raises(anthropic.UnprocessableEntityError):
        await async_client.messages.create(max_tokens=0, messages=MESSAGES, model="claude-opus-4-6")
