"""A misspelled keyword (`max_token`) matches no overload of messages.create."""
# expect: pyright reportCallIssue "No overloads for \"create\" match the provided arguments"
# expect: mypy call-overload "No overload variant of \"create\" of \"Messages\" matches argument types"

from anthropic import Anthropic

client = Anthropic()
client.messages.create(max_token=1024, messages=[], model="claude-opus-4-6")  # E
