# seed: 000_b5cbd75ab68757ce.txt, line 580 (```python)
import httpx

response = client.post(
    "/foo",
    cast_to=httpx.Response,
    body={"my_param": True},
)

print(response.json())
