"""Fixtures built on the plugin's own: ``pinpoint_client`` (a boto3 client answered by the fake) and
``pinpoint_mock`` (the active mock, whose ``backend()`` reaches the fake's state). Nothing to register: the
plugin is loaded through its ``pytest11`` entry point once pinpoint-fake is installed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


@pytest.fixture
def transactional_pool(pinpoint_client: PinpointSMSVoiceV2Client) -> str:
    """A pool made through the API, the way production code makes one."""
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberArn"], MessageType="TRANSACTIONAL"
    )
    return str(pool["PoolId"])
