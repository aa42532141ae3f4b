"""Phone numbers: RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber and ReleasePhoneNumber."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.service_model import enum_values, input_shape, output_shape

from .helpers import MODEL_HAS_1_44, client_error, request_number

ACCOUNT = "123456789012"
CHANNEL = "arn:aws:sns:us-east-1:123456789012:inbound-sms"
ROLE = "arn:aws:iam::123456789012:role/inbound"
MARKETING_ARN = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/Marketing"


def numbers(response: dict[str, Any]) -> list[str]:
    return [number["PhoneNumberId"] for number in response["PhoneNumbers"]]


def described(client: Any, phone_number_id: str) -> dict[str, Any]:
    (number,) = client.describe_phone_numbers(PhoneNumberIds=[phone_number_id])["PhoneNumbers"]
    result: dict[str, Any] = number
    return result


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


@pytest.fixture
def pooled_number(pinpoint_client: Any, pinpoint_mock: Any) -> dict[str, Any]:
    """A number (two-way, self-managed opt-outs, list Marketing) in a pool created from it."""
    number = pinpoint_mock.backend().seed_phone_number(
        two_way_enabled=True,
        two_way_channel_arn=CHANNEL,
        two_way_channel_role=ROLE,
        self_managed_opt_outs_enabled=True,
        opt_out_list_name="Marketing",
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL"
    )
    return {"PhoneNumberId": number.phone_number_id, "PoolId": pool["PoolId"]}


# -- RequestPhoneNumber -----------------------------------------------------------------------------------


def test_tags_given_to_a_requested_number_are_answered_and_kept(pinpoint_client: Any) -> None:
    tags = [{"Key": "team", "Value": "sms"}, {"Key": "env", "Value": "test"}]
    number = request_number(pinpoint_client, Tags=tags)
    assert number["Tags"] == tags
    listed = pinpoint_client.list_tags_for_resource(ResourceArn=number["PhoneNumberArn"])
    assert listed["Tags"] == tags


def test_a_requested_number_without_tags_answers_no_tags(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    assert number["Tags"] == []
    assert "PoolId" not in number


def test_a_requested_number_answers_every_member_it_has(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, InternationalSendingEnabled=True, DeletionProtectionEnabled=True)
    assert set(without_metadata(number)) == set(output_shape("RequestPhoneNumber").members) - {
        "TwoWayChannelArn",
        "TwoWayChannelRole",
        "PoolId",
        "RegistrationId",
    }
    assert (number["PhoneNumber"], number["IsoCountryCode"], number["MonthlyLeasingPrice"]) == (
        "+12065550100",
        "US",
        "0.00",
    )
    assert (number["InternationalSendingEnabled"], number["DeletionProtectionEnabled"]) == (True, True)


def test_the_described_number_is_the_requested_one(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, NumberType="LONG_CODE", NumberCapabilities=["SMS", "VOICE"])
    expected = {
        key: value
        for key, value in without_metadata(number).items()
        if key in output_shape("DescribePhoneNumbers").members["PhoneNumbers"].member.members
    }
    answer = described(pinpoint_client, number["PhoneNumberId"])
    only_described = set(answer) - set(output_shape("RequestPhoneNumber").members)
    assert {key: value for key, value in answer.items() if key not in only_described} == expected
    assert only_described == ({"MessagingLimits", "PricingTier"} if MODEL_HAS_1_44 else set())
    assert "Tags" not in expected


def test_a_number_requested_into_a_pool_takes_the_pools_settings(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(
        two_way_enabled=True,
        two_way_channel_arn=CHANNEL,
        two_way_channel_role=ROLE,
        self_managed_opt_outs_enabled=True,
        opt_out_list_name="Marketing",
    )
    number = request_number(pinpoint_client, PoolId=pool.pool_id, Tags=[{"Key": "k", "Value": "v"}])
    settings = (
        "PoolId",
        "OptOutListName",
        "TwoWayEnabled",
        "TwoWayChannelArn",
        "TwoWayChannelRole",
        "SelfManagedOptOutsEnabled",
    )
    wanted = (pool.pool_id, "Marketing", True, CHANNEL, ROLE, True)
    assert tuple(number[key] for key in settings) == wanted
    assert tuple(described(pinpoint_client, number["PhoneNumberId"])[key] for key in settings) == wanted
    listed = pinpoint_client.list_pool_origination_identities(PoolId=pool.pool_id)["OriginationIdentities"]
    assert [identity["OriginationIdentityArn"] for identity in listed] == [number["PhoneNumberArn"]]


@pytest.mark.parametrize("list_name", ["Marketing", MARKETING_ARN])
def test_a_number_requested_into_a_pool_may_name_the_pools_list(
    pinpoint_client: Any, pinpoint_mock: Any, list_name: str
) -> None:
    pool = pinpoint_mock.backend().seed_pool(opt_out_list_name="Marketing")
    number = request_number(pinpoint_client, PoolId=pool.pool_arn, OptOutListName=list_name)
    assert (number["PoolId"], number["OptOutListName"]) == (pool.pool_id, "Marketing")


def test_a_number_requested_into_a_pool_with_another_list_conflicts(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(opt_out_list_name="Marketing")
    response = client_error(request_number, pinpoint_client, PoolId=pool.pool_id, OptOutListName="Default")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "OPT_OUT_LIST_MISMATCH",
        "pool",
    )
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == []


def test_a_number_cannot_be_requested_into_a_pool_that_is_not_active(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(status="CREATING")
    response = client_error(request_number, pinpoint_client, PoolId=pool.pool_id)
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_NOT_ACTIVE",
        pool.pool_id,
    )
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == []


# -- DescribePhoneNumbers ---------------------------------------------------------------------------------


def test_no_arguments_returns_every_number_in_request_order(pinpoint_client: Any) -> None:
    created = [request_number(pinpoint_client)["PhoneNumberId"] for _ in range(3)]
    assert numbers(pinpoint_client.describe_phone_numbers()) == created


def test_phone_number_ids_accept_ids_and_arns_in_request_order(pinpoint_client: Any) -> None:
    first, second, third = (request_number(pinpoint_client) for _ in range(3))
    response = pinpoint_client.describe_phone_numbers(
        PhoneNumberIds=[third["PhoneNumberArn"], first["PhoneNumberId"], third["PhoneNumberId"]]
    )
    assert numbers(response) == [first["PhoneNumberId"], third["PhoneNumberId"]]
    assert second["PhoneNumberId"] not in numbers(response)


@pytest.mark.parametrize(
    "unknown",
    [
        "phone-00000000000000000000000000000000",
        f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:phone-number/phone-00000000000000000000000000000000",
    ],
)
def test_an_unknown_number_fails_the_whole_call(pinpoint_client: Any, unknown: str) -> None:
    number = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.describe_phone_numbers, PhoneNumberIds=[number["PhoneNumberId"], unknown]
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        unknown,
    )


@pytest.mark.parametrize(("region", "account"), [("us-west-2", ACCOUNT), ("us-east-1", "210987654321")])
def test_a_number_arn_of_another_region_or_account_is_not_found(
    pinpoint_client: Any, pinpoint_mock: Any, region: str, account: str
) -> None:
    foreign = pinpoint_mock.backend(region, account_id=account).seed_phone_number()
    response = client_error(pinpoint_client.describe_phone_numbers, PhoneNumberIds=[foreign.phone_number_arn])
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        foreign.phone_number_arn,
    )


def test_a_pool_arn_is_not_a_phone_number_arn(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()
    response = client_error(pinpoint_client.describe_phone_numbers, PhoneNumberIds=[pool.pool_arn])
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert response["Fields"][0]["Name"] == "PhoneNumberIds[0]"


def test_owner_with_phone_number_ids_is_rejected(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.describe_phone_numbers, Owner="SELF", PhoneNumberIds=[number["PhoneNumberId"]]
    )
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    )
    assert [field["Name"] for field in response["Fields"]] == ["Owner", "PhoneNumberIds"]


def test_owner_self_returns_the_accounts_numbers_and_shared_none_of_them(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    assert numbers(pinpoint_client.describe_phone_numbers(Owner="SELF")) == [number["PhoneNumberId"]]
    assert pinpoint_client.describe_phone_numbers(Owner="SHARED")["PhoneNumbers"] == []


def test_other_accounts_and_regions_numbers_are_not_listed(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend("us-west-2").seed_phone_number()
    pinpoint_mock.backend(account_id="210987654321").seed_phone_number()
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == []


# -- filters ----------------------------------------------------------------------------------------------


@pytest.fixture
def assorted_numbers(pinpoint_mock: Any) -> dict[str, str]:
    """Numbers that differ in every filtered attribute, seeded straight into the registry."""
    backend = pinpoint_mock.backend()
    return {
        "plain": backend.seed_phone_number().phone_number_id,
        "pending": backend.seed_phone_number(status="PENDING").phone_number_id,
        "british": backend.seed_phone_number(iso_country_code="GB").phone_number_id,
        "promotional": backend.seed_phone_number(
            message_type="PROMOTIONAL", number_type="LONG_CODE"
        ).phone_number_id,
        "voice": backend.seed_phone_number(number_capabilities=["SMS", "VOICE"]).phone_number_id,
        "mms": backend.seed_phone_number(number_capabilities=["MMS"]).phone_number_id,
        "toll_free": backend.seed_phone_number(number_type="TOLL_FREE").phone_number_id,
        "two_way": backend.seed_phone_number(
            two_way_enabled=True, two_way_channel_arn=CHANNEL
        ).phone_number_id,
        "self_managed": backend.seed_phone_number(self_managed_opt_outs_enabled=True).phone_number_id,
        "own_list": backend.seed_phone_number(opt_out_list_name="Marketing").phone_number_id,
        "protected": backend.seed_phone_number(deletion_protection_enabled=True).phone_number_id,
    }


EVERY = ["plain", "pending", "british", "promotional", "voice", "mms", "toll_free", "two_way"]
EVERY += ["self_managed", "own_list", "protected"]

FILTER_CASES = [
    ("status", ["PENDING"], ["pending"]),
    ("status", ["PENDING", "ACTIVE"], EVERY),
    ("status", ["DELETED"], []),
    ("iso-country-code", ["GB"], ["british"]),
    ("iso-country-code", ["GB", "US"], EVERY),
    ("message-type", ["PROMOTIONAL"], ["promotional"]),
    ("number-capability", ["VOICE"], ["voice"]),
    ("number-capability", ["MMS", "VOICE"], ["voice", "mms"]),
    ("number-capability", ["SMS"], [key for key in EVERY if key != "mms"]),
    ("number-capability", ["RCS"], []),
    ("number-type", ["TOLL_FREE"], ["toll_free"]),
    ("number-type", ["LONG_CODE", "TOLL_FREE"], ["promotional", "toll_free"]),
    ("two-way-enabled", ["true"], ["two_way"]),
    ("self-managed-opt-outs-enabled", ["true"], ["self_managed"]),
    ("opt-out-list-name", ["Marketing"], ["own_list"]),
    ("deletion-protection-enabled", ["true"], ["protected"]),
    ("deletion-protection-enabled", ["false"], [key for key in EVERY if key != "protected"]),
    ("two-way-channel-arn", [CHANNEL], ["two_way"]),
]


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    FILTER_CASES,
    ids=[f"{name}={'|'.join(values)}" for name, values, _ in FILTER_CASES],
)
def test_each_filter_selects_exactly_its_numbers(
    pinpoint_client: Any,
    assorted_numbers: dict[str, str],
    name: str,
    values: list[str],
    expected: list[str],
) -> None:
    response = pinpoint_client.describe_phone_numbers(Filters=[{"Name": name, "Values": values}])
    assert numbers(response) == [assorted_numbers[key] for key in expected]


def test_every_phone_number_filter_name_of_the_model_is_covered() -> None:
    covered = {name for name, _, _ in FILTER_CASES}
    assert covered == set(enum_values("PhoneNumberFilterName"))


def test_the_country_filter_compares_exactly(pinpoint_client: Any, assorted_numbers: dict[str, str]) -> None:
    response = pinpoint_client.describe_phone_numbers(
        Filters=[{"Name": "iso-country-code", "Values": ["gb"]}]
    )
    assert response["PhoneNumbers"] == []


def test_number_filters_and_together(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_phone_number(number_capabilities=["SMS", "VOICE"])
    wanted = backend.seed_phone_number(number_capabilities=["SMS", "VOICE"], iso_country_code="GB")
    backend.seed_phone_number(iso_country_code="GB")
    response = pinpoint_client.describe_phone_numbers(
        Filters=[
            {"Name": "number-capability", "Values": ["VOICE"]},
            {"Name": "iso-country-code", "Values": ["GB"]},
        ]
    )
    assert numbers(response) == [wanted.phone_number_id]


def test_phone_number_ids_and_filters_intersect(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    pending = backend.seed_phone_number(status="PENDING")
    active = backend.seed_phone_number()
    backend.seed_phone_number(status="PENDING")
    response = pinpoint_client.describe_phone_numbers(
        PhoneNumberIds=[active.phone_number_id, pending.phone_number_arn],
        Filters=[{"Name": "status", "Values": ["PENDING"]}],
    )
    assert numbers(response) == [pending.phone_number_id]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("number-capability", "FAX"),
        ("number-capability", "sms"),
        ("number-type", "SHORT"),
        ("status", "active"),
        ("message-type", "MARKETING"),
        ("two-way-enabled", "yes"),
    ],
)
def test_a_number_filter_value_that_cannot_apply_is_invalid(
    pinpoint_client: Any, name: str, value: str
) -> None:
    response = client_error(
        pinpoint_client.describe_phone_numbers, Filters=[{"Name": name, "Values": [value]}]
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_FILTER_VALUES")
    assert [field["Name"] for field in response["Fields"]] == ["Filters[0].Values[0]"]


# -- paging -----------------------------------------------------------------------------------------------


def test_max_results_pages_through_every_number_once(pinpoint_client: Any) -> None:
    created = [request_number(pinpoint_client)["PhoneNumberId"] for _ in range(5)]
    pages, token = [], None
    while True:
        extra = {"NextToken": token} if token else {}
        response = pinpoint_client.describe_phone_numbers(MaxResults=2, **extra)
        pages.append(numbers(response))
        token = response.get("NextToken")
        if token is None:
            break
    assert pages == [created[0:2], created[2:4], created[4:5]]


def test_a_page_that_holds_the_rest_exactly_has_no_next_token(pinpoint_client: Any) -> None:
    created = [request_number(pinpoint_client)["PhoneNumberId"] for _ in range(2)]
    response = pinpoint_client.describe_phone_numbers(MaxResults=2)
    assert (numbers(response), "NextToken" in response) == (created, False)


def test_the_paginator_returns_every_number_with_its_filter(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    voice = [
        backend.seed_phone_number(number_capabilities=["VOICE"] if i % 2 else ["SMS"]).phone_number_id
        for i in range(7)
    ][1::2]
    paginator = pinpoint_client.get_paginator("describe_phone_numbers")
    pages = list(
        paginator.paginate(
            Filters=[{"Name": "number-capability", "Values": ["VOICE"]}], PaginationConfig={"PageSize": 2}
        )
    )
    assert [numbers(page) for page in pages] == [voice[0:2], voice[2:3]]
    full = paginator.paginate(PaginationConfig={"PageSize": 3}).build_full_result()
    assert len(full["PhoneNumbers"]) == 7


def test_a_token_of_another_filter_is_invalid(pinpoint_client: Any) -> None:
    for _ in range(3):
        request_number(pinpoint_client)
    token = pinpoint_client.describe_phone_numbers(MaxResults=1)["NextToken"]
    response = client_error(
        pinpoint_client.describe_phone_numbers,
        NextToken=token,
        Filters=[{"Name": "status", "Values": ["ACTIVE"]}],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")


# -- UpdatePhoneNumber ------------------------------------------------------------------------------------


UPDATES = [
    ("TwoWayEnabled", True, True),
    ("TwoWayChannelArn", CHANNEL, CHANNEL),
    ("TwoWayChannelRole", ROLE, ROLE),
    ("SelfManagedOptOutsEnabled", True, True),
    ("OptOutListName", "Marketing", "Marketing"),
    ("OptOutListName", MARKETING_ARN, "Marketing"),
    ("InternationalSendingEnabled", True, True),
    ("DeletionProtectionEnabled", True, True),
]


@pytest.mark.parametrize(("member", "value", "stored"), UPDATES)
def test_update_phone_number_changes_only_the_member_given(
    pinpoint_client: Any, member: str, value: Any, stored: Any
) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    number = request_number(pinpoint_client)
    before = described(pinpoint_client, number["PhoneNumberId"])
    updated = pinpoint_client.update_phone_number(PhoneNumberId=number["PhoneNumberId"], **{member: value})
    assert updated[member] == stored
    after = described(pinpoint_client, number["PhoneNumberId"])
    assert after == {**before, member: stored}
    assert without_metadata(updated) == {
        key: value for key, value in after.items() if key in output_shape("UpdatePhoneNumber").members
    }


def test_every_update_member_is_covered() -> None:
    covered = {member for member, _, _ in UPDATES}
    assert covered == set(input_shape("UpdatePhoneNumber").members) - {"PhoneNumberId"}


def test_update_phone_number_accepts_the_numbers_arn(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    updated = pinpoint_client.update_phone_number(
        PhoneNumberId=number["PhoneNumberArn"], DeletionProtectionEnabled=True
    )
    assert (updated["PhoneNumberId"], updated["DeletionProtectionEnabled"]) == (number["PhoneNumberId"], True)


def test_update_phone_number_can_turn_a_setting_off_again(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, DeletionProtectionEnabled=True)
    pinpoint_client.update_phone_number(PhoneNumberId=number["PhoneNumberId"], TwoWayEnabled=True)
    updated = pinpoint_client.update_phone_number(
        PhoneNumberId=number["PhoneNumberId"], TwoWayEnabled=False, DeletionProtectionEnabled=False
    )
    assert (updated["TwoWayEnabled"], updated["DeletionProtectionEnabled"]) == (False, False)


@pytest.mark.parametrize("unknown", ["Nope", f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/Nope"])
def test_update_phone_number_with_an_unknown_list_is_not_found(pinpoint_client: Any, unknown: str) -> None:
    number = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.update_phone_number, PhoneNumberId=number["PhoneNumberId"], OptOutListName=unknown
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        unknown,
    )
    assert described(pinpoint_client, number["PhoneNumberId"])["OptOutListName"] == "Default"


def test_update_phone_number_of_an_unknown_number_is_not_found(pinpoint_client: Any) -> None:
    unknown = "phone-00000000000000000000000000000000"
    response = client_error(pinpoint_client.update_phone_number, PhoneNumberId=unknown, TwoWayEnabled=True)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        unknown,
    )


def test_a_number_that_is_not_active_cannot_be_updated(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    number = pinpoint_mock.backend().seed_phone_number(status="PENDING")
    response = client_error(
        pinpoint_client.update_phone_number, PhoneNumberId=number.phone_number_id, TwoWayEnabled=True
    )
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_NOT_ACTIVE",
        number.phone_number_id,
    )


@pytest.mark.parametrize(
    ("member", "value"),
    [
        ("TwoWayEnabled", False),
        ("TwoWayEnabled", True),  # the pool's own value
        ("TwoWayChannelArn", "arn:aws:sns:us-east-1:123456789012:other-topic"),
        ("TwoWayChannelRole", ROLE),
        ("SelfManagedOptOutsEnabled", False),
        ("OptOutListName", "Default"),
        ("OptOutListName", MARKETING_ARN),
        ("DeletionProtectionEnabled", True),
        ("InternationalSendingEnabled", True),
    ],
)
def test_a_pooled_number_cannot_be_updated(
    pinpoint_client: Any, pooled_number: dict[str, Any], member: str, value: Any
) -> None:
    """The model documents it: "If the origination phone number is associated with a pool, an error is
    returned." Even a member the number does not share with its pool, even the value it already has."""
    before = described(pinpoint_client, pooled_number["PhoneNumberId"])
    response = client_error(
        pinpoint_client.update_phone_number, PhoneNumberId=pooled_number["PhoneNumberId"], **{member: value}
    )
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == (
        "ConflictException",
        "PHONE_NUMBER_ASSOCIATED_TO_POOL",
        "phone-number",
        pooled_number["PhoneNumberId"],
    )
    assert described(pinpoint_client, pooled_number["PhoneNumberId"]) == before


