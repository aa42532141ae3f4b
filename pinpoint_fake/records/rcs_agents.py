"""RCS agents, their testing agent and their launches country by country.

An RCS agent is an origination identity of no country: it joins a pool as a phone number does (one pool
at most, sharing the pool's two-way and opt-out settings) and serves as an entry of
ListPoolOriginationIdentities (``OriginationIdentityMetadata``) with no ``IsoCountryCode``, as the model's
documentation of that member says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .identities import MessagingLimits
from .inputs import Tag
from .opt_outs import DEFAULT_OPT_OUT_LIST
from .policies import ResourcePolicy


@dataclass(slots=True)
class TestingAgent:
    """``TestingAgentInformation``: the agent's testing agent, once a testing registration names it."""

    __test__: ClassVar[bool] = False  # not a pytest test class, whatever its name

    status: str
    registration_id: str
    testing_agent_id: str | None = None


@dataclass(slots=True)
class CarrierStatus:
    carrier_name: str
    status: str


@dataclass(slots=True)
class CountryLaunch:
    """``CountryLaunchStatusInformation``: the agent's launch in one country, and its carriers'."""

    iso_country_code: str
    status: str
    registration_id: str
    carrier_status: list[CarrierStatus] = field(default_factory=list)
    rcs_platform_id: str | None = None


@dataclass(slots=True)
class RcsAgent:
    resource_type: ClassVar[ResourceType] = "rcs-agent"

    rcs_agent_arn: str
    rcs_agent_id: str
    status: str
    created_timestamp: datetime
    deletion_protection_enabled: bool = False
    opt_out_list_name: str = DEFAULT_OPT_OUT_LIST
    self_managed_opt_outs_enabled: bool = False
    two_way_enabled: bool = False
    two_way_channel_arn: str | None = None
    two_way_channel_role: str | None = None
    pool_id: str | None = None
    testing_agent: TestingAgent | None = None
    # Members of botocore >= 1.44 (the writer writes a member only where the installed model has it).
    two_way_media_s3_bucket_name: str | None = None
    two_way_media_s3_key_prefix: str | None = None
    two_way_media_s3_role: str | None = None
    two_way_rcs_events_enabled: list[str] | None = None
    messaging_limits: MessagingLimits | None = None
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None
    # Its launches by country, in the order they began.
    country_launches: OrderedStore[CountryLaunch] = field(default_factory=OrderedStore)

    @property
    def key(self) -> str:
        return self.rcs_agent_id

    @property
    def resource_id(self) -> str:
        return self.rcs_agent_id

    @property
    def origination_identity_arn(self) -> str:
        return self.rcs_agent_arn

    @property
    def origination_identity(self) -> str:
        return self.rcs_agent_id

    @property
    def iso_country_code(self) -> None:
        """An agent belongs to no country."""
        return None

    @property
    def number_capabilities(self) -> list[str]:
        """An agent sends RCS only."""
        return ["RCS"]
