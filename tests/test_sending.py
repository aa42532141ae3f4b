"""SendTextMessage, SendVoiceMessage and SendMediaMessage: where a message comes from, what it holds, what
refuses it, and what the outbox records."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from botocore.config import Config
from freezegun import freeze_time

from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.records import SentMessage

from .helpers import client_error, request_number

ACCOUNT = "123456789012"
PARTNER = "222222222222"
US = "+12065550199"  # a destination in the United States
GB = "+447700900123"  # a destination in the United Kingdom
ALL = ["SMS", "VOICE", "MMS"]


def number(client: Any, **overrides: Any) -> dict[str, Any]:
    """A US simulator number that can send SMS, voice and MMS (unless told otherwise)."""
    return request_number(client, **{"NumberCapabilities": ALL, **overrides})


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


def text(client: Any, **arguments: Any) -> str:
    message_id: str = client.send_text_message(**{"MessageBody": "hello", **arguments})["MessageId"]
    return message_id


# -- origination: every form the model documents ----------------------------------------------------------


@pytest.mark.parametrize("form", ["PhoneNumber", "PhoneNumberId", "PhoneNumberArn"])
def test_a_phone_number_in_each_form_sends(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], form: str
) -> None:
    sender = number(pinpoint_client)
    message_id = text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender[form])
    [message] = pinpoint_outbox
    assert (
        message.message_id,
        message.origination_identity,
        message.origination_number,
        message.pool_id,
    ) == (
        message_id,
        sender["PhoneNumberArn"],
        sender["PhoneNumber"],
        None,
    )


@pytest.mark.parametrize("form", ["SenderId", "SenderIdArn"])
def test_a_sender_id_in_each_form_sends_to_its_country(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], form: str
) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=sender[form])
    [message] = pinpoint_outbox
    assert (message.origination_identity, message.origination_number, message.iso_country_code) == (
        sender["SenderIdArn"],
        "ACME",
        "GB",
    )


def test_a_sender_id_by_name_is_the_one_of_the_destinations_country(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    british = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity="ACME")
    assert pinpoint_outbox[0].origination_identity == british["SenderIdArn"]


@pytest.mark.parametrize("form", ["PoolId", "PoolArn"])
def test_a_pool_in_each_form_sends_through_a_member(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], form: str
) -> None:
    member = number(pinpoint_client)
    pool = pinpoint_client.create_pool(
        OriginationIdentity=member["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=pool[form])
    [message] = pinpoint_outbox
    assert (message.pool_id, message.origination_identity, message.origination_number) == (
        pool["PoolId"],
        member["PhoneNumberArn"],
        member["PhoneNumber"],
    )


def test_a_pool_sends_through_its_first_member_that_fits(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    canadian = backend.seed_phone_number(iso_country_code="CA")
    voice_only = backend.seed_phone_number(number_capabilities=["VOICE"])
    sender = backend.seed_sender_id("ACME", "GB")
    first_fit = backend.seed_phone_number()
    second_fit = backend.seed_phone_number()
    pool = backend.seed_pool([canadian, voice_only, sender, first_fit, second_fit])
    for _ in range(2):
        text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=pool.pool_id)
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=pool.pool_id)
    text(pinpoint_client, DestinationPhoneNumber="+14165550199", OriginationIdentity=pool.pool_id)
    assert [message.origination_identity for message in pinpoint_outbox] == [
        first_fit.phone_number_arn,
        first_fit.phone_number_arn,
        sender.sender_id_arn,
        canadian.phone_number_arn,
    ]


def test_a_pool_prefers_a_phone_number_to_a_sender_id(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    sender = backend.seed_sender_id("ACME", "GB")
    british = backend.seed_phone_number(iso_country_code="GB")
    pool = backend.seed_pool([sender, british])
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=pool.pool_arn)
    assert pinpoint_outbox[0].origination_identity == british.phone_number_arn


def test_a_pool_member_that_is_not_active_or_of_the_wrong_type_is_passed_over(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    pending = backend.seed_phone_number(status="PENDING")
    promotional = backend.seed_sender_id("ACME", "GB", message_types=["PROMOTIONAL"])
    active = backend.seed_phone_number()
    transactional = backend.seed_sender_id("BRAND", "GB", message_types=["TRANSACTIONAL"])
    pool = backend.seed_pool([pending, promotional, active, transactional])
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=pool.pool_id)
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=pool.pool_id)
    assert [message.origination_identity for message in pinpoint_outbox] == [
        active.phone_number_arn,
        transactional.sender_id_arn,
    ]


def test_a_pool_with_no_member_for_the_destination_finds_no_identity(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    # As seen on AWS: a pool of US numbers sending to Canada, or to Guam.
    backend = pinpoint_mock.backend()
    pool = backend.seed_pool([backend.seed_phone_number(international_sending_enabled=True)])
    for destination in ("+14165550199", "+16715550123"):
        response = client_error(
            pinpoint_client.send_text_message,
            DestinationPhoneNumber=destination,
            OriginationIdentity=pool.pool_id,
            MessageBody="hi",
        )
        assert error(response) == ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND")
        assert (response["ResourceType"], response["ResourceId"]) == ("pool", pool.pool_id)


def test_a_pool_of_sender_ids_cannot_send_voice_or_media(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    pool = backend.seed_pool([backend.seed_sender_id("ACME", "GB")])
    for call, extra in [
        (pinpoint_client.send_voice_message, {"MessageBody": "hi"}),
        (pinpoint_client.send_media_message, {"MediaUrls": ["s3://bucket/cat.png"]}),
    ]:
        response = client_error(call, DestinationPhoneNumber=GB, OriginationIdentity=pool.pool_id, **extra)
        assert error(response) == ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND")


def test_a_pool_that_is_not_active_or_of_another_message_type_refuses(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    creating = backend.seed_pool([backend.seed_phone_number()], status="CREATING")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=creating.pool_id,
        MessageBody="hi",
    )
    assert error(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")
    pool = backend.seed_pool([backend.seed_phone_number()])
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=pool.pool_id,
        MessageBody="hi",
        MessageType="PROMOTIONAL",
    )
    assert error(response) == ("ConflictException", "MESSAGE_TYPE_MISMATCH")
    assert (response["ResourceType"], response["ResourceId"]) == ("pool", pool.pool_id)


def test_without_an_identity_one_of_the_accounts_that_reaches_the_destination_sends(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_phone_number(iso_country_code="CA")
    sender = backend.seed_sender_id("ACME", "GB")
    american = backend.seed_phone_number()
    text(pinpoint_client, DestinationPhoneNumber=US)
    text(pinpoint_client, DestinationPhoneNumber=GB)
    assert [message.origination_identity for message in pinpoint_outbox] == [
        american.phone_number_arn,
        sender.sender_id_arn,
    ]
    assert pinpoint_outbox[0].pool_id is None


def test_without_an_identity_the_configuration_sets_default_sender_id_comes_after_the_accounts_own(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    pinpoint_client.set_default_sender_id(ConfigurationSetName="alerts", SenderId="Alerts")
    text(pinpoint_client, DestinationPhoneNumber=GB, ConfigurationSetName="alerts")
    registered = pinpoint_mock.backend().seed_sender_id("ACME", "GB")
    text(pinpoint_client, DestinationPhoneNumber=GB, ConfigurationSetName="alerts")
    default_arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:sender-id/Alerts/GB"
    assert [(m.origination_identity, m.origination_number) for m in pinpoint_outbox] == [
        (default_arn, "Alerts"),
        (registered.sender_id_arn, "ACME"),
    ]


def test_without_any_identity_that_reaches_the_destination_none_is_found(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    pinpoint_client.set_default_sender_id(ConfigurationSetName="alerts", SenderId="Alerts")
    pinpoint_mock.backend().seed_phone_number(iso_country_code="CA")
    for destination in (US, "+12065550100"):  # the US takes no sender ID
        response = client_error(
            pinpoint_client.send_text_message,
            DestinationPhoneNumber=destination,
            ConfigurationSetName="alerts",
            MessageBody="hi",
        )
        assert error(response) == ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND")
        assert "ResourceType" not in response


@pytest.mark.parametrize(
    ("identity", "resource_type"),
    [
        ("+12065550111", "phone-number"),
        ("12065550111", "phone-number"),
        ("phone-0123456789abcdef0123456789abcdef", "phone-number"),
        ("pool-0123456789abcdef0123456789abcdef", "pool"),
        ("NOBODY", "sender-id"),
        (f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:pool/pool-x", "pool"),
        (f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:phone-number/phone-x", "phone-number"),
        (f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:sender-id/ACME/GB", "sender-id"),
    ],
)
def test_an_identity_that_does_not_exist_is_not_found(
    pinpoint_client: Any, identity: str, resource_type: str
) -> None:
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=GB,
        OriginationIdentity=identity,
        MessageBody="x",
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        resource_type,
        identity,
    )


def test_an_arn_of_another_kind_is_an_invalid_arn(pinpoint_client: Any) -> None:
    arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:opt-out-list/Default"
    response = client_error(
        pinpoint_client.send_text_message, DestinationPhoneNumber=US, OriginationIdentity=arn, MessageBody="x"
    )
    assert error(response) == ("ValidationException", "INVALID_ARN")


# -- another account's identities -----------------------------------------------------------------------


def client_of(account: str) -> Any:
    client = new_client("us-east-1")

    def add_account(request: Any, **kwargs: Any) -> None:
        request.headers["x-moto-account-id"] = account

    client.meta.events.register("before-sign.pinpoint-sms-voice-v2", add_account)
    return client


def test_another_accounts_pool_sends_once_shared_and_only_by_arn(pinpoint_mock: Any) -> None:
    owner = pinpoint_mock.backend(account_id=ACCOUNT)
    member = owner.seed_phone_number()
    pool = owner.seed_pool([member])
    partner = client_of(PARTNER)
    for identity in (pool.pool_arn, member.phone_number_arn):
        response = client_error(
            partner.send_text_message,
            DestinationPhoneNumber=US,
            OriginationIdentity=identity,
            MessageBody="x",
        )
        assert response["Error"]["Code"] == "ResourceNotFoundException"
    policy = {"Statement": [{"Effect": "Allow", "Principal": {"AWS": PARTNER}, "Action": "sms-voice:*"}]}
    client_of(ACCOUNT).put_resource_policy(ResourceArn=pool.pool_arn, Policy=json.dumps(policy))
    response = client_error(
        partner.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=pool.pool_id,
        MessageBody="x",
    )
    assert response["Error"]["Code"] == "ResourceNotFoundException"
    message_id = partner.send_text_message(
        DestinationPhoneNumber=US, OriginationIdentity=pool.pool_arn, MessageBody="x"
    )["MessageId"]
    [message] = pinpoint_mock.sent_messages(account_id=PARTNER)
    assert (message.message_id, message.origination_identity, message.pool_id, message.account_id) == (
        message_id,
        member.phone_number_arn,
        pool.pool_id,
        PARTNER,
    )
    assert owner.sent_messages == []


def test_a_shared_pools_opt_out_list_is_its_owners(pinpoint_mock: Any) -> None:
    owner = pinpoint_mock.backend(account_id=ACCOUNT)
    pool = owner.seed_pool([owner.seed_phone_number()], opt_out_list_name="Owners")
    owner.seed_opted_out_number("Owners", US)
    policy = {"Statement": [{"Effect": "Allow", "Principal": {"AWS": PARTNER}}]}
    client_of(ACCOUNT).put_resource_policy(ResourceArn=pool.pool_arn, Policy=json.dumps(policy))
    response = client_error(
        client_of(PARTNER).send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=pool.pool_arn,
        MessageBody="x",
    )
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")


# -- a direct identity that cannot send ------------------------------------------------------------------


def test_a_sender_id_where_the_country_takes_none_or_for_voice_and_media_is_not_supported(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    american = backend.seed_sender_id("ACME", "US")
    british = backend.seed_sender_id("ACME", "GB")
    for call, destination, identity, extra in [
        (pinpoint_client.send_text_message, US, "ACME", {"MessageBody": "x"}),
        (pinpoint_client.send_text_message, US, american.sender_id_arn, {"MessageBody": "x"}),
        (pinpoint_client.send_text_message, "+14165550100", "NOBODY", {"MessageBody": "x"}),
        (pinpoint_client.send_voice_message, GB, "ACME", {"MessageBody": "x"}),
        (pinpoint_client.send_voice_message, GB, british.sender_id_arn, {"MessageBody": "x"}),
        (pinpoint_client.send_media_message, GB, british.sender_id_arn, {"MediaUrls": ["s3://bucket/a.png"]}),
    ]:
        response = client_error(
            call, DestinationPhoneNumber=destination, OriginationIdentity=identity, **extra
        )
        assert error(response) == ("ValidationException", "SENDER_ID_NOT_SUPPORTED")
        assert [field["Name"] for field in response["Fields"]] == ["OriginationIdentity"]


def test_a_sender_id_of_another_country_cannot_send_there(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    sender = pinpoint_mock.backend().seed_sender_id("ACME", "GB")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber="+33639980000",
        OriginationIdentity=sender.sender_id_arn,
        MessageBody="x",
    )
    assert error(response) == ("ValidationException", "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY")


def test_a_number_sends_abroad_only_with_international_sending_and_never_a_simulator(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    domestic = number(pinpoint_client, NumberType="LONG_CODE")
    international = number(pinpoint_client, NumberType="LONG_CODE", InternationalSendingEnabled=True)
    simulator = number(pinpoint_client)
    pinpoint_client.update_phone_number(
        PhoneNumberId=simulator["PhoneNumberId"], InternationalSendingEnabled=True
    )
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=GB,
        OriginationIdentity=domestic["PhoneNumberId"],
        MessageBody="x",
    )
    assert error(response) == ("ValidationException", "INTERNATIONAL_SENDING_NOT_SUPPORTED")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=GB,
        OriginationIdentity=simulator["PhoneNumberId"],
        MessageBody="x",
    )
    assert error(response) == ("ValidationException", "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY")
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=international["PhoneNumberId"])
    assert [(m.origination_number, m.iso_country_code) for m in pinpoint_outbox] == [
        (international["PhoneNumber"], "GB")
    ]


def test_a_number_without_the_channel_cannot_send_on_it(pinpoint_client: Any) -> None:
    sms_only = number(pinpoint_client, NumberCapabilities=["SMS"])["PhoneNumberId"]
    voice_only = number(pinpoint_client, NumberCapabilities=["VOICE"])["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_voice_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sms_only,
        MessageBody="x",
    )
    assert error(response) == ("ValidationException", "VOICE_CAPABILITY_NOT_AVAILABLE")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=voice_only,
        MessageBody="x",
    )
    assert error(response) == ("ConflictException", "NUMBER_CAPABILITIES_MISMATCH")
    assert (response["ResourceType"], response["ResourceId"]) == ("phone-number", voice_only)
    response = client_error(
        pinpoint_client.send_media_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sms_only,
        MediaUrls=["s3://bucket/cat.png"],
    )
    assert error(response) == ("ConflictException", "NUMBER_CAPABILITIES_MISMATCH")


def test_a_number_that_is_not_active_or_of_another_message_type_refuses(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pending = pinpoint_mock.backend().seed_phone_number(status="PENDING")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=pending.phone_number_id,
        MessageBody="x",
    )
    assert error(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")
    sender = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="x",
        MessageType="PROMOTIONAL",
    )
    assert error(response) == ("ConflictException", "MESSAGE_TYPE_MISMATCH")


# -- the destination ------------------------------------------------------------------------------------


def test_a_destination_without_its_plus_is_kept_in_e164(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    text(
        pinpoint_client,
        DestinationPhoneNumber="12065550199",
        OriginationIdentity=number(pinpoint_client)["PhoneNumber"],
    )
    assert pinpoint_outbox[0].destination_phone_number == US


def test_a_destination_in_no_country_is_invalid(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber="+80012345678",
        OriginationIdentity=number(pinpoint_client)["PhoneNumberId"],
        MessageBody="x",
    )
    assert error(response) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["DestinationPhoneNumber"]


def test_an_opted_out_destination_is_refused(pinpoint_client: Any) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=US)
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="x",
    )
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")
    assert (response["ResourceType"], response["ResourceId"]) == ("opt-out-list", "Default")


def test_only_the_opt_out_list_of_the_identity_or_pool_used_counts(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_opted_out_number("Marketing", US)
    marketing = backend.seed_phone_number(opt_out_list_name="Marketing")
    pool = backend.seed_pool(
        [backend.seed_phone_number(opt_out_list_name="Marketing")], opt_out_list_name="Marketing"
    )
    other = backend.seed_phone_number()
    for identity in (marketing.phone_number_id, pool.pool_id):
        response = client_error(
            pinpoint_client.send_text_message,
            DestinationPhoneNumber=US,
            OriginationIdentity=identity,
            MessageBody="x",
        )
        assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")
        assert response["ResourceId"] == "Marketing"
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=other.phone_number_id)
    assert len(pinpoint_outbox) == 1


def test_an_identity_that_manages_its_own_opt_outs_sends_to_opted_out_numbers(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_opted_out_number("Default", US)
    sender = backend.seed_phone_number(self_managed_opt_outs_enabled=True)
    pool = backend.seed_pool(
        [backend.seed_phone_number(self_managed_opt_outs_enabled=True)], self_managed_opt_outs_enabled=True
    )
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender.phone_number_id)
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=pool.pool_id)
    assert len(pinpoint_outbox) == 2


def test_a_sender_id_sending_alone_honours_the_default_list(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_sender_id("ACME", "GB")
    backend.seed_opted_out_number("Default", GB)
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=GB,
        OriginationIdentity="ACME",
        MessageBody="x",
    )
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")


# -- what a message holds --------------------------------------------------------------------------------


def test_a_text_message_keeps_every_member_of_its_request(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = number(pinpoint_client)
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    message_id = pinpoint_client.send_text_message(
        DestinationPhoneNumber=US,
        OriginationIdentity=sender["PhoneNumberArn"],
        MessageBody="Your table is ready",
        MessageType="TRANSACTIONAL",
        Keyword="DINER",
        ConfigurationSetName="alerts",
        MaxPrice="0.50",
        TimeToLive=300,
        Context={"order": "42", "store": "north"},
        DestinationCountryParameters={"IN_ENTITY_ID": "entity", "IN_TEMPLATE_ID": "template"},
        MessageFeedbackEnabled=True,
    )["MessageId"]
    [message] = pinpoint_outbox
    assert uuid.UUID(message_id).version == 4
    assert str(uuid.UUID(message_id)) == message_id
    assert (
        message.message_id,
        message.channel,
        message.destination_phone_number,
        message.message_body,
        message.message_type,
        message.keyword,
        message.configuration_set_name,
        message.max_price,
        message.time_to_live,
        message.context,
        message.destination_country_parameters,
        message.message_feedback_enabled,
        message.operation,
        (message.account_id, message.region),
        (message.parts, message.encoding),
        (message.iso_country_code, message.price),
        (message.event_types, message.feedback),
    ) == (
        message_id,
        "SMS",
        US,
        "Your table is ready",
        "TRANSACTIONAL",
        "DINER",
        "alerts",
        "0.50",
        300,
        {"order": "42", "store": "north"},
        {"IN_ENTITY_ID": "entity", "IN_TEMPLATE_ID": "template"},
        True,
        "SendTextMessage",
        (ACCOUNT, "us-east-1"),
        (1, "GSM"),
        ("US", Decimal("0.00581")),
        (["TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"], []),
    )


def test_a_configuration_set_is_named_by_name_or_arn_and_must_exist(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    arn = pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")["ConfigurationSetArn"]
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender, ConfigurationSetName=arn)
    assert pinpoint_outbox[0].configuration_set_name == "alerts"
    for missing in ("nope", arn.replace("alerts", "nope")):
        response = client_error(
            pinpoint_client.send_text_message,
            DestinationPhoneNumber=US,
            OriginationIdentity=sender,
            MessageBody="x",
            ConfigurationSetName=missing,
        )
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            "configuration-set",
            missing,
        )


def test_the_configuration_sets_defaults_apply_when_the_request_leaves_them_out(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    sender = backend.seed_sender_id("ACME", "GB")
    backend.seed_configuration_set(
        "promo", default_message_type="PROMOTIONAL", default_message_feedback_enabled=True
    )
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity="ACME", ConfigurationSetName="promo")
    text(
        pinpoint_client,
        DestinationPhoneNumber=GB,
        OriginationIdentity="ACME",
        ConfigurationSetName="promo",
        MessageType="TRANSACTIONAL",
        MessageFeedbackEnabled=False,
    )
    assert [(m.message_type, m.message_feedback_enabled) for m in pinpoint_outbox] == [
        ("PROMOTIONAL", True),
        ("TRANSACTIONAL", False),
    ]
    assert sender.message_types == ["TRANSACTIONAL", "PROMOTIONAL"]


def test_without_a_message_type_the_message_takes_the_senders(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    promotional = backend.seed_phone_number(message_type="PROMOTIONAL", number_type="LONG_CODE")
    pool = backend.seed_pool([backend.seed_phone_number()])
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=promotional.phone_number_id)
    text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=pool.pool_id)
    assert [m.message_type for m in pinpoint_outbox] == ["PROMOTIONAL", "TRANSACTIONAL"]


def test_the_configuration_sets_default_message_type_is_for_sms_only(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    """SetDefaultMessageType chooses "the category of SMS messages"; a voice or media message has no
    message type of its own and is recorded with its sender's (the number's, or the pool's)."""
    backend = pinpoint_mock.backend()
    backend.seed_configuration_set("promo", default_message_type="PROMOTIONAL")
    sender = number(pinpoint_client, NumberType="LONG_CODE")
    pool = pinpoint_client.create_pool(
        OriginationIdentity=sender["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    for origin in (sender["PhoneNumber"], pool["PoolId"]):
        sent = {"DestinationPhoneNumber": US, "OriginationIdentity": origin, "ConfigurationSetName": "promo"}
        pinpoint_client.send_voice_message(MessageBody="hello", **sent)
        pinpoint_client.send_media_message(MediaUrls=["s3://bucket/cat.png"], **sent)
        response = client_error(text, pinpoint_client, **sent)  # an SMS takes the set's PROMOTIONAL
        assert error(response) == ("ConflictException", "MESSAGE_TYPE_MISMATCH")
    assert [(m.channel, m.message_type) for m in pinpoint_outbox] == [
        ("VOICE", "TRANSACTIONAL"),
        ("MMS", "TRANSACTIONAL"),
    ] * 2


def test_a_protect_configuration_is_not_found_until_the_fake_holds_them(pinpoint_client: Any) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    for call, extra in [
        (pinpoint_client.send_text_message, {"MessageBody": "x"}),
        (pinpoint_client.send_voice_message, {"MessageBody": "x"}),
        (pinpoint_client.send_media_message, {"MediaUrls": ["s3://bucket/cat.png"]}),
    ]:
        response = client_error(
            call,
            DestinationPhoneNumber=US,
            OriginationIdentity=sender,
            ProtectConfigurationId="protect-0123456789abcdef0123456789abcdef",
            **extra,
        )
        assert (response["Error"]["Code"], response["ResourceType"]) == (
            "ResourceNotFoundException",
            "protect-configuration",
        )


@pytest.mark.parametrize(
    ("body", "parts", "encoding"),
    [
        ("a" * 160, 1, "GSM"),
        ("a" * 161, 2, "GSM"),
        ("a" * 306, 2, "GSM"),
        ("a" * 307, 3, "GSM"),
        ("€" * 80, 1, "GSM"),  # an extension character takes two septets
        ("€" * 81, 2, "GSM"),
        ("é" * 160, 1, "GSM"),  # é is in the GSM alphabet
        ("ã" * 70, 1, "UCS2"),  # ã is not
        ("ã" * 71, 2, "UCS2"),
        ("ã" * 134, 2, "UCS2"),
        ("ã" * 135, 3, "UCS2"),
        ("🙂" * 35, 1, "UCS2"),  # two UTF-16 code units each
        ("🙂" * 36, 2, "UCS2"),
        ("a" * 1599 + "ã", 24, "UCS2"),  # one character outside the alphabet makes the whole body UCS-2
    ],
)
def test_the_encoding_and_parts_of_each_sms_are_computed(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], body: str, parts: int, encoding: str
) -> None:
    text(
        pinpoint_client,
        DestinationPhoneNumber=US,
        OriginationIdentity=number(pinpoint_client)["PhoneNumberId"],
        MessageBody=body,
    )
    assert (pinpoint_outbox[0].parts, pinpoint_outbox[0].encoding) == (parts, encoding)
    assert pinpoint_outbox[0].price == Decimal("0.00581") * parts


def test_a_body_is_limited_server_side_and_required(pinpoint_mock: Any) -> None:
    unchecked = new_client("us-east-1", config=Config(parameter_validation=False))
    sender = number(unchecked)["PhoneNumberId"]
    response = client_error(
        unchecked.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="a" * 1601,
    )
    assert error(response) == ("ValidationException", "FIELD_VALIDATION_FAILED")
    assert [field["Name"] for field in response["Fields"]] == ["MessageBody"]
    response = client_error(
        unchecked.send_text_message, DestinationPhoneNumber=US, OriginationIdentity=sender
    )
    assert error(response) == ("ValidationException", "MISSING_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["MessageBody"]
    response = client_error(
        unchecked.send_text_message, DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="   "
    )
    assert error(response) == ("ValidationException", "FIELD_VALIDATION_FAILED")


# -- voice and media ---------------------------------------------------------------------------------------


def test_a_voice_message_keeps_its_voice_fields(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = number(pinpoint_client)
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=US,
        OriginationIdentity=sender["PhoneNumber"],
        MessageBody="<speak>Hello</speak>",
        MessageBodyTextType="SSML",
        VoiceId="JOANNA",
        MaxPricePerMinute="0.10",
        TimeToLive=60,
        Context={"call": "1"},
    )
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=US, OriginationIdentity=sender["PhoneNumber"], MessageBody="Hello"
    )
    first, second = pinpoint_outbox
    assert (
        first.channel,
        first.message_body,
        first.message_body_text_type,
        first.voice_id,
        first.max_price_per_minute,
        first.time_to_live,
        first.context,
        (first.parts, first.encoding),
        first.price,
        first.operation,
    ) == (
        "VOICE",
        "<speak>Hello</speak>",
        "SSML",
        "JOANNA",
        "0.10",
        60,
        {"call": "1"},
        (1, None),
        Decimal("0.01300"),
        "SendVoiceMessage",
    )
    assert (second.message_body_text_type, second.voice_id) == ("TEXT", "MATTHEW")


def test_a_voice_body_is_limited_by_its_text_type_and_required(pinpoint_client: Any) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_voice_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="a" * 3001,
    )
    assert error(response) == ("ValidationException", "MAXIMUM_SIZE_EXCEEDED")
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="a" * 3001,
        MessageBodyTextType="SSML",
    )
    response = client_error(
        pinpoint_client.send_voice_message, DestinationPhoneNumber=US, OriginationIdentity=sender
    )
    assert error(response) == ("ValidationException", "MISSING_PARAMETER")


