# seed: 000_b5cbd75ab68757ce.txt, line 641 (```python)
from anthropic import Anthropic

client = Anthropic()

response = client.beta.messages.create(
    max_tokens=1024,
    model="claude-opus-4-6",
    messages=[
        {
            "role": "user",
            "content": [
                {
                    "type": "text",
                    "text": "What's 4242424242 * 4242424242?",
                },
            ],
        },
    ],
    tools=[
        {
            "name": "code_execution",
            "type": "code_execution_20250522",
        },
    ],
    betas=["code-execution-2025-05-22"],
)
