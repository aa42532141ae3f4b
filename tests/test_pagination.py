"""DescribePools paging: default page size, MaxResults, opaque and bound tokens, stability under change."""

from __future__ import annotations

import base64
import subprocess
import sys
from typing import Any

import pytest

from pinpoint_fake.service_model import max_page_size

from .helpers import client_error, ids


@pytest.fixture
def seeded(pinpoint_mock: Any) -> list[str]:
    backend = pinpoint_mock.backend()
    return [backend.seed_pool().pool_id for _ in range(7)]


def test_pages_follow_creation_order(pinpoint_client: Any, seeded: list[str]) -> None:
    first = pinpoint_client.describe_pools(MaxResults=3)
    second = pinpoint_client.describe_pools(MaxResults=3, NextToken=first["NextToken"])
    third = pinpoint_client.describe_pools(MaxResults=3, NextToken=second["NextToken"])
    assert [ids(page["Pools"]) for page in (first, second, third)] == [seeded[:3], seeded[3:6], seeded[6:]]
    assert "NextToken" not in third


def test_a_raw_next_token_works_as_the_paginators_starting_token(
    pinpoint_client: Any, seeded: list[str]
) -> None:
    token = pinpoint_client.describe_pools(MaxResults=4)["NextToken"]
    pages = pinpoint_client.get_paginator("describe_pools").paginate(
        PaginationConfig={"StartingToken": token}
    )
    assert [pool["PoolId"] for page in pages for pool in page["Pools"]] == seeded[4:]


def test_a_full_last_page_has_no_next_token(pinpoint_client: Any, seeded: list[str]) -> None:
    page = pinpoint_client.describe_pools(MaxResults=7)
    assert ids(page["Pools"]) == seeded
    assert "NextToken" not in page


def test_the_boto3_paginator_walks_every_pool_once(pinpoint_client: Any, seeded: list[str]) -> None:
    paginator = pinpoint_client.get_paginator("describe_pools")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 2}))
    assert [len(page["Pools"]) for page in pages] == [2, 2, 2, 1]
    assert [pool["PoolId"] for page in pages for pool in page["Pools"]] == seeded


def test_the_default_page_size_is_the_models_maximum(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    limit = max_page_size("DescribePools")
    backend = pinpoint_mock.backend()
    for _ in range(limit + 1):
        backend.seed_pool()
    page = pinpoint_client.describe_pools()
    assert (len(page["Pools"]), "NextToken" in page) == (limit, True)
    rest = pinpoint_client.describe_pools(NextToken=page["NextToken"])
    assert (len(rest["Pools"]), "NextToken" in rest) == (1, False)


def test_filters_apply_across_pages(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    wanted = [backend.seed_pool(status="CREATING" if i % 3 == 0 else "ACTIVE").pool_id for i in range(10)][
        ::3
    ]
    paginator = pinpoint_client.get_paginator("describe_pools")
    pages = paginator.paginate(
        Filters=[{"Name": "status", "Values": ["CREATING"]}], PaginationConfig={"PageSize": 3}
    )
    assert [pool["PoolId"] for page in pages for pool in page["Pools"]] == wanted


def test_pools_alive_for_the_whole_pagination_are_seen_once_despite_changes(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    pools = [backend.seed_pool().pool_id for _ in range(6)]
    first = pinpoint_client.describe_pools(MaxResults=2)  # pools 0, 1
    pinpoint_client.delete_pool(PoolId=pools[1])  # the token's own position is gone
    pinpoint_client.delete_pool(PoolId=pools[4])
    added = backend.seed_pool().pool_id
    rest = pinpoint_client.get_paginator("describe_pools").paginate(
        PaginationConfig={"PageSize": 2, "StartingToken": first["NextToken"]}
    )
    later = [pool["PoolId"] for page in rest for pool in page["Pools"]]
    assert ids(first["Pools"]) + later == [pools[0], pools[1], pools[2], pools[3], pools[5], added]


def test_the_max_results_may_change_between_pages(pinpoint_client: Any, seeded: list[str]) -> None:
    first = pinpoint_client.describe_pools(MaxResults=2)
    second = pinpoint_client.describe_pools(MaxResults=5, NextToken=first["NextToken"])
    assert ids(second["Pools"]) == seeded[2:7]


def test_tokens_are_the_same_in_every_process_for_the_same_state(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    program = """
import boto3, pinpoint_fake
with pinpoint_fake.mock_pinpoint() as mock:
    for _ in range(3):
        mock.backend().seed_pool()
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    print(client.describe_pools(MaxResults=1)["NextToken"])
"""
    run = [sys.executable, "-c", program]
    tokens = {subprocess.run(run, capture_output=True, text=True, check=True).stdout for _ in range(2)}
    for _ in range(3):
        pinpoint_mock.backend().seed_pool()
    tokens.add(pinpoint_client.describe_pools(MaxResults=1)["NextToken"] + "\n")
    assert len(tokens) == 1


def _tampered(token: str) -> str:
    position, _, signature = base64.b64decode(token).decode().partition(".")
    return base64.b64encode(f"{int(position) + 1}.{signature}".encode()).decode()


@pytest.mark.parametrize(
    "make_token",
    [
        lambda token: "not-a-token",
        lambda token: token[:-4],
        lambda token: base64.b64encode(b"-1." + base64.b64decode(token).partition(b".")[2]).decode(),
        lambda token: base64.b64encode(b"\xff\xfe").decode(),
        _tampered,
        lambda token: "A" * 1024,
    ],
    ids=["garbage", "truncated", "negative", "not-text", "tampered", "longest"],
)
def test_a_bad_token_is_invalid_next_token(pinpoint_client: Any, seeded: list[str], make_token: Any) -> None:
    token = pinpoint_client.describe_pools(MaxResults=2)["NextToken"]
    response = client_error(pinpoint_client.describe_pools, NextToken=make_token(token))
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")
    assert [field["Name"] for field in response["Fields"]] == ["NextToken"]


def test_a_token_is_bound_to_the_request_it_came_from(pinpoint_client: Any, seeded: list[str]) -> None:
    token = pinpoint_client.describe_pools(MaxResults=2)["NextToken"]
    response = client_error(
        pinpoint_client.describe_pools, NextToken=token, Filters=[{"Name": "status", "Values": ["ACTIVE"]}]
    )
    assert response["Reason"] == "INVALID_NEXT_TOKEN"


def test_a_token_of_another_region_is_rejected(
    pinpoint_client: Any, pinpoint_mock: Any, seeded: list[str]
) -> None:
    import boto3

    for _ in range(3):
        pinpoint_mock.backend("eu-west-1").seed_pool()
    token = pinpoint_client.describe_pools(MaxResults=1)["NextToken"]
    other = boto3.client("pinpoint-sms-voice-v2", region_name="eu-west-1")
    assert client_error(other.describe_pools, NextToken=token)["Reason"] == "INVALID_NEXT_TOKEN"


def test_pool_ids_page_too(pinpoint_client: Any, seeded: list[str]) -> None:
    wanted = [seeded[5], seeded[0], seeded[3]]
    first = pinpoint_client.describe_pools(PoolIds=wanted, MaxResults=2)
    second = pinpoint_client.describe_pools(PoolIds=wanted, MaxResults=2, NextToken=first["NextToken"])
    assert (ids(first["Pools"]), ids(second["Pools"])) == ([seeded[0], seeded[3]], [seeded[5]])
    assert "NextToken" not in second
