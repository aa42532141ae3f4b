"""Pattern (a): the plugin's fixtures ``pinpoint_client`` and ``pinpoint_mock``, and the region marker."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sms_routing import pick_pool

from pinpoint_fake import MockPinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def test_pick_pool_returns_the_pool_for_the_message_type(
    pinpoint_client: PinpointSMSVoiceV2Client, transactional_pool: str
) -> None:
    assert pick_pool(pinpoint_client, "TRANSACTIONAL") == transactional_pool


def test_pick_pool_returns_none_without_a_pool_for_the_message_type(
    pinpoint_client: PinpointSMSVoiceV2Client, transactional_pool: str
) -> None:
    assert pick_pool(pinpoint_client, "PROMOTIONAL") is None


def test_pick_pool_ignores_pools_of_other_message_types(
    pinpoint_mock: MockPinpoint, pinpoint_client: PinpointSMSVoiceV2Client, transactional_pool: str
) -> None:
    pinpoint_mock.backend().seed_pool(message_type="PROMOTIONAL")
    assert pick_pool(pinpoint_client, "TRANSACTIONAL") == transactional_pool


def test_every_test_starts_without_pools(pinpoint_client: PinpointSMSVoiceV2Client) -> None:
    assert pick_pool(pinpoint_client, "TRANSACTIONAL") is None


@pytest.mark.pinpoint_region("eu-west-2")
def test_pinpoint_region_marker_moves_the_client(
    pinpoint_client: PinpointSMSVoiceV2Client, transactional_pool: str
) -> None:
    assert (pinpoint_client.meta.region_name, pick_pool(pinpoint_client, "TRANSACTIONAL")) == (
        "eu-west-2",
        transactional_pool,
    )
