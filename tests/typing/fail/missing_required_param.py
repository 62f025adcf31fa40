"""Leaving out a required parameter (`model`) is caught."""
# expect: pyright reportCallIssue "Argument missing for parameter \"model\""
# expect: mypy call-arg "Missing named argument \"model\""

from anthropic import Anthropic

client = Anthropic()
client.messages.count_tokens(messages=[{"role": "user", "content": "Hi"}])  # E
