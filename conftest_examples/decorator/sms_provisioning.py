"""Application code under test: provision a pool with a number of its own. It makes its own client."""

from __future__ import annotations

from typing import TYPE_CHECKING

import boto3

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2.literals import MessageTypeType, RequestableNumberTypeType


def provision_pool(
    message_type: MessageTypeType, number_type: RequestableNumberTypeType = "SIMULATOR"
) -> str:
    """A new deletion-protected pool around a freshly requested US number; returns its PoolId. (A US
    toll-free or 10DLC number would be PENDING until its registration is approved, and could not join.)"""
    client = boto3.client("pinpoint-sms-voice-v2")
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType=message_type, NumberCapabilities=["SMS"], NumberType=number_type
    )
    pool = client.create_pool(
        OriginationIdentity=number["PhoneNumberArn"], MessageType=message_type, DeletionProtectionEnabled=True
    )
    return str(pool["PoolId"])
