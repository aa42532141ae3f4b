"""Which origination identity sends a message, and whether the one a request names can.

A message goes out through one phone number or sender ID. Named directly, that identity must be able to
send it (``check_direct``, which says why not). Through a pool, or with no identity named (the account's
own identities stand in for the pool's members), one member is chosen (``choose``): among the members that
can send to the destination's country on the message's channel with its message type, the first phone
number in association (or creation) order, else the first sender ID. AWS does not document how a pool
chooses (it weighs delivery rates); the fake's rule is deterministic so that a test can rely on it.

A member can send when it is ACTIVE, of the destination's country, has the channel among its capabilities
and supports the message type; a sender ID sends SMS only, and only to a country that takes sender IDs.
Routing never sends abroad: a pool's number of another country is not chosen even with international
sending on (AWS answered NO_ORIGINATION_IDENTITIES_FOUND for a US pool sending to Canada).

An RCS message goes out through an RCS agent, named directly or chosen from a pool (``choose_agent``: the
first agent in association order that can). An agent belongs to no country: it sends RCS where its launch in
the destination's country is ACTIVE or PARTIAL (some carriers have approved it), and never SMS, voice or MMS.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..countries import takes_sender_id
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..records import (
    ConfigurationSet,
    Destination,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    RcsAgent,
    SenderId,
)
from ..records.messages import RCS, SMS, VOICE
from .guards import ACTIVE, require_active

DEFAULT_MESSAGE_TYPE = "TRANSACTIONAL"
# The launch statuses (CountryLaunchStatus) in which an agent sends RCS to its country's numbers.
SENDING_LAUNCHES = frozenset({"ACTIVE", "PARTIAL"})


def message_type_of(
    requested: str | None,
    channel: str,
    configuration_set: ConfigurationSet | None,
    sender: object | None = None,
) -> str | None:
    """The message type a send uses: the request's, else, for an SMS, the configuration set's default
    (SetDefaultMessageType chooses "the category of SMS messages"; a voice or media request has no
    MessageType), else that of the pool or identity that sends (None: whatever the chosen identity
    supports)."""
    if requested is not None:
        return requested
    if (
        channel == SMS
        and configuration_set is not None
        and configuration_set.default_message_type is not None
    ):
        return configuration_set.default_message_type
    if isinstance(sender, (PhoneNumber, Pool)):
        return sender.message_type
    if isinstance(sender, SenderId):
        return (
            DEFAULT_MESSAGE_TYPE if DEFAULT_MESSAGE_TYPE in sender.message_types else sender.message_types[0]
        )
    return None


def supported_types(identity: PhoneNumber | SenderId) -> list[str]:
    return [identity.message_type] if isinstance(identity, PhoneNumber) else identity.message_types


def can_send(
    identity: OriginationIdentity, destination: Destination, channel: str, message_type: str | None
) -> bool:
    """Whether a pool's member (or an account's identity) can send this message (an RCS agent sends only
    RCS messages, which only agents send: ``choose_agent``)."""
    if isinstance(identity, RcsAgent):
        return channel == RCS and launched_in(identity, destination.iso_country_code)
    if message_type is not None and message_type not in supported_types(identity):
        return False
    if identity.iso_country_code != destination.iso_country_code:
        return False
    if isinstance(identity, SenderId):
        return channel == SMS and takes_sender_id(destination.iso_country_code)
    return identity.status == ACTIVE and channel in identity.number_capabilities


def choose(
    candidates: Iterable[OriginationIdentity],
    destination: Destination,
    channel: str,
    message_type: str | None,
) -> PhoneNumber | SenderId | None:
    """The identity that sends: the first phone number that can, else the first sender ID that can."""
    fitting = [
        identity
        for identity in candidates
        if isinstance(identity, (PhoneNumber, SenderId))
        and can_send(identity, destination, channel, message_type)
    ]
    numbers = [identity for identity in fitting if isinstance(identity, PhoneNumber)]
    return (numbers or fitting or [None])[0]


def launched_in(agent: RcsAgent, iso_country_code: str) -> bool:
    """Whether the agent's launch in a country lets it send there (ACTIVE or PARTIAL)."""
    launch = agent.country_launches.get(iso_country_code)
    return launch is not None and launch.status in SENDING_LAUNCHES


