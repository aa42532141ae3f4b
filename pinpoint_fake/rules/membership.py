"""What ties a pool to its origination identities.

A pool holds phone numbers, sender IDs and RCS agents in association order. A phone number or an RCS agent
is in one pool at most, a sender ID in any number. A pool and its phone numbers and agents share their
messaging settings (two-way, self-managed opt-outs, opt-out list): one joins only when they match, a pool
made from one takes them, and a change to the pool is carried to them. An RCS agent carries messages of
either type and joins in any status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import ConflictException, ConflictReason, ResourceType
from ..records import OriginationIdentity, PhoneNumber, Pool, RcsAgent
from ..records.keywords import copied_keywords
from .guards import ACTIVE, described

# The identities that are in one pool at most and share its settings, and the reason a second pool is
# refused with.
SETTLED = (PhoneNumber, RcsAgent)
IN_A_POOL: dict[ResourceType, ConflictReason] = {
    "phone-number": "PHONE_NUMBER_ASSOCIATED_TO_POOL",
    "rcs-agent": "RCS_AGENT_ASSOCIATED_TO_POOL",
}

# The settings a pool shares with its phone numbers, and the reason a mismatch of each is refused with.
SHARED_SETTINGS: dict[ConflictReason, tuple[str, ...]] = {
    "OPT_OUT_LIST_MISMATCH": ("opt_out_list_name",),
    "TWO_WAY_CONFIG_MISMATCH": ("two_way_enabled", "two_way_channel_arn", "two_way_channel_role"),
    "SELF_MANAGED_OPT_OUTS_MISMATCH": ("self_managed_opt_outs_enabled",),
}
SHARED_ATTRIBUTES = tuple(attribute for attributes in SHARED_SETTINGS.values() for attribute in attributes)


def shared_settings(source: PhoneNumber | RcsAgent | Pool) -> dict[str, Any]:
    """The settings a pool and its phone numbers and agents share, as ``source`` has them."""
    return {attribute: getattr(source, attribute) for attribute in SHARED_ATTRIBUTES}


def settings_taken_from(identity: OriginationIdentity) -> dict[str, Any]:
    """What a pool made from ``identity`` takes from it: the shared settings of a number or an agent, and a
    phone number's keywords (copies: the pool's change apart from the number's afterwards)."""
    settings = shared_settings(identity) if isinstance(identity, SETTLED) else {}
    if isinstance(identity, PhoneNumber):
        settings["keywords"] = copied_keywords(identity.keywords)
    return settings


def members_to_update(pool: Pool, attribute: str) -> list[Any]:
    """The records a change of ``attribute`` of ``pool`` is set on: its numbers and agents too, if shared."""
    if attribute not in SHARED_ATTRIBUTES:
        return [pool]
    return [pool, *(i for i in pool.origination_identities.values() if isinstance(i, SETTLED))]


def check_joinable(identity: OriginationIdentity, message_type: str, pool: Pool | None = None) -> None:
    """Refuse an identity that cannot join a pool of ``message_type`` (and ``pool``'s settings)."""
    resource = (identity.resource_type, identity.resource_id)
    noun = _noun(identity)
    if isinstance(identity, PhoneNumber) and identity.status != ACTIVE:
        raise ConflictException("RESOURCE_NOT_ACTIVE", *resource, f"The phone number is {identity.status}.")
    if isinstance(identity, SETTLED) and identity.pool_id is not None:
        raise ConflictException(
            IN_A_POOL[identity.resource_type],
            *resource,
            f"The {noun} is already associated with the pool '{identity.pool_id}'.",
        )
    if not isinstance(identity, RcsAgent):  # an agent carries messages of either type
        supported: Sequence[str] = (
            (identity.message_type,) if isinstance(identity, PhoneNumber) else identity.message_types
        )
        if message_type not in supported:
            raise ConflictException(
                "MESSAGE_TYPE_MISMATCH",
                *resource,
                f"The origination identity supports {', '.join(supported) or 'no message type'}, "
                f"not {message_type}.",
            )
    if pool is None or not isinstance(identity, SETTLED):
        return
    two_way_off = not identity.two_way_enabled and not pool.two_way_enabled
    for reason, attributes in SHARED_SETTINGS.items():
        if reason == "TWO_WAY_CONFIG_MISMATCH" and two_way_off:
            continue  # a channel or role left behind by two-way messaging that is off does not count
        for attribute in attributes:
            if getattr(identity, attribute) != getattr(pool, attribute):
                raise ConflictException(
                    reason,
                    *resource,
                    f"The {noun}'s {attribute} ({getattr(identity, attribute)!r}) differs from "
                    f"the pool's ({getattr(pool, attribute)!r}).",
                )


def check_settings_change(identity: PhoneNumber | RcsAgent, changes: dict[str, Any]) -> None:
    """Refuse to change, on an identity in a pool, a setting it shares with the pool (the pool's own
    settings drive it); a value equal to the one it has is no change."""
    if identity.pool_id is None:
        return
    for attribute, value in changes.items():
        if attribute in SHARED_ATTRIBUTES and value is not None and value != getattr(identity, attribute):
            raise ConflictException(
                IN_A_POOL[identity.resource_type],
                identity.resource_type,
                identity.resource_id,
                f"The {_noun(identity)} is associated with the pool '{identity.pool_id}', whose {attribute} "
                "it shares: update the pool, or disassociate it first.",
            )


def join(pool: Pool, identity: OriginationIdentity) -> None:
    if isinstance(identity, SETTLED):
        identity.pool_id = pool.pool_id
    pool.origination_identities.add(identity.origination_identity_arn, identity)


def leave(pool: Pool, identity: OriginationIdentity) -> None:
    """Take ``identity`` out of ``pool``; the pool's last identity stays (a pool is never empty)."""
    arn = identity.origination_identity_arn
    if arn not in pool.origination_identities:
        # The model has no sender-ID twin of this reason; the fake gives it for both kinds.
        raise ConflictException(
            "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
            identity.resource_type,
            identity.resource_id,
            f"The origination identity is not associated with {described(pool)}.",
        )
    if len(pool.origination_identities) == 1:
        raise ConflictException(
            "LAST_PHONE_NUMBER",
            identity.resource_type,
            identity.resource_id,
            f"The origination identity is the last one of {described(pool)}.",
        )
    pool.origination_identities.remove(arn)
    if isinstance(identity, SETTLED):
        identity.pool_id = None


def dissolve(pool: Pool) -> None:
    """A deleted pool's phone numbers and agents are free to join another."""
    for identity in pool.origination_identities.values():
        if isinstance(identity, SETTLED):
            identity.pool_id = None


def _noun(identity: OriginationIdentity) -> str:
    """How a message names the kind of identity: ``phone number``, ``sender ID``, ``RCS agent``."""
    return {"phone-number": "phone number", "sender-id": "sender ID", "rcs-agent": "RCS agent"}[
        identity.resource_type
    ]
