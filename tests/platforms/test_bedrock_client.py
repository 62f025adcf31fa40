"""`AnthropicBedrock` against the scripted server: the request Bedrock receives, SigV4 signatures
checked with botocore's own signer, the AWS event-stream decoded into events, and option resolution."""

from __future__ import annotations

import json
import logging
import sys
import textwrap
from typing import Any, Dict, List

import anthropic
import pytest
from anthropic._exceptions import MissingCredentialsError
from anthropic.lib._extras import MissingDependencyError
from anthropic.lib._platform_common import UnsupportedByPlatformError, UnsupportedResourceError
from anthropic.lib.bedrock._stream_decoder import BedrockStreamFormatError
from platforms.cloud_support import COMPLETION, FROZEN_AMZ_DATE, MESSAGE, USER_TURN
from servers.aws_eventstream import chunk_frame, encode_frame, eventstream_reply, exception_frame
from servers.scripted import RecordedRequest, Reply, ScriptedServer
from servers.sse_server import message_events

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN"
MODEL = "anthropic.claude-sonnet-4-5-20250929-v1:0"
INVOKE = f"/model/{MODEL}/invoke"
INVOKE_STREAM = f"/model/{MODEL}/invoke-with-response-stream"


def _client(server: ScriptedServer, **options: Any) -> anthropic.AnthropicBedrock:
    settings: Dict[str, Any] = dict(
        aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY, aws_region="us-west-2", base_url=server.base_url
    )
    settings.update(options)
    return anthropic.AnthropicBedrock(**settings)


def _frames(message: Dict[str, Any] = MESSAGE) -> List[bytes]:
    return [chunk_frame(event) for event in message_events(message)]


