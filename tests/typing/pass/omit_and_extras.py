"""`omit`, `NOT_GIVEN` and `not_given` are all accepted where a parameter may be left out, and the
per-request options take headers, query, body and timeouts."""

from __future__ import annotations

from typing import Dict, Optional

import httpx
from anthropic import NOT_GIVEN, Anthropic, NotGiven, Omit, not_given, omit
from anthropic.types import MetadataParam

client = Anthropic()


def create(temperature: float | Omit = omit, metadata: MetadataParam | NotGiven = NOT_GIVEN) -> None:
    client.messages.create(
        max_tokens=16,
        messages=[{"role": "user", "content": "Hi"}],
        model="claude-opus-4-6",
        temperature=temperature,
        top_k=NOT_GIVEN,
        top_p=not_given,
        system=omit,
        metadata=metadata,
        extra_headers={"anthropic-beta": "some-beta-2025-01-01", "X-Trace": omit},
        extra_query={"trace": "1"},
        extra_body={"undocumented_flag": True, "nested": {"a": [1, 2]}},
        timeout=httpx.Timeout(10.0, connect=2.0),
    )


def timeout_in_seconds(seconds: Optional[float]) -> None:
    client.messages.count_tokens(messages=[], model="claude-opus-4-6", timeout=seconds)
    client.with_options(timeout=seconds, max_retries=0).models.list()


headers: Dict[str, str] = {"X-Trace": "abc"}
configured = Anthropic(api_key="key", base_url="http://127.0.0.1:4010", default_headers=headers, max_retries=5)
copied = configured.with_options(default_query={"debug": "1"})
create(temperature=0.5, metadata={"user_id": "u-1"})
create()
