"""What every operation of the backend stands on: the stores, how IDs and ARNs name records, and sharing.

A backend holds one store per kind of resource, each an ``OrderedStore`` keyed by the resource's ID (a sender
ID by ``<SenderId>/<IsoCountryCode>``, an opt-out list by its name). An ID names a record of the caller's own
account and region; an ARN may name one anywhere. A record of another account of the same region is
visible to the caller, read-only, when its resource policy grants the caller's account (``sharing.py``);
everything else another account or region holds is not found.
"""

from __future__ import annotations

import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from moto.core.base_backend import BaseBackend
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
from .pagination import Entry, OrderedStore, paginate
from .records import (
    DEFAULT_OPT_OUT_LIST,
    Filter,
    OptOutList,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    Resource,
    SenderId,
)
from .service_model import enum_values, max_page_size

if TYPE_CHECKING:
    from collections.abc import Iterator

ACTIVE = "ACTIVE"

# One lock for the whole registry: a call may read another account's records (what it shares), and locks
# per backend taken in both orders by two accounts reading each other's would deadlock.
REGISTRY_LOCK = threading.RLock()

# The attribute of the backend that stores each kind of resource the fake holds.
STORES: dict[ResourceType, str] = {
    "pool": "pools",
    "phone-number": "phone_numbers",
    "sender-id": "sender_ids",
    "opt-out-list": "opt_out_lists",
}


