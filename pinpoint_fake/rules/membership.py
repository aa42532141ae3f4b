"""What ties a pool to its origination identities.

A pool holds phone numbers and sender IDs in association order. A phone number is in one pool at most, a
sender ID in any number. A pool and its phone numbers share their messaging settings (two-way, self-managed
opt-outs, opt-out list): a number joins only when they match, a pool made from a number takes them, and a
change to the pool is carried to its numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import ConflictException, ConflictReason
from ..records import OriginationIdentity, PhoneNumber, Pool
from .guards import ACTIVE, described

# The settings a pool shares with its phone numbers, and the reason a mismatch of each is refused with.
SHARED_SETTINGS: dict[ConflictReason, tuple[str, ...]] = {
    "OPT_OUT_LIST_MISMATCH": ("opt_out_list_name",),
    "TWO_WAY_CONFIG_MISMATCH": ("two_way_enabled", "two_way_channel_arn", "two_way_channel_role"),
    "SELF_MANAGED_OPT_OUTS_MISMATCH": ("self_managed_opt_outs_enabled",),
}
SHARED_ATTRIBUTES = tuple(attribute for attributes in SHARED_SETTINGS.values() for attribute in attributes)


def shared_settings(source: PhoneNumber | Pool) -> dict[str, Any]:
    """The settings a pool and its phone numbers share, as ``source`` has them."""
    return {attribute: getattr(source, attribute) for attribute in SHARED_ATTRIBUTES}


def members_to_update(pool: Pool, attribute: str) -> list[Any]:
    """The records a change of ``attribute`` of ``pool`` is set on: its phone numbers too, if shared."""
    if attribute not in SHARED_ATTRIBUTES:
        return [pool]
    return [pool, *(i for i in pool.origination_identities.values() if isinstance(i, PhoneNumber))]


def check_joinable(identity: OriginationIdentity, message_type: str, pool: Pool | None = None) -> None:
    """Refuse an identity that cannot join a pool of ``message_type`` (and ``pool``'s settings)."""
    resource = (identity.resource_type, identity.resource_id)
    if isinstance(identity, PhoneNumber):
        if identity.status != ACTIVE:
            raise ConflictException(
                "RESOURCE_NOT_ACTIVE", *resource, f"The phone number is {identity.status}."
            )
        if identity.pool_id is not None:
            raise ConflictException(
                "PHONE_NUMBER_ASSOCIATED_TO_POOL",
                *resource,
                f"The phone number is already associated with the pool '{identity.pool_id}'.",
            )
        supported: Sequence[str] = (identity.message_type,)
    else:
        supported = identity.message_types
    if message_type not in supported:
        raise ConflictException(
            "MESSAGE_TYPE_MISMATCH",
            *resource,
            f"The origination identity supports {', '.join(supported) or 'no message type'}, "
            f"not {message_type}.",
        )
    if pool is None or not isinstance(identity, PhoneNumber):
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
                    f"The phone number's {attribute} ({getattr(identity, attribute)!r}) differs from "
                    f"the pool's ({getattr(pool, attribute)!r}).",
                )


def join(pool: Pool, identity: OriginationIdentity) -> None:
    if isinstance(identity, PhoneNumber):
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
    if isinstance(identity, PhoneNumber):
        identity.pool_id = None


def dissolve(pool: Pool) -> None:
    """A deleted pool's phone numbers are free to join another."""
    for identity in pool.origination_identities.values():
        if isinstance(identity, PhoneNumber):
            identity.pool_id = None
