"""List endpoints: iterate items across pages, or walk pages by hand."""

from __future__ import annotations

from typing import List, Optional

from anthropic import Anthropic
from anthropic.pagination import SyncPage
from anthropic.types import ModelInfo
from anthropic.types.beta import FileMetadata
from anthropic.types.messages import MessageBatch, MessageBatchIndividualResponse
from typing_extensions import Literal, assert_type

client = Anthropic()

page = client.messages.batches.list(limit=20)
assert_type(page, SyncPage[MessageBatch])
for batch in page:
    assert_type(batch, MessageBatch)
    assert_type(batch.processing_status, Literal["in_progress", "canceling", "ended"])

if page.has_next_page():
    following = page.get_next_page()
    assert_type(following.data, List[MessageBatch])
    last: Optional[str] = following.last_id
    print(last)

for page_ in page.iter_pages():
    print(len(page_.data))

models: List[ModelInfo] = list(client.models.list())
files: List[FileMetadata] = [f for f in client.beta.files.list()]

for result in client.messages.batches.results("msgbatch_01"):
    assert_type(result, MessageBatchIndividualResponse)
    if result.result.type == "succeeded":
        print(result.custom_id, result.result.message.content)
print(models, files)
