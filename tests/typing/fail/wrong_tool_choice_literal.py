"""`tool_choice` is a union tagged by `type`: an unknown tag ("sometimes") matches none of its members."""
# expect: pyright reportArgumentType "Argument of type \"dict[str, str]\" cannot be assigned to parameter \"tool_choice\" of type \"ToolChoiceParam | Omit\""
# expect: mypy arg-type "Argument \"tool_choice\" has incompatible type \"dict[str, str]\"; expected \"ToolChoiceAutoParam | ToolChoiceAnyParam | ToolChoiceToolParam | ToolChoiceNoneParam | Omit\""

from anthropic import Anthropic

client = Anthropic()
client.messages.count_tokens(messages=[], model="claude-opus-4-6", tool_choice={"type": "sometimes"})  # E
