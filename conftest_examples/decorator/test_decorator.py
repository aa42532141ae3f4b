"""Pattern (b): ``@mock_pinpoint`` on test functions (bare or with parentheses) and on a test class.

On a class the semantics are moto's: with a ``setup_method`` the state is reset when ``setup_method`` starts
and what it makes is there in the test; without one every test starts empty. moto's wrapper hides the
signature from pytest, so write ``setup_method(self, method)`` with its argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from sms_provisioning import provision_pool

from pinpoint_fake import mock_pinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def pools(client: PinpointSMSVoiceV2Client) -> list[str]:
    return [pool["PoolId"] for pool in client.describe_pools()["Pools"]]


@mock_pinpoint
def test_provision_pool_makes_an_active_protected_pool() -> None:
    pool_id = provision_pool("TRANSACTIONAL")
    pool = boto3.client("pinpoint-sms-voice-v2").describe_pools(PoolIds=[pool_id])["Pools"][0]
    assert (pool["Status"], pool["MessageType"], pool["DeletionProtectionEnabled"]) == (
        "ACTIVE",
        "TRANSACTIONAL",
        True,
    )


@mock_pinpoint()
def test_provision_pool_twice_makes_two_pools() -> None:
    first, second = provision_pool("TRANSACTIONAL"), provision_pool("PROMOTIONAL", number_type="LONG_CODE")
    assert pools(boto3.client("pinpoint-sms-voice-v2")) == [first, second]


@mock_pinpoint
class TestProvisionedPool:
    def setup_method(self, method: Callable[..., object]) -> None:
        self.client = boto3.client("pinpoint-sms-voice-v2")
        self.pool_id = provision_pool("TRANSACTIONAL")

    def test_is_the_only_pool(self) -> None:
        assert pools(self.client) == [self.pool_id]

    def test_cannot_be_deleted_while_protected(self) -> None:
        with pytest.raises(self.client.exceptions.ConflictException) as raised:
            self.client.delete_pool(PoolId=self.pool_id)
        response: Mapping[str, Any] = raised.value.response  # with the error's modeled members
        assert (response["Reason"], response["ResourceId"]) == (
            "DELETION_PROTECTION_ENABLED",
            self.pool_id,
        )
