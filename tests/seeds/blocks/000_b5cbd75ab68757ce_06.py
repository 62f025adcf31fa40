# seed: 000_b5cbd75ab68757ce.txt, line 185 (```python)
message = client.messages.create(...)
print(message.usage)
# Usage(input_tokens=25, output_tokens=13)
