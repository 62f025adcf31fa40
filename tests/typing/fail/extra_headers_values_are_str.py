"""`extra_headers` values are strings (or `omit` to drop a header), not ints."""
# expect: pyright reportArgumentType "Argument of type \"dict[str, int]\" cannot be assigned to parameter \"extra_headers\" of type \"Headers | None\""
# expect: mypy dict-item "Dict entry 0 has incompatible type \"str\": \"int\"; expected \"str\": \"str | Omit\""

from anthropic import Anthropic

client = Anthropic()
client.messages.count_tokens(messages=[], model="claude-opus-4-6", extra_headers={"X-Retry": 3})  # E
