from __future__ import annotations

from typing import Any


def test_describe_pools_is_empty_in_a_new_account(pinpoint_client: Any) -> None:
    assert pinpoint_client.describe_pools()["Pools"] == []
