"""Phone numbers the fake leases: E.164 numbers of a few dozen countries, in order from a fixed start.

Not from the model (it has no such data): a small table of calling codes. Each country's numbers start at
the first number of a block its numbering plan leaves for fiction or testing where it has one (555-0100
in North America, 07700 900000 in the UK) and go on in order past it: the fake never sends anything, so a
number only has to look right. Numbers are handed out in order, so the same sequence of requests gives the
same numbers in every process.

The first ``BLOCK`` numbers of each country are its block: what a ``NumberPreference`` picks from and what
ListAvailablePhoneNumbers lists, and what CarrierLookup knows. CarrierLookup says of a number of a block what
``LOOKUP_RANGES`` gives for its place in the block (a fictional carrier and a number type, the same in every
process); of any other number only its country, or that it is invalid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# ISO 3166 alpha-2 -> (calling code, first national number). NANP numbers use the 555-01xx style fictional
# exchange; elsewhere a 9-digit national number in a block that real numbering plans leave for drama/testing.
CALLING_CODES: dict[str, tuple[str, int]] = {
    "US": ("1", 2065550100),
    "CA": ("1", 4165550100),
    "PR": ("1", 7875550100),
    "GB": ("44", 7700900000),
    "IE": ("353", 850000000),
    "FR": ("33", 639980000),
    "DE": ("49", 15550000000),
    "ES": ("34", 600000000),
    "IT": ("39", 3000000000),
    "NL": ("31", 612345000),
    "BE": ("32", 470000000),
    "LU": ("352", 621000000),
    "CH": ("41", 790000000),
    "AT": ("43", 6640000000),
    "PT": ("351", 910000000),
    "SE": ("46", 701740000),
    "NO": ("47", 40000000),
    "DK": ("45", 20000000),
    "FI": ("358", 401000000),
    "PL": ("48", 500000000),
    "CZ": ("420", 600000000),
    "GR": ("30", 6900000000),
    "RO": ("40", 700000000),
    "HU": ("36", 201000000),
    "IL": ("972", 500000000),
    "AE": ("971", 500000000),
    "SA": ("966", 500000000),
    "ZA": ("27", 600000000),
    "NG": ("234", 8000000000),
    "KE": ("254", 700000000),
    "EG": ("20", 1000000000),
    "IN": ("91", 9000000000),
    "SG": ("65", 80000000),
    "MY": ("60", 120000000),
    "PH": ("63", 9170000000),
    "ID": ("62", 8110000000),
    "TH": ("66", 810000000),
    "VN": ("84", 900000000),
    "JP": ("81", 9000000000),
    "KR": ("82", 1000000000),
    "TW": ("886", 900000000),
    "HK": ("852", 51000000),
    "AU": ("61", 491570000),
    "NZ": ("64", 210000000),
    "BR": ("55", 11900000000),
    "MX": ("52", 5500000000),
    "AR": ("54", 91100000000),
    "CL": ("56", 900000000),
    "CO": ("57", 3000000000),
    "PE": ("51", 900000000),
}


def lease(iso_country_code: str, serial: int) -> str | None:
    """The ``serial``-th number of a country in E.164, or None if the fake has no range there."""
    entry = CALLING_CODES.get(iso_country_code)
    if entry is None:
        return None
    code, first = entry
    return f"+{code}{first + serial}"


def e164(number: str) -> str:
    """A number as the fake keeps it: with its ``+`` (the model lets callers leave it out)."""
    return number if number.startswith("+") else f"+{number}"


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

COUNTRY_NAMES: dict[str, str] = {
    "US": "United States",
    "CA": "Canada",
    "PR": "Puerto Rico",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "FR": "France",
    "DE": "Germany",
    "ES": "Spain",
    "IT": "Italy",
    "NL": "Netherlands",
    "BE": "Belgium",
    "LU": "Luxembourg",
    "CH": "Switzerland",
    "AT": "Austria",
    "PT": "Portugal",
    "SE": "Sweden",
    "NO": "Norway",
    "DK": "Denmark",
    "FI": "Finland",
    "PL": "Poland",
    "CZ": "Czechia",
    "GR": "Greece",
    "RO": "Romania",
    "HU": "Hungary",
    "IL": "Israel",
    "AE": "United Arab Emirates",
    "SA": "Saudi Arabia",
    "ZA": "South Africa",
    "NG": "Nigeria",
    "KE": "Kenya",
    "EG": "Egypt",
    "IN": "India",
    "SG": "Singapore",
    "MY": "Malaysia",
    "PH": "Philippines",
    "ID": "Indonesia",
    "TH": "Thailand",
    "VN": "Vietnam",
    "JP": "Japan",
    "KR": "South Korea",
    "TW": "Taiwan",
    "HK": "Hong Kong",
    "AU": "Australia",
    "NZ": "New Zealand",
    "BR": "Brazil",
    "MX": "Mexico",
    "AR": "Argentina",
    "CL": "Chile",
    "CO": "Colombia",
    "PE": "Peru",
}

_FORMATTING = re.compile(r"[^0-9]")


def block(iso_country_code: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(position, E.164 number) of each number of a country's block from ``start``, in order (of a country
    of the table)."""
    code, first = CALLING_CODES[iso_country_code]
    for serial in range(start, BLOCK):
        yield serial, f"+{code}{first + serial}"


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


