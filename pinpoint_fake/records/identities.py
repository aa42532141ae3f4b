"""Origination identities: phone numbers and sender IDs.

Both also serve as entries of ListPoolOriginationIdentities (``OriginationIdentityMetadata``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .inputs import Tag
from .keywords import Keyword, default_keywords
from .opt_outs import DEFAULT_OPT_OUT_LIST
from .policies import ResourcePolicy


@dataclass(frozen=True, slots=True)
class MessagingLimits:
    """An origination identity's messaging limits (botocore >= 1.44): messages per second by capability,
    and advisory daily caps by provider."""

    rate_limits: dict[str, int] | None = None
    daily_message_caps: dict[str, int] | None = None


def sender_id_key(sender_id: str, iso_country_code: str) -> str:
    """How a sender ID is stored and named in its ARN: ``<SenderId>/<IsoCountryCode>``."""
    return f"{sender_id}/{iso_country_code}"


@dataclass(slots=True)
class PhoneNumber:
    resource_type: ClassVar[ResourceType] = "phone-number"

    phone_number_arn: str
    phone_number_id: str
    phone_number: str
    status: str
    iso_country_code: str
    message_type: str
    number_capabilities: list[str]
    number_type: str
    monthly_leasing_price: str
    created_timestamp: datetime
    two_way_enabled: bool = False
    two_way_channel_arn: str | None = None
    two_way_channel_role: str | None = None
    self_managed_opt_outs_enabled: bool = False
    opt_out_list_name: str = DEFAULT_OPT_OUT_LIST
    international_sending_enabled: bool = False
    deletion_protection_enabled: bool = False
    pool_id: str | None = None
    registration_id: str | None = None
    pricing_tier: str | None = None  # botocore >= 1.44, as messaging_limits
    messaging_limits: MessagingLimits | None = None
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None
    keywords: OrderedStore[Keyword] = field(default_factory=default_keywords)  # by keyword, upper case

    @property
    def key(self) -> str:
        return self.phone_number_id

    @property
    def resource_id(self) -> str:
        return self.phone_number_id

    @property
    def origination_identity_arn(self) -> str:
        return self.phone_number_arn

    @property
    def origination_identity(self) -> str:
        return self.phone_number_id


@dataclass(slots=True)
class SenderId:
    resource_type: ClassVar[ResourceType] = "sender-id"

    sender_id_arn: str
    sender_id: str
    iso_country_code: str
    message_types: list[str]
    monthly_leasing_price: str
    deletion_protection_enabled: bool = False
    registered: bool = False
    registration_id: str | None = None
    pricing_tier: str | None = None  # botocore >= 1.44, as messaging_limits
    messaging_limits: MessagingLimits | None = None
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None

    @property
    def key(self) -> str:
        return sender_id_key(self.sender_id, self.iso_country_code)

    @property
    def resource_id(self) -> str:
        """Errors about a sender ID name it by ARN: its ID alone does not say which country's it is."""
        return self.sender_id_arn

    @property
    def origination_identity_arn(self) -> str:
        return self.sender_id_arn

    @property
    def origination_identity(self) -> str:
        return self.sender_id

    @property
    def number_capabilities(self) -> list[str]:
        """A sender ID sends SMS only."""
        return ["SMS"]
