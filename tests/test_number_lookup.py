"""CarrierLookup: what the fake says of a number, from the blocks of numbers it knows (``phone_ranges``)."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake import countries
from pinpoint_fake.errors import ValidationException
from pinpoint_fake.operations.number_lookup import e164_pattern
from pinpoint_fake.phone_ranges import FIRST_NUMBERS
from pinpoint_fake.service_model import shape

from .helpers import before_1_44, client_error, from_1_44, request_number


def looked_up(client: Any, number: str, **kwargs: Any) -> dict[str, Any]:
    response = client.carrier_lookup(PhoneNumber=number, **kwargs)
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


US = {"DialingCountryCode": "1", "IsoCountryCode": "US", "Country": "United States"}


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (
            "+12065550100",
            {"PhoneNumberType": "MOBILE", "Carrier": "pinpoint_fake Mobile", "MCC": "001", "MNC": "01"},
        ),
        (
            "+12065556099",
            {"PhoneNumberType": "MOBILE", "Carrier": "pinpoint_fake Mobile", "MCC": "001", "MNC": "01"},
        ),
        ("+12065558100", {"PhoneNumberType": "LANDLINE", "Carrier": "pinpoint_fake Landline"}),
        ("+12065559100", {"PhoneNumberType": "OTHER"}),
        ("+12065560099", {"PhoneNumberType": "OTHER"}),  # the block's last number
    ],
)
def test_a_number_of_a_block_gets_the_carrier_and_type_of_its_range(
    pinpoint_client: Any, number: str, kind: dict[str, str]
) -> None:
    assert looked_up(pinpoint_client, number) == {"E164PhoneNumber": number, **US, **kind}


@from_1_44
@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (
            "+12065556100",
            {"PhoneNumberType": "PREPAID", "Carrier": "pinpoint_fake Prepaid", "MCC": "001", "MNC": "01"},
        ),
        ("+12065557100", {"PhoneNumberType": "VOIP", "Carrier": "pinpoint_fake VoIP"}),
    ],
)
def test_prepaid_and_voip_ranges(pinpoint_client: Any, number: str, kind: dict[str, str]) -> None:
    assert looked_up(pinpoint_client, number) == {"E164PhoneNumber": number, **US, **kind}


@before_1_44
@pytest.mark.parametrize("number", ["+12065556100", "+12065557100"])
def test_a_model_without_prepaid_and_voip_gets_other(pinpoint_client: Any, number: str) -> None:
    assert looked_up(pinpoint_client, number)["PhoneNumberType"] == "OTHER"


def test_every_country_the_fake_leases_in_is_known_by_its_first_number(pinpoint_client: Any) -> None:
    for country, first in FIRST_NUMBERS.items():
        answer = looked_up(pinpoint_client, first)
        assert (answer["IsoCountryCode"], answer["Country"]) == (country, countries.name(country))
        assert first.startswith(f"+{answer['DialingCountryCode']}")
        assert answer["PhoneNumberType"] == "MOBILE"


def test_a_leased_number_is_a_mobile_of_its_country(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client, IsoCountryCode="GB", NumberType="LONG_CODE")
    answer = looked_up(pinpoint_client, number["PhoneNumber"])
    assert (answer["IsoCountryCode"], answer["PhoneNumberType"]) == ("GB", "MOBILE")


def test_formatting_is_removed(pinpoint_client: Any) -> None:
    assert looked_up(pinpoint_client, "+1 (206) 555-0100")["E164PhoneNumber"] == "+12065550100"
    assert looked_up(pinpoint_client, "+[44] 7700.900,000")["E164PhoneNumber"] == "+447700900000"


def test_a_number_outside_the_blocks_gets_only_its_country(pinpoint_client: Any) -> None:
    assert looked_up(pinpoint_client, "+447911123456") == {
        "E164PhoneNumber": "+447911123456",
        "DialingCountryCode": "44",
        "IsoCountryCode": "GB",
        "Country": "United Kingdom",
        "PhoneNumberType": "OTHER",
    }


@pytest.mark.parametrize(
    ("number", "country", "calling_code", "name"),
    [
        ("+375291234567", "BY", "375", "Belarus"),  # a country without a block of the fake's
        ("+16715550123", "GU", "1", "Guam"),  # calling code 1: the area code decides, as for a send
        ("+12125550100", "US", "1", "United States"),  # an area code of no other country is the US's
        ("+14385550100", "CA", "1", "Canada"),
        ("+77011234567", "KZ", "7", "Kazakhstan"),
        ("+441624123456", "IM", "44", "Isle of Man"),
    ],
)
def test_a_number_outside_the_blocks_is_of_the_country_a_send_finds(
    pinpoint_client: Any, number: str, country: str, calling_code: str, name: str
) -> None:
    assert countries.country_of(number) == country  # what sends, prices and protect rules read
    assert looked_up(pinpoint_client, number) == {
        "E164PhoneNumber": number,
        "DialingCountryCode": calling_code,
        "IsoCountryCode": country,
        "Country": name,
        "PhoneNumberType": "OTHER",
    }


@pytest.mark.parametrize(
    "number",
    ["+99912345678", "+80012345678", "+5312345678", "+1206555010012345"],
    ids=["unknown code", "international freephone", "Cuba, where AWS does not send", "16 digits"],
)
def test_a_number_no_country_of_the_table_has_is_invalid(pinpoint_client: Any, number: str) -> None:
    assert looked_up(pinpoint_client, number) == {"E164PhoneNumber": number, "PhoneNumberType": "INVALID"}


@pytest.mark.parametrize("number", ["+1 ", "+12345678901234567890"], ids=["one digit", "20 digits"])
def test_what_has_no_e164_form_is_refused(pinpoint_client: Any, number: str) -> None:
    response = client_error(pinpoint_client.carrier_lookup, PhoneNumber=number)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == ["PhoneNumber"]


@pytest.mark.parametrize("number", ["+0 206 555 0100", "()", "+1 ", "1" * 20])
def test_the_backend_answers_only_what_the_models_e164_pattern_holds(pinpoint_mock: Any, number: str) -> None:
    """The model's input pattern keeps a leading zero from the API, but the backend's method checks what it
    answers against the pattern of the E.164 number it answers (``E164PhoneNumberType``) itself."""
    assert (
        e164_pattern().pattern == shape("CarrierLookupResult").members["E164PhoneNumber"].metadata["pattern"]
    )
    with pytest.raises(ValidationException) as raised:
        pinpoint_mock.backend().carrier_lookup(number)
    assert (raised.value.reason, [field.name for field in raised.value.fields]) == (
        "INVALID_PARAMETER",
        ["PhoneNumber"],
    )


@from_1_44
def test_cleansing_drops_a_trunk_zero_and_answers_the_number_as_given(pinpoint_client: Any) -> None:
    answer = looked_up(pinpoint_client, "+44 (0)7700 900000", EnableCleansing=True)
    assert (answer["E164PhoneNumber"], answer["OriginalPhoneNumber"], answer["PhoneNumberType"]) == (
        "+447700900000",
        "+44 (0)7700 900000",
        "MOBILE",
    )
    without = looked_up(pinpoint_client, "+44 (0)7700 900000")
    assert (without["E164PhoneNumber"], without["PhoneNumberType"]) == ("+4407700900000", "OTHER")
    assert "OriginalPhoneNumber" not in without
    outside = looked_up(pinpoint_client, "+44 (0)7911 123456", EnableCleansing=True)  # no block's: 0 kept
    assert (outside["E164PhoneNumber"], outside["OriginalPhoneNumber"]) == (
        "+4407911123456",
        "+44 (0)7911 123456",
    )


@from_1_44
def test_a_number_cleansing_leaves_as_it_was_has_no_original(pinpoint_client: Any) -> None:
    assert "OriginalPhoneNumber" not in looked_up(pinpoint_client, "+12065550100", EnableCleansing=True)
    assert "OriginalPhoneNumber" not in looked_up(pinpoint_client, "+12065550100", EnableCleansing=False)
