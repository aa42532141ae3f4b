"""Pattern (d): freezegun's ``freeze_time`` decides CreatedTimestamp, and ``tick()`` ages what exists."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import boto3
from freezegun import freeze_time
from freezegun.api import FrozenDateTimeFactory
from sms_housekeeping import stale_pools

from pinpoint_fake import mock_pinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def test_created_timestamp_is_the_frozen_instant(
    pinpoint_client: PinpointSMSVoiceV2Client, new_pool: str
) -> None:
    pool = pinpoint_client.describe_pools(PoolIds=[new_pool])["Pools"][0]
    assert pool["CreatedTimestamp"] == datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def test_stale_pools_lists_a_pool_older_than_max_age(
    pinpoint_client: PinpointSMSVoiceV2Client, new_pool: str, clock: FrozenDateTimeFactory
) -> None:
    clock.tick(timedelta(days=31))
    assert stale_pools(pinpoint_client, max_age=timedelta(days=30)) == [new_pool]


def test_stale_pools_keeps_a_recent_pool(
    pinpoint_client: PinpointSMSVoiceV2Client, new_pool: str, clock: FrozenDateTimeFactory
) -> None:
    clock.tick(timedelta(days=29))
    assert stale_pools(pinpoint_client, max_age=timedelta(days=30)) == []


@freeze_time("2026-06-01")
def test_stale_pools_reads_the_timestamp_a_pool_was_seeded_with() -> None:
    with mock_pinpoint() as mock:
        old = mock.backend().seed_pool(created_timestamp=datetime(2025, 6, 1, tzinfo=timezone.utc))
        mock.backend().seed_pool()
        client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
        assert stale_pools(client, max_age=timedelta(days=180)) == [old.pool_id]
