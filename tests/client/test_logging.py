"""ANTHROPIC_LOG through the standard logging module, and credentials kept out of every log line,
repr and error message."""

from __future__ import annotations

import logging

import anthropic
import anthropic._utils._logs as logs
import pytest
from servers.scripted import Reply
from support.client_harness import API_KEY, AUTH_TOKEN, CREATE, MESSAGE, SECRETS, error_body

EXTRA_SECRETS = {
    "X-Custom-Token": "custom-TOKEN-value-111",
    "Proxy-Authorization": "Basic cHJveHktU0VDUkVU",
    "Cookie": "session=COOKIE-SECRET-222",
    "X-Goog-Api-Key": "goog-KEY-333",
}
ALL_SECRETS = SECRETS + tuple(EXTRA_SECRETS.values())


@pytest.fixture
def fresh_logging(monkeypatch):
    """Let the next client apply ANTHROPIC_LOG again, and undo what it does afterwards."""
    loggers = [logging.getLogger("anthropic"), logging.getLogger("httpx")]
    saved = [(lg.level, list(lg.handlers), lg.disabled) for lg in loggers]
    monkeypatch.setattr(logs, "_configured", False)
    yield
    for lg, (level, handlers, disabled) in zip(loggers, saved):
        lg.setLevel(level)
        lg.handlers[:] = handlers
        lg.disabled = disabled


@pytest.mark.parametrize(
    "value,level", [("debug", logging.DEBUG), ("info", logging.INFO), ("WARNING", logging.WARNING)]
)
def test_anthropic_log_sets_the_level_of_the_sdk_and_httpx_loggers(fresh_logging, monkeypatch, value, level):
    monkeypatch.setenv("ANTHROPIC_LOG", value)

    anthropic.Anthropic(api_key="k").close()

    for name in ("anthropic", "httpx"):
        logger = logging.getLogger(name)
        assert logger.level == level and logger.handlers


def test_anthropic_log_unset_or_unknown_leaves_logging_alone(fresh_logging, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_LOG", "verbose-please")
    before = logging.getLogger("anthropic").level

    anthropic.Anthropic(api_key="k").close()

    assert logging.getLogger("anthropic").level == before


def test_info_logs_retries_and_httpx_request_lines_but_not_debug_detail(
    fresh_logging, monkeypatch, api, scripted_server, capsys
):
    monkeypatch.setenv("ANTHROPIC_LOG", "info")
    scripted_server.add("POST", "/v1/messages", [Reply(status=529), Reply(body=MESSAGE)])

    api.run(api.make().messages.create(**CREATE))

    err = capsys.readouterr().err
    assert "Retrying request to /v1/messages in" in err
    assert "HTTP Request: POST" in err  # httpx's own line, through the same handler
    assert "Sending HTTP Request" not in err


def test_debug_log_output_never_shows_a_credential(fresh_logging, monkeypatch, api, scripted_server, capsys):
    monkeypatch.setenv("ANTHROPIC_LOG", "debug")
    scripted_server.add(
        "POST",
        "/v1/messages",
        [
            Reply(status=429, headers={"retry-after-ms": "1", "Set-Cookie": "srv=COOKIE-SECRET-222"}),
            Reply(body=MESSAGE, headers={"request-id": "req_log"}),
            Reply(status=401, body=error_body("authentication_error", "invalid x-api-key")),
        ],
    )
    client = api.make(auth_token=AUTH_TOKEN, default_headers={"X-Goog-Api-Key": EXTRA_SECRETS["X-Goog-Api-Key"]})
    client.api_key = API_KEY

    api.run(client.messages.create(**CREATE, extra_headers=EXTRA_SECRETS))
    with pytest.raises(anthropic.AuthenticationError):
        api.run(client.messages.create(**CREATE))

    err = capsys.readouterr().err
    assert "Sending HTTP Request" in err and "request_id: req_log" in err and "<redacted>" in err
    for secret in ALL_SECRETS:
        assert secret not in err
    assert scripted_server.requests[0].headers["x-api-key"] == API_KEY  # redacted in logs only


def test_no_logger_anywhere_sees_a_credential_at_debug_level(api, scripted_server, caplog):
    scripted_server.add("POST", "/v1/messages", [Reply(status=500), Reply(body=MESSAGE)])
    client = api.make(auth_token=AUTH_TOKEN)
    client.api_key = API_KEY

    with caplog.at_level(logging.DEBUG):  # the root logger: ours, httpx, httpcore, asyncio
        api.run(client.messages.create(**CREATE, extra_headers=EXTRA_SECRETS))

    assert "Retrying request" in caplog.text
    for secret in ALL_SECRETS:
        assert secret not in caplog.text


def test_client_reprs_never_show_a_credential(api):
    client = api.make(auth_token=AUTH_TOKEN)
    client.api_key = API_KEY

    for shown in (repr(client), str(client), repr(client.with_options(timeout=3)), repr(client.messages)):
        for secret in SECRETS:
            assert secret not in shown


def test_error_messages_and_reprs_never_show_a_credential(api, scripted_server):
    # The server echoes nothing secret; the point is that nothing of ours adds the key.
    scripted_server.add(
        "POST",
        "/v1/messages",
        [
            Reply(status=400, body=error_body("invalid_request_error")),
            Reply(body=b"{not json", content_type="application/json"),
            Reply(body=MESSAGE, delay_before=0.3),
            Reply(body=MESSAGE, close_after=5),
        ],
    )
    client = api.make(auth_token=AUTH_TOKEN, max_retries=0, timeout=0.05)
    client.api_key = API_KEY
    raised = []
    for _ in range(4):
        with pytest.raises(anthropic.APIError) as info:
            api.run(client.messages.create(**CREATE, extra_headers=EXTRA_SECRETS))
        raised.append(info.value)
    with pytest.raises(anthropic.AnthropicError) as missing:
        api.run(api.make(api_key=None).messages.create(**CREATE))
    raised.append(missing.value)

    assert [type(e).__name__ for e in raised] == [
        "BadRequestError",
        "APIResponseValidationError",
        "APITimeoutError",
        "APIConnectionError",
        "MissingCredentialsError",
    ]
    for error in raised:
        shown = " ".join([str(error), repr(error), repr(getattr(error, "request", None)), repr(error.args)])
        for secret in ALL_SECRETS:
            assert secret not in shown


def test_raw_response_repr_never_shows_a_credential(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE))

    raw = api.run(api.client.messages.with_raw_response.create(**CREATE))

    assert API_KEY not in repr(raw) and API_KEY not in repr(raw.http_request)
