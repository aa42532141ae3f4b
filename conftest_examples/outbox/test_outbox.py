"""Pattern (h): assert on the outbox; an end user's STOP through ``receive_message``; the sandbox."""

from __future__ import annotations

from typing import Any

from sms_orders import notify_shipped

from pinpoint_fake import MockPinpoint
from pinpoint_fake.records import SentMessage

CUSTOMER = "+12065550199"


def test_the_notification_is_in_the_outbox(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], order_pool: str
) -> None:
    message_id = notify_shipped(pinpoint_client, order_pool, CUSTOMER, "A-42")
    [message] = pinpoint_outbox
    assert (message.message_id, message.destination_phone_number, message.message_body) == (
        message_id,
        CUSTOMER,
        "Order A-42 has shipped.",
    )
    assert (message.pool_id, message.configuration_set_name, message.context) == (
        order_pool,
        "orders",
        {"order": "A-42"},
    )
    assert (message.channel, message.parts, message.encoding) == ("SMS", 1, "GSM")


def test_a_customer_who_replied_stop_gets_nothing(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage], order_pool: str
) -> None:
    our_number = pinpoint_client.describe_phone_numbers()["PhoneNumbers"][0]["PhoneNumber"]
    reply = pinpoint_mock.backend().receive_message(
        origination_number=CUSTOMER, destination_number=our_number, message_body="STOP"
    )
    assert (reply.keyword, reply.keyword_action) == ("STOP", "OPT_OUT")
    assert notify_shipped(pinpoint_client, order_pool, CUSTOMER, "A-43") is None
    assert [message.message_body for message in pinpoint_outbox] == [
        reply.reply.message_body if reply.reply else None
    ]


def test_in_the_sandbox_a_verified_number_is_reached(
    pinpoint_client: Any,
    pinpoint_mock: MockPinpoint,
    pinpoint_outbox: list[SentMessage],
    order_pool: str,
    sandbox: None,
) -> None:
    number_id = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=CUSTOMER)[
        "VerifiedDestinationNumberId"
    ]
    pinpoint_client.send_destination_number_verification_code(
        VerifiedDestinationNumberId=number_id, VerificationChannel="TEXT"
    )
    code = str(pinpoint_outbox[-1].message_body).split()[-1]  # "Your verification code is 123456"
    pinpoint_client.verify_destination_number(VerifiedDestinationNumberId=number_id, VerificationCode=code)
    assert notify_shipped(pinpoint_client, order_pool, CUSTOMER, "A-44") is not None
    assert [message.operation for message in pinpoint_mock.sent_messages()] == [
        "SendDestinationNumberVerificationCode",
        "SendTextMessage",
    ]
