# seed: 000_b5cbd75ab68757ce.txt, line 514 (```python)
message = client.messages.create(...)

# Convert to JSON string
json_str = message.to_json()

# Convert to dictionary
data = message.to_dict()
