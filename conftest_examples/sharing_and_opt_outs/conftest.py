"""Sharing and opt-outs. A partner account is a session of a role there, minted by moto's STS; what the owner
shares with a resource policy shows up for the partner under ``Owner="SHARED"``. Opt-out lists hold numbers
put through the API, or seeded as if their owner had replied STOP (``seed_opted_out_number``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import boto3
import pytest

from pinpoint_fake import MockPinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import CreatePoolResultTypeDef

PARTNER_ACCOUNT = "444455556666"


@pytest.fixture
def partner_account() -> str:
    return PARTNER_ACCOUNT


@pytest.fixture
def partner_client(pinpoint_mock: MockPinpoint, partner_account: str) -> PinpointSMSVoiceV2Client:
    """A client of a role in the partner account (credentials from moto's STS land in that account)."""
    sts = boto3.client("sts", region_name="us-east-1")
    role = f"arn:aws:iam::{partner_account}:role/partner-sms"
    credentials = sts.assume_role(RoleArn=role, RoleSessionName="partner")["Credentials"]
    return boto3.client(
        "pinpoint-sms-voice-v2",
        region_name="us-east-1",
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )


@pytest.fixture
def pool(pinpoint_client: PinpointSMSVoiceV2Client) -> CreatePoolResultTypeDef:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    return pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
