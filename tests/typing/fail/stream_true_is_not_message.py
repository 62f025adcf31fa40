"""With `stream=True` the call returns a stream of events, not a Message."""
# expect: pyright reportAssignmentType "Type \"Stream[RawMessageStreamEvent]\" is not assignable to declared type \"Message\""
# expect: mypy assignment "Incompatible types in assignment (expression has type \"Stream["

from anthropic import Anthropic
from anthropic.types import Message

client = Anthropic()
message: Message = client.messages.create(max_tokens=8, messages=[], model="x", stream=True)  # E
