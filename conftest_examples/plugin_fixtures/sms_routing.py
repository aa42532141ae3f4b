"""Application code under test: choose the pool a message goes out through."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import PoolFilterTypeDef


def pick_pool(client: PinpointSMSVoiceV2Client, message_type: str) -> str | None:
    """The first ACTIVE pool for ``message_type`` (TRANSACTIONAL or PROMOTIONAL), or None if there is none."""
    filters: list[PoolFilterTypeDef] = [
        {"Name": "message-type", "Values": [message_type]},
        {"Name": "status", "Values": ["ACTIVE"]},
    ]
    for page in client.get_paginator("describe_pools").paginate(Filters=filters):
        for pool in page["Pools"]:
            return str(pool["PoolId"])
    return None
