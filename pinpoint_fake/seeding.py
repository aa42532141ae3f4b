"""Seeding: records put straight into the registry, for tests that need a state the API cannot build, and the
review of a submitted registration, whose outcome AWS decides and a test chooses.

Any attribute of a record (``records/``) may be given; the defaults are the API's (``core``'s factories). A
record that would not be valid for the model's output shape, or does not fit the registry, is a ValueError.
An opt-out list a seeded record names is created with it.

What the API can only reach through registrations or AWS's own reviews is seeded too: an RCS agent in any
status, its launch in a country (``seed_rcs_country_launch``), a destination no RCS message reaches
(``seed_destination_without_rcs``), a notify configuration in any status or tier, and templates or countries
beyond those AWS documents (``seed_notify_template``, ``seed_notify_country``).
What a carrier decides about a message is seeded as the outcome of the messages to a destination number
(``seed_delivery_outcome``), and their events follow it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from uuid import uuid4

from moto.core.utils import utcnow

from . import rcs_catalog
from .core import Core, new_notify_template
from .countries import countries, country_of
from .errors import ServiceError
from .pagination import OrderedStore
from .phone_ranges import given_number
from .records import (
    Account,
    CarrierStatus,
    ConfigurationSet,
    CountryLaunch,
    DeniedReason,
    FieldValue,
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
    Registration,
    RegistrationAttachment,
    SenderId,
    VerifiedDestinationNumber,
)
from .records.account import TIERS
from .records.verified_numbers import VERIFIED
from .registration_catalog import FieldDefinition, TypeDefinition, definition
from .rules import events, spend
from .rules.membership import join
from .rules.registrations import (
    REVIEW_OUTCOMES,
    UNDER_REVIEW,
    Associable,
    approve,
    associate,
    association_of,
    behavior,
    check_associable,
    check_file,
    check_kind,
    check_value,
    deny,
    enter,
    sample_text,
    settle,
)
from .service_model import enum_values, shape
from .validation import violations
from .writer import write

R = TypeVar("R")

# A one-page PDF: what a seeded attachment holds unless told otherwise.
SAMPLE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n"


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
        entry = _seeded(
            OptedOutNumber,
            {
                "opted_out_number": given_number(opted_out_number, "opted_out_number"),
                "opted_out_timestamp": utcnow(),
                "end_user_opted_out": end_user_opted_out,
                **attributes,
            },
        )
        _check_seed(
            entry, "OptedOutNumberInformation"
        )  # before the list is created: a failure changes nothing
        with self.lock:
            record = self.seed_opt_out_list(opt_out_list_name)
            return _add(record.opted_out_numbers, entry.opted_out_number, entry)

    def seed_configuration_set(self, name: str, **attributes: Any) -> ConfigurationSet:
        """Store a configuration set (any attribute: ``default_sender_id``, ``default_message_type``, ...)."""
        record = _seeded(lambda **a: self._new_configuration_set(name, **a), attributes)
        _check_seed(record, "ConfigurationSetInformation")
        with self.lock:
            return _add(self.configuration_sets, record.key, record)

    def seed_delivery_outcome(self, destination_phone_number: str, outcome: str) -> tuple[str, ...]:
        """Decide what happens to the messages this account and region sends to a destination number from
        now on, for the channel of ``outcome``: an event type of the model that a message can end with
        (``"TEXT_CARRIER_UNREACHABLE"``, ``"VOICE_BUSY"``, ``"MEDIA_FILE_INACCESSIBLE"``, or a default one
        such as ``"TEXT_DELIVERED"`` to go back to it). Answers the events such a message goes through:
        ``("TEXT_PENDING", "TEXT_CARRIER_UNREACHABLE")``. A group selector (``ALL``, ``TEXT_ALL``),
        ``TEXT_SENT`` or a value the model does not have is a ValueError."""
        prefix = events.outcome_prefix(outcome)
        if prefix is None:
            raise ValueError(
                f"{outcome!r} is not an event type a message can end with: use one of the model's EventType "
                "values, not ALL, a *_ALL group or TEXT_SENT"
            )
        number = given_number(destination_phone_number, "destination_phone_number")
        with self.lock:
            self.delivery_outcomes[number, prefix] = outcome
        return events.sequence(prefix, outcome)

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
            number = given_number(destination_phone_number, "destination_phone_number")
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

    def seed_destination_without_rcs(self, phone_number: str) -> str:
        """Make a destination number one that no RCS message reaches (its handset or carrier has no RCS),
        as AWS learns after it has accepted the message: an RCS message to it is recorded but not charged,
        and its ``FallbackConfiguration``, if any, sends an SMS or MMS instead. Answers the number in E.164.
        """
        number = given_number(phone_number, "phone_number")
        if country_of(number) is None:
            raise ValueError(f"{phone_number!r} is a number of no country")
        with self.lock:
            self.destinations_without_rcs.add(number)
        return number

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

    def seed_registration_attachment(
        self, body: bytes = SAMPLE_PDF, **attributes: Any
    ) -> RegistrationAttachment:
        """Store an attachment (``UPLOAD_COMPLETE`` unless ``attachment_status`` says otherwise), holding
        ``body`` (a PDF, JPEG or PNG; by default a one-page PDF)."""
        try:
            check_file(body, len(body), "AttachmentBody")
        except ServiceError as error:
            raise ValueError(error.message) from None
        record = _seeded(lambda **a: self._new_registration_attachment(body=body, **a), attributes)
        _check_seed(record, "RegistrationAttachmentsInformation")
        with self.lock:
            return _add(self.registration_attachments, record.key, record)

    def seed_registration(
        self,
        registration_type: str = "US_TOLL_FREE_REGISTRATION",
        *,
        field_values: Mapping[str, str | Sequence[str]] | None = None,
        complete: bool = False,
        associations: Sequence[Associable] = (),
        **attributes: Any,
    ) -> Registration:
        """Store a registration with version 1 as a draft, as CreateRegistration leaves it.

        ``field_values`` fills its form: a string for a TEXT field (or an attachment ID for an ATTACHMENT
        field), a list of choices for a SELECT field, each checked as PutRegistrationFieldValue checks it.
        ``complete=True`` also gives every field the form requires a value the field accepts (a seeded PDF
        for an attachment), so that the version can be submitted and approved. ``associations`` are phone
        numbers, sender IDs or registrations of this backend of a kind the type takes, associated whatever
        the registration's state. Submit it through the API; ``review_registration`` decides the review.
        """
        form = definition(registration_type)
        if form is None:
            raise ValueError(f"{registration_type} is not a registration type of the catalog")
        if {"current_version_number", "versions", "associations"} & set(attributes):
            raise ValueError("a seeded registration has version 1 only: add versions through the API")
        registration = _seeded(lambda **a: self._new_registration(registration_type, **a), attributes)
        _check_seed(registration, "RegistrationInformation")
        with self.lock:
            if registration.key in self.registrations:
                raise ValueError(f"{registration.key} is already stored")
            values = registration.current_version.field_values
            for path, value in (field_values or {}).items():
                field = form.field(path)
                if field is None:
                    raise ValueError(f"{registration_type} has no field {path}")
                values[path] = self._seeded_value(field, values, value)
            arns = set()
            for target in associations:
                if not self._holds(target):
                    raise ValueError(f"{target!r} is not a record of this backend")
                try:
                    check_associable(registration, form, target, timing=False)
                except ServiceError as error:
                    raise ValueError(error.message) from None
                arns.add(association_of(target).resource_arn)
            if len(arns) < len(associations):
                raise ValueError("an association is given twice")
            # Every check is done: from here on nothing fails, so a failed seed has changed nothing.
            attachments = self._complete(form, values) if complete else []
            for attachment in attachments:
                self.registration_attachments.add(attachment.key, attachment)
            self.registrations.add(registration.key, registration)
            for target in associations:
                associate(registration, target)
            return registration

    def review_registration(
        self,
        registration_id: str,
        outcome: str = "APPROVED",
        *,
        denied_reasons: Sequence[str | DeniedReason] = ("Denied by the test",),
        field_denied_reasons: Mapping[str, str] | None = None,
        feedback: str | None = None,
    ) -> Registration:
        """Decide the review of a registration's submitted version, at once (timestamps from moto's clock).

        ``outcome``: ``REVIEWING``, ``REQUIRES_AUTHENTICATION``, ``APPROVED`` or ``DENIED``; a decision
        passes through REVIEWING. ``APPROVED`` archives the version approved before, makes the registration
        COMPLETE, a PENDING number associated with it ACTIVE and a sender ID associated with it registered.
        ``DENIED`` gives the version ``denied_reasons`` (a string is both the reason and its short
        description) and each field of ``field_denied_reasons`` (path -> reason) its reason, and makes the
        registration REQUIRES_UPDATES. ``feedback`` is the version's Feedback.
        """
        if outcome not in REVIEW_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(REVIEW_OUTCOMES)}, not {outcome!r}")
        with self.lock:
            try:
                registration = self._registration(registration_id)
            except ServiceError as error:
                raise ValueError(
                    f"no registration {registration_id} in this backend: {error.message}"
                ) from None
            version = registration.current_version
            status = version.registration_version_status
            if status not in UNDER_REVIEW or status == outcome:
                raise ValueError(
                    f"version {version.version_number} of {registration.registration_id} is {status}: only a "
                    f"submitted version under review can become {outcome}"
                )
            form = definition(registration.registration_type)
            unknown = [
                path for path in field_denied_reasons or {} if form is None or form.field(path) is None
            ]
            if outcome == "DENIED":  # checked before the version changes: a failure changes nothing
                if unknown:
                    raise ValueError(f"{registration.registration_type} has no field {', '.join(unknown)}")
                _check_denied_reasons(denied_reasons, field_denied_reasons or {})
            now = utcnow()
            if (
                outcome != "REVIEWING"
                and version.registration_version_status_history.reviewing_timestamp is None
            ):
                enter(version, "REVIEWING", now)
            if feedback is not None:
                version.feedback = feedback
            if outcome == "APPROVED":
                approve(registration, self._users_of("registration", registration.registration_id), now)
            elif outcome == "DENIED":
                self._deny(registration, denied_reasons, field_denied_reasons or {}, now)
            else:
                enter(version, outcome, now)
                settle(registration)
            return registration

    def _deny(
        self,
        registration: Registration,
        reasons: Sequence[str | DeniedReason],
        field_reasons: Mapping[str, str],
        now: datetime,
    ) -> None:
        values = registration.current_version.field_values
        for path, reason in field_reasons.items():  # fields of the form (review_registration checked)
            values.setdefault(path, FieldValue(path)).denied_reason = reason
        denied = [DeniedReason(reason, reason) if isinstance(reason, str) else reason for reason in reasons]
        deny(registration, denied, now)

    def _seeded_value(
        self, field: FieldDefinition, values: Mapping[str, FieldValue], value: str | Sequence[str]
    ) -> FieldValue:
        """A seeded field value, checked as PutRegistrationFieldValue checks one (a ValueError if not)."""
        choices = None if isinstance(value, str) else list(value)
        text = value if isinstance(value, str) and field.field_type == "TEXT" else None
        attachment_id = value if isinstance(value, str) and field.field_type == "ATTACHMENT" else None
        if isinstance(value, str) and field.field_type == "SELECT":
            raise ValueError(f"{field.field_path} is a SELECT field: give a list of choices")
        try:
            check_kind(field, choices, text, attachment_id)
            attachment = None
            if attachment_id is not None:
                attachment = self._registration_attachment(attachment_id, "RegistrationAttachmentId")
            return check_value(field, values, choices, text, attachment)
        except ServiceError as error:
            raise ValueError(f"{field.field_path}: {error.message}") from None

    def _complete(self, form: TypeDefinition, values: dict[str, FieldValue]) -> list[RegistrationAttachment]:
        """Give every field the form requires (given the values so far) a value it accepts; answers the
        attachments (sample PDFs) the values name, for the caller to store."""
        attachments: list[RegistrationAttachment] = []
        changed = True
        while changed:
            changed = False
            for field in form.fields:
                if field.field_path in values or behavior(field, values)[0] != "REQUIRED":
                    continue
                if field.field_type == "ATTACHMENT":
                    attachment = self._new_registration_attachment(body=SAMPLE_PDF)
                    attachments.append(attachment)
                    value = FieldValue(field.field_path, registration_attachment_id=attachment.key)
                elif field.field_type == "SELECT":
                    rules = field.select_validation
                    options = rules.options[: max(1, rules.min_choices)] if rules else ["Example"]
                    value = FieldValue(field.field_path, select_choices=options)
                else:
                    text = sample_text(field)
                    assert text is not None, f"no sample text fits {field.field_path}"
                    value = FieldValue(field.field_path, text_value=text)
                values[field.field_path] = value
                changed = True
        return attachments

    def _holds(self, identity: OriginationIdentity | Registration) -> bool:
        """Whether ``identity`` is the very record this backend holds."""
        store: OrderedStore[Any] = self._store(identity.resource_type)
        return store.get(identity.key) is identity


def _add(store: OrderedStore[R], key: str, record: R) -> R:
    if key in store:
        raise ValueError(f"{key} is already stored")
    return store.add(key, record)


def _seeded(factory: Callable[..., R], attributes: dict[str, Any]) -> R:
    """The record ``factory`` makes of ``attributes``; its own ARN is made from its ID, never given (an ARN
    naming another ID would make a record no lookup finds as it says)."""
    try:
        record = factory(**attributes)
    except TypeError as error:  # an attribute the record does not have
        raise ValueError(str(error)) from None
    own_arn = f"{str(getattr(record, 'resource_type', '')).replace('-', '_')}_arn"
    if own_arn in attributes:
        raise ValueError(f"{own_arn} is made from the record's ID: give the ID, not the ARN")
    return record


def _check_denied_reasons(reasons: Any, field_reasons: Mapping[str, Any]) -> None:
    """A ValueError unless every reason is one the model's answer can carry: a list of texts (each both the
    reason and its short description) or DeniedReason records, and a text per field."""
    if isinstance(reasons, str) or not isinstance(reasons, Sequence):
        raise ValueError(f"denied_reasons must be a list of texts or DeniedReason records, not {reasons!r}")
    for reason in reasons:
        if isinstance(reason, DeniedReason):
            _check_seed(reason, "RegistrationDeniedReasonInformation")
        elif not isinstance(reason, str) or not reason:
            raise ValueError(f"a denied reason must be a text or a DeniedReason record, not {reason!r}")
    wrong = {path: reason for path, reason in field_reasons.items() if not isinstance(reason, str)}
    if wrong:
        raise ValueError(f"a field's denied reason must be a text, not {wrong!r}")


def _check_seed(record: Any, item_shape: str) -> None:
    """A ValueError unless the record written through its output shape is valid for it: an attribute of the
    wrong type (a timestamp given as a string, say) cannot be written at all."""
    name = type(record).__name__
    try:
        written = write(item_shape, record)
    except (AttributeError, TypeError, ValueError) as error:
        raise ValueError(
            f"seeded {name} is not a valid {item_shape}: an attribute of the wrong type ({error})"
        ) from None
    problems = violations(shape(item_shape), json.loads(written))
    if problems:
        detail = "; ".join(f"{problem.name}: {problem.message}" for problem in problems)
        raise ValueError(f"seeded {name} is not a valid {item_shape}: {detail}")
