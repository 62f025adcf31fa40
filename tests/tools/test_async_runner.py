"""The async tool runners: concurrent tool calls, sync tools in threads, streams, and the shared rules."""

from __future__ import annotations

import threading
import time
from typing import Any, List

import anthropic
import anyio
import pytest
from anthropic.lib.streaming import BetaAsyncMessageStream
from anthropic.lib.tools import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner, beta_async_tool, beta_tool
from servers.model_turns import MODEL, sent_messages, server_tool_use, streamed_turn, text, tool_results, tool_use, turn

pytestmark = pytest.mark.anyio

PATH = "/v1/messages"
USER = {"role": "user", "content": "Compare Paris and Rome."}


def _runner(client: anthropic.AsyncAnthropic, tools: List[Any], **kwargs: Any) -> Any:
    return client.beta.messages.tool_runner(max_tokens=256, model=MODEL, messages=[USER], tools=tools, **kwargs)


async def test_async_tool_calls_of_one_turn_run_concurrently_in_call_order(scripted_server, async_client):
    @beta_async_tool
    async def slow_weather(city: str) -> str:
        """Weather, slowly."""
        await anyio.sleep(0.2)
        return f"{city}: sunny"

    @beta_async_tool
    async def slow_time(city: str) -> str:
        """Local time, slowly."""
        await anyio.sleep(0.2)
        return f"{city}: noon"

    scripted_server.add(
        "POST",
        PATH,
        [
            turn(
                tool_use("slow_weather", {"city": "Paris"}, id="t1"), tool_use("slow_time", {"city": "Rome"}, id="t2")
            ),
            turn(text("Sunny at noon.")),
        ],
    )
    async with async_client:
        runner = _runner(async_client, [slow_weather, slow_time])
        assert isinstance(runner, BetaAsyncToolRunner)
        async for message in runner:
            if message.stop_reason == "tool_use":
                started = time.perf_counter()
                response = await runner.generate_tool_call_response()
                elapsed = time.perf_counter() - started
    assert elapsed < 0.3, f"two 0.2 s tools took {elapsed:.3f} s"
    assert response is not None
    assert tool_results(scripted_server.requests[1]) == [
        {"type": "tool_result", "tool_use_id": "t1", "content": "Paris: sunny"},
        {"type": "tool_result", "tool_use_id": "t2", "content": "Rome: noon"},
    ]


async def test_results_keep_call_order_when_later_calls_finish_first(scripted_server, async_client):
    finished: List[str] = []

    @beta_async_tool
    async def wait(name: str, seconds: float) -> str:
        await anyio.sleep(seconds)
        finished.append(name)
        return name

    calls = [tool_use("wait", {"name": n, "seconds": s}, id=n) for n, s in [("a", 0.15), ("b", 0.0), ("c", 0.05)]]
    scripted_server.add("POST", PATH, [turn(*calls), turn(text("Done."))])
    async with async_client:
        await _runner(async_client, [wait]).until_done()
    assert finished == ["b", "c", "a"]
    assert [r["content"] for r in tool_results(scripted_server.requests[1])] == ["a", "b", "c"]


async def test_sync_tools_run_in_worker_threads(scripted_server, async_client):
    loop_thread = threading.get_ident()
    threads: List[int] = []

    @beta_tool
    def blocking(n: int) -> str:
        threads.append(threading.get_ident())
        time.sleep(0.2)
        return str(n)

    scripted_server.add(
        "POST", PATH, [turn(tool_use("blocking", {"n": 1}), tool_use("blocking", {"n": 2})), turn(text("Ok."))]
    )
    async with async_client:
        runner = _runner(async_client, [blocking])
        async for message in runner:
            if message.stop_reason == "tool_use":
                started = time.perf_counter()
                await runner.generate_tool_call_response()
                elapsed = time.perf_counter() - started
    assert len(threads) == 2 and loop_thread not in threads
    assert elapsed < 0.3, f"two blocking 0.2 s tools took {elapsed:.3f} s"
    assert [r["content"] for r in tool_results(scripted_server.requests[1])] == ["1", "2"]


