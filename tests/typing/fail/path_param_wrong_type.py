"""A path parameter is a string id: passing an int is caught."""
# expect: pyright reportArgumentType "Argument of type \"Literal[123]\" cannot be assigned to parameter \"message_batch_id\" of type \"str\""
# expect: mypy arg-type "Argument 1 to \"retrieve\" of \"Batches\" has incompatible type \"int\"; expected \"str\""

from anthropic import Anthropic

Anthropic().messages.batches.retrieve(123)  # E
