"""The seed server's bodies have the shapes spec/openapi.yaml gives them.

Every script is run against a recorder instead of a live server, and each reply it scripts is
checked against the spec's schema for what it stands for (a table here says which), with a small
JSON Schema checker that knows the keywords our spec uses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pytest
import yaml
from servers.scripted import Reply
from servers.seed_server import SCRIPTS, start

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]

# What each scripted reply stands for, in the order the script adds them: a schema name,
# "sse:<event schema>" for an event stream, "jsonl:<line schema>" for JSON Lines, or None for a
# body the spec does not describe (an OAuth token, an undocumented endpoint).
EXPECTED: Dict[str, List[Optional[str]]] = {
    "message": ["Message"],
    "message_stream": ["sse:MessageStreamEvent"],
    "message_with_null_extra_field": ["Message"],
    "overloaded_then_message": ["ErrorResponse", "Message"],
    "bad_request": ["ErrorResponse"],
    "rate_limited": ["ErrorResponse"] * 3,
    "batches_two_pages": ["ListResponse_MessageBatch_", "ListResponse_MessageBatch_"],
    "batch_results": ["MessageBatch", "jsonl:MessageBatchIndividualResponse"],
    "custom_endpoint": [None],
    "tool_use_then_text": ["BetaMessage", "BetaMessage"],
    "bedrock_message": ["Message", "Message"],
    "vertex_message": [None, "Message"],
}


class _Recorder:
    """Stands in for a ScriptedServer: scripts only call add() and read base_url."""

    base_url = "http://127.0.0.1:9"

    def __init__(self) -> None:
        self.replies: List[Tuple[str, str, Reply]] = []

    def add(self, method: str, path: str, responses: Any, **_: Any) -> None:
        for reply in [responses] if isinstance(responses, Reply) else list(responses):
            self.replies.append((method, path, reply))


def _errors(value: Any, schema: Dict[str, Any], where: str = "$") -> List[str]:
    if "$ref" in schema:
        return _errors(value, SCHEMAS[schema["$ref"].rsplit("/", 1)[1]], where)
    discriminator = schema.get("discriminator")
    if (
        discriminator
        and isinstance(value, dict)
        and value.get(discriminator["propertyName"]) in discriminator["mapping"]
    ):
        return _errors(value, {"$ref": discriminator["mapping"][value[discriminator["propertyName"]]]}, where)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            tries = [_errors(value, option, where) for option in schema[key]]
            if all(tries):
                return [f"{where}: matches none of {key}: {min(tries, key=len)}"]
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in {schema['enum']}"]
    types = schema.get("type")
    if types is not None:
        allowed = types if isinstance(types, list) else [types]
        if not any(_is(value, t) for t in allowed):
            return [f"{where}: {value!r} is not {allowed}"]
    errors: List[str] = []
    if isinstance(value, dict) and "properties" in schema:
        errors += [f"{where}: missing {name!r}" for name in schema.get("required", []) if name not in value]
        for name, item in value.items():
            if name in schema["properties"]:
                errors += _errors(item, schema["properties"][name], f"{where}.{name}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {name!r}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += _errors(item, schema["items"], f"{where}[{index}]")
    return errors


def _is(value: Any, kind: str) -> bool:
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    return checks[kind](value)


def _documents(reply: Reply, kind: str) -> List[Any]:
    if kind.startswith("sse:"):
        text = b"".join(reply.chunks or ()).decode("utf-8")
        return [json.loads(data) for data in re.findall(r"^data: (.*)$", text, re.MULTILINE)]
    if kind.startswith("jsonl:"):
        return [json.loads(line) for line in reply.encoded_body().decode("utf-8").splitlines()]
    return [json.loads(reply.encoded_body())]


def test_every_script_has_an_expected_shape_table() -> None:
    assert sorted(EXPECTED) == sorted(SCRIPTS)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_script_replies_match_the_spec(name: str) -> None:
    recorder = _Recorder()
    SCRIPTS[name](recorder)  # type: ignore[arg-type]
    kinds = EXPECTED[name]
    assert len(recorder.replies) == len(kinds), [f"{m} {p}" for m, p, _ in recorder.replies]
    for (method, path, reply), kind in zip(recorder.replies, kinds):
        if kind is None:
            continue
        schema = {"$ref": f"#/components/schemas/{kind.split(':')[-1]}"}
        for document in _documents(reply, kind):
            assert _errors(document, schema) == [], f"{name}: {method} {path}"


def test_the_checker_rejects_a_message_without_usage() -> None:
    recorder = _Recorder()
    SCRIPTS["message"](recorder)  # type: ignore[arg-type]
    body = json.loads(recorder.replies[0][2].encoded_body())
    del body["usage"]
    body["content"][0]["type"] = "no_such_block"
    errors = _errors(body, {"$ref": "#/components/schemas/Message"})
    assert any("missing 'usage'" in error for error in errors)
    assert any("$.content[0]: matches none" in error for error in errors)


def test_batch_results_url_points_at_the_server_itself() -> None:
    server = start("batch_results")
    try:
        batch = httpx.get(f"{server.base_url}/v1/messages/batches/msgbatch_01SeedBatch00000000000001").json()
        results = httpx.get(batch["results_url"])
    finally:
        server.stop()
    assert results.status_code == 200
    assert [json.loads(line)["custom_id"] for line in results.text.splitlines()] == [
        "my-first-request",
        "my-second-request",
    ]
