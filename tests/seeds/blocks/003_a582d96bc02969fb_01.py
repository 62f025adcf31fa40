# seed: 003_a582d96bc02969fb.txt, line 72 (```python); the page's line-number gutter removed
from anthropic import Anthropic, AsyncAnthropic