def _expected_authorization(request: RecordedRequest, server: ScriptedServer, *, token: str | None = None) -> str:
    """What botocore's own SigV4 signer makes of the request as the server received it."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    skipped = {"authorization", "x-amz-date", "x-amz-security-token", "connection"}
    headers = {name: value for name, value in request.headers.items() if name not in skipped}
    aws_request = AWSRequest(
        method=request.method, url=server.base_url + request.target, headers=headers, data=request.body
    )
    SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY, token), "bedrock", "us-west-2").add_auth(aws_request)
    return aws_request.headers["Authorization"]


# -- the request ------------------------------------------------------------------------------


def test_create_puts_the_model_in_the_path_and_the_version_in_the_body(scripted_server, frozen_aws_time):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    message = _client(scripted_server).messages.create(model=MODEL, max_tokens=64, messages=USER_TURN)

    assert message.content[0].text == "Hello from the cloud!"
    (request,) = scripted_server.requests
    assert request.path == f"/model/{MODEL}/invoke"
    assert request.json == {"max_tokens": 64, "messages": USER_TURN, "anthropic_version": "bedrock-2023-05-31"}
    headers = request.headers
    assert headers["accept"] == "application/json"
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == f"AnthropicBedrock/Python {anthropic.__version__}"
    assert headers["x-amz-date"] == FROZEN_AMZ_DATE
    assert headers["authorization"].startswith(
        f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/20250102/us-west-2/bedrock/aws4_request, SignedHeaders="
    )
    # first-party credentials and headers 0.79's Bedrock client does not send
    for absent in ("x-api-key", "anthropic-version", "x-stainless-async", "idempotency-key", "x-amz-security-token"):
        assert absent not in headers


def test_signature_matches_botocores_signer(scripted_server, frozen_aws_time):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    _client(scripted_server).messages.create(model=MODEL, max_tokens=64, messages=USER_TURN)

    (request,) = scripted_server.requests
    assert request.headers["authorization"] == _expected_authorization(request, scripted_server)
    signed = request.headers["authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")
    assert "host" in signed and "content-length" in signed and "x-stainless-retry-count" in signed
    assert "connection" not in signed  # a proxy may rewrite it


def test_session_token_is_sent_and_signed(scripted_server, frozen_aws_time):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    _client(scripted_server, aws_session_token=SESSION_TOKEN).messages.create(
        model=MODEL, max_tokens=64, messages=USER_TURN
    )

    (request,) = scripted_server.requests
    assert request.headers["x-amz-security-token"] == SESSION_TOKEN
    assert request.headers["authorization"] == _expected_authorization(request, scripted_server, token=SESSION_TOKEN)


def test_a_retry_is_signed_again(scripted_server, frozen_aws_time):
    busy = Reply(status=503, body={"message": "busy"}, headers={"retry-after-ms": "1"})
    scripted_server.add("POST", INVOKE, [busy, Reply(body=MESSAGE)])
    _client(scripted_server, max_retries=1).messages.create(model=MODEL, max_tokens=64, messages=USER_TURN)

    first, second = scripted_server.requests
    assert (first.headers["x-stainless-retry-count"], second.headers["x-stainless-retry-count"]) == ("0", "1")
    assert second.json == first.json and "model" not in second.json  # the rewrite starts from the caller's body
    for request in (first, second):
        assert request.headers["authorization"] == _expected_authorization(request, scripted_server)


def test_model_ids_are_quoted_into_one_path_segment(scripted_server):
    arn = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-opus-4-6-v1"
    scripted_server.add("POST", "/model/" + arn.replace("/", "%2F") + "/invoke", Reply(body=MESSAGE))
    _client(scripted_server).messages.create(model=arn, max_tokens=8, messages=USER_TURN)

    assert scripted_server.requests[0].path.endswith("inference-profile%2Fus.anthropic.claude-opus-4-6-v1/invoke")


def test_beta_create_sends_the_betas_in_the_body_and_the_header(scripted_server):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    _client(scripted_server).beta.messages.create(
        model=MODEL, max_tokens=8, messages=USER_TURN, betas=["context-1m-2025-08-07", "effort-2025-11-24"]
    )

    (request,) = scripted_server.requests
    assert request.headers["anthropic-beta"] == "context-1m-2025-08-07,effort-2025-11-24"
    assert request.json["anthropic_beta"] == ["context-1m-2025-08-07", "effort-2025-11-24"]
    assert request.json["anthropic_version"] == "bedrock-2023-05-31"


def test_legacy_completions_are_invoked_too(scripted_server):
    scripted_server.add("POST", "/model/anthropic.claude-v2/invoke", Reply(body=COMPLETION))
    completion = _client(scripted_server).completions.create(
        model="anthropic.claude-v2", max_tokens_to_sample=16, prompt="\n\nHuman: Hi\n\nAssistant:"
    )

    assert completion.completion == " Hi there"
    body = scripted_server.requests[0].json
    assert body["prompt"] == "\n\nHuman: Hi\n\nAssistant:" and "model" not in body


def test_raw_responses_work_through_the_resource(scripted_server):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE, headers={"x-amzn-requestid": "aws-req-9"}))
    raw = _client(scripted_server).messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    assert raw.headers["x-amzn-requestid"] == "aws-req-9"
    assert raw.parse().id == "msg_platform_1"


# -- streaming ---------------------------------------------------------------------------------


def test_stream_decodes_event_stream_frames_into_events(scripted_server):
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(_frames()))
    events = list(_client(scripted_server).messages.create(model=MODEL, max_tokens=8, messages=USER_TURN, stream=True))

    assert [event.type for event in events] == [event["type"] for event in message_events(MESSAGE)]
    assert isinstance(events[0], anthropic.types.RawMessageStartEvent)
    (request,) = scripted_server.requests
    assert "stream" not in request.json and "model" not in request.json
    assert request.headers["accept"] == "application/json"  # as 0.79 sends it; the path asks for the stream


def test_frames_split_across_network_chunks_still_decode(scripted_server):
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(_frames(), chunk_size=5))
    with _client(scripted_server).messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN) as stream:
        assert "".join(stream.text_stream) == "Hello from the cloud!"
        assert stream.get_final_message().usage.output_tokens == 6


def test_messages_stream_helper_works_unchanged(scripted_server):
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(_frames()))
    with _client(scripted_server).messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN) as stream:
        message = stream.get_final_message()

    assert message.content[0].text == "Hello from the cloud!"
    assert scripted_server.requests[0].headers["x-stainless-helper-method"] == "stream"


def test_beta_messages_stream_works_too(scripted_server):
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(_frames()))
    client = _client(scripted_server)
    with client.beta.messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN, betas=["b-1"]) as stream:
        assert stream.get_final_text() == "Hello from the cloud!"
    assert scripted_server.requests[0].json["anthropic_beta"] == ["b-1"]


def test_legacy_completion_streams_decode_too(scripted_server):
    chunks = [dict(COMPLETION, completion=piece, stop_reason=None) for piece in (" Hi", " there")]
    scripted_server.add(
        "POST",
        "/model/anthropic.claude-v2/invoke-with-response-stream",
        eventstream_reply([chunk_frame(c) for c in chunks]),
    )
    stream = _client(scripted_server).completions.create(
        model="anthropic.claude-v2", max_tokens_to_sample=16, prompt="\n\nHuman: Hi\n\nAssistant:", stream=True
    )
    assert [completion.completion for completion in stream] == [" Hi", " there"]


@pytest.mark.anyio
async def test_async_stream_decodes_frames(scripted_server):
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(_frames(), chunk_size=11))
    client = anthropic.AsyncAnthropicBedrock(
        aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY, aws_region="us-west-2", base_url=scripted_server.base_url
    )
    async with client.messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN) as stream:
        text = [piece async for piece in stream.text_stream]
    assert "".join(text) == "Hello from the cloud!"
    assert scripted_server.requests[0].headers["authorization"].startswith("AWS4-HMAC-SHA256 ")


@pytest.mark.parametrize(
    ("exception_type", "error_class"),
    [
        ("throttlingException", anthropic.RateLimitError),
        ("validationException", anthropic.BadRequestError),
        ("modelStreamErrorException", anthropic.InternalServerError),
        ("internalServerException", anthropic.InternalServerError),
        ("modelTimeoutException", anthropic.DeadlineExceededError),
        ("serviceUnavailableException", anthropic.ServiceUnavailableError),
        ("somethingNewException", anthropic.APIStatusError),
    ],
)
def test_exception_frame_becomes_a_typed_error(scripted_server, exception_type, error_class):
    frames = _frames()[:3] + [exception_frame(exception_type, "Too many tokens, please wait.")]
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(frames))
    stream = _client(scripted_server).messages.create(model=MODEL, max_tokens=8, messages=USER_TURN, stream=True)

    received = []
    with pytest.raises(error_class) as caught:
        for event in stream:
            received.append(event.type)
    assert type(caught.value) is error_class
    assert received == ["message_start", "content_block_start", "content_block_delta"]
    assert caught.value.body == {
        "type": "error",
        "error": {"type": exception_type, "message": "Too many tokens, please wait."},
    }
    assert "Too many tokens, please wait." in str(caught.value)


def test_exception_frame_ends_messages_stream_with_the_error(scripted_server):
    frames = _frames()[:2] + [exception_frame("throttlingException", "Rate exceeded")]
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(frames))
    with pytest.raises(anthropic.RateLimitError, match="Rate exceeded"):
        with _client(scripted_server).messages.stream(model=MODEL, max_tokens=8, messages=USER_TURN) as stream:
            stream.until_done()


def test_a_body_cut_mid_frame_is_an_error(scripted_server):
    frames = _frames()
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply(frames[:2] + [frames[2][:10]]))
    stream = _client(scripted_server).messages.create(model=MODEL, max_tokens=8, messages=USER_TURN, stream=True)
    with pytest.raises(BedrockStreamFormatError, match="ended part-way through a frame"):
        list(stream)


def test_a_corrupt_frame_is_an_error(scripted_server):
    frame = bytearray(_frames()[0])
    frame[-1] ^= 0xFF  # break the message checksum
    scripted_server.add("POST", INVOKE_STREAM, eventstream_reply([bytes(frame)]))
    stream = _client(scripted_server).messages.create(model=MODEL, max_tokens=8, messages=USER_TURN, stream=True)
    with pytest.raises(BedrockStreamFormatError, match="not a valid AWS event stream"):
        list(stream)


def test_test_encoder_frames_decode_with_botocore():
    from botocore.eventstream import EventStreamBuffer

    buffer = EventStreamBuffer()
    buffer.add_data(encode_frame({":message-type": "event", ":event-type": "chunk"}, b'{"bytes":"e30="}'))
    (message,) = list(buffer)
    assert message.headers == {":message-type": "event", ":event-type": "chunk"}
    assert message.payload == b'{"bytes":"e30="}'


# -- what Bedrock does not offer ---------------------------------------------------------------


def test_count_tokens_is_refused_before_sending(scripted_server):
    client = _client(scripted_server)
    with pytest.raises(UnsupportedByPlatformError, match=r"Token counting .* not supported on Amazon Bedrock"):
        client.messages.count_tokens(model=MODEL, messages=USER_TURN)
    with pytest.raises(UnsupportedByPlatformError):
        client.beta.messages.count_tokens(model=MODEL, messages=USER_TURN)
    assert scripted_server.requests == []


def test_resources_bedrock_lacks_raise_a_clear_attribute_error(scripted_server):
    client = _client(scripted_server)
    for path in ("messages.batches", "beta.messages.batches", "models", "beta.models", "beta.files", "beta.skills"):
        owner: Any = client
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        with pytest.raises(UnsupportedResourceError, match=rf"`{path}` is not available on Amazon Bedrock"):
            getattr(owner, name)
        assert not hasattr(owner, name)  # an AttributeError too
    assert isinstance(UnsupportedResourceError("x"), anthropic.AnthropicError)


def test_a_raw_batches_request_is_refused(scripted_server):
    with pytest.raises(UnsupportedByPlatformError, match="Message Batches"):
        _client(scripted_server).post("/v1/messages/batches", cast_to=object, body={})
    assert scripted_server.requests == []


# -- options and the environment ---------------------------------------------------------------


def test_region_precedence(monkeypatch, cloud_env):
    (cloud_env / "aws-config").write_text("[default]\nregion = eu-west-1\n[profile work]\nregion = ap-south-1\n")
    assert anthropic.AnthropicBedrock(aws_region="us-east-2").aws_region == "us-east-2"
    assert anthropic.AnthropicBedrock().aws_region == "eu-west-1"
    assert anthropic.AnthropicBedrock(aws_profile="work").aws_region == "ap-south-1"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ca-central-1")
    assert anthropic.AnthropicBedrock().aws_region == "ca-central-1"
    monkeypatch.setenv("AWS_REGION", "sa-east-1")
    client = anthropic.AnthropicBedrock(aws_profile="work")
    assert client.aws_region == "sa-east-1"
    assert str(client.base_url).rstrip("/") == "https://bedrock-runtime.sa-east-1.amazonaws.com"
    assert anthropic.AnthropicBedrock(aws_region="us-east-2").aws_region == "us-east-2"


def test_region_defaults_to_us_east_1_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="anthropic"):
        client = anthropic.AnthropicBedrock()
    assert client.aws_region == "us-east-1"
    assert "No AWS region" in caplog.text


def test_base_url_precedence(monkeypatch):
    assert str(anthropic.AnthropicBedrock(aws_region="eu-central-1").base_url).rstrip("/") == (
        "https://bedrock-runtime.eu-central-1.amazonaws.com"
    )
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", "https://bedrock.proxy.example/")
    assert str(anthropic.AnthropicBedrock(aws_region="eu-central-1").base_url) == "https://bedrock.proxy.example/"
    explicit = anthropic.AnthropicBedrock(aws_region="eu-central-1", base_url="https://mine.example/")
    assert str(explicit.base_url) == "https://mine.example/"


def test_credentials_come_from_the_environment(monkeypatch, scripted_server, frozen_aws_time):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    anthropic.AnthropicBedrock(aws_region="us-west-2", base_url=scripted_server.base_url).messages.create(
        model=MODEL, max_tokens=8, messages=USER_TURN
    )
    assert "Credential=AKIDFROMENV/20250102/us-west-2/bedrock/" in scripted_server.requests[0].headers["authorization"]


def test_credentials_come_from_a_profile(cloud_env, scripted_server):
    (cloud_env / "aws-credentials").write_text(
        f"[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = {SECRET_KEY}\n"
        f"[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = {SECRET_KEY}\n"
    )
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE), repeat_last=True)
    for profile, key in ((None, "AKIDDEFAULT"), ("dev", "AKIDDEV")):
        client = anthropic.AnthropicBedrock(
            aws_profile=profile, aws_region="us-west-2", base_url=scripted_server.base_url
        )
        client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
        assert f"Credential={key}/" in scripted_server.requests[-1].headers["authorization"]


def test_refreshable_credentials_are_renewed_for_each_request(cloud_env, scripted_server):
    # A credential_process whose credentials are always about to expire: botocore must run it
    # again before each signature, and each request carries the key it handed out then.
    counter = cloud_env / "count"
    script = cloud_env / "creds.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import datetime, json, pathlib
            counter = pathlib.Path({str(counter)!r})
            n = int(counter.read_text()) + 1 if counter.exists() else 1
            counter.write_text(str(n))
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=2)
            print(json.dumps({{"Version": 1, "AccessKeyId": f"AKIDROTATED{{n}}", "SecretAccessKey": "s{{n}}",
                              "SessionToken": f"token{{n}}", "Expiration": expires.isoformat()}}))
            """
        )
    )
    (cloud_env / "aws-config").write_text(f"[profile rotating]\ncredential_process = {sys.executable} {script}\n")
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE), repeat_last=True)
    client = anthropic.AnthropicBedrock(
        aws_profile="rotating", aws_region="us-west-2", base_url=scripted_server.base_url
    )
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)

    # (botocore may run the process once more while first loading the profile: count from the first request)
    numbers = []
    for request in scripted_server.requests:
        number = request.headers["authorization"].split("Credential=AKIDROTATED")[1].split("/")[0]
        assert request.headers["x-amz-security-token"] == f"token{number}"
        numbers.append(int(number))
    assert numbers[1] == numbers[0] + 1


