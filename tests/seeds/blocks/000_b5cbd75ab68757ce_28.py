# seed: 000_b5cbd75ab68757ce.txt, line 702 (```python)
client = AnthropicBedrock(
    aws_region="us-east-1",
    aws_access_key="...",
    aws_secret_key="...",
    # Optional
    aws_session_token="...",
    aws_profile="my-profile",
)
