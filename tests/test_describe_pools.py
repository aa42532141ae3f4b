"""DescribePools: IDs and ARNs, the eight filters, Owner, and its errors."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake.service_model import enum_values

from .helpers import client_error, ids, new_pool

POOL_ID = re.compile(r"pool-[0-9a-f]{32}")


def test_no_arguments_returns_every_pool_in_creation_order(pinpoint_client: Any) -> None:
    created = [new_pool(pinpoint_client)["PoolId"] for _ in range(3)]
    assert ids(pinpoint_client.describe_pools()["Pools"]) == created


def test_pool_information_has_every_required_member_and_the_documented_formats(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    (described,) = pinpoint_client.describe_pools()["Pools"]
    assert POOL_ID.fullmatch(described["PoolId"])
    assert described["PoolArn"] == f"arn:aws:sms-voice:us-east-1:123456789012:pool/{pool['PoolId']}"
    assert described == {
        "PoolArn": pool["PoolArn"],
        "PoolId": pool["PoolId"],
        "Status": "ACTIVE",
        "MessageType": "TRANSACTIONAL",
        "TwoWayEnabled": False,
        "SelfManagedOptOutsEnabled": False,
        "OptOutListName": "Default",
        "SharedRoutesEnabled": False,
        "DeletionProtectionEnabled": False,
        "CreatedTimestamp": pool["CreatedTimestamp"],
    }


@pytest.mark.pinpoint_region("cn-north-1")
def test_pool_arn_names_the_partition_of_the_region(pinpoint_client: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("MOTO_ALLOW_NONEXISTENT_REGION", "true")
    pool = new_pool(pinpoint_client)
    assert pool["PoolArn"] == f"arn:aws-cn:sms-voice:cn-north-1:123456789012:pool/{pool['PoolId']}"


def test_created_timestamp_comes_from_the_frozen_clock(pinpoint_client: Any) -> None:
    with freeze_time("2026-03-04 05:06:07"):
        new_pool(pinpoint_client)
    (described,) = pinpoint_client.describe_pools()["Pools"]
    assert described["CreatedTimestamp"] == datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def test_pool_ids_accept_ids_and_arns(pinpoint_client: Any) -> None:
    first, _, third = (new_pool(pinpoint_client) for _ in range(3))
    pools = pinpoint_client.describe_pools(PoolIds=[third["PoolArn"], first["PoolId"]])["Pools"]
    assert ids(pools) == [first["PoolId"], third["PoolId"]]


def test_the_same_pool_named_twice_is_returned_once(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    pools = pinpoint_client.describe_pools(PoolIds=[pool["PoolId"], pool["PoolArn"]])["Pools"]
    assert ids(pools) == [pool["PoolId"]]


@pytest.mark.parametrize(
    "unknown",
    [
        "pool-00000000000000000000000000000000",
        "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-00000000000000000000000000000000",
        "",
    ],
)
def test_an_unknown_pool_id_fails_the_whole_call(pinpoint_client: Any, unknown: str) -> None:
    pool = new_pool(pinpoint_client)
    response = client_error(pinpoint_client.describe_pools, PoolIds=[pool["PoolId"], unknown])
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert response["ResourceType"] == "pool"
    assert response["ResourceId"] == unknown
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400


@pytest.mark.parametrize(
    ("region", "account"), [("us-west-2", "123456789012"), ("us-east-1", "210987654321")]
)
def test_an_arn_of_another_region_or_account_is_not_found(
    pinpoint_client: Any, region: str, account: str
) -> None:
    pool = new_pool(pinpoint_client)
    foreign = f"arn:aws:sms-voice:{region}:{account}:pool/{pool['PoolId']}"
    response = client_error(pinpoint_client.describe_pools, PoolIds=[foreign])
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "pool",
        foreign,
    )


def test_an_arn_of_another_resource_type_is_an_invalid_arn(pinpoint_client: Any) -> None:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    response = client_error(pinpoint_client.describe_pools, PoolIds=[number["PhoneNumberArn"]])
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert response["Fields"][0]["Name"] == "PoolIds[0]"


# -- filters ------------------------------------------------------------------------------------------


@pytest.fixture
def assorted_pools(pinpoint_mock: Any) -> dict[str, str]:
    """Pools that differ in every filtered attribute, seeded straight into the registry."""
    backend = pinpoint_mock.backend()
    channel = "arn:aws:sns:us-east-1:123456789012:inbound-sms"
    return {
        "plain": backend.seed_pool().pool_id,
        "creating": backend.seed_pool(status="CREATING").pool_id,
        "deleting": backend.seed_pool(status="DELETING").pool_id,
        "promotional": backend.seed_pool(message_type="PROMOTIONAL").pool_id,
        "two_way": backend.seed_pool(two_way_enabled=True, two_way_channel_arn=channel).pool_id,
        "self_managed": backend.seed_pool(self_managed_opt_outs_enabled=True).pool_id,
        "own_list": backend.seed_pool(opt_out_list_name="Marketing").pool_id,
        "shared_routes": backend.seed_pool(shared_routes_enabled=True).pool_id,
        "protected": backend.seed_pool(deletion_protection_enabled=True).pool_id,
    }


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("status", ["CREATING"], ["creating"]),
        ("status", ["CREATING", "DELETING"], ["creating", "deleting"]),
        ("message-type", ["PROMOTIONAL"], ["promotional"]),
        ("two-way-enabled", ["true"], ["two_way"]),
        ("self-managed-opt-outs-enabled", ["true"], ["self_managed"]),
        ("opt-out-list-name", ["Marketing"], ["own_list"]),
        ("shared-routes-enabled", ["true"], ["shared_routes"]),
        ("deletion-protection-enabled", ["true"], ["protected"]),
        ("two-way-channel-arn", ["arn:aws:sns:us-east-1:123456789012:inbound-sms"], ["two_way"]),
        ("two-way-enabled", ["true", "false"], None),  # None: every pool
    ],
)
def test_each_filter_selects_exactly_its_pools(
    pinpoint_client: Any,
    assorted_pools: dict[str, str],
    name: str,
    values: list[str],
    expected: list[str] | None,
) -> None:
    pools = pinpoint_client.describe_pools(Filters=[{"Name": name, "Values": values}])["Pools"]
    wanted = assorted_pools.values() if expected is None else [assorted_pools[key] for key in expected]
    assert ids(pools) == list(wanted)


def test_every_filter_name_of_the_model_is_covered() -> None:
    covered = {
        "status", "message-type", "two-way-enabled", "self-managed-opt-outs-enabled", "opt-out-list-name",
        "shared-routes-enabled", "deletion-protection-enabled", "two-way-channel-arn",
    }  # fmt: skip
    assert covered == set(enum_values("PoolFilterName"))


def test_false_selects_the_pools_without_the_setting(
    pinpoint_client: Any, assorted_pools: dict[str, str]
) -> None:
    pools = pinpoint_client.describe_pools(
        Filters=[{"Name": "deletion-protection-enabled", "Values": ["false"]}]
    )
    assert ids(pools["Pools"]) == [v for k, v in assorted_pools.items() if k != "protected"]


def test_filters_and_together(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_pool(message_type="PROMOTIONAL")
    wanted = backend.seed_pool(message_type="PROMOTIONAL", status="CREATING")
    backend.seed_pool(status="CREATING")
    pools = pinpoint_client.describe_pools(
        Filters=[
            {"Name": "message-type", "Values": ["PROMOTIONAL"]},
            {"Name": "status", "Values": ["CREATING"]},
        ]
    )["Pools"]
    assert ids(pools) == [wanted.pool_id]


def test_pool_ids_and_filters_intersect(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    creating = backend.seed_pool(status="CREATING")
    active = backend.seed_pool()
    backend.seed_pool(status="CREATING")
    pools = pinpoint_client.describe_pools(
        PoolIds=[creating.pool_id, active.pool_id], Filters=[{"Name": "status", "Values": ["CREATING"]}]
    )["Pools"]
    assert ids(pools) == [creating.pool_id]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("status", "FOO"),
        ("status", "active"),
        ("message-type", "MARKETING"),
        ("two-way-enabled", "yes"),
        ("two-way-enabled", "TRUE"),
        ("deletion-protection-enabled", "1"),
    ],
)
def test_a_filter_value_that_cannot_apply_is_invalid_filter_values(
    pinpoint_client: Any, name: str, value: str
) -> None:
    response = client_error(
        pinpoint_client.describe_pools,
        Filters=[
            {"Name": "status", "Values": ["ACTIVE"]},
            {"Name": name, "Values": ["false", value] if "enabled" in name else [value]},
        ],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_FILTER_VALUES")
    position = 1 if "enabled" in name else 0
    assert response["Fields"] == [
        {"Name": f"Filters[1].Values[{position}]", "Message": f"Invalid value for filter {name}"}
    ]


# -- Owner --------------------------------------------------------------------------------------------


def test_owner_self_and_no_owner_return_the_accounts_own_pools(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    assert ids(pinpoint_client.describe_pools(Owner="SELF")["Pools"]) == [pool["PoolId"]]
    assert ids(pinpoint_client.describe_pools()["Pools"]) == [pool["PoolId"]]


def test_owner_shared_returns_no_pool_of_the_account_itself(pinpoint_client: Any) -> None:
    new_pool(pinpoint_client)
    assert pinpoint_client.describe_pools(Owner="SHARED")["Pools"] == []


def test_owner_with_pool_ids_is_rejected(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    response = client_error(pinpoint_client.describe_pools, Owner="SELF", PoolIds=[pool["PoolId"]])
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    )
    assert [field["Name"] for field in response["Fields"]] == ["Owner", "PoolIds"]


def test_accounts_and_regions_do_not_see_each_others_pools(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend("us-west-2").seed_pool()
    pinpoint_mock.backend(account_id="210987654321").seed_pool()
    assert pinpoint_client.describe_pools()["Pools"] == []
