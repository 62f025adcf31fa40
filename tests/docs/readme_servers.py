"""Scripted conversations for the README examples that neither Prism nor tests/servers/seed_server.py
serve: a reply holding JSON for ``messages.parse``, a batch from creation to its results, two pages of
models, and Vertex AI under the project the README names.

A README block picks one with ``<!-- example: server=NAME -->``; the seed server's scripts are there
too, under their own names (``message``, ``message_stream``, ``tool_use_then_text`` ...).
"""

from __future__ import annotations

from typing import Callable, Dict, List

from servers.scripted import Reply, ScriptedServer, jsonl
from servers.seed_server import REQUEST_ID, batch_body, message_body

Script = Callable[[ScriptedServer], None]
SCRIPTS: Dict[str, Script] = {}

BATCH_ID = "msgbatch_01ReadmeBatch000000000001"


def _script(name: str) -> Callable[[Script], Script]:
    def register(func: Script) -> Script:
        SCRIPTS[name] = func
        return func

    return register


def _json(body: object) -> Reply:
    return Reply(body=body, headers=[("request-id", REQUEST_ID)])


@_script("parse_weather")
def _parse_weather(server: ScriptedServer) -> None:
    text = '{"city": "Oslo", "temperature_c": 18}'
    server.add("POST", "/v1/messages", _json(message_body([{"type": "text", "text": text, "citations": None}])))


@_script("batch_lifecycle")
def _batch_lifecycle(server: ScriptedServer) -> None:
    results_path = f"/v1/messages/batches/{BATCH_ID}/results"
    ended = batch_body(BATCH_ID, results_url=server.base_url + results_path)
    # Ended at once, so the README's polling loop (a minute per round) is skipped here.
    server.add("POST", "/v1/messages/batches", _json(ended))
    hello = message_body([{"type": "text", "text": "Bonjour !", "citations": None}])
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}, "request_id": None}
    lines = jsonl(
        {"custom_id": "first", "result": {"type": "succeeded", "message": hello}},
        {"custom_id": "second", "result": {"type": "errored", "error": error}},
    )
    server.add("GET", results_path, Reply(body=lines, headers=[("content-type", "application/binary")]))


def _models_page(ids: List[str], has_more: bool) -> Dict[str, object]:
    data = [{"id": i, "type": "model", "display_name": i.title(), "created_at": "2025-01-01T00:00:00Z"} for i in ids]
    return {"data": data, "has_more": has_more, "first_id": ids[0], "last_id": ids[-1]}


@_script("models_two_pages")
def _models_two_pages(server: ScriptedServer) -> None:
    # Walked twice: once by the for loop, once page by page.
    first, second = _models_page(["claude-a", "claude-b"], True), _models_page(["claude-c"], False)
    server.add("GET", "/v1/models?limit=2", [_json(first), _json(first)])
    server.add("GET", "/v1/models?limit=2&after_id=claude-b", [_json(second), _json(second)])


@_script("vertex_readme")
def _vertex_readme(server: ScriptedServer) -> None:
    server.add(
        "POST", "/token", _json({"access_token": "ya29.readme-token", "expires_in": 3600, "token_type": "Bearer"})
    )
    path = "/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-opus-4-6:rawPredict"
    server.add("POST", path, _json(message_body()))
