# seed: 001_b62295dc2c12dd8e.txt, line 100 (```python)
import os
import asyncio
from anthropic import DefaultAioHttpClient, AsyncAnthropic

async def main() -> None:
    async with AsyncAnthropic(
        api_key=os.environ.get("ANTHROPIC_API_KEY"),
        http_client=DefaultAioHttpClient(),
    ) as client:
        message = await client.messages.create(
            max_tokens=1024,
            messages=[{"role": "user", "content": "Hello, Claude"}],
            model="claude-sonnet-4-5-20250929",
        )
        print(message.content)

asyncio.run(main())
