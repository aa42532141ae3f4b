"""Resource policies and sharing: Put/Get/DeleteResourcePolicy, and what a grantee account sees."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pinpoint_fake.pytest_plugin import new_client

from .helpers import client_error, ids, new_pool

OWNER = "123456789012"
GRANTEE = "222222222222"
STRANGER = "333333333333"


def client_of(account: str, region: str = "us-east-1") -> Any:
    """A client whose calls moto (and so the fake) attributes to ``account`` (moto's x-moto-account-id)."""
    client = new_client(region)

    def add_account(request: Any, **kwargs: Any) -> None:
        request.headers["x-moto-account-id"] = account

    client.meta.events.register("before-sign.pinpoint-sms-voice-v2", add_account)
    return client


def policy_for(resource_arn: str, *principals: Any) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": list(principals)},
                    "Action": ["sms-voice:DescribePools", "sms-voice:SendTextMessage"],
                    "Resource": resource_arn,
                }
            ],
        }
    )


def share(client: Any, resource_arn: str, *principals: Any) -> dict[str, Any]:
    answer: dict[str, Any] = client.put_resource_policy(
        ResourceArn=resource_arn, Policy=policy_for(resource_arn, *principals)
    )
    return answer


@pytest.fixture
def owner(pinpoint_mock: Any) -> Any:
    return client_of(OWNER)


@pytest.fixture
def grantee(pinpoint_mock: Any) -> Any:
    return client_of(GRANTEE)


def test_a_resource_without_a_policy_answers_an_empty_one(owner: Any) -> None:
    pool = new_pool(owner)
    answer = owner.get_resource_policy(ResourceArn=pool["PoolArn"])
    assert (answer["ResourceArn"], answer["Policy"]) == (pool["PoolArn"], "{}")
    assert "CreatedTimestamp" not in answer


def test_put_get_and_delete_a_policy(owner: Any) -> None:
    pool = new_pool(owner)
    put = share(owner, pool["PoolArn"], GRANTEE)
    assert (put["ResourceArn"], json.loads(put["Policy"])["Statement"][0]["Effect"]) == (
        pool["PoolArn"],
        "Allow",
    )
    got = owner.get_resource_policy(ResourceArn=pool["PoolArn"])
    assert (got["Policy"], got["CreatedTimestamp"]) == (put["Policy"], put["CreatedTimestamp"])
    deleted = owner.delete_resource_policy(ResourceArn=pool["PoolArn"])
    assert deleted["Policy"] == put["Policy"]
    assert owner.get_resource_policy(ResourceArn=pool["PoolArn"])["Policy"] == "{}"
    response = client_error(owner.delete_resource_policy, ResourceArn=pool["PoolArn"])
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert (response["ResourceType"], response["ResourceId"]) == ("policy", pool["PoolArn"])


@pytest.mark.parametrize("policy", ["not json", "[]", '{"Version": "2012-10-17"}', '{"Statement": [1]}'])
def test_a_document_that_is_no_policy_is_refused(owner: Any, policy: str) -> None:
    pool = new_pool(owner)
    response = client_error(owner.put_resource_policy, ResourceArn=pool["PoolArn"], Policy=policy)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["Policy"]


@pytest.mark.parametrize(
    "principal", [GRANTEE, f"arn:aws:iam::{GRANTEE}:root", f"arn:aws:iam::{GRANTEE}:role/x", "*"]
)
def test_a_shared_pool_shows_up_for_the_grantee(owner: Any, grantee: Any, principal: str) -> None:
    new_pool(owner)
    shared = new_pool(owner)
    share(owner, shared["PoolArn"], principal)
    assert ids(grantee.describe_pools(Owner="SHARED")["Pools"]) == [shared["PoolId"]]
    assert ids(grantee.describe_pools(PoolIds=[shared["PoolArn"]])["Pools"]) == [shared["PoolId"]]
    assert grantee.describe_pools()["Pools"] == []  # Owner omitted: the caller's own pools
    assert grantee.describe_pools(Owner="SELF")["Pools"] == []
    listed = grantee.list_pool_origination_identities(PoolId=shared["PoolArn"])
    assert listed["PoolId"] == shared["PoolId"]


def test_a_shared_pool_is_invisible_to_other_accounts_and_regions(owner: Any) -> None:
    pool = new_pool(owner)
    share(owner, pool["PoolArn"], GRANTEE)
    stranger = client_of(STRANGER)
    assert stranger.describe_pools(Owner="SHARED")["Pools"] == []
    response = client_error(stranger.describe_pools, PoolIds=[pool["PoolArn"]])
    assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", "pool")
    assert client_of(GRANTEE, "eu-west-1").describe_pools(Owner="SHARED")["Pools"] == []


