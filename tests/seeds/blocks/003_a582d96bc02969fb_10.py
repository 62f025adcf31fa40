# seed: 003_a582d96bc02969fb.txt, line 654 (```python { .api }); the page's line-number gutter removed
def create(
self,
*,
requests: List[MessageBatchRequestParam],
) -> MessageBatch: ...

def retrieve(
self,
message_batch_id: str,
) -> MessageBatch: ...

def results(
self,
message_batch_id: str,
) -> Iterator[MessageBatchIndividualResponse]: ...