def choose_agent(candidates: Iterable[OriginationIdentity], destination: Destination) -> RcsAgent | None:
    """The agent that sends an RCS message: the first that can."""
    return next(
        (
            identity
            for identity in candidates
            if isinstance(identity, RcsAgent) and can_send(identity, destination, RCS, None)
        ),
        None,
    )


def check_agent(agent: RcsAgent, destination: Destination) -> None:
    """Refuse an RCS message from an agent named directly that has not launched in the destination's
    country (no launch there, or one that is not ACTIVE or PARTIAL)."""
    if not launched_in(agent, destination.iso_country_code):
        launch = agent.country_launches.get(destination.iso_country_code)
        state = "no launch" if launch is None else f"a {launch.status} launch"
        raise ValidationException(
            f"The RCS agent '{agent.rcs_agent_id}' has {state} in {destination.iso_country_code}.",
            "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
            (ValidationExceptionField("DestinationPhoneNumber", f"In {destination.iso_country_code}"),),
        )


def check_pool(pool: Pool, message_type: str) -> None:
    require_active(pool)
    if message_type != pool.message_type:
        raise ConflictException(
            "MESSAGE_TYPE_MISMATCH",
            "pool",
            pool.pool_id,
            f"The pool sends {pool.message_type} messages, not {message_type}.",
        )


def no_identity(pool: Pool | None, destination: Destination, channel: str) -> ConflictException:
    where = f"the pool '{pool.pool_id}'" if pool is not None else "the account"
    return ConflictException(
        "NO_ORIGINATION_IDENTITIES_FOUND",
        "pool" if pool is not None else None,
        pool.pool_id if pool is not None else None,
        f"No origination identity of {where} can send {channel} to {destination.iso_country_code}.",
    )


def sender_id_not_supported(destination: Destination, channel: str) -> ValidationException:
    why = (
        f"a sender ID cannot send {channel}"
        if channel != SMS
        else f"{destination.iso_country_code} does not take sender IDs"
    )
    return ValidationException(
        f"The origination identity is a sender ID, and {why}.",
        "SENDER_ID_NOT_SUPPORTED",
        (ValidationExceptionField("OriginationIdentity", "Sender ID not supported"),),
    )


def check_sender_id_reaches(destination: Destination, channel: str) -> None:
    if channel != SMS or not takes_sender_id(destination.iso_country_code):
        raise sender_id_not_supported(destination, channel)


def check_direct(
    identity: PhoneNumber | SenderId, destination: Destination, channel: str, message_type: str
) -> None:
    """Refuse a send from an identity named directly that cannot send it, saying why."""
    resource = (identity.resource_type, identity.resource_id)
    if isinstance(identity, SenderId):
        check_sender_id_reaches(destination, channel)
    else:
        require_active(identity)
        if channel not in identity.number_capabilities:
            if channel == VOICE:
                raise ValidationException(
                    "The phone number cannot make voice calls.",
                    "VOICE_CAPABILITY_NOT_AVAILABLE",
                    (ValidationExceptionField("OriginationIdentity", "No VOICE capability"),),
                )
            raise ConflictException(
                "NUMBER_CAPABILITIES_MISMATCH",
                *resource,
                f"The phone number's capabilities ({', '.join(identity.number_capabilities)}) do not "
                f"include {channel}.",
            )
    if message_type not in supported_types(identity):
        raise ConflictException(
            "MESSAGE_TYPE_MISMATCH",
            *resource,
            f"The origination identity sends {', '.join(supported_types(identity))} messages, "
            f"not {message_type}.",
        )
    check_country(identity, destination)


def check_country(identity: PhoneNumber | SenderId, destination: Destination) -> None:
    """An identity sends to its own country; a phone number (not a simulator) abroad with international
    sending on."""
    if identity.iso_country_code == destination.iso_country_code:
        return
    field = (ValidationExceptionField("DestinationPhoneNumber", f"In {destination.iso_country_code}"),)
    if isinstance(identity, PhoneNumber) and identity.number_type != "SIMULATOR":
        if identity.international_sending_enabled:
            return
        raise ValidationException(
            f"The phone number is of {identity.iso_country_code} and its international sending is off.",
            "INTERNATIONAL_SENDING_NOT_SUPPORTED",
            field,
        )
    raise ValidationException(
        f"The origination identity ({identity.iso_country_code}) cannot send to "
        f"{destination.iso_country_code}.",
        "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
        field,
    )
