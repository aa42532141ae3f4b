"""Application code under test: share a pool with a partner account, and honour opt-outs before sending."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client


def share_pool(client: PinpointSMSVoiceV2Client, pool_arn: str, partner_account: str) -> None:
    """Let ``partner_account`` use the pool (AWS shares it through a resource policy)."""
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{partner_account}:root"},
                "Action": ["sms-voice:DescribePools", "sms-voice:SendTextMessage"],
                "Resource": pool_arn,
            }
        ],
    }
    client.put_resource_policy(ResourceArn=pool_arn, Policy=json.dumps(policy))


def pools_shared_with_me(client: PinpointSMSVoiceV2Client) -> list[str]:
    """ARNs of the pools other accounts share with this one."""
    pages = client.get_paginator("describe_pools").paginate(Owner="SHARED")
    return [pool["PoolArn"] for page in pages for pool in page["Pools"]]


def may_text(client: PinpointSMSVoiceV2Client, opt_out_list: str, number: str) -> bool:
    """False when ``number`` opted out of ``opt_out_list``."""
    response = client.describe_opted_out_numbers(OptOutListName=opt_out_list)
    return number not in {entry["OptedOutNumber"] for entry in response["OptedOutNumbers"]}
