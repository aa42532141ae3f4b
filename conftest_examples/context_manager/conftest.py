"""``with mock_pinpoint() as mock:`` in a fixture: the mock is on while the test runs, and its state goes
when the ``with`` block ends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import boto3
import pytest

from pinpoint_fake import MockPinpoint, mock_pinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


@pytest.fixture
def sms_mock() -> Iterator[MockPinpoint]:
    with mock_pinpoint() as mock:
        yield mock


@pytest.fixture
def sms_client(sms_mock: MockPinpoint) -> PinpointSMSVoiceV2Client:
    return boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")


@pytest.fixture
def protected_pool(sms_client: PinpointSMSVoiceV2Client) -> str:
    number = sms_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = sms_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"],
        MessageType="TRANSACTIONAL",
        DeletionProtectionEnabled=True,
    )
    return str(pool["PoolId"])