def test_the_grantee_needs_the_full_arn(owner: Any, grantee: Any) -> None:
    pool = new_pool(owner)
    share(owner, pool["PoolArn"], GRANTEE)
    response = client_error(grantee.describe_pools, PoolIds=[pool["PoolId"]])
    assert (response["ResourceType"], response["ResourceId"]) == ("pool", pool["PoolId"])


@pytest.mark.parametrize(
    ("call", "extra"),
    [
        ("update_pool", {"DeletionProtectionEnabled": True}),
        ("delete_pool", {}),
        ("tag_resource", {"Tags": [{"Key": "k", "Value": "v"}]}),
        ("put_resource_policy", {"Policy": "{}"}),
        ("get_resource_policy", {}),
        ("list_tags_for_resource", {}),
    ],
)
def test_a_shared_pool_is_read_only_for_the_grantee(
    owner: Any, grantee: Any, call: str, extra: dict[str, Any]
) -> None:
    pool = new_pool(owner)
    share(owner, pool["PoolArn"], GRANTEE)
    member = "PoolId" if call in ("update_pool", "delete_pool") else "ResourceArn"
    response = client_error(getattr(grantee, call), **{member: pool["PoolArn"]}, **extra)
    assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", "pool")
    assert ids(owner.describe_pools()["Pools"]) == [pool["PoolId"]]


def test_deleting_the_policy_stops_the_sharing(owner: Any, grantee: Any) -> None:
    pool = new_pool(owner)
    share(owner, pool["PoolArn"], GRANTEE)
    owner.delete_resource_policy(ResourceArn=pool["PoolArn"])
    assert grantee.describe_pools(Owner="SHARED")["Pools"] == []


def test_a_deny_or_service_principal_shares_nothing(owner: Any, grantee: Any) -> None:
    pool = new_pool(owner)
    document = {
        "Statement": [
            {"Effect": "Deny", "Principal": {"AWS": GRANTEE}, "Action": "sms-voice:*", "Resource": "*"},
            {"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sms-voice:*"},
            {"Effect": "Allow", "Action": "sms-voice:*"},  # no principal at all
            {"Principal": {"AWS": GRANTEE}, "Action": "sms-voice:*"},  # no effect: neither allows nor denies
            {"Effect": "Allow", "Principal": {"AWS": "AIDAEXAMPLEUSERID"}, "Action": "sms-voice:*"},
        ]
    }
    owner.put_resource_policy(ResourceArn=pool["PoolArn"], Policy=json.dumps(document))
    assert grantee.describe_pools(Owner="SHARED")["Pools"] == []


def test_pools_shared_by_several_accounts_page_in_a_stable_order(pinpoint_mock: Any, grantee: Any) -> None:
    owners = [client_of(account) for account in ("111111111111", OWNER, STRANGER)]
    shared = []
    for _ in range(2):
        for client in owners:
            pool = new_pool(client)
            share(client, pool["PoolArn"], GRANTEE)
            shared.append(pool["PoolId"])
    pages = list(
        grantee.get_paginator("describe_pools").paginate(Owner="SHARED", PaginationConfig={"PageSize": 4})
    )
    seen = [pool["PoolId"] for page in pages for pool in page["Pools"]]
    assert sorted(seen) == sorted(shared)
    assert len(seen) == len(set(seen)) == 6
    assert [len(page["Pools"]) for page in pages] == [4, 2]
    again = [p["PoolId"] for p in grantee.describe_pools(Owner="SHARED")["Pools"]]
    assert again == seen


@pytest.mark.parametrize("kind", ["phone-number", "sender-id", "opt-out-list"])
def test_numbers_sender_ids_and_opt_out_lists_are_shared_too(owner: Any, grantee: Any, kind: str) -> None:
    if kind == "phone-number":
        created = owner.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )
        arn, describe, result, key = (
            created["PhoneNumberArn"],
            "describe_phone_numbers",
            "PhoneNumbers",
            "PhoneNumberArn",
        )
        by_arn: dict[str, Any] = {"PhoneNumberIds": [arn]}
    elif kind == "sender-id":
        created = owner.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
        arn, describe, result, key = created["SenderIdArn"], "describe_sender_ids", "SenderIds", "SenderIdArn"
        by_arn = {"SenderIds": [{"SenderId": arn, "IsoCountryCode": "GB"}]}
    else:
        created = owner.create_opt_out_list(OptOutListName="Quiet")
        arn, describe, result, key = (
            created["OptOutListArn"],
            "describe_opt_out_lists",
            "OptOutLists",
            "OptOutListArn",
        )
        by_arn = {"OptOutListNames": [arn]}
    assert getattr(grantee, describe)(Owner="SHARED")[result] == []
    share(owner, arn, GRANTEE)
    assert [item[key] for item in getattr(grantee, describe)(Owner="SHARED")[result]] == [arn]
    assert [item[key] for item in getattr(grantee, describe)(**by_arn)[result]] == [arn]
    assert arn not in [item[key] for item in getattr(grantee, describe)()[result]]


