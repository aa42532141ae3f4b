"""Events: CreateEventDestination, UpdateEventDestination and DeleteEventDestination (a configuration set's
destinations, listed through DescribeConfigurationSets), and PutMessageFeedback.

A destination names one target: a CloudWatch Logs log group, a Firehose delivery stream or an SNS topic. It
is enabled on creation; an update changes what it names (its event types, whether it is enabled, its target
of the same kind), never its kind. Whether the target exists is not checked here: a send delivers to it, and
a target moto does not hold is skipped then (``Core._emit``). What the events are is ``rules.events``'.

PutMessageFeedback records the feedback on the message in the outbox (this account and region's) and
delivers the event it stands for, like the message's other events.
"""

from __future__ import annotations

from typing import Any

from moto.core.utils import utcnow

from ..core import Core
from ..errors import ConflictException, ResourceNotFoundException
from ..records import (
    CloudWatchLogsDestination,
    ConfigurationSet,
    EventDestination,
    EventDestinationAnswer,
    KinesisFirehoseDestination,
    MessageFeedback,
    Result,
    SnsDestination,
)
from ..records.configuration_sets import Target
from ..rules import events


class EventOperations(Core):
    def create_event_destination(
        self,
        configuration_set_name: str,
        event_destination_name: str,
        matching_event_types: list[str],
        cloud_watch_logs_destination: Any = None,
        kinesis_firehose_destination: Any = None,
        sns_destination: Any = None,
    ) -> EventDestinationAnswer:
        configuration_set = self._configuration_set(configuration_set_name)
        given = (cloud_watch_logs_destination, kinesis_firehose_destination, sns_destination)
        events.check_one_target(given, required=True)
        events.check_matching_event_types(matching_event_types)
        if configuration_set.event_destination(event_destination_name) is not None:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "event-destination",
                event_destination_name,
                f"The configuration set '{configuration_set.configuration_set_name}' already has the event "
                f"destination '{event_destination_name}'.",
            )
        events.check_room(configuration_set.event_destinations)
        destination = EventDestination(event_destination_name, True, list(matching_event_types))
        _aim(destination, _target(*given))
        configuration_set.event_destinations.append(destination)
        return _answer(
            configuration_set.configuration_set_arn, configuration_set.configuration_set_name, destination
        )

    def update_event_destination(
        self,
        configuration_set_name: str,
        event_destination_name: str,
        enabled: bool | None = None,
        matching_event_types: list[str] | None = None,
        cloud_watch_logs_destination: Any = None,
        kinesis_firehose_destination: Any = None,
        sns_destination: Any = None,
    ) -> EventDestinationAnswer:
        configuration_set = self._configuration_set(configuration_set_name)
        destination = _event_destination(configuration_set, event_destination_name)
        given = (cloud_watch_logs_destination, kinesis_firehose_destination, sns_destination)
        events.check_one_target(given, required=False)
        if matching_event_types is not None:
            events.check_matching_event_types(matching_event_types)
        target = _target(*given)
        if target is not None:
            events.check_same_kind(destination, target)
            _aim(destination, target)
        if enabled is not None:
            destination.enabled = enabled
        if matching_event_types is not None:
            destination.matching_event_types = list(matching_event_types)
        return _answer(
            configuration_set.configuration_set_arn, configuration_set.configuration_set_name, destination
        )

    def delete_event_destination(
        self, configuration_set_name: str, event_destination_name: str
    ) -> EventDestinationAnswer:
        configuration_set = self._configuration_set(configuration_set_name)
        destination = _event_destination(configuration_set, event_destination_name)
        configuration_set.event_destinations.remove(destination)
        return _answer(
            configuration_set.configuration_set_arn, configuration_set.configuration_set_name, destination
        )

    # -- feedback -------------------------------------------------------------------------------------

    def put_message_feedback(self, message_id: str, message_feedback_status: str) -> Result:
        message = self._messages.get(message_id)
        if message is None:
            raise ResourceNotFoundException("message", message_id)
        message.feedback.append(MessageFeedback(message_feedback_status, utcnow()))
        prefix = events.prefix_of(message.channel)
        event_type = events.feedback_event(prefix, message_feedback_status) if prefix is not None else None
        if event_type is not None:
            self._emit(message, [event_type], feedback=message_feedback_status)
        return Result(message_id=message.message_id, message_feedback_status=message_feedback_status)


def _event_destination(configuration_set: ConfigurationSet, name: str) -> EventDestination:
    destination = configuration_set.event_destination(name)
    if destination is None:
        raise ResourceNotFoundException("event-destination", name)
    return destination


def _target(cloud_watch_logs: Any, kinesis_firehose: Any, sns: Any) -> Target | None:
    """The typed record of the one target a request names (None when it names none)."""
    if cloud_watch_logs is not None:
        return CloudWatchLogsDestination(cloud_watch_logs.iam_role_arn, cloud_watch_logs.log_group_arn)
    if kinesis_firehose is not None:
        return KinesisFirehoseDestination(kinesis_firehose.iam_role_arn, kinesis_firehose.delivery_stream_arn)
    if sns is not None:
        return SnsDestination(sns.topic_arn)
    return None


def _aim(destination: EventDestination, target: Target | None) -> None:
    """Point ``destination`` at ``target`` (of the kind it already has, or any on creation)."""
    destination.cloud_watch_logs_destination = (
        target if isinstance(target, CloudWatchLogsDestination) else None
    )
    destination.kinesis_firehose_destination = (
        target if isinstance(target, KinesisFirehoseDestination) else None
    )
    destination.sns_destination = target if isinstance(target, SnsDestination) else None


def _answer(arn: str, name: str, destination: EventDestination) -> EventDestinationAnswer:
    return EventDestinationAnswer(arn, name, destination)
