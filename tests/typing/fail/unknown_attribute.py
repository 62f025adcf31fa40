"""A response model has exactly its fields: an unknown attribute is caught."""
# expect: pyright reportAttributeAccessIssue "Cannot access attribute \"tokens\" for class \"Usage\""
# expect: pyright reportUnknownMemberType "Type of \"tokens\" is unknown"
# expect: pyright reportUnknownVariableType "Type of \"tokens\" is unknown"
# expect: mypy attr-defined "\"Usage\" has no attribute \"tokens\""

from anthropic import Anthropic

message = Anthropic().messages.create(max_tokens=8, messages=[], model="claude-opus-4-6")
tokens: int = message.usage.tokens  # E
