"""The fake's domain records.

Attribute names are the model's member names in snake_case (``PoolArn`` -> ``pool_arn``): the protocol layer
reads and writes records through the model's shapes by that rule alone, so a record never builds a wire dict.
Input structures (``PoolFilter``, ``Tag``) are named exactly like their shapes in the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_OPT_OUT_LIST = "Default"  # exists in every account and region; new numbers and pools use it


@dataclass(frozen=True, slots=True)
class Tag:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class PoolFilter:
    name: str
    values: list[str]


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
    # ARNs of the origination identities (phone numbers, sender IDs) in the pool, in association order.
    origination_identities: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PoolPage:
    """DescribePools' result."""

    pools: list[Pool]
    next_token: str | None
