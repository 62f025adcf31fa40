# seed: 000_b5cbd75ab68757ce.txt, line 193 (```python)
count = client.messages.count_tokens(
    model="claude-opus-4-6", messages=[{"role": "user", "content": "Hello, world"}]
)
print(count.input_tokens)  # 10
