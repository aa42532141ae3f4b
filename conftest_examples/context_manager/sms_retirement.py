"""Application code under test: retire a pool, deletion protection or not."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def retire_pool(client: PinpointSMSVoiceV2Client, pool_id: str) -> str:
    """Switch off deletion protection, delete the pool and return the status AWS reports (DELETING)."""
    client.update_pool(PoolId=pool_id, DeletionProtectionEnabled=False)
    return str(client.delete_pool(PoolId=pool_id)["Status"])
