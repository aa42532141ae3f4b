"""Events: what an event destination may be, the events a message goes through (its outcome), which
destinations receive each, and the JSON AWS documents for them and for an inbound message.

A channel's events carry its word (``records.messages.CHANNEL_WORDS``) as their prefix in the model's
``EventType`` enum (``SMS`` -> ``TEXT_``, ``VOICE`` -> ``VOICE_``, ``MMS`` -> ``MEDIA_``, ``RCS`` -> ``RCS_``
where the model has it). By default a message goes along its channel's path (``PATHS``: a text is
``TEXT_PENDING``, ``TEXT_SUCCESSFUL``, ``TEXT_DELIVERED``) to its default outcome; a test may choose another
outcome for a destination number (seeding). An outcome on the path ends the path there; any other comes after
the path's first event (``VOICE_NO_ANSWER`` after ``VOICE_RINGING``), or alone where nothing went out before
it (``TEXT_PROTECT_BLOCKED``, ``TEXT_QUEUED``). Only the last event is final, and only when its status is not
one a message passes through (queued, pending, initiated, ringing, answered, sent).

Payloads follow AWS's documented SMS, MMS and voice events (the user guide's "Example event data" and the
EventBridge examples): ``eventVersion`` ``1.0``, timestamps in epoch milliseconds from moto's clock, the
message's members; ``mcc``, ``mnc`` and ``carrierName`` (optional, "may not be present") are left out, as the
fake knows no carriers, and so is any member without a meaning for the message (an RCS message's
``messageType``): no member is ever null. A voice event holds what AWS's voice example holds, with the
destination, the context and the protect configuration.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from ..errors import (
    ConflictException,
    ServiceQuotaExceededException,
    ValidationException,
    ValidationExceptionField,
)
from ..records import EventDestination, SentMessage
from ..records.messages import CHANNEL_WORDS
from ..service_model import enum_values

EVENT_VERSION = "1.0"
ALL = "ALL"
# The model's note on MatchingEventTypes: "The TEXT_SENT event type is not supported."
NOT_SUPPORTED = frozenset({"TEXT_SENT"})
# "Each configuration set can contain between 0 and 5 event destinations" (CreateEventDestination).
EVENT_DESTINATIONS_PER_CONFIGURATION_SET = 5

# The events a delivered message goes through, by prefix; the default outcome is the path's last event
# unless DEFAULT_OUTCOMES says otherwise (an RCS message is read only when a test says so).
PATHS: dict[str, tuple[str, ...]] = {
    "TEXT": ("TEXT_PENDING", "TEXT_SUCCESSFUL", "TEXT_DELIVERED"),
    "MEDIA": ("MEDIA_PENDING", "MEDIA_SUCCESSFUL", "MEDIA_DELIVERED"),
    "VOICE": ("VOICE_INITIATED", "VOICE_RINGING", "VOICE_ANSWERED", "VOICE_COMPLETED"),
    "RCS": ("RCS_QUEUED", "RCS_SENT", "RCS_DELIVERED", "RCS_READ"),
}
DEFAULT_OUTCOMES: dict[str, str] = {"RCS": "RCS_DELIVERED"}
# AWS's destination simulator numbers that fail ("Test phone numbers" in the user guide: a success and a
# failure number per country; these are the failure numbers the fidelity notes cite, the US one seen
# answering "Phone has blocked SMS"). A message to one ends blocked unless a test seeds another outcome.
FAILURE_SIMULATORS = frozenset({"+14254147167", "+61455944039", "+33755512502"})
SIMULATED_FAILURES: dict[str, str] = {
    "TEXT": "TEXT_BLOCKED",
    "MEDIA": "MEDIA_BLOCKED",
    "VOICE": "VOICE_FAILED",
}
# An outcome off the path comes after the path's first event, except these: after the event given, or
# alone (None) when nothing went out before it.
AFTER: dict[str, str | None] = {
    "TEXT_QUEUED": None,
    "MEDIA_QUEUED": None,
    "TEXT_PROTECT_BLOCKED": None,
    "RCS_PROTECT_BLOCKED": None,
    "VOICE_NO_ANSWER": "VOICE_RINGING",
}
# Statuses a message passes through: an event of one is never final.
PASSING = frozenset({"QUEUED", "PENDING", "INITIATED", "RINGING", "ANSWERED", "SENT"})
# messageStatusDescription by status, for text and media: the first two and the carrier, blocked, unreachable
# and unknown ones are texts real events were seen with; the others are ours (AWS's are not public).
DESCRIPTIONS: dict[str, str] = {
    "SUCCESSFUL": "Message has been accepted by phone carrier",
    "DELIVERED": "Message has been accepted by phone",
    "CARRIER_UNREACHABLE": "Phone carrier is currently unreachable/unavailable",
    "BLOCKED": "Phone has blocked SMS",
    "CARRIER_BLOCKED": "Phone is on a blocked list",
    "UNREACHABLE": "Phone is currently unreachable/unavailable",
    "UNKNOWN": "Unknown error attempting to reach phone",
    "QUEUED": "Message is queued for delivery",
    "PENDING": "Message is being delivered",
    "TTL_EXPIRED": "Message was not delivered within its time to live",
    "INVALID": "Destination phone number is not valid",
    "INVALID_MESSAGE": "Message body is not valid",
    "SPAM": "Carrier identified the message as spam",
    "PROTECT_BLOCKED": "Message was blocked by a protect configuration",
    "FILE_INACCESSIBLE": "Media file is not accessible",
    "FILE_TYPE_UNSUPPORTED": "Media file type is not supported",
    "FILE_SIZE_EXCEEDED": "Media file is too large",
}
# The event a PutMessageFeedback delivers, by status: the suffix of the message's own event type.
FEEDBACK_EVENTS: dict[str, dict[str, str]] = {
    "RECEIVED": {"TEXT": "DELIVERED", "MEDIA": "DELIVERED", "VOICE": "COMPLETED", "RCS": "READ"},
    "FAILED": {"TEXT": "UNKNOWN", "MEDIA": "UNKNOWN", "VOICE": "FAILED", "RCS": "FAILED"},
}

_EPOCH = datetime(1970, 1, 1)
_MILLISECOND = timedelta(milliseconds=1)


@cache
def event_types() -> frozenset[str]:
    return frozenset(enum_values("EventType"))


def prefix_of(channel: str) -> str | None:
    """The event prefix of a channel, if the model has events for it."""
    prefix = CHANNEL_WORDS.get(channel)
    return prefix if prefix is not None and f"{prefix}_ALL" in event_types() else None


def outcome_prefix(event_type: str) -> str | None:
    """The prefix of an event type a message can end with (None for a group selector, ``TEXT_SENT``, or a
    value the model does not have)."""
    if event_type not in event_types() or event_type in NOT_SUPPORTED or event_type.endswith(ALL):
        return None
    prefix = event_type.partition("_")[0]
    return prefix if prefix in PATHS else None


def default_outcome(prefix: str) -> str:
    return DEFAULT_OUTCOMES.get(prefix, PATHS[prefix][-1])


def simulated_outcome(destination: str, prefix: str) -> str | None:
    """The outcome of a message of ``prefix`` to one of AWS's failure simulator numbers (None otherwise, and
    when the running model has no such event type)."""
    if destination not in FAILURE_SIMULATORS:
        return None
    outcome = SIMULATED_FAILURES.get(prefix)
    return outcome if outcome in event_types() else None


def sequence(prefix: str, outcome: str | None = None) -> tuple[str, ...]:
    """The events a message of ``prefix`` goes through to ``outcome`` (its default when None)."""
    outcome = outcome or default_outcome(prefix)
    path = tuple(event for event in PATHS[prefix] if event in event_types())
    if outcome in path:
        return path[: path.index(outcome) + 1]
    after = AFTER.get(outcome, path[0])
    return (outcome,) if after is None else (*path[: path.index(after) + 1], outcome)


def status_of(event_type: str) -> str:
    """The ``messageStatus`` of an event: its type without the channel's prefix (``TEXT_DELIVERED`` ->
    ``DELIVERED``)."""
    return event_type.partition("_")[2]


def is_final(events: Sequence[str], index: int) -> bool:
    return index == len(events) - 1 and status_of(events[index]) not in PASSING


def feedback_event(prefix: str, status: str) -> str | None:
    """The event type a PutMessageFeedback of ``status`` delivers for a message of ``prefix``."""
    event_type = f"{prefix}_{FEEDBACK_EVENTS[status][prefix]}"
    return event_type if event_type in event_types() else None


# -- event destinations ----------------------------------------------------------------------------------


def matches(destination: EventDestination, event_type: str) -> bool:
    """Whether an enabled destination takes the event: named, or through ``ALL`` or its channel's group."""
    if not destination.enabled:
        return False
    chosen = destination.matching_event_types
    return event_type in chosen or ALL in chosen or f"{event_type.partition('_')[0]}_{ALL}" in chosen