def test_a_media_message_keeps_its_media(pinpoint_client: Any, pinpoint_outbox: list[SentMessage]) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    pinpoint_client.send_media_message(
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MediaUrls=["s3://bucket/menu/today.JPG"],
        MaxPrice="0.05",
    )
    pinpoint_client.send_media_message(
        DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="text only"
    )
    first, second = pinpoint_outbox
    assert (
        first.channel,
        first.media_urls,
        first.message_body,
        first.max_price,
        first.parts,
        first.price,
    ) == (
        "MMS",
        ["s3://bucket/menu/today.JPG"],
        None,
        "0.05",
        1,
        Decimal("0.02000"),
    )
    assert (second.media_urls, second.message_body, second.encoding) == (None, "text only", None)


def test_a_media_message_needs_a_body_or_media_of_a_supported_type(pinpoint_client: Any) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_media_message, DestinationPhoneNumber=US, OriginationIdentity=sender
    )
    assert error(response) == ("ValidationException", "MISSING_PARAMETER")
    for url in ("s3://bucket/program.exe", "s3://bucket/noextension"):
        response = client_error(
            pinpoint_client.send_media_message,
            DestinationPhoneNumber=US,
            OriginationIdentity=sender,
            MediaUrls=[url],
        )
        assert error(response) == ("ValidationException", "MEDIA_TYPE_NOT_SUPPORTED")
        assert [field["Name"] for field in response["Fields"]] == ["MediaUrls[0]"]


