"""Choosing a number: RequestPhoneNumber's NumberPreference and ListAvailablePhoneNumbers (botocore >= 1.44).

Both read the same block of each country's numbers (``phone_ranges.BLOCK`` numbers from its first): a listing
is the block's free numbers in order, and a preference leases the first of them that meets it.
"""

from __future__ import annotations

from typing import Any

import pytest
from botocore.config import Config

from pinpoint_fake.operations.phone_numbers import EXACT_MATCH, pattern_types
from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.service_model import enum_values

from .helpers import client_error, from_1_44, request_number

pytestmark = from_1_44

SEARCH = {"IsoCountryCode": "US", "NumberCapabilities": ["SMS"], "NumberType": "TEN_DLC"}


def ten_dlc(
    client: Any, preference_type: str | None = None, *values: str, **overrides: Any
) -> dict[str, Any]:
    """A US TEN_DLC number requested through the API, with a preference if one is given."""
    preference = {"NumberPreference": [{"PreferenceType": [preference_type], "Filter": list(values)}]}
    arguments = {"NumberType": "TEN_DLC", **(preference if preference_type else {}), **overrides}
    return request_number(client, **arguments)


def available(client: Any, preference_type: str | None = None, *values: str, **overrides: Any) -> list[str]:
    preference = {"NumberPreference": [{"PreferenceType": [preference_type], "Filter": list(values)}]}
    arguments = {**SEARCH, **(preference if preference_type else {}), **overrides}
    numbers: list[str] = client.list_available_phone_numbers(**arguments)["AvailablePhoneNumbers"]
    return numbers


# -- RequestPhoneNumber's NumberPreference ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("preference_type", "values", "leased"),
    [
        ("StartsWith", ["+1206555015"], "+12065550150"),
        ("StartsWith", ["1206555015"], "+12065550150"),  # the model lets a value leave out the +
        ("EndsWith", ["0123"], "+12065550123"),
        ("Contains", ["0777"], "+12065550777"),
        ("ExactMatch", ["+12065550900", "12065550500"], "+12065550500"),  # the first in the block's order
    ],
)
def test_a_preference_leases_the_first_free_number_that_meets_it(
    pinpoint_client: Any, preference_type: str, values: list[str], leased: str
) -> None:
    number = ten_dlc(pinpoint_client, preference_type, *values)
    assert (number["PhoneNumber"], number["NumberType"]) == (leased, "TEN_DLC")


def test_a_number_someone_holds_is_skipped(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend("eu-west-1", "210987654321").seed_phone_number(phone_number="+12065550150")
    assert ten_dlc(pinpoint_client, "StartsWith", "+1206555015")["PhoneNumber"] == "+12065550151"


def test_without_a_preference_the_lease_goes_on_in_order_past_a_chosen_number(pinpoint_client: Any) -> None:
    assert ten_dlc(pinpoint_client, "ExactMatch", "+12065550101")["PhoneNumber"] == "+12065550101"
    assert [ten_dlc(pinpoint_client)["PhoneNumber"] for _ in range(2)] == ["+12065550100", "+12065550102"]


def test_no_free_number_that_meets_the_preference_is_not_found(pinpoint_client: Any) -> None:
    response = client_error(ten_dlc, pinpoint_client, "StartsWith", "+1415")
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "phone-number",
        "+1415",
    )
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == []


@pytest.mark.parametrize(
    "overrides",
    [{"NumberType": "LONG_CODE"}, {"NumberType": "SIMULATOR"}, {"IsoCountryCode": "CA"}],
    ids=["long code", "simulator", "not in the US"],
)
def test_a_preference_applies_only_to_ten_dlc_numbers_in_the_us(
    pinpoint_client: Any, overrides: dict[str, str]
) -> None:
    response = client_error(ten_dlc, pinpoint_client, "EndsWith", "0123", **overrides)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["NumberPreference"]
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == []


def test_the_patterns_are_the_models_preference_types_but_exact_match() -> None:
    assert EXACT_MATCH in enum_values("PreferenceType")
    assert pattern_types() == set(enum_values("PreferenceType")) - {EXACT_MATCH}


@pytest.mark.parametrize("preference_type", sorted(pattern_types()))
def test_a_pattern_takes_one_value(pinpoint_client: Any, preference_type: str) -> None:
    response = client_error(ten_dlc, pinpoint_client, preference_type, "0123", "0124")
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["NumberPreference[0].Filter"]


def test_a_preference_is_validated_against_the_model(pinpoint_client: Any) -> None:
    unchecked = new_client("us-east-1", config=Config(parameter_validation=False))
    preference = [{"PreferenceType": ["BeginsWith"], "Filter": ["x1"]}]
    response = client_error(
        unchecked.request_phone_number,
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS"],
        NumberType="TEN_DLC",
        NumberPreference=preference,
    )
    assert response["Reason"] == "FIELD_VALIDATION_FAILED"
    assert {field["Name"] for field in response["Fields"]} == {
        "NumberPreference[0].PreferenceType[0]",
        "NumberPreference[0].Filter[0]",
    }


# -- ListAvailablePhoneNumbers -----------------------------------------------------------------------------


def test_the_available_numbers_are_the_free_numbers_of_the_block_in_order(pinpoint_client: Any) -> None:
    ten_dlc(pinpoint_client)
    ten_dlc(pinpoint_client, "ExactMatch", "+12065550102")
    page = pinpoint_client.list_available_phone_numbers(**SEARCH)
    assert page["AvailablePhoneNumbers"] == ["+12065550101", *(f"+120655501{n:02d}" for n in range(3, 12))]
    assert "NextToken" in page


def test_a_listed_number_can_be_requested_and_is_then_no_longer_listed(pinpoint_client: Any) -> None:
    listed = available(pinpoint_client, "EndsWith", "42")
    assert listed[:3] == ["+12065550142", "+12065550242", "+12065550342"]
    assert ten_dlc(pinpoint_client, "ExactMatch", listed[2])["PhoneNumber"] == "+12065550342"
    assert available(pinpoint_client, "EndsWith", "42")[:3] == [
        "+12065550142",
        "+12065550242",
        "+12065550442",
    ]


def test_a_preference_that_no_number_meets_lists_nothing(pinpoint_client: Any) -> None:
    page = pinpoint_client.list_available_phone_numbers(
        **SEARCH, NumberPreference=[{"PreferenceType": ["StartsWith"], "Filter": ["+1415"]}]
    )
    assert page["AvailablePhoneNumbers"] == []
    assert "NextToken" not in page


def test_numbers_another_account_holds_are_not_available(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend("us-east-1", "210987654321").seed_phone_number(phone_number="+12065550100")
    assert available(pinpoint_client)[0] == "+12065550101"


def test_only_the_us_is_listed(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.list_available_phone_numbers, **{**SEARCH, "IsoCountryCode": "GB"}
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["IsoCountryCode"]


def test_a_registration_the_fake_does_not_hold_is_not_found(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.list_available_phone_numbers, **SEARCH, RegistrationId="registration-0123456789abcdef"
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "registration",
    )


def test_a_listing_preference_is_checked_as_a_requests(pinpoint_client: Any) -> None:
    response = client_error(available, pinpoint_client, "Contains", "01", "02")
    assert [field["Name"] for field in response["Fields"]] == ["NumberPreference[0].Filter"]
