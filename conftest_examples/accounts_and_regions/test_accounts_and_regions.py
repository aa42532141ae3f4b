"""Pattern (e): several regions and accounts in one test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import boto3
from sms_inventory import pool_inventory

from pinpoint_fake import MockPinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def test_inventory_keeps_regions_apart(pinpoint_mock: MockPinpoint) -> None:
    virginia = pinpoint_mock.backend("us-east-1").seed_pool()
    london = pinpoint_mock.backend("eu-west-2").seed_pool()
    assert pool_inventory(["us-east-1", "eu-west-2", "eu-central-1"]) == {
        "us-east-1": [virginia.pool_id],
        "eu-west-2": [london.pool_id],
        "eu-central-1": [],
    }


def test_assumed_role_sees_only_its_own_account(
    pinpoint_mock: MockPinpoint, audit_account: str, audit_session: boto3.Session
) -> None:
    pinpoint_mock.backend("us-east-1").seed_pool()
    audited = pinpoint_mock.backend("us-east-1", audit_account).seed_pool()
    assert pool_inventory(["us-east-1"], audit_session) == {"us-east-1": [audited.pool_id]}


def test_moto_account_id_puts_new_pools_in_that_account(
    production_account: str, pinpoint_client: PinpointSMSVoiceV2Client
) -> None:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    assert pool["PoolArn"] == f"arn:aws:sms-voice:us-east-1:{production_account}:pool/{pool['PoolId']}"
