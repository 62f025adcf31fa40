"""Retry policy: which responses to retry and how long to wait between attempts."""

from __future__ import annotations

import time
import random
import logging
import email.utils
from typing import Mapping, Optional

import httpx

from ._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY, DEFAULT_MAX_RETRY_AFTER

log = logging.getLogger("anthropic")

__all__ = ["should_retry", "parse_retry_after", "backoff_delay", "retry_delay", "RETRYABLE_STATUSES"]

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


# Patched by tests to pin "now" when an HTTP-date `retry-after` is turned into seconds.
_clock = time.time


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
    return float(email.utils.mktime_tz(parsed) - (_clock() if now is None else now))


def backoff_delay(retries_taken: int, *, jitter: Optional[float] = None) -> float:
    """0.5 s doubling per retry, capped at 8 s, minus up to 25% jitter so that many
    clients failing together do not retry in lockstep."""
    exponent = min(retries_taken, 1000)  # keep pow() finite for huge max_retries
    base = min(INITIAL_RETRY_DELAY * (2.0**exponent), MAX_RETRY_DELAY)
    factor = 1 - 0.25 * (random.random() if jitter is None else jitter)
    return max(base * factor, 0.0)


def retry_delay(
    *,
    retries_taken: int,
    headers: Optional[Mapping[str, str]] = None,
    jitter: Optional[float] = None,
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
) -> Optional[float]:
    """Seconds to wait before the next attempt, or None when the server asked for a longer wait
    than `max_retry_after` allows.

    A positive server-requested delay up to the cap is used as it is: the server knows when
    capacity returns better than our backoff does. Above the cap we give up instead of
    retrying early (which the server has just told us will fail, and adds load) or sleeping
    longer than the caller agreed to; the caller gets the error with its `retry-after` header.
    No usable header (absent, unparsable, zero or negative) means exponential backoff.
    """
    requested = parse_retry_after(headers)
    if requested is not None and requested > 0:
        if requested <= max_retry_after:
            return requested
        log.info(
            "Not retrying: the server asked to wait %.3f s, more than max_retry_after (%s s)",
            requested,
            max_retry_after,
        )
        return None
    return backoff_delay(retries_taken, jitter=jitter)
