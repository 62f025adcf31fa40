# seed: 003_a582d96bc02969fb.txt, line 788 (```python { .api }); the page's line-number gutter removed
class AnthropicVertex:
def __init__(
self,
*,
region: str | NotGiven = NOT_GIVEN,
project_id: str | NotGiven = NOT_GIVEN,
access_token: str | None = None,
credentials: GoogleCredentials | None = None,
# ... standard client parameters
): ...
