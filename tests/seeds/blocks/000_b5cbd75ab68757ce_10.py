# seed: 000_b5cbd75ab68757ce.txt, line 278 (```python)
result_stream = client.messages.batches.results(batch_id)
for entry in result_stream:
    if entry.result.type == "succeeded":
        print(entry.result.message.content)
