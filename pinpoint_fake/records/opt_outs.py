"""Opt-out lists and the numbers in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .inputs import Tag
from .policies import ResourcePolicy

DEFAULT_OPT_OUT_LIST = "Default"  # exists in every account and region; new numbers and pools use it


@dataclass(slots=True)
class OptedOutNumber:
    opted_out_number: str
    opted_out_timestamp: datetime
    end_user_opted_out: bool = False


@dataclass(slots=True)
class OptOutList:
    resource_type: ClassVar[ResourceType] = "opt-out-list"

    opt_out_list_arn: str
    opt_out_list_name: str
    created_timestamp: datetime
    tags: list[Tag] = field(default_factory=list)
    resource_policy: ResourcePolicy | None = None
    opted_out_numbers: OrderedStore[OptedOutNumber] = field(default_factory=OrderedStore)

    @property
    def key(self) -> str:
        return self.opt_out_list_name

    @property
    def resource_id(self) -> str:
        return self.opt_out_list_name
