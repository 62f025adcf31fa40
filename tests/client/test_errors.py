"""The exception hierarchy: which class each failure raises (sync and async from one table), what
each error carries, that every class pickles (without the credentials), and that bad responses
become typed errors instead of raw httpx or JSON exceptions."""

from __future__ import annotations

import json
import pickle

import anthropic
import anthropic._exceptions
import anthropic._response_parsing
import anthropic.lib.streaming._errors
import httpx
import pytest
from servers.scripted import Reply
from support.client_harness import API_KEY, AUTH_TOKEN, CREATE, MESSAGE, error_body

STATUS_CLASSES = [
    (400, "invalid_request_error", anthropic.BadRequestError),
    (401, "authentication_error", anthropic.AuthenticationError),
    (403, "permission_error", anthropic.PermissionDeniedError),
    (404, "not_found_error", anthropic.NotFoundError),
    (409, "conflict", anthropic.ConflictError),
    (413, "request_too_large", anthropic.RequestTooLargeError),
    (422, "unprocessable", anthropic.UnprocessableEntityError),
    (429, "rate_limit_error", anthropic.RateLimitError),
    (500, "api_error", anthropic.InternalServerError),
    (502, "api_error", anthropic.InternalServerError),
    (529, "overloaded_error", anthropic.OverloadedError),
    (418, "teapot", anthropic.APIStatusError),
]


@pytest.mark.parametrize("status,kind,cls", STATUS_CLASSES, ids=[str(s) for s, _, _ in STATUS_CLASSES])
def test_status_maps_to_its_class_with_everything_attached(api, scripted_server, status, kind, cls):
    body = error_body(kind, f"status {status}")
    scripted_server.add("POST", "/v1/messages", Reply(status=status, body=body, headers={"request-id": "req_e1"}))

    with pytest.raises(anthropic.APIStatusError) as info:
        api.run(api.make(max_retries=0).messages.create(**CREATE))

    err = info.value
    assert type(err) is cls
    assert err.status_code == status and err.response.status_code == status
    assert err.body == body and err.type == kind and err.request_id == "req_e1"
    assert err.request.method == "POST" and err.request.url.path == "/v1/messages"
    assert err.message == str(err) and f"Error code: {status}" in str(err) and f"status {status}" in str(err)


@pytest.mark.parametrize("status", [503, 504])
def test_503_and_504_raise_internal_server_error_as_in_0_79(api, scripted_server, status):
    scripted_server.add("GET", "/v1/models/m", Reply(status=status, body=error_body("api_error")))

    with pytest.raises(anthropic.APIStatusError) as info:
        api.run(api.make(max_retries=0).models.retrieve("m"))

    assert type(info.value) is anthropic.InternalServerError


def test_both_clients_use_one_status_table():
    table = anthropic._exceptions.STATUS_ERRORS
    assert table[413] is anthropic.RequestTooLargeError and table[529] is anthropic.OverloadedError
    for client_cls in (anthropic.Anthropic, anthropic.AsyncAnthropic):
        client = client_cls(api_key="k")
        for status, _kind, cls in STATUS_CLASSES:
            response = httpx.Response(status, request=httpx.Request("GET", "http://t"))
            assert type(client._make_status_error("m", body=None, response=response)) is cls


def test_error_body_that_is_not_json_is_kept_as_text(api, scripted_server):
    scripted_server.add(
        "GET", "/v1/models/m", Reply(status=400, body=b"<html>bad gateway page</html>", content_type="text/html")
    )

    with pytest.raises(anthropic.BadRequestError) as info:
        api.run(api.client.models.retrieve("m"))

    assert info.value.body == "<html>bad gateway page</html>" and info.value.type is None
    assert str(info.value) == "<html>bad gateway page</html>"


def test_hierarchy_matches_0_79():
    assert issubclass(anthropic.APIError, anthropic.AnthropicError)
    for cls in (anthropic.APIStatusError, anthropic.APIConnectionError, anthropic.APIResponseValidationError):
        assert issubclass(cls, anthropic.APIError)
    assert issubclass(anthropic.APITimeoutError, anthropic.APIConnectionError)
    for _status, _kind, cls in STATUS_CLASSES:
        assert issubclass(cls, anthropic.APIStatusError)
    for cls, status in [(anthropic.ServiceUnavailableError, 503), (anthropic.DeadlineExceededError, 504)]:
        assert issubclass(cls, anthropic.APIStatusError) and cls.status_code == status


# -- pickling ---------------------------------------------------------------------------------

MODULES = (anthropic._exceptions, anthropic._response_parsing, anthropic.lib.streaming._errors)


def _exception_classes():
    found = []
    for module in MODULES:
        for value in vars(module).values():
            # the package re-homes its public names to `anthropic` (as 0.79 does)
            defined_here = value.__module__ in (module.__name__, "anthropic") if isinstance(value, type) else False
            if defined_here and issubclass(value, BaseException):
                found.append(value)
    return sorted(set(found), key=lambda cls: cls.__name__)


