"""Code that builds its own clients (``boto3.client("pinpoint-sms-voice-v2")``) needs a region from the
environment. Setting it here keeps every test away from the developer's own AWS configuration; the mock
itself supplies fake credentials."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def aws_region(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return "us-east-1"
