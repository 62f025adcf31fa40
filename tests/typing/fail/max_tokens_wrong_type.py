"""`max_tokens` is an int; a string is rejected."""
# expect: pyright reportArgumentType "\"Literal['1024']\" is not assignable to \"int\""
# expect: mypy call-overload "No overload variant of \"create\" of \"Messages\" matches argument types"

from anthropic import Anthropic

client = Anthropic()
client.messages.create(max_tokens="1024", messages=[], model="claude-opus-4-6")  # E
