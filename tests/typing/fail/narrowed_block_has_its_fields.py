"""Narrowed by its `type` tag, a content block has that kind's fields only: a tool_use block has no text."""
# expect: pyright reportAttributeAccessIssue "Cannot access attribute \"text\" for class \"ToolUseBlock\""
# expect: pyright reportUnknownMemberType "Type of \"text\" is unknown"
# expect: pyright reportUnknownVariableType "Type of \"text\" is unknown"
# expect: mypy attr-defined "\"ToolUseBlock\" has no attribute \"text\""

from anthropic import Anthropic

message = Anthropic().messages.create(max_tokens=8, messages=[], model="claude-opus-4-6")
block = message.content[0]
if block.type == "tool_use":
    text: str = block.text  # E
