"""Fixtures for the platform-client tests: a clean cloud environment and a frozen signing clock."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Iterator

import pytest
from platforms.cloud_support import FROZEN_TIME

# Variables any of the three platforms (or the first-party client) reads. Each test starts without
# them, so a developer's real cloud configuration can neither leak in nor be called.
_PREFIXES = ("AWS_", "ANTHROPIC_", "GOOGLE_", "CLOUDSDK_", "GCE_", "CLOUD_ML_")


@pytest.fixture(autouse=True)
def cloud_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No cloud or Anthropic variables; AWS and gcloud config files point into an empty temp dir;
    no instance-metadata lookups. Yields the temp dir for tests that write config files there."""
    for name in list(os.environ):
        if name.startswith(_PREFIXES) or name == "NO_GCE_CHECK":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "gcloud"))
    monkeypatch.setenv("NO_GCE_CHECK", "True")
    monkeypatch.setenv("HOME", str(tmp_path))  # ~/.aws and ~/.config/gcloud are empty too
    _forget_aws_sessions()
    yield tmp_path
    _forget_aws_sessions()


def _forget_aws_sessions() -> None:
    # Sessions are cached per set of options for the life of the process; each test has its own
    # environment, so each starts without them.
    import sys

    module = sys.modules.get("anthropic.lib.bedrock._auth")
    if module is not None:
        module.aws_session.cache_clear()


@pytest.fixture
def frozen_aws_time(monkeypatch: pytest.MonkeyPatch) -> datetime.datetime:
    """botocore signs with this time instead of the clock."""
    import botocore.auth

    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda *args, **kwargs: FROZEN_TIME)
    return FROZEN_TIME
