"""`messages.parse(output_format=Model)` types `parsed_output` as the model."""

from __future__ import annotations

from typing import List, Optional

import pydantic
from anthropic import Anthropic, AsyncAnthropic
from anthropic.types import ParsedMessage
from typing_extensions import assert_type


class Order(pydantic.BaseModel):
    product: str
    quantity: int


client = Anthropic()

parsed = client.messages.parse(
    max_tokens=1024,
    messages=[{"role": "user", "content": "2 apples"}],
    model="claude-opus-4-6",
    output_format=Order,
)
assert_type(parsed, ParsedMessage[Order])
assert_type(parsed.parsed_output, Optional[Order])
if parsed.parsed_output is not None:
    quantity: int = parsed.parsed_output.quantity
    print(quantity)

beta_parsed = client.beta.messages.parse(
    max_tokens=1024,
    messages=[{"role": "user", "content": "2 apples"}],
    model="claude-opus-4-6",
    output_format=Order,
)
assert_type(beta_parsed.parsed_output, Optional[Order])

with client.messages.stream(
    max_tokens=1024, messages=[{"role": "user", "content": "2 apples"}], model="x", output_format=Order
) as stream:
    for text in stream.text_stream:
        print(text, end="")
    final = stream.get_final_message()
    assert_type(final.parsed_output, Optional[Order])


async def parse_async() -> List[Order]:
    orders = await AsyncAnthropic().messages.parse(max_tokens=64, messages=[], model="x", output_format=Order)
    return [orders.parsed_output] if orders.parsed_output else []
