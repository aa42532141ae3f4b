"""Messages: the channels a message goes by, what a send resolved (its destination, its context and its
route), what it recorded in the outbox (``SentMessage``, with the events it went through and where each was
delivered), and what an end user's reply did (``ReceivedMessage``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from .configuration_sets import ConfigurationSet
from .identities import PhoneNumber, SenderId
from .opt_outs import OptOutList
from .pools import Pool
from .protection import ProtectConfiguration, ProtectVerdict
from .rcs_agents import RcsAgent

SMS = "SMS"
VOICE = "VOICE"
MMS = "MMS"
RCS = "RCS"
# The one channel table: a channel (a NumberCapability) -> the word the model names it by everywhere else:
# the prefix of its event types (TEXT_DELIVERED), its spend limit (TEXT_MESSAGE_MONTHLY_SPEND_LIMIT, and
# MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT) and, for SMS and voice, a verification code's VerificationChannel.
CHANNEL_WORDS: dict[str, str] = {SMS: "TEXT", VOICE: "VOICE", MMS: "MEDIA", RCS: "RCS"}
WORD_CHANNELS: dict[str, str] = {word: channel for channel, word in CHANNEL_WORDS.items()}
# The spend limit every Notify message counts against, whatever its channel.
NOTIFY = "NOTIFY"
# What a Notify message sent by the identities AWS manages (no identity of the account) names as its origin.
AWS_MANAGED = "AWS_MANAGED"


@dataclass(frozen=True, slots=True)
class Destination:
    """A destination phone number (E.164, with its ``+``) and the country it is in."""

    phone_number: str
    iso_country_code: str


@dataclass(frozen=True, slots=True)
class SendContext:
    """What a send's request settles before its message is routed, the same for every operation that sends:
    the configuration set it names, the protect configuration that applies (the request's, else the set's,
    else the account default), the ``ProtectConfigurationId`` as given (the message keeps it), whether
    feedback is enabled (the request's, else the set's default, else not) and whether it is a dry run (which
    records nothing)."""

    configuration_set: ConfigurationSet | None
    protect_configuration: ProtectConfiguration | None
    protect_configuration_id: str | None
    message_feedback_enabled: bool
    dry_run: bool

    @property
    def configuration_set_name(self) -> str | None:
        """The set's name (the request may have named it by ARN)."""
        return None if self.configuration_set is None else self.configuration_set.configuration_set_name


@dataclass(frozen=True, slots=True)
class Route:
    """Who sends a message: the phone number, sender ID or RCS agent (``identity``; None for a configuration
    set's default sender ID, which need not be registered, and for the identities AWS manages for Notify),
    the pool it was chosen from, the country it is sent from, and the opt-out list and setting that apply
    (the pool's, else the identity's; none for AWS's identities). An RCS message has no message type."""

    identity: PhoneNumber | SenderId | RcsAgent | None
    pool: Pool | None
    origination_identity: str  # the ARN of the phone number, sender ID or agent
    origination_number: str  # what the handset shows: the E.164 number, the sender ID, the agent's ID
    # The phone number's or sender ID's country; an agent sends in the destination's country (where it
    # launched), and so do a set's default sender ID and AWS's own Notify identities.
    origination_country: str
    opt_out_list: OptOutList | None
    self_managed_opt_outs_enabled: bool
    message_type: str | None


@dataclass(frozen=True, slots=True)
class EventDelivery:
    """Where one event went: ``delivered`` into the target moto holds, or skipped, ``detail`` saying which
    and why. ``event_destination_name`` is the configuration set's destination (None for an inbound
    message's two-way channel)."""

    event_destination_name: str | None
    target_arn: str
    delivered: bool
    detail: str


@dataclass(frozen=True, slots=True)
class MessageEvent:
    """One event of a message (``TEXT_DELIVERED``, ...): its payload as AWS documents it, and where it went
    (one delivery per enabled event destination of the message's configuration set that matches it)."""

    event_type: str
    payload: dict[str, Any]
    deliveries: list[EventDelivery]


@dataclass(frozen=True, slots=True)
class MessageFeedback:
    """A PutMessageFeedback of the message, and when it came."""

    message_feedback_status: str
    timestamp: datetime


