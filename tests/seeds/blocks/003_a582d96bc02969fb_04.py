# seed: 003_a582d96bc02969fb.txt, line 182 (```python); the page's line-number gutter removed
from anthropic import AsyncAnthropic
import asyncio

async def main():
client = AsyncAnthropic(api_key="your-api-key")

message = await client.messages.create(
model="claude-3-5-sonnet-20241022",
max_tokens=1024,
messages=[
{"role": "user", "content": "Hello, Claude!"}
]
)

print(message.content[0].text)

asyncio.run(main())
