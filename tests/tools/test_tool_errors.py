"""The default error text: exception type and message, secrets redacted, never the repr."""

from __future__ import annotations

import pytest
from anthropic.lib.tools import default_tool_error_text, redact_secrets


@pytest.mark.parametrize(
    "secret_text, expected",
    [
        ("key sk-ant-api03-AbCdEf0123456789xyz was rejected", "key [REDACTED] was rejected"),
        ("openai sk-proj-abcdefghijklmnop1234", "openai [REDACTED]"),
        ("Authorization: Bearer eyJhbGciOi.abc", "Authorization: [REDACTED]"),
        ("header bearer abcdefghij1234567890", "header bearer [REDACTED]"),
        ("x-api-key: hunter2hunter2", "x-api-key: [REDACTED]"),
        ('{"api_key": "abc123", "user": "ann"}', '{"api_key": "[REDACTED]", "user": "ann"}'),
        ("db password=s3cr3t host=db1", "db password=[REDACTED] host=db1"),
        ("url https://bob:pa55word@example.com/x", "url https://bob:[REDACTED]@example.com/x"),
        ("aws AKIAABCDEFGHIJKLMNOP here", "aws [REDACTED] here"),
        ("gh ghp_abcdefghijklmnopqrstuvwxyz0123", "gh [REDACTED]"),
        ("jwt eyJhbGciOiJI.eyJzdWIiOiIx.SflKxwRJSMeKK", "jwt [REDACTED]"),
        ("plain failure: file not found", "plain failure: file not found"),
    ],
)
def test_secret_shapes_are_redacted(secret_text, expected):
    assert redact_secrets(secret_text) == expected


def test_known_secrets_are_redacted_whatever_their_shape():
    assert redact_secrets("used key q9-short-key!", known_secrets=["q9-short-key!"]) == "used key [REDACTED]"


def test_default_text_is_type_and_message_not_repr():
    class Leaky(Exception):
        def __init__(self, message: str, password: str) -> None:
            super().__init__(message)
            self.password = password

        def __repr__(self) -> str:
            return f"Leaky(password={self.password!r})"

    assert default_tool_error_text(Leaky("login failed", "pw-in-repr")) == "Leaky: login failed"
    assert default_tool_error_text(TimeoutError()) == "TimeoutError"
    assert default_tool_error_text(ValueError("token: abc.def")) == "ValueError: token: [REDACTED]"


def test_very_long_messages_are_cut():
    text = default_tool_error_text(RuntimeError("x" * 10_000))
    assert len(text) < 4100 and text.endswith("(truncated)")
