# seed: 003_a582d96bc02969fb.txt, line 838 (```python { .api }); the page's line-number gutter removed
class AnthropicFoundry:
def __init__(
self,
*,
resource: str | None = None,
api_key: str | None = None,
azure_ad_token_provider: Callable | None = None,
base_url: str | None = None,
# ... standard client parameters
): ...