# -- price --------------------------------------------------------------------------------------------------


def test_max_price_below_a_parts_price_is_refused(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="x",
        MaxPrice="0.005",
    )
    assert error(response) == ("ValidationException", "PRICE_OVER_THRESHOLD")
    assert [field["Name"] for field in response["Fields"]] == ["MaxPrice"]
    # The price of a part is compared, not the whole message's: two parts at 0.00581 each pass 0.006.
    text(
        pinpoint_client,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="a" * 200,
        MaxPrice="0.006",
    )
    assert pinpoint_outbox[0].price == Decimal("0.01162")


def test_max_price_of_voice_and_media(pinpoint_client: Any) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    response = client_error(
        pinpoint_client.send_voice_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MessageBody="x",
        MaxPricePerMinute="0.01",
    )
    assert error(response) == ("ValidationException", "PRICE_OVER_THRESHOLD")
    assert [field["Name"] for field in response["Fields"]] == ["MaxPricePerMinute"]
    response = client_error(
        pinpoint_client.send_media_message,
        DestinationPhoneNumber=US,
        OriginationIdentity=sender,
        MediaUrls=["s3://bucket/a.gif"],
        MaxPrice="0.01",
    )
    assert error(response) == ("ValidationException", "PRICE_OVER_THRESHOLD")


