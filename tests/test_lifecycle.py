"""RequestPhoneNumber, RequestSenderId, CreatePool, UpdatePool and DeletePool: what feeds DescribePools."""

from __future__ import annotations

import re
from typing import Any

import pytest

from pinpoint_fake.service_model import operation_model

from .helpers import client_error, ids, new_pool, request_number

PHONE_ID = re.compile(r"phone-[0-9a-f]{32}")


def members(response: dict[str, Any]) -> set[str]:
    return set(response) - {"ResponseMetadata"}


# -- RequestPhoneNumber / RequestSenderId -------------------------------------------------------------


def test_a_requested_number_is_active_with_the_documented_defaults(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, NumberType="LONG_CODE", NumberCapabilities=["SMS", "VOICE"])
    assert PHONE_ID.fullmatch(number["PhoneNumberId"])
    assert number["PhoneNumberArn"] == (
        f"arn:aws:sms-voice:us-east-1:123456789012:phone-number/{number['PhoneNumberId']}"
    )
    assert re.fullmatch(r"\+1\d{10}", number["PhoneNumber"])
    assert {key: number[key] for key in ("Status", "OptOutListName", "NumberCapabilities", "NumberType")} == {
        "Status": "ACTIVE",
        "OptOutListName": "Default",
        "NumberCapabilities": ["SMS", "VOICE"],
        "NumberType": "LONG_CODE",
    }
    assert (
        number["TwoWayEnabled"],
        number["SelfManagedOptOutsEnabled"],
        number["DeletionProtectionEnabled"],
    ) == (
        False,
        False,
        False,
    )


def test_each_requested_number_is_different(pinpoint_client: Any) -> None:
    numbers = {request_number(pinpoint_client)["PhoneNumber"] for _ in range(3)}
    assert len(numbers) == 3


def test_a_simulator_number_for_promotional_messages_is_not_found(pinpoint_client: Any) -> None:
    response = client_error(request_number, pinpoint_client, MessageType="PROMOTIONAL")
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "phone-number",
    )


def test_a_number_in_a_country_without_a_range_is_an_invalid_parameter(pinpoint_client: Any) -> None:
    response = client_error(request_number, pinpoint_client, IsoCountryCode="AQ")
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert response["Fields"][0]["Name"] == "IsoCountryCode"


@pytest.mark.parametrize(
    ("overrides", "resource_type"),
    [
        ({"OptOutListName": "NoSuchList"}, "opt-out-list"),
        ({"PoolId": "pool-00000000000000000000000000000000"}, "pool"),
        ({"RegistrationId": "registration-0123"}, "registration"),
    ],
)
def test_a_number_that_names_what_does_not_exist_is_not_found(
    pinpoint_client: Any, overrides: dict[str, str], resource_type: str
) -> None:
    response = client_error(request_number, pinpoint_client, **overrides)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        resource_type,
        next(iter(overrides.values())),
    )


def test_the_default_opt_out_list_is_accepted_by_name_and_by_arn(pinpoint_client: Any) -> None:
    arn = "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default"
    assert request_number(pinpoint_client, OptOutListName=arn)["OptOutListName"] == "Default"
    assert request_number(pinpoint_client, OptOutListName="Default")["OptOutListName"] == "Default"


