"""The client constructor has a closed set of options."""
# expect: pyright reportCallIssue "No parameter named \"max_retry\""
# expect: mypy call-arg "Unexpected keyword argument \"max_retry\" for \"Anthropic\""

from anthropic import Anthropic

client = Anthropic(max_retry=3)  # E
