"""Pool membership: Associate- and DisassociateOriginationIdentity, ListPoolOriginationIdentities."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake.service_model import enum_values

from .helpers import client_error, new_pool
from .helpers import request_number as number


def members(client: Any, pool_id: str, **kwargs: Any) -> list[str]:
    page = client.list_pool_origination_identities(PoolId=pool_id, **kwargs)
    return [identity["OriginationIdentityArn"] for identity in page["OriginationIdentities"]]


def test_associate_answers_the_pool_and_the_identity(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    second = number(pinpoint_client)
    answer = pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolArn"], OriginationIdentity=second["PhoneNumberArn"]
    )
    assert {key: answer[key] for key in answer if key != "ResponseMetadata"} == {
        "PoolArn": pool["PoolArn"],
        "PoolId": pool["PoolId"],
        "OriginationIdentityArn": second["PhoneNumberArn"],
        "OriginationIdentity": second["PhoneNumberId"],
        "IsoCountryCode": "US",
    }
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[second["PhoneNumberId"]])
    assert described["PhoneNumbers"][0]["PoolId"] == pool["PoolId"]


def test_a_pool_lists_its_identities_in_association_order(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    first = members(pinpoint_client, pool["PoolId"])
    second = number(pinpoint_client)
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberId"]
    )
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity="ACME", IsoCountryCode="GB"
    )
    listed = pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolArn"])
    assert (listed["PoolArn"], listed["PoolId"]) == (pool["PoolArn"], pool["PoolId"])
    assert listed["OriginationIdentities"][1:] == [
        {
            "OriginationIdentityArn": second["PhoneNumberArn"],
            "OriginationIdentity": second["PhoneNumberId"],
            "IsoCountryCode": "US",
            "NumberCapabilities": ["SMS"],
            "PhoneNumber": second["PhoneNumber"],
        },
        {
            "OriginationIdentityArn": sender["SenderIdArn"],
            "OriginationIdentity": "ACME",
            "IsoCountryCode": "GB",
            "NumberCapabilities": ["SMS"],
        },
    ]
    assert len(first) == 1


def test_a_sender_id_can_be_in_many_pools(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pools = [new_pool(pinpoint_client) for _ in range(2)]
    for pool in pools:
        pinpoint_client.associate_origination_identity(
            PoolId=pool["PoolId"], OriginationIdentity="ACME", IsoCountryCode="GB"
        )
    for pool in pools:
        assert members(pinpoint_client, pool["PoolId"])[-1].endswith(":sender-id/ACME/GB")


def test_a_phone_number_is_in_one_pool_at_most(pinpoint_client: Any) -> None:
    first, second = new_pool(pinpoint_client), new_pool(pinpoint_client)
    taken = members(pinpoint_client, first["PoolId"])[0]
    response = client_error(
        pinpoint_client.associate_origination_identity, PoolId=second["PoolId"], OriginationIdentity=taken
    )
    assert response["Error"]["Code"] == "ConflictException"
    assert response["Reason"] == "PHONE_NUMBER_ASSOCIATED_TO_POOL"
    assert response["ResourceType"] == "phone-number"


def test_associating_an_identity_twice_is_a_conflict(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    arguments = {"PoolId": pool["PoolId"], "OriginationIdentity": "ACME", "IsoCountryCode": "GB"}
    pinpoint_client.associate_origination_identity(**arguments)
    response = client_error(pinpoint_client.associate_origination_identity, **arguments)
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ConflictException",
        "RESOURCE_ALREADY_ASSOCIATED",
    )
    assert response["ResourceType"] == "sender-id"


def test_a_sender_id_arn_without_its_country_is_an_invalid_arn(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    for call in (
        pinpoint_client.associate_origination_identity,
        pinpoint_client.disassociate_origination_identity,
    ):
        response = client_error(call, PoolId=pool["PoolId"], OriginationIdentity=sender["SenderIdArn"])
        assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
        assert [field["Name"] for field in response["Fields"]] == ["senderId"]


def test_an_identity_of_another_country_than_given_is_refused(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    second = number(pinpoint_client)
    response = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=second["PhoneNumberArn"],
        IsoCountryCode="GB",
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "COUNTRY_CODE_MISMATCH")


@pytest.mark.parametrize(
    ("setting", "reason"),
    [
        ({"OptOutListName": "Quiet"}, "OPT_OUT_LIST_MISMATCH"),
        (
            {"TwoWayEnabled": True, "TwoWayChannelArn": "arn:aws:sns:us-east-1:123456789012:replies"},
            "TWO_WAY_CONFIG_MISMATCH",
        ),
        ({"SelfManagedOptOutsEnabled": True}, "SELF_MANAGED_OPT_OUTS_MISMATCH"),
    ],
)
def test_a_phone_number_whose_settings_differ_from_the_pools_is_refused(
    pinpoint_client: Any, setting: dict[str, Any], reason: str
) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    pool = new_pool(pinpoint_client)
    pinpoint_client.update_pool(PoolId=pool["PoolId"], **setting)
    outsider = number(pinpoint_client)
    response = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=outsider["PhoneNumberId"],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", reason)
    assert (response["ResourceType"], response["ResourceId"]) == ("phone-number", outsider["PhoneNumberId"])
    # once its settings match, it joins
    pinpoint_client.update_phone_number(PhoneNumberId=outsider["PhoneNumberId"], **setting)
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=outsider["PhoneNumberId"]
    )
    assert members(pinpoint_client, pool["PoolId"])[-1] == outsider["PhoneNumberArn"]


def test_an_identity_of_another_message_type_is_refused(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    promotional = number(pinpoint_client, MessageType="PROMOTIONAL", NumberType="LONG_CODE")
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB", MessageTypes=["PROMOTIONAL"])
    for identity, country in ((promotional["PhoneNumberId"], None), ("ACME", "GB")):
        extra = {"IsoCountryCode": country} if country else {}
        response = client_error(
            pinpoint_client.associate_origination_identity,
            PoolId=pool["PoolId"],
            OriginationIdentity=identity,
            **extra,
        )
        assert (response["Error"]["Code"], response["Reason"]) == (
            "ConflictException",
            "MESSAGE_TYPE_MISMATCH",
        )


def test_update_pool_carries_its_settings_to_its_phone_numbers(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    pool = new_pool(pinpoint_client)
    pinpoint_client.update_pool(PoolId=pool["PoolId"], OptOutListName="Quiet", SelfManagedOptOutsEnabled=True)
    member = members(pinpoint_client, pool["PoolId"])[0]
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[member])["PhoneNumbers"][0]
    assert (described["OptOutListName"], described["SelfManagedOptOutsEnabled"]) == ("Quiet", True)
    joined = number(pinpoint_client, PoolId=pool["PoolId"])
    assert (joined["OptOutListName"], joined["SelfManagedOptOutsEnabled"]) == ("Quiet", True)


def test_disassociate_frees_a_phone_number(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    second = number(pinpoint_client, PoolId=pool["PoolId"])
    answer = pinpoint_client.disassociate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberArn"]
    )
    assert (answer["OriginationIdentity"], answer["PoolId"]) == (second["PhoneNumberId"], pool["PoolId"])
    assert second["PhoneNumberArn"] not in members(pinpoint_client, pool["PoolId"])
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[second["PhoneNumberId"]])
    assert "PoolId" not in described["PhoneNumbers"][0]
    assert pinpoint_client.release_phone_number(PhoneNumberId=second["PhoneNumberId"])["Status"] == "DELETED"


def test_the_last_identity_of_a_pool_stays(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    [last] = members(pinpoint_client, pool["PoolId"])
    response = client_error(
        pinpoint_client.disassociate_origination_identity, PoolId=pool["PoolId"], OriginationIdentity=last
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "LAST_PHONE_NUMBER")
    assert members(pinpoint_client, pool["PoolId"]) == [last]


def test_a_pool_may_keep_only_sender_ids(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    [phone] = members(pinpoint_client, pool["PoolId"])
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=sender["SenderIdArn"], IsoCountryCode="GB"
    )
    pinpoint_client.disassociate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=phone)
    assert members(pinpoint_client, pool["PoolId"]) == [sender["SenderIdArn"]]
    response = client_error(
        pinpoint_client.disassociate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity="ACME",
        IsoCountryCode="GB",
    )
    assert response["Reason"] == "LAST_PHONE_NUMBER"


@pytest.mark.parametrize("kind", ["phone-number", "sender-id"])
def test_disassociating_an_identity_outside_the_pool_is_a_conflict(pinpoint_client: Any, kind: str) -> None:
    pool = new_pool(pinpoint_client)
    if kind == "phone-number":
        identity, extra = number(pinpoint_client)["PhoneNumberId"], {}
    else:
        pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
        identity, extra = "ACME", {"IsoCountryCode": "GB"}
    response = client_error(
        pinpoint_client.disassociate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=identity,
        **extra,
    )
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ConflictException",
        "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
    )
    assert response["ResourceType"] == kind


@pytest.mark.parametrize(
    ("operation", "identity", "resource_type"),
    [
        ("associate_origination_identity", "phone-0123456789abcdef0123456789abcdef", "phone-number"),
        ("disassociate_origination_identity", "NOBODY", "sender-id"),
        (
            "associate_origination_identity",
            "arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-1",
            "phone-number",
        ),
    ],
)
def test_an_unknown_identity_is_not_found(
    pinpoint_client: Any, operation: str, identity: str, resource_type: str
) -> None:
    pool = new_pool(pinpoint_client)
    response = client_error(
        getattr(pinpoint_client, operation), PoolId=pool["PoolId"], OriginationIdentity=identity
    )
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert (response["ResourceType"], response["ResourceId"]) == (resource_type, identity)


@pytest.mark.parametrize(
    "operation",
    [
        "associate_origination_identity",
        "disassociate_origination_identity",
        "list_pool_origination_identities",
    ],
)
def test_an_unknown_pool_is_not_found(pinpoint_client: Any, operation: str) -> None:
    arguments = {"PoolId": "pool-0123456789abcdef0123456789abcdef"}
    if operation != "list_pool_origination_identities":
        arguments["OriginationIdentity"] = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(getattr(pinpoint_client, operation), **arguments)
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert (response["ResourceType"], response["ResourceId"]) == ("pool", arguments["PoolId"])


def test_a_pool_that_is_not_active_takes_no_identity(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    creating = pinpoint_mock.backend().seed_pool(status="CREATING")
    response = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=creating.pool_id,
        OriginationIdentity=number(pinpoint_client)["PhoneNumberId"],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "RESOURCE_NOT_ACTIVE")


def test_deleting_a_pool_frees_its_numbers_for_another_pool(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    [phone] = members(pinpoint_client, pool["PoolId"])
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])
    again = pinpoint_client.create_pool(OriginationIdentity=phone, MessageType="TRANSACTIONAL")
    assert members(pinpoint_client, again["PoolId"]) == [phone]


def test_every_list_filter_of_the_model_works(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    voice = number(pinpoint_client, PoolId=pool["PoolId"], NumberCapabilities=["SMS", "VOICE"])
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity="ACME", IsoCountryCode="GB"
    )
    cases = {
        "number-capability": (["VOICE"], [voice["PhoneNumberArn"]]),
        "iso-country-code": (["GB"], ["arn:aws:sms-voice:us-east-1:123456789012:sender-id/ACME/GB"]),
    }
    assert set(cases) == set(enum_values("PoolOriginationIdentitiesFilterName"))
    for name, (values, expected) in cases.items():
        found = members(pinpoint_client, pool["PoolId"], Filters=[{"Name": name, "Values": values}])
        assert found == expected, name
    response = client_error(
        pinpoint_client.list_pool_origination_identities,
        PoolId=pool["PoolId"],
        Filters=[{"Name": "number-capability", "Values": ["FAX"]}],
    )
    assert response["Reason"] == "INVALID_FILTER_VALUES"


def test_listing_pages_through_the_paginator_keeping_the_pool(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    added = [number(pinpoint_client, PoolId=pool["PoolId"])["PhoneNumberArn"] for _ in range(4)]
    pages = list(
        pinpoint_client.get_paginator("list_pool_origination_identities").paginate(
            PoolId=pool["PoolId"], PaginationConfig={"PageSize": 2}
        )
    )
    assert [len(page["OriginationIdentities"]) for page in pages] == [2, 2, 1]
    assert all(page["PoolId"] == pool["PoolId"] for page in pages)
    whole = (
        pinpoint_client.get_paginator("list_pool_origination_identities")
        .paginate(PoolId=pool["PoolId"], PaginationConfig={"PageSize": 2})
        .build_full_result()
    )
    assert (whole["PoolArn"], whole["PoolId"]) == (pool["PoolArn"], pool["PoolId"])
    assert [identity["OriginationIdentityArn"] for identity in whole["OriginationIdentities"]][1:] == added


def test_a_token_of_another_pool_is_invalid(pinpoint_client: Any) -> None:
    first, second = new_pool(pinpoint_client), new_pool(pinpoint_client)
    number(pinpoint_client, PoolId=first["PoolId"])
    token = pinpoint_client.list_pool_origination_identities(PoolId=first["PoolId"], MaxResults=1)[
        "NextToken"
    ]
    response = client_error(
        pinpoint_client.list_pool_origination_identities, PoolId=second["PoolId"], NextToken=token
    )
    assert response["Reason"] == "INVALID_NEXT_TOKEN"


def test_a_disassociated_member_does_not_disturb_paging(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    added = [number(pinpoint_client, PoolId=pool["PoolId"])["PhoneNumberArn"] for _ in range(3)]
    first = pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolId"], MaxResults=2)
    pinpoint_client.disassociate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=added[0])
    rest = pinpoint_client.list_pool_origination_identities(
        PoolId=pool["PoolId"], NextToken=first["NextToken"]
    )
    assert [i["OriginationIdentityArn"] for i in rest["OriginationIdentities"]] == added[1:]


def test_a_sender_id_leaves_a_pool(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    arguments = {"PoolId": pool["PoolId"], "OriginationIdentity": "ACME", "IsoCountryCode": "GB"}
    pinpoint_client.associate_origination_identity(**arguments)
    answer = pinpoint_client.disassociate_origination_identity(**arguments)
    assert (answer["OriginationIdentityArn"], answer["IsoCountryCode"]) == (sender["SenderIdArn"], "GB")
    assert sender["SenderIdArn"] not in members(pinpoint_client, pool["PoolId"])
    assert pinpoint_client.release_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderId"] == "ACME"


def test_an_unknown_sender_id_arn_is_not_found(pinpoint_client: Any) -> None:
    arn = "arn:aws:sms-voice:us-east-1:123456789012:sender-id/NOBODY/GB"
    response = client_error(pinpoint_client.create_pool, OriginationIdentity=arn, MessageType="TRANSACTIONAL")
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    assert (response["ResourceType"], response["ResourceId"]) == ("sender-id", arn)


def test_a_different_two_way_role_alone_is_a_mismatch(pinpoint_client: Any) -> None:
    channel = "arn:aws:sns:us-east-1:123456789012:replies"
    pool = new_pool(pinpoint_client)
    pinpoint_client.update_pool(
        PoolId=pool["PoolId"],
        TwoWayEnabled=True,
        TwoWayChannelArn=channel,
        TwoWayChannelRole="arn:aws:iam::123456789012:role/pool-role",
    )
    outsider = number(pinpoint_client)
    pinpoint_client.update_phone_number(
        PhoneNumberId=outsider["PhoneNumberId"],
        TwoWayEnabled=True,
        TwoWayChannelArn=channel,
        TwoWayChannelRole="arn:aws:iam::123456789012:role/number-role",
    )
    response = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=outsider["PhoneNumberId"],
    )
    assert response["Reason"] == "TWO_WAY_CONFIG_MISMATCH"


def test_mismatches_are_reported_in_the_documented_order(pinpoint_client: Any) -> None:
    """Opt-out list before two-way before self-managed opt-outs, whichever side has the setting."""
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    pool = new_pool(pinpoint_client)
    outsider = number(pinpoint_client, OptOutListName="Quiet")
    pinpoint_client.update_phone_number(
        PhoneNumberId=outsider["PhoneNumberId"],
        SelfManagedOptOutsEnabled=True,
        TwoWayEnabled=True,
        TwoWayChannelArn="arn:aws:sns:us-east-1:123456789012:replies",
    )
    reasons = []
    for fix in (
        {"OptOutListName": "Default"},
        {"TwoWayEnabled": False},
        {"SelfManagedOptOutsEnabled": False},
    ):
        response = client_error(
            pinpoint_client.associate_origination_identity,
            PoolId=pool["PoolId"],
            OriginationIdentity=outsider["PhoneNumberId"],
        )
        reasons.append(response["Reason"])
        pinpoint_client.update_phone_number(PhoneNumberId=outsider["PhoneNumberId"], **fix)
    assert reasons == ["OPT_OUT_LIST_MISMATCH", "TWO_WAY_CONFIG_MISMATCH", "SELF_MANAGED_OPT_OUTS_MISMATCH"]


def test_a_leftover_channel_of_two_way_that_is_off_does_not_count(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    outsider = number(pinpoint_client)
    pinpoint_client.update_phone_number(
        PhoneNumberId=outsider["PhoneNumberId"],
        TwoWayEnabled=False,
        TwoWayChannelArn="arn:aws:sns:us-east-1:123456789012:replies",
    )
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=outsider["PhoneNumberId"]
    )
    assert members(pinpoint_client, pool["PoolId"])[-1] == outsider["PhoneNumberArn"]
