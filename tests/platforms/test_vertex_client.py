"""`AnthropicVertex` against the scripted server: rawPredict paths, the body, access tokens and their
refresh, Application Default Credentials, and option resolution."""

from __future__ import annotations

import datetime
import logging
import sys
from typing import Any, Dict, Optional

import anthropic
import google.auth.credentials
import pytest
from anthropic._exceptions import MissingCredentialsError
from anthropic.lib._extras import MissingDependencyError
from anthropic.lib._platform_common import UnsupportedByPlatformError, UnsupportedResourceError
from google.auth import _helpers as google_helpers
from platforms.cloud_support import ADC_TOKEN_PATH, MESSAGE, USER_TURN, adc_token_reply, write_adc_file
from servers.scripted import Reply, ScriptedServer
from servers.sse_server import message_events, sse_reply

TOKEN = "ya29.static-access-token"
PROJECT = "my-gcp-project"
REGION = "us-east5"
MODELS = f"/projects/{PROJECT}/locations/{REGION}/publishers/anthropic/models"


class FakeCredentials(google.auth.credentials.Credentials):
    """Google credentials whose refresh hands out a numbered token valid for `lifetime`."""

    def __init__(self, lifetime: datetime.timedelta = datetime.timedelta(hours=1), project_id: Optional[str] = None):
        super().__init__()
        self.lifetime = lifetime
        self.refreshes = 0
        if project_id is not None:
            self.project_id = project_id

    def refresh(self, request: Any) -> None:
        assert type(request).__module__ == "google.auth.transport.requests"
        self.refreshes += 1
        self.token = f"ya29.refreshed-{self.refreshes}"
        self.expiry = google_helpers.utcnow() + self.lifetime


def _client(server: ScriptedServer, **options: Any) -> anthropic.AnthropicVertex:
    settings: Dict[str, Any] = dict(region=REGION, project_id=PROJECT, access_token=TOKEN, base_url=server.base_url)
    settings.update(options)
    return anthropic.AnthropicVertex(**settings)


# -- the request ------------------------------------------------------------------------------


def test_create_posts_to_raw_predict_with_the_model_in_the_path(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE))
    message = _client(scripted_server).messages.create(model="claude-opus-4-6", max_tokens=64, messages=USER_TURN)

    assert message.content[0].text == "Hello from the cloud!"
    (request,) = scripted_server.requests
    assert request.json == {"max_tokens": 64, "messages": USER_TURN, "anthropic_version": "vertex-2023-10-16"}
    headers = request.headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["accept"] == "application/json" and headers["content-type"] == "application/json"
    assert headers["user-agent"] == f"AnthropicVertex/Python {anthropic.__version__}"
    for absent in ("x-api-key", "anthropic-version", "x-stainless-async", "idempotency-key"):
        assert absent not in headers


