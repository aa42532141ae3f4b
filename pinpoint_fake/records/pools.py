"""Pools, and the answer of (dis)associating an identity with one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .identities import PhoneNumber, SenderId
from .inputs import Tag
from .keywords import Keyword, default_keywords
from .opt_outs import DEFAULT_OPT_OUT_LIST
from .policies import ResourcePolicy
from .rcs_agents import RcsAgent


@dataclass(slots=True)
class Pool:
    resource_type: ClassVar[ResourceType] = "pool"

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
    # The origination identities (numbers, sender IDs, RCS agents) in the pool by ARN, in association order.
    origination_identities: OrderedStore[PhoneNumber | SenderId | RcsAgent] = field(
        default_factory=OrderedStore
    )
    keywords: OrderedStore[Keyword] = field(default_factory=default_keywords)  # by keyword, upper case

    @property
    def key(self) -> str:
        return self.pool_id

    @property
    def resource_id(self) -> str:
        return self.pool_id


@dataclass(frozen=True, slots=True)
class Association:
    """Associate/DisassociateOriginationIdentity's answer: about the pool (a reused token names it)."""

    resource_type: ClassVar[ResourceType] = "pool"

    pool_arn: str
    pool_id: str
    origination_identity_arn: str
    origination_identity: str
    iso_country_code: str | None  # None for an RCS agent, which belongs to no country

    @property
    def resource_id(self) -> str:
        return self.pool_id
