"""Sender IDs: RequestSenderId, DescribeSenderIds, UpdateSenderId and ReleaseSenderId.

A sender ID is named by its ID and country (``<SenderId>/<IsoCountryCode>``, the ID part of its ARN).
Releasing one that is in a pool, or has deletion protection, is refused.
"""

from __future__ import annotations

from ..core import Core, Named, unique_tags
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..records import Filter, Result, SenderId, SenderIdAndCountry, Tag, sender_id_key
from ..rules.guards import apply_changes, refuse_if_protected


class SenderIdOperations(Core):
    def request_sender_id(
        self,
        sender_id: str,
        iso_country_code: str,
        message_types: list[str] | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> SenderId:
        key = sender_id_key(sender_id, iso_country_code)
        if key in self.sender_ids:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "sender-id",
                self._arn("sender-id", key),
                f"The sender ID '{sender_id}' already exists in {iso_country_code}.",
            )
        record = self._new_sender_id(
            sender_id,
            iso_country_code,
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
            **({"message_types": list(dict.fromkeys(message_types))} if message_types else {}),
        )
        return self.sender_ids.add(key, record)

    def describe_sender_ids(
        self,
        sender_ids: list[SenderIdAndCountry] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> Result:
        named: list[Named] = []
        for index, item in enumerate(sender_ids or ()):
            field = f"SenderIds[{index}].SenderId"
            _, backend, key = self._resolve(item.sender_id, ("sender-id",), field)
            if not item.sender_id.startswith("arn:"):
                key = sender_id_key(item.sender_id, item.iso_country_code)
            elif not key.endswith(f"/{item.iso_country_code}"):
                raise ValidationException(
                    f"The sender ID '{item.sender_id}' is not of {item.iso_country_code}.",
                    "COUNTRY_CODE_MISMATCH",
                    (
                        ValidationExceptionField(
                            f"SenderIds[{index}].IsoCountryCode", "Not the ARN's country"
                        ),
                    ),
                )
            named.append((item.sender_id, backend, key))
        return self._describe(
            "DescribeSenderIds",
            "sender-id",
            named,
            ids_member="SenderIds",
            filters=filters,
            owner=owner,
            next_token=next_token,
            max_results=max_results,
            named_as=sender_ids,
        )

    def update_sender_id(
        self, sender_id: str, iso_country_code: str, deletion_protection_enabled: bool | None = None
    ) -> SenderId:
        record = self._sender_id(sender_id, iso_country_code)
        apply_changes(record, {"deletion_protection_enabled": deletion_protection_enabled})
        return record

    def release_sender_id(self, sender_id: str, iso_country_code: str) -> SenderId:
        record = self._sender_id(sender_id, iso_country_code)
        refuse_if_protected(record)
        pools = self._pools_of(record)
        if pools:
            raise ConflictException(
                "SENDER_ID_ASSOCIATED_TO_POOL",
                "sender-id",
                record.sender_id_arn,
                f"The sender ID is associated with the pool '{pools[0].pool_id}'.",
            )
        self.sender_ids.remove(record.key)
        self._leave_registration(record)
        return record