def test_a_number_out_of_its_pool_can_be_updated_again(
    pinpoint_client: Any, pooled_number: dict[str, Any]
) -> None:
    pool_id, number_id = pooled_number["PoolId"], pooled_number["PhoneNumberId"]
    pinpoint_client.request_sender_id(SenderId="KEEPER", IsoCountryCode="GB")
    pinpoint_client.associate_origination_identity(
        PoolId=pool_id, OriginationIdentity="KEEPER", IsoCountryCode="GB"
    )  # so that the number is not the pool's last identity
    pinpoint_client.disassociate_origination_identity(PoolId=pool_id, OriginationIdentity=number_id)
    updated = pinpoint_client.update_phone_number(PhoneNumberId=number_id, DeletionProtectionEnabled=True)
    assert (updated["DeletionProtectionEnabled"], "PoolId" in updated) == (True, False)


# -- ReleasePhoneNumber -----------------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["PhoneNumberId", "PhoneNumberArn"])
def test_release_answers_deleted_and_the_number_is_gone(pinpoint_client: Any, by: str) -> None:
    number = request_number(pinpoint_client)
    kept = request_number(pinpoint_client)
    released = pinpoint_client.release_phone_number(PhoneNumberId=number[by])
    assert set(without_metadata(released)) == set(output_shape("ReleasePhoneNumber").members) - {
        "TwoWayChannelArn",
        "TwoWayChannelRole",
        "RegistrationId",
    }
    assert (released["PhoneNumberId"], released["PhoneNumber"], released["Status"]) == (
        number["PhoneNumberId"],
        number["PhoneNumber"],
        "DELETED",
    )
    response = client_error(pinpoint_client.describe_phone_numbers, PhoneNumberIds=[number["PhoneNumberId"]])
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        number["PhoneNumberId"],
    )
    assert numbers(pinpoint_client.describe_phone_numbers()) == [kept["PhoneNumberId"]]


