"""Pools and their membership: DescribePools, CreatePool, UpdatePool, DeletePool,
AssociateOriginationIdentity, DisassociateOriginationIdentity and ListPoolOriginationIdentities.

The rules that tie a pool to its identities live in ``rules.membership``.
"""

from __future__ import annotations

from ..core import ORIGINATION_IDENTITY_TYPES, Core, unique_tags
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..records import Association, Filter, OriginationIdentity, Pool, Result, Tag
from ..rules.guards import apply_changes, refuse_if_protected
from ..rules.membership import (
    check_joinable,
    dissolve,
    join,
    leave,
    members_to_update,
    settings_taken_from,
)


class PoolOperations(Core):
    def describe_pools(
        self,
        pool_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> Result:
        return self._describe(
            "DescribePools",
            "pool",
            self._names(pool_ids, "pool", "PoolIds"),
            ids_member="PoolIds",
            filters=filters,
            owner=owner,
            next_token=next_token,
            max_results=max_results,
        )

    def create_pool(
        self,
        origination_identity: str,
        message_type: str,
        iso_country_code: str | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> Pool:
        identity = self._origination_identity(origination_identity, iso_country_code)
        check_joinable(identity, message_type)
        pool = self._new_pool(
            message_type=message_type,
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
            # a pool made from a phone number or an RCS agent takes its settings
            **settings_taken_from(identity),
        )
        self.pools.add(pool.key, pool)
        join(pool, identity)
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
            "opt_out_list_name": self._opt_out_list_name(opt_out_list_name),
            "shared_routes_enabled": shared_routes_enabled,
            "deletion_protection_enabled": deletion_protection_enabled,
        }
        for attribute, value in changes.items():
            for record in members_to_update(pool, attribute):
                apply_changes(record, {attribute: value})
        return pool

    def delete_pool(self, pool_id: str) -> Pool:
        pool = self._active_pool(pool_id)
        refuse_if_protected(pool)
        self._refuse_if_in_use(pool)
        self.pools.remove(pool.key)
        dissolve(pool)
        pool.status = "DELETING"
        return pool

    # -- membership -----------------------------------------------------------------------------------

    def associate_origination_identity(
        self, pool_id: str, origination_identity: str, iso_country_code: str | None = None
    ) -> Association:
        pool = self._active_pool(pool_id)
        identity = self._member(origination_identity, iso_country_code)
        if identity.origination_identity_arn in pool.origination_identities:
            raise ConflictException(
                "RESOURCE_ALREADY_ASSOCIATED",
                identity.resource_type,
                identity.resource_id,
                f"The origination identity is already associated with the pool '{pool.pool_id}'.",
            )
        check_joinable(identity, pool.message_type, pool)
        join(pool, identity)
        return _association(pool, identity)

    def disassociate_origination_identity(
        self, pool_id: str, origination_identity: str, iso_country_code: str | None = None
    ) -> Association:
        pool = self._active_pool(pool_id)
        identity = self._member(origination_identity, iso_country_code)
        leave(pool, identity)
        return _association(pool, identity)

    def list_pool_origination_identities(
        self,
        pool_id: str,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        pool = self._pool(pool_id, shared=True)
        return self._page(
            "ListPoolOriginationIdentities",
            pool.origination_identities.after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(pool.pool_arn,),
            pool_arn=pool.pool_arn,
            pool_id=pool.pool_id,
        )

    def _member(self, origination_identity: str, iso_country_code: str | None) -> OriginationIdentity:
        """The identity to (dis)associate; a sender ID named by ARN needs IsoCountryCode (AWS asks it)."""
        if origination_identity.startswith("arn:") and iso_country_code is None:
            resource_type, _, _ = self._resolve(
                origination_identity, ORIGINATION_IDENTITY_TYPES, "OriginationIdentity"
            )
            if resource_type == "sender-id":
                raise ValidationException(
                    "A sender ID given by ARN needs its IsoCountryCode.",
                    "INVALID_ARN",
                    (ValidationExceptionField("senderId", "IsoCountryCode is required for a sender ID ARN"),),
                )
        return self._origination_identity(origination_identity, iso_country_code)


def _association(pool: Pool, identity: OriginationIdentity) -> Association:
    return Association(
        pool_arn=pool.pool_arn,
        pool_id=pool.pool_id,
        origination_identity_arn=identity.origination_identity_arn,
        origination_identity=identity.origination_identity,
        iso_country_code=identity.iso_country_code,
    )
