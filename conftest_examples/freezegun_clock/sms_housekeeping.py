"""Application code under test: find pools that have been around for too long."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def stale_pools(client: PinpointSMSVoiceV2Client, max_age: timedelta) -> list[str]:
    """Ids of the pools created more than ``max_age`` ago, oldest first."""
    cutoff = datetime.now(timezone.utc) - max_age
    pools = [pool for page in client.get_paginator("describe_pools").paginate() for pool in page["Pools"]]
    old = sorted(
        (pool for pool in pools if pool["CreatedTimestamp"] < cutoff), key=lambda p: p["CreatedTimestamp"]
    )
    return [pool["PoolId"] for pool in old]