def test_versioned_model_ids_keep_their_at_sign(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-3-5-sonnet-v2@20241022:rawPredict", Reply(body=MESSAGE))
    _client(scripted_server).messages.create(model="claude-3-5-sonnet-v2@20241022", max_tokens=8, messages=USER_TURN)
    assert scripted_server.requests[0].path == f"{MODELS}/claude-3-5-sonnet-v2@20241022:rawPredict"


def test_streaming_posts_to_stream_raw_predict_and_keeps_stream_in_the_body(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:streamRawPredict", sse_reply(message_events(MESSAGE)))
    events = list(
        _client(scripted_server).messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN, stream=True)
    )

    assert events[0].type == "message_start" and events[-1].type == "message_stop"
    (request,) = scripted_server.requests
    assert request.json["stream"] is True and "model" not in request.json
    assert request.headers["accept"] == "application/json"


def test_messages_stream_helper_works_unchanged(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:streamRawPredict", sse_reply(message_events(MESSAGE)))
    with _client(scripted_server).messages.stream(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN) as stream:
        assert stream.get_final_text() == "Hello from the cloud!"


@pytest.mark.anyio
async def test_async_stream_helper_and_beta_stream(scripted_server):
    route = f"{MODELS}/claude-opus-4-6:streamRawPredict"
    scripted_server.add("POST", route, [sse_reply(message_events(MESSAGE)), sse_reply(message_events(MESSAGE))])
    client = anthropic.AsyncAnthropicVertex(
        region=REGION, project_id=PROJECT, access_token=TOKEN, base_url=scripted_server.base_url
    )
    async with client.messages.stream(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN) as stream:
        assert await stream.get_final_text() == "Hello from the cloud!"
    async with client.beta.messages.stream(
        model="claude-opus-4-6", max_tokens=8, messages=USER_TURN, betas=["b-1"]
    ) as beta_stream:
        assert (await beta_stream.get_final_message()).content[0].text == "Hello from the cloud!"
    assert scripted_server.requests[1].headers["anthropic-beta"] == "b-1"
    assert "anthropic_beta" not in scripted_server.requests[1].json  # Vertex reads betas from the header


def test_count_tokens_posts_to_the_count_tokens_model(scripted_server):
    route = f"{MODELS}/count-tokens:rawPredict"
    scripted_server.add("POST", route, Reply(body={"input_tokens": 12}), repeat_last=True)
    client = _client(scripted_server)
    assert client.messages.count_tokens(model="claude-opus-4-6", messages=USER_TURN).input_tokens == 12
    client.beta.messages.count_tokens(model="claude-opus-4-6", messages=USER_TURN, betas=["b-2"])

    plain, beta = scripted_server.requests
    assert plain.path == beta.path == route
    assert plain.json == {"messages": USER_TURN, "model": "claude-opus-4-6", "anthropic_version": "vertex-2023-10-16"}
    assert beta.headers["anthropic-beta"] == "b-2,token-counting-2024-11-01"
    assert plain.headers["authorization"] == f"Bearer {TOKEN}"


def test_global_region_uses_the_global_endpoint(scripted_server):
    client = anthropic.AnthropicVertex(region="global", project_id=PROJECT, access_token=TOKEN)
    assert str(client.base_url) == "https://aiplatform.googleapis.com/v1/"
    regional = anthropic.AnthropicVertex(region="europe-west1", project_id=PROJECT, access_token=TOKEN)
    assert str(regional.base_url) == "https://europe-west1-aiplatform.googleapis.com/v1/"

    route = f"/projects/{PROJECT}/locations/global/publishers/anthropic/models/claude-opus-4-6:rawPredict"
    scripted_server.add("POST", route, Reply(body=MESSAGE))
    _client(scripted_server, region="global").messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    assert scripted_server.requests[0].path == route


def test_a_caller_supplied_authorization_header_is_left_alone(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE))
    credentials = FakeCredentials()
    client = _client(scripted_server, access_token=None, credentials=credentials)
    client.messages.create(
        model="claude-opus-4-6", max_tokens=8, messages=USER_TURN, extra_headers={"Authorization": "Bearer mine"}
    )
    assert scripted_server.requests[0].headers["authorization"] == "Bearer mine"
    assert credentials.refreshes == 0


# -- tokens -------------------------------------------------------------------------------------


def test_credentials_are_refreshed_only_when_their_token_expires(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE), repeat_last=True)
    credentials = FakeCredentials(lifetime=datetime.timedelta(hours=1))
    client = _client(scripted_server, access_token=None, credentials=credentials)
    for _ in range(2):
        client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    credentials.expiry = google_helpers.utcnow() - datetime.timedelta(seconds=1)  # the token has expired
    client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)

    tokens = [request.headers["authorization"] for request in scripted_server.requests]
    assert tokens == ["Bearer ya29.refreshed-1", "Bearer ya29.refreshed-1", "Bearer ya29.refreshed-2"]
    assert credentials.refreshes == 2


@pytest.mark.anyio
async def test_async_client_refreshes_short_lived_tokens_at_every_request(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE), repeat_last=True)
    # a minute is inside google-auth's refresh margin: every request must refresh
    credentials = FakeCredentials(lifetime=datetime.timedelta(minutes=1))
    client = anthropic.AsyncAnthropicVertex(
        region=REGION, project_id=PROJECT, credentials=credentials, base_url=scripted_server.base_url
    )
    await client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    await client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)

    tokens = [request.headers["authorization"] for request in scripted_server.requests]
    assert tokens == ["Bearer ya29.refreshed-1", "Bearer ya29.refreshed-2"]


def test_project_comes_from_the_credentials_when_not_configured(scripted_server):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE))
    client = _client(
        scripted_server,
        project_id=anthropic.NOT_GIVEN,
        access_token=None,
        credentials=FakeCredentials(project_id=PROJECT),
    )
    client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    assert client.project_id == PROJECT


def test_application_default_credentials_are_loaded_and_used(monkeypatch, cloud_env, scripted_server):
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(write_adc_file(cloud_env, scripted_server.base_url)))
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", PROJECT)  # the ADC project, used when none is configured
    scripted_server.add("POST", ADC_TOKEN_PATH, adc_token_reply("ya29.from-adc"))
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE), repeat_last=True)
    client = anthropic.AnthropicVertex(region=REGION, base_url=scripted_server.base_url)
    client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)

    token_request, first, second = scripted_server.requests
    assert token_request.path == ADC_TOKEN_PATH and b"subject_token=header.payload.signature" in token_request.body
    assert first.headers["authorization"] == second.headers["authorization"] == "Bearer ya29.from-adc"
    assert client.project_id == PROJECT


def test_no_credentials_anywhere_is_a_missing_credentials_error(scripted_server):
    client = anthropic.AnthropicVertex(region=REGION, project_id=PROJECT, base_url=scripted_server.base_url)
    with pytest.raises(MissingCredentialsError, match="No Google Cloud credentials for Vertex AI"):
        client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    assert scripted_server.requests == []


