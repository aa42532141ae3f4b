"""The backend: one per account and region, holding pools and what they reference.

Methods named after the model's operations (snake_case) answer them: typed arguments in API order, domain
records or domain errors back. ``seed_*`` methods put records straight into the registry, with any attribute
values the model allows, including states the API cannot reach.
"""

from __future__ import annotations

import copy
import json
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar
from uuid import uuid4

from botocore import xform_name
from moto.core.base_backend import BackendDict, BaseBackend
from moto.core.utils import utcnow
from moto.utilities.utils import get_partition

from . import arns, phone_ranges
from .errors import (
    ConflictException,
    ResourceNotFoundException,
    ResourceType,
    ValidationException,
    ValidationExceptionField,
)
from .filters import predicate
from .pagination import Entry, OrderedStore, fingerprint, paginate
from .records import DEFAULT_OPT_OUT_LIST, PhoneNumber, Pool, PoolFilter, PoolPage, SenderId, Tag
from .service_model import (
    SERVICE_NAME,
    enum_values,
    idempotency_token,
    max_page_size,
    service_model,
    shape,
)
from .validation import violations
from .writer import write

R = TypeVar("R")
OriginationIdentity = PhoneNumber | SenderId

ACTIVE = "ACTIVE"
# Illustrative monthly prices by NumberType (the model has none); a test keeps the keys equal to the enum.
MONTHLY_LEASING_PRICES = {"LONG_CODE": "1.00", "TOLL_FREE": "2.00", "TEN_DLC": "2.00", "SIMULATOR": "0.00"}
SENDER_ID_MONTHLY_LEASING_PRICE = "0.00"


