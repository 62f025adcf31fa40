"""Logger setup driven by the `ANTHROPIC_LOG` environment variable, plus header redaction."""

from __future__ import annotations

import os
import logging
from typing import Any, Dict, Mapping, Iterable, Tuple, Union, cast

# The logger name is fixed (not derived from the package name) so that users'
# existing `logging.getLogger("anthropic")` configuration keeps working.
logger: logging.Logger = logging.getLogger("anthropic")
httpx_logger: logging.Logger = logging.getLogger("httpx")

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}

_configured = False


def setup_logging() -> None:
    """Apply `ANTHROPIC_LOG` once per process; called from client construction, not import."""
    global _configured
    if _configured:
        return
    _configured = True

    value = os.environ.get("ANTHROPIC_LOG", "").strip().lower()
    if not value:
        return
    if value == "off":
        logger.disabled = True
        return
    level = _LEVELS.get(value)
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    # httpx's one line per request belongs in the same output; neither logger gets a second
    # handler if the application has configured it already.
    for target in (logger, httpx_logger):
        if not target.handlers:
            target.addHandler(handler)
        target.setLevel(level)


_REDACTED = "<redacted>"
_SENSITIVE_PARTS = ("key", "token", "secret", "authorization", "cookie", "password")


def is_sensitive_header(name: str) -> bool:
    lowered = name.lower()
    return any(part in lowered for part in _SENSITIVE_PARTS)


HeaderSource = Union[Mapping[str, Any], Iterable[Tuple[str, Any]]]


def redact_headers(headers: HeaderSource) -> Dict[str, str]:
    """A copy of `headers` that is safe to log: credential-bearing values are replaced."""
    items: Iterable[Tuple[Any, Any]]
    if isinstance(headers, Mapping):
        items = cast("Mapping[Any, Any]", headers).items()
    else:
        items = headers
    return {str(name): (_REDACTED if is_sensitive_header(str(name)) else str(value)) for name, value in items}
