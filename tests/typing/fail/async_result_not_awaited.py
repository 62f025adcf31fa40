"""The async client's methods return coroutines: using one as a message without `await` fails."""
# expect: pyright reportAttributeAccessIssue "Cannot access attribute \"content\" for class \"CoroutineType[Any, Any, Message]\""
# expect: pyright reportUnknownMemberType "Type of \"content\" is unknown"
# expect: pyright reportUnknownVariableType "Type of \"content\" is unknown"
# expect: mypy attr-defined "\"Coroutine[Any, Any, Message]\" has no attribute \"content\""

from typing import List

from anthropic import AsyncAnthropic
from anthropic.types import ContentBlock

message = AsyncAnthropic().messages.create(max_tokens=8, messages=[], model="claude-opus-4-6")
content: List[ContentBlock] = message.content  # E
