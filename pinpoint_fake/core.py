"""What every family of operations stands on: the stores, how IDs and ARNs name records, listing, the phone
numbers of the registry, and the factories that give a new record its defaults.

A backend holds one store per kind of resource (``STORES``), each an ``OrderedStore`` keyed by the record's
``key``. An ID names a record of the caller's own account and region; an ARN may name one anywhere. A record
of another account of the same region is visible to the caller, read-only, when its resource policy grants
the caller's account; everything else another account or region holds is not found. Lookups across
accounts and regions go through the registry the composition root binds (``Core.registry``), which reads
what exists and never creates a backend.

Families (``operations/``) extend ``Core`` and nothing else; ``seeding.py`` builds on the same factories, so
no default is written twice.
"""

from __future__ import annotations

import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, cast
from uuid import uuid4

from botocore import xform_name
from moto.core.base_backend import BaseBackend
from moto.core.utils import utcnow
from moto.utilities.utils import get_partition

from . import arns, messaging_limits, phone_ranges, prices
from .errors import (
    ResourceNotFoundException,
    ResourceType,
    ValidationException,
    ValidationExceptionField,
)
from .filters import predicate
from .pagination import Entry, OrderedStore, paginate
from .records import (
    DEFAULT_OPT_OUT_LIST,
    Filter,
    MessagingLimits,
    OptOutList,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    Resource,
    Result,
    SenderId,
    sender_id_key,
)
from .rules.guards import ACTIVE, require_active
from .service_model import enum_values, item_shape, max_page_size, result_key

if TYPE_CHECKING:
    from .registry import Registry

# Every backend of the registry shares one lock: a call may read records of another account (a shared
# resource), and per-account locks taken in both orders would deadlock.
REGISTRY_LOCK = threading.RLock()

# The store of each kind of resource the fake holds.
STORES: dict[ResourceType, str] = {
    "pool": "pools",
    "phone-number": "phone_numbers",
    "sender-id": "sender_ids",
    "opt-out-list": "opt_out_lists",
}

# Who uses what: a resource of the key's type is in use while a record of one of these stores names it in
# the attribute given (and then it cannot be deleted).
REFERENCES: dict[ResourceType, tuple[tuple[str, str], ...]] = {
    "opt-out-list": (("pools", "opt_out_list_name"), ("phone_numbers", "opt_out_list_name")),
}

Named = tuple[str, "Core | None", str]  # (value as given, backend that would hold it, key in its store)


