"""`client.beta.messages.tool_runner(...)` (sync) against scripted model turns."""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, List

import anthropic
import pydantic
import pytest
from anthropic.lib.streaming import BetaMessageStream
from anthropic.lib.tools import BetaStreamingToolRunner, BetaToolRunner, beta_async_tool, beta_tool
from anthropic.types.beta import BetaMessage
from servers.model_turns import (
    MODEL,
    api_error,
    sent_messages,
    server_tool_use,
    streamed_turn,
    text,
    tool_results,
    tool_use,
    turn,
    web_search_result,
)

PATH = "/v1/messages"
USER = {"role": "user", "content": "What is the weather in Paris and in Rome?"}


@beta_tool
def get_weather(city: str) -> str:
    """Current weather for a city.

    Args:
        city: The city's name.
    """
    return f"{city}: sunny"


def _run(client: anthropic.Anthropic, tools: List[Any], **kwargs: Any) -> BetaToolRunner[Any]:
    return client.beta.messages.tool_runner(max_tokens=256, model=MODEL, messages=[USER], tools=tools, **kwargs)  # type: ignore[return-value]


def test_parallel_tool_calls_are_answered_in_call_order(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [
            turn(
                text("Let me check."),
                tool_use("get_weather", {"city": "Paris"}, id="t1"),
                tool_use("get_weather", {"city": "Rome"}, id="t2"),
            ),
            turn(text("Both sunny.")),
        ],
    )
    runner = _run(client, [get_weather])
    assert isinstance(runner, BetaToolRunner)
    messages = list(runner)

    assert [m.stop_reason for m in messages] == ["tool_use", "end_turn"]
    assert all(isinstance(m, BetaMessage) for m in messages)
    first, second = scripted_server.requests
    assert first.query == {"beta": "true"} and first.headers["x-stainless-helper"] == "BetaToolRunner"
    assert sent_messages(first) == [USER]
    assert first.json["tools"] == [get_weather.to_dict()]
    assert sent_messages(second) == [
        USER,
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Let me check."},
                {"type": "tool_use", "id": "t1", "name": "get_weather", "input": {"city": "Paris"}},
                {"type": "tool_use", "id": "t2", "name": "get_weather", "input": {"city": "Rome"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": "Paris: sunny"},
                {"type": "tool_result", "tool_use_id": "t2", "content": "Rome: sunny"},
            ],
        },
    ]
    assert second.json["tools"] == first.json["tools"]
    assert runner.iteration_count == 2 and not runner.max_iterations_reached


def test_until_done_returns_the_final_message(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("get_weather", {"city": "Oslo"})), turn(text("Snow."))])
    final = _run(client, [get_weather]).until_done()
    assert final.content[0].text == "Snow."
    assert len(scripted_server.requests) == 2


def test_pause_turn_sends_the_paused_message_back_to_continue(scripted_server, client):
    search = server_tool_use("web_search", {"query": "weather Paris"}, id="srv_1")
    scripted_server.add(
        "POST",
        PATH,
        [
            turn(search, web_search_result("srv_1"), stop_reason="pause_turn"),
            turn(text("Sunny in Paris.")),
        ],
    )
    web_search = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}
    runner = _run(client, [web_search, get_weather])
    assert [m.stop_reason for m in runner] == ["pause_turn", "end_turn"]

    second = scripted_server.requests[1]
    assert second.json["tools"] == [web_search, get_weather.to_dict()]
    history = sent_messages(second)
    assert len(history) == 2  # no user message: the paused turn is handed back as it is
    assert history[1]["role"] == "assistant"
    assert [b["type"] for b in history[1]["content"]] == ["server_tool_use", "web_search_tool_result"]
    assert history[1]["content"][0] == search


def test_server_tool_blocks_are_kept_and_only_client_tools_run(scripted_server, client):
    calls: List[str] = []

    @beta_tool
    def note(textual: str) -> str:
        calls.append(textual)
        return "noted"

    scripted_server.add(
        "POST",
        PATH,
        [
            turn(
                server_tool_use("web_search", {"query": "q"}, id="srv_9"),
                web_search_result("srv_9"),
                text("Found it; noting."),
                tool_use("note", {"textual": "found"}, id="t9"),
            ),
            turn(text("Done.")),
        ],
    )
    _run(client, [{"type": "web_search_20250305", "name": "web_search"}, note]).until_done()

    assert calls == ["found"]
    second = scripted_server.requests[1]
    assert [b["type"] for b in sent_messages(second)[1]["content"]] == [
        "server_tool_use",
        "web_search_tool_result",
        "text",
        "tool_use",
    ]
    assert tool_results(second) == [{"type": "tool_result", "tool_use_id": "t9", "content": "noted"}]