def test_a_released_number_cannot_be_released_or_updated_again(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    pinpoint_client.release_phone_number(PhoneNumberId=number["PhoneNumberId"])
    for call, extra in (
        (pinpoint_client.release_phone_number, {}),
        (pinpoint_client.update_phone_number, {"TwoWayEnabled": True}),
    ):
        response = client_error(call, PhoneNumberId=number["PhoneNumberId"], **extra)
        assert (response["Error"]["Code"], response["ResourceType"]) == (
            "ResourceNotFoundException",
            "phone-number",
        )


def test_deletion_protection_blocks_release(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, DeletionProtectionEnabled=True)
    response = client_error(pinpoint_client.release_phone_number, PhoneNumberId=number["PhoneNumberId"])
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == ("ConflictException", "DELETION_PROTECTION_ENABLED", "phone-number", number["PhoneNumberId"])
    assert numbers(pinpoint_client.describe_phone_numbers()) == [number["PhoneNumberId"]]
    pinpoint_client.update_phone_number(
        PhoneNumberId=number["PhoneNumberId"], DeletionProtectionEnabled=False
    )
    assert pinpoint_client.release_phone_number(PhoneNumberId=number["PhoneNumberId"])["Status"] == "DELETED"


def test_a_number_in_a_pool_cannot_be_released_until_the_pool_is_deleted(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    response = client_error(pinpoint_client.release_phone_number, PhoneNumberId=number["PhoneNumberId"])
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == ("ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL", "phone-number", number["PhoneNumberId"])
    assert described(pinpoint_client, number["PhoneNumberId"])["PoolId"] == pool["PoolId"]
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])
    assert "PoolId" not in described(pinpoint_client, number["PhoneNumberId"])
    released = pinpoint_client.release_phone_number(PhoneNumberId=number["PhoneNumberId"])
    assert (released["Status"], pinpoint_client.describe_phone_numbers()["PhoneNumbers"]) == ("DELETED", [])


