"""Configuration sets: the defaults a send can name (sender ID, message type, feedback) and, from the next
issue on, its event destinations and protect configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from ..errors import ResourceType
from .inputs import Tag


@dataclass(slots=True)
class ConfigurationSet:
    resource_type: ClassVar[ResourceType] = "configuration-set"

    configuration_set_arn: str
    configuration_set_name: str
    created_timestamp: datetime
    event_destinations: list[Any] = field(default_factory=list)  # records of the event-destination issue
    default_message_type: str | None = None
    default_sender_id: str | None = None
    default_message_feedback_enabled: bool | None = None
    protect_configuration_id: str | None = None
    tags: list[Tag] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.configuration_set_name

    @property
    def resource_id(self) -> str:
        return self.configuration_set_name
