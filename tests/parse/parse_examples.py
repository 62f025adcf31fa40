"""Models, replies and request scripts shared by the structured-output tests.

Plain pydantic and the stdlib servers only, so ``data/record_parse_requests.py`` can
run the same scripts against the official 0.79 package.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional

import pydantic

PARAMS: Dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Who lives at 1 Main St, Springfield?"}],
    "model": "claude-opus-4-6",
}


class Address(pydantic.BaseModel):
    street: str
    city: str
    postcode: Optional[str] = None


class Person(pydantic.BaseModel):
    """A person mentioned in the text."""

    name: str = pydantic.Field(description="Full name")
    age: int = pydantic.Field(ge=0)
    emails: List[str]
    home: Address
    past_homes: List[Address] = []
    nickname: Optional[str] = None


PERSON_JSON = {
    "name": "Ada Lovelace",
    "age": 36,
    "emails": ["ada@example.com"],
    "home": {"street": "1 Main St", "city": "Springfield"},
}
PERSON = Person.model_validate(PERSON_JSON)


def message(blocks: List[Dict[str, Any]], *, stop_reason: str = "end_turn", output_tokens: int = 40) -> Dict[str, Any]:
    """A complete reply holding ``blocks``."""
    return {
        "id": "msg_parse",
        "type": "message",
        "role": "assistant",
        "model": "claude-opus-4-6",
        "content": blocks,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 25, "output_tokens": output_tokens},
    }


def text_block(text: str) -> Dict[str, Any]:
    return {"type": "text", "text": text, "citations": None}


def person_reply(**kwargs: Any) -> Dict[str, Any]:
    return message([text_block(json.dumps(PERSON_JSON))], **kwargs)


# Each script makes one request with a client whose base URL is the scripted server; the
# recorder and the tests run the same ones, so the bodies can be compared field by field.
SCRIPTS: Dict[str, Callable[[Any], Any]] = {
    "parse": lambda client: client.messages.parse(**PARAMS, output_format=Person),
    "parse_with_output_config": lambda client: client.messages.parse(
        **PARAMS, output_format=Person, output_config={"effort": "low"}
    ),
    "beta_parse": lambda client: client.beta.messages.parse(
        **PARAMS, output_format=Person, betas=["files-api-2025-04-14"]
    ),
    "count_tokens": lambda client: client.messages.count_tokens(
        model=PARAMS["model"], messages=PARAMS["messages"], output_format=Person
    ),
}

STREAM_SCRIPTS: Dict[str, Callable[[Any], Any]] = {
    "stream": lambda client: client.messages.stream(**PARAMS, output_format=Person),
    "beta_stream": lambda client: client.beta.messages.stream(**PARAMS, output_format=Person),
}

# Headers the helpers add; the rest (user agent, retry count, ...) is not theirs.
HELPER_HEADERS = ("x-stainless-helper", "x-stainless-helper-method", "x-stainless-stream-helper", "anthropic-beta")


def recorded_request(request: Any) -> Dict[str, Any]:
    return {
        "target": request.target,
        "headers": {name: request.headers[name] for name in HELPER_HEADERS if name in request.headers},
        "json": request.json,
    }