class Core(BaseBackend):
    """State of pinpoint-sms-voice-v2 in one account and region, and the lookups every family needs."""

    registry: ClassVar[Registry[Core]]  # bound by backend.py, the composition root

    def __init__(self, region_name: str, account_id: str) -> None:
        super().__init__(region_name, account_id)
        self.lock = REGISTRY_LOCK
        self.partition = get_partition(region_name)
        self.pools: OrderedStore[Pool] = OrderedStore()
        self.phone_numbers: OrderedStore[PhoneNumber] = OrderedStore()
        self.sender_ids: OrderedStore[SenderId] = OrderedStore()
        self.opt_out_lists: OrderedStore[OptOutList] = OrderedStore()
        self._client_tokens: dict[tuple[str, str], tuple[str, Any]] = {}
        self._leased: Counter[str] = Counter()  # where the next lease starts looking, by country
        self.numbers_in_use: set[str] = set()  # the E.164 numbers of this backend's phone numbers
        self.opt_out_lists.add(DEFAULT_OPT_OUT_LIST, self._new_opt_out_list(DEFAULT_OPT_OUT_LIST))

    # -- names ----------------------------------------------------------------------------------------

    def _arn(self, resource_type: str, resource_id: str) -> str:
        return str(arns.Arn(self.partition, self.region_name, self.account_id, resource_type, resource_id))

    def _store(self, resource_type: ResourceType) -> OrderedStore[Any]:
        store: OrderedStore[Any] = getattr(self, STORES[resource_type])
        return store

    def _resolve(
        self, value: str, resource_types: tuple[ResourceType, ...], field: str
    ) -> tuple[ResourceType, Core | None, str]:
        """(resource type, backend that would hold it, key) for an ID or an ARN of one of ``resource_types``.

        The backend is None for an ARN of another region or partition, or of an account with no state here.
        """
        if not value.startswith("arn:"):
            return resource_types[0], self, value
        arn = arns.parse(value)
        if arn is None or arn.resource_type not in resource_types:
            raise ValidationException(
                f"'{value}' is not a valid ARN of a {' or '.join(resource_types)}.",
                "INVALID_ARN",
                (ValidationExceptionField(field, "Invalid ARN"),),
            )
        resource_type = resource_types[resource_types.index(arn.resource_type)]
        if (arn.partition, arn.region) != (self.partition, self.region_name):
            return resource_type, None, arn.resource_id
        if arn.account_id == self.account_id:
            return resource_type, self, arn.resource_id
        return resource_type, self.registry.backend_of(arn.account_id, self.region_name), arn.resource_id

    def _granted(self, record: Resource) -> bool:
        """Whether ``record`` (of another account) is shared with this backend's account."""
        policy = record.resource_policy
        return policy is not None and policy.grants(self.account_id)

    # -- lookups --------------------------------------------------------------------------------------

    def _record(self, value: str, resource_type: ResourceType, field: str, *, shared: bool = False) -> Any:
        """The record an ID or ARN names; ``shared`` lets an ARN name a record another account shares."""
        _, backend, key = self._resolve(value, (resource_type,), field)
        record = backend._store(resource_type).get(key) if backend is not None else None
        if record is None or (backend is not self and not (shared and self._granted(record))):
            raise ResourceNotFoundException(resource_type, value)
        return record

    def _pool(self, pool_id: str, *, shared: bool = False) -> Pool:
        pool: Pool = self._record(pool_id, "pool", "PoolId", shared=shared)
        return pool

    def _active_pool(self, pool_id: str) -> Pool:
        pool = self._pool(pool_id)
        require_active(pool)
        return pool

    def _opt_out_list(self, name_or_arn: str, *, shared: bool = False) -> OptOutList:
        record: OptOutList = self._record(name_or_arn, "opt-out-list", "OptOutListName", shared=shared)
        return record

    def _opt_out_list_name(self, name_or_arn: str | None) -> str | None:
        """The name of the list a request names by name or ARN (None when it names none)."""
        return None if name_or_arn is None else self._opt_out_list(name_or_arn).opt_out_list_name

    def _phone_number(self, phone_number_id: str) -> PhoneNumber:
        record: PhoneNumber = self._record(phone_number_id, "phone-number", "PhoneNumberId")
        return record

    def _sender_id(self, sender_id: str, iso_country_code: str, field: str = "SenderId") -> SenderId:
        """A sender ID of this account, by ID and country or by ARN (whose country must be the one given)."""
        _, backend, key = self._resolve(sender_id, ("sender-id",), field)
        if not sender_id.startswith("arn:"):
            key = sender_id_key(sender_id, iso_country_code)
        record = self.sender_ids.get(key) if backend is self else None
        if record is None:
            raise ResourceNotFoundException("sender-id", sender_id)
        check_country(record.iso_country_code, iso_country_code)
        return record

    def _origination_identity(self, value: str, iso_country_code: str | None) -> OriginationIdentity:
        """A phone number or sender ID of this account, by ID or ARN."""
        resource_type, backend, key = self._resolve(
            value, ("phone-number", "sender-id"), "OriginationIdentity"
        )
        if backend is not self:
            raise ResourceNotFoundException(resource_type, value)
        is_arn = value.startswith("arn:")
        if (is_arn and resource_type == "phone-number") or key in self.phone_numbers:
            phone_number = self.phone_numbers.get(key)
            if phone_number is None:
                raise ResourceNotFoundException("phone-number", value)
            check_country(phone_number.iso_country_code, iso_country_code)
            return phone_number
        sender_id: SenderId | None
        if is_arn:
            sender_id = self.sender_ids.get(key)
            if sender_id is not None:
                check_country(sender_id.iso_country_code, iso_country_code)
        elif iso_country_code is not None:
            sender_id = self.sender_ids.get(sender_id_key(key, iso_country_code))
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

    def _resource(self, resource_arn: str) -> Resource:
        """The record of this account an ARN names, of any kind the fake holds (tags, policies)."""
        arn = arns.parse(resource_arn)
        if arn is None or arn.resource_type not in model_resource_types():
            raise ValidationException(
                f"'{resource_arn}' is not the ARN of a resource of this service.",
                "INVALID_ARN",
                (ValidationExceptionField("ResourceArn", "Invalid ARN"),),
            )
        if arn.resource_type not in STORES:  # a kind of resource the fake never holds
            raise ResourceNotFoundException(arn.resource_type, resource_arn)
        record: Resource = self._record(resource_arn, arn.resource_type, "ResourceArn")
        return record

    def _pools_of(self, identity: OriginationIdentity) -> list[Pool]:
        """The pools ``identity`` is in, oldest first."""
        arn = identity.origination_identity_arn
        return [pool for pool in self.pools.values() if arn in pool.origination_identities]

    def _users_of(self, resource_type: ResourceType, key: str) -> list[Any]:
        """The records that use a resource (``REFERENCES``), in store order."""
        return [
            record
            for store, attribute in REFERENCES.get(resource_type, ())
            for record in getattr(self, store).values()
            if getattr(record, attribute) == key
        ]

    # -- listing --------------------------------------------------------------------------------------

    def _names(self, values: Sequence[str] | None, resource_type: ResourceType, field: str) -> list[Named]:
        """(value, backend, key) for each ID or ARN of a Describe* request's list of IDs."""
        named = []
        for index, value in enumerate(values or ()):
            _, backend, key = self._resolve(value, (resource_type,), f"{field}[{index}]")
            named.append((value, backend, key))
        return named

    def _page(
        self,
        operation: str,
        entries_after: Callable[[int], Iterable[Entry[Any]]],
        *,
        filters: list[Filter] | None = None,
        next_token: str | None,
        max_results: int | None,
        bound_to: tuple[object, ...] = (),
        **members: Any,
    ) -> Result:
        """One page of any listing operation, as its result.

        The model says what a page holds: the paginator's result key names the output member, its items'
        shape the filters apply to, and the limit's maximum is the default page size. A NextToken is bound
        to the operation, account, region, filters and ``bound_to`` (what else the request named). Other
        output members (a pool's ID, say) are given as ``members``.
        """
        items, token = paginate(
            entries_after,
            predicate(filters, item_shape(operation)),
            next_token=next_token,
            page_size=max_results or max_page_size(operation),
            request=(operation, self.account_id, self.region_name, *bound_to, filters),
        )
        return Result(**members, **{xform_name(result_key(operation)): items}, next_token=token)

    def _describe(
        self,
        operation: str,
        resource_type: ResourceType,
        named: Sequence[Named],
        *,
        ids_member: str,
        owner: str | None,
        next_token: str | None,
        max_results: int | None,
        filters: list[Filter] | None = None,
        named_as: object = None,
    ) -> Result:
        """One page of a Describe* operation: the records ``named`` (value, backend, key), or the
        caller's own (``Owner`` omitted or ``SELF``), or those other accounts share with it (``SHARED``).
        ``named_as`` is how the request named them, if more than the values (a token is bound to it)."""
        if named and owner is not None:
            raise ValidationException(
                f"Owner and {ids_member} cannot be used together.",
                "PARAMETERS_CANNOT_BE_USED_TOGETHER",
                (
                    ValidationExceptionField("Owner", f"Cannot be used with {ids_member}"),
                    ValidationExceptionField(ids_member, "Cannot be used with Owner"),
                ),
            )
        entries_after: Callable[[int], Iterable[Entry[Any]]]
        if named:
            entries_after = listed(self._named_entries(resource_type, named))
        elif owner == "SHARED":
            entries_after = listed(self._shared_entries(resource_type))
        else:
            entries_after = self._store(resource_type).after
        names = [value for value, _, _ in named] if named_as is None else named_as
        return self._page(
            operation,
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(names, owner),
        )

    def _named_entries(self, resource_type: ResourceType, named: Sequence[Named]) -> list[Entry[Any]]:
        """The records named, each once, in order of position; the first unknown one is not found."""
        found: dict[int, Any] = {}
        for value, backend, key in named:
            entry = backend._store(resource_type).entry(key) if backend is not None else None
            if entry is None or (backend is not self and not self._granted(entry[1])):
                raise ResourceNotFoundException(resource_type, value)
            found[self._position(cast("Core", backend), entry[0])] = entry[1]
        return sorted(found.items())

    def _shared_entries(self, resource_type: ResourceType) -> list[Entry[Any]]:
        """What other accounts of this region share with this one, ordered by position."""
        entries = [
            (self._position(peer, seq), record)
            for peer in self.registry.peers(self.account_id, self.region_name)
            for seq, record in peer._store(resource_type).entries()
            if self._granted(record)
        ]
        return sorted(entries, key=lambda entry: entry[0])

    def _position(self, backend: Core, seq: int) -> int:
        """Where a record sorts when several accounts' records are listed together: its own account's
        records first in creation order, then other accounts' by (creation sequence, account)."""
        if backend is self:
            return seq
        account = backend.account_id
        number = int(account) if account.isdigit() else zlib.crc32(account.encode())
        return (seq << 64) | (number % (1 << 64))

    # -- phone numbers of the registry (one owner per E.164 number) ----------------------------------

    def _number_in_use(self, number: str) -> bool:
        """Whether a phone number of any account or region has this E.164 number."""
        return number in self.numbers_in_use or any(
            number in backend.numbers_in_use for backend in self.registry.everywhere()
        )

    def _free_number(self, iso_country_code: str) -> str | None:
        """The next number of the country that nobody holds (None without a range); a lease takes it."""
        serial = self._leased[iso_country_code]
        while (number := phone_ranges.lease(iso_country_code, serial)) is not None and self._number_in_use(
            number
        ):
            serial += 1
        self._leased[iso_country_code] = serial  # what it skipped is taken
        return number

    def _numbers_taken(self) -> set[str]:
        """The E.164 numbers some phone number of any account or region has."""
        taken = set(self.numbers_in_use)
        for backend in self.registry.everywhere():
            taken |= backend.numbers_in_use
        return taken

    def _free_numbers(
        self, iso_country_code: str, wanted: Callable[[str], bool], after: int = 0
    ) -> Iterator[Entry[str]]:
        """(position, number) of the free numbers of a country's block that ``wanted`` accepts, in order,
        after a position (positions start at 1, as a store's do, so that ``_page`` can list them)."""
        taken = self._numbers_taken()
        return (
            (serial + 1, number)
            for serial, number in phone_ranges.block(iso_country_code, after)
            if number not in taken and wanted(number)
        )

    def _lease(self, iso_country_code: str) -> str:
        number = self._free_number(iso_country_code)
        if number is None:
            raise ValidationException(
                f"pinpoint_fake has no phone numbers to lease in {iso_country_code}.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("IsoCountryCode", "No numbers available in this country"),),
            )
        return number

    def _hold(self, phone_number: PhoneNumber) -> PhoneNumber:
        """Store a phone number, and move the country's next lease past its number if it was that one."""
        self.phone_numbers.add(phone_number.key, phone_number)
        self.numbers_in_use.add(phone_number.phone_number)
        country = phone_number.iso_country_code
        if phone_ranges.lease(country, self._leased[country]) == phone_number.phone_number:
            self._leased[country] += 1
        return phone_number

    def _let_go(self, phone_number: PhoneNumber) -> None:
        """Forget a released phone number: its E.164 number is free for any account again."""
        self.phone_numbers.remove(phone_number.key)
        self.numbers_in_use.discard(phone_number.phone_number)

    # -- factories: a new record with its defaults (stored by the caller) -----------------------------

    def _new_phone_number(self, **attributes: Any) -> PhoneNumber:
        phone_number_id = attributes.pop("phone_number_id", None) or f"phone-{uuid4().hex}"
        number_type = attributes.get("number_type", "")
        defaults: dict[str, Any] = {
            "phone_number_arn": self._arn("phone-number", phone_number_id),
            "status": ACTIVE,
            "monthly_leasing_price": prices.monthly_leasing_price(number_type),
            "pricing_tier": prices.PRICING_TIER,
            "messaging_limits": _limits(
                messaging_limits.rate_limits(
                    number_type,
                    attributes.get("iso_country_code", ""),
                    attributes.get("number_capabilities", ()),
                ),
                messaging_limits.daily_message_caps(number_type),
            ),
            "created_timestamp": utcnow(),
        }
        return PhoneNumber(phone_number_id=phone_number_id, **{**defaults, **attributes})

    def _new_sender_id(self, sender_id: str, iso_country_code: str, **attributes: Any) -> SenderId:
        defaults: dict[str, Any] = {
            "sender_id_arn": self._arn("sender-id", sender_id_key(sender_id, iso_country_code)),
            "message_types": list(enum_values("MessageType")),
            "monthly_leasing_price": prices.SENDER_ID_MONTHLY_LEASING_PRICE,
            "pricing_tier": prices.PRICING_TIER,
            "messaging_limits": _limits(messaging_limits.rate_limits("SENDER_ID", iso_country_code, ["SMS"])),
        }
        return SenderId(sender_id=sender_id, iso_country_code=iso_country_code, **{**defaults, **attributes})

    def _new_pool(self, **attributes: Any) -> Pool:
        pool_id = attributes.pop("pool_id", None) or f"pool-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "pool_arn": self._arn("pool", pool_id),
            "status": ACTIVE,
            "message_type": "TRANSACTIONAL",
            "created_timestamp": utcnow(),
        }
        return Pool(pool_id=pool_id, **{**defaults, **attributes})

    def _new_opt_out_list(self, name: str, **attributes: Any) -> OptOutList:
        defaults: dict[str, Any] = {
            "opt_out_list_arn": self._arn("opt-out-list", name),
            "created_timestamp": utcnow(),
        }
        return OptOutList(opt_out_list_name=name, **{**defaults, **attributes})


def _limits(rates: dict[str, int], caps: dict[str, int] | None = None) -> MessagingLimits | None:
    """An identity's MessagingLimits, or None when there is nothing to say."""
    return MessagingLimits(rates or None, caps) if rates or caps else None


def listed(entries: list[Entry[Any]]) -> Callable[[int], Iterable[Entry[Any]]]:
    """A listing of chosen entries (in position order), as ``_page`` reads a store's."""
    return lambda after: (entry for entry in entries if entry[0] > after)


def check_country(actual: str, given: str | None) -> None:
    if given is not None and given != actual:
        raise ValidationException(
            f"The origination identity belongs to {actual}, not {given}.",
            "COUNTRY_CODE_MISMATCH",
            (ValidationExceptionField("IsoCountryCode", f"Must be {actual}"),),
        )


def unique_tags(tags: Iterable[Any] | None) -> list[Any]:
    """One tag per key; a key given twice keeps its last value."""
    return list({tag.key: tag for tag in tags or ()}.values())


@cache
def model_resource_types() -> frozenset[str]:
    return frozenset(enum_values("ResourceType"))