# -- options and the environment ---------------------------------------------------------------


def test_region_and_project_precedence(monkeypatch):
    with pytest.raises(ValueError, match="No Vertex AI region: pass `region`.*CLOUD_ML_REGION"):
        anthropic.AnthropicVertex(access_token=TOKEN)
    monkeypatch.setenv("CLOUD_ML_REGION", "asia-east1")
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "env-project")
    from_env = anthropic.AnthropicVertex(access_token=TOKEN)
    assert (from_env.region, from_env.project_id) == ("asia-east1", "env-project")
    assert str(from_env.base_url) == "https://asia-east1-aiplatform.googleapis.com/v1/"
    explicit = anthropic.AnthropicVertex(region="us-east5", project_id="arg-project", access_token=TOKEN)
    assert (explicit.region, explicit.project_id) == ("us-east5", "arg-project")


def test_base_url_precedence(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_VERTEX_BASE_URL", "https://vertex.proxy.example/v1")
    assert (
        str(anthropic.AnthropicVertex(region=REGION, access_token=TOKEN).base_url) == "https://vertex.proxy.example/v1/"
    )
    explicit = anthropic.AnthropicVertex(region=REGION, access_token=TOKEN, base_url="https://mine.example/")
    assert str(explicit.base_url) == "https://mine.example/"


def test_a_region_that_is_not_a_region_name_is_rejected():
    with pytest.raises(ValueError, match="`region` must be a Google Cloud region name.*'us-east5/x'"):
        anthropic.AnthropicVertex(region="us-east5/x", access_token=TOKEN)


def test_a_missing_project_is_named(scripted_server):
    client = _client(scripted_server, project_id=anthropic.NOT_GIVEN)
    with pytest.raises(ValueError, match="pass `project_id` or set the ANTHROPIC_VERTEX_PROJECT_ID"):
        client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    assert scripted_server.requests == []


def test_with_options_keeps_credentials_and_follows_a_new_region():
    credentials = FakeCredentials()
    client = anthropic.AnthropicVertex(region=REGION, project_id=PROJECT, credentials=credentials)
    moved = client.with_options(region="europe-west4", max_retries=0)
    assert (moved.region, moved.project_id, moved.credentials) == ("europe-west4", PROJECT, credentials)
    assert str(moved.base_url) == "https://europe-west4-aiplatform.googleapis.com/v1/"
    assert moved.max_retries == 0 and moved._client is client._client


# -- what Vertex AI does not offer -------------------------------------------------------------


def test_resources_vertex_lacks_raise_a_clear_attribute_error(scripted_server):
    client = _client(scripted_server)
    for path in ("messages.batches", "beta.messages.batches", "completions", "models", "beta.files", "beta.models"):
        owner: Any = client
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        with pytest.raises(UnsupportedResourceError, match=rf"`{path}` is not available on Google Vertex AI"):
            getattr(owner, name)
    with pytest.raises(UnsupportedByPlatformError, match="Message Batches"):
        client.post("/v1/messages/batches", cast_to=object, body={})
    assert scripted_server.requests == []


def test_secrets_stay_out_of_reprs_and_logs(scripted_server, caplog):
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE))
    client = _client(scripted_server)
    with caplog.at_level(logging.DEBUG, logger="anthropic"):
        client.messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)
    assert TOKEN not in repr(client) and TOKEN not in caplog.text
    assert "Sending HTTP Request" in caplog.text


def test_without_google_auth_only_token_free_construction_fails(monkeypatch, scripted_server):
    monkeypatch.setitem(sys.modules, "google.auth", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'anthropic\[vertex\]'"):
        anthropic.AnthropicVertex(region=REGION, project_id=PROJECT)
    # with an access token google-auth is never needed
    scripted_server.add("POST", f"{MODELS}/claude-opus-4-6:rawPredict", Reply(body=MESSAGE))
    _client(scripted_server).messages.create(model="claude-opus-4-6", max_tokens=8, messages=USER_TURN)


def test_vertex_package_paths_match_0_79():
    from anthropic.lib import _extras
    from anthropic.lib.vertex import AnthropicVertex, AsyncAnthropicVertex
    from anthropic.lib.vertex._auth import load_auth, refresh_auth
    from anthropic.lib.vertex._client import DEFAULT_VERSION, BaseVertexClient

    assert AnthropicVertex is anthropic.AnthropicVertex and AsyncAnthropicVertex is anthropic.AsyncAnthropicVertex
    assert issubclass(AnthropicVertex, BaseVertexClient) and DEFAULT_VERSION == "vertex-2023-10-16"
    assert callable(load_auth) and callable(refresh_auth)
    assert _extras.google_auth is google.auth
