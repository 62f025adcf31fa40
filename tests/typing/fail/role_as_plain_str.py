"""A role typed `str` is too wide for the `role` literal (hold it as `Literal["user", "assistant"]`)."""
# expect: pyright reportReturnType "Type \"str\" is not assignable to type \"Literal['user', 'assistant']\""
# expect: mypy typeddict-item "TypedDict item \"role\" has type \"Literal['user', 'assistant']\""

from anthropic.types import MessageParam


def turn(role: str, text: str) -> MessageParam:
    return {"role": role, "content": text}  # E
