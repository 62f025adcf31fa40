# seed: 000_b5cbd75ab68757ce.txt, line 624 (```python)
from anthropic import Anthropic

with Anthropic() as client:
    message = client.messages.create(...)

# HTTP client is automatically closed