def test_release_of_an_unknown_number_is_not_found(pinpoint_client: Any) -> None:
    unknown = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:phone-number/phone-00000000000000000000000000000000"
    response = client_error(pinpoint_client.release_phone_number, PhoneNumberId=unknown)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        unknown,
    )


def test_an_empty_id_list_with_owner_counts_as_absent(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    response = pinpoint_client.describe_phone_numbers(Owner="SELF", PhoneNumberIds=[])
    assert numbers(response) == [number["PhoneNumberId"]]


def test_a_refused_request_leases_no_number(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()  # TRANSACTIONAL
    response = client_error(
        request_number,
        pinpoint_client,
        MessageType="PROMOTIONAL",
        NumberType="LONG_CODE",
        PoolId=pool.pool_id,
    )
    assert response["Reason"] == "MESSAGE_TYPE_MISMATCH"
    assert request_number(pinpoint_client)["PhoneNumber"] == "+12065550100"


# -- one owner per number -------------------------------------------------------------------------------


def test_a_number_is_never_leased_twice_in_the_registry(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    seeded = pinpoint_mock.backend().seed_phone_number(phone_number="+12065550100")
    elsewhere = new_client("eu-west-1")
    numbers = [
        seeded.phone_number,
        request_number(pinpoint_client)["PhoneNumber"],
        request_number(elsewhere)["PhoneNumber"],
        pinpoint_mock.backend("us-east-1", "210987654321").seed_phone_number().phone_number,
    ]
    assert numbers == ["+12065550100", "+12065550101", "+12065550102", "+12065550103"]


def test_seeding_a_number_someone_holds_is_a_value_error(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    taken = request_number(pinpoint_client)["PhoneNumber"]
    with pytest.raises(ValueError, match="already"):
        pinpoint_mock.backend("eu-west-1").seed_phone_number(phone_number=taken)


def test_a_refused_seed_leases_no_number(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    with pytest.raises(ValueError, match="colour"):
        pinpoint_mock.backend().seed_phone_number(colour="blue")
    assert request_number(pinpoint_client)["PhoneNumber"] == "+12065550100"


def test_a_released_number_may_be_leased_again(pinpoint_client: Any) -> None:
    first = request_number(pinpoint_client)
    pinpoint_client.release_phone_number(PhoneNumberId=first["PhoneNumberId"])
    second = request_number(pinpoint_client)
    assert second["PhoneNumber"] == "+12065550101"  # this backend's leases go on in order
    assert request_number(new_client("eu-west-1"))["PhoneNumber"] == "+12065550100"  # free again


def test_release_checks_deletion_protection_before_pool_membership(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    number = pinpoint_mock.backend().seed_phone_number(deletion_protection_enabled=True)
    pinpoint_client.create_pool(OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL")
    response = client_error(pinpoint_client.release_phone_number, PhoneNumberId=number.phone_number_id)
    assert response["Reason"] == "DELETION_PROTECTION_ENABLED"
