"""Events delivered into moto: a send with a configuration set reaches its event destinations (moto's SNS
topics, Firehose delivery streams and CloudWatch Logs log groups) in AWS's documented JSON, read back through
moto's own SNS, SQS, Firehose (S3) and CloudWatch Logs clients in the same mock."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import boto3
import pytest
from freezegun import freeze_time

from pinpoint_fake import MockPinpoint
from pinpoint_fake.records import SentMessage
from pinpoint_fake.records.messages import AWS_MANAGED
from pinpoint_fake.rules import events
from pinpoint_fake.service_model import service_model

from .helpers import client_error, registered_number

ACCOUNT = "123456789012"
OTHER_ACCOUNT = "222222222222"
CUSTOMER = "+12065550199"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/sms-events"
FROZEN = "2026-03-04 05:06:07"
FROZEN_MS = 1772600767000  # FROZEN in epoch milliseconds
needs_rcs_sends = pytest.mark.skipif(
    "SendRcsMessage" not in service_model().operation_names,
    reason="botocore < 1.44 has no SendRcsMessage: its clients cannot call it",
)


def sns_sqs(region: str = "us-east-1", **subscription: Any) -> tuple[str, Any, str]:
    """A moto SNS topic with a moto SQS queue subscribed to it (raw delivery unless told otherwise):
    (topic ARN, SQS client, queue URL)."""
    sns = boto3.client("sns", region_name=region)
    sqs = boto3.client("sqs", region_name=region)
    topic = sns.create_topic(Name="receipts")["TopicArn"]
    queue = sqs.create_queue(QueueName="receipts")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    attributes = {"RawMessageDelivery": "true", **subscription}
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue_arn, Attributes=attributes)
    return topic, sqs, queue


def received(sqs: Any, queue: str) -> list[dict[str, Any]]:
    """Every message body on the queue, as JSON, in arrival order."""
    bodies: list[dict[str, Any]] = []
    while messages := sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", []):
        bodies += [json.loads(message["Body"]) for message in messages]
        for message in messages:
            sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
    return bodies


def number(client: Any, capability: str = "SMS", country: str = "US", number_type: str = "SIMULATOR") -> str:
    """A requested number that sends at once: a simulator number for SMS and MMS (what simulators do), a US
    long code for voice (neither needs a registration, unlike a US toll-free or 10DLC number)."""
    answer = client.request_phone_number(
        IsoCountryCode=country,
        MessageType="TRANSACTIONAL",
        NumberCapabilities=[capability],
        NumberType=number_type,
    )
    return str(answer["PhoneNumber"])


def with_destination(
    client: Any, types: tuple[str, ...] = ("ALL",), name: str = "receipts", **target: Any
) -> None:
    if "alerts" not in [
        item["ConfigurationSetName"] for item in client.describe_configuration_sets()["ConfigurationSets"]
    ]:
        client.create_configuration_set(ConfigurationSetName="alerts")
    client.create_event_destination(
        ConfigurationSetName="alerts", EventDestinationName=name, MatchingEventTypes=list(types), **target
    )


def sns(topic: str) -> dict[str, Any]:
    return {"SnsDestination": {"TopicArn": topic}}


def text_event(
    message_id: str, origin: str, event_type: str, final: bool, description: str
) -> dict[str, Any]:
    """A text event as AWS documents it, at FROZEN, to CUSTOMER."""
    return {
        "eventType": event_type,
        "eventVersion": "1.0",
        "eventTimestamp": FROZEN_MS,
        "isFinal": final,
        "originationPhoneNumber": origin,
        "destinationPhoneNumber": CUSTOMER,
        "isoCountryCode": "US",
        "isInternationalSend": False,
        "messageId": message_id,
        "messageRequestTimestamp": FROZEN_MS,
        "messageEncoding": "GSM",
        "messageType": "TRANSACTIONAL",
        "messageStatus": event_type.removeprefix("TEXT_"),
        "messageStatusDescription": description,
        "context": {"order": "A-42"},
        "totalMessageParts": 1,
        "totalMessagePrice": 0.00581,
        "totalCarrierFee": 0.0,
    }


# -- SNS, and an SQS queue subscribed to it -----------------------------------------------------------


def test_a_receipt_reaches_an_sqs_queue_subscribed_to_the_topic(pinpoint_client: Any) -> None:
    topic, sqs, queue = sns_sqs()
    origin = number(pinpoint_client)
    with_destination(pinpoint_client, ("TEXT_ALL",), **sns(topic))
    with freeze_time(FROZEN):  # SQS keeps a message 4 days: it is read at the same time
        message_id = pinpoint_client.send_text_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=origin,
            MessageBody="Shipped!",
            ConfigurationSetName="alerts",
            Context={"order": "A-42"},
        )["MessageId"]
        events = received(sqs, queue)
    assert events == [
        text_event(message_id, origin, "TEXT_PENDING", False, "Message is being delivered"),
        text_event(
            message_id, origin, "TEXT_SUCCESSFUL", False, "Message has been accepted by phone carrier"
        ),
        text_event(message_id, origin, "TEXT_DELIVERED", True, "Message has been accepted by phone"),
    ]


def test_without_raw_delivery_the_event_is_the_sns_message(pinpoint_client: Any) -> None:
    topic, sqs, queue = sns_sqs(RawMessageDelivery="false")
    with_destination(pinpoint_client, ("TEXT_DELIVERED",), **sns(topic))
    message_id = pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )["MessageId"]
    [envelope] = received(sqs, queue)
    assert (envelope["Type"], envelope["TopicArn"]) == ("Notification", topic)
    event = json.loads(envelope["Message"])
    assert (event["eventType"], event["messageId"], event["isFinal"]) == ("TEXT_DELIVERED", message_id, True)


def test_a_filter_policy_on_the_body_picks_the_events(pinpoint_client: Any) -> None:
    policy = json.dumps({"eventType": ["TEXT_DELIVERED", "TEXT_CARRIER_UNREACHABLE"]})
    topic, sqs, queue = sns_sqs(FilterPolicy=policy, FilterPolicyScope="MessageBody")
    with_destination(pinpoint_client, ("ALL",), **sns(topic))
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    assert [event["eventType"] for event in received(sqs, queue)] == ["TEXT_DELIVERED"]


def test_only_enabled_destinations_matching_an_event_receive_it(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    topic, sqs, queue = sns_sqs()
    with_destination(pinpoint_client, ("TEXT_DELIVERED", "VOICE_COMPLETED"), "delivered", **sns(topic))
    with_destination(pinpoint_client, ("VOICE_ALL",), "voice", **sns(topic))
    with_destination(pinpoint_client, ("TEXT_ALL",), "off", **sns(topic))
    pinpoint_client.update_event_destination(
        ConfigurationSetName="alerts", EventDestinationName="off", Enabled=False
    )
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    [message] = pinpoint_outbox
    assert [
        (event.event_type, [d.event_destination_name for d in event.deliveries]) for event in message.events
    ] == [
        ("TEXT_PENDING", []),
        ("TEXT_SUCCESSFUL", []),
        ("TEXT_DELIVERED", ["delivered"]),
    ]
    assert [event["eventType"] for event in received(sqs, queue)] == ["TEXT_DELIVERED"]


def test_the_targets_account_and_region_come_from_its_arn(pinpoint_client: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("MOTO_ACCOUNT_ID", OTHER_ACCOUNT)
    topic, sqs, queue = sns_sqs("eu-west-1")  # another account's topic, in another region
    monkeypatch.delenv("MOTO_ACCOUNT_ID")
    assert topic == f"arn:aws:sns:eu-west-1:{OTHER_ACCOUNT}:receipts"
    with_destination(pinpoint_client, ("TEXT_DELIVERED",), **sns(topic))
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    monkeypatch.setenv("MOTO_ACCOUNT_ID", OTHER_ACCOUNT)
    assert [event["eventType"] for event in received(sqs, queue)] == ["TEXT_DELIVERED"]


# -- Firehose and CloudWatch Logs ------------------------------------------------------------------------


def test_a_firehose_destination_gets_a_record_per_event(pinpoint_client: Any) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="sms-events")
    firehose = boto3.client("firehose", region_name="us-east-1")
    stream = firehose.create_delivery_stream(
        DeliveryStreamName="sms-events",
        ExtendedS3DestinationConfiguration={"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::sms-events"},
    )["DeliveryStreamARN"]
    with_destination(
        pinpoint_client,
        ("TEXT_ALL",),
        KinesisFirehoseDestination={"IamRoleArn": ROLE, "DeliveryStreamArn": stream},
    )
    message_id = pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )["MessageId"]
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket="sms-events")["Contents"]]
    records = [s3.get_object(Bucket="sms-events", Key=key)["Body"].read() for key in keys]
    assert all(record.endswith(b"}\n") for record in records)  # one JSON document and a newline each
    events = [json.loads(record) for record in records]
    assert {event["messageId"] for event in events} == {message_id}
    assert sorted(event["eventType"] for event in events) == [
        "TEXT_DELIVERED",
        "TEXT_PENDING",
        "TEXT_SUCCESSFUL",
    ]


def test_a_log_group_destination_gets_the_events_in_the_messages_log_stream(pinpoint_client: Any) -> None:
    logs = boto3.client("logs", region_name="us-east-1")
    logs.create_log_group(logGroupName="/sms/events")
    [group] = logs.describe_log_groups()["logGroups"]
    with_destination(
        pinpoint_client, ("ALL",), CloudWatchLogsDestination={"IamRoleArn": ROLE, "LogGroupArn": group["arn"]}
    )
    origin = number(pinpoint_client)
    with freeze_time(FROZEN):
        first = pinpoint_client.send_text_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=origin,
            MessageBody="a",
            ConfigurationSetName="alerts",
        )["MessageId"]
        second = pinpoint_client.send_text_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=origin,
            MessageBody="b",
            ConfigurationSetName="alerts",
        )["MessageId"]
        streams = logs.describe_log_streams(logGroupName="/sms/events")["logStreams"]
        assert sorted(stream["logStreamName"] for stream in streams) == sorted([first, second])
        written = logs.get_log_events(logGroupName="/sms/events", logStreamName=first, startFromHead=True)[
            "events"
        ]
    assert [json.loads(event["message"])["eventType"] for event in written] == [
        "TEXT_PENDING",
        "TEXT_SUCCESSFUL",
        "TEXT_DELIVERED",
    ]
    assert {event["timestamp"] for event in written} == {FROZEN_MS}
    assert {json.loads(event["message"])["messageId"] for event in written} == {first}


# -- targets moto does not hold ------------------------------------------------------------------------


def test_a_target_moto_does_not_hold_is_skipped_and_noted(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    logs = boto3.client("logs", region_name="us-east-1")
    logs.create_log_group(logGroupName="elsewhere")  # not the group the destination names
    targets = {
        "topic": sns(f"arn:aws:sns:us-east-1:{ACCOUNT}:nobody"),
        "stream": {
            "KinesisFirehoseDestination": {
                "IamRoleArn": ROLE,
                "DeliveryStreamArn": f"arn:aws:firehose:us-east-1:{ACCOUNT}:deliverystream/nobody",
            }
        },
        "group": {
            "CloudWatchLogsDestination": {
                "IamRoleArn": ROLE,
                "LogGroupArn": f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:nobody:*",
            }
        },
        "region": sns(f"arn:aws:sns:ap-south-2:{ACCOUNT}:nobody"),  # no SNS backend there at all
    }
    for name, target in targets.items():
        with_destination(pinpoint_client, ("TEXT_DELIVERED",), name, **target)
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    [message] = pinpoint_outbox
    deliveries = message.events[-1].deliveries
    assert [(d.event_destination_name, d.delivered) for d in deliveries] == [
        (name, False) for name in targets
    ]
    assert [d.detail for d in deliveries] == [
        f"moto has no SNS topic arn:aws:sns:us-east-1:{ACCOUNT}:nobody",
        f"moto has no Firehose delivery stream arn:aws:firehose:us-east-1:{ACCOUNT}:deliverystream/nobody",
        f"moto has no CloudWatch Logs log group arn:aws:logs:us-east-1:{ACCOUNT}:log-group:nobody:*",
        f"moto has no SNS topic arn:aws:sns:ap-south-2:{ACCOUNT}:nobody",
    ]


def test_an_arn_of_another_kind_is_skipped_and_noted(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    targets = {
        "not-sns": sns(f"arn:aws:sqs:us-east-1:{ACCOUNT}:a-queue"),
        "not-a-stream": {
            "KinesisFirehoseDestination": {
                "IamRoleArn": ROLE,
                "DeliveryStreamArn": f"arn:aws:firehose:us-east-1:{ACCOUNT}:deliverystream/",
            }
        },
        "not-a-group": {
            "CloudWatchLogsDestination": {
                "IamRoleArn": ROLE,
                "LogGroupArn": f"arn:aws:logs:us-east-1:{ACCOUNT}:destination:nobody",
            }
        },
    }
    for name, target in targets.items():
        with_destination(pinpoint_client, ("TEXT_DELIVERED",), name, **target)
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    deliveries = pinpoint_outbox[0].events[-1].deliveries
    assert [delivery.delivered for delivery in deliveries] == [False, False, False]
    assert [delivery.detail for delivery in deliveries] == [
        f"arn:aws:sqs:us-east-1:{ACCOUNT}:a-queue is not the ARN of an SNS topic",
        f"{deliveries[1].target_arn} is not the ARN of a Firehose delivery stream",
        f"{deliveries[2].target_arn} is not the ARN of a CloudWatch Logs log group",
    ]
    assert [delivery.target_arn for delivery in deliveries[1:]] == [
        f"arn:aws:firehose:us-east-1:{ACCOUNT}:deliverystream/",
        f"arn:aws:logs:us-east-1:{ACCOUNT}:destination:nobody",
    ]


def test_a_delivery_moto_refuses_is_skipped_and_noted(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    topic = boto3.client("sns", region_name="us-east-1").create_topic(
        Name="receipts.fifo", Attributes={"FifoTopic": "true"}
    )["TopicArn"]
    with_destination(pinpoint_client, ("TEXT_DELIVERED",), **sns(topic))
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    [delivery] = pinpoint_outbox[0].events[-1].deliveries
    assert not delivery.delivered
    assert delivery.detail.startswith("moto refused it: ")
    assert "MessageGroupId" in delivery.detail


# -- what a message goes through --------------------------------------------------------------------------


def test_events_are_recorded_on_the_message_without_a_configuration_set(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=number(pinpoint_client), MessageBody="hi"
    )
    [message] = pinpoint_outbox
    assert message.event_types == ["TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"]
    assert [event.deliveries for event in message.events] == [[], [], []]


def test_a_channel_the_model_has_no_events_for_records_none(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], monkeypatch: Any
) -> None:
    """The hook is generic over channels: one without event types in the model (RCS before botocore 1.44,
    say) goes through no events, nor does its feedback."""
    of_the_model = events.event_types()
    monkeypatch.setattr(
        events, "event_types", lambda: frozenset(e for e in of_the_model if not e.startswith("TEXT_"))
    )
    message_id = pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=number(pinpoint_client), MessageBody="hi"
    )["MessageId"]
    pinpoint_client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="RECEIVED")
    [message] = pinpoint_outbox
    assert (message.events, [feedback.message_feedback_status for feedback in message.feedback]) == (
        [],
        ["RECEIVED"],
    )


def test_a_dry_run_emits_nothing(pinpoint_client: Any, pinpoint_outbox: list[SentMessage]) -> None:
    topic, sqs, queue = sns_sqs()
    with_destination(pinpoint_client, ("ALL",), **sns(topic))
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
        DryRun=True,
    )
    assert (pinpoint_outbox, received(sqs, queue)) == ([], [])


def test_voice_and_media_go_through_their_own_events(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    topic, sqs, queue = sns_sqs()
    with_destination(pinpoint_client, ("VOICE_ALL", "MEDIA_ALL"), **sns(topic))
    with freeze_time(FROZEN):
        voice_id = pinpoint_client.send_voice_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=number(pinpoint_client, "VOICE", number_type="LONG_CODE"),
            MessageBody="Your code is 1 2 3",
            ConfigurationSetName="alerts",
        )["MessageId"]
        media_origin = number(pinpoint_client, "MMS")
        media_id = pinpoint_client.send_media_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=media_origin,
            MediaUrls=["s3://bucket/cat.png"],
            ConfigurationSetName="alerts",
        )["MessageId"]
        events = received(sqs, queue)
    assert [event["eventType"] for event in events] == [
        "VOICE_INITIATED",
        "VOICE_RINGING",
        "VOICE_ANSWERED",
        "VOICE_COMPLETED",
        "MEDIA_PENDING",
        "MEDIA_SUCCESSFUL",
        "MEDIA_DELIVERED",
    ]
    assert events[3] == {
        "eventType": "VOICE_COMPLETED",
        "eventVersion": "1.0",
        "eventTimestamp": FROZEN_MS,
        "isFinal": True,
        "originationPhoneNumber": pinpoint_outbox[0].origination_number,
        "destinationPhoneNumber": CUSTOMER,
        "isoCountryCode": "US",
        "messageId": voice_id,
        "messageRequestTimestamp": FROZEN_MS,
        "messageStatus": "COMPLETED",
    }
    assert events[6] == {
        "eventType": "MEDIA_DELIVERED",
        "eventVersion": "1.0",
        "eventTimestamp": FROZEN_MS,
        "isFinal": True,
        "originationPhoneNumber": media_origin,
        "destinationPhoneNumber": CUSTOMER,
        "isoCountryCode": "US",
        "isInternationalSend": False,
        "messageId": media_id,
        "messageRequestTimestamp": FROZEN_MS,
        "messageType": "TRANSACTIONAL",
        "messageStatus": "DELIVERED",
        "messageStatusDescription": "Message has been accepted by phone",
        "totalMessageParts": 1,
        "totalMessagePrice": float(pinpoint_outbox[1].price),
        "totalCarrierFee": 0.0,
    }
    assert [event["isFinal"] for event in events] == [False, False, False, True, False, False, True]


def test_the_payload_says_the_protect_verdict_encoding_and_international_send(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    protect = backend.seed_protect_configuration(
        country_rules={"SMS": {"CA": "MONITOR"}}, account_default=True
    )
    origin = (
        pinpoint_mock.backend()
        .seed_phone_number(number_type="TOLL_FREE", international_sending_enabled=True)
        .phone_number
    )
    pinpoint_client.send_text_message(
        DestinationPhoneNumber="+14165550199", OriginationIdentity=origin, MessageBody="Grüße ☃"
    )
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=origin, MessageBody="hi"
    )
    abroad, home = (message.events[-1].payload for message in pinpoint_outbox)
    assert (abroad["isoCountryCode"], abroad["isInternationalSend"], abroad["messageEncoding"]) == (
        "CA",
        True,
        "UNICODE",
    )
    assert abroad["protectConfiguration"] == {
        "protectConfigurationId": protect.protect_configuration_id,
        "protectStatus": "MONITOR",
    }
    assert (
        home["isInternationalSend"],
        home["messageEncoding"],
        home["protectConfiguration"]["protectStatus"],
    ) == (
        False,
        "GSM",
        "ALLOW",
    )
    assert "context" not in home


def test_a_sender_id_is_the_origination_of_its_events(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    pinpoint_mock.backend().seed_sender_id("ACME", "GB")
    pinpoint_client.send_text_message(
        DestinationPhoneNumber="+447700900123", OriginationIdentity="ACME", MessageBody="hi"
    )
    payload = pinpoint_mock.backend().sent_messages[0].events[-1].payload
    assert (payload["originationPhoneNumber"], payload["isoCountryCode"], payload["isInternationalSend"]) == (
        "ACME",
        "GB",
        False,
    )


def test_a_notify_message_from_aws_identities_is_sent_from_the_destinations_country(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    """AWS's own Notify identities are of the destination's country (AWS_MANAGED names no country)."""
    configuration_id = pinpoint_client.create_notify_configuration(
        DisplayName="Acme", UseCase="CODE_VERIFICATION", EnabledChannels=["SMS", "VOICE"]
    )["NotifyConfigurationId"]
    for destination in (CUSTOMER, "+447700900123"):
        pinpoint_client.send_notify_text_message(
            NotifyConfigurationId=configuration_id,
            DestinationPhoneNumber=destination,
            TemplateId="notify-code-verification-english-001",
            TemplateVariables={"code": "123456"},
        )
    assert [
        (
            message.origination_number,
            message.origination_country,
            message.events[-1].payload["isoCountryCode"],
            message.events[-1].payload["isInternationalSend"],
        )
        for message in pinpoint_outbox
    ] == [(AWS_MANAGED, "US", "US", False), (AWS_MANAGED, "GB", "GB", False)]


@needs_rcs_sends
def test_an_rcs_agent_sends_from_its_launch_country_and_its_events_have_no_message_type(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage]
) -> None:
    """An agent sends RCS where it launched, so from the destination's country; an RCS message has no
    message type, and its events leave the member out rather than write it null."""
    backend = pinpoint_mock.backend()
    agent = backend.seed_rcs_agent(status="ACTIVE")
    backend.seed_rcs_country_launch(agent, "US", status="ACTIVE")
    backend.seed_rcs_country_launch(agent, "GB", status="ACTIVE")
    for destination in (CUSTOMER, "+447700900123"):
        pinpoint_client.send_rcs_message(
            DestinationPhoneNumber=destination,
            OriginationIdentity=agent.rcs_agent_id,
            RcsMessageContent={"Content": {"TextMessage": {"Body": "hi"}}},
        )
    payloads = [message.events[-1].payload for message in pinpoint_outbox]
    assert [
        (message.origination_country, payload["isoCountryCode"], payload["isInternationalSend"])
        for message, payload in zip(pinpoint_outbox, payloads, strict=True)
    ] == [("US", "US", False), ("GB", "GB", False)]
    assert ["messageType" in payload for payload in payloads] == [False, False]


def test_no_event_member_is_null_whatever_sent_the_message(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage]
) -> None:
    """Members without a meaning for a message are left out of its events, never written as null."""
    backend = pinpoint_mock.backend()
    origin = backend.seed_phone_number(number_capabilities=["SMS", "VOICE", "MMS"], number_type="TOLL_FREE")
    sent = {"DestinationPhoneNumber": CUSTOMER, "OriginationIdentity": origin.phone_number}
    pinpoint_client.send_text_message(MessageBody="hi", **sent)
    pinpoint_client.send_voice_message(MessageBody="hi", **sent)
    pinpoint_client.send_media_message(MediaUrls=["s3://bucket/cat.png"], **sent)
    configuration_id = pinpoint_client.create_notify_configuration(
        DisplayName="Acme", UseCase="CODE_VERIFICATION", EnabledChannels=["SMS", "VOICE"]
    )["NotifyConfigurationId"]
    notify = {
        "NotifyConfigurationId": configuration_id,
        "DestinationPhoneNumber": CUSTOMER,
        "TemplateId": "notify-code-verification-english-001",
        "TemplateVariables": {"code": "123456"},
    }
    pinpoint_client.send_notify_text_message(**notify)
    pinpoint_client.send_notify_voice_message(**notify)
    verified = pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=CUSTOMER)
    pinpoint_client.send_destination_number_verification_code(
        VerifiedDestinationNumberId=verified["VerifiedDestinationNumberId"], VerificationChannel="TEXT"
    )
    backend.receive_message(
        origination_number=CUSTOMER, destination_number=origin.phone_number, message_body="HELP"
    )
    if "SendRcsMessage" in service_model().operation_names:
        agent = backend.seed_rcs_agent(status="ACTIVE")
        backend.seed_rcs_country_launch(agent, "US", status="ACTIVE")
        pinpoint_client.send_rcs_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=agent.rcs_agent_id,
            RcsMessageContent={"Content": {"TextMessage": {"Body": "hi"}}},
        )
    assert len(pinpoint_outbox) >= 7
    assert all(message.events for message in pinpoint_outbox)
    nulls = [
        (message.operation, event.event_type, member)
        for message in pinpoint_outbox
        for event in message.events
        for member, value in event.payload.items()
        if value is None
    ]
    assert nulls == []


# -- outcomes a test chooses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "events"),
    [
        ("TEXT_CARRIER_UNREACHABLE", ["TEXT_PENDING", "TEXT_CARRIER_UNREACHABLE"]),
        ("TEXT_BLOCKED", ["TEXT_PENDING", "TEXT_BLOCKED"]),
        ("TEXT_TTL_EXPIRED", ["TEXT_PENDING", "TEXT_TTL_EXPIRED"]),
        ("TEXT_SUCCESSFUL", ["TEXT_PENDING", "TEXT_SUCCESSFUL"]),
        ("TEXT_PENDING", ["TEXT_PENDING"]),
        ("TEXT_PROTECT_BLOCKED", ["TEXT_PROTECT_BLOCKED"]),
        ("TEXT_QUEUED", ["TEXT_QUEUED"]),
    ],
)
def test_a_seeded_outcome_decides_a_texts_events(
    pinpoint_client: Any,
    pinpoint_mock: MockPinpoint,
    pinpoint_outbox: list[SentMessage],
    outcome: str,
    events: list[str],
) -> None:
    assert list(pinpoint_mock.backend().seed_delivery_outcome(CUSTOMER.removeprefix("+"), outcome)) == events
    origin = number(pinpoint_client)
    for destination in (CUSTOMER, "+12065550198"):
        pinpoint_client.send_text_message(
            DestinationPhoneNumber=destination, OriginationIdentity=origin, MessageBody="hi"
        )
    seeded, other = pinpoint_outbox
    assert seeded.event_types == events
    assert other.event_types == ["TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"]
    last = seeded.events[-1].payload
    assert last["isFinal"] is (outcome not in ("TEXT_PENDING", "TEXT_QUEUED"))
    assert last["messageStatus"] == outcome.removeprefix("TEXT_")


def test_a_seeded_failure_reaches_the_queue_with_its_description(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    topic, sqs, queue = sns_sqs()
    with_destination(pinpoint_client, ("TEXT_ALL",), **sns(topic))
    pinpoint_mock.backend().seed_delivery_outcome(CUSTOMER, "TEXT_CARRIER_UNREACHABLE")
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client),
        MessageBody="hi",
        ConfigurationSetName="alerts",
    )
    final = received(sqs, queue)[-1]
    assert (
        final["eventType"],
        final["isFinal"],
        final["messageStatus"],
        final["messageStatusDescription"],
    ) == (
        "TEXT_CARRIER_UNREACHABLE",
        True,
        "CARRIER_UNREACHABLE",
        "Phone carrier is currently unreachable/unavailable",
    )


@pytest.mark.parametrize(
    ("outcome", "events"),
    [
        ("VOICE_BUSY", ["VOICE_INITIATED", "VOICE_BUSY"]),
        ("VOICE_NO_ANSWER", ["VOICE_INITIATED", "VOICE_RINGING", "VOICE_NO_ANSWER"]),
        ("VOICE_ANSWERED", ["VOICE_INITIATED", "VOICE_RINGING", "VOICE_ANSWERED"]),
        ("MEDIA_FILE_INACCESSIBLE", ["MEDIA_PENDING", "MEDIA_FILE_INACCESSIBLE"]),
        ("MEDIA_SUCCESSFUL", ["MEDIA_PENDING", "MEDIA_SUCCESSFUL"]),
    ],
)
def test_a_seeded_outcome_decides_voice_and_media_events(
    pinpoint_client: Any,
    pinpoint_mock: MockPinpoint,
    pinpoint_outbox: list[SentMessage],
    outcome: str,
    events: list[str],
) -> None:
    assert list(pinpoint_mock.backend().seed_delivery_outcome(CUSTOMER, outcome)) == events
    if outcome.startswith("VOICE_"):
        origin = number(pinpoint_client, "VOICE", number_type="LONG_CODE")
        pinpoint_client.send_voice_message(
            DestinationPhoneNumber=CUSTOMER, OriginationIdentity=origin, MessageBody="hi"
        )
    else:
        origin = number(pinpoint_client, "MMS")
        pinpoint_client.send_media_message(
            DestinationPhoneNumber=CUSTOMER, OriginationIdentity=origin, MediaUrls=["s3://bucket/cat.png"]
        )
    [message] = pinpoint_outbox
    assert message.event_types == events
    assert [event.payload["isFinal"] for event in message.events] == [False] * (len(events) - 1) + [
        outcome != "VOICE_ANSWERED"
    ]


def test_outcomes_are_per_channel_and_the_default_can_be_chosen_again(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_delivery_outcome(CUSTOMER, "VOICE_BUSY")
    origin = number(pinpoint_client, "VOICE", number_type="LONG_CODE")
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=origin, MessageBody="hi"
    )
    backend.seed_delivery_outcome(CUSTOMER, "TEXT_UNREACHABLE")
    text_origin = number(pinpoint_client)
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=text_origin, MessageBody="hi"
    )
    backend.seed_delivery_outcome(CUSTOMER, "VOICE_COMPLETED")
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=origin, MessageBody="hi"
    )
    assert [message.event_types[-1] for message in pinpoint_outbox] == [
        "VOICE_BUSY",
        "TEXT_UNREACHABLE",
        "VOICE_COMPLETED",
    ]
    other_region = pinpoint_mock.backend("eu-west-1")
    assert other_region.delivery_outcomes == {}


def test_awss_failure_simulator_number_fails_and_its_success_number_delivers(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[SentMessage]
) -> None:
    origin = number(pinpoint_client)
    for destination in ("+14254147167", "+14254147755"):
        pinpoint_client.send_text_message(
            DestinationPhoneNumber=destination, OriginationIdentity=origin, MessageBody="hi"
        )
    voice = number(pinpoint_client, "VOICE", number_type="LONG_CODE")
    pinpoint_client.send_voice_message(
        DestinationPhoneNumber="+14254147167", OriginationIdentity=voice, MessageBody="hi"
    )
    pinpoint_mock.backend().seed_delivery_outcome("+14254147167", "TEXT_DELIVERED")  # a seed decides first
    pinpoint_client.send_text_message(
        DestinationPhoneNumber="+14254147167", OriginationIdentity=origin, MessageBody="hi"
    )
    assert [message.event_types for message in pinpoint_outbox] == [
        ["TEXT_PENDING", "TEXT_BLOCKED"],
        ["TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"],
        ["VOICE_INITIATED", "VOICE_FAILED"],
        ["TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"],
    ]
    assert pinpoint_outbox[0].events[-1].payload["messageStatusDescription"] == "Phone has blocked SMS"


@pytest.mark.parametrize(
    "outcome", ["ALL", "TEXT_ALL", "VOICE_ALL", "TEXT_SENT", "TEXT_NOPE", "text_delivered"]
)
def test_only_an_event_a_message_can_end_with_is_an_outcome(
    pinpoint_mock: MockPinpoint, outcome: str
) -> None:
    with pytest.raises(ValueError, match="not an event type a message can end with"):
        pinpoint_mock.backend().seed_delivery_outcome(CUSTOMER, outcome)


@pytest.mark.parametrize("number", [None, "", "not a number", "+0123456789", 12065550100])
def test_an_outcome_for_what_is_no_phone_number_is_a_value_error(
    pinpoint_mock: MockPinpoint, number: Any
) -> None:
    with pytest.raises(ValueError, match=r"destination_phone_number must be a phone number in E\.164 form"):
        pinpoint_mock.backend().seed_delivery_outcome(number, "TEXT_DELIVERED")
    assert pinpoint_mock.backend().delivery_outcomes == {}


@pytest.mark.parametrize("number", ["+1 206 555 0197", 12065550197, None])
@pytest.mark.parametrize("seed", ["destination_without_rcs", "protect_number_override", "opted_out_number"])
def test_every_seed_of_a_number_refuses_what_is_no_e164_number(
    pinpoint_mock: MockPinpoint, seed: str, number: Any
) -> None:
    backend = pinpoint_mock.backend()
    protect = backend.seed_protect_configuration()
    calls = {
        "destination_without_rcs": lambda: backend.seed_destination_without_rcs(number),
        "protect_number_override": lambda: backend.seed_protect_number_override(protect, number, "BLOCK"),
        "opted_out_number": lambda: backend.seed_opted_out_number("Default", number),
    }
    with pytest.raises(ValueError, match="must be a phone number in E\\.164 form"):
        calls[seed]()
    assert (backend.destinations_without_rcs, list(protect.number_overrides.values())) == (set(), [])


# -- the feedback of a message ----------------------------------------------------------------------------


def test_feedback_is_recorded_and_delivered_as_an_event(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    topic, sqs, queue = sns_sqs()
    with_destination(pinpoint_client, ("TEXT_DELIVERED", "TEXT_UNKNOWN"), **sns(topic))
    with freeze_time(FROZEN) as clock:
        message_id = pinpoint_client.send_text_message(
            DestinationPhoneNumber=CUSTOMER,
            OriginationIdentity=number(pinpoint_client),
            MessageBody="Your code is 123456",
            ConfigurationSetName="alerts",
            MessageFeedbackEnabled=True,
        )["MessageId"]
        clock.tick(53)
        answer = pinpoint_client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="RECEIVED")
        pinpoint_client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="FAILED")
        events = received(sqs, queue)
    assert (answer["MessageId"], answer["MessageFeedbackStatus"]) == (message_id, "RECEIVED")
    [message] = pinpoint_outbox
    assert [feedback.message_feedback_status for feedback in message.feedback] == ["RECEIVED", "FAILED"]
    assert str(message.feedback[0].timestamp) == "2026-03-04 05:07:00"
    assert [(event["eventType"], event.get("messageFeedbackStatus")) for event in events] == [
        ("TEXT_DELIVERED", None),
        ("TEXT_DELIVERED", "RECEIVED"),
        ("TEXT_UNKNOWN", "FAILED"),
    ]
    assert (events[1]["eventTimestamp"], events[1]["messageRequestTimestamp"], events[1]["isFinal"]) == (
        FROZEN_MS + 53_000,
        FROZEN_MS,
        True,
    )


def test_voice_feedback_delivers_voice_events(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    message_id = pinpoint_client.send_voice_message(
        DestinationPhoneNumber=CUSTOMER,
        OriginationIdentity=number(pinpoint_client, "VOICE", number_type="LONG_CODE"),
        MessageBody="hi",
    )["MessageId"]
    pinpoint_client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="FAILED")
    pinpoint_client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="RECEIVED")
    assert pinpoint_outbox[0].event_types[-2:] == ["VOICE_FAILED", "VOICE_COMPLETED"]


def test_feedback_on_an_unknown_message_is_not_found(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    missing = client_error(
        pinpoint_client.put_message_feedback, MessageId="nope", MessageFeedbackStatus="RECEIVED"
    )
    assert (missing["Error"]["Code"], missing["ResourceType"], missing["ResourceId"]) == (
        "ResourceNotFoundException",
        "message",
        "nope",
    )
    elsewhere = boto3.client("pinpoint-sms-voice-v2", region_name="eu-west-1")
    message_id = elsewhere.send_text_message(
        DestinationPhoneNumber="+447700900123",
        OriginationIdentity=number(elsewhere, country="GB", number_type="LONG_CODE"),
        MessageBody="hi",
    )["MessageId"]
    missing = client_error(
        pinpoint_client.put_message_feedback, MessageId=message_id, MessageFeedbackStatus="FAILED"
    )
    assert missing["ResourceType"] == "message"  # another region's outbox is not this one's
    assert pinpoint_mock.backend("eu-west-1").sent_messages[0].feedback == []


# -- moto is imported only when a delivery needs it -------------------------------------------------------


def test_motos_services_are_imported_only_when_an_event_goes_to_one() -> None:
    script = textwrap.dedent(
        """
        import sys, boto3
        from pinpoint_fake import mock_pinpoint
        SERVICES = ("moto.sns.models", "moto.firehose.models", "moto.logs.models")
        with mock_pinpoint():
            client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
            number = client.request_phone_number(
                IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"],
                NumberType="SIMULATOR")["PhoneNumber"]
            client.create_configuration_set(ConfigurationSetName="alerts")
            send = dict(DestinationPhoneNumber="+12065550199", OriginationIdentity=number, MessageBody="hi",
                        ConfigurationSetName="alerts")
            client.send_text_message(**send)
            print([name for name in SERVICES if name in sys.modules])
            client.create_event_destination(
                ConfigurationSetName="alerts", EventDestinationName="logs", MatchingEventTypes=["ALL"],
                CloudWatchLogsDestination={"IamRoleArn": "arn:aws:iam::123456789012:role/r",
                                           "LogGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:g"})
            client.send_text_message(**send)
            print([name for name in SERVICES if name in sys.modules])
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["[]", "['moto.logs.models']"]


