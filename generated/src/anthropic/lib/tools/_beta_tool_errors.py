"""The text a tool runner sends to the model when a tool raises.

A tool's exception message goes back into the conversation, so it must not carry credentials. The
default text is ``"<ExceptionType>: <message>"`` with anything that looks like a secret replaced by
``[REDACTED]``: API keys (``sk-...``, ``sk-ant-...``, AWS ``AKIA...``, GitHub ``ghp_...``, Slack
``xox?-...``, Google ``AIza...``), JWTs, ``Bearer``/``Basic`` credentials, the values of
``Authorization``/``X-Api-Key``-style headers, ``password=``/``token=``/``api_key=``-style
assignments, passwords inside URLs, and any secret the runner knows (the client's own API key).
``repr(exc)`` is never used, since reprs may show attributes the message leaves out.
"""

from __future__ import annotations

import re
from typing import List, Callable, Iterable, Optional

__all__ = ["ToolErrorFormatter", "default_tool_error_text", "redact_secrets", "REDACTED"]

REDACTED = "[REDACTED]"

# Longer messages are cut so one failing tool cannot flood the model's context.
MAX_ERROR_TEXT = 4000

ToolErrorFormatter = Callable[[BaseException], str]

_SECRET_NAMES = (
    r"api[_-]?key|apikey|x-api-key|access[_-]?key(?:[_-]?id)?|secret(?:[_-]?access)?[_-]?key|client[_-]?secret|"
    r"secret|password|passwd|pwd|token|access[_-]?token|refresh[_-]?token|auth[_-]?token|session[_-]?token|"
    r"private[_-]?key|credentials?"
)

_PATTERNS: List["re.Pattern[str]"] = [
    # Authorization: Bearer xyz / Proxy-Authorization: Basic xyz / Authorization: xyz
    re.compile(r"(?i)\b((?:proxy-)?authorization\s*[:=]\s*)(?:(?:bearer|basic|token|digest)\s+)?[^\s'\",;]+"),
    re.compile(r"(?i)\b((?:bearer|basic)\s+)[A-Za-z0-9\-._~+/]{8,}=*"),
    # name=value, name: value, "name": "value" for secret-ish names
    re.compile(
        r"(?i)((?<![A-Za-z0-9])[\"']?(?:" + _SECRET_NAMES + r")[\"']?\s*[:=]\s*[\"']?)(?!\[REDACTED\])[^\s'\",;&)}\]]+"
    ),
    # user:password@host in URLs
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+(?=@)"),
    # Well-known key shapes.
    re.compile(r"\bsk-(?:ant-)?[A-Za-z0-9_\-]{16,}"),
    re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}\b"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{20,}\b"),
    re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    re.compile(r"\bAIza[0-9A-Za-z_\-]{30,}\b"),
    re.compile(r"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\b"),
]


def redact_secrets(text: str, known_secrets: Iterable[Optional[str]] = ()) -> str:
    """``text`` with secret-looking substrings (and every string in ``known_secrets``) replaced."""
    for secret in known_secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = pattern.sub(REDACTED, text)
    return text


def default_tool_error_text(exc: BaseException, known_secrets: Iterable[Optional[str]] = ()) -> str:
    """``"<ExceptionType>: <message>"`` with secrets redacted; just the type when the message is empty."""
    try:
        message = str(exc)
    except Exception:  # a broken __str__ must not take the runner down
        message = ""
    kind = type(exc).__name__
    text = f"{kind}: {message}" if message else kind
    text = redact_secrets(text, known_secrets)
    if len(text) > MAX_ERROR_TEXT:
        text = text[:MAX_ERROR_TEXT] + " ... (truncated)"
    return text
