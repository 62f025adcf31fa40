"""Tools: definitions as params, `@beta_tool` functions and the tool runner."""

from __future__ import annotations

import json
from typing import Any, List

from anthropic import Anthropic, AsyncAnthropic, beta_async_tool, beta_tool
from anthropic.lib.tools import BetaAsyncFunctionTool, BetaFunctionTool
from anthropic.types import ToolParam, ToolUnionParam, ToolUseBlock
from anthropic.types.beta import BetaMessage, BetaMessageParam
from typing_extensions import assert_type

client = Anthropic()

weather: ToolParam = {
    "name": "get_weather",
    "description": "The weather in a city.",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}
tools: List[ToolUnionParam] = [weather, {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}]
message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Weather in Paris?"}],
    model="claude-opus-4-6",
    tools=tools,
    tool_choice={"type": "auto", "disable_parallel_tool_use": True},
)
for block in message.content:
    if isinstance(block, ToolUseBlock):
        print(block.name, json.dumps(block.input))


@beta_tool
def get_weather(city: str, unit: str = "celsius") -> str:
    """The weather in a city.

    Args:
        city: The city.
        unit: celsius or fahrenheit.
    """
    return f"sunny in {city} ({unit})"


@beta_async_tool
async def get_time(city: str) -> str:
    """The local time in a city."""
    return f"noon in {city}"


weather_tool: BetaFunctionTool[Any] = get_weather
print(weather_tool.name, get_weather.to_dict())

runner = client.beta.messages.tool_runner(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Weather in Paris?"}],
    model="claude-opus-4-6",
    tools=[get_weather],
    max_iterations=5,
)
for turn in runner:
    assert_type(turn, BetaMessage)
    print(turn.content)
final = runner.until_done()
history: List[BetaMessageParam] = [{"role": "assistant", "content": final.content}]

streaming = client.beta.messages.tool_runner(
    max_tokens=1024, messages=history, model="claude-opus-4-6", tools=[get_weather], stream=True
)
for stream in streaming:
    for event in stream:
        print(event.type)


async def run_async() -> None:
    aclient = AsyncAnthropic()
    async_runner = aclient.beta.messages.tool_runner(
        max_tokens=1024,
        messages=[{"role": "user", "content": "Time in Paris?"}],
        model="claude-opus-4-6",
        tools=[get_time, get_weather],
    )
    async for turn in async_runner:
        print(turn.stop_reason)
    last = await async_runner.until_done()
    print(last.usage.output_tokens)
    time_tool: BetaAsyncFunctionTool[Any] = get_time
    print(time_tool.name)
