"""A content block param with an unknown `type` tag matches no member of the union."""
# expect: pyright reportArgumentType "Argument of type \"list[dict[str, str | list[dict[str, str]]]]\" cannot be assigned to parameter \"messages\""
# expect: mypy list-item "List item 0 has incompatible type \"dict[str, str]\"; expected \"TextBlockParam | ImageBlockParam"

from anthropic import Anthropic

client = Anthropic()
client.messages.create(
    max_tokens=8,
    messages=[{"role": "user", "content": [{"type": "txt", "text": "Hi"}]}],  # E
    model="claude-opus-4-6",
)
