"""Application code under test: what is not ready yet, and a change that only an ACTIVE pool accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def pools_still_creating(client: PinpointSMSVoiceV2Client) -> list[str]:
    """Ids of the pools AWS is still creating."""
    paginator = client.get_paginator("describe_pools")
    pages = paginator.paginate(Filters=[{"Name": "status", "Values": ["CREATING"]}])
    return [pool["PoolId"] for page in pages for pool in page["Pools"]]


def enable_self_managed_opt_outs(client: PinpointSMSVoiceV2Client, pool_id: str) -> bool:
    """Switch the pool to self-managed opt-outs; False when the pool is not ACTIVE yet (try again later)."""
    try:
        client.update_pool(PoolId=pool_id, SelfManagedOptOutsEnabled=True)
    except ClientError as error:
        if error.response.get("Reason") == "RESOURCE_NOT_ACTIVE":
            return False
        raise
    return True
