# seed: 000_b5cbd75ab68757ce.txt, line 715 (```python)
from anthropic import AnthropicVertex

client = AnthropicVertex()

message = client.messages.create(
    model="claude-opus-4-6",
    max_tokens=1024,
    messages=[
        {
            "role": "user",
            "content": "Hello!",
        }
    ],
)
print(message)