def _request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "http://api.test/v1/messages",
        headers={"x-api-key": API_KEY, "Authorization": f"Bearer {AUTH_TOKEN}", "anthropic-version": "2023-06-01"},
        json={"model": "m"},
    )


def _instance(cls: type) -> BaseException:
    request = _request()
    body = error_body("rate_limit_error", "slow down")
    response = httpx.Response(429, json=body, headers={"request-id": "req_p"}, request=request)
    errors = anthropic.lib.streaming._errors
    if issubclass(cls, anthropic.APIStatusError):
        return cls("Error code: 429", response=response, body=body)
    if cls is anthropic.APIResponseValidationError:
        return cls(response=response, body=body, message="bad body")
    if cls is anthropic.APITimeoutError:
        return cls(request=request)
    if cls is anthropic.APIConnectionError:
        return cls(message="Connection error. (ReadError)", request=request)
    if cls is anthropic.APIError:
        return cls("api error", request, body=body)
    if cls is errors.IncompleteStreamError:
        return cls("ended early", partial_message={"id": "msg"}, request=request, response=response)
    if cls is errors.MalformedToolInputError:
        return cls(index=1, block_type="tool_use", partial_json='{"a', reason="r", request=request, response=response)
    if issubclass(cls, errors._StreamHelperError):
        return cls("out of order", request=request, response=response)
    if cls in (anthropic._response_parsing.StreamAlreadyConsumed, anthropic._response_parsing.MissingStreamClassError):
        return cls()
    if cls in (anthropic.AnthropicError, anthropic._exceptions.MissingCredentialsError):
        return cls("no credential")
    raise AssertionError(f"no way to build {cls.__name__}: add it to _instance so its pickling is tested")


@pytest.mark.parametrize("cls", _exception_classes(), ids=lambda cls: cls.__name__)
def test_every_exception_class_pickles_round_trip(cls):
    err = _instance(cls)

    data = pickle.dumps(err)
    copy = pickle.loads(data)

    assert type(copy) is cls and str(copy) == str(err) and copy.args == err.args
    for name, value in vars(err).items():
        restored = getattr(copy, name)
        if isinstance(value, httpx.Request):
            assert (restored.method, restored.url, restored.content) == (value.method, value.url, value.content)
        elif isinstance(value, httpx.Response):
            assert (restored.status_code, restored.headers, restored.content) == (
                value.status_code,
                value.headers,
                value.content,
            )
        else:
            assert restored == value, name
    assert API_KEY.encode() not in data and AUTH_TOKEN.encode() not in data


def test_pickled_status_error_keeps_its_api_attributes_and_redacts_credentials():
    err = _instance(anthropic.RateLimitError)

    copy = pickle.loads(pickle.dumps(err))

    assert (copy.status_code, copy.request_id, copy.type, copy.body) == (429, "req_p", "rate_limit_error", err.body)
    assert (
        copy.request.headers["x-api-key"] == "<redacted>" and copy.request.headers["anthropic-version"] == "2023-06-01"
    )
    assert copy.response.request.headers["authorization"] == "<redacted>"
    assert err.request.headers["x-api-key"] == API_KEY  # the live error is untouched


def test_errors_raised_by_a_real_call_pickle(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(status=529, body=error_body("overloaded_error")))

    with pytest.raises(anthropic.OverloadedError) as info:
        api.run(api.make(max_retries=0).messages.create(**CREATE))

    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is anthropic.OverloadedError and copy.type == "overloaded_error"


# -- bad responses become typed errors ----------------------------------------------------------

BAD_BODIES = {
    "invalid-json": (Reply(body=b'{"id": "msg_01", "content": [', content_type="application/json"), "decode"),
    "html": (Reply(body=b"<html>maintenance</html>", content_type="text/html"), "text/html"),
    "empty-json": (Reply(body=b"", content_type="application/json"), "empty"),
    "json-array-for-a-model": (Reply(body=[1, 2]), "invalid"),
}


@pytest.mark.parametrize("reply,named", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_success_body_raises_response_validation_error_naming_the_problem(api, scripted_server, reply, named):
    route = scripted_server.add("POST", "/v1/messages", reply)
    client = api.make(_strict_response_validation=named == "invalid")

    with pytest.raises(anthropic.APIResponseValidationError) as info:
        api.run(client.messages.create(**CREATE))

    assert named in str(info.value).lower() and info.value.status_code == 200
    assert not isinstance(info.value, (httpx.HTTPError, json.JSONDecodeError))
    assert len(route.requests) == 1  # a malformed answer is not retried


def test_valid_json_under_a_wrong_content_type_is_still_parsed(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=json.dumps(MESSAGE), content_type="text/plain"))

    message = api.run(api.client.messages.create(**CREATE))

    assert message.id == "msg_01"


def test_truncated_body_is_a_connection_error_never_a_json_error(api, scripted_server):
    scripted_server.add("POST", "/v1/messages", Reply(body=MESSAGE, close_after=40), repeat_last=True)

    with pytest.raises(anthropic.APIConnectionError, match="RemoteProtocolError"):
        api.run(api.make(max_retries=1).messages.create(**CREATE))
