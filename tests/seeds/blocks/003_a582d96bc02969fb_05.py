# seed: 003_a582d96bc02969fb.txt, line 312 (```python { .api }); the page's line-number gutter removed
class Anthropic:
def __init__(
self,
api_key: str | None = None,
auth_token: str | None = None,
base_url: str | httpx.URL | None = None,
timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
max_retries: int = 2,
default_headers: Mapping[str, str] | None = None,
default_query: Mapping[str, object] | None = None,
http_client: httpx.Client | None = None,
): ...
