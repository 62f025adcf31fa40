# seed: 000_b5cbd75ab68757ce.txt, line 491 (```python)
from anthropic import Anthropic

client = Anthropic()

client.messages.with_raw_response.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello, Claude"}],
    model="claude-opus-4-6",
    extra_headers={"anthropic-version": "My-Custom-Value"},
)
