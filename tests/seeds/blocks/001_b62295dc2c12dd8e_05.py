# seed: 001_b62295dc2c12dd8e.txt, line 126 (```python)
from anthropic import AnthropicBedrock

client = AnthropicBedrock()
message = client.messages.create(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello!"}],
    model="anthropic.claude-sonnet-4-5-20250929-v1:0",
)
print(message)
