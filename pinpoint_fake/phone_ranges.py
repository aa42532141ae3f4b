"""Phone numbers the fake leases: E.164 numbers of a few dozen countries, in order from a fixed start.

Not from the model (it has no such data): a small table of calling codes. Each country's numbers start at
the first number of a block its numbering plan leaves for fiction or testing where it has one (555-0100
in North America, 07700 900000 in the UK) and go on in order past it: the fake never sends anything, so a
number only has to look right. Numbers are handed out in order, so the same sequence of requests gives the
same numbers in every process.
"""

from __future__ import annotations

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
