"""Pools and their membership: DescribePools, CreatePool, UpdatePool, DeletePool,
AssociateOriginationIdentity, DisassociateOriginationIdentity and ListPoolOriginationIdentities.

A pool holds origination identities (phone numbers and sender IDs) in association order. A phone number is
in one pool at most, a sender ID in any number. A pool and its phone numbers share their messaging settings
(two-way, self-managed opt-outs, opt-out list): a number joins only when they match, and UpdatePool carries
a change to the pool's numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import uuid4

from moto.core.utils import utcnow

from .errors import (
    ConflictException,
    ConflictReason,
    ResourceType,
    ValidationException,
    ValidationExceptionField,
)
from .filters import predicate
from .pagination import paginate
from .records import Filter, OriginationIdentity, PhoneNumber, Pool, PoolPage, Result, SenderId, Tag
from .resources import ACTIVE, Resources, unique_tags
from .service_model import max_page_size

# The settings a pool shares with its phone numbers, and the reason a mismatch of each is refused with.
SHARED_SETTINGS: dict[ConflictReason, tuple[str, ...]] = {
    "OPT_OUT_LIST_MISMATCH": ("opt_out_list_name",),
    "TWO_WAY_CONFIG_MISMATCH": ("two_way_enabled", "two_way_channel_arn", "two_way_channel_role"),
    "SELF_MANAGED_OPT_OUTS_MISMATCH": ("self_managed_opt_outs_enabled",),
}
SHARED_ATTRIBUTES = tuple(attribute for attributes in SHARED_SETTINGS.values() for attribute in attributes)


class PoolOperations(Resources):
    def describe_pools(
        self,
        pool_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> PoolPage:
        pools, token = self._describe(
            "DescribePools",
            "pool",
            "PoolInformation",
            self._names(pool_ids, "pool", "PoolIds"),
            filters,
            owner,
            next_token,
            max_results,
            "PoolIds",
        )
        return PoolPage(pools, token)

    def create_pool(
        self,
        origination_identity: str,
        message_type: str,
        iso_country_code: str | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> Pool:
        identity = self._origination_identity(origination_identity, iso_country_code)
        self._check_joinable(identity, message_type)
        pool_id = f"pool-{uuid4().hex}"
        pool = Pool(
            pool_arn=self._arn("pool", pool_id),
            pool_id=pool_id,
            status=ACTIVE,
            message_type=message_type,
            created_timestamp=utcnow(),
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
        )
        if isinstance(identity, PhoneNumber):  # the pool takes the number's settings
            for attribute in SHARED_ATTRIBUTES:
                setattr(pool, attribute, getattr(identity, attribute))
        self.pools.add(pool_id, pool)
        self._join(pool, identity)
        return pool

    def update_pool(
        self,
        pool_id: str,
        two_way_enabled: bool | None = None,
        two_way_channel_arn: str | None = None,
        two_way_channel_role: str | None = None,
        self_managed_opt_outs_enabled: bool | None = None,
        opt_out_list_name: str | None = None,
        shared_routes_enabled: bool | None = None,
        deletion_protection_enabled: bool | None = None,
    ) -> Pool:
        pool = self._active_pool(pool_id)
        changes = {
            "two_way_enabled": two_way_enabled,
            "two_way_channel_arn": two_way_channel_arn,
            "two_way_channel_role": two_way_channel_role,
            "self_managed_opt_outs_enabled": self_managed_opt_outs_enabled,
            "opt_out_list_name": None
            if opt_out_list_name is None
            else self._opt_out_list(opt_out_list_name).opt_out_list_name,
            "shared_routes_enabled": shared_routes_enabled,
            "deletion_protection_enabled": deletion_protection_enabled,
        }
        members = [pool, *(i for i in pool.origination_identities.values() if isinstance(i, PhoneNumber))]
        for attribute, value in changes.items():
            if value is not None:
                for record in members if attribute in SHARED_ATTRIBUTES else (pool,):
                    setattr(record, attribute, value)
        return pool

    def delete_pool(self, pool_id: str) -> Pool:
        pool = self._active_pool(pool_id)
        if pool.deletion_protection_enabled:
            raise ConflictException(
                "DELETION_PROTECTION_ENABLED",
                "pool",
                pool.pool_id,
                f"The pool '{pool.pool_id}' has deletion protection enabled and cannot be deleted.",
            )
        self.pools.remove(pool.pool_id)
        for identity in pool.origination_identities.values():
            if isinstance(identity, PhoneNumber):
                identity.pool_id = None
        pool.status = "DELETING"
        return pool

    # -- membership -----------------------------------------------------------------------------------

    def associate_origination_identity(
        self, pool_id: str, origination_identity: str, iso_country_code: str | None = None
    ) -> Result:
        pool = self._active_pool(pool_id)
        identity = self._member(origination_identity, iso_country_code)
        if identity.origination_identity_arn in pool.origination_identities:
            raise ConflictException(
                "RESOURCE_ALREADY_ASSOCIATED",
                *_resource(identity),
                f"The origination identity is already associated with the pool '{pool.pool_id}'.",
            )
        self._check_joinable(identity, pool.message_type, pool)
        self._join(pool, identity)
        return _association(pool, identity)

    def disassociate_origination_identity(
        self, pool_id: str, origination_identity: str, iso_country_code: str | None = None
    ) -> Result:
        pool = self._active_pool(pool_id)
        identity = self._member(origination_identity, iso_country_code)
        arn = identity.origination_identity_arn
        if arn not in pool.origination_identities:
            # The model has no sender-ID twin of this reason; the fake gives it for both kinds.
            raise ConflictException(
                "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
                *_resource(identity),
                f"The origination identity is not associated with the pool '{pool.pool_id}'.",
            )
        if len(pool.origination_identities) == 1:
            raise ConflictException(
                "LAST_PHONE_NUMBER",
                *_resource(identity),
                f"The origination identity is the last one of the pool '{pool.pool_id}'.",
            )
        pool.origination_identities.remove(arn)
        if isinstance(identity, PhoneNumber):
            identity.pool_id = None
        return _association(pool, identity)

    def list_pool_origination_identities(
        self,
        pool_id: str,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        pool = self._pool(pool_id, shared=True)
        operation = "ListPoolOriginationIdentities"
        identities, token = paginate(
            pool.origination_identities.after,
            predicate(filters, "OriginationIdentityMetadata"),
            next_token=next_token,
            page_size=max_results or max_page_size(operation),
            request=(operation, self.account_id, self.region_name, pool.pool_arn, filters),
        )
        return Result(
            pool_arn=pool.pool_arn, pool_id=pool.pool_id, origination_identities=identities, next_token=token
        )

    # -- rules ----------------------------------------------------------------------------------------

    def _member(self, origination_identity: str, iso_country_code: str | None) -> OriginationIdentity:
        """The identity to (dis)associate; a sender ID named by ARN needs IsoCountryCode (AWS asks it)."""
        if origination_identity.startswith("arn:") and iso_country_code is None:
            resource_type, _, _ = self._resolve(
                origination_identity, ("phone-number", "sender-id"), "OriginationIdentity"
            )
            if resource_type == "sender-id":
                raise ValidationException(
                    "A sender ID given by ARN needs its IsoCountryCode.",
                    "INVALID_ARN",
                    (ValidationExceptionField("senderId", "IsoCountryCode is required for a sender ID ARN"),),
                )
        return self._origination_identity(origination_identity, iso_country_code)

    def _check_joinable(
        self, identity: OriginationIdentity, message_type: str, pool: Pool | None = None
    ) -> None:
        """Refuse an identity that cannot join a pool of ``message_type`` (and ``pool``'s settings)."""
        resource = _resource(identity)
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

    def _join(self, pool: Pool, identity: OriginationIdentity) -> None:
        if isinstance(identity, PhoneNumber):
            identity.pool_id = pool.pool_id
        pool.origination_identities.add(identity.origination_identity_arn, identity)


def _resource(identity: OriginationIdentity) -> tuple[ResourceType, str]:
    if isinstance(identity, SenderId):
        return "sender-id", identity.sender_id_arn
    return "phone-number", identity.phone_number_id


def _association(pool: Pool, identity: OriginationIdentity) -> Result:
    return Result(
        pool_arn=pool.pool_arn,
        pool_id=pool.pool_id,
        origination_identity_arn=identity.origination_identity_arn,
        origination_identity=identity.origination_identity,
        iso_country_code=identity.iso_country_code,
    )
