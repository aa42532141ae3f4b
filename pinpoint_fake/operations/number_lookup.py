"""Number lookups: CarrierLookup.

The fake knows the numbers of its own blocks (``phone_ranges``): a number in a block gets the fictional
carrier and the number type of its place in the block, the same in every process; a number of a calling code
the fake knows but outside its blocks is ``OTHER``, and any other number ``INVALID``. A number type the
running model does not have (``VOIP`` and ``PREPAID`` came with botocore 1.44) is answered as ``OTHER``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import phone_ranges
from ..core import Core
from ..errors import ValidationException, ValidationExceptionField
from ..records import Result
from ..service_model import enum_values, output_shape


class NumberLookupOperations(Core):
    def carrier_lookup(self, phone_number: str, enable_cleansing: bool | None = None) -> Result:
        digits = phone_ranges.digits_of(phone_number)
        if enable_cleansing:
            digits = phone_ranges.cleansed(digits)
        if not e164_pattern().fullmatch(f"+{digits}"):
            raise ValidationException(
                f"'{phone_number}' has no E.164 form: its digits are {digits or 'none'}.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("PhoneNumber", "Not a phone number"),),
            )
        facts = phone_ranges.facts(digits)
        number_type = facts.number_type if facts.number_type in enum_values("PhoneNumberType") else "OTHER"
        members: dict[str, Any] = {"e164_phone_number": facts.e164, "phone_number_type": number_type}
        if facts.calling_code is not None:
            members["dialing_country_code"] = facts.calling_code
        if facts.iso_country_code is not None:
            members["iso_country_code"] = facts.iso_country_code
            members["country"] = phone_ranges.COUNTRY_NAMES[facts.iso_country_code]
        if facts.carrier is not None:
            members["carrier"] = facts.carrier
        if number_type in phone_ranges.MOBILE_TYPES:
            members["mcc"], members["mnc"] = phone_ranges.TEST_NETWORK
        if enable_cleansing and facts.e164 != phone_number:  # OriginalPhoneNumber: "only when ... cleansed"
            members["original_phone_number"] = phone_number
        return Result(**members)


@cache
def e164_pattern() -> re.Pattern[str]:
    """The model's pattern of the E.164 number CarrierLookup answers (its ``E164PhoneNumber``): what is left
    of a number once its formatting is removed must match it (whole), or the number has no E.164 form."""
    return re.compile(output_shape("CarrierLookup").members["E164PhoneNumber"].metadata["pattern"])
