"""The pure protect rule the send pipeline calls (``rules.protection``), the lookup of the configuration a
send uses, and the countries the fake knows (``countries``): unit tests, as these have no API of their own
yet."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from pinpoint_fake import countries
from pinpoint_fake.errors import ConflictException, ResourceNotFoundException
from pinpoint_fake.phone_ranges import FIRST_NUMBERS, lease
from pinpoint_fake.records import NumberOverride, ProtectConfiguration
from pinpoint_fake.rules.protection import (
    NO_PROTECTION,
    ProtectVerdict,
    applicable_protect_configuration_id,
    check_protection,
    protect_verdict,
)

NOW = datetime(2026, 6, 1, 12, 0, 0)
ID = f"protect-{'c' * 32}"


def configuration(
    rules: dict[str, dict[str, str]] | None = None, **overrides: tuple[str, Any]
) -> ProtectConfiguration:
    """A configuration with country rules and overrides (``number=(action, expiration)``)."""
    record = ProtectConfiguration(
        protect_configuration_arn=f"arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/{ID}",
        protect_configuration_id=ID,
        created_timestamp=NOW,
        country_rules=rules or {},
    )
    for number, (action, expiration) in overrides.items():
        e164 = f"+{number.removeprefix('n')}"
        record.number_overrides.add(e164, NumberOverride(e164, NOW, action, None, expiration))
    return record


# -- the verdict -------------------------------------------------------------------------------------------


def test_no_configuration_allows_everything() -> None:
    assert check_protection(None, "+12065550100", "US", "SMS", now=NOW) == NO_PROTECTION
    assert (NO_PROTECTION.protect_status, NO_PROTECTION.protect_configuration_id) == ("ALLOW", None)


@pytest.mark.parametrize("status", ["ALLOW", "MONITOR", "FILTER"])
def test_a_country_rule_that_sends_is_the_verdict(status: str) -> None:
    verdict = check_protection(configuration({"SMS": {"US": status}}), "+12065550100", "US", "SMS", now=NOW)
    assert verdict == ProtectVerdict(ID, status, by_number_override=False)


def test_a_blocked_country_is_a_conflict_naming_the_configuration() -> None:
    blocked = configuration({"SMS": {"US": "BLOCK"}})
    with pytest.raises(ConflictException) as raised:
        check_protection(blocked, "+12065550100", "US", "SMS", now=NOW)
    error = raised.value
    assert (error.reason, error.resource_type, error.resource_id) == (
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
        "protect-configuration",
        ID,
    )
    assert protect_verdict(blocked, "+12065550100", "US", "SMS", now=NOW) == ProtectVerdict(
        ID, "BLOCK", by_number_override=False
    )


def test_rules_are_per_capability_and_per_country() -> None:
    blocked = configuration({"SMS": {"US": "BLOCK"}})
    assert check_protection(blocked, "+12065550100", "US", "VOICE", now=NOW).protect_status == "ALLOW"
    assert check_protection(blocked, "+447700900000", "GB", "SMS", now=NOW).protect_status == "ALLOW"


def test_a_destination_of_no_known_country_gets_no_country_rule() -> None:
    blocked = configuration({"SMS": {"US": "BLOCK"}})
    assert check_protection(blocked, "+999123456", None, "SMS", now=NOW).protect_status == "ALLOW"


def test_an_override_that_blocks_a_number_of_an_allowed_country_is_its_own_conflict() -> None:
    record = configuration(n12065550100=("BLOCK", None))
    with pytest.raises(ConflictException) as raised:
        check_protection(record, "12065550100", "US", "SMS", now=NOW)  # the + may be left out
    assert (raised.value.reason, raised.value.resource_id) == (
        "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
        ID,
    )
    assert protect_verdict(record, "+12065550100", "US", "SMS", now=NOW) == ProtectVerdict(
        ID, "BLOCK", by_number_override=True
    )


@pytest.mark.parametrize("country_status", ["BLOCK", "FILTER", "MONITOR"])
def test_an_override_that_allows_a_number_decides_before_its_country(country_status: str) -> None:
    record = configuration({"VOICE": {"US": country_status}}, n12065550100=("ALLOW", None))
    verdict = check_protection(record, "+12065550100", "US", "VOICE", now=NOW)
    assert verdict == ProtectVerdict(ID, "ALLOW", by_number_override=True)


def test_an_override_applies_until_its_expiration() -> None:
    record = configuration({"SMS": {"US": "BLOCK"}}, n12065550100=("ALLOW", NOW))
    just_before = NOW - timedelta(microseconds=1)
    assert check_protection(record, "+12065550100", "US", "SMS", now=just_before).by_number_override
    with pytest.raises(ConflictException, match="blocks SMS to US"):
        check_protection(record, "+12065550100", "US", "SMS", now=NOW)  # expired at its expiration


def test_the_send_uses_its_own_configuration_then_its_configuration_sets_then_the_default() -> None:
    assert applicable_protect_configuration_id("a", "b", "c") == "a"
    assert applicable_protect_configuration_id(None, "b", "c") == "b"
    assert applicable_protect_configuration_id(None, None, "c") == "c"
    assert applicable_protect_configuration_id(None, None, None) is None


def test_the_core_looks_up_the_configuration_a_send_uses(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    assert backend._applicable_protect_configuration(None) is None
    named = backend.seed_protect_configuration()
    default = backend.seed_protect_configuration(account_default=True)
    of_the_set = backend.seed_protect_configuration()
    assert backend._applicable_protect_configuration(None) is default
    assert backend._applicable_protect_configuration(None, of_the_set.protect_configuration_id) is of_the_set
    assert backend._applicable_protect_configuration(named.protect_configuration_arn, "ignored") is named
    with pytest.raises(ResourceNotFoundException):
        backend._applicable_protect_configuration("protect-unknown")
    assert backend._protect_configuration(named.protect_configuration_id) is named


# -- countries ---------------------------------------------------------------------------------------------


def test_the_rule_set_countries_are_iso_3166_less_the_unreachable_plus_kosovo() -> None:
    listed = countries.countries()
    assert len(listed) == 245
    assert list(listed) == sorted(listed)
    assert {"CU", "IR", "KP", "SD", "SY"}.isdisjoint(listed)
    assert "XK" in listed


def test_no_two_countries_share_a_prefix() -> None:
    every = [code for codes in countries.prefixes().values() for code in codes]
    assert len(every) == len(set(every))
    assert all(code.isdigit() and not code.startswith("0") for code in every)


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+12065550100", "US"),
        ("12065550100", "US"),
        ("+14165550100", "CA"),
        ("+16045550100", "CA"),
        ("+17875550100", "PR"),
        ("+18095550100", "DO"),
        ("+12645550100", "AI"),
        ("+447700900000", "GB"),
        ("+441534123456", "JE"),
        ("+79161234567", "RU"),
        ("+77011234567", "KZ"),
        ("+33639980000", "FR"),
        ("+262269123456", "YT"),
        ("+262692123456", "RE"),
        ("+59991234567", "CW"),
        ("+3831234567", "XK"),
        ("+999123456", None),
        ("+5901234567", "GP"),  # Saint Barthelemy and Saint Martin share it, with no prefix of their own
    ],
)
def test_the_country_of_a_number_is_that_of_its_longest_prefix(number: str, country: str | None) -> None:
    assert countries.country_of(number) == country


def test_every_number_the_fake_leases_belongs_to_its_country() -> None:
    assert {code: countries.country_of(str(lease(code, 7))) for code in FIRST_NUMBERS} == {
        code: code for code in FIRST_NUMBERS
    }


def test_countries_without_numbers_have_no_prefix() -> None:
    empty = sorted(country for country, codes in countries.prefixes().items() if not codes)
    assert empty == ["BL", "BV", "GS", "HM", "MF", "PN", "TF", "UM"]