class PinpointBackend(BaseBackend):
    """State of pinpoint-sms-voice-v2 in one account and region."""

    input_structures: Mapping[str, type] = {"PoolFilter": PoolFilter, "Tag": Tag}

    def __init__(self, region_name: str, account_id: str) -> None:
        super().__init__(region_name, account_id)
        self.lock = threading.RLock()
        self.pools: OrderedStore[Pool] = OrderedStore()
        self.phone_numbers: OrderedStore[PhoneNumber] = OrderedStore()
        self.sender_ids: OrderedStore[SenderId] = OrderedStore()  # keyed "<SenderId>/<IsoCountryCode>"
        self.opt_out_lists: set[str] = {DEFAULT_OPT_OUT_LIST}
        self._client_tokens: dict[tuple[str, str], tuple[str, Any]] = {}
        self._leased: Counter[str] = Counter()  # numbers leased so far, by country

    # -- dispatch -------------------------------------------------------------------------------------

    def implements(self, operation: str) -> bool:
        return operation in implemented_operations()

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any:
        """Call the operation's method; a replayed idempotency token gets the first answer again."""
        method = getattr(self, xform_name(operation))
        token_member = idempotency_token(operation)
        with self.lock:
            token = arguments.pop(token_member, None) if token_member else None
            if token is None:
                return method(**arguments)
            key = (operation, token)
            request = fingerprint(sorted(arguments.items()))
            seen = self._client_tokens.get(key)
            if seen is None:
                result = method(**arguments)
                self._client_tokens[key] = (request, copy.deepcopy(result))
                return result
            first_request, first_result = seen
            if first_request != request:
                raise ConflictException(
                    "RESOURCE_ALREADY_EXISTS",
                    *_resource_of(first_result),
                    f"The ClientToken '{token}' was already used with other parameters.",
                )
            return first_result

    # -- DescribePools --------------------------------------------------------------------------------

    def describe_pools(
        self,
        pool_ids: list[str] | None = None,
        filters: list[PoolFilter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> PoolPage:
        if pool_ids and owner is not None:
            raise ValidationException(
                "Owner and PoolIds cannot be used together.",
                "PARAMETERS_CANNOT_BE_USED_TOGETHER",
                (
                    ValidationExceptionField("Owner", "Cannot be used with PoolIds"),
                    ValidationExceptionField("PoolIds", "Cannot be used with Owner"),
                ),
            )
        matches = predicate(filters, "PoolInformation")
        request = ("DescribePools", self.account_id, self.region_name, pool_ids, filters, owner)
        entries_after: Callable[[int], Iterable[Entry[Pool]]]
        if pool_ids:
            entries = self._entries(self.pools, pool_ids, "pool", "PoolIds")
            entries_after = lambda after: (entry for entry in entries if entry[0] > after)  # noqa: E731
        elif owner == "SHARED":
            entries_after = lambda after: ()  # noqa: E731  (nothing is shared until sharing exists)
        else:
            entries_after = self.pools.after
        pools, token = paginate(
            entries_after,
            matches,
            next_token=next_token,
            page_size=max_results or max_page_size("DescribePools"),
            request=request,
        )
        return PoolPage(pools, token)

    # -- pool lifecycle -------------------------------------------------------------------------------

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
            tags=_unique_tags(tags),
        )
        if isinstance(identity, PhoneNumber):
            pool.two_way_enabled = identity.two_way_enabled
            pool.two_way_channel_arn = identity.two_way_channel_arn
            pool.two_way_channel_role = identity.two_way_channel_role
            pool.self_managed_opt_outs_enabled = identity.self_managed_opt_outs_enabled
            pool.opt_out_list_name = identity.opt_out_list_name
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
        if opt_out_list_name is not None:
            pool.opt_out_list_name = self._opt_out_list(opt_out_list_name)
        changes = {
            "two_way_enabled": two_way_enabled,
            "two_way_channel_arn": two_way_channel_arn,
            "two_way_channel_role": two_way_channel_role,
            "self_managed_opt_outs_enabled": self_managed_opt_outs_enabled,
            "shared_routes_enabled": shared_routes_enabled,
            "deletion_protection_enabled": deletion_protection_enabled,
        }
        for attribute, value in changes.items():
            if value is not None:
                setattr(pool, attribute, value)
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
        for identity in pool.origination_identities:
            arn = arns.parse(identity)
            phone_number = self.phone_numbers.get(arn.resource_id) if arn else None
            if phone_number is not None and phone_number.pool_id == pool.pool_id:
                phone_number.pool_id = None
        pool.status = "DELETING"
        return pool

    # -- origination identities -----------------------------------------------------------------------

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
        opt_out_list = self._opt_out_list(opt_out_list_name) if opt_out_list_name else None
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
        number = self._lease(iso_country_code)
        phone_number = self._new_phone_number(
            phone_number=number,
            iso_country_code=iso_country_code,
            message_type=message_type,
            number_capabilities=list(dict.fromkeys(number_capabilities)),
            number_type=number_type,
            opt_out_list_name=opt_out_list or (pool.opt_out_list_name if pool else DEFAULT_OPT_OUT_LIST),
            international_sending_enabled=bool(international_sending_enabled),
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=_unique_tags(tags),
        )
        if pool is not None:
            self._check_joinable(phone_number, pool.message_type)
        self.phone_numbers.add(phone_number.phone_number_id, phone_number)
        if pool is not None:
            self._join(pool, phone_number)
        return phone_number

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
                key,
                f"The sender ID '{sender_id}' already exists in {iso_country_code}.",
            )
        record = SenderId(
            sender_id_arn=self._arn("sender-id", key),
            sender_id=sender_id,
            iso_country_code=iso_country_code,
            message_types=list(dict.fromkeys(message_types or enum_values("MessageType"))),
            monthly_leasing_price=SENDER_ID_MONTHLY_LEASING_PRICE,
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=_unique_tags(tags),
        )
        return self.sender_ids.add(key, record)

    # -- seeding --------------------------------------------------------------------------------------
    # Records go straight into the registry: any attribute of the record (records.py) may be given, and a
    # record that would not be valid for the model's output shape, or does not fit the registry, is a
    # ValueError. An opt-out list a seeded record names is created with it.

    def seed_phone_number(self, **attributes: Any) -> PhoneNumber:
        """Store a phone number. Defaults: an ACTIVE transactional SMS SIMULATOR number in the US.

        Put numbers into pools with ``seed_pool(origination_identities=[...])``, not with ``pool_id``.
        """
        if "pool_id" in attributes:
            raise ValueError("put a seeded number into a pool with seed_pool(origination_identities=[...])")
        with self.lock:
            iso_country_code = attributes.get("iso_country_code", "US")
            if "phone_number" not in attributes:
                number = phone_ranges.lease(iso_country_code, self._leased[iso_country_code])
                if number is None:
                    raise ValueError(f"no range for {iso_country_code}: pass phone_number='+...'")
                self._leased[iso_country_code] += 1
                attributes["phone_number"] = number
            defaults: dict[str, Any] = {
                "iso_country_code": iso_country_code,
                "message_type": "TRANSACTIONAL",
                "number_capabilities": ["SMS"],
                "number_type": "SIMULATOR",
            }
            phone_number = _seeded(self._new_phone_number, {**defaults, **attributes})
            _check_seed(phone_number, "PhoneNumberInformation")
            self._store(self.phone_numbers, phone_number.phone_number_id, phone_number)
            self.opt_out_lists.add(phone_number.opt_out_list_name)
            return phone_number

    def seed_sender_id(self, sender_id: str, iso_country_code: str, **attributes: Any) -> SenderId:
        """Store a sender ID (defaults as ``RequestSenderId`` gives them)."""
        key = f"{sender_id}/{iso_country_code}"
        defaults: dict[str, Any] = {
            "sender_id_arn": self._arn("sender-id", key),
            "message_types": list(enum_values("MessageType")),
            "monthly_leasing_price": SENDER_ID_MONTHLY_LEASING_PRICE,
        }
        record = _seeded(
            SenderId, {"sender_id": sender_id, "iso_country_code": iso_country_code, **defaults, **attributes}
        )
        _check_seed(record, "SenderIdInformation")
        with self.lock:
            return self._store(self.sender_ids, key, record)

    def seed_pool(
        self, origination_identities: Sequence[OriginationIdentity] = (), **attributes: Any
    ) -> Pool:
        """Store a pool, in any status (``status="CREATING"`` or ``"DELETING"`` too).

        Defaults: an ACTIVE TRANSACTIONAL pool, created now, with the Default opt-out list. The identities
        must be records stored in this backend (``seed_phone_number``/``seed_sender_id`` or the API), each
        given once; a phone number can be in one pool only.
        """
        pool_id = attributes.pop("pool_id", None) or f"pool-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "pool_arn": self._arn("pool", pool_id),
            "status": ACTIVE,
            "message_type": "TRANSACTIONAL",
            "created_timestamp": utcnow(),
        }
        pool = _seeded(Pool, {"pool_id": pool_id, **defaults, **attributes})
        _check_seed(pool, "PoolInformation")
        with self.lock:
            seen: set[int] = set()
            for identity in origination_identities:
                if not self._stores(identity) or id(identity) in seen:
                    raise ValueError(f"{identity!r} is not a record of this backend, or is given twice")
                if isinstance(identity, PhoneNumber) and identity.pool_id is not None:
                    raise ValueError(f"{identity.phone_number_id} is already in {identity.pool_id}")
                seen.add(id(identity))
            self._store(self.pools, pool_id, pool)
            self.opt_out_lists.add(pool.opt_out_list_name)
            for identity in origination_identities:
                self._join(pool, identity)
        return pool

    def seed_opt_out_list(self, name: str) -> str:
        """Create an opt-out list (by name: opt-out lists are named, not numbered)."""
        with self.lock:
            self.opt_out_lists.add(name)
        return name

    # -- helpers --------------------------------------------------------------------------------------

    def _arn(self, resource_type: str, resource_id: str) -> str:
        partition = get_partition(self.region_name)
        return str(arns.Arn(partition, self.region_name, self.account_id, resource_type, resource_id))

    def _lease(self, iso_country_code: str) -> str:
        number = phone_ranges.lease(iso_country_code, self._leased[iso_country_code])
        if number is None:
            raise ValidationException(
                f"pinpoint_fake has no phone numbers to lease in {iso_country_code}.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("IsoCountryCode", "No numbers available in this country"),),
            )
        self._leased[iso_country_code] += 1
        return number

    def _store(self, store: OrderedStore[R], key: str, record: R) -> R:
        if key in store:
            raise ValueError(f"{key} is already stored")
        return store.add(key, record)

    def _stores(self, identity: OriginationIdentity) -> bool:
        """Whether ``identity`` is the very record this backend holds."""
        if isinstance(identity, PhoneNumber):
            return self.phone_numbers.get(identity.phone_number_id) is identity
        key = f"{identity.sender_id}/{identity.iso_country_code}"
        return self.sender_ids.get(key) is identity

    def _new_phone_number(self, **attributes: Any) -> PhoneNumber:
        phone_number_id = attributes.pop("phone_number_id", None) or f"phone-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "phone_number_arn": self._arn("phone-number", phone_number_id),
            "status": ACTIVE,
            "monthly_leasing_price": MONTHLY_LEASING_PRICES.get(attributes.get("number_type", ""), "0.00"),
            "created_timestamp": utcnow(),
        }
        return PhoneNumber(phone_number_id=phone_number_id, **{**defaults, **attributes})

    def _local_id(
        self, value: str, resource_types: tuple[ResourceType, ...], field: str
    ) -> tuple[ResourceType, str | None]:
        """(resource type, ID) named by an ID or an ARN; the ID is None for an ARN of elsewhere."""
        if not value.startswith("arn:"):
            return resource_types[0], value
        arn = arns.parse(value)
        if arn is None or arn.resource_type not in resource_types:
            raise ValidationException(
                f"'{value}' is not a valid ARN of a {' or '.join(resource_types)}.",
                "INVALID_ARN",
                (ValidationExceptionField(field, "Invalid ARN"),),
            )
        here = (get_partition(self.region_name), self.region_name, self.account_id)
        local = (arn.partition, arn.region, arn.account_id) == here
        resource_type = resource_types[resource_types.index(arn.resource_type)]
        return resource_type, arn.resource_id if local else None

    def _entries(
        self, store: OrderedStore[R], ids: Sequence[str], resource_type: ResourceType, field: str
    ) -> list[Entry[R]]:
        """The stored entries for IDs or ARNs, oldest first, once each; the first unknown one is not found."""
        found: dict[int, Entry[R]] = {}
        for index, value in enumerate(ids):
            _, key = self._local_id(value, (resource_type,), f"{field}[{index}]")
            entry = store.entry(key) if key else None
            if entry is None:
                raise ResourceNotFoundException(resource_type, value)
            found[entry[0]] = entry
        return [found[seq] for seq in sorted(found)]

    def _pool(self, pool_id: str) -> Pool:
        _, key = self._local_id(pool_id, ("pool",), "PoolId")
        pool = self.pools.get(key) if key else None
        if pool is None:
            raise ResourceNotFoundException("pool", pool_id)
        return pool

    def _active_pool(self, pool_id: str) -> Pool:
        pool = self._pool(pool_id)
        if pool.status != ACTIVE:
            raise ConflictException(
                "RESOURCE_NOT_ACTIVE", "pool", pool.pool_id, f"The pool '{pool.pool_id}' is {pool.status}."
            )
        return pool

    def _opt_out_list(self, name_or_arn: str) -> str:
        _, name = self._local_id(name_or_arn, ("opt-out-list",), "OptOutListName")
        if name is None or name not in self.opt_out_lists:
            raise ResourceNotFoundException("opt-out-list", name_or_arn)
        return name

    def _origination_identity(self, value: str, iso_country_code: str | None) -> OriginationIdentity:
        resource_type, key = self._local_id(value, ("phone-number", "sender-id"), "OriginationIdentity")
        if key is None:
            raise ResourceNotFoundException(resource_type, value)
        is_arn = value.startswith("arn:")
        if (is_arn and resource_type == "phone-number") or key in self.phone_numbers:
            phone_number = self.phone_numbers.get(key)
            if phone_number is None:
                raise ResourceNotFoundException("phone-number", value)
            _check_country(phone_number.iso_country_code, iso_country_code)
            return phone_number
        if is_arn:
            sender_id = self.sender_ids.get(key)
            if sender_id is not None:
                _check_country(sender_id.iso_country_code, iso_country_code)
        elif iso_country_code is not None:
            sender_id = self.sender_ids.get(f"{key}/{iso_country_code}")
        else:
            candidates = [record for record in self.sender_ids.values() if record.sender_id == key]
            if len(candidates) > 1:
                raise ValidationException(
                    f"The sender ID '{key}' exists in several countries: give IsoCountryCode.",
                    "MISSING_PARAMETER",
                    (ValidationExceptionField("IsoCountryCode", "Required for this sender ID"),),
                )
            sender_id = candidates[0] if candidates else None
        if sender_id is None:
            # A plain "phone-..." that is neither a number nor a sender ID was most likely meant as a number.
            looks_like: ResourceType = (
                "phone-number" if not is_arn and key.startswith("phone-") else "sender-id"
            )
            raise ResourceNotFoundException(looks_like, value)
        return sender_id

    def _check_joinable(self, identity: OriginationIdentity, message_type: str) -> None:
        if isinstance(identity, PhoneNumber):
            resource: tuple[ResourceType, str] = ("phone-number", identity.phone_number_id)
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
            resource = ("sender-id", identity.sender_id_arn)
            supported = identity.message_types
        if message_type not in supported:
            raise ConflictException(
                "MESSAGE_TYPE_MISMATCH",
                *resource,
                f"The origination identity supports {', '.join(supported)}, not {message_type}.",
            )

    def _join(self, pool: Pool, identity: OriginationIdentity) -> None:
        if isinstance(identity, PhoneNumber):
            identity.pool_id = pool.pool_id
            pool.origination_identities.append(identity.phone_number_arn)
        else:
            pool.origination_identities.append(identity.sender_id_arn)


