"""MessagingLimits and PricingTier of phone numbers and sender IDs (botocore >= 1.44)."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake import messaging_limits
from pinpoint_fake.service_model import enum_values

from .helpers import before_1_44, from_1_44, request_number


def described_number(client: Any) -> dict[str, Any]:
    (number,) = client.describe_phone_numbers()["PhoneNumbers"]
    result: dict[str, Any] = number
    return result


@from_1_44
@pytest.mark.parametrize(
    ("number_type", "country", "limits"),
    [
        ("TEN_DLC", "US", {"RateLimits": {"SMS": 1, "MMS": 1}, "DailyMessageCaps": {"T-MOBILE": 2000}}),
        ("TOLL_FREE", "US", {"RateLimits": {"SMS": 3, "MMS": 3}}),
        ("LONG_CODE", "CA", {"RateLimits": {"SMS": 1, "MMS": 1}}),
        ("LONG_CODE", "GB", {"RateLimits": {"SMS": 10}}),  # no MMS rate outside the US and Canada
        ("SIMULATOR", "US", {"RateLimits": {"SMS": 1, "MMS": 1}}),
    ],
)
def test_a_number_has_the_limits_of_its_type_and_country(
    pinpoint_client: Any, number_type: str, country: str, limits: dict[str, Any]
) -> None:
    request_number(
        pinpoint_client,
        NumberType=number_type,
        IsoCountryCode=country,
        NumberCapabilities=["SMS", "MMS", "VOICE"],
    )
    number = described_number(pinpoint_client)
    assert (number["MessagingLimits"], number["PricingTier"]) == (limits, "STANDARD")


@from_1_44
def test_only_the_numbers_capabilities_are_rated(pinpoint_client: Any) -> None:
    request_number(pinpoint_client, NumberType="TOLL_FREE", NumberCapabilities=["MMS"])
    assert described_number(pinpoint_client)["MessagingLimits"] == {"RateLimits": {"MMS": 3}}


@from_1_44
def test_a_number_with_no_rated_capability_has_no_limits(pinpoint_client: Any) -> None:
    request_number(pinpoint_client, NumberType="TOLL_FREE", NumberCapabilities=["VOICE"])
    assert "MessagingLimits" not in described_number(pinpoint_client)


@from_1_44
def test_a_seeded_short_code_has_the_documented_rates(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend().seed_phone_number(number_type="SHORT_CODE", number_capabilities=["SMS", "MMS"])
    assert described_number(pinpoint_client)["MessagingLimits"] == {"RateLimits": {"SMS": 100, "MMS": 40}}


@from_1_44
def test_a_sender_id_has_an_sms_rate_and_a_pricing_tier(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    (sender,) = pinpoint_client.describe_sender_ids()["SenderIds"]
    assert (sender["MessagingLimits"], sender["PricingTier"]) == ({"RateLimits": {"SMS": 10}}, "STANDARD")


@before_1_44
def test_an_older_model_answers_no_limits(pinpoint_client: Any) -> None:
    request_number(pinpoint_client, NumberType="TEN_DLC")
    assert {"MessagingLimits", "PricingTier"} & set(described_number(pinpoint_client)) == set()


def test_every_number_type_of_the_model_has_rates() -> None:
    rated = {number_type for number_type, _ in messaging_limits.RATE_LIMITS}
    assert rated == {*enum_values("NumberType"), "SENDER_ID"}
    assert set(messaging_limits.DAILY_MESSAGE_CAPS) == {
        "TEN_DLC"
    }  # "Applies to 10DLC phone numbers" (the model)
