"""The country of a phone number (``countries``), which routing, prices and sender IDs depend on."""

from __future__ import annotations

import pytest

from pinpoint_fake import countries, phone_ranges, prices


@pytest.mark.parametrize("iso_country_code", sorted(phone_ranges.FIRST_NUMBERS))
def test_every_number_the_fake_leases_is_of_its_country(iso_country_code: str) -> None:
    for serial in (0, 1, 999, phone_ranges.BLOCK - 1):
        number = phone_ranges.lease(iso_country_code, serial)
        assert number is not None
        assert countries.country_of(number) == iso_country_code


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+12065550100", "US"),
        ("12065550100", "US"),  # the + is optional, as the model's pattern allows
        ("+14165550100", "CA"),
        ("+16045550100", "CA"),
        ("+17875550100", "PR"),
        ("+19395550100", "PR"),
        ("+16715550123", "GU"),
        ("+18095550100", "DO"),
        ("+18765550100", "JM"),
        ("+19005550100", "US"),  # an area code of no other country is the United States'
        ("+74951234567", "RU"),
        ("+77011234567", "KZ"),
        ("+76011234567", "KZ"),
        ("+447700900123", "GB"),  # also GG, JE and IM: the main country
        ("+33639980000", "FR"),
        ("+3531234567", "IE"),  # a three-digit code
        ("+35212345", "LU"),
        ("+8613800138000", "CN"),
        ("+85291234567", "HK"),
        ("+9715012345678", "AE"),
        ("+80012345678", None),  # international freephone: no country
        ("+88212345678", None),
        ("+99912345", None),
    ],
)
def test_a_number_resolves_by_its_calling_code(number: str, country: str | None) -> None:
    assert countries.country_of(number) == country


@pytest.mark.parametrize(
    ("number", "calling_code"),
    [
        ("+12065550100", "1"),
        ("+16715550123", "1"),  # Guam: area code 671 of calling code 1
        ("+77011234567", "7"),
        ("+447624123456", "44"),  # the Isle of Man, under 44
        ("+5993123456", "599"),  # Bonaire, where no country has 599 itself
        ("+67231234", "672"),
        ("+375291234567", "375"),
        ("+80012345678", None),
    ],
)
def test_a_number_has_the_calling_code_of_its_countrys_prefix(number: str, calling_code: str | None) -> None:
    assert countries.calling_code(number) == calling_code


def test_every_country_has_a_name_and_every_prefix_starts_with_a_calling_code() -> None:
    assert countries.name("US") == "United States"
    assert countries.name("VI") == "US Virgin Islands"  # the user guide's name, not ISO 3166's
    for country in countries.countries():
        assert countries.name(country)
    codes = set()
    for prefix in (prefix for prefixes in countries.prefixes().values() for prefix in prefixes):
        code = countries.calling_code(prefix)
        assert code is not None, prefix
        assert prefix.startswith(code), prefix
        assert 1 <= len(code) <= 3, prefix
        codes.add(code)
    assert [
        (a, b) for a in codes for b in codes if a != b and b.startswith(a)
    ] == []  # ITU codes are prefix-free


def test_no_prefix_belongs_to_two_countries() -> None:
    listed = [prefix for prefixes in countries.prefixes().values() for prefix in prefixes]
    assert len(listed) == len(set(listed))
    assert all(prefix.isdigit() for prefix in listed)


@pytest.mark.parametrize(
    ("country", "takes"),
    [("US", False), ("CA", False), ("PR", False), ("JM", False), ("GB", True), ("IN", True)],
)
def test_sender_ids_reach_every_country_outside_north_america(country: str, takes: bool) -> None:
    assert countries.takes_sender_id(country) is takes


def test_every_priced_country_is_a_country_a_number_resolves_to() -> None:
    known = {country for country, prefixes in countries.prefixes().items() if prefixes}
    for table in prices.MESSAGE_PRICES.values():
        assert set(table) - {prices.DEFAULT} <= known
