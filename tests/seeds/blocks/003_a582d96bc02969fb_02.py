# seed: 003_a582d96bc02969fb.txt, line 92 (```python); the page's line-number gutter removed
from anthropic.types import Message, ContentBlock, Usage
