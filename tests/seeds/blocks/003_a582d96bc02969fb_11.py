# seed: 003_a582d96bc02969fb.txt, line 738 (```python { .api }); the page's line-number gutter removed
class AnthropicBedrock:
def __init__(
self,
*,
aws_region: str | None = None,
aws_access_key: str | None = None,
aws_secret_key: str | None = None,
aws_session_token: str | None = None,
# ... standard client parameters
): ...
