"""A misspelled keyword (`request` for `requests`) is not a parameter, and the real one is missing
(mypy names only the first problem)."""
# expect: pyright reportCallIssue "No parameter named \"request\""
# expect: pyright reportCallIssue "Argument missing for parameter \"requests\""
# expect: mypy call-arg "Unexpected keyword argument \"request\" for \"create\" of \"Batches\""

from anthropic import Anthropic

client = Anthropic()
client.messages.batches.create(request=[])  # E
