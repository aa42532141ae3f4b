"""Pattern (f): seeded phone numbers, sender IDs and pools, in states the API cannot reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sms_estate import Estate
from sms_readiness import enable_self_managed_opt_outs, pools_still_creating

from pinpoint_fake import MockPinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def test_status_filter_returns_exactly_the_creating_pool(
    pinpoint_client: PinpointSMSVoiceV2Client, estate: Estate
) -> None:
    pools = pinpoint_client.describe_pools(Filters=[{"Name": "status", "Values": ["CREATING"]}])["Pools"]
    assert [(pool["PoolId"], pool["Status"], pool["MessageType"]) for pool in pools] == [
        (estate.creating_pool.pool_id, "CREATING", "PROMOTIONAL")
    ]


def test_pools_still_creating_lists_the_creating_pool(
    pinpoint_client: PinpointSMSVoiceV2Client, estate: Estate
) -> None:
    assert pools_still_creating(pinpoint_client) == [estate.creating_pool.pool_id]


def test_enable_self_managed_opt_outs_waits_for_a_creating_pool(
    pinpoint_client: PinpointSMSVoiceV2Client, estate: Estate
) -> None:
    assert enable_self_managed_opt_outs(pinpoint_client, estate.creating_pool.pool_id) is False


def test_enable_self_managed_opt_outs_switches_an_active_pool(
    pinpoint_client: PinpointSMSVoiceV2Client, estate: Estate
) -> None:
    enable_self_managed_opt_outs(pinpoint_client, estate.active_pool.pool_id)
    pool = pinpoint_client.describe_pools(PoolIds=[estate.active_pool.pool_id])["Pools"][0]
    assert pool["SelfManagedOptOutsEnabled"] is True


def test_seeded_sender_id_can_start_a_pool_through_the_api(
    pinpoint_client: PinpointSMSVoiceV2Client, estate: Estate
) -> None:
    pool = pinpoint_client.create_pool(
        OriginationIdentity=estate.sender_id.sender_id_arn, MessageType="PROMOTIONAL"
    )
    assert pool["Status"] == "ACTIVE"


def test_seeding_a_value_outside_the_model_fails_at_once(pinpoint_mock: MockPinpoint) -> None:
    with pytest.raises(ValueError, match="PoolInformation"):
        pinpoint_mock.backend().seed_pool(status="PENDING")
