"""Configuration sets: the defaults a send can name (sender ID, message type, feedback), the protect
configuration associated with a set, and its event destinations (where the events of the messages sent with
the set go: an SNS topic, a Firehose delivery stream or a CloudWatch Logs log group)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from .inputs import Tag


@dataclass(frozen=True, slots=True)
class SnsDestination:
    topic_arn: str


@dataclass(frozen=True, slots=True)
class KinesisFirehoseDestination:
    iam_role_arn: str
    delivery_stream_arn: str


@dataclass(frozen=True, slots=True)
class CloudWatchLogsDestination:
    iam_role_arn: str
    log_group_arn: str


Target = SnsDestination | KinesisFirehoseDestination | CloudWatchLogsDestination


@dataclass(slots=True)
class EventDestination:
    """One event destination of a configuration set: exactly one of its three kinds of target is set."""

    event_destination_name: str
    enabled: bool
    matching_event_types: list[str]
    cloud_watch_logs_destination: CloudWatchLogsDestination | None = None
    kinesis_firehose_destination: KinesisFirehoseDestination | None = None
    sns_destination: SnsDestination | None = None

    @property
    def target(self) -> Target:
        """The one target the destination names."""
        target: Target | None = self.sns_destination or self.kinesis_firehose_destination
        target = target or self.cloud_watch_logs_destination
        assert target is not None, f"{self.event_destination_name} names no target"
        return target


@dataclass(slots=True)
class ConfigurationSet:
    resource_type: ClassVar[ResourceType] = "configuration-set"

    configuration_set_arn: str
    configuration_set_name: str
    created_timestamp: datetime
    event_destinations: list[EventDestination] = field(default_factory=list)  # in creation order
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

    def event_destination(self, name: str) -> EventDestination | None:
        return next((item for item in self.event_destinations if item.event_destination_name == name), None)


@dataclass(frozen=True, slots=True)
class EventDestinationAnswer:
    """Create/Update/DeleteEventDestination's answer: about the event destination (a reused token names
    it)."""

    resource_type: ClassVar[ResourceType] = "event-destination"

    configuration_set_arn: str
    configuration_set_name: str
    event_destination: EventDestination

    @property
    def resource_id(self) -> str:
        return self.event_destination.event_destination_name
