"""Pattern (i): read the delivery receipt of a send from an SQS queue subscribed to the configuration set's
SNS topic; choose the carrier's answer with ``seed_delivery_outcome``."""

from __future__ import annotations

from typing import Any

import boto3
from sms_receipts import handle_receipts, send_code

from pinpoint_fake import MockPinpoint

CUSTOMER = "+12065550199"


def lambda_event(queue: str) -> dict[str, Any]:
    """What Lambda hands an SQS-triggered function: the queue's messages as ``Records`` (read and deleted)."""
    sqs = boto3.client("sqs", region_name="us-east-1")
    records = []
    while messages := sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            records.append({"messageId": message["MessageId"], "body": message["Body"]})
            sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
    return {"Records": records}


def test_a_delivered_code_is_reported_delivered(
    pinpoint_client: Any, receipts_queue: str, origination: str
) -> None:
    message_id = send_code(pinpoint_client, origination, CUSTOMER, "123456")
    event = lambda_event(receipts_queue)
    assert len(event["Records"]) == 3  # TEXT_PENDING, TEXT_SUCCESSFUL, TEXT_DELIVERED
    assert handle_receipts(event) == {message_id: "delivered"}


def test_an_unreachable_carrier_is_reported_failed(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, receipts_queue: str, origination: str
) -> None:
    pinpoint_mock.backend().seed_delivery_outcome(CUSTOMER, "TEXT_CARRIER_UNREACHABLE")
    failed = send_code(pinpoint_client, origination, CUSTOMER, "123456")
    delivered = send_code(pinpoint_client, origination, "+12065550198", "654321")
    assert handle_receipts(lambda_event(receipts_queue)) == {failed: "failed", delivered: "delivered"}