@dataclass(frozen=True, slots=True)
class NumberFacts:
    """What the fake knows of a number: its calling code and country (when one), kind and carrier."""

    e164: str
    calling_code: str | None
    iso_country_code: str | None
    number_type: str
    carrier: str | None = None


def digits_of(text: str) -> str:
    """A number as typed (``+1 (206) 555-0100``) without its formatting: its digits."""
    return _FORMATTING.sub("", text)


def _calling_code(digits: str) -> str | None:
    """The table's calling code a number starts with (ITU codes are prefix-free: at most one fits)."""
    codes = {code for code, _ in CALLING_CODES.values()}
    return next((digits[:length] for length in (1, 2, 3) if digits[:length] in codes), None)


def _in_block(digits: str, code: str) -> tuple[str, int] | None:
    """(country, position) of a number in a block of the calling code, if it is in one."""
    national = digits[len(code) :]
    if not national.isdigit() or national.startswith("0"):
        return None
    for country, (country_code, first) in CALLING_CODES.items():
        if country_code == code and 0 <= int(national) - first < BLOCK and len(national) == len(str(first)):
            return country, int(national) - first
    return None


def cleansed(digits: str) -> str:
    """The number as its national plan dials it from abroad: a ``0`` after the calling code (a national
    trunk prefix) is dropped when the rest is a number of a block."""
    code = _calling_code(digits)
    if code is not None and digits[len(code) :].startswith("0"):
        without = code + digits[len(code) + 1 :]
        if _in_block(without, code) is not None:
            return without
    return digits


def facts(digits: str) -> NumberFacts:
    """What CarrierLookup says of a number given as digits: by its block's range, else by its calling code
    (``OTHER``), else ``INVALID`` (no calling code of the table, or longer than E.164's 15 digits)."""
    code = _calling_code(digits)
    if code is None or len(digits) > 15:
        return NumberFacts(f"+{digits}", None, None, "INVALID")
    found = _in_block(digits, code)
    if found is None:
        countries = [country for country, (country_code, _) in CALLING_CODES.items() if country_code == code]
        return NumberFacts(f"+{digits}", code, countries[0] if len(countries) == 1 else None, "OTHER")
    country, position = found
    number_type, carrier = next(
        (kind, name) for start, kind, name in reversed(LOOKUP_RANGES) if position >= start
    )
    return NumberFacts(f"+{digits}", code, country, number_type, carrier)
