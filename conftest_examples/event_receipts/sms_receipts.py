"""Application code under test: send a one-time code through the "otp" configuration set, and the Lambda
handler that reads delivery receipts from an SQS queue subscribed to the set's SNS topic."""

from __future__ import annotations

import json
from typing import Any

FAILED = {
    "CARRIER_UNREACHABLE",
    "BLOCKED",
    "CARRIER_BLOCKED",
    "UNREACHABLE",
    "TTL_EXPIRED",
    "INVALID",
    "SPAM",
}


def send_code(client: Any, origination: str, phone: str, code: str) -> str:
    answer = client.send_text_message(
        DestinationPhoneNumber=phone,
        OriginationIdentity=origination,
        MessageBody=f"Your code is {code}",
        ConfigurationSetName="otp",
        Context={"purpose": "login"},
    )
    return str(answer["MessageId"])


def handle_receipts(event: dict[str, Any]) -> dict[str, str]:
    """An SQS-triggered Lambda: each record's body is the SNS envelope, whose Message is the SMS event.
    Answers the final status of each message seen: "delivered", "failed" or "unknown"."""
    statuses: dict[str, str] = {}
    for record in event["Records"]:
        receipt = json.loads(json.loads(record["body"])["Message"])
        if not receipt["isFinal"]:
            continue
        status = receipt["messageStatus"]
        statuses[receipt["messageId"]] = (
            "delivered"
            if status in ("SUCCESSFUL", "DELIVERED")
            else "failed"
            if status in FAILED
            else "unknown"
        )
    return statuses