def test_no_credentials_anywhere_is_a_missing_credentials_error(scripted_server):
    client = anthropic.AnthropicBedrock(aws_region="us-west-2", base_url=scripted_server.base_url)
    with pytest.raises(MissingCredentialsError, match="No AWS credentials found") as caught:
        client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    assert isinstance(caught.value, anthropic.AnthropicError)
    assert scripted_server.requests == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"aws_access_key": ACCESS_KEY}, "`aws_secret_key` is missing"),
        ({"aws_secret_key": SECRET_KEY}, "`aws_access_key` is missing"),
        ({"aws_session_token": SESSION_TOKEN}, "`aws_session_token` needs `aws_access_key`"),
    ],
)
def test_partial_keys_are_rejected(options, message):
    with pytest.raises(ValueError, match=message) as caught:
        anthropic.AnthropicBedrock(aws_region="us-east-1", **options)
    assert SECRET_KEY not in str(caught.value) and SESSION_TOKEN not in str(caught.value)


def test_a_missing_profile_is_named(scripted_server):
    from botocore.exceptions import ProfileNotFound

    with pytest.raises(ProfileNotFound, match="nosuchprofile"):
        anthropic.AnthropicBedrock(aws_profile="nosuchprofile")


def test_with_options_keeps_credentials_and_follows_a_new_region(scripted_server):
    client = anthropic.AnthropicBedrock(aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY, aws_region="us-west-2")
    moved = client.with_options(aws_region="eu-west-3", timeout=5)
    assert (moved.aws_region, moved.aws_access_key, moved.aws_secret_key) == ("eu-west-3", ACCESS_KEY, SECRET_KEY)
    assert str(moved.base_url).rstrip("/") == "https://bedrock-runtime.eu-west-3.amazonaws.com"
    assert moved.timeout == 5 and moved._client is client._client

    pinned = _client(scripted_server).with_options(aws_region="eu-west-3")
    assert str(pinned.base_url).rstrip("/") == scripted_server.base_url


