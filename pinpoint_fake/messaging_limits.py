"""The messaging limits the fake gives origination identities (``MessagingLimits``, botocore >= 1.44).

``RateLimits`` are messages per second by capability. Where the user guide's tables of default MPS by
origination type and country give a value (short codes in the US and Canada, US 10DLC, Canadian and other
long codes, US toll-free numbers) the fake gives that value; elsewhere its values are illustrative, marked
so below and in the README. Only the capabilities those tables rate (SMS and MMS) get a rate.
``DailyMessageCaps`` (by provider) apply to 10DLC numbers only, as the model says; the value is
illustrative (a reported default for unvetted brands).
"""

from __future__ import annotations

from collections.abc import Iterable

ANY_COUNTRY = "*"

# (origination type, country or ANY_COUNTRY) -> capability -> messages per second
RATE_LIMITS: dict[tuple[str, str], dict[str, int]] = {
    ("SHORT_CODE", "US"): {"SMS": 100, "MMS": 40},
    ("SHORT_CODE", "CA"): {"SMS": 100, "MMS": 40},
    ("SHORT_CODE", ANY_COUNTRY): {"SMS": 100},  # illustrative: "varies by country"
    ("TEN_DLC", ANY_COUNTRY): {"SMS": 1, "MMS": 1},  # the US default per 10DLC number
    ("LONG_CODE", "US"): {"SMS": 1, "MMS": 1},  # illustrative: the US row of the table is 10DLC's
    ("LONG_CODE", "CA"): {"SMS": 1, "MMS": 1},
    ("LONG_CODE", ANY_COUNTRY): {"SMS": 10},
    ("TOLL_FREE", ANY_COUNTRY): {"SMS": 3, "MMS": 3},  # US toll-free (the only country that has them)
    ("SIMULATOR", ANY_COUNTRY): {"SMS": 1, "MMS": 1},  # illustrative
    ("SENDER_ID", ANY_COUNTRY): {"SMS": 10},  # illustrative
}
DAILY_MESSAGE_CAPS: dict[str, dict[str, int]] = {"TEN_DLC": {"T-MOBILE": 2000}}  # illustrative


def rate_limits(origination_type: str, iso_country_code: str, capabilities: Iterable[str]) -> dict[str, int]:
    """The rates of an identity's capabilities (empty for a type the table does not know)."""
    rates = RATE_LIMITS.get((origination_type, iso_country_code)) or RATE_LIMITS.get(
        (origination_type, ANY_COUNTRY), {}
    )
    return {capability: rates[capability] for capability in capabilities if capability in rates}


def daily_message_caps(origination_type: str) -> dict[str, int] | None:
    caps = DAILY_MESSAGE_CAPS.get(origination_type)
    return None if caps is None else dict(caps)
