"""Application code under test: choose the pool a message goes out through."""

from __future__ import annotations

from typing import Any


def pick_pool(client: Any, message_type: str) -> str | None:
    """The first ACTIVE pool for ``message_type`` (TRANSACTIONAL or PROMOTIONAL), or None if there is none."""
    filters = [
        {"Name": "message-type", "Values": [message_type]},
        {"Name": "status", "Values": ["ACTIVE"]},
    ]
    for page in client.get_paginator("describe_pools").paginate(Filters=filters):
        for pool in page["Pools"]:
            return str(pool["PoolId"])
    return None