def test_tool_exception_sends_type_and_message_with_secrets_redacted(scripted_server, client):
    @beta_tool
    def fetch(url: str) -> str:
        raise PermissionError(
            f"GET {url} failed; sent x-api-key={client.api_key} and Authorization: Bearer abcdefghijklmnop123"
        )

    scripted_server.add(
        "POST", PATH, [turn(tool_use("fetch", {"url": "https://x.test"}, id="t1")), turn(text("Sorry."))]
    )
    _run(client, [fetch]).until_done()

    (result,) = tool_results(scripted_server.requests[1])
    assert result["is_error"] is True
    assert result["content"] == (
        "PermissionError: GET https://x.test failed; sent x-api-key=[REDACTED] and Authorization: [REDACTED]"
    )
    assert client.api_key not in scripted_server.requests[1].body.decode()


def test_format_tool_error_chooses_the_error_text(scripted_server, client):
    @beta_tool
    def fails() -> str:
        raise KeyError("secret-detail")

    seen: List[BaseException] = []

    def short(exc: BaseException) -> str:
        seen.append(exc)
        return "the tool failed; try something else"

    scripted_server.add("POST", PATH, [turn(tool_use("fails", {}, id="t1")), turn(text("OK."))])
    _run(client, [fails], format_tool_error=short).until_done()

    assert isinstance(seen[0], KeyError)
    assert tool_results(scripted_server.requests[1]) == [
        {"type": "tool_result", "tool_use_id": "t1", "content": "the tool failed; try something else", "is_error": True}
    ]


def test_invalid_tool_input_is_reported_to_the_model_with_the_fields(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("get_weather", {"town": "Paris"}, id="t1")), turn(text("Oops."))])
    _run(client, [get_weather]).until_done()
    (result,) = tool_results(scripted_server.requests[1])
    assert result["is_error"] is True
    assert result["content"] == (
        "ValueError: Invalid input for tool 'get_weather': city: Field required; town: Extra inputs are not permitted"
    )


def test_unknown_tool_gets_an_error_result_and_a_warning(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("teleport", {}, id="t1")), turn(text("Cannot."))])
    with pytest.warns(UserWarning, match="unknown tool 'teleport'"):
        _run(client, [get_weather]).until_done()
    assert tool_results(scripted_server.requests[1]) == [
        {
            "type": "tool_result",
            "tool_use_id": "t1",
            "content": "Error: there is no tool named 'teleport'. Available tools: get_weather.",
            "is_error": True,
        }
    ]


RAW_BASH = {"type": "bash_20250124", "name": "bash"}


def test_raw_definition_call_gets_an_error_result_naming_the_tool(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("bash", {"command": "ls"}, id="t1")), turn(text("No shell."))])
    with pytest.warns(UserWarning, match=r"'bash', which was given to the tool runner as a tool definition"):
        _run(client, [RAW_BASH, get_weather]).until_done()
    assert scripted_server.requests[0].json["tools"] == [RAW_BASH, get_weather.to_dict()]
    (result,) = tool_results(scripted_server.requests[1])
    assert result["is_error"] is True
    assert "'bash' is not available to run here" in result["content"]


def test_loop_body_can_answer_raw_tool_calls_itself(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("bash", {"command": "ls"}, id="t1")), turn(text("Two files."))])
    runner = _run(client, [RAW_BASH])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the runner must not complain when the loop body answers
        for message in runner:
            if message.stop_reason == "tool_use":
                runner.append_messages(
                    message,
                    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "a b"}]},
                )
    assert tool_results(scripted_server.requests[1]) == [{"type": "tool_result", "tool_use_id": "t1", "content": "a b"}]
    assert len(sent_messages(scripted_server.requests[1])) == 3


def test_max_iterations_stops_the_loop_and_says_so(scripted_server, client):
    ran: List[str] = []

    @beta_tool
    def step(n: int) -> str:
        ran.append(f"step {n}")
        return "ok"

    scripted_server.add("POST", PATH, [turn(tool_use("step", {"n": 1})), turn(tool_use("step", {"n": 2}))])
    runner = _run(client, [step], max_iterations=2)
    last = runner.until_done()

    assert len(scripted_server.requests) == 2
    assert last.stop_reason == "tool_use"
    assert runner.max_iterations_reached is True
    assert runner.iteration_count == 2
    assert ran == ["step 1"]  # the last turn's tools would have no one to send their results to
    # ... but can still be run on request.
    assert runner.generate_tool_call_response()["content"][0]["content"] == "ok"  # type: ignore[index]
    assert ran == ["step 1", "step 2"]


