"""`compaction_control`: past the token threshold the runner swaps the history for a summary."""

from __future__ import annotations

from typing import Any

import pytest
from anthropic.lib.tools import CompactionControl, beta_tool
from anthropic.lib.tools._beta_compaction_control import DEFAULT_SUMMARY_PROMPT, DEFAULT_THRESHOLD
from servers.model_turns import MODEL, sent_messages, streamed_turn, text, tool_use, turn

PATH = "/v1/messages"
USER = {"role": "user", "content": "Plan my trip."}
SUMMARY = "<summary>Trip planning; Paris weather known: sunny.</summary>"


@beta_tool
def get_weather(city: str) -> str:
    """Weather for a city."""
    return f"{city}: sunny"


def _runner(client: Any, control: CompactionControl, **kwargs: Any) -> Any:
    return client.beta.messages.tool_runner(
        max_tokens=512,
        model=MODEL,
        system="You plan trips.",
        messages=[USER],
        tools=[get_weather],
        compaction_control=control,
        **kwargs,
    )


def test_default_threshold_and_prompt_are_our_own():
    assert DEFAULT_THRESHOLD == 100_000
    assert "<summary></summary>" in DEFAULT_SUMMARY_PROMPT


def test_history_is_replaced_by_the_summary_once_the_threshold_is_reached(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [
            turn(tool_use("get_weather", {"city": "Paris"}, id="t1"), input_tokens=900, output_tokens=100),
            turn(text(SUMMARY)),
            turn(text("Pack sunglasses.")),
        ],
    )
    runner = _runner(client, {"enabled": True, "context_token_threshold": 1000, "model": "claude-haiku-4-5"})
    messages = list(runner)

    assert [m.content[-1].type for m in messages] == ["tool_use", "text"]  # the summary turn is not yielded
    assert runner.iteration_count == 2
    first, summary_request, after = scripted_server.requests

    assert summary_request.headers["x-stainless-helper"] == "compaction"
    assert summary_request.json["model"] == "claude-haiku-4-5"
    assert summary_request.json["max_tokens"] == 512
    assert summary_request.json["system"] == "You plan trips."
    assert summary_request.json["tools"] == first.json["tools"]
    assert summary_request.json["tool_choice"] == {"type": "none"}
    history = sent_messages(summary_request)
    assert history[0] == USER
    assert history[1]["content"][0]["type"] == "tool_use"
    assert history[2]["content"] == [{"type": "tool_result", "tool_use_id": "t1", "content": "Paris: sunny"}]
    assert history[3] == {"role": "user", "content": DEFAULT_SUMMARY_PROMPT}

    assert sent_messages(after) == [{"role": "user", "content": [{"type": "text", "text": SUMMARY}]}]
    assert after.json["model"] == MODEL and after.headers["x-stainless-helper"] == "BetaToolRunner"


def test_below_the_threshold_nothing_is_compacted(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [turn(tool_use("get_weather", {"city": "Rome"}), input_tokens=500, output_tokens=499), turn(text("Done."))],
    )
    _runner(client, {"enabled": True, "context_token_threshold": 1000}).until_done()
    assert len(scripted_server.requests) == 2
    assert len(sent_messages(scripted_server.requests[1])) == 3


def test_disabled_compaction_never_summarises(scripted_server, client):
    scripted_server.add(
        "POST", PATH, [turn(tool_use("get_weather", {"city": "Oslo"}), input_tokens=10**6), turn(text("Done."))]
    )
    _runner(client, {"enabled": False, "context_token_threshold": 10}).until_done()
    assert len(scripted_server.requests) == 2


def test_custom_prompt_and_cached_tokens_count(scripted_server, client):
    message = turn(tool_use("get_weather", {"city": "Bonn"}), input_tokens=10, output_tokens=10)
    message.body["usage"].update(cache_read_input_tokens=600, cache_creation_input_tokens=400)  # type: ignore[index]
    scripted_server.add("POST", PATH, [message, turn(text(SUMMARY)), turn(text("Fine."))])
    _runner(
        client, {"enabled": True, "context_token_threshold": 1000, "summary_prompt": "Summarise, please."}
    ).until_done()
    summary_request = scripted_server.requests[1]
    assert sent_messages(summary_request)[-1] == {"role": "user", "content": "Summarise, please."}
    assert summary_request.json["model"] == MODEL


def test_a_summary_without_text_is_an_error(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [
            turn(tool_use("get_weather", {"city": "Ulm"}), input_tokens=5000),
            turn(tool_use("get_weather", {"city": "Ulm"})),
        ],
    )
    with pytest.raises(ValueError, match=r"compaction request returned no text to use as a summary \(got tool_use\)"):
        _runner(client, {"enabled": True, "context_token_threshold": 1000}).until_done()


def test_streaming_runner_compacts_with_a_plain_request(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [
            streamed_turn(tool_use("get_weather", {"city": "Lyon"}, id="t1"), input_tokens=2000),
            turn(text(SUMMARY)),
            streamed_turn(text("Bring a hat.")),
        ],
    )
    final = _runner(client, {"enabled": True, "context_token_threshold": 1000}, stream=True).until_done()
    assert final.content[0].text == "Bring a hat."
    summary_request = scripted_server.requests[1]
    assert "stream" not in summary_request.json
    assert sent_messages(scripted_server.requests[2]) == [
        {"role": "user", "content": [{"type": "text", "text": SUMMARY}]}
    ]
