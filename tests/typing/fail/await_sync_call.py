"""The sync client's methods return plain values: awaiting one is an error."""
# expect: pyright reportGeneralTypeIssues "\"Message\" is not awaitable"
# expect: mypy misc "Incompatible types in \"await\" (actual type \"Message\", expected type \"Awaitable[Any]\")"

from anthropic import Anthropic


async def main() -> None:
    client = Anthropic()
    await client.messages.create(max_tokens=8, messages=[], model="claude-opus-4-6")  # E