# -- DryRun ----------------------------------------------------------------------------------------------


def test_a_dry_run_answers_a_message_id_and_records_and_charges_nothing(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    message_id = text(pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender, DryRun=True)
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="x", DryRun=True
    )
    pinpoint_client.send_media_message(
        DestinationPhoneNumber=US, OriginationIdentity=sender, MediaUrls=["s3://bucket/a.png"], DryRun=True
    )
    assert uuid.UUID(message_id).version == 4
    assert pinpoint_outbox == []
    assert pinpoint_mock.backend().account.monthly_spend == {}


def test_a_dry_run_checks_everything_a_send_checks(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    sender = number(pinpoint_client)["PhoneNumberId"]
    backend.seed_opted_out_number("Default", US)
    checks = [
        ({"DestinationPhoneNumber": US}, "DESTINATION_PHONE_NUMBER_OPTED_OUT"),
        ({"DestinationPhoneNumber": "+12065550198", "MaxPrice": "0.001"}, "PRICE_OVER_THRESHOLD"),
        ({"DestinationPhoneNumber": GB}, "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY"),
    ]
    for arguments, reason in checks:
        response = client_error(
            pinpoint_client.send_text_message,
            OriginationIdentity=sender,
            MessageBody="x",
            DryRun=True,
            **arguments,
        )
        assert response["Reason"] == reason
    backend.seed_account(tier="SANDBOX")
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber="+12065550198",
        OriginationIdentity=sender,
        MessageBody="x",
        DryRun=True,
    )
    assert response["Reason"] == "DESTINATION_PHONE_NUMBER_NOT_VERIFIED"


