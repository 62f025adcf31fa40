"""Retry policy (`anthropic._retries`) and status-to-exception mapping (`anthropic._exceptions`)."""

import email.utils
import time

import anthropic._exceptions as exc
import anthropic._retries as r
import httpx
import pytest


def _resp(status, headers=None, body=b""):
    return httpx.Response(
        status, headers=headers or {}, content=body, request=httpx.Request("POST", "http://t/v1/messages")
    )


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 529])
def test_retryable_statuses(status):
    assert r.should_retry(_resp(status))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_client_errors_are_not_retried(status):
    assert not r.should_retry(_resp(status))


def test_x_should_retry_header_overrides_status():
    assert r.should_retry(_resp(400, {"x-should-retry": "true"}))
    assert not r.should_retry(_resp(503, {"x-should-retry": "false"}))


def test_retry_after_ms_wins_over_retry_after():
    assert r.retry_delay(retries_taken=0, headers={"retry-after-ms": "1500", "retry-after": "9"}) == 1.5


def test_retry_after_seconds_including_fractions():
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "3"}) == 3.0
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "0.25"}) == 0.25


def test_retry_after_http_date():
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    delay = r.retry_delay(retries_taken=0, headers={"retry-after": when})
    assert 8 <= delay <= 10.5


def test_server_delay_above_cap_ends_the_retries():
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "3600"}, jitter=0) is None
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "3600"}, max_retry_after=3600) == 3600


def test_unusable_server_delay_falls_back_to_backoff():
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "garbage"}, jitter=0) == 0.5
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "0"}, jitter=0) == 0.5
    assert r.retry_delay(retries_taken=0, headers={"retry-after": "-3"}, jitter=0) == 0.5


def test_backoff_doubles_and_caps_with_jitter():
    assert [r.retry_delay(retries_taken=n, jitter=0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert r.retry_delay(retries_taken=1, jitter=1) == 0.75
    assert r.retry_delay(retries_taken=10**9, jitter=0) == 8.0


@pytest.mark.parametrize(
    "status,name",
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (404, "NotFoundError"),
        (429, "RateLimitError"),
        (529, "OverloadedError"),
        (503, "InternalServerError"),
        (504, "InternalServerError"),
        (500, "InternalServerError"),
        (599, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_make_status_error_picks_class_by_status(status, name):
    err = exc.make_status_error("msg", body=None, response=_resp(status, {"request-id": "req_9"}))
    assert type(err).__name__ == name
    assert err.status_code == status and err.request_id == "req_9" and err.message == "msg"


def test_make_status_error_uses_error_type_for_in_stream_errors():
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    err = exc.make_status_error(str(body), body=body, response=_resp(200))
    assert isinstance(err, exc.OverloadedError)
    assert err.type == "overloaded_error"
    unknown = exc.make_status_error("m", body={"error": {"type": "brand_new"}}, response=_resp(200))
    assert type(unknown) is exc.APIStatusError


def test_status_classes_and_tables():
    assert exc.NotFoundError.status_code == 404
    assert exc.STATUS_ERRORS[529] is exc.OverloadedError
    assert exc.ERROR_TYPES["rate_limit_error"] is exc.RateLimitError
    assert issubclass(exc.APITimeoutError, exc.APIConnectionError)
    req = httpx.Request("GET", "http://t")
    assert exc.APIConnectionError(request=req).message == "Connection error."
    assert "timed out" in str(exc.APITimeoutError(req))
