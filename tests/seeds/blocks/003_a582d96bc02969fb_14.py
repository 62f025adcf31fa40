# seed: 003_a582d96bc02969fb.txt, line 906 (```python { .api }); the page's line-number gutter removed
# File uploads
def upload(
self,
*,
file: FileContent,
purpose: str,
) -> FileMetadata: ...

# Skills management
def create(
self,
*,
container: SkillContainerParam,
description: str,
name: str,
) -> SkillCreateResponse: ...