class Resources(BaseBackend):
    """The state of the service in one account and region, and how requests name it."""

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
        self._new_opt_out_list(DEFAULT_OPT_OUT_LIST)

    # -- names ----------------------------------------------------------------------------------------

    def _arn(self, resource_type: str, resource_id: str) -> str:
        return str(arns.Arn(self.partition, self.region_name, self.account_id, resource_type, resource_id))

    def _store(self, resource_type: ResourceType) -> OrderedStore[Any]:
        store: OrderedStore[Any] = getattr(self, STORES[resource_type])
        return store

    def _resolve(
        self, value: str, resource_types: tuple[ResourceType, ...], field: str
    ) -> tuple[ResourceType, Resources | None, str]:
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
        return resource_type, self._backend_of(arn.account_id), arn.resource_id

    def _backend_of(self, account_id: str) -> Resources | None:
        """This region's backend of ``account_id``, if that account has any state (none is created)."""
        if account_id == self.account_id:
            return self
        from .backend import pinpoint_backends

        per_account = dict.get(pinpoint_backends, account_id)
        return None if per_account is None else dict.get(per_account, self.region_name)

    def _all_backends(self) -> Iterator[Resources]:
        """Every backend of the registry, in every account and region (none is created)."""
        from .backend import pinpoint_backends

        for per_account in list(pinpoint_backends.values()):
            yield from list(dict.values(per_account))

    def _number_in_use(self, number: str) -> bool:
        """Whether a phone number of any account or region has this E.164 number (one owner per number)."""
        return number in self.numbers_in_use or any(number in b.numbers_in_use for b in self._all_backends())

    def _free_number(self, iso_country_code: str) -> str | None:
        """The next number of the country that nobody holds (None without a range); a lease takes it."""
        serial = self._leased[iso_country_code]
        while (number := phone_ranges.lease(iso_country_code, serial)) is not None and self._number_in_use(
            number
        ):
            serial += 1
        self._leased[iso_country_code] = serial  # what it skipped is taken
        return number

    def _hold(self, phone_number: PhoneNumber) -> PhoneNumber:
        """Store a phone number, and move the country's next lease past its number if it was that one."""
        self.phone_numbers.add(phone_number.phone_number_id, phone_number)
        self.numbers_in_use.add(phone_number.phone_number)
        country = phone_number.iso_country_code
        if phone_ranges.lease(country, self._leased[country]) == phone_number.phone_number:
            self._leased[country] += 1
        return phone_number

    def _peers(self) -> Iterator[Resources]:
        """This region's backends of every other account with state."""
        from .backend import pinpoint_backends

        for account_id, per_account in list(pinpoint_backends.items()):
            peer = dict.get(per_account, self.region_name) if account_id != self.account_id else None
            if peer is not None:
                yield peer

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
        if pool.status != ACTIVE:
            raise ConflictException(
                "RESOURCE_NOT_ACTIVE", "pool", pool.pool_id, f"The pool '{pool.pool_id}' is {pool.status}."
            )
        return pool

    def _opt_out_list(self, name_or_arn: str, *, shared: bool = False) -> OptOutList:
        record: OptOutList = self._record(name_or_arn, "opt-out-list", "OptOutListName", shared=shared)
        return record

    def _phone_number(self, phone_number_id: str) -> PhoneNumber:
        record: PhoneNumber = self._record(phone_number_id, "phone-number", "PhoneNumberId")
        return record

    def _sender_id(self, sender_id: str, iso_country_code: str, field: str = "SenderId") -> SenderId:
        """A sender ID of this account, by ID and country or by ARN (whose country must be the one given)."""
        _, backend, key = self._resolve(sender_id, ("sender-id",), field)
        if not sender_id.startswith("arn:"):
            key = f"{sender_id}/{iso_country_code}"
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

    def _pools_of(self, identity: OriginationIdentity) -> list[Pool]:
        """The pools ``identity`` is in, oldest first."""
        arn = identity.origination_identity_arn
        return [pool for pool in self.pools.values() if arn in pool.origination_identities]

    def _names(
        self, values: list[str] | None, resource_type: ResourceType, field: str
    ) -> list[tuple[str, Resources | None, str]]:
        """(value, backend, key) for each ID or ARN of a Describe* request's list of IDs."""
        named = []
        for index, value in enumerate(values or ()):
            _, backend, key = self._resolve(value, (resource_type,), f"{field}[{index}]")
            named.append((value, backend, key))
        return named

    # -- listing --------------------------------------------------------------------------------------

    def _describe(
        self,
        operation: str,
        resource_type: ResourceType,
        item_shape: str,
        named: Sequence[tuple[str, Resources | None, str]] | None,
        filters: list[Filter] | None,
        owner: str | None,
        next_token: str | None,
        max_results: int | None,
        ids_member: str,
        named_as: object = None,
    ) -> tuple[list[Any], str | None]:
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
        matches = predicate(filters, item_shape)
        entries_after: Callable[[int], Iterable[Entry[Any]]]
        if named:
            entries_after = _after(self._named_entries(resource_type, named))
        elif owner == "SHARED":
            entries_after = _after(self._shared_entries(resource_type))
        else:
            entries_after = self._store(resource_type).after
        # What a token is bound to: the request but for NextToken and MaxResults (records repr stably).
        names = [value for value, _, _ in named or ()] if named_as is None else named_as
        request = (operation, self.account_id, self.region_name, names, filters, owner)
        return paginate(
            entries_after,
            matches,
            next_token=next_token,
            page_size=max_results or max_page_size(operation),
            request=request,
        )

    def _named_entries(
        self, resource_type: ResourceType, named: Sequence[tuple[str, Resources | None, str]]
    ) -> list[Entry[Any]]:
        """The records named, each once, in order of position; the first unknown one is not found."""
        found: dict[int, Any] = {}
        for value, backend, key in named:
            entry = backend._store(resource_type).entry(key) if backend is not None else None
            if entry is None or (backend is not self and not self._granted(entry[1])):
                raise ResourceNotFoundException(resource_type, value)
            found[self._position(cast("Resources", backend), entry[0])] = entry[1]
        return sorted(found.items())

    def _shared_entries(self, resource_type: ResourceType) -> list[Entry[Any]]:
        """What other accounts of this region share with this one, ordered by position."""
        entries = [
            (self._position(peer, seq), record)
            for peer in self._peers()
            for seq, record in peer._store(resource_type).entries()
            if self._granted(record)
        ]
        return sorted(entries, key=lambda entry: entry[0])

    def _position(self, backend: Resources, seq: int) -> int:
        """Where a record sorts when several accounts' records are listed together: its own account's
        records first in creation order, then other accounts' by (creation sequence, account)."""
        if backend is self:
            return seq
        account = backend.account_id
        number = int(account) if account.isdigit() else zlib.crc32(account.encode())
        return (seq << 64) | (number % (1 << 64))

    # -- creation -------------------------------------------------------------------------------------

    def _new_opt_out_list(self, name: str, **attributes: Any) -> OptOutList:
        record = OptOutList(
            opt_out_list_arn=self._arn("opt-out-list", name),
            opt_out_list_name=name,
            created_timestamp=attributes.pop("created_timestamp", None) or utcnow(),
            **attributes,
        )
        return self.opt_out_lists.add(name, record)


def _after(entries: list[Entry[Any]]) -> Callable[[int], Iterable[Entry[Any]]]:
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


def model_resource_types() -> frozenset[str]:
    return frozenset(enum_values("ResourceType"))
