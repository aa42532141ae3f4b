"""Prices the fake quotes. Not from the model (it has none) and not AWS's price list: illustrative values,
documented as such in the README, so that a price member always has a plausible value."""

from __future__ import annotations

# Monthly leasing price by NumberType; a test keeps the keys equal to the model's RequestableNumberType.
MONTHLY_LEASING_PRICES = {"LONG_CODE": "1.00", "TOLL_FREE": "2.00", "TEN_DLC": "2.00", "SIMULATOR": "0.00"}
SENDER_ID_MONTHLY_LEASING_PRICE = "0.00"
# A phone number's or sender ID's PricingTier (botocore >= 1.44); the model says only "The pricing model".
PRICING_TIER = "STANDARD"


def monthly_leasing_price(number_type: str) -> str:
    """The price of a number type; one a newer model adds costs nothing until the table knows it."""
    return MONTHLY_LEASING_PRICES.get(number_type, "0.00")
