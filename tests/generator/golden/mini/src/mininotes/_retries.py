"""Retry policy: which responses to retry and how long to wait between attempts."""

from __future__ import annotations

import time
import random
import logging
import email.utils
from typing import Mapping, Optional

import httpx

from ._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY, MAX_SERVER_RETRY_DELAY

log = logging.getLogger("anthropic")

__all__ = ["should_retry", "parse_retry_after", "retry_delay", "RETRYABLE_STATUSES"]

# 408 request timeout, 409 lock conflict, 429 rate limit; every 5xx is retried too.
RETRYABLE_STATUSES = frozenset({408, 409, 429})


def should_retry(response: httpx.Response) -> bool:
    """Whether a failed response is worth another attempt.

    The server's `x-should-retry` header wins over the status-code rules.
    """
    hint = response.headers.get("x-should-retry")
    if hint == "true":
        log.debug("Retrying: x-should-retry is true")
        return True
    if hint == "false":
        log.debug("Not retrying: x-should-retry is false")
        return False
    status = response.status_code
    if status in RETRYABLE_STATUSES or status >= 500:
        log.debug("Retrying due to status code %i", status)
        return True
    return False


def parse_retry_after(headers: Optional[Mapping[str, str]], *, now: Optional[float] = None) -> Optional[float]:
    """Seconds the server asked us to wait, from `retry-after-ms`, then `retry-after`
    (seconds, fractional allowed, or an HTTP date). None when absent or unparsable."""
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return float(raw_ms) / 1000.0
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(raw)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed) - (time.time() if now is None else now))


def retry_delay(
    *,
    retries_taken: int,
    headers: Optional[Mapping[str, str]] = None,
    jitter: Optional[float] = None,
) -> float:
    """Delay before the next attempt.

    A server-requested delay in (0, MAX_SERVER_RETRY_DELAY] is used as-is: the server
    knows when capacity returns better than our backoff. Longer requests are not
    honoured (a multi-minute sleep inside a library call looks like a hang); we fall
    back to exponential backoff: 0.5 s doubling per retry, capped at 8 s, minus up
    to 25% jitter so that many clients don't retry in lockstep.
    """
    requested = parse_retry_after(headers)
    if requested is not None and 0 < requested <= MAX_SERVER_RETRY_DELAY:
        return requested
    exponent = min(retries_taken, 1000)  # keep pow() finite for huge max_retries
    base = min(INITIAL_RETRY_DELAY * (2.0**exponent), MAX_RETRY_DELAY)
    factor = 1 - 0.25 * (random.random() if jitter is None else jitter)
    return max(base * factor, 0.0)
