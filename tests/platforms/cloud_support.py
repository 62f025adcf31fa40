"""Payloads and helpers shared by the platform-client tests (imported as `platforms.cloud_support`)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, Dict

from servers.scripted import Reply

FROZEN_TIME = datetime.datetime(2025, 1, 2, 3, 4, 5)
FROZEN_AMZ_DATE = "20250102T030405Z"

MESSAGE: Dict[str, Any] = {
    "id": "msg_platform_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-opus-4-6",
    "content": [{"type": "text", "text": "Hello from the cloud!"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 9, "output_tokens": 6},
}

COMPLETION: Dict[str, Any] = {
    "id": "compl_1",
    "type": "completion",
    "completion": " Hi there",
    "model": "anthropic.claude-v2",
    "stop_reason": "stop_sequence",
}

USER_TURN = [{"role": "user", "content": "Hello!"}]

# Application Default Credentials that google-auth can load and refresh against a loopback server:
# workload identity federation with a file-sourced subject token, whose token exchange URL comes
# from the file (an authorized_user file always refreshes at Google's own endpoint).
ADC_TOKEN_PATH = "/sts/v1/token"


def write_adc_file(directory: Path, base_url: str) -> Path:
    subject = directory / "subject-token.jwt"
    subject.write_text("header.payload.signature")
    path = directory / "application_default_credentials.json"
    info = {
        "type": "external_account",
        "audience": "//iam.googleapis.com/locations/global/workloadIdentityPools/pool/providers/provider",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "token_url": base_url + ADC_TOKEN_PATH,
        "credential_source": {"file": str(subject)},
    }
    path.write_text(json.dumps(info))
    return path


def adc_token_reply(token: str) -> Reply:
    return Reply(
        body={
            "access_token": token,
            "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
            "token_type": "Bearer",
            "expires_in": 3600,
        }
    )
