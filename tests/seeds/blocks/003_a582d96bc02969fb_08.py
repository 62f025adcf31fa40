# seed: 003_a582d96bc02969fb.txt, line 556 (```python { .api }); the page's line-number gutter removed
def stream(
self,
*,
max_tokens: int,
messages: List[MessageParam],
model: str,
# ... same parameters as create
) -> MessageStreamManager: ...