def test_a_number_requested_into_a_pool_joins_it(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    number = request_number(pinpoint_client, PoolId=pool["PoolArn"])
    assert number["PoolId"] == pool["PoolId"]
    listed = pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    assert listed[-1]["OriginationIdentityArn"] == number["PhoneNumberArn"]
    assert len(listed) == 2


def test_a_number_of_another_message_type_cannot_join_a_pool(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    response = client_error(
        request_number,
        pinpoint_client,
        MessageType="PROMOTIONAL",
        NumberType="LONG_CODE",
        PoolId=pool["PoolId"],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "MESSAGE_TYPE_MISMATCH")


def test_a_requested_sender_id_has_every_required_member(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    assert {key: value for key, value in sender.items() if key != "ResponseMetadata"} == {
        "SenderIdArn": "arn:aws:sms-voice:us-east-1:123456789012:sender-id/ACME/GB",
        "SenderId": "ACME",
        "IsoCountryCode": "GB",
        "MessageTypes": ["TRANSACTIONAL", "PROMOTIONAL"],
        "MonthlyLeasingPrice": "0.00",
        "DeletionProtectionEnabled": False,
        "Registered": False,
        "Tags": [],
    }


def test_the_same_sender_id_twice_in_one_country_already_exists(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    response = client_error(pinpoint_client.request_sender_id, SenderId="ACME", IsoCountryCode="GB")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "sender-id",
    )
    assert pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")["IsoCountryCode"] == "FR"


# -- CreatePool -----------------------------------------------------------------------------------------


def test_create_pool_answers_exactly_the_members_of_its_output_shape(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client, Tags=[{"Key": "team", "Value": "sms"}], DeletionProtectionEnabled=True)
    modeled = set(operation_model("CreatePool").output_shape.members)
    assert members(pool) == modeled - {"TwoWayChannelArn", "TwoWayChannelRole"}
    assert (pool["Status"], pool["DeletionProtectionEnabled"], pool["Tags"]) == (
        "ACTIVE",
        True,
        [{"Key": "team", "Value": "sms"}],
    )


@pytest.mark.parametrize("by", ["PhoneNumberId", "PhoneNumberArn"])
def test_a_pool_is_created_from_a_phone_number_by_id_or_arn(pinpoint_client: Any, by: str) -> None:
    number = request_number(pinpoint_client)
    pool = pinpoint_client.create_pool(OriginationIdentity=number[by], MessageType="TRANSACTIONAL")
    assert ids(pinpoint_client.describe_pools()["Pools"]) == [pool["PoolId"]]


@pytest.mark.parametrize(
    ("identity", "country"),
    [("ACME", None), ("ACME", "GB"), ("arn:aws:sms-voice:us-east-1:123456789012:sender-id/ACME/GB", None)],
)
def test_a_pool_is_created_from_a_sender_id(pinpoint_client: Any, identity: str, country: str | None) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    extra = {"IsoCountryCode": country} if country else {}
    pool = pinpoint_client.create_pool(OriginationIdentity=identity, MessageType="PROMOTIONAL", **extra)
    assert (pool["MessageType"], pool["OptOutListName"], pool["TwoWayEnabled"]) == (
        "PROMOTIONAL",
        "Default",
        False,
    )


def test_a_sender_id_in_several_countries_needs_the_country(pinpoint_client: Any) -> None:
    for country in ("GB", "FR"):
        pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode=country)
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity="ACME", MessageType="PROMOTIONAL"
    )
    assert (response["Reason"], response["Fields"][0]["Name"]) == ("MISSING_PARAMETER", "IsoCountryCode")


def test_a_sender_id_can_be_in_many_pools(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    for _ in range(2):
        pinpoint_client.create_pool(OriginationIdentity=sender["SenderIdArn"], MessageType="TRANSACTIONAL")
    assert len(pinpoint_client.describe_pools()["Pools"]) == 2


def test_the_pool_inherits_the_numbers_settings(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    number = pinpoint_mock.backend().seed_phone_number(
        two_way_enabled=True,
        two_way_channel_arn="connect.us-east-1.amazonaws.com",
        two_way_channel_role="arn:aws:iam::123456789012:role/inbound",
        self_managed_opt_outs_enabled=True,
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL"
    )
    assert (pool["TwoWayEnabled"], pool["TwoWayChannelArn"], pool["TwoWayChannelRole"]) == (
        True,
        "connect.us-east-1.amazonaws.com",
        "arn:aws:iam::123456789012:role/inbound",
    )
    assert (pool["SelfManagedOptOutsEnabled"], pool["DeletionProtectionEnabled"]) == (True, False)


def test_a_phone_number_belongs_to_one_pool_only(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    pinpoint_client.create_pool(OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL")
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity=number["PhoneNumberArn"], MessageType="TRANSACTIONAL"
    )
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "PHONE_NUMBER_ASSOCIATED_TO_POOL",
        number["PhoneNumberId"],
    )


@pytest.mark.parametrize(
    ("identity", "resource_type"),
    [
        ("phone-00000000000000000000000000000000", "phone-number"),
        (
            "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-00000000000000000000000000000000",
            "phone-number",
        ),
        ("NOSUCHID", "sender-id"),
        ("arn:aws:sms-voice:eu-west-1:123456789012:sender-id/ACME/GB", "sender-id"),
    ],
)
def test_a_pool_from_an_unknown_identity_is_not_found(
    pinpoint_client: Any, identity: str, resource_type: str
) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity=identity, MessageType="TRANSACTIONAL"
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        resource_type,
        identity,
    )


def test_the_message_type_must_match_the_identity(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity=number["PhoneNumberId"], MessageType="PROMOTIONAL"
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "MESSAGE_TYPE_MISMATCH")


def test_the_country_must_match_the_identity(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.create_pool,
        OriginationIdentity=number["PhoneNumberId"],
        MessageType="TRANSACTIONAL",
        IsoCountryCode="GB",
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "COUNTRY_CODE_MISMATCH")


def test_a_number_that_is_not_active_cannot_make_a_pool(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    number = pinpoint_mock.backend().seed_phone_number(status="PENDING")
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL"
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "RESOURCE_NOT_ACTIVE")


def test_a_replayed_client_token_returns_the_first_pool(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    arguments = {
        "OriginationIdentity": sender["SenderIdArn"],
        "MessageType": "TRANSACTIONAL",
        "ClientToken": "t-1",
    }
    first = pinpoint_client.create_pool(**arguments)
    again = pinpoint_client.create_pool(**arguments)
    assert again["PoolId"] == first["PoolId"]
    assert ids(pinpoint_client.describe_pools()["Pools"]) == [first["PoolId"]]


def test_a_client_token_reused_with_other_parameters_conflicts(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.create_pool(
        OriginationIdentity=sender["SenderIdArn"], MessageType="TRANSACTIONAL", ClientToken="t"
    )
    response = client_error(
        pinpoint_client.create_pool,
        OriginationIdentity=sender["SenderIdArn"],
        MessageType="PROMOTIONAL",
        ClientToken="t",
    )
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "pool",
    )


# -- UpdatePool -------------------------------------------------------------------------------------------


def test_update_pool_changes_only_what_it_is_given(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    updated = pinpoint_client.update_pool(
        PoolId=pool["PoolArn"],
        TwoWayEnabled=True,
        TwoWayChannelArn="connect.us-east-1.amazonaws.com",
        SharedRoutesEnabled=True,
        OptOutListName="arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default",
    )
    assert members(updated) == set(operation_model("UpdatePool").output_shape.members) - {"TwoWayChannelRole"}
    (described,) = pinpoint_client.describe_pools()["Pools"]
    assert described == {key: value for key, value in updated.items() if key != "ResponseMetadata"}
    assert (described["TwoWayEnabled"], described["SharedRoutesEnabled"], described["OptOutListName"]) == (
        True,
        True,
        "Default",
    )
    assert (described["SelfManagedOptOutsEnabled"], described["DeletionProtectionEnabled"]) == (False, False)


def test_update_pool_with_an_unknown_opt_out_list_is_not_found(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    response = client_error(pinpoint_client.update_pool, PoolId=pool["PoolId"], OptOutListName="Nope")
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        "Nope",
    )


@pytest.mark.parametrize("operation", ["update_pool", "delete_pool"])
def test_a_pool_that_is_not_active_cannot_be_updated_or_deleted(
    pinpoint_client: Any, pinpoint_mock: Any, operation: str
) -> None:
    pool = pinpoint_mock.backend().seed_pool(status="CREATING")
    response = client_error(getattr(pinpoint_client, operation), PoolId=pool.pool_id)
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_NOT_ACTIVE",
        pool.pool_id,
    )


@pytest.mark.parametrize("operation", ["update_pool", "delete_pool"])
def test_an_unknown_pool_cannot_be_updated_or_deleted(pinpoint_client: Any, operation: str) -> None:
    response = client_error(getattr(pinpoint_client, operation), PoolId="pool-nope")
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "pool",
        "pool-nope",
    )


# -- DeletePool -------------------------------------------------------------------------------------------


def test_delete_pool_answers_deleting_and_the_pool_is_gone(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    deleted = pinpoint_client.delete_pool(PoolId=pool["PoolArn"])
    assert members(deleted) == set(operation_model("DeletePool").output_shape.members) - {
        "TwoWayChannelArn",
        "TwoWayChannelRole",
    }
    assert (deleted["PoolId"], deleted["Status"]) == (pool["PoolId"], "DELETING")
    response = client_error(pinpoint_client.describe_pools, PoolIds=[pool["PoolId"]])
    assert response["Error"]["Code"] == "ResourceNotFoundException"


def test_deletion_protection_blocks_delete_pool(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client, DeletionProtectionEnabled=True)
    response = client_error(pinpoint_client.delete_pool, PoolId=pool["PoolId"])
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == (
        "ConflictException",
        "DELETION_PROTECTION_ENABLED",
        "pool",
        pool["PoolId"],
    )
    pinpoint_client.update_pool(PoolId=pool["PoolId"], DeletionProtectionEnabled=False)
    assert pinpoint_client.delete_pool(PoolId=pool["PoolId"])["Status"] == "DELETING"


def test_deleting_a_pool_frees_its_phone_number(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])
    again = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    assert ids(pinpoint_client.describe_pools()["Pools"]) == [again["PoolId"]]
