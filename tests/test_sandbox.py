"""The sandbox: the account's tier (DescribeAccountAttributes), verified destination numbers and their
codes, and what an account in the sandbox can reach."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake.records import SentMessage

from .helpers import client_error, request_number

US = "+12065550199"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
ARN_PREFIX = "arn:aws:sms-voice:us-east-1:123456789012"


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


def code_of(message: SentMessage) -> str:
    found = re.fullmatch(r"Your verification code is (\d{6})", message.message_body or "")
    assert found is not None, message.message_body
    return found[1]


# -- the account's tier -----------------------------------------------------------------------------------


def test_an_account_is_in_production_unless_a_test_puts_it_in_the_sandbox(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    assert pinpoint_client.describe_account_attributes()["AccountAttributes"] == [
        {"Name": "ACCOUNT_TIER", "Value": "PRODUCTION"}
    ]
    pinpoint_mock.backend().seed_account(tier="SANDBOX")
    assert pinpoint_client.describe_account_attributes()["AccountAttributes"] == [
        {"Name": "ACCOUNT_TIER", "Value": "SANDBOX"}
    ]
    assert pinpoint_mock.backend("eu-west-1").account.tier == "PRODUCTION"  # per account and region


def test_seeding_the_account_refuses_what_is_no_tier_or_spend(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    for arguments, message in [
        ({"tier": "TRIAL"}, "tier must be one of"),
        ({"monthly_spend": {"SMS": 1}}, "no spend limit for 'SMS'"),
        ({"monthly_spend": {"TEXT": "lots"}}, "not an amount of USD"),
        ({"monthly_spend": {"TEXT": -1}}, "not an amount of USD"),
        ({"monthly_spend": {"TEXT": float("nan")}}, "not an amount of USD"),
    ]:
        with pytest.raises(ValueError, match=message):
            backend.seed_account(**arguments)
    assert backend.account.tier == "PRODUCTION"
    assert backend.account.monthly_spend == {}


def test_in_the_sandbox_only_verified_numbers_are_reached(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_account(tier="SANDBOX")
    sender = request_number(pinpoint_client, NumberCapabilities=["SMS", "VOICE", "MMS"])["PhoneNumberId"]
    backend.seed_verified_destination_number("+12065550111")
    backend.seed_verified_destination_number(US, status="PENDING")
    for call, extra in [
        (pinpoint_client.send_text_message, {"MessageBody": "x"}),
        (pinpoint_client.send_voice_message, {"MessageBody": "x"}),
        (pinpoint_client.send_media_message, {"MediaUrls": ["s3://bucket/a.png"]}),
    ]:
        response = client_error(call, DestinationPhoneNumber=US, OriginationIdentity=sender, **extra)
        assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")
        call(DestinationPhoneNumber="+12065550111", OriginationIdentity=sender, **extra)
    assert [m.channel for m in pinpoint_outbox] == ["SMS", "VOICE", "MMS"]


# -- verified destination numbers ---------------------------------------------------------------------------


def test_a_new_number_is_pending(pinpoint_client: Any) -> None:
    with freeze_time(NOW):
        answer = pinpoint_client.create_verified_destination_number(
            DestinationPhoneNumber="12065550199", Tags=[{"Key": "who", "Value": "me"}]
        )
    number_id = answer["VerifiedDestinationNumberId"]
    assert re.fullmatch(r"vdn-[0-9a-f]{32}", number_id)
    assert without_metadata(answer) == {
        "VerifiedDestinationNumberArn": f"{ARN_PREFIX}:verified-destination-number/{number_id}",
        "VerifiedDestinationNumberId": number_id,
        "DestinationPhoneNumber": US,
        "Status": "PENDING",
        "Tags": [{"Key": "who", "Value": "me"}],
        "CreatedTimestamp": NOW,
    }


def test_the_code_sent_is_in_the_outbox_and_verifies_the_number(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = request_number(pinpoint_client)
    number = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)
    number_id = number["VerifiedDestinationNumberId"]
    message_id = pinpoint_client.send_destination_number_verification_code(
        VerifiedDestinationNumberId=number["VerifiedDestinationNumberArn"],
        VerificationChannel="TEXT",
        LanguageCode="EN_US",
        Context={"why": "signup"},
    )["MessageId"]
    [message] = pinpoint_outbox
    assert (
        message.message_id,
        message.channel,
        message.destination_phone_number,
        message.origination_identity,
        message.operation,
        message.language_code,
        message.context,
        message.price,
    ) == (
        message_id,
        "SMS",
        US,
        sender["PhoneNumberArn"],
        "SendDestinationNumberVerificationCode",
        "EN_US",
        {"why": "signup"},
        0,
    )
    wrong = "000000" if code_of(message) != "000000" else "111111"
    response = client_error(
        pinpoint_client.verify_destination_number,
        VerifiedDestinationNumberId=number_id,
        VerificationCode=wrong,
    )
    assert error(response) == ("ValidationException", "VERIFICATION_CODE_MISMATCH")
    answer = pinpoint_client.verify_destination_number(
        VerifiedDestinationNumberId=number_id, VerificationCode=code_of(message)
    )
    assert (answer["VerifiedDestinationNumberId"], answer["Status"]) == (number_id, "VERIFIED")
    [listed] = pinpoint_client.describe_verified_destination_numbers()["VerifiedDestinationNumbers"]
    assert listed["Status"] == "VERIFIED"


def test_a_voice_code_goes_out_as_a_call_from_the_identity_named(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_phone_number()  # SMS only: not the one that calls
    caller = backend.seed_phone_number(number_capabilities=["VOICE"])
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    pinpoint_client.send_destination_number_verification_code(
        VerifiedDestinationNumberId=number_id,
        VerificationChannel="VOICE",
        OriginationIdentity=caller.phone_number,
    )
    pinpoint_client.send_destination_number_verification_code(
        VerifiedDestinationNumberId=number_id, VerificationChannel="VOICE"
    )
    assert [(m.channel, m.origination_identity, m.encoding) for m in pinpoint_outbox] == [
        ("VOICE", caller.phone_number_arn, None),
        ("VOICE", caller.phone_number_arn, None),
    ]


def test_only_the_last_code_verifies(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], monkeypatch: Any
) -> None:
    request_number(pinpoint_client)
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    codes = iter(["111111", "222222"])
    monkeypatch.setattr("pinpoint_fake.rules.verification.new_code", lambda: next(codes))
    for _ in range(2):
        pinpoint_client.send_destination_number_verification_code(
            VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT"
        )
    assert [code_of(m) for m in pinpoint_outbox] == ["111111", "222222"]
    response = client_error(
        pinpoint_client.verify_destination_number,
        VerifiedDestinationNumberId=number_id,
        VerificationCode="111111",
    )
    assert error(response) == ("ValidationException", "VERIFICATION_CODE_MISMATCH")
    pinpoint_client.verify_destination_number(
        VerifiedDestinationNumberId=number_id, VerificationCode="222222"
    )


def test_a_number_without_a_code_sent_does_not_verify(pinpoint_client: Any) -> None:
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    response = client_error(
        pinpoint_client.verify_destination_number,
        VerifiedDestinationNumberId=number_id,
        VerificationCode="123456",
    )
    assert error(response) == ("ValidationException", "VERIFICATION_CODE_MISMATCH")
    assert [field["Name"] for field in response["Fields"]] == ["VerificationCode"]


def test_a_code_expires_after_24_hours(pinpoint_client: Any, pinpoint_outbox: list[SentMessage]) -> None:
    request_number(pinpoint_client)
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    with freeze_time(NOW):
        pinpoint_client.send_destination_number_verification_code(
            VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT"
        )
    with freeze_time(NOW + timedelta(hours=24, seconds=1)):
        response = client_error(
            pinpoint_client.verify_destination_number,
            VerifiedDestinationNumberId=number_id,
            VerificationCode=code_of(pinpoint_outbox[0]),
        )
    assert error(response) == ("ConflictException", "VERIFICATION_CODE_EXPIRED")
    assert (response["ResourceType"], response["ResourceId"]) == ("verified-destination-number", number_id)
    with freeze_time(NOW + timedelta(hours=24)):
        pinpoint_client.verify_destination_number(
            VerifiedDestinationNumberId=number_id, VerificationCode=code_of(pinpoint_outbox[0])
        )


def test_a_verified_number_takes_no_more_codes(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    request_number(pinpoint_client)
    verified = pinpoint_mock.backend().seed_verified_destination_number(US)
    for call, extra in [
        (pinpoint_client.send_destination_number_verification_code, {"VerificationChannel": "TEXT"}),
        (pinpoint_client.verify_destination_number, {"VerificationCode": "123456"}),
    ]:
        response = client_error(
            call, VerifiedDestinationNumberId=verified.verified_destination_number_id, **extra
        )
        assert error(response) == ("ConflictException", "VERIFICATION_ALREADY_COMPLETE")


def test_a_number_gets_five_codes_a_day(pinpoint_client: Any) -> None:
    request_number(pinpoint_client)
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    send = pinpoint_client.send_destination_number_verification_code
    with freeze_time(NOW):
        for _ in range(5):
            send(VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
        response = client_error(send, VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
    assert error(response) == ("ServiceQuotaExceededException", "VERIFICATION_ATTEMPTS_PER_DAY")
    with freeze_time(NOW + timedelta(hours=24)):
        send(VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")


@freeze_time("2026-04-30 23:59:59")  # no month can end between the seed and the check of its spend
def test_a_code_goes_through_routing_and_the_opt_out_list_but_not_the_sandbox_or_spend(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_account(tier="SANDBOX", monthly_spend={"TEXT": 1})
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    send = pinpoint_client.send_destination_number_verification_code
    response = client_error(send, VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
    assert error(response) == ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND")
    backend.seed_phone_number()
    backend.seed_opted_out_number("Default", US)
    response = client_error(send, VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")
    pinpoint_client.delete_opted_out_number(OptOutListName="Default", OptedOutNumber=US)
    response = client_error(
        send, VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT", ConfigurationSetName="x"
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "configuration-set",
    )
    send(VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
    assert len(pinpoint_outbox) == 1
    assert backend.account.monthly_spend == {("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): 1}


def test_a_code_is_held_to_the_protect_configuration_of_its_set_else_the_account_default(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    """A code is a message sent by the account: the protect configuration that applies is chosen as for any
    send (the request names none: its configuration set's, else the account default), and the set's
    feedback default applies."""
    backend = pinpoint_mock.backend()
    backend.seed_phone_number(number_capabilities=["SMS", "VOICE"])
    default = backend.seed_protect_configuration(country_rules={"SMS": {"US": "BLOCK"}}, account_default=True)
    allowing = backend.seed_protect_configuration()
    backend.seed_configuration_set(
        "otp",
        protect_configuration_id=allowing.protect_configuration_id,
        default_message_feedback_enabled=True,
    )
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)[
        "VerifiedDestinationNumberId"
    ]
    send = pinpoint_client.send_destination_number_verification_code
    response = client_error(send, VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT")
    assert error(response) == ("ConflictException", "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION")
    send(VerifiedDestinationNumberId=number_id, VerificationChannel="VOICE")  # the rule blocks SMS only
    send(VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT", ConfigurationSetName="otp")
    assert [
        (
            message.channel,
            message.protect_verdict.protect_configuration_id if message.protect_verdict else None,
            message.configuration_set_name,
            message.message_feedback_enabled,
        )
        for message in pinpoint_outbox
    ] == [
        ("VOICE", default.protect_configuration_id, None, False),
        ("SMS", allowing.protect_configuration_id, "otp", True),
    ]


def test_a_number_is_added_once(pinpoint_client: Any) -> None:
    first = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)
    response = client_error(
        pinpoint_client.create_verified_destination_number, DestinationPhoneNumber=US.removeprefix("+")
    )
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "verified-destination-number",
        first["VerifiedDestinationNumberId"],
    )


def test_an_account_has_at_most_ten_verified_numbers(pinpoint_client: Any) -> None:
    for index in range(10):
        pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=f"+1206555{index:04d}")
    response = client_error(pinpoint_client.create_verified_destination_number, DestinationPhoneNumber=US)
    assert error(response) == ("ServiceQuotaExceededException", "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT")
    limit = next(
        item
        for item in pinpoint_client.describe_account_limits()["AccountLimits"]
        if item["Name"] == "VERIFIED_DESTINATION_NUMBERS"
    )
    assert (limit["Used"], limit["Max"]) == (10, 10)


def test_a_number_verified_for_an_rcs_agent_is_apart_from_the_sandboxs(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.create_verified_destination_number,
        DestinationPhoneNumber=US,
        RcsAgentId="rcs-agent-x",
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "rcs-agent",
        "rcs-agent-x",
    )
    agent = pinpoint_client.create_rcs_agent()
    for_agent = pinpoint_client.create_verified_destination_number(
        DestinationPhoneNumber=US, RcsAgentId=agent["RcsAgentArn"]
    )
    for_sandbox = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)
    assert (for_agent["RcsAgentId"], "RcsAgentId" in for_sandbox) == (agent["RcsAgentId"], False)
    again = client_error(
        pinpoint_client.create_verified_destination_number,
        DestinationPhoneNumber=US,
        RcsAgentId=agent["RcsAgentId"],
    )
    assert (again["Error"]["Code"], again["Reason"]) == ("ConflictException", "RESOURCE_ALREADY_EXISTS")
    listed = pinpoint_client.describe_verified_destination_numbers(
        Filters=[{"Name": "rcs-agent-id", "Values": [agent["RcsAgentId"]]}]
    )["VerifiedDestinationNumbers"]
    assert [number["VerifiedDestinationNumberId"] for number in listed] == [
        for_agent["VerifiedDestinationNumberId"]
    ]


def test_a_destination_in_no_country_cannot_be_added(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.create_verified_destination_number, DestinationPhoneNumber="+80012345678"
    )
    assert error(response) == ("ValidationException", "INVALID_PARAMETER")


def test_describe_by_id_number_and_status(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    first = backend.seed_verified_destination_number("+12065550101")
    second = backend.seed_verified_destination_number("+12065550102", status="PENDING")
    third = backend.seed_verified_destination_number("+12065550103")

    def listed(**arguments: Any) -> list[str]:
        answer = pinpoint_client.describe_verified_destination_numbers(**arguments)[
            "VerifiedDestinationNumbers"
        ]
        return [item["VerifiedDestinationNumberId"] for item in answer]

    ids = [number.verified_destination_number_id for number in (first, second, third)]
    assert listed() == ids
    assert listed(VerifiedDestinationNumberIds=[third.verified_destination_number_arn, ids[0]]) == [
        ids[0],
        ids[2],
    ]
    assert listed(DestinationPhoneNumbers=["12065550102", "+12065550103"]) == ids[1:]
    assert listed(
        VerifiedDestinationNumberIds=ids[:2], DestinationPhoneNumbers=["+12065550102", "+12065550103"]
    ) == [ids[1]]
    assert listed(Filters=[{"Name": "status", "Values": ["VERIFIED"]}]) == [ids[0], ids[2]]
    assert listed(Filters=[{"Name": "rcs-agent-id", "Values": ["rcs-agent-x"]}]) == []
    for arguments, value in [
        ({"VerifiedDestinationNumberIds": ["vdn-missing"]}, "vdn-missing"),
        ({"DestinationPhoneNumbers": ["+12065550199"]}, "+12065550199"),
    ]:
        response = client_error(pinpoint_client.describe_verified_destination_numbers, **arguments)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            "verified-destination-number",
            value,
        )


def test_a_number_can_be_deleted_24_hours_after_it_was_added(pinpoint_client: Any) -> None:
    with freeze_time(NOW):
        created = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)
    number_id = created["VerifiedDestinationNumberId"]
    with freeze_time(NOW + timedelta(hours=23, minutes=59)):
        response = client_error(
            pinpoint_client.delete_verified_destination_number, VerifiedDestinationNumberId=number_id
        )
    assert error(response) == ("ConflictException", "RESOURCE_DELETION_NOT_ALLOWED")
    with freeze_time(NOW + timedelta(hours=24)):
        answer = pinpoint_client.delete_verified_destination_number(
            VerifiedDestinationNumberId=created["VerifiedDestinationNumberArn"]
        )
    assert without_metadata(answer) == {
        "VerifiedDestinationNumberArn": created["VerifiedDestinationNumberArn"],
        "VerifiedDestinationNumberId": number_id,
        "DestinationPhoneNumber": US,
        "CreatedTimestamp": NOW,
    }
    response = client_error(
        pinpoint_client.delete_verified_destination_number, VerifiedDestinationNumberId=number_id
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "verified-destination-number",
    )


@pytest.mark.parametrize(
    ("operation", "extra"),
    [
        ("send_destination_number_verification_code", {"VerificationChannel": "TEXT"}),
        ("verify_destination_number", {"VerificationCode": "123456"}),
        ("delete_verified_destination_number", {}),
    ],
)
def test_an_unknown_number_is_not_found(pinpoint_client: Any, operation: str, extra: dict[str, Any]) -> None:
    for value in (
        "vdn-missing",
        "arn:aws:sms-voice:us-east-1:123456789012:verified-destination-number/vdn-x",
    ):
        response = client_error(
            getattr(pinpoint_client, operation), VerifiedDestinationNumberId=value, **extra
        )
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            "verified-destination-number",
            value,
        )
