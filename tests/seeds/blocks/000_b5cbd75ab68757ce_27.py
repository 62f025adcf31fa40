# seed: 000_b5cbd75ab68757ce.txt, line 680 (```python)
from anthropic import AnthropicBedrock

client = AnthropicBedrock()

message = client.messages.create(
    max_tokens=1024,
    messages=[
        {
            "role": "user",
            "content": "Hello!",
        }
    ],
    model="anthropic.claude-opus-4-6-v1",
)
print(message)
