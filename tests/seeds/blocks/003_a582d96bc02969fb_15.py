# seed: 003_a582d96bc02969fb.txt, line 996 (```python { .api }); the page's line-number gutter removed
def retrieve(
self,
model_id: str,
*,
betas: List[str] | None = None,
) -> ModelInfo: ...

def list(
self,
*,
after_id: str | None = None,
before_id: str | None = None,
limit: int | None = None,
betas: List[str] | None = None,
) -> SyncPage[ModelInfo]: ...