def test_finishing_within_max_iterations_is_not_reported_as_exhausted(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("get_weather", {"city": "Lima"})), turn(text("Mild."))])
    runner = _run(client, [get_weather], max_iterations=2)
    runner.until_done()
    assert runner.max_iterations_reached is False


def test_duplicate_tool_names_raise_at_construction(client):
    @beta_tool(name="get_weather")
    def other(city: str) -> str:
        return ""

    with pytest.raises(ValueError, match="Tool name 'get_weather' is used by more than one tool"):
        _run(client, [get_weather, other])
    with pytest.raises(ValueError, match="Tool name 'get_weather' is used by more than one tool"):
        _run(client, [get_weather, {"name": "get_weather", "input_schema": {"type": "object"}}])


def test_bad_arguments_are_rejected_with_the_problem_named(client):
    @beta_async_tool
    async def later() -> str:
        return ""

    class Box:
        @beta_tool
        def open(self) -> str:
            return ""

    with pytest.raises(TypeError, match=r"tools\[1\] has type int; expected a @beta_tool function"):
        _run(client, [get_weather, 3])
    with pytest.raises(TypeError, match=r"tools\[0\] \('later'\) is async; use it with AsyncAnthropic"):
        _run(client, [later])
    with pytest.raises(TypeError, match=r"tools\[0\] \('open'\) is a method looked up on its class"):
        _run(client, [Box.open])
    with pytest.raises(ValueError, match="max_iterations must be a positive integer, got 0"):
        _run(client, [get_weather], max_iterations=0)
    with pytest.raises(ValueError, match="compaction_control needs an 'enabled' key"):
        _run(client, [get_weather], compaction_control={"context_token_threshold": 5})


def test_plain_functions_are_described_like_beta_tool(scripted_server, client):
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    scripted_server.add("POST", PATH, [turn(tool_use("add", {"a": 2, "b": 3}, id="t1")), turn(text("5"))])
    _run(client, [add]).until_done()
    assert scripted_server.requests[0].json["tools"] == [beta_tool(add).to_dict()]
    assert tool_results(scripted_server.requests[1]) == [{"type": "tool_result", "tool_use_id": "t1", "content": "5"}]


def test_tool_return_values_become_text_blocks_or_json(scripted_server, client):
    class Reading(pydantic.BaseModel):
        celsius: float

    returns: Dict[str, Any] = {
        "as_text": "plain",
        "as_none": None,
        "as_dict": {"a": 1, "b": [True, None]},
        "as_model": Reading(celsius=21.5),
        "as_blocks": [
            {"type": "text", "text": "see image"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBO"}},
        ],
        "as_number": 7,
    }
    tools = [beta_tool(lambda value=value: value, name=name) for name, value in returns.items()]
    scripted_server.add("POST", PATH, [turn(*[tool_use(name, {}, id=name) for name in returns]), turn(text("Thanks."))])
    _run(client, tools).until_done()

    by_id = {r["tool_use_id"]: r for r in tool_results(scripted_server.requests[1])}
    assert list(by_id) == list(returns)
    assert by_id["as_text"]["content"] == "plain"
    assert "content" not in by_id["as_none"]
    assert json.loads(by_id["as_dict"]["content"]) == {"a": 1, "b": [True, None]}
    assert json.loads(by_id["as_model"]["content"]) == {"celsius": 21.5}
    assert by_id["as_blocks"]["content"] == returns["as_blocks"]
    assert by_id["as_number"]["content"] == "7"
    assert not any(r.get("is_error") for r in by_id.values())


def test_generate_tool_call_response_runs_the_tools_once_per_turn(scripted_server, client):
    count = []

    @beta_tool
    def tick() -> str:
        count.append(1)
        return str(len(count))

    scripted_server.add("POST", PATH, [turn(tool_use("tick", {}, id="t1")), turn(text("Done."))])
    runner = _run(client, [tick])
    for message in runner:
        if message.stop_reason == "tool_use":
            first = runner.generate_tool_call_response()
            assert first is not None and runner.generate_tool_call_response() is first
    assert count == [1]
    assert tool_results(scripted_server.requests[1])[0]["content"] == "1"


def test_set_messages_params_changes_the_next_request(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("get_weather", {"city": "Bern"})), turn(text("Cool."))])
    runner = _run(client, [get_weather])
    for message in runner:
        if message.stop_reason == "tool_use":
            runner.set_messages_params(lambda params: {**params, "max_tokens": 999, "temperature": 0.0})
    second = scripted_server.requests[1]
    assert second.json["max_tokens"] == 999 and second.json["temperature"] == 0.0
    assert len(sent_messages(second)) == 3  # the runner still added the turn and its results


