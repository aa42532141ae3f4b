"""Application code under test: tell a customer their order shipped, unless they opted out."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError


def notify_shipped(client: Any, pool_id: str, phone: str, order_id: str) -> str | None:
    """The MessageId of the notification, or None when the customer has opted out."""
    try:
        answer = client.send_text_message(
            DestinationPhoneNumber=phone,
            OriginationIdentity=pool_id,
            MessageBody=f"Order {order_id} has shipped.",
            ConfigurationSetName="orders",
            Context={"order": order_id},
        )
    except ClientError as error:
        if error.response.get("Reason") == "DESTINATION_PHONE_NUMBER_OPTED_OUT":
            return None
        raise
    return str(answer["MessageId"])
