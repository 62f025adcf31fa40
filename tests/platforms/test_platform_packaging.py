"""How the platform clients are packaged: lazy top-level names, no cloud SDK imported before a client
needs it, and 0.79's constructor signatures."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import anthropic
import pytest

BEDROCK_PARAMETERS = [
    "aws_secret_key",
    "aws_access_key",
    "aws_region",
    "aws_profile",
    "aws_session_token",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "_strict_response_validation",
]
VERTEX_PARAMETERS = [
    "region",
    "project_id",
    "access_token",
    "credentials",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "_strict_response_validation",
]
FOUNDRY_PARAMETERS = [
    "resource",
    "api_key",
    "azure_ad_token_provider",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "_strict_response_validation",
]


def _modules_after(code: str) -> list:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_platform_names_load_without_any_cloud_sdk():
    modules = _modules_after(
        "import anthropic\n"
        "anthropic.AnthropicBedrock, anthropic.AnthropicVertex, anthropic.AnthropicFoundry\n"
        "from anthropic import AsyncAnthropicBedrock, AsyncAnthropicVertex, AsyncAnthropicFoundry"
    )
    cloud = [m for m in modules if m.split(".")[0] in ("botocore", "boto3") or m.startswith("google.auth")]
    assert cloud == []
    assert "anthropic.lib.bedrock._client" in modules and "anthropic.lib.foundry" in modules
    assert not [m for m in modules if m.startswith("anthropic.resources.")]  # resources load on first use


@pytest.mark.parametrize(
    ("client_class", "expected", "keyword_only"),
    [
        (anthropic.AnthropicBedrock, BEDROCK_PARAMETERS, False),
        (anthropic.AsyncAnthropicBedrock, BEDROCK_PARAMETERS, False),
        (anthropic.AnthropicVertex, VERTEX_PARAMETERS, True),
        (anthropic.AsyncAnthropicVertex, VERTEX_PARAMETERS, True),
        (anthropic.AnthropicFoundry, FOUNDRY_PARAMETERS, True),
        (anthropic.AsyncAnthropicFoundry, FOUNDRY_PARAMETERS, True),
    ],
)
def test_constructor_parameters_are_0_79s(client_class, expected, keyword_only):
    parameters = list(inspect.signature(client_class.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == expected
    kinds = {p.kind for p in parameters}
    assert kinds == ({inspect.Parameter.KEYWORD_ONLY} if keyword_only else {inspect.Parameter.POSITIONAL_OR_KEYWORD})


def test_bedrock_takes_its_first_options_by_position_as_0_79_did():
    client = anthropic.AnthropicBedrock("secret", "AKID", "eu-west-1")
    assert (client.aws_secret_key, client.aws_access_key, client.aws_region) == ("secret", "AKID", "eu-west-1")


def test_platform_clients_share_the_sdk_error_base():
    from anthropic.lib._extras import MissingDependencyError
    from anthropic.lib._platform_common import UnsupportedByPlatformError

    assert issubclass(MissingDependencyError, anthropic.AnthropicError)
    assert issubclass(UnsupportedByPlatformError, anthropic.AnthropicError)