def test_appending_after_the_final_turn_sends_another_request(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(text("Paris is sunny.")), turn(text("Rome too."))])
    runner = _run(client, [get_weather])
    for message in runner:
        if runner.iteration_count == 1:
            runner.append_messages(message, {"role": "user", "content": "And Rome?"})
    assert len(scripted_server.requests) == 2
    assert sent_messages(scripted_server.requests[1])[1:] == [
        {"role": "assistant", "content": [{"type": "text", "text": "Paris is sunny."}]},
        {"role": "user", "content": "And Rome?"},
    ]


def test_api_errors_propagate_from_the_loop(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [turn(tool_use("get_weather", {"city": "Kyiv"})), api_error(400, "invalid_request_error", "bad tool_result")],
    )
    runner = _run(client, [get_weather])
    with pytest.raises(anthropic.BadRequestError, match="bad tool_result"):
        runner.until_done()


def test_betas_and_request_options_reach_every_request(scripted_server, client):
    scripted_server.add("POST", PATH, [turn(tool_use("get_weather", {"city": "Nice"})), turn(text("Warm."))])
    _run(
        client,
        [get_weather],
        betas=["context-management-2025-06-27"],
        system="Be brief.",
        extra_headers={"X-Trace": "abc"},
        extra_query={"probe": "1"},
    ).until_done()
    for request in scripted_server.requests:
        assert request.headers["anthropic-beta"] == "context-management-2025-06-27"
        assert request.headers["x-trace"] == "abc"
        assert request.query == {"beta": "true", "probe": "1"}
        assert request.json["system"] == "Be brief."


def test_streaming_runner_yields_a_stream_per_turn(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [
            streamed_turn(text("Checking."), tool_use("get_weather", {"city": "Porto"}, id="t1")),
            streamed_turn(text("It is sunny in Porto.")),
        ],
    )
    runner = client.beta.messages.tool_runner(
        max_tokens=256, model=MODEL, messages=[USER], tools=[get_weather], stream=True
    )
    assert isinstance(runner, BetaStreamingToolRunner)
    texts = []
    for stream in runner:
        assert isinstance(stream, BetaMessageStream)
        texts.append("".join(stream.text_stream))
    assert texts == ["Checking.", "It is sunny in Porto."]
    first, second = scripted_server.requests
    assert first.json["stream"] is True and first.headers["x-stainless-helper"] == "BetaToolRunner"
    assert sent_messages(second)[1]["content"][1] == {
        "type": "tool_use",
        "id": "t1",
        "name": "get_weather",
        "input": {"city": "Porto"},
    }
    assert tool_results(second) == [{"type": "tool_result", "tool_use_id": "t1", "content": "Porto: sunny"}]


def test_streaming_runner_reads_unread_streams_itself(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [streamed_turn(tool_use("get_weather", {"city": "Riga"}, id="t1")), streamed_turn(text("Rain."))],
    )
    runner = client.beta.messages.tool_runner(
        max_tokens=256, model=MODEL, messages=[USER], tools=[get_weather], stream=True
    )
    final = runner.until_done()
    assert final.content[0].text == "Rain."
    assert tool_results(scripted_server.requests[1])[0]["content"] == "Riga: sunny"


def test_streaming_runner_can_answer_tool_calls_before_the_stream_is_read(scripted_server, client):
    scripted_server.add(
        "POST",
        PATH,
        [streamed_turn(tool_use("get_weather", {"city": "Graz"}, id="t1")), streamed_turn(text("Fog."))],
    )
    runner = client.beta.messages.tool_runner(
        max_tokens=256, model=MODEL, messages=[USER], tools=[get_weather], stream=True
    )
    answers = [runner.generate_tool_call_response() for _ in runner]
    assert answers == [
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "Graz: sunny"}]},
        None,
    ]
    assert tool_results(scripted_server.requests[1]) == answers[0]["content"]  # type: ignore[index]


def test_output_format_type_parses_the_final_answer(scripted_server, client):
    class Forecast(pydantic.BaseModel):
        city: str
        sunny: bool

    scripted_server.add(
        "POST",
        PATH,
        [
            turn(text('{"city": "draft", "sunny": false}'), tool_use("get_weather", {"city": "Paris"}, id="t1")),
            turn(text('{"city": "Paris", "sunny": true}')),
        ],
    )
    final = _run(client, [get_weather], output_format=Forecast).until_done()
    assert final.parsed_output == Forecast(city="Paris", sunny=True)
    first, second = scripted_server.requests
    assert first.json["output_config"]["format"]["type"] == "json_schema"
    # The parsed value stays on the client: the turn goes back as the API's own blocks.
    assert sent_messages(second)[1]["content"][0] == {"type": "text", "text": '{"city": "draft", "sunny": false}'}
    assert tool_results(second) == [{"type": "tool_result", "tool_use_id": "t1", "content": "Paris: sunny"}]
