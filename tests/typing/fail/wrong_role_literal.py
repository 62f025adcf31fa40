"""A role outside the literal union ("system" is not a message role) is rejected."""
# expect: pyright reportArgumentType "Type \"Literal['system']\" is not assignable to type \"Literal['user', 'assistant']\""
# expect: mypy typeddict-item "Incompatible types (expression has type \"Literal['system']\", TypedDict item \"role\" has type \"Literal['user', 'assistant']\")"

from anthropic import Anthropic

client = Anthropic()
client.messages.create(
    max_tokens=1024,
    messages=[{"role": "system", "content": "Be brief."}],  # E
    model="claude-opus-4-6",
)
