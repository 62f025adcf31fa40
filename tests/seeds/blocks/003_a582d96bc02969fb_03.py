# seed: 003_a582d96bc02969fb.txt, line 112 (```python); the page's line-number gutter removed
from anthropic import Anthropic

# Initialize the client with your API key
client = Anthropic(api_key="your-api-key")

# Create a message
message = client.messages.create(
model="claude-3-5-sonnet-20241022",
max_tokens=1024,
messages=[
{"role": "user", "content": "Hello, Claude!"}
]
)

print(message.content[0].text)
