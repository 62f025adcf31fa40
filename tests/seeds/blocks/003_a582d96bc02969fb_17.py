# seed: 003_a582d96bc02969fb.txt, line 1192 (```python { .api }); the page's line-number gutter removed
HUMAN_PROMPT: str = "\n\nHuman:"
AI_PROMPT: str = "\n\nAssistant:"
