"""Seeding: records put straight into the registry, for tests that need a state the API cannot build.

Any attribute of a record (``records/``) may be given; the defaults are the API's (``core``'s factories). A
record that would not be valid for the model's output shape, or does not fit the registry, is a ValueError.
An opt-out list a seeded record names is created with it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from moto.core.utils import utcnow

from .core import Core
from .pagination import OrderedStore
from .phone_ranges import e164
from .records import (
    Account,
    ConfigurationSet,
    OptedOutNumber,
    OptOutList,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    SenderId,
    VerifiedDestinationNumber,
)
from .records.account import TIERS
from .records.verified_numbers import VERIFIED
from .rules import spend
from .rules.membership import join
from .service_model import shape
from .validation import violations
from .writer import write

R = TypeVar("R")


class Seeding(Core):
    def seed_phone_number(self, **attributes: Any) -> PhoneNumber:
        """Store a phone number. Defaults: an ACTIVE transactional SMS SIMULATOR number in the US.

        Put numbers into pools with ``seed_pool(origination_identities=[...])``, not with ``pool_id``.
        """
        if "pool_id" in attributes:
            raise ValueError("put a seeded number into a pool with seed_pool(origination_identities=[...])")
        with self.lock:
            iso_country_code = attributes.get("iso_country_code", "US")
            if "phone_number" not in attributes:
                number = self._free_number(iso_country_code)
                if number is None:
                    raise ValueError(f"no range for {iso_country_code}: pass phone_number='+...'")
                attributes["phone_number"] = number
            elif self._number_in_use(attributes["phone_number"]):
                raise ValueError(f"{attributes['phone_number']} is already some phone number's number")
            defaults: dict[str, Any] = {
                "iso_country_code": iso_country_code,
                "message_type": "TRANSACTIONAL",
                "number_capabilities": ["SMS"],
                "number_type": "SIMULATOR",
            }
            phone_number = _seeded(self._new_phone_number, {**defaults, **attributes})
            _check_seed(phone_number, "PhoneNumberInformation")
            if phone_number.key in self.phone_numbers:
                raise ValueError(f"{phone_number.key} is already stored")
            self._hold(phone_number)
            self.seed_opt_out_list(phone_number.opt_out_list_name)
            return phone_number

    def seed_sender_id(self, sender_id: str, iso_country_code: str, **attributes: Any) -> SenderId:
        """Store a sender ID (defaults as ``RequestSenderId`` gives them)."""
        record = _seeded(lambda **a: self._new_sender_id(sender_id, iso_country_code, **a), attributes)
        _check_seed(record, "SenderIdInformation")
        with self.lock:
            return _add(self.sender_ids, record.key, record)

    def seed_pool(
        self, origination_identities: Sequence[OriginationIdentity] = (), **attributes: Any
    ) -> Pool:
        """Store a pool, in any status (``status="CREATING"`` or ``"DELETING"`` too).

        Defaults: an ACTIVE TRANSACTIONAL pool, created now, with the Default opt-out list. The identities
        must be records stored in this backend (``seed_phone_number``/``seed_sender_id`` or the API), each
        given once; a phone number can be in one pool only.
        """
        pool = _seeded(self._new_pool, attributes)
        _check_seed(pool, "PoolInformation")
        with self.lock:
            seen: set[int] = set()
            for identity in origination_identities:
                if not self._holds(identity) or id(identity) in seen:
                    raise ValueError(f"{identity!r} is not a record of this backend, or is given twice")
                if isinstance(identity, PhoneNumber) and identity.pool_id is not None:
                    raise ValueError(f"{identity.phone_number_id} is already in {identity.pool_id}")
                seen.add(id(identity))
            _add(self.pools, pool.key, pool)
            self.seed_opt_out_list(pool.opt_out_list_name)
            for identity in origination_identities:
                join(pool, identity)
        return pool

    def seed_opt_out_list(self, name: str, **attributes: Any) -> OptOutList:
        """The opt-out list ``name`` (lists are named, not numbered), created if it does not exist yet.

        Opted-out numbers go in with ``seed_opted_out_number``.
        """
        with self.lock:
            existing = self.opt_out_lists.get(name)
            if existing is not None:
                if attributes:
                    raise ValueError(f"the opt-out list {name} exists: it takes no attributes")
                return existing
            record = _seeded(lambda **a: self._new_opt_out_list(name, **a), attributes)
            _check_seed(record, "OptOutListInformation")
            return self.opt_out_lists.add(name, record)

    def seed_opted_out_number(
        self,
        opt_out_list_name: str,
        opted_out_number: str,
        *,
        end_user_opted_out: bool = True,
        **attributes: Any,
    ) -> OptedOutNumber:
        """Opt a number out of a list (created if need be), by default as if the end user had replied STOP."""
        with self.lock:
            record = self.seed_opt_out_list(opt_out_list_name)
            entry = _seeded(
                OptedOutNumber,
                {
                    "opted_out_number": e164(opted_out_number),
                    "opted_out_timestamp": utcnow(),
                    "end_user_opted_out": end_user_opted_out,
                    **attributes,
                },
            )
            _check_seed(entry, "OptedOutNumberInformation")
            return _add(record.opted_out_numbers, entry.opted_out_number, entry)

    def seed_configuration_set(self, name: str, **attributes: Any) -> ConfigurationSet:
        """Store a configuration set (any attribute: ``default_sender_id``, ``default_message_type``, ...)."""
        record = _seeded(lambda **a: self._new_configuration_set(name, **a), attributes)
        _check_seed(record, "ConfigurationSetInformation")
        with self.lock:
            return _add(self.configuration_sets, record.key, record)

    def seed_verified_destination_number(
        self, destination_phone_number: str, **attributes: Any
    ) -> VerifiedDestinationNumber:
        """Store a verified destination number, VERIFIED unless ``status`` says otherwise (no quota)."""
        record = _seeded(
            lambda **a: self._new_verified_destination_number(destination_phone_number, **a),
            {"status": VERIFIED, **attributes},
        )
        _check_seed(record, "VerifiedDestinationNumberInformation")
        with self.lock:
            return _add(self.verified_destination_numbers, record.key, record)

    def seed_account(
        self, *, tier: str | None = None, monthly_spend: Mapping[str, Any] | None = None
    ) -> Account:
        """Set the account's tier (``"SANDBOX"`` or ``"PRODUCTION"``, the default) and what it has spent
        this month (moto's clock), per spend limit named by its channel as in the error reasons (``"TEXT"``,
        ``"VOICE"``, ``"MEDIA"``, ...), in USD: ``seed_account(monthly_spend={"TEXT": "1.00"})``."""
        if tier is not None and tier not in TIERS:
            raise ValueError(f"tier must be one of {TIERS}, not {tier!r}")
        spent: dict[str, Decimal] = {}
        for channel, amount in (monthly_spend or {}).items():
            if spend.limit_name(channel) not in spend.limit_names():
                words = [spend.channel_word(name) for name in spend.limit_names()]
                raise ValueError(f"no spend limit for {channel!r}: use one of {words}")
            try:
                spent[spend.limit_name(channel)] = value = Decimal(str(amount))
            except InvalidOperation:
                raise ValueError(f"{amount!r} is not an amount of USD") from None
            if not value.is_finite() or value < 0:
                raise ValueError(f"{amount!r} is not an amount of USD")
        with self.lock:
            if tier is not None:
                self.account.tier = tier
            month = spend.month(utcnow())
            for name, value in spent.items():
                self.account.monthly_spend[name, month] = value
            return self.account

    def _holds(self, identity: OriginationIdentity) -> bool:
        """Whether ``identity`` is the very record this backend holds."""
        store: OrderedStore[Any] = self._store(identity.resource_type)
        return store.get(identity.key) is identity


def _add(store: OrderedStore[R], key: str, record: R) -> R:
    if key in store:
        raise ValueError(f"{key} is already stored")
    return store.add(key, record)


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
