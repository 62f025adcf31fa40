"""`parsed_output` is the requested model, so a field it lacks is caught."""
# expect: pyright reportAttributeAccessIssue "Cannot access attribute \"price\" for class \"Order\""
# expect: pyright reportUnknownMemberType "Type of \"price\" is unknown"
# expect: pyright reportUnknownVariableType "Type of \"price\" is unknown"
# expect: mypy attr-defined "\"Order\" has no attribute \"price\""

import pydantic
from anthropic import Anthropic


class Order(pydantic.BaseModel):
    product: str


parsed = Anthropic().messages.parse(max_tokens=8, messages=[], model="x", output_format=Order)
order = parsed.parsed_output
if order is not None:
    price: float = order.price  # E
