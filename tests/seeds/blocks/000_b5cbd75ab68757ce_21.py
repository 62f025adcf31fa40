# seed: 000_b5cbd75ab68757ce.txt, line 528 (```python)
if response.my_field is None:
    if "my_field" not in response.model_fields_set:
        print("field was not in the response")
    else:
        print("field was null")
