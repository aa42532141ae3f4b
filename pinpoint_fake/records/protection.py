"""Protect configurations: country rules per number capability, phone number overrides, answers about them.

A configuration keeps only the country rules that were set (``country_rules``: capability -> country ->
ProtectStatus); every other country of ``countries.countries()`` is ``ALLOW``, the documented default. Its
number overrides are kept in E.164 with the ``+``, in the order they were first put.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .inputs import Tag

ALLOW = "ALLOW"  # every country's rule until one is set: "By default all country rule sets ... are ALLOW"


@dataclass(frozen=True, slots=True)
class CountryRule:
    """One country's rule (``ProtectConfigurationCountryRuleSetInformation``), in a request or an answer."""

    protect_status: str


@dataclass(slots=True)
class NumberOverride:
    """A phone number rule override (``ProtectConfigurationRuleSetNumberOverride``)."""

    destination_phone_number: str
    created_timestamp: datetime
    action: str
    iso_country_code: str | None = None
    expiration_timestamp: datetime | None = None

    def applies_at(self, moment: datetime) -> bool:
        """An override applies until its expiration (one without an expiration never expires)."""
        return self.expiration_timestamp is None or moment < self.expiration_timestamp


@dataclass(frozen=True, slots=True)
class ProtectVerdict:
    """What a protect configuration says about sending to one destination (``rules.protection`` decides it;
    a sent message keeps it, for the ``protectConfiguration`` of its events)."""

    protect_configuration_id: str | None  # the configuration that applied; None when none did
    protect_status: str  # ALLOW, BLOCK, MONITOR or FILTER
    by_number_override: bool  # whether a phone number override decided (else the country rule did)


@dataclass(slots=True)
class ProtectConfiguration:
    resource_type: ClassVar[ResourceType] = "protect-configuration"

    protect_configuration_arn: str
    protect_configuration_id: str
    created_timestamp: datetime
    account_default: bool = False
    deletion_protection_enabled: bool = False
    tags: list[Tag] = field(default_factory=list)
    # NumberCapability -> IsoCountryCode -> ProtectStatus, for the rules that were set
    country_rules: dict[str, dict[str, str]] = field(default_factory=dict)
    number_overrides: OrderedStore[NumberOverride] = field(default_factory=OrderedStore)

    @property
    def key(self) -> str:
        return self.protect_configuration_id

    @property
    def resource_id(self) -> str:
        return self.protect_configuration_id

    def country_rule(self, number_capability: str, iso_country_code: str) -> str:
        """The ProtectStatus of a country for a capability (``ALLOW`` unless one was set)."""
        return self.country_rules.get(number_capability, {}).get(iso_country_code, ALLOW)


@dataclass(frozen=True, slots=True)
class NumberOverrideAnswer:
    """Put/DeleteProtectConfigurationRuleSetNumberOverride's answer: about the protect configuration (a reused
    token names it)."""

    resource_type: ClassVar[ResourceType] = "protect-configuration"

    protect_configuration_arn: str
    protect_configuration_id: str
    destination_phone_number: str
    created_timestamp: datetime
    action: str
    iso_country_code: str | None = None
    expiration_timestamp: datetime | None = None

    @property
    def resource_id(self) -> str:
        return self.protect_configuration_id