def check_matching_event_types(matching_event_types: Sequence[str]) -> None:
    unsupported = [
        ValidationExceptionField(f"MatchingEventTypes[{index}]", f"{event_type} is not supported")
        for index, event_type in enumerate(matching_event_types)
        if event_type in NOT_SUPPORTED
    ]
    if unsupported:
        raise ValidationException(
            "The TEXT_SENT event type is not supported.", "INVALID_PARAMETER", tuple(unsupported)
        )


TARGET_MEMBERS = ("CloudWatchLogsDestination", "KinesisFirehoseDestination", "SnsDestination")


def check_one_target(given: Sequence[object | None], *, required: bool) -> None:
    """A destination names one target (``given``: the three members, in ``TARGET_MEMBERS`` order); an
    update may name none (it keeps its target)."""
    named = [member for member, value in zip(TARGET_MEMBERS, given, strict=True) if value is not None]
    if len(named) > 1:
        raise ValidationException(
            f"Give one of {', '.join(TARGET_MEMBERS)}, not {' and '.join(named)}.",
            "PARAMETERS_CANNOT_BE_USED_TOGETHER",
            tuple(
                ValidationExceptionField(member, "Cannot be used with another destination")
                for member in named
            ),
        )
    if required and not named:
        raise ValidationException(
            f"An event destination needs one of {', '.join(TARGET_MEMBERS)}.",
            "MISSING_PARAMETER",
            tuple(
                ValidationExceptionField(member, "One destination is required") for member in TARGET_MEMBERS
            ),
        )


