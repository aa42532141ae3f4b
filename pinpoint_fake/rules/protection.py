"""Protect decisions: which protect configuration a send uses, and what it says about one destination.

The send pipeline calls ``applicable_protect_configuration_id`` (the request's ``ProtectConfigurationId``,
else the configuration set's, else the account default; none at all is no protection), looks the
configuration up, and calls ``check_protection`` for each destination. A phone number override that
applies (not expired) decides before the country rule, both ways: ``ALLOW`` lets a number of a blocked
country through, ``BLOCK`` stops one of an allowed country. ``MONITOR`` and ``FILTER`` send (the fake
suspects no artificially inflated traffic); the verdict says which status applied, for the events.
"""

from __future__ import annotations

from datetime import datetime

from ..errors import ConflictException
from ..phone_ranges import e164
from ..records import ALLOW, ProtectConfiguration
from ..records.protection import ProtectVerdict as ProtectVerdict  # kept on the sent message, a record

BLOCK = "BLOCK"

NO_PROTECTION = ProtectVerdict(None, ALLOW, by_number_override=False)


def applicable_protect_configuration_id(
    requested: str | None, configuration_set: str | None, account_default: str | None
) -> str | None:
    """The protect configuration a send uses: the request's, else its configuration set's, else the account
    default (AWS's documented order); None when there is none."""
    return requested or configuration_set or account_default


def protect_verdict(
    configuration: ProtectConfiguration | None,
    destination_phone_number: str,
    iso_country_code: str | None,
    number_capability: str,
    *,
    now: datetime,
) -> ProtectVerdict:
    """The verdict, BLOCK included, for a destination (its country None when unknown: no rule applies to
    it) sent with a number capability (``SMS``, ``VOICE``, ``MMS``, ``RCS``) at ``now``."""
    if configuration is None:
        return NO_PROTECTION
    configuration_id = configuration.protect_configuration_id
    override = configuration.number_overrides.get(e164(destination_phone_number))
    if override is not None and override.applies_at(now):
        return ProtectVerdict(configuration_id, override.action, by_number_override=True)
    status = (
        ALLOW if iso_country_code is None else configuration.country_rule(number_capability, iso_country_code)
    )
    return ProtectVerdict(configuration_id, status, by_number_override=False)


def check_protection(
    configuration: ProtectConfiguration | None,
    destination_phone_number: str,
    iso_country_code: str | None,
    number_capability: str,
    *,
    now: datetime,
) -> ProtectVerdict:
    """``protect_verdict``, with a BLOCK raised as the ConflictException a send gets: ``..._BY_PROTECT_NUMBER_
    OVERRIDE`` when an override blocks the number, ``..._BY_PROTECT_CONFIGURATION`` when its country is."""
    verdict = protect_verdict(
        configuration, destination_phone_number, iso_country_code, number_capability, now=now
    )
    if verdict.protect_status != BLOCK:
        return verdict
    configuration_id = verdict.protect_configuration_id
    if verdict.by_number_override:
        raise ConflictException(
            "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
            "protect-configuration",
            configuration_id,
            f"A number override of the protect configuration '{configuration_id}' blocks "
            f"{e164(destination_phone_number)}.",
        )
    raise ConflictException(
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
        "protect-configuration",
        configuration_id,
        f"The protect configuration '{configuration_id}' blocks {number_capability} to {iso_country_code}.",
    )
