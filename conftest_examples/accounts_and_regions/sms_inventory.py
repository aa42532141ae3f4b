"""Application code under test: list pools across regions, optionally as a role in another account."""

from __future__ import annotations

from collections.abc import Iterable

import boto3


def assume_role_session(role_arn: str, session_name: str) -> boto3.Session:
    """A boto3 Session holding the temporary credentials of ``role_arn``."""
    credentials = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName=session_name)[
        "Credentials"
    ]
    return boto3.Session(
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )


def pool_inventory(regions: Iterable[str], session: boto3.Session | None = None) -> dict[str, list[str]]:
    """Pool ids by region, as seen by ``session`` (by default the caller's own credentials)."""
    session = session or boto3.Session()
    inventory: dict[str, list[str]] = {}
    for region in regions:
        paginator = session.client("pinpoint-sms-voice-v2", region_name=region).get_paginator(
            "describe_pools"
        )
        inventory[region] = [pool["PoolId"] for page in paginator.paginate() for pool in page["Pools"]]
    return inventory
