"""A frozen clock next to the plugin's ``pinpoint_client``: the fake reads moto's clock, which freezegun
moves, so CreatedTimestamp is the frozen instant."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from freezegun import freeze_time
from freezegun.api import FrozenDateTimeFactory

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client

FROZEN_AT = "2026-01-02 03:04:05"


@pytest.fixture
def clock() -> Iterator[FrozenDateTimeFactory]:
    with freeze_time(FROZEN_AT) as frozen:
        assert isinstance(frozen, FrozenDateTimeFactory)  # neither tick=True nor auto_tick_seconds
        yield frozen


@pytest.fixture
def new_pool(pinpoint_client: PinpointSMSVoiceV2Client, clock: FrozenDateTimeFactory) -> str:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    return str(pool["PoolId"])
