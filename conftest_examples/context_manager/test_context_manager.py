"""Pattern (c): the context manager, in a fixture (see conftest.py) or inline; and ``start()``/``stop()``
for ``unittest`` classes, where ``start()`` returns the mock."""

from __future__ import annotations

import unittest
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from sms_retirement import retire_pool

from pinpoint_fake import mock_pinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def test_retire_pool_deletes_a_protected_pool(
    sms_client: PinpointSMSVoiceV2Client, protected_pool: str
) -> None:
    assert (retire_pool(sms_client, protected_pool), sms_client.describe_pools()["Pools"]) == ("DELETING", [])


def test_retire_pool_of_an_unknown_pool_raises_resource_not_found(
    sms_client: PinpointSMSVoiceV2Client,
) -> None:
    with pytest.raises(sms_client.exceptions.ResourceNotFoundException) as raised:
        retire_pool(sms_client, "pool-0123456789abcdef0123456789abcdef")
    response: Mapping[str, Any] = raised.value.response  # with the error's modeled members
    assert (response["ResourceType"], response["ResourceId"]) == (
        "pool",
        "pool-0123456789abcdef0123456789abcdef",
    )


def test_retire_pool_inline_with_statement() -> None:
    with mock_pinpoint() as mock:
        pool = mock.backend().seed_pool(deletion_protection_enabled=True)
        client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
        assert retire_pool(client, pool.pool_id) == "DELETING"


class RetirePoolTest(unittest.TestCase):
    def setUp(self) -> None:
        self.mock = mock_pinpoint().start()
        self.addCleanup(self.mock.stop)
        self.client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")

    def test_retire_pool_leaves_no_pool_behind(self) -> None:
        pool = self.mock.backend().seed_pool(deletion_protection_enabled=True)
        retire_pool(self.client, pool.pool_id)
        assert len(self.mock.backend().pools) == 0