# -- the outbox ------------------------------------------------------------------------------------------


def test_the_outbox_is_in_send_order_and_sent_timestamps_come_from_moto_s_clock(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    sender = number(pinpoint_client)["PhoneNumberId"]
    with freeze_time("2026-05-04 03:02:01"):
        first = text(
            pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="one"
        )
    with freeze_time("2026-05-04 03:02:02"):
        second = text(
            pinpoint_client, DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="two"
        )
    outbox = pinpoint_mock.backend().sent_messages
    assert [(m.message_id, m.message_body, m.sent_timestamp) for m in outbox] == [
        (first, "one", datetime(2026, 5, 4, 3, 2, 1)),
        (second, "two", datetime(2026, 5, 4, 3, 2, 2)),
    ]


def test_the_mocks_outbox_covers_every_account_and_region_narrowed_by_the_arguments(
    pinpoint_mock: Any, monkeypatch: Any
) -> None:
    sent = []
    for region, account in [("us-east-1", ACCOUNT), ("eu-west-1", ACCOUNT), ("us-east-1", PARTNER)]:
        pinpoint_mock.backend(region, account_id=account).seed_phone_number(
            phone_number=f"+1206555{len(sent):04d}"
        )
        monkeypatch.setenv("MOTO_ACCOUNT_ID", account)
        client = new_client(region)
        sent.append(text(client, DestinationPhoneNumber=US, MessageBody=f"{region} {account}"))
    monkeypatch.delenv("MOTO_ACCOUNT_ID")
    assert [m.message_id for m in pinpoint_mock.sent_messages()] == sent
    assert [m.message_id for m in pinpoint_mock.sent_messages(region="us-east-1")] == [sent[0], sent[2]]
    assert [m.message_id for m in pinpoint_mock.sent_messages(account_id=ACCOUNT)] == sent[:2]
    assert [m.message_id for m in pinpoint_mock.sent_messages("eu-west-1", ACCOUNT)] == [sent[1]]
    assert pinpoint_mock.sent_messages(region="ap-south-1") == []
    assert [m.message_id for m in pinpoint_mock.backend("eu-west-1").sent_messages] == [sent[1]]


def test_the_outbox_fixture_is_the_clients_live_outbox(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    assert pinpoint_outbox is pinpoint_mock.backend().sent_messages
    text(
        pinpoint_client,
        DestinationPhoneNumber=US,
        OriginationIdentity=number(pinpoint_client)["PhoneNumberId"],
    )
    assert [m.channel for m in pinpoint_outbox] == ["SMS"]


@pytest.mark.pinpoint_region("eu-west-2")
def test_the_outbox_fixture_follows_the_clients_region(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderIdArn"]
    text(pinpoint_client, DestinationPhoneNumber=GB, OriginationIdentity=sender)
    assert [(m.region, m.origination_number) for m in pinpoint_outbox] == [("eu-west-2", "ACME")]


def test_every_test_starts_with_an_empty_outbox(
    pinpoint_outbox: list[SentMessage], pinpoint_mock: Any
) -> None:
    assert pinpoint_outbox == []
    assert pinpoint_mock.sent_messages() == []


def test_a_sent_message_reads_like_a_record(pinpoint_client: Any, pinpoint_outbox: list[SentMessage]) -> None:
    text(
        pinpoint_client,
        DestinationPhoneNumber=US,
        OriginationIdentity=number(pinpoint_client)["PhoneNumberId"],
    )
    assert re.fullmatch(
        r"SentMessage\(message_id='[0-9a-f-]{36}', channel='SMS', .*\)", repr(pinpoint_outbox[0])
    )
    assert "sequence" not in repr(pinpoint_outbox[0])