def test_a_shared_opt_out_list_can_be_read_but_not_written(owner: Any, grantee: Any) -> None:
    created = owner.create_opt_out_list(OptOutListName="Quiet")
    owner.put_opted_out_number(OptOutListName="Quiet", OptedOutNumber="+12065550100")
    share(owner, created["OptOutListArn"], GRANTEE)
    read = grantee.describe_opted_out_numbers(OptOutListName=created["OptOutListArn"])
    assert [entry["OptedOutNumber"] for entry in read["OptedOutNumbers"]] == ["+12065550100"]
    response = client_error(
        grantee.put_opted_out_number, OptOutListName=created["OptOutListArn"], OptedOutNumber="+12065550101"
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
    )


def test_an_explicit_deny_wins_over_an_allow(owner: Any, grantee: Any) -> None:
    pool = new_pool(owner)
    document = {
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": "*"},
                "Action": "sms-voice:*",
                "Resource": pool["PoolArn"],
            },
            {"Effect": "Deny", "Principal": {"AWS": GRANTEE}, "Action": "sms-voice:*", "Resource": "*"},
        ]
    }
    owner.put_resource_policy(ResourceArn=pool["PoolArn"], Policy=json.dumps(document))
    assert grantee.describe_pools(Owner="SHARED")["Pools"] == []
    assert ids(client_of(STRANGER).describe_pools(Owner="SHARED")["Pools"]) == [pool["PoolId"]]
    document["Statement"][1]["Principal"] = "*"
    owner.put_resource_policy(ResourceArn=pool["PoolArn"], Policy=json.dumps(document))
    assert client_of(STRANGER).describe_pools(Owner="SHARED")["Pools"] == []


def test_a_policy_nested_too_deep_is_refused(owner: Any) -> None:
    pool = new_pool(owner)
    response = client_error(
        owner.put_resource_policy, ResourceArn=pool["PoolArn"], Policy="[" * 3000 + "]" * 3000
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")


@pytest.mark.parametrize(
    ("kind", "call"),
    [
        ("phone-number", "update_phone_number"),
        ("phone-number", "release_phone_number"),
        ("phone-number", "create_pool"),
        ("sender-id", "update_sender_id"),
        ("sender-id", "release_sender_id"),
        ("sender-id", "create_pool"),
    ],
)
def test_a_shared_identity_is_read_only_for_the_grantee(
    owner: Any, grantee: Any, kind: str, call: str
) -> None:
    if kind == "phone-number":
        created = owner.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )
        arn = created["PhoneNumberArn"]
        arguments: dict[str, Any] = {"PhoneNumberId": arn}
    else:
        arn = owner.request_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderIdArn"]
        arguments = {"SenderId": arn, "IsoCountryCode": "GB"}
    share(owner, arn, GRANTEE)
    if call == "create_pool":
        arguments = {"OriginationIdentity": arn, "MessageType": "TRANSACTIONAL", "IsoCountryCode": "US"}
        if kind == "sender-id":
            arguments["IsoCountryCode"] = "GB"
    response = client_error(getattr(grantee, call), **arguments)
    assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", kind)
    owned = owner.describe_phone_numbers() if kind == "phone-number" else owner.describe_sender_ids()
    assert len(owned["PhoneNumbers" if kind == "phone-number" else "SenderIds"]) == 1  # still the owner's


def test_the_grantee_cannot_change_a_shared_pools_membership(owner: Any, grantee: Any) -> None:
    pool = new_pool(owner)
    share(owner, pool["PoolArn"], GRANTEE)
    [member] = owner.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    own_number = grantee.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    for call, identity in (
        (grantee.associate_origination_identity, own_number["PhoneNumberId"]),
        (grantee.disassociate_origination_identity, member["OriginationIdentityArn"]),
    ):
        response = client_error(call, PoolId=pool["PoolArn"], OriginationIdentity=identity)
        assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", "pool")
    listed = owner.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    assert listed == [member]


def test_a_shared_number_needs_its_full_arn(owner: Any, grantee: Any) -> None:
    created = owner.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    share(owner, created["PhoneNumberArn"], GRANTEE)
    response = client_error(grantee.describe_phone_numbers, PhoneNumberIds=[created["PhoneNumberId"]])
    assert (response["ResourceType"], response["ResourceId"]) == ("phone-number", created["PhoneNumberId"])