async def test_plain_sync_and_async_functions_are_accepted(scripted_server, async_client):
    def double(x: int) -> int:
        return 2 * x

    async def triple(x: int) -> int:
        return 3 * x

    scripted_server.add(
        "POST", PATH, [turn(tool_use("double", {"x": 2}), tool_use("triple", {"x": 2})), turn(text("4 and 6."))]
    )
    async with async_client:
        await _runner(async_client, [double, triple]).until_done()
    assert [r["content"] for r in tool_results(scripted_server.requests[1])] == ["4", "6"]


async def test_errors_unknown_tools_and_pause_turn(scripted_server, async_client):
    @beta_async_tool
    async def explode() -> str:
        raise RuntimeError("token=abc123secret could not be used")

    scripted_server.add(
        "POST",
        PATH,
        [
            turn(server_tool_use("web_search", {"query": "x"}, id="s1"), stop_reason="pause_turn"),
            turn(tool_use("explode", {}, id="t1"), tool_use("missing", {}, id="t2")),
            turn(text("Giving up.")),
        ],
    )
    async with async_client:
        with pytest.warns(UserWarning, match="unknown tool 'missing'"):
            runner = _runner(async_client, [{"type": "web_search_20250305", "name": "web_search"}, explode])
            stops = [m.stop_reason async for m in runner]
    assert stops == ["pause_turn", "tool_use", "end_turn"]
    assert len(sent_messages(scripted_server.requests[1])) == 2  # paused turn handed back as is
    assert tool_results(scripted_server.requests[2]) == [
        {
            "type": "tool_result",
            "tool_use_id": "t1",
            "content": "RuntimeError: token=[REDACTED] could not be used",
            "is_error": True,
        },
        {
            "type": "tool_result",
            "tool_use_id": "t2",
            "content": "Error: there is no tool named 'missing'. Available tools: explode.",
            "is_error": True,
        },
    ]


async def test_max_iterations_and_duplicates(scripted_server, async_client):
    @beta_async_tool
    async def again() -> str:
        return "again"

    scripted_server.add("POST", PATH, [turn(tool_use("again", {})), turn(tool_use("again", {}))])
    async with async_client:
        runner = _runner(async_client, [again], max_iterations=2)
        last = await runner.until_done()
        assert last.stop_reason == "tool_use" and runner.max_iterations_reached

        with pytest.raises(ValueError, match="Tool name 'again' is used by more than one tool"):
            _runner(async_client, [again, beta_async_tool(again.func)])


async def test_async_streaming_runner(scripted_server, async_client):
    @beta_async_tool
    async def get_weather(city: str) -> str:
        return f"{city}: windy"

    scripted_server.add(
        "POST",
        PATH,
        [
            streamed_turn(text("Looking."), tool_use("get_weather", {"city": "Wellington"}, id="t1")),
            streamed_turn(text("Windy.")),
        ],
    )
    async with async_client:
        runner = _runner(async_client, [get_weather], stream=True)
        assert isinstance(runner, BetaAsyncStreamingToolRunner)
        texts = []
        async for stream in runner:
            assert isinstance(stream, BetaAsyncMessageStream)
            texts.append("".join([t async for t in stream.text_stream]))
    assert texts == ["Looking.", "Windy."]
    assert tool_results(scripted_server.requests[1]) == [
        {"type": "tool_result", "tool_use_id": "t1", "content": "Wellington: windy"}
    ]


async def test_async_compaction(scripted_server, async_client):
    @beta_async_tool
    async def look(city: str) -> str:
        return "seen"

    scripted_server.add(
        "POST",
        PATH,
        [
            turn(tool_use("look", {"city": "Bath"}), input_tokens=5000),
            turn(text("<summary>looked at Bath</summary>")),
            turn(text("Done.")),
        ],
    )
    async with async_client:
        await _runner(
            async_client, [look], compaction_control={"enabled": True, "context_token_threshold": 100}
        ).until_done()
    summary_request = scripted_server.requests[1]
    assert summary_request.headers["x-stainless-helper"] == "compaction"
    assert len(sent_messages(summary_request)) == 4
    assert sent_messages(scripted_server.requests[2]) == [
        {"role": "user", "content": [{"type": "text", "text": "<summary>looked at Bath</summary>"}]}
    ]