def check_same_kind(destination: EventDestination, target: object) -> None:
    """An update may change a destination's target, never its kind (``EVENT_DESTINATION_MISMATCH``)."""
    if type(target) is not type(destination.target):
        raise ConflictException(
            "EVENT_DESTINATION_MISMATCH",
            "event-destination",
            destination.event_destination_name,
            f"The event destination '{destination.event_destination_name}' cannot change its kind.",
        )


def check_room(destinations: Sequence[EventDestination]) -> None:
    if len(destinations) >= EVENT_DESTINATIONS_PER_CONFIGURATION_SET:
        raise ServiceQuotaExceededException(
            "EVENT_DESTINATIONS_PER_CONFIGURATION_SET",
            f"A configuration set has at most {EVENT_DESTINATIONS_PER_CONFIGURATION_SET} event destinations.",
        )


# -- payloads ----------------------------------------------------------------------------------------------


def epoch_milliseconds(moment: datetime) -> int:
    """A timestamp of an event, from moto's clock: a naive datetime in UTC."""
    return (moment - _EPOCH) // _MILLISECOND


def _price(price: Decimal) -> float:
    return float(price)


def payload(
    message: SentMessage,
    event_type: str,
    *,
    timestamp: datetime,
    final: bool,
    feedback: str | None = None,
) -> dict[str, Any]:
    """The JSON of one event of ``message`` (``feedback``: the MessageFeedbackStatus it reports, if any, as
    ``messageFeedbackStatus``)."""
    voice = event_type.startswith("VOICE_")
    status = status_of(event_type)
    event: dict[str, Any] = {
        "eventType": event_type,
        "eventVersion": EVENT_VERSION,
        "eventTimestamp": epoch_milliseconds(timestamp),
        "isFinal": final,
        "originationPhoneNumber": message.origination_number,
        "destinationPhoneNumber": message.destination_phone_number,
        "isoCountryCode": message.iso_country_code,
    }
    if not voice:
        event["isInternationalSend"] = message.origination_country != message.iso_country_code
    event["messageId"] = message.message_id
    event["messageRequestTimestamp"] = epoch_milliseconds(message.sent_timestamp)
    if message.encoding is not None:
        event["messageEncoding"] = "GSM" if message.encoding == "GSM" else "UNICODE"
    if not voice and message.message_type is not None:  # an RCS message has none
        event["messageType"] = message.message_type
    event["messageStatus"] = status
    if not voice and status in DESCRIPTIONS:
        event["messageStatusDescription"] = DESCRIPTIONS[status]
    if message.context:
        event["context"] = dict(message.context)
    if not voice:
        event["totalMessageParts"] = message.parts
        event["totalMessagePrice"] = _price(message.price)
        event["totalCarrierFee"] = 0.0
    verdict = message.protect_verdict
    if verdict is not None and verdict.protect_configuration_id is not None:
        event["protectConfiguration"] = {
            "protectConfigurationId": verdict.protect_configuration_id,
            "protectStatus": verdict.protect_status,
        }
    if feedback is not None:
        event["messageFeedbackStatus"] = feedback
    return event


def inbound_payload(
    origination_number: str,
    destination_number: str,
    message_body: str,
    inbound_message_id: str,
    *,
    keyword: str | None,
    account_id: str,
    previous_message_id: str | None,
) -> dict[str, Any]:
    """AWS's two-way payload: ``messageKeyword`` is the keyword matched, else ``KEYWORD_<account ID>`` (as
    real payloads show); ``previousPublishedMessageId`` is left out when the number never wrote to the
    sender."""
    event = {
        "originationNumber": origination_number,
        "destinationNumber": destination_number,
        "messageKeyword": keyword or f"KEYWORD_{account_id}",
        "messageBody": message_body,
        "inboundMessageId": inbound_message_id,
    }
    if previous_message_id is not None:
        event["previousPublishedMessageId"] = previous_message_id
    return event
