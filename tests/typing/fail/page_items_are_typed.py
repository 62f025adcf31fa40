"""Pagination yields the listed model: a batch has no `name`."""
# expect: pyright reportAttributeAccessIssue "Cannot access attribute \"name\" for class \"MessageBatch\""
# expect: pyright reportUnknownMemberType "Type of \"name\" is unknown"
# expect: pyright reportUnknownVariableType "Type of \"name\" is unknown"
# expect: mypy attr-defined "\"MessageBatch\" has no attribute \"name\""

from anthropic import Anthropic

for batch in Anthropic().messages.batches.list():
    name: str = batch.name  # E
