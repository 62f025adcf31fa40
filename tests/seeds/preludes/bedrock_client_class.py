# The class 000_28 builds; the page imported it in the block before.
from anthropic import AnthropicBedrock  # noqa: F401
