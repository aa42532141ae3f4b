"""Sender IDs: RequestSenderId, DescribeSenderIds, UpdateSenderId and ReleaseSenderId."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake.service_model import enum_values, output_shape

from .helpers import client_error

ACCOUNT = "123456789012"


def arn(sender_id: str, country: str, region: str = "us-east-1", account: str = ACCOUNT) -> str:
    return f"arn:aws:sms-voice:{region}:{account}:sender-id/{sender_id}/{country}"


def keys(response: dict[str, Any]) -> list[str]:
    return [f"{item['SenderId']}/{item['IsoCountryCode']}" for item in response["SenderIds"]]


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


# -- RequestSenderId --------------------------------------------------------------------------------------


def test_a_requested_sender_id_answers_its_tags_and_settings(pinpoint_client: Any) -> None:
    tags = [{"Key": "team", "Value": "sms"}, {"Key": "env", "Value": "test"}]
    sender = pinpoint_client.request_sender_id(
        SenderId="ACME",
        IsoCountryCode="GB",
        MessageTypes=["PROMOTIONAL"],
        DeletionProtectionEnabled=True,
        Tags=tags,
    )
    assert without_metadata(sender) == {
        "SenderIdArn": arn("ACME", "GB"),
        "SenderId": "ACME",
        "IsoCountryCode": "GB",
        "MessageTypes": ["PROMOTIONAL"],
        "MonthlyLeasingPrice": "0.00",
        "DeletionProtectionEnabled": True,
        "Registered": False,
        "Tags": tags,
    }
    assert pinpoint_client.list_tags_for_resource(ResourceArn=sender["SenderIdArn"])["Tags"] == tags


def test_the_same_sender_id_twice_in_a_country_already_exists(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB", Tags=[{"Key": "a", "Value": "1"}])
    response = client_error(
        pinpoint_client.request_sender_id,
        SenderId="ACME",
        IsoCountryCode="GB",
        MessageTypes=["TRANSACTIONAL"],
    )
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "sender-id",
    )
    assert response["ResourceId"] == arn("ACME", "GB")  # as every other sender-ID conflict names it
    (kept,) = pinpoint_client.describe_sender_ids()["SenderIds"]
    assert kept["MessageTypes"] == ["TRANSACTIONAL", "PROMOTIONAL"]
    assert pinpoint_client.list_tags_for_resource(ResourceArn=arn("ACME", "GB"))["Tags"] == [
        {"Key": "a", "Value": "1"}
    ]


def test_sender_ids_differ_by_case(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.request_sender_id(SenderId="Acme", IsoCountryCode="GB")
    assert keys(pinpoint_client.describe_sender_ids()) == ["ACME/GB", "Acme/GB"]


# -- DescribeSenderIds ------------------------------------------------------------------------------------


def test_no_arguments_returns_every_sender_id_in_request_order(pinpoint_client: Any) -> None:
    for sender_id, country in (("ZED", "GB"), ("ACME", "FR"), ("ACME", "GB")):
        pinpoint_client.request_sender_id(SenderId=sender_id, IsoCountryCode=country)
    assert keys(pinpoint_client.describe_sender_ids()) == ["ZED/GB", "ACME/FR", "ACME/GB"]


def test_a_described_sender_id_has_the_members_of_its_shape(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB", Tags=[])
    (described,) = pinpoint_client.describe_sender_ids(
        SenderIds=[{"SenderId": "ACME", "IsoCountryCode": "GB"}]
    )["SenderIds"]
    # DescribeSenderIds also answers MessagingLimits and PricingTier (botocore >= 1.44), RequestSenderId not
    assert {
        key: value for key, value in described.items() if key not in ("MessagingLimits", "PricingTier")
    } == {key: value for key, value in without_metadata(sender).items() if key != "Tags"}


def test_sender_ids_are_named_by_id_and_country_or_by_arn(pinpoint_client: Any) -> None:
    for sender_id, country in (("ACME", "GB"), ("ACME", "FR"), ("ZED", "GB"), ("ZED", "DE")):
        pinpoint_client.request_sender_id(SenderId=sender_id, IsoCountryCode=country)
    response = pinpoint_client.describe_sender_ids(
        SenderIds=[
            {"SenderId": arn("ZED", "DE"), "IsoCountryCode": "DE"},
            {"SenderId": "ACME", "IsoCountryCode": "GB"},
            {"SenderId": arn("ACME", "GB"), "IsoCountryCode": "GB"},
        ]
    )
    assert keys(response) == ["ACME/GB", "ZED/DE"]


def test_an_arn_of_another_country_than_given_is_a_mismatch(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    response = client_error(
        pinpoint_client.describe_sender_ids,
        SenderIds=[
            {"SenderId": "ACME", "IsoCountryCode": "FR"},
            {"SenderId": arn("ACME", "GB"), "IsoCountryCode": "FR"},
        ],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "COUNTRY_CODE_MISMATCH")
    assert [field["Name"] for field in response["Fields"]] == ["SenderIds[1].IsoCountryCode"]


@pytest.mark.parametrize(
    "unknown",
    [
        {"SenderId": "NOPE", "IsoCountryCode": "GB"},
        {"SenderId": "ACME", "IsoCountryCode": "DE"},  # known, but not in this country
        {"SenderId": arn("NOPE", "GB"), "IsoCountryCode": "GB"},
        {"SenderId": arn("ACME", "GB", region="us-west-2"), "IsoCountryCode": "GB"},
        {"SenderId": arn("ACME", "GB", account="210987654321"), "IsoCountryCode": "GB"},
    ],
    ids=["unknown-id", "other-country", "unknown-arn", "other-region", "other-account"],
)
def test_an_unknown_sender_id_fails_the_whole_call(pinpoint_client: Any, unknown: dict[str, str]) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    response = client_error(
        pinpoint_client.describe_sender_ids,
        SenderIds=[{"SenderId": "ACME", "IsoCountryCode": "GB"}, unknown],
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "sender-id",
        unknown["SenderId"],
    )


def test_a_pool_arn_is_not_a_sender_id_arn(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()
    response = client_error(
        pinpoint_client.describe_sender_ids, SenderIds=[{"SenderId": pool.pool_arn, "IsoCountryCode": "GB"}]
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert response["Fields"][0]["Name"] == "SenderIds[0].SenderId"


def test_owner_with_sender_ids_is_rejected(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    response = client_error(
        pinpoint_client.describe_sender_ids,
        Owner="SELF",
        SenderIds=[{"SenderId": "ACME", "IsoCountryCode": "GB"}],
    )
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    )
    assert [field["Name"] for field in response["Fields"]] == ["Owner", "SenderIds"]


def test_owner_self_returns_the_accounts_sender_ids_and_shared_none(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    assert keys(pinpoint_client.describe_sender_ids(Owner="SELF")) == ["ACME/GB"]
    assert pinpoint_client.describe_sender_ids(Owner="SHARED")["SenderIds"] == []


# -- filters ----------------------------------------------------------------------------------------------


@pytest.fixture
def assorted_sender_ids(pinpoint_mock: Any) -> list[str]:
    """Sender IDs that differ in every filtered attribute, seeded straight into the registry."""
    backend = pinpoint_mock.backend()
    backend.seed_sender_id("ACME", "GB")
    backend.seed_sender_id("ACME", "FR")
    backend.seed_sender_id("TXN", "GB", message_types=["TRANSACTIONAL"])
    backend.seed_sender_id("PROMO", "GB", message_types=["PROMOTIONAL"])
    backend.seed_sender_id("SAFE", "GB", deletion_protection_enabled=True)
    backend.seed_sender_id("REG", "GB", registered=True)
    return ["ACME/GB", "ACME/FR", "TXN/GB", "PROMO/GB", "SAFE/GB", "REG/GB"]


SENDER_FILTER_CASES = [
    ("sender-id", ["ACME"], ["ACME/GB", "ACME/FR"]),
    ("sender-id", ["acme"], []),
    ("sender-id", ["TXN", "PROMO"], ["TXN/GB", "PROMO/GB"]),
    ("iso-country-code", ["FR"], ["ACME/FR"]),
    ("message-type", ["TRANSACTIONAL"], ["ACME/GB", "ACME/FR", "TXN/GB", "SAFE/GB", "REG/GB"]),
    ("message-type", ["PROMOTIONAL"], ["ACME/GB", "ACME/FR", "PROMO/GB", "SAFE/GB", "REG/GB"]),
    ("message-type", ["PROMOTIONAL", "TRANSACTIONAL"], None),
    ("deletion-protection-enabled", ["true"], ["SAFE/GB"]),
    ("registered", ["true"], ["REG/GB"]),
    ("registered", ["false"], ["ACME/GB", "ACME/FR", "TXN/GB", "PROMO/GB", "SAFE/GB"]),
]


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    SENDER_FILTER_CASES,
    ids=[f"{name}={'|'.join(values)}" for name, values, _ in SENDER_FILTER_CASES],
)
def test_each_filter_selects_exactly_its_sender_ids(
    pinpoint_client: Any,
    assorted_sender_ids: list[str],
    name: str,
    values: list[str],
    expected: list[str] | None,
) -> None:
    response = pinpoint_client.describe_sender_ids(Filters=[{"Name": name, "Values": values}])
    assert keys(response) == (assorted_sender_ids if expected is None else expected)


def test_every_sender_id_filter_name_of_the_model_is_covered() -> None:
    assert {name for name, _, _ in SENDER_FILTER_CASES} == set(enum_values("SenderIdFilterName"))


def test_sender_id_filters_and_together(pinpoint_client: Any, assorted_sender_ids: list[str]) -> None:
    response = pinpoint_client.describe_sender_ids(
        Filters=[
            {"Name": "iso-country-code", "Values": ["GB"]},
            {"Name": "message-type", "Values": ["PROMOTIONAL"]},
            {"Name": "sender-id", "Values": ["ACME", "PROMO", "TXN"]},
        ]
    )
    assert keys(response) == ["ACME/GB", "PROMO/GB"]


@pytest.mark.parametrize(("name", "value"), [("message-type", "MARKETING"), ("registered", "yes")])
def test_a_sender_id_filter_value_that_cannot_apply_is_invalid(
    pinpoint_client: Any, name: str, value: str
) -> None:
    response = client_error(
        pinpoint_client.describe_sender_ids, Filters=[{"Name": name, "Values": ["true", value]}]
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_FILTER_VALUES")
    position = 1 if name == "registered" else 0  # "true" is no message type either
    assert [field["Name"] for field in response["Fields"]] == [f"Filters[0].Values[{position}]"]


# -- paging -----------------------------------------------------------------------------------------------


def test_max_results_pages_through_every_sender_id_once(pinpoint_client: Any) -> None:
    created = [f"S{i}/GB" for i in range(5)]
    for key in created:
        pinpoint_client.request_sender_id(SenderId=key.split("/")[0], IsoCountryCode="GB")
    first = pinpoint_client.describe_sender_ids(MaxResults=3)
    second = pinpoint_client.describe_sender_ids(MaxResults=3, NextToken=first["NextToken"])
    assert (keys(first), keys(second), "NextToken" in second) == (created[:3], created[3:], False)


def test_the_paginator_returns_every_sender_id(pinpoint_client: Any, assorted_sender_ids: list[str]) -> None:
    paginator = pinpoint_client.get_paginator("describe_sender_ids")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 4}))
    assert [keys(page) for page in pages] == [assorted_sender_ids[:4], assorted_sender_ids[4:]]
    filtered = paginator.paginate(
        Filters=[{"Name": "iso-country-code", "Values": ["GB"]}], PaginationConfig={"PageSize": 1}
    ).build_full_result()
    assert keys(filtered) == [key for key in assorted_sender_ids if key.endswith("/GB")]


# -- UpdateSenderId ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("by_arn", [False, True])
def test_update_sender_id_sets_deletion_protection(pinpoint_client: Any, by_arn: bool) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    name = arn("ACME", "GB") if by_arn else "ACME"
    updated = pinpoint_client.update_sender_id(
        SenderId=name, IsoCountryCode="GB", DeletionProtectionEnabled=True
    )
    assert set(without_metadata(updated)) == set(output_shape("UpdateSenderId").members) - {"RegistrationId"}
    assert (updated["SenderIdArn"], updated["DeletionProtectionEnabled"]) == (arn("ACME", "GB"), True)
    protected = pinpoint_client.describe_sender_ids(
        Filters=[{"Name": "deletion-protection-enabled", "Values": ["true"]}]
    )
    assert keys(protected) == ["ACME/GB"]


def test_update_sender_id_without_changes_answers_the_record(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(
        SenderId="ACME", IsoCountryCode="GB", DeletionProtectionEnabled=True
    )
    updated = pinpoint_client.update_sender_id(SenderId="ACME", IsoCountryCode="GB")
    assert without_metadata(updated) == {k: v for k, v in without_metadata(sender).items() if k != "Tags"}


def test_update_sender_id_by_an_arn_of_another_country_is_a_mismatch(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    response = client_error(
        pinpoint_client.update_sender_id,
        SenderId=arn("ACME", "GB"),
        IsoCountryCode="FR",
        DeletionProtectionEnabled=True,
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "COUNTRY_CODE_MISMATCH")
    (kept,) = pinpoint_client.describe_sender_ids()["SenderIds"]
    assert kept["DeletionProtectionEnabled"] is False


@pytest.mark.parametrize("operation", ["update_sender_id", "release_sender_id"])
@pytest.mark.parametrize("name", ["ACME", arn("NOPE", "GB"), arn("ACME", "GB", region="eu-west-1")])
def test_an_unknown_sender_id_cannot_be_updated_or_released(
    pinpoint_client: Any, operation: str, name: str
) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    response = client_error(getattr(pinpoint_client, operation), SenderId=name, IsoCountryCode="GB")
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "sender-id",
        name,
    )


# -- ReleaseSenderId --------------------------------------------------------------------------------------


@pytest.mark.parametrize("by_arn", [False, True])
def test_release_answers_the_sender_id_and_it_is_gone(pinpoint_client: Any, by_arn: bool) -> None:
    sender = pinpoint_client.request_sender_id(
        SenderId="ACME", IsoCountryCode="GB", MessageTypes=["PROMOTIONAL"]
    )
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    released = pinpoint_client.release_sender_id(
        SenderId=sender["SenderIdArn"] if by_arn else "ACME", IsoCountryCode="GB"
    )
    assert without_metadata(released) == {
        "SenderIdArn": arn("ACME", "GB"),
        "SenderId": "ACME",
        "IsoCountryCode": "GB",
        "MessageTypes": ["PROMOTIONAL"],
        "MonthlyLeasingPrice": "0.00",
        "Registered": False,
    }
    response = client_error(
        pinpoint_client.describe_sender_ids, SenderIds=[{"SenderId": "ACME", "IsoCountryCode": "GB"}]
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "sender-id",
        "ACME",
    )
    assert keys(pinpoint_client.describe_sender_ids()) == ["ACME/FR"]


def test_a_released_sender_id_can_be_requested_again(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(
        SenderId="ACME", IsoCountryCode="GB", Tags=[{"Key": "old", "Value": "1"}]
    )
    pinpoint_client.release_sender_id(SenderId="ACME", IsoCountryCode="GB")
    again = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    assert (again["SenderIdArn"], again["Tags"]) == (arn("ACME", "GB"), [])
    assert pinpoint_client.list_tags_for_resource(ResourceArn=arn("ACME", "GB"))["Tags"] == []


def test_deletion_protection_blocks_release(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB", DeletionProtectionEnabled=True)
    response = client_error(pinpoint_client.release_sender_id, SenderId="ACME", IsoCountryCode="GB")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "DELETION_PROTECTION_ENABLED",
        "sender-id",
    )
    assert keys(pinpoint_client.describe_sender_ids()) == ["ACME/GB"]
    pinpoint_client.update_sender_id(SenderId="ACME", IsoCountryCode="GB", DeletionProtectionEnabled=False)
    assert pinpoint_client.release_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderId"] == "ACME"


def test_a_sender_id_in_a_pool_cannot_be_released_until_the_pool_is_deleted(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pool = pinpoint_client.create_pool(OriginationIdentity=sender["SenderIdArn"], MessageType="TRANSACTIONAL")
    response = client_error(pinpoint_client.release_sender_id, SenderId="ACME", IsoCountryCode="GB")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "SENDER_ID_ASSOCIATED_TO_POOL",
        "sender-id",
    )
    assert keys(pinpoint_client.describe_sender_ids()) == ["ACME/GB"]
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])
    assert pinpoint_client.release_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderIdArn"] == arn(
        "ACME", "GB"
    )
    assert pinpoint_client.describe_sender_ids()["SenderIds"] == []


def test_a_sender_id_in_a_pool_of_another_country_twin_can_be_released(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    fr = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    pinpoint_client.create_pool(OriginationIdentity=fr["SenderIdArn"], MessageType="TRANSACTIONAL")
    assert pinpoint_client.release_sender_id(SenderId="ACME", IsoCountryCode="GB")["IsoCountryCode"] == "GB"
    response = client_error(pinpoint_client.release_sender_id, SenderId="ACME", IsoCountryCode="FR")
    assert response["Reason"] == "SENDER_ID_ASSOCIATED_TO_POOL"


def test_a_token_is_bound_to_the_countries_of_the_sender_ids(pinpoint_client: Any) -> None:
    for country in ("GB", "FR"):
        for name in ("ACME", "BETA"):
            pinpoint_client.request_sender_id(SenderId=name, IsoCountryCode=country)

    def named(country: str) -> list[dict[str, str]]:
        return [{"SenderId": name, "IsoCountryCode": country} for name in ("ACME", "BETA")]

    token = pinpoint_client.describe_sender_ids(SenderIds=named("GB"), MaxResults=1)["NextToken"]
    response = client_error(
        pinpoint_client.describe_sender_ids, SenderIds=named("FR"), MaxResults=1, NextToken=token
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")


def test_release_checks_deletion_protection_before_pool_membership(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(
        SenderId="ACME", IsoCountryCode="GB", DeletionProtectionEnabled=True
    )
    pinpoint_client.create_pool(OriginationIdentity=sender["SenderIdArn"], MessageType="TRANSACTIONAL")
    response = client_error(pinpoint_client.release_sender_id, SenderId="ACME", IsoCountryCode="GB")
    assert response["Reason"] == "DELETION_PROTECTION_ENABLED"