def test_secrets_stay_out_of_reprs_and_logs(scripted_server, caplog):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    client = _client(scripted_server, aws_session_token=SESSION_TOKEN)
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    signature = scripted_server.requests[0].headers["authorization"].split("Signature=")[1]
    for secret in (SECRET_KEY, SESSION_TOKEN, signature):
        assert secret not in repr(client)
        assert secret not in caplog.text
    assert "Sending HTTP Request" in caplog.text


def test_without_botocore_construction_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "botocore", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'anthropic\[bedrock\]'") as caught:
        anthropic.AnthropicBedrock(aws_region="us-east-1")
    assert isinstance(caught.value, ImportError) and isinstance(caught.value, anthropic.AnthropicError)


@pytest.mark.anyio
async def test_async_client_signs_and_refuses_like_the_sync_one(scripted_server, frozen_aws_time):
    scripted_server.add("POST", INVOKE, Reply(body=MESSAGE))
    client = anthropic.AsyncAnthropicBedrock(
        aws_access_key=ACCESS_KEY, aws_secret_key=SECRET_KEY, aws_region="us-west-2", base_url=scripted_server.base_url
    )
    await client.messages.create(model=MODEL, max_tokens=8, messages=USER_TURN)
    with pytest.raises(UnsupportedByPlatformError):
        await client.messages.count_tokens(model=MODEL, messages=USER_TURN)
    await client.close()

    (request,) = scripted_server.requests
    assert request.headers["authorization"] == _expected_authorization(request, scripted_server)
    assert "x-stainless-async" not in request.headers
    assert json.loads(request.body)["anthropic_version"] == "bedrock-2023-05-31"


