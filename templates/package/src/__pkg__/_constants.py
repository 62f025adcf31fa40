"""Default values shared by the client, retries and resources."""

import httpx

# Internal request-mode markers. Wrappers such as `with_raw_response` put them in
# `extra_headers`; the client pops them before sending so they never reach the wire.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
OVERRIDE_CAST_TO_HEADER = "____stainless_override_cast_to"

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# Longest server-requested delay (`retry-after` / `retry-after-ms`) a client waits by default
# (its `max_retry_after` option). A longer request ends the retries; zero, negative or
# unparsable values fall back to our own exponential backoff.
DEFAULT_MAX_RETRY_AFTER = 60.0

# Sent with an idempotency key on every POST, the same key on each retry of one call, so the
# server can tell a retry from a new request.
IDEMPOTENCY_HEADER = "Idempotency-Key"

HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"

# Output-token ceilings for non-streaming requests on models that have one.
MODEL_NONSTREAMING_TOKENS = {
    "claude-opus-4-20250514": 8_192,
    "claude-opus-4-0": 8_192,
    "claude-4-opus-20250514": 8_192,
    "anthropic.claude-opus-4-20250514-v1:0": 8_192,
    "claude-opus-4@20250514": 8_192,
    "claude-opus-4-1-20250805": 8_192,
    "anthropic.claude-opus-4-1-20250805-v1:0": 8_192,
    "claude-opus-4-1@20250805": 8_192,
}
