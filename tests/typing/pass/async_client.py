"""The async client mirrors the sync one: awaited calls, async iteration, async context managers."""

from __future__ import annotations

import asyncio
from typing import List

from anthropic import AsyncAnthropic, AsyncMessageStream
from anthropic.types import Message, MessageTokensCount, ModelInfo
from anthropic.types.beta import BetaMessage
from anthropic.types.messages import MessageBatch
from typing_extensions import assert_type


async def main() -> None:
    async with AsyncAnthropic() as client:
        message = await client.messages.create(
            max_tokens=1024,
            messages=[{"role": "user", "content": "Hello"}],
            model="claude-opus-4-6",
        )
        assert_type(message, Message)

        count = await client.messages.count_tokens(messages=[{"role": "user", "content": "Hi"}], model="x")
        assert_type(count, MessageTokensCount)
        assert_type(count.input_tokens, int)

        async with client.messages.stream(max_tokens=64, messages=[], model="claude-opus-4-6") as stream:
            assert_type(stream, AsyncMessageStream[None])
            async for text in stream.text_stream:
                assert_type(text, str)
            final = await stream.get_final_message()
            print(final.content)

        models: List[ModelInfo] = [model async for model in client.models.list(limit=5)]
        batches: List[MessageBatch] = []
        async for batch in client.messages.batches.list():
            batches.append(batch)
        first_page = await client.messages.batches.list(limit=20)
        if first_page.has_next_page():
            next_page = await first_page.get_next_page()
            assert_type(next_page.data, List[MessageBatch])

        raw = await client.messages.with_raw_response.create(max_tokens=8, messages=[], model="x")
        request_id: str | None = raw.headers.get("request-id")
        # As in 0.79, with_raw_response parses synchronously on the async client too.
        parsed = raw.parse()
        assert_type(parsed, Message)

        beta = await client.beta.messages.create(max_tokens=8, messages=[], model="x", betas=["files-api-2025-04-14"])
        assert_type(beta, BetaMessage)
        print(models, beta, request_id)


asyncio.run(main())
