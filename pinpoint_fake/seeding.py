"""Seeding: records put straight into the registry, for tests that need a state the API cannot build.

Any attribute of a record (``records/``) may be given; the defaults are the API's (``core``'s factories). A
record that would not be valid for the model's output shape, or does not fit the registry, is a ValueError.
An opt-out list a seeded record names is created with it.

What the API can only reach through registrations or AWS's own reviews is seeded too: an RCS agent in any
status, its launch in a country (``seed_rcs_country_launch``), a notify configuration in any status or tier,
and templates or countries beyond those AWS documents (``seed_notify_template``, ``seed_notify_country``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from uuid import uuid4

from moto.core.utils import utcnow

from . import rcs_catalog
from .core import Core, new_notify_template
from .countries import countries, country_of
from .pagination import OrderedStore
from .phone_ranges import e164
from .records import (
    CarrierStatus,
    CountryLaunch,
    NotifyConfiguration,
    NotifyCountry,
    NotifyTemplate,
    NumberOverride,
    OptedOutNumber,
    OptOutList,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    ProtectConfiguration,
    RcsAgent,
    SenderId,
)
from .rules.membership import join
from .service_model import enum_values, shape
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
        must be records stored in this backend (``seed_phone_number``/``seed_sender_id``/``seed_rcs_agent``
        or the API), each given once; a phone number or an RCS agent can be in one pool only.
        """
        pool = _seeded(self._new_pool, attributes)
        _check_seed(pool, "PoolInformation")
        with self.lock:
            seen: set[int] = set()
            for identity in origination_identities:
                if not self._holds(identity) or id(identity) in seen:
                    raise ValueError(f"{identity!r} is not a record of this backend, or is given twice")
                if (pool_id := getattr(identity, "pool_id", None)) is not None:
                    raise ValueError(f"{identity.resource_id} is already in {pool_id}")
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

    def seed_protect_configuration(self, **attributes: Any) -> ProtectConfiguration:
        """Store a protect configuration. Defaults: as ``CreateProtectConfiguration`` makes one (every country
        allowed). ``country_rules`` maps a number capability to the countries' statuses that differ
        (``{"SMS": {"US": "BLOCK"}}``); ``account_default=True`` makes it the account default (the previous
        default stops being one). Number overrides go in with ``seed_protect_number_override``.
        """
        if "number_overrides" in attributes:
            raise ValueError("put number overrides in with seed_protect_number_override(...)")
        account_default = attributes.pop("account_default", False)
        rules = attributes.get("country_rules", {})
        for capability, statuses in rules.items():
            unknown = {country for country in statuses if country not in countries()}
            if capability not in enum_values("NumberCapability") or unknown:
                raise ValueError(f"no rule for {capability} in {sorted(unknown) or 'that capability'}")
            if not set(statuses.values()) <= set(enum_values("ProtectStatus")):
                raise ValueError(f"a status of {statuses} is no ProtectStatus")
        attributes["country_rules"] = {capability: dict(statuses) for capability, statuses in rules.items()}
        record = _seeded(self._new_protect_configuration, attributes)
        _check_seed(record, "ProtectConfigurationInformation")
        with self.lock:
            _add(self.protect_configurations, record.key, record)
            if account_default:
                self._set_account_default(record)
            return record

    def seed_protect_number_override(
        self,
        protect_configuration: ProtectConfiguration,
        destination_phone_number: str,
        action: str,
        **attributes: Any,
    ) -> NumberOverride:
        """Put a phone number override (``ALLOW`` or ``BLOCK``) into a protect configuration of this
        backend, in E.164 with its ``+``; ``expiration_timestamp`` and ``created_timestamp`` (default: now)
        may be given, in the past too."""
        with self.lock:
            if self.protect_configurations.get(protect_configuration.key) is not protect_configuration:
                raise ValueError(f"{protect_configuration!r} is not a record of this backend")
            number = e164(destination_phone_number)
            defaults: dict[str, Any] = {"created_timestamp": utcnow(), "iso_country_code": country_of(number)}
            override = _seeded(
                NumberOverride,
                {**defaults, **attributes, "destination_phone_number": number, "action": action},
            )
            _check_seed(override, "ProtectConfigurationRuleSetNumberOverride")
            return _add(protect_configuration.number_overrides, number, override)

    def seed_rcs_agent(self, **attributes: Any) -> RcsAgent:
        """Store an RCS agent. Defaults as CreateRcsAgent gives them: CREATED, the Default opt-out list.

        Any status (``status="ACTIVE"``) and ``testing_agent=records.TestingAgent(...)`` may be given. Put
        agents into pools with ``seed_pool(origination_identities=[...])``, not with ``pool_id``.
        """
        if "pool_id" in attributes:
            raise ValueError("put a seeded agent into a pool with seed_pool(origination_identities=[...])")
        agent = _seeded(self._new_rcs_agent, attributes)
        _check_seed(agent, "RcsAgentInformation")
        with self.lock:
            _add(self.rcs_agents, agent.key, agent)
            self.seed_opt_out_list(agent.opt_out_list_name)
        return agent

    def seed_rcs_country_launch(
        self,
        agent: RcsAgent,
        iso_country_code: str,
        carriers: Mapping[str, str] | None = None,
        *,
        status: str | None = None,
        registration_id: str | None = None,
        rcs_platform_id: str | None = None,
    ) -> CountryLaunch:
        """Set an agent's launch in a country, as its launch registration would have it.

        ``carriers`` maps carrier names (AWS publishes none: any name) to their status (PENDING, ACTIVE,
        REJECTED); the country's status follows from theirs (``rcs_catalog.launch_status``: CREATED with no
        carrier) unless ``status`` is given. A second call for the same country replaces its launch (it
        keeps its place in the listing). The country must be one where RCS launches (``rcs_catalog``).
        """
        if iso_country_code not in rcs_catalog.LAUNCH_COUNTRIES:
            raise ValueError(
                f"RCS does not launch in {iso_country_code}: {', '.join(rcs_catalog.LAUNCH_COUNTRIES)}"
            )
        carrier_status = [CarrierStatus(name, value) for name, value in (carriers or {}).items()]
        launch = _seeded(
            CountryLaunch,
            {
                "iso_country_code": iso_country_code,
                "status": status or rcs_catalog.launch_status(c.status for c in carrier_status),
                "registration_id": registration_id or f"registration-{uuid4().hex}",
                "carrier_status": carrier_status,
                "rcs_platform_id": rcs_platform_id,
            },
        )
        _check_seed(launch, "CountryLaunchStatusInformation")
        with self.lock:
            if not self._holds(agent):
                raise ValueError(f"{agent!r} is not a record of this backend")
            existing = agent.country_launches.get(iso_country_code)
            if existing is None:
                return agent.country_launches.add(iso_country_code, launch)
            for attribute in CountryLaunch.__slots__:
                setattr(existing, attribute, getattr(launch, attribute))
            return existing

    def seed_notify_configuration(self, **attributes: Any) -> NotifyConfiguration:
        """Store a notify configuration, in any status or tier (``status="REJECTED"``,
        ``rejection_reason=...``, ``tier="ADVANCED"``, which also makes ``tier_upgrade_status`` ADVANCED).

        Defaults as a reviewed CreateNotifyConfiguration leaves one: ACTIVE, BASIC, SMS and VOICE, every
        country of its tier, display name ``pinpoint-fake``. A ``pool_id`` must be a pool of this backend.
        """
        record = _seeded(self._new_notify_configuration, {"display_name": "pinpoint-fake", **attributes})
        _check_seed(record, "NotifyConfigurationInformation")
        with self.lock:
            if record.pool_id is not None and record.pool_id not in self.pools:
                raise ValueError(f"{record.pool_id} is not a pool of this backend")
            return _add(self.notify_configurations, record.key, record)

    def seed_notify_template(self, template_id: str, **attributes: Any) -> NotifyTemplate:
        """Add a template to what this backend serves (AWS documents one; its catalog has more).

        Defaults: version 1, an ACTIVE OTP_VERIFICATION template for SMS, created now; ``variables`` maps
        names to ``records.TemplateVariable`` or to their attributes.
        """
        defaults: dict[str, Any] = {
            "version": 1,
            "template_type": "OTP_VERIFICATION",
            "channels": ["SMS"],
            "status": "ACTIVE",
            "created_timestamp": utcnow(),
        }
        template = _seeded(new_notify_template, {"template_id": template_id, **defaults, **attributes})
        _check_seed(template, "NotifyTemplateInformation")
        with self.lock:
            return _add(self.notify_templates, template.key, template)

    def seed_notify_country(self, iso_country_code: str, **attributes: Any) -> NotifyCountry:
        """Add a country Notify serves. Defaults: an Advanced-tier country (the Basic tier's list is AWS's)
        for SMS and VOICE code verification, named by its code."""
        defaults: dict[str, Any] = {
            "country_name": iso_country_code,
            "supported_channels": ["SMS", "VOICE"],
            "supported_use_cases": ["CODE_VERIFICATION"],
            "supported_tiers": ["ADVANCED"],
        }
        country = _seeded(NotifyCountry, {"iso_country_code": iso_country_code, **defaults, **attributes})
        _check_seed(country, "NotifyCountryInformation")
        with self.lock:
            return _add(self.notify_countries, country.key, country)

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
