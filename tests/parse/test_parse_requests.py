"""What `parse()`, `stream(output_format=...)` and `count_tokens(output_format=...)` send, against 0.79.

``data/parse_requests_0_79.json`` holds the requests the official 0.79 package sent for the same
scripts (see ``data/record_parse_requests.py``). Ours must send the same target, helper headers and
body; the models used have no enum or literal fields, where our schemas deliberately differ
(see test_transform_schema.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parse_examples import SCRIPTS, STREAM_SCRIPTS, person_reply, recorded_request
from servers.scripted import Reply
from servers.sse_server import message_events, sse_reply

RECORDED = json.loads((Path(__file__).parent / "data" / "parse_requests_0_79.json").read_text())


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_request_matches_what_0_79_sends(client, scripted_server, name):
    body = {"input_tokens": 3} if name == "count_tokens" else person_reply()
    for target in ("/v1/messages", "/v1/messages/count_tokens"):
        scripted_server.add("POST", target, Reply(body=body))
    SCRIPTS[name](client)
    assert recorded_request(scripted_server.requests[0]) == RECORDED[name]


@pytest.mark.parametrize("name", sorted(STREAM_SCRIPTS))
def test_stream_request_matches_what_0_79_sends(client, scripted_server, name):
    scripted_server.add("POST", "/v1/messages", sse_reply(message_events(person_reply())))
    with STREAM_SCRIPTS[name](client) as stream:
        stream.until_done()
    assert recorded_request(scripted_server.requests[0]) == RECORDED[name]


def test_parse_and_stream_send_the_same_output_config():
    assert RECORDED["parse"]["json"]["output_config"] == RECORDED["stream"]["json"]["output_config"]
    assert RECORDED["parse"]["json"]["output_config"] == RECORDED["count_tokens"]["json"]["output_config"]
