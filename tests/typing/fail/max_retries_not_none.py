"""`with_options(max_retries=...)` takes an int; None is not "no retries"."""
# expect: pyright reportArgumentType "Argument of type \"None\" cannot be assigned to parameter \"max_retries\" of type \"int | NotGiven\""
# expect: mypy arg-type "Argument \"max_retries\" has incompatible type \"None\"; expected \"int | NotGiven\""

from anthropic import Anthropic

Anthropic().with_options(max_retries=None)  # E