@dataclass(slots=True)
class SentMessage:
    """A message in the outbox (``backend.sent_messages``), as the send that made it resolved it.

    ``origination_identity`` is the ARN of the phone number, sender ID or RCS agent that sent it
    (``AWS_MANAGED`` for a Notify message sent by AWS's own identities), ``origination_number`` what the
    handset shows (the agent's ID for RCS), ``origination_country`` the country it was sent from (the
    identity's; the destination's for an RCS agent, a default sender ID and AWS's identities). ``parts`` and
    ``encoding`` (``"GSM"`` or ``"UCS2"``) are an SMS's; a media, voice or RCS message is one part with no
    encoding. ``price`` is what it was charged (USD, illustrative prices). Every member of the request that
    made it is kept (the voice, media, RCS and Notify ones where they apply); ``operation`` names that request
    (None for a keyword's automatic reply, which ``in_reply_to`` ties to the inbound message). An RCS message
    its destination cannot receive is ``rcs_unreachable`` (not charged), and the SMS or MMS its
    ``FallbackConfiguration`` sent instead is ``fallback_message_id``; that message's ``fallback_for`` names
    the RCS message. A Notify message keeps its configuration, template and the variables given.
    ``protect_verdict`` is what the protect configuration that applied said (None for a keyword's reply, which
    is not checked). ``events`` are the events the message went through, in order, each with where it was
    delivered; ``feedback`` the PutMessageFeedback calls about it.
    """

    message_id: str
    channel: str  # "SMS", "VOICE", "MMS" or "RCS"
    destination_phone_number: str
    origination_identity: str
    origination_number: str
    origination_country: str
    pool_id: str | None
    message_body: str | None
    message_type: str | None  # None for an RCS message; a voice or media message takes its sender's
    configuration_set_name: str | None
    context: dict[str, str] | None
    parts: int
    encoding: str | None
    sent_timestamp: datetime
    iso_country_code: str  # the destination's country
    price: Decimal
    operation: str | None
    account_id: str
    region: str
    time_to_live: int | None = None
    max_price: str | None = None
    keyword: str | None = None
    destination_country_parameters: dict[str, str] | None = None
    message_feedback_enabled: bool = False
    protect_configuration_id: str | None = None
    media_urls: list[str] | None = None
    voice_id: str | None = None
    message_body_text_type: str | None = None
    max_price_per_minute: str | None = None
    language_code: str | None = None
    in_reply_to: str | None = None
    # SendRcsMessage: the content and the other members as given (records of the model's structures)
    rcs_message_content: Any = None
    message_traffic_type: str | None = None
    fallback_configuration: Any = None
    rcs_unreachable: bool = False
    fallback_message_id: str | None = None
    fallback_for: str | None = None
    # SendNotifyTextMessage and SendNotifyVoiceMessage
    notify_configuration_id: str | None = None
    template_id: str | None = None
    template_variables: dict[str, str] | None = None
    protect_verdict: ProtectVerdict | None = None
    events: list[MessageEvent] = field(default_factory=list)
    feedback: list[MessageFeedback] = field(default_factory=list)
    # Position among every message the registry recorded: mock.sent_messages() merges outboxes by it.
    sequence: int = field(default=0, repr=False, compare=False)

    @property
    def event_types(self) -> list[str]:
        """The types of the message's events, in order (``["TEXT_PENDING", ...]``)."""
        return [event.event_type for event in self.events]


@dataclass(frozen=True, slots=True)
class RcsFallback:
    """``RcsFallbackConfiguration`` (botocore >= 1.44): the SMS or MMS sent when an RCS message cannot
    reach its destination."""

    channel: str  # SMS or MMS
    message_body: str | None = None
    media_urls: list[str] | None = None
    origination_identity: str | None = None


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """What ``backend.receive_message`` did with an end user's message to one of the account's numbers.

    ``keyword`` and ``keyword_action`` are the keyword the message matched (None if none did);
    ``opt_out_list_name`` the list the sender was added to (OPT_OUT) or removed from (OPT_IN), if either
    happened; ``reply`` the automatic reply recorded in the outbox, if one was sent. With two-way messaging
    on, ``two_way_payload`` is what was published to the two-way channel and ``two_way_delivery`` whether it
    reached it (both None with two-way off; the delivery None too when the number has no channel).
    """

    inbound_message_id: str
    origination_number: str  # the end user
    destination_number: str  # the account's phone number
    message_body: str
    received_timestamp: datetime
    keyword: str | None = None
    keyword_action: str | None = None
    opt_out_list_name: str | None = None
    reply: SentMessage | None = None
    two_way_payload: dict[str, Any] | None = None
    two_way_delivery: EventDelivery | None = None
