"""Origination identities: phone numbers (Request, Describe, Update, Release) and sender IDs (the same four).

Phone numbers are leased in order from ``phone_ranges.py``, never a number that any account or region
holds. A number in a pool takes the pool's messaging settings, and, as the model documents, cannot be
updated while it is in the pool. Releasing a number or sender ID that is in a pool, or has deletion
protection, is refused.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from moto.core.utils import utcnow

from .errors import (
    ConflictException,
    ResourceNotFoundException,
    ResourceType,
    ValidationException,
    ValidationExceptionField,
)
from .pools import SHARED_ATTRIBUTES, PoolOperations
from .records import (
    DEFAULT_OPT_OUT_LIST,
    Filter,
    PhoneNumber,
    Result,
    SenderId,
    SenderIdAndCountry,
    Tag,
)
from .resources import ACTIVE, Resources, unique_tags
from .service_model import enum_values

# Illustrative monthly prices by NumberType (the model has none); a test keeps the keys equal to the enum.
MONTHLY_LEASING_PRICES = {"LONG_CODE": "1.00", "TOLL_FREE": "2.00", "TEN_DLC": "2.00", "SIMULATOR": "0.00"}
SENDER_ID_MONTHLY_LEASING_PRICE = "0.00"


class IdentityOperations(PoolOperations):
    # -- phone numbers --------------------------------------------------------------------------------

    def request_phone_number(
        self,
        iso_country_code: str,
        message_type: str,
        number_capabilities: list[str],
        number_type: str,
        opt_out_list_name: str | None = None,
        pool_id: str | None = None,
        registration_id: str | None = None,
        international_sending_enabled: bool | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> PhoneNumber:
        if number_type == "SIMULATOR" and message_type != "TRANSACTIONAL":
            raise ResourceNotFoundException(
                "phone-number",
                number_type,
                f"No {number_type} phone number is available for {message_type} messages.",
            )
        opt_out_list = self._opt_out_list(opt_out_list_name).opt_out_list_name if opt_out_list_name else None
        pool = self._active_pool(pool_id) if pool_id is not None else None
        if registration_id is not None:
            raise ResourceNotFoundException("registration", registration_id)
        if pool is not None and opt_out_list is not None and opt_out_list != pool.opt_out_list_name:
            raise ConflictException(
                "OPT_OUT_LIST_MISMATCH",
                "pool",
                pool.pool_id,
                f"The pool uses the opt-out list '{pool.opt_out_list_name}', not '{opt_out_list}'.",
            )
        # A number requested into a pool takes the pool's settings.
        settings = {attribute: getattr(pool, attribute) for attribute in SHARED_ATTRIBUTES} if pool else {}
        settings.setdefault("opt_out_list_name", opt_out_list or DEFAULT_OPT_OUT_LIST)
        phone_number = self._new_phone_number(
            phone_number="",  # leased below, once the number may exist
            iso_country_code=iso_country_code,
            message_type=message_type,
            number_capabilities=list(dict.fromkeys(number_capabilities)),
            number_type=number_type,
            international_sending_enabled=bool(international_sending_enabled),
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
            **settings,
        )
        if pool is not None:
            self._check_joinable(phone_number, pool.message_type)
        phone_number.phone_number = self._lease(iso_country_code)
        self._hold(phone_number)
        if pool is not None:
            self._join(pool, phone_number)
        return phone_number

    def describe_phone_numbers(
        self,
        phone_number_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> Result:
        phone_numbers, token = self._describe(
            "DescribePhoneNumbers",
            "phone-number",
            "PhoneNumberInformation",
            self._names(phone_number_ids, "phone-number", "PhoneNumberIds"),
            filters,
            owner,
            next_token,
            max_results,
            "PhoneNumberIds",
        )
        return Result(phone_numbers=phone_numbers, next_token=token)

    def update_phone_number(
        self,
        phone_number_id: str,
        two_way_enabled: bool | None = None,
        two_way_channel_arn: str | None = None,
        two_way_channel_role: str | None = None,
        self_managed_opt_outs_enabled: bool | None = None,
        opt_out_list_name: str | None = None,
        international_sending_enabled: bool | None = None,
        deletion_protection_enabled: bool | None = None,
    ) -> PhoneNumber:
        phone_number = self._phone_number(phone_number_id)
        if phone_number.status != ACTIVE:
            raise ConflictException(
                "RESOURCE_NOT_ACTIVE",
                "phone-number",
                phone_number.phone_number_id,
                f"The phone number is {phone_number.status}.",
            )
        if phone_number.pool_id is not None:  # "If the origination phone number is associated with a pool,
            raise ConflictException(  # an error is returned." (the model's documentation of the operation)
                "PHONE_NUMBER_ASSOCIATED_TO_POOL",
                "phone-number",
                phone_number.phone_number_id,
                f"The phone number is associated with the pool '{phone_number.pool_id}': update the pool, "
                "or disassociate the number first.",
            )
        changes = {
            "two_way_enabled": two_way_enabled,
            "two_way_channel_arn": two_way_channel_arn,
            "two_way_channel_role": two_way_channel_role,
            "self_managed_opt_outs_enabled": self_managed_opt_outs_enabled,
            "opt_out_list_name": None
            if opt_out_list_name is None
            else self._opt_out_list(opt_out_list_name).opt_out_list_name,
            "international_sending_enabled": international_sending_enabled,
            "deletion_protection_enabled": deletion_protection_enabled,
        }
        for attribute, value in changes.items():
            if value is not None:
                setattr(phone_number, attribute, value)
        return phone_number

    def release_phone_number(self, phone_number_id: str) -> PhoneNumber:
        phone_number = self._phone_number(phone_number_id)
        resource: tuple[ResourceType, str] = ("phone-number", phone_number.phone_number_id)
        if phone_number.deletion_protection_enabled:
            raise ConflictException(
                "DELETION_PROTECTION_ENABLED",
                *resource,
                "The phone number has deletion protection enabled and cannot be released.",
            )
        if phone_number.pool_id is not None:
            raise ConflictException(
                "PHONE_NUMBER_ASSOCIATED_TO_POOL",
                *resource,
                f"The phone number is associated with the pool '{phone_number.pool_id}'.",
            )
        self.phone_numbers.remove(phone_number.phone_number_id)
        self.numbers_in_use.discard(phone_number.phone_number)
        phone_number.status = "DELETED"
        return phone_number

    # -- sender IDs -----------------------------------------------------------------------------------

    def request_sender_id(
        self,
        sender_id: str,
        iso_country_code: str,
        message_types: list[str] | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> SenderId:
        key = f"{sender_id}/{iso_country_code}"
        if key in self.sender_ids:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "sender-id",
                self._arn("sender-id", key),
                f"The sender ID '{sender_id}' already exists in {iso_country_code}.",
            )
        record = SenderId(
            sender_id_arn=self._arn("sender-id", key),
            sender_id=sender_id,
            iso_country_code=iso_country_code,
            message_types=list(dict.fromkeys(message_types or enum_values("MessageType"))),
            monthly_leasing_price=SENDER_ID_MONTHLY_LEASING_PRICE,
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
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
        named: list[tuple[str, Resources | None, str]] = []
        for index, item in enumerate(sender_ids or ()):
            field = f"SenderIds[{index}].SenderId"
            _, backend, key = self._resolve(item.sender_id, ("sender-id",), field)
            if not item.sender_id.startswith("arn:"):
                key = f"{item.sender_id}/{item.iso_country_code}"
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
        records, token = self._describe(
            "DescribeSenderIds",
            "sender-id",
            "SenderIdInformation",
            named,
            filters,
            owner,
            next_token,
            max_results,
            "SenderIds",
            named_as=sender_ids,
        )
        return Result(sender_ids=records, next_token=token)

    def update_sender_id(
        self, sender_id: str, iso_country_code: str, deletion_protection_enabled: bool | None = None
    ) -> SenderId:
        record = self._sender_id(sender_id, iso_country_code)
        if deletion_protection_enabled is not None:
            record.deletion_protection_enabled = deletion_protection_enabled
        return record

    def release_sender_id(self, sender_id: str, iso_country_code: str) -> SenderId:
        record = self._sender_id(sender_id, iso_country_code)
        if record.deletion_protection_enabled:
            raise ConflictException(
                "DELETION_PROTECTION_ENABLED",
                "sender-id",
                record.sender_id_arn,
                "The sender ID has deletion protection enabled and cannot be released.",
            )
        pools = self._pools_of(record)
        if pools:
            raise ConflictException(
                "SENDER_ID_ASSOCIATED_TO_POOL",
                "sender-id",
                record.sender_id_arn,
                f"The sender ID is associated with the pool '{pools[0].pool_id}'.",
            )
        self.sender_ids.remove(record.key)
        return record

    # -- helpers --------------------------------------------------------------------------------------

    def _lease(self, iso_country_code: str) -> str:
        number = self._free_number(iso_country_code)
        if number is None:
            raise ValidationException(
                f"pinpoint_fake has no phone numbers to lease in {iso_country_code}.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("IsoCountryCode", "No numbers available in this country"),),
            )
        return number

    def _new_phone_number(self, **attributes: Any) -> PhoneNumber:
        phone_number_id = attributes.pop("phone_number_id", None) or f"phone-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "phone_number_arn": self._arn("phone-number", phone_number_id),
            "status": ACTIVE,
            "monthly_leasing_price": MONTHLY_LEASING_PRICES.get(attributes.get("number_type", ""), "0.00"),
            "created_timestamp": utcnow(),
        }
        return PhoneNumber(phone_number_id=phone_number_id, **{**defaults, **attributes})
