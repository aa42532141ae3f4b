"""Delivery receipts end to end: the "otp" configuration set's event destination is a moto SNS topic, an
SQS queue (as a Lambda's trigger would) is subscribed to it, and the fake's sends publish their events there.
The queue is read with moto's own SQS client, in the same mock as the plugin's ``pinpoint_client``."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

REGION = "us-east-1"


@pytest.fixture
def receipts_queue(pinpoint_client: Any) -> str:
    """The URL of the SQS queue the "otp" set's receipts reach (through its SNS topic)."""
    sns = boto3.client("sns", region_name=REGION)
    sqs = boto3.client("sqs", region_name=REGION)
    topic = sns.create_topic(Name="sms-receipts")["TopicArn"]
    queue = sqs.create_queue(QueueName="sms-receipts")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue_arn)
    pinpoint_client.create_configuration_set(ConfigurationSetName="otp")
    pinpoint_client.create_event_destination(
        ConfigurationSetName="otp",
        EventDestinationName="receipts",
        MatchingEventTypes=["TEXT_ALL"],
        SnsDestination={"TopicArn": topic},
    )
    return str(queue)


@pytest.fixture
def origination(pinpoint_client: Any) -> str:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    return str(number["PhoneNumber"])