# -- inbound messages to the two-way channel ----------------------------------------------------------------


def two_way_number(client: Any, backend: Any, topic: str) -> str:
    phone_number = registered_number(client, backend)  # a toll-free number sends once registered
    client.update_phone_number(
        PhoneNumberId=phone_number["PhoneNumberId"], TwoWayEnabled=True, TwoWayChannelArn=topic
    )
    return str(phone_number["PhoneNumber"])


def test_an_inbound_message_reaches_the_two_way_topic(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    topic, sqs, queue = sns_sqs()
    backend = pinpoint_mock.backend()
    ours = two_way_number(pinpoint_client, backend, topic)
    first = backend.receive_message(
        origination_number=CUSTOMER, destination_number=ours, message_body="Hello?"
    )
    sent = pinpoint_client.send_text_message(
        DestinationPhoneNumber=CUSTOMER, OriginationIdentity=ours, MessageBody="Hi! How can we help?"
    )["MessageId"]
    second = backend.receive_message(
        origination_number=CUSTOMER, destination_number=ours, message_body="help"
    )
    assert received(sqs, queue) == [
        {
            "originationNumber": CUSTOMER,
            "destinationNumber": ours,
            "messageKeyword": f"KEYWORD_{ACCOUNT}",
            "messageBody": "Hello?",
            "inboundMessageId": first.inbound_message_id,
        },
        {
            "originationNumber": CUSTOMER,
            "destinationNumber": ours,
            "messageKeyword": "HELP",
            "messageBody": "help",
            "inboundMessageId": second.inbound_message_id,
            "previousPublishedMessageId": sent,  # not HELP's automatic reply, sent after it
        },
    ]
    assert second.reply is not None
    assert second.two_way_payload is not None
    assert second.two_way_payload["inboundMessageId"] == second.inbound_message_id
    assert second.two_way_delivery is not None
    assert second.two_way_delivery.delivered
    assert (second.two_way_delivery.event_destination_name, second.two_way_delivery.target_arn) == (
        None,
        topic,
    )


def test_a_pooled_number_uses_its_pools_two_way_channel(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    topic, sqs, queue = sns_sqs()
    backend = pinpoint_mock.backend()
    number_record = backend.seed_phone_number(two_way_enabled=True, two_way_channel_arn=f"{topic}-unused")
    backend.seed_pool([number_record], two_way_enabled=True, two_way_channel_arn=topic)
    backend.receive_message(
        origination_number=CUSTOMER, destination_number=number_record.phone_number, message_body="hi"
    )
    assert [event["messageBody"] for event in received(sqs, queue)] == ["hi"]


def test_without_two_way_nothing_is_published(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> None:
    topic, sqs, queue = sns_sqs()
    backend = pinpoint_mock.backend()
    number_record = backend.seed_phone_number(two_way_enabled=False, two_way_channel_arn=topic)
    answer = backend.receive_message(
        origination_number=CUSTOMER, destination_number=number_record.phone_number, message_body="hi"
    )
    assert (answer.two_way_payload, answer.two_way_delivery, received(sqs, queue)) == (None, None, [])


def test_a_two_way_channel_moto_does_not_hold_is_noted(pinpoint_mock: MockPinpoint) -> None:
    backend = pinpoint_mock.backend()
    nowhere = backend.seed_phone_number(two_way_enabled=True)  # on, with no channel: published nowhere
    answer = backend.receive_message(
        origination_number=CUSTOMER, destination_number=nowhere.phone_number, message_body="hi"
    )
    assert answer.two_way_payload is not None
    assert answer.two_way_delivery is None
    connect = backend.seed_phone_number(
        two_way_enabled=True, two_way_channel_arn="connect.us-east-1.amazonaws.com"
    )
    missing = backend.seed_phone_number(
        two_way_enabled=True, two_way_channel_arn=f"arn:aws:sns:us-east-1:{ACCOUNT}:nobody"
    )
    for phone_number, detail in (
        (connect, "connect.us-east-1.amazonaws.com is not the ARN of an SNS topic"),
        (missing, f"moto has no SNS topic arn:aws:sns:us-east-1:{ACCOUNT}:nobody"),
    ):
        answer = backend.receive_message(
            origination_number=CUSTOMER, destination_number=phone_number.phone_number, message_body="hi"
        )
        assert answer.two_way_delivery is not None
        assert (answer.two_way_delivery.delivered, answer.two_way_delivery.detail) == (False, detail)
        assert answer.two_way_payload is not None
        assert answer.two_way_payload["messageBody"] == "hi"
