"""Phone numbers the fake leases: E.164 numbers of a few dozen countries, in order from a fixed start.

Not from the model (it has no such data): a small table of first numbers. Each country's numbers start at
the first number of a block its numbering plan leaves for fiction or testing where it has one (555-0100
in North America, 07700 900000 in the UK) and go on in order past it: the fake never sends anything, so a
number only has to look right. Numbers are handed out in order, so the same sequence of requests gives the
same numbers in every process.

The first ``BLOCK`` numbers of each country are its block: what a ``NumberPreference`` picks from and what
ListAvailablePhoneNumbers lists, and what CarrierLookup knows. CarrierLookup says of a number of a block what
``LOOKUP_RANGES`` gives for its place in the block (a fictional carrier and a number type, the same in every
process); of any other number only its country (``countries.country_of``, as a send finds it), or that it is
invalid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .service_model import shape

# ISO 3166 alpha-2 -> the first number of its block, in E.164. NANP numbers use the 555-01xx style fictional
# exchange; elsewhere a national number in a block that real numbering plans leave for drama/testing. Each is
# of its country by ``countries.country_of`` (a test checks every block's numbers).
FIRST_NUMBERS: dict[str, str] = {
    "US": "+12065550100",
    "CA": "+14165550100",
    "PR": "+17875550100",
    "GB": "+447700900000",
    "IE": "+353850000000",
    "FR": "+33639980000",
    "DE": "+4915550000000",
    "ES": "+34600000000",
    "IT": "+393000000000",
    "NL": "+31612345000",
    "BE": "+32470000000",
    "LU": "+352621000000",
    "CH": "+41790000000",
    "AT": "+436640000000",
    "PT": "+351910000000",
    "SE": "+46701740000",
    "NO": "+4740000000",
    "DK": "+4520000000",
    "FI": "+358401000000",
    "PL": "+48500000000",
    "CZ": "+420600000000",
    "GR": "+306900000000",
    "RO": "+40700000000",
    "HU": "+36201000000",
    "IL": "+972500000000",
    "AE": "+971500000000",
    "SA": "+966500000000",
    "ZA": "+27600000000",
    "NG": "+2348000000000",
    "KE": "+254700000000",
    "EG": "+201000000000",
    "IN": "+919000000000",
    "SG": "+6580000000",
    "MY": "+60120000000",
    "PH": "+639170000000",
    "ID": "+628110000000",
    "TH": "+66810000000",
    "VN": "+84900000000",
    "JP": "+819000000000",
    "KR": "+821000000000",
    "TW": "+886900000000",
    "HK": "+85251000000",
    "AU": "+61491570000",
    "NZ": "+64210000000",
    "BR": "+5511900000000",
    "MX": "+525500000000",
    "AR": "+5491100000000",
    "CL": "+56900000000",
    "CO": "+573000000000",
    "PE": "+51900000000",
}


def lease(iso_country_code: str, serial: int) -> str | None:
    """The ``serial``-th number of a country in E.164, or None if the fake has no range there."""
    first = FIRST_NUMBERS.get(iso_country_code)
    return None if first is None else f"+{int(first) + serial}"


def e164(number: str) -> str:
    """A number as the fake keeps it: with its ``+`` (the model lets callers leave it out)."""
    return number if number.startswith("+") else f"+{number}"


def given_number(number: object, name: str) -> str:
    """A number a seeding helper was given (as ``name``), in E.164 with its ``+``: a ValueError unless it is
    a string the model's ``PhoneNumber`` pattern takes, as the API would refuse it."""
    if not isinstance(number, str) or not re.fullmatch(shape("PhoneNumber").metadata["pattern"], number):
        raise ValueError(f"{name} must be a phone number in E.164 form ('+12065550100'), not {number!r}")
    return e164(number)


BLOCK = 10_000  # numbers of each country, from its first, that preferences, listings and lookups know

# Where in a block (from which position on) a number is of what kind, for CarrierLookup: (type, carrier).
# Fictional carriers; the mobile kinds (MOBILE, PREPAID) are on the ITU's test network (MCC 001, MNC 01).
LOOKUP_RANGES: tuple[tuple[int, str, str | None], ...] = (
    (0, "MOBILE", "pinpoint_fake Mobile"),
    (6000, "PREPAID", "pinpoint_fake Prepaid"),
    (7000, "VOIP", "pinpoint_fake VoIP"),
    (8000, "LANDLINE", "pinpoint_fake Landline"),
    (9000, "OTHER", None),
)
MOBILE_TYPES = frozenset({"MOBILE", "PREPAID"})
TEST_NETWORK = ("001", "01")  # (MCC, MNC) of the ITU's test network

_FORMATTING = re.compile(r"[^0-9]")


def block(iso_country_code: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(position, E.164 number) of each number of a country's block from ``start``, in order (of a country
    of the table)."""
    first = int(FIRST_NUMBERS[iso_country_code])
    for serial in range(start, BLOCK):
        yield serial, f"+{first + serial}"


def matches(number: str, preference_type: str, values: Sequence[str]) -> bool:
    """Whether an E.164 number meets a NumberPreference; values may leave out the ``+``, as the model lets
    them. A preference type the fake does not know yet meets every number (it is ignored)."""
    digits = number.removeprefix("+")
    wanted = [value.removeprefix("+") for value in values]
    if preference_type == "StartsWith":
        return digits.startswith(tuple(wanted))
    if preference_type == "EndsWith":
        return digits.endswith(tuple(wanted))
    if preference_type == "Contains":
        return any(value in digits for value in wanted)
    if preference_type == "ExactMatch":
        return digits in wanted
    return True


def digits_of(text: str) -> str:
    """A number as typed (``+1 (206) 555-0100``) without its formatting: its digits."""
    return _FORMATTING.sub("", text)


def place(digits: str) -> tuple[str, int] | None:
    """(country, position) of a number given as digits in the block of a country, if it is in one."""
    for country, first in FIRST_NUMBERS.items():
        offset = int(digits) - int(first) if digits.isdigit() and len(digits) == len(first) - 1 else -1
        if 0 <= offset < BLOCK:
            return country, offset
    return None


def kind(position: int) -> tuple[str, str | None]:
    """(number type, carrier) that CarrierLookup says of the number at a position of a block."""
    return next((kind, name) for start, kind, name in reversed(LOOKUP_RANGES) if position >= start)
