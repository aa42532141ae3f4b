"""The fake's domain records.

Attribute names are the model's member names in snake_case (``PoolArn`` -> ``pool_arn``): the protocol layer
reads and writes records through the model's shapes by that rule alone, so a record never builds a wire dict.
Input structures are named exactly like their shapes in the model (``Tag``), except ``Filter``, which every
``*Filter`` structure (``PoolFilter``, ``PhoneNumberFilter``, ...: all ``Name`` and ``Values``) reads into.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Union

from .pagination import OrderedStore

DEFAULT_OPT_OUT_LIST = "Default"  # exists in every account and region; new numbers and pools use it


@dataclass(frozen=True, slots=True)
class Tag:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class Filter:
    """Every ``*Filter`` input structure of the model (``Name``, ``Values``) reads into this record."""

    name: str
    values: list[str]


@dataclass(frozen=True, slots=True)
class SenderIdAndCountry:
    sender_id: str
    iso_country_code: str


@dataclass(frozen=True, slots=True)
class ResourcePolicy:
    """A resource policy, and the accounts its Allow statements name: those it shares the resource with."""

    resource_arn: str
    policy: str
    created_timestamp: datetime
    grantees: frozenset[str]  # account IDs, or "*" for every account
    denied: frozenset[str] = frozenset()  # account IDs an explicit Deny names: they are not granted

    def grants(self, account_id: str) -> bool:
        return account_id not in self.denied and (account_id in self.grantees or "*" in self.grantees)


@dataclass(slots=True)
class PhoneNumber:
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
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None

    # As an entry of ListPoolOriginationIdentities (OriginationIdentityMetadata).
    @property
    def origination_identity_arn(self) -> str:
        return self.phone_number_arn

    @property
    def origination_identity(self) -> str:
        return self.phone_number_id


@dataclass(slots=True)
class SenderId:
    sender_id_arn: str
    sender_id: str
    iso_country_code: str
    message_types: list[str]
    monthly_leasing_price: str
    deletion_protection_enabled: bool = False
    registered: bool = False
    registration_id: str | None = None
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None

    @property
    def key(self) -> str:
        """How a backend stores it: ``<SenderId>/<IsoCountryCode>``, the ID part of its ARN."""
        return f"{self.sender_id}/{self.iso_country_code}"

    # As an entry of ListPoolOriginationIdentities (OriginationIdentityMetadata).
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


@dataclass(slots=True)
class Pool:
    pool_arn: str
    pool_id: str
    status: str
    message_type: str
    created_timestamp: datetime
    two_way_enabled: bool = False
    two_way_channel_arn: str | None = None
    two_way_channel_role: str | None = None
    self_managed_opt_outs_enabled: bool = False
    opt_out_list_name: str = DEFAULT_OPT_OUT_LIST
    shared_routes_enabled: bool = False
    deletion_protection_enabled: bool = False
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None
    # The origination identities (phone numbers, sender IDs) in the pool by ARN, in association order.
    origination_identities: OrderedStore[OriginationIdentity] = field(default_factory=OrderedStore)


@dataclass(slots=True)
class OptedOutNumber:
    opted_out_number: str
    opted_out_timestamp: datetime
    end_user_opted_out: bool = False


@dataclass(slots=True)
class OptOutList:
    opt_out_list_arn: str
    opt_out_list_name: str
    created_timestamp: datetime
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None
    opted_out_numbers: OrderedStore[OptedOutNumber] = field(default_factory=OrderedStore)


OriginationIdentity = Union[PhoneNumber, SenderId]  # noqa: UP007 (a runtime alias on Python 3.10)
Resource = Union[Pool, PhoneNumber, SenderId, OptOutList]  # noqa: UP007


@dataclass(frozen=True, slots=True)
class PoolPage:
    """DescribePools' result."""

    pools: list[Pool]
    next_token: str | None


class Result(SimpleNamespace):
    """Any other operation's result: its output members as snake_case attributes."""
