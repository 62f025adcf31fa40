"""A custom tool definition needs its `input_schema`."""
# expect: pyright reportAssignmentType "\"input_schema\" is required in \"ToolParam\""
# expect: mypy typeddict-item "Missing key \"input_schema\" for TypedDict \"ToolParam\""

from anthropic.types import ToolParam

tool: ToolParam = {"name": "get_weather", "description": "The weather."}  # E