def test_bedrock_package_paths_match_0_79():
    from anthropic.lib.bedrock import AnthropicBedrock, AsyncAnthropicBedrock
    from anthropic.lib.bedrock._auth import get_auth_headers
    from anthropic.lib.bedrock._client import DEFAULT_VERSION, BaseBedrockClient
    from anthropic.lib.bedrock._stream_decoder import AWSEventStreamDecoder

    assert AnthropicBedrock is anthropic.AnthropicBedrock and AsyncAnthropicBedrock is anthropic.AsyncAnthropicBedrock
    assert issubclass(AnthropicBedrock, BaseBedrockClient) and DEFAULT_VERSION == "bedrock-2023-05-31"
    assert callable(get_auth_headers) and callable(AWSEventStreamDecoder)


def test_get_auth_headers_signs_like_the_client(frozen_aws_time):
    import httpx
    from anthropic.lib.bedrock._auth import get_auth_headers

    headers = get_auth_headers(
        method="post",
        url="https://bedrock-runtime.us-west-2.amazonaws.com/model/m/invoke",
        headers=httpx.Headers({"host": "bedrock-runtime.us-west-2.amazonaws.com", "connection": "keep-alive"}),
        aws_access_key=ACCESS_KEY,
        aws_secret_key=SECRET_KEY,
        aws_session_token=None,
        region="us-west-2",
        profile=None,
        data="{}",
    )
    assert headers["X-Amz-Date"] == FROZEN_AMZ_DATE
    assert "SignedHeaders=host;x-amz-date," in headers["Authorization"]
