"""Prices the fake quotes and charges. Not from the model (it has none) and not AWS's price list: illustrative
values, documented as such in the README, so that a price member always has a plausible value and a spend
limit can be reached.

A text message is charged per part (AWS bills each part as a message), a media message per message and a
voice message per started minute (the fake counts one minute a message). Countries the tables do not name
cost the ``DEFAULT`` of their channel.
"""

from __future__ import annotations

from decimal import Decimal

# Monthly leasing price by NumberType; a test keeps the keys equal to the model's RequestableNumberType.
MONTHLY_LEASING_PRICES = {"LONG_CODE": "1.00", "TOLL_FREE": "2.00", "TEN_DLC": "2.00", "SIMULATOR": "0.00"}
SENDER_ID_MONTHLY_LEASING_PRICE = "0.00"
# A phone number's or sender ID's PricingTier (botocore >= 1.44); the model says only "The pricing model".
PRICING_TIER = "STANDARD"

DEFAULT = "default"

# Channel of a sent message -> destination country -> price in USD (a part, a message, a minute).
MESSAGE_PRICES: dict[str, dict[str, Decimal]] = {
    "SMS": {
        "US": Decimal("0.00581"),
        "CA": Decimal("0.00375"),
        "PR": Decimal("0.01980"),
        "GB": Decimal("0.03530"),
        "IE": Decimal("0.06960"),
        "FR": Decimal("0.07300"),
        "DE": Decimal("0.07960"),
        "ES": Decimal("0.06930"),
        "IT": Decimal("0.07190"),
        "NL": Decimal("0.09990"),
        "AU": Decimal("0.03580"),
        "IN": Decimal("0.00233"),
        "JP": Decimal("0.07450"),
        "BR": Decimal("0.01850"),
        "MX": Decimal("0.02250"),
        DEFAULT: Decimal("0.05000"),
    },
    "MMS": {
        "US": Decimal("0.02000"),
        "CA": Decimal("0.01500"),
        "PR": Decimal("0.02000"),
        DEFAULT: Decimal("0.05000"),
    },
    "VOICE": {
        "US": Decimal("0.01300"),
        "CA": Decimal("0.01300"),
        "GB": Decimal("0.01500"),
        DEFAULT: Decimal("0.10000"),
    },
}


# What Notify adds to each message's channel price: its service fee (a Notify message's spend is "the combined
# cost of the messaging channel fee and the Notify service fee", the user guide says).
NOTIFY_FEE = Decimal("0.00250")


def monthly_leasing_price(number_type: str) -> str:
    """The price of a number type; one a newer model adds costs nothing until the table knows it."""
    return MONTHLY_LEASING_PRICES.get(number_type, "0.00")


def unit_price(channel: str, iso_country_code: str) -> Decimal:
    """What one unit (an SMS part, an MMS, a voice minute, an RCS message) to the country costs, in USD.

    A channel the table does not know (RCS) costs what SMS costs."""
    table = MESSAGE_PRICES.get(channel, MESSAGE_PRICES["SMS"])
    return table.get(iso_country_code, table[DEFAULT])