def _resource_of(record: Any) -> tuple[ResourceType, str]:
    if isinstance(record, Pool):
        return "pool", record.pool_id
    if isinstance(record, PhoneNumber):
        return "phone-number", record.phone_number_id
    return "sender-id", record.sender_id_arn


def _check_country(actual: str, given: str | None) -> None:
    if given is not None and given != actual:
        raise ValidationException(
            f"The origination identity belongs to {actual}, not {given}.",
            "COUNTRY_CODE_MISMATCH",
            (ValidationExceptionField("IsoCountryCode", f"Must be {actual}"),),
        )


def _unique_tags(tags: list[Tag] | None) -> list[Tag]:
    """One tag per key; a key given twice keeps its last value."""
    return list({tag.key: tag for tag in tags or ()}.values())


def _seeded(factory: Callable[..., R], attributes: dict[str, Any]) -> R:
    try:
        return factory(**attributes)
    except TypeError as error:  # an attribute the record does not have
        raise ValueError(str(error)) from None


def _check_seed(record: Any, item_shape: str) -> None:
    problems = violations(shape(item_shape), json.loads(write(item_shape, record)))
    if problems:
        detail = "; ".join(f"{problem.name}: {problem.message}" for problem in problems)
        raise ValueError(f"seeded {type(record).__name__} is not a valid {item_shape}: {detail}")


@cache
def implemented_operations() -> frozenset[str]:
    """The model's operations this backend answers: those with a method of the same (snake_case) name."""
    return frozenset(
        name
        for name in service_model().operation_names
        if callable(getattr(PinpointBackend, xform_name(name), None))
    )


pinpoint_backends: BackendDict[PinpointBackend] = BackendDict(PinpointBackend, SERVICE_NAME)
