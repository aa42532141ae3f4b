"""Number lookups: CarrierLookup.

The fake knows the numbers of its own blocks (``phone_ranges``): a number in a block gets the fictional
carrier and the number type of its place in the block, the same in every process; a number of a calling code
of a country of ``countries`` but outside the blocks is ``OTHER`` with that country (the one a send, a price
or a protect rule finds), and any other number ``INVALID``. A number type the
running model does not have (``VOIP`` and ``PREPAID`` came with botocore 1.44) is answered as ``OTHER``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import countries, phone_ranges
from ..core import Core
from ..errors import ValidationException, ValidationExceptionField
from ..records import Result
from ..service_model import enum_values, output_shape


class NumberLookupOperations(Core):
    def carrier_lookup(self, phone_number: str, enable_cleansing: bool | None = None) -> Result:
        digits = phone_ranges.digits_of(phone_number)
        if enable_cleansing:
            digits = _cleansed(digits)
        if not e164_pattern().fullmatch(f"+{digits}"):
            raise ValidationException(
                f"'{phone_number}' has no E.164 form: its digits are {digits or 'none'}.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("PhoneNumber", "Not a phone number"),),
            )
        e164 = f"+{digits}"
        members: dict[str, Any] = {"e164_phone_number": e164, "phone_number_type": "INVALID"}
        country = countries.country_of(e164) if len(digits) <= 15 else None  # E.164 has at most 15 digits
        if country is not None:
            members |= {"dialing_country_code": countries.calling_code(e164), "iso_country_code": country}
            members |= {"country": countries.name(country), "phone_number_type": "OTHER"}
            if (place := phone_ranges.place(digits)) is not None:
                number_type, carrier = phone_ranges.kind(place[1])
                members["phone_number_type"] = (
                    number_type if number_type in enum_values("PhoneNumberType") else "OTHER"
                )
                if carrier is not None:
                    members["carrier"] = carrier
            if members["phone_number_type"] in phone_ranges.MOBILE_TYPES:
                members["mcc"], members["mnc"] = phone_ranges.TEST_NETWORK
        if enable_cleansing and e164 != phone_number:  # OriginalPhoneNumber: "only when ... cleansed"
            members["original_phone_number"] = phone_number
        return Result(**members)


def _cleansed(digits: str) -> str:
    """The number as its national plan dials it from abroad: a ``0`` after the calling code (a national
    trunk prefix) is dropped when the rest is a number of a block."""
    code = countries.calling_code(digits)
    if code is not None and digits[len(code) :].startswith("0"):
        without = code + digits[len(code) + 1 :]
        if phone_ranges.place(without) is not None:
            return without
    return digits


@cache
def e164_pattern() -> re.Pattern[str]:
    """The model's pattern of the E.164 number CarrierLookup answers (its ``E164PhoneNumber``): what is left
    of a number once its formatting is removed must match it (whole), or the number has no E.164 form."""
    return re.compile(output_shape("CarrierLookup").members["E164PhoneNumber"].metadata["pattern"])
