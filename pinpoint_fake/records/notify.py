"""Notify: configurations (a resource of the account), and the templates and countries AWS serves to every
account (``notify_catalog``, read into these records by each backend)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from .inputs import Tag


@dataclass(slots=True)
class NotifyConfiguration:
    resource_type: ClassVar[ResourceType] = "notify-configuration"

    notify_configuration_arn: str
    notify_configuration_id: str
    display_name: str
    use_case: str
    enabled_channels: list[str]
    tier: str
    tier_upgrade_status: str
    status: str
    created_timestamp: datetime
    enabled_countries: list[str] | None = None
    default_template_id: str | None = None
    pool_id: str | None = None  # the pool's ID, however the request named it
    rejection_reason: str | None = None
    deletion_protection_enabled: bool = False
    tags: list[Tag] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.notify_configuration_id

    @property
    def resource_id(self) -> str:
        return self.notify_configuration_id


@dataclass(frozen=True, slots=True)
class TemplateVariable:
    """``TemplateVariableMetadata``: one ``{{variable}}`` of a template's content."""

    type: str
    required: bool
    description: str | None = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    default_value: str | None = None
    pattern: str | None = None
    sample: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class NotifyTemplate:
    """``NotifyTemplateInformation``: a template AWS manages (no account owns it)."""

    template_id: str
    version: int
    template_type: str
    channels: list[str]
    created_timestamp: datetime
    tier_access: list[str] | None = None
    status: str | None = None
    supported_countries: list[str] | None = None
    language_code: str | None = None
    content: str | None = None
    variables: dict[str, TemplateVariable] | None = None
    supported_voice_ids: list[str] | None = None

    @property
    def key(self) -> str:
        return self.template_id


@dataclass(frozen=True, slots=True)
class NotifyCountry:
    """``NotifyCountryInformation``: a country Notify sends to, and how."""

    iso_country_code: str
    country_name: str
    supported_channels: list[str]
    supported_use_cases: list[str]
    supported_tiers: list[str]
    customer_owned_identity_required: bool = False

    @property
    def key(self) -> str:
        return self.iso_country_code
