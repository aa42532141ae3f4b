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

Sending is composed here from lookups and rules, so that every family that sends shares it:
``_send_context`` settles what the request names besides the message (its configuration set, the protect
configuration that applies, the feedback default, a dry run); ``_route`` resolves the origin a request names
(or none) and lets ``rules.routing`` choose who sends; ``_check_deliverable`` gathers what ``rules.delivery``
and ``rules.protection`` decide on; ``_record_unless_dry_run`` ends a send, and ``_record_message`` is the
one place a message enters the outbox (``sent_messages``), and the one place its events are emitted
(``_emit``: ``rules.events`` decides them, ``moto_targets`` delivers them into moto); an inbound message
reaches its two-way channel through ``_publish_inbound``.
"""

from __future__ import annotations

import itertools
import json
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

from . import arns, messaging_limits, moto_targets, notify_catalog, phone_ranges, prices, rcs_catalog
from .countries import takes_sender_id
from .errors import (
    ConflictException,
    ConflictReason,
    ResourceNotFoundException,
    ResourceType,
    ValidationException,
    ValidationExceptionField,
)
from .filters import predicate
from .pagination import Entry, OrderedStore, paginate
from .phone_ranges import e164
from .records import (
    DEFAULT_OPT_OUT_LIST,
    Account,
    CloudWatchLogsDestination,
    ConfigurationSet,
    Destination,
    EventDelivery,
    EventDestination,
    Filter,
    KinesisFirehoseDestination,
    MessageEvent,
    MessagingLimits,
    NotifyConfiguration,
    NotifyCountry,
    NotifyTemplate,
    OptOutList,
    OriginationIdentity,
    PhoneNumber,
    Pool,
    ProtectConfiguration,
    RcsAgent,
    ReceivedMessage,
    Registration,
    RegistrationAttachment,
    RegistrationVersion,
    Resource,
    Result,
    Route,
    SenderId,
    SentMessage,
    Shareable,
    SnsDestination,
    StatusHistory,
    TemplateVariable,
    VerifiedDestinationNumber,
    sender_id_key,
)
from .records.messages import RCS, SMS, SendContext
from .rules import delivery, events, routing, spend
from .rules.guards import ACTIVE, described, require_active
from .rules.protection import ProtectVerdict, applicable_protect_configuration_id, check_protection
from .rules.registrations import DRAFT, disassociate, type_definition
from .service_model import enum_values, item_shape, max_page_size, min_page_size, result_key

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
    "protect-configuration": "protect_configurations",
    "rcs-agent": "rcs_agents",
    "notify-configuration": "notify_configurations",
    "registration": "registrations",
    "registration-attachment": "registration_attachments",
    "configuration-set": "configuration_sets",
    "verified-destination-number": "verified_destination_numbers",
}
# What a resource policy can share: the kinds whose Describe* has ``Owner`` (pools, phone numbers, sender IDs,
# opt-out lists, RCS agents); a policy on any other kind of resource is refused.
SHAREABLE: frozenset[ResourceType] = frozenset(
    {"pool", "phone-number", "sender-id", "opt-out-list", "rcs-agent"}
)

# Who uses what: a resource of the key's type is in use while a record of one of these stores names it in
# the attribute given (and then it cannot be deleted).
REFERENCES: dict[ResourceType, tuple[tuple[str, str], ...]] = {
    "opt-out-list": (
        ("pools", "opt_out_list_name"),
        ("phone_numbers", "opt_out_list_name"),
        ("rcs_agents", "opt_out_list_name"),
    ),
    "pool": (("notify_configurations", "pool_id"),),
    "registration": (("phone_numbers", "registration_id"), ("sender_ids", "registration_id")),
    "protect-configuration": (("configuration_sets", "protect_configuration_id"),),
}
# The reason a deletion refused because of such a use gives, by (resource type, user's store), where the
# model has one of its own (RESOURCE_DELETION_NOT_ALLOWED otherwise).
IN_USE: dict[tuple[ResourceType, str], ConflictReason] = {
    ("pool", "notify_configurations"): "POOL_ASSOCIATED_TO_NOTIFY_CONFIGURATION",
    ("protect-configuration", "configuration_sets"): (
        "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET"
    ),
}

# What can be an origination identity (of a pool, of a message), by ID or ARN.
ORIGINATION_IDENTITY_TYPES: tuple[ResourceType, ...] = ("phone-number", "sender-id", "rcs-agent")

Named = tuple[str, "Core | None", str]  # (value as given, backend that would hold it, key in its store)

# Orders every message the registry records, whatever its account and region (mock.sent_messages()).
_SENT = itertools.count(1)


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
        self.protect_configurations: OrderedStore[ProtectConfiguration] = OrderedStore()
        self.rcs_agents: OrderedStore[RcsAgent] = OrderedStore()
        self.notify_configurations: OrderedStore[NotifyConfiguration] = OrderedStore()
        # What AWS serves every account (notify_catalog); tests may add entries (seeding).
        self.notify_templates: OrderedStore[NotifyTemplate] = OrderedStore()
        self.notify_countries: OrderedStore[NotifyCountry] = OrderedStore()
        for template in catalog_templates():
            self.notify_templates.add(template.key, template)
        for country in catalog_countries():
            self.notify_countries.add(country.key, country)
        self.registrations: OrderedStore[Registration] = OrderedStore()
        self.registration_attachments: OrderedStore[RegistrationAttachment] = OrderedStore()
        self.configuration_sets: OrderedStore[ConfigurationSet] = OrderedStore()
        self.verified_destination_numbers: OrderedStore[VerifiedDestinationNumber] = OrderedStore()
        self.account = Account()  # tier, spend limit overrides, the month's spend
        self.sent_messages: list[SentMessage] = []  # the outbox, in send order
        self.received_messages: list[ReceivedMessage] = []  # end users' messages, in arrival order
        self._messages: dict[str, SentMessage] = {}  # the outbox by MessageId (for PutMessageFeedback)
        self.destinations_without_rcs: set[str] = set()  # E.164 numbers no RCS message reaches (seeding)
        # (E.164 destination, event prefix) -> the event a message to it ends with (seed_delivery_outcome)
        self.delivery_outcomes: dict[tuple[str, str], str] = {}
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
        """Whether ``record`` (of another account) is shared with this backend's account; a kind of resource
        that no policy can share never is."""
        policy = getattr(record, "resource_policy", None)
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

    def _rcs_agent(self, rcs_agent_id: str, *, shared: bool = False) -> RcsAgent:
        record: RcsAgent = self._record(rcs_agent_id, "rcs-agent", "RcsAgentId", shared=shared)
        return record

    def _notify_configuration(self, notify_configuration_id: str) -> NotifyConfiguration:
        record: NotifyConfiguration = self._record(
            notify_configuration_id, "notify-configuration", "NotifyConfigurationId"
        )
        return record

    def _notify_template(self, template_id: str) -> NotifyTemplate:
        """A template AWS serves (by ID only: templates have no ARN)."""
        template = self.notify_templates.get(template_id)
        if template is None:
            raise ResourceNotFoundException("notify-template", template_id)
        return template

    def _origination_identity(self, value: str, iso_country_code: str | None) -> OriginationIdentity:
        """A phone number, sender ID or RCS agent of this account, by ID or ARN. An agent belongs to no
        country: ``iso_country_code`` is not asked of it (the model: "not required" for one)."""
        resource_type, backend, key = self._resolve(value, ORIGINATION_IDENTITY_TYPES, "OriginationIdentity")
        if backend is not self:
            raise ResourceNotFoundException(resource_type, value)
        is_arn = value.startswith("arn:")
        if (is_arn and resource_type == "phone-number") or key in self.phone_numbers:
            phone_number = self.phone_numbers.get(key)
            if phone_number is None:
                raise ResourceNotFoundException("phone-number", value)
            check_country(phone_number.iso_country_code, iso_country_code)
            return phone_number
        if (is_arn and resource_type == "rcs-agent") or (not is_arn and key in self.rcs_agents):
            agent = self.rcs_agents.get(key)
            if agent is None:
                raise ResourceNotFoundException("rcs-agent", value)
            return agent
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
            # A plain "phone-..." or "rcs-..." that is no sender ID most likely meant a number or an agent.
            looks_like: ResourceType = "sender-id"
            if not is_arn and key.startswith(("phone-", "rcs-")):
                looks_like = "phone-number" if key.startswith("phone-") else "rcs-agent"
            raise ResourceNotFoundException(looks_like, value)
        return sender_id

    def _registration(self, registration_id: str, field: str = "RegistrationId") -> Registration:
        """A registration of this account, by ID or ARN."""
        record: Registration = self._record(registration_id, "registration", field)
        return record

    def _registration_attachment(self, attachment_id: str, field: str) -> RegistrationAttachment:
        record: RegistrationAttachment = self._record(attachment_id, "registration-attachment", field)
        return record

    def _leave_registration(self, identity: PhoneNumber | SenderId) -> None:
        """A released phone number or sender ID leaves the registration it is associated with (which may
        close it: ``rules.registrations.disassociate``)."""
        registration = self.registrations.get(identity.registration_id) if identity.registration_id else None
        if registration is not None:
            disassociate(registration, type_definition(registration.registration_type), identity)

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

    def _shareable(self, resource_arn: str) -> Shareable:
        """The record of this account an ARN names, of a kind a resource policy can share (``SHAREABLE``)."""
        record = self._resource(resource_arn)
        if record.resource_type not in SHAREABLE:
            raise ValidationException(
                f"A {record.resource_type} cannot have a resource policy.",
                "INVALID_ARN",
                (ValidationExceptionField("ResourceArn", "Not the ARN of a resource that can be shared"),),
            )
        return cast("Shareable", record)

    def _protect_configuration(self, protect_configuration_id: str) -> ProtectConfiguration:
        """A protect configuration of this account, by ID or ARN."""
        record: ProtectConfiguration = self._record(
            protect_configuration_id, "protect-configuration", "ProtectConfigurationId"
        )
        return record

    def _applicable_protect_configuration(
        self,
        protect_configuration_id: str | None,
        configuration_set_protect_configuration_id: str | None = None,
    ) -> ProtectConfiguration | None:
        """The protect configuration a send uses: the one it names (by ID or ARN; not found when unknown),
        else its configuration set's, else the account default; None when there is none."""
        chosen = applicable_protect_configuration_id(
            protect_configuration_id,
            configuration_set_protect_configuration_id,
            self.account.default_protect_configuration_id,
        )
        return None if chosen is None else self._protect_configuration(chosen)

    def _set_account_default(self, record: ProtectConfiguration | None) -> ProtectConfiguration | None:
        """Make ``record`` the account's default protect configuration (None: have none); the previous one."""
        previous_id = self.account.default_protect_configuration_id
        previous = None if previous_id is None else self.protect_configurations.get(previous_id)
        if previous is not None:
            previous.account_default = False
        if record is not None:
            record.account_default = True
        self.account.default_protect_configuration_id = (
            None if record is None else record.protect_configuration_id
        )
        return previous

    def _pools_of(self, identity: OriginationIdentity) -> list[Pool]:
        """The pools ``identity`` is in, oldest first."""
        arn = identity.origination_identity_arn
        return [pool for pool in self.pools.values() if arn in pool.origination_identities]

    def _refuse_if_in_use(self, record: Resource) -> None:
        """Refuse to delete a record another one uses (``REFERENCES``), with the model's reason for it
        (``IN_USE``): the one check every deletion of a referenced resource makes."""
        resource_type: ResourceType = record.resource_type
        for store, user in self._uses(resource_type, record.key):
            raise ConflictException(
                IN_USE.get((resource_type, store), "RESOURCE_DELETION_NOT_ALLOWED"),
                resource_type,
                record.resource_id,
                f"{described(record, first=True)} is used by {described(user)}.",
            )

    def _users_of(self, resource_type: ResourceType, key: str) -> list[Any]:
        """The records that use a resource (``REFERENCES``), in store order."""
        return [record for _, record in self._uses(resource_type, key)]

    def _uses(self, resource_type: ResourceType, key: str) -> Iterator[tuple[str, Any]]:
        """(store, record) of each record that uses a resource (``REFERENCES``), in store order."""
        for store, attribute in REFERENCES.get(resource_type, ()):
            for record in getattr(self, store).values():
                if getattr(record, attribute) == key:
                    yield store, record

    def _configuration_set(self, name_or_arn: str) -> ConfigurationSet:
        record: ConfigurationSet = self._record(name_or_arn, "configuration-set", "ConfigurationSetName")
        return record

    def _configuration_set_of(self, name_or_arn: str | None) -> ConfigurationSet | None:
        """The configuration set a send names (by name or ARN), if it names one."""
        return None if name_or_arn is None else self._configuration_set(name_or_arn)

    def _verified_destination_number(self, id_or_arn: str) -> VerifiedDestinationNumber:
        record: VerifiedDestinationNumber = self._record(
            id_or_arn, "verified-destination-number", "VerifiedDestinationNumberId"
        )
        return record

    def _phone_number_with(self, number: str) -> PhoneNumber | None:
        """This account's phone number whose E.164 number is ``number`` (``+`` optional)."""
        number = e164(number)
        if number not in self.numbers_in_use:
            return None
        return next(record for record in self.phone_numbers.values() if record.phone_number == number)

    def _keyword_owner(self, value: str, *, shared: bool = False) -> PhoneNumber | Pool:
        """The phone number or pool a keyword operation names (``PhoneOrPoolIdOrArn``); ``shared`` lets an
        ARN name one another account shares."""
        resource_type, backend, key = self._resolve(value, ("phone-number", "pool"), "OriginationIdentity")
        if not value.startswith("arn:"):
            resource_type = "pool" if key in self.pools or key.startswith("pool-") else "phone-number"
        record = backend._store(resource_type).get(key) if backend is not None else None
        if record is None or (backend is not self and not (shared and self._granted(record))):
            raise ResourceNotFoundException(resource_type, value)
        owner: PhoneNumber | Pool = record
        return owner

    # -- sending: the origin, the checks and the outbox ------------------------------------------------

    def _origin(
        self, value: str, to: Destination, channel: str
    ) -> tuple[Pool | PhoneNumber | SenderId, Core]:
        """What a send's OriginationIdentity names, in every form the model documents (E.164 number, phone
        number ID or ARN, sender ID or ARN, pool ID or ARN), and the backend that holds it (another
        account's, for a resource it shares with this one by ARN)."""
        if value.startswith("arn:"):
            return self._by_arn(value, ("phone-number", "sender-id", "pool"))
        if value.startswith("+") or value.isdigit():
            number = self._phone_number_with(value)
            if number is None:
                raise ResourceNotFoundException("phone-number", value)
            return number, self
        for resource_type in ("phone-number", "pool"):
            record = self._store(resource_type).get(value)
            if record is not None:
                return record, self
        if value.startswith(("phone-", "pool-")):
            raise ResourceNotFoundException("pool" if value.startswith("pool-") else "phone-number", value)
        routing.check_sender_id_reaches(to, channel)  # a sender ID by name: of the destination's country
        sender_id = self.sender_ids.get(sender_id_key(value, to.iso_country_code))
        if sender_id is None:
            raise ResourceNotFoundException("sender-id", value)
        return sender_id, self

    def _by_arn(self, value: str, resource_types: tuple[ResourceType, ...]) -> tuple[Any, Core]:
        """The record an ARN of one of ``resource_types`` names as a send's OriginationIdentity (the caller's,
        or one another account shares with it), and the backend that holds it."""
        resource_type, backend, key = self._resolve(value, resource_types, "OriginationIdentity")
        record = backend._store(resource_type).get(key) if backend is not None else None
        if record is None or (backend is not self and not self._granted(record)):
            raise ResourceNotFoundException(resource_type, value)
        return record, cast("Core", backend)

    def _route(
        self,
        origination_identity: str | None,
        to: Destination,
        channel: str,
        message_type: str | None,
        configuration_set: ConfigurationSet | None,
    ) -> Route:
        """Who sends a message: the identity named, a member of the pool named (``rules.routing``), or,
        with none named, one of the account's own identities, else the configuration set's default sender
        ID (where the destination takes sender IDs)."""
        if origination_identity is None:
            return self._account_route(to, channel, message_type, configuration_set)
        origin, owner = self._origin(origination_identity, to, channel)
        message_type = routing.message_type_of(message_type, channel, configuration_set, origin)
        assert message_type is not None  # a pool or identity always has one
        if isinstance(origin, Pool):
            routing.check_pool(origin, message_type)
            chosen = routing.choose(origin.origination_identities.values(), to, channel, message_type)
            if chosen is None:
                raise routing.no_identity(origin, to, channel)
            return owner._identity_route(chosen, origin, message_type, to)
        routing.check_direct(origin, to, channel, message_type)
        return owner._identity_route(origin, None, message_type, to)

    def _account_route(
        self,
        to: Destination,
        channel: str,
        message_type: str | None,
        configuration_set: ConfigurationSet | None,
    ) -> Route:
        message_type = routing.message_type_of(message_type, channel, configuration_set)
        candidates: list[OriginationIdentity] = [*self.phone_numbers.values(), *self.sender_ids.values()]
        chosen = routing.choose(candidates, to, channel, message_type)
        if chosen is not None:
            chosen_type = message_type or routing.message_type_of(None, channel, None, chosen)
            return self._identity_route(chosen, None, cast("str", chosen_type), to)
        default = configuration_set.default_sender_id if configuration_set is not None else None
        if default is None or channel != SMS or not takes_sender_id(to.iso_country_code):
            raise routing.no_identity(None, to, channel)
        return Route(
            identity=None,
            pool=None,
            origination_identity=self._arn("sender-id", sender_id_key(default, to.iso_country_code)),
            origination_number=default,
            origination_country=to.iso_country_code,
            opt_out_list=self.opt_out_lists.get(DEFAULT_OPT_OUT_LIST),
            self_managed_opt_outs_enabled=False,
            message_type=message_type or routing.DEFAULT_MESSAGE_TYPE,
        )

    def _rcs_route(self, origination_identity: str, to: Destination) -> tuple[Route, Core]:
        """Who sends an RCS message, and the backend that holds it: the RCS agent named (by ID or ARN), which
        must have launched in the destination's country, or the first agent of the pool named that has
        (``rules.routing``). An RCS message has no message type."""
        origin: RcsAgent | Pool
        if origination_identity.startswith("arn:"):
            origin, owner = self._by_arn(origination_identity, ("rcs-agent", "pool"))
        else:
            found = self.rcs_agents.get(origination_identity) or self.pools.get(origination_identity)
            if found is None:
                looks_like: ResourceType = "pool" if origination_identity.startswith("pool-") else "rcs-agent"
                raise ResourceNotFoundException(looks_like, origination_identity)
            origin, owner = found, self
        if isinstance(origin, Pool):
            require_active(origin)
            chosen = routing.choose_agent(origin.origination_identities.values(), to)
            if chosen is None:
                raise routing.no_identity(origin, to, RCS)
            return owner._identity_route(chosen, origin, None, to), owner
        routing.check_agent(origin, to)
        return owner._identity_route(origin, None, None, to), owner

    def _fallback_route(
        self, origination_identity: str | None, rcs_route: Route, owner: Core, to: Destination, channel: str
    ) -> Route:
        """Who sends the SMS or MMS that stands in for an RCS message: the phone number or sender ID named,
        in any form a text message takes but a pool's, else a member of the pool the RCS message was sent
        through (``owner`` holds it), as a pool chooses one (``rules.routing``)."""
        if origination_identity is None:
            pool = rcs_route.pool
            if pool is None:
                raise ValidationException(
                    "An RCS agent named directly needs a fallback origination identity.",
                    "MISSING_PARAMETER",
                    (ValidationExceptionField("FallbackConfiguration.OriginationIdentity", "Required"),),
                )
            chosen = routing.choose(pool.origination_identities.values(), to, channel, pool.message_type)
            if chosen is None:
                raise routing.no_identity(pool, to, channel)
            return owner._identity_route(chosen, pool, pool.message_type, to)
        try:
            origin, origin_owner = self._origin(origination_identity, to, channel)
            if isinstance(origin, Pool):
                raise ValidationException(
                    "A fallback message is sent by a phone number or sender ID, not a pool.",
                    "INVALID_PARAMETER",
                    (ValidationExceptionField("OriginationIdentity", "Pools are not accepted"),),
                )
            message_type = routing.message_type_of(None, channel, None, origin)
            assert message_type is not None  # an identity always has one
            routing.check_direct(origin, to, channel, message_type)
        except ValidationException as error:  # the member at fault is the fallback's
            error.fields = [
                ValidationExceptionField(f"FallbackConfiguration.{field.name}", field.message)
                if field.name == "OriginationIdentity"
                else field
                for field in error.fields or ()
            ] or None
            raise
        return origin_owner._identity_route(origin, None, message_type, to)

    def _identity_route(
        self,
        identity: PhoneNumber | SenderId | RcsAgent,
        pool: Pool | None,
        message_type: str | None,
        to: Destination | None = None,
    ) -> Route:
        """The route through ``identity`` (a record of this backend) to ``to``, chosen from ``pool`` if given:
        the pool's opt-out settings apply, else the phone number's or agent's; a sender ID alone uses the
        Default list. A phone number or sender ID sends from its country, an agent from the destination's
        (it sends only where it launched, so ``to`` is needed for one)."""
        if isinstance(identity, RcsAgent):
            assert to is not None, "an RCS agent's route needs its destination"
            country = to.iso_country_code
        else:
            country = identity.iso_country_code
        settings: PhoneNumber | RcsAgent | Pool | None = pool or (
            identity if isinstance(identity, (PhoneNumber, RcsAgent)) else None
        )
        return Route(
            identity=identity,
            pool=pool,
            origination_identity=identity.origination_identity_arn,
            origination_number=identity.phone_number
            if isinstance(identity, PhoneNumber)
            else identity.origination_identity,
            origination_country=country,
            opt_out_list=self.opt_out_lists.get(
                settings.opt_out_list_name if settings is not None else DEFAULT_OPT_OUT_LIST
            ),
            self_managed_opt_outs_enabled=settings is not None and settings.self_managed_opt_outs_enabled,
            message_type=message_type,
        )

    def _send_context(
        self,
        configuration_set_name: str | None,
        protect_configuration_id: str | None = None,
        message_feedback_enabled: bool | None = None,
        dry_run: bool | None = None,
    ) -> SendContext:
        """What a send's request settles before its message is routed, in this order: the configuration set
        it names (by name or ARN: not found when unknown), then the protect configuration that applies (the
        one named, else the set's, else the account default), and the feedback default (the set's)."""
        configuration_set = self._configuration_set_of(configuration_set_name)
        protect_configuration = self._applicable_protect_configuration(
            protect_configuration_id,
            configuration_set.protect_configuration_id if configuration_set is not None else None,
        )
        if message_feedback_enabled is None and configuration_set is not None:
            message_feedback_enabled = configuration_set.default_message_feedback_enabled
        return SendContext(
            configuration_set,
            protect_configuration,
            protect_configuration_id,
            bool(message_feedback_enabled),
            bool(dry_run),
        )

    def _check_deliverable(
        self,
        route: Route,
        to: Destination,
        channel: str,
        *,
        protect_configuration: ProtectConfiguration | None = None,
        sandbox: bool = True,
    ) -> ProtectVerdict:
        """Refuse what may not be delivered (opted out; unverified in the sandbox, unless ``sandbox`` is
        False; blocked by the protect configuration that applies), in that order: AWS refuses an opted-out
        number even where a protect override allows it. The protect verdict otherwise."""
        delivery.check_not_opted_out(route, to)
        if sandbox:
            delivery.check_verified(self.account, self.verified_destination_numbers.values(), to)
        return check_protection(
            protect_configuration, to.phone_number, to.iso_country_code, channel, now=utcnow()
        )

    def _check_spend(self, spend_limit: str, price: Any) -> None:
        spend.check_spend(self.account, spend.limit_name(spend_limit), price, utcnow())

    def _record_unless_dry_run(
        self, send: SendContext, message: SentMessage, *, spend_limit: str | None
    ) -> SentMessage:
        """The end of a send that passed every check: its message enters the outbox and is charged, unless
        the send is a dry run (which records, charges and emits nothing)."""
        if not send.dry_run:
            self._record_message(message, spend_limit=spend_limit)
        return message

    def _record_message(self, message: SentMessage, *, spend_limit: str | None) -> SentMessage:
        """Put a message in the outbox and charge it to ``spend_limit`` (a channel word: ``TEXT``, ...;
        None charges nothing). Every message the fake records goes through here."""
        message.sequence = next(_SENT)
        self.sent_messages.append(message)
        self._messages[message.message_id] = message
        if spend_limit is not None:
            spend.charge(self.account, spend.limit_name(spend_limit), message.price, message.sent_timestamp)
        prefix = events.prefix_of(message.channel)
        if prefix is not None:
            destination = message.destination_phone_number
            outcome = self.delivery_outcomes.get((destination, prefix)) or events.simulated_outcome(
                destination, prefix
            )
            self._emit(message, events.sequence(prefix, outcome))
        return message

    # -- events: into moto's SNS, Firehose and CloudWatch Logs ---------------------------------------

    def _emit(self, message: SentMessage, event_types: Sequence[str], *, feedback: str | None = None) -> None:
        """Record ``event_types`` on the message, in order, each delivered to the enabled event destinations
        of the message's configuration set that match it (as the set is now); stamped with moto's clock."""
        name = message.configuration_set_name
        configuration_set = self.configuration_sets.get(name) if name is not None else None
        destinations = configuration_set.event_destinations if configuration_set is not None else []
        now = utcnow()
        for index, event_type in enumerate(event_types):
            payload = events.payload(
                message,
                event_type,
                timestamp=now,
                final=events.is_final(event_types, index),
                feedback=feedback,
            )
            deliveries = [
                self._deliver(destination, payload, message.message_id)
                for destination in destinations
                if events.matches(destination, event_type)
            ]
            message.events.append(MessageEvent(event_type, payload, deliveries))

    def _deliver(
        self, destination: EventDestination, payload: dict[str, Any], message_id: str
    ) -> EventDelivery:
        """One event into one destination's target; a CloudWatch Logs event goes to the log stream named
        by the message's ID."""
        text = json.dumps(payload)
        target = destination.target
        if isinstance(target, SnsDestination):
            arn = target.topic_arn
            delivered, detail = moto_targets.publish(arn, text)
        elif isinstance(target, KinesisFirehoseDestination):
            arn = target.delivery_stream_arn
            delivered, detail = moto_targets.put_record(arn, f"{text}\n".encode())
        else:
            assert isinstance(target, CloudWatchLogsDestination)
            arn = target.log_group_arn
            delivered, detail = moto_targets.put_log_event(arn, message_id, payload["eventTimestamp"], text)
        return EventDelivery(destination.event_destination_name, arn, delivered, detail)

    def _publish_inbound(self, settings: PhoneNumber | Pool, payload: dict[str, Any]) -> EventDelivery | None:
        """An end user's message to the two-way channel of ``settings`` (a number, or its pool), when two-way
        messaging is on; None when it is off. Only an SNS topic is a target moto holds (an Amazon Connect
        channel is skipped, saying so)."""
        channel = settings.two_way_channel_arn
        if not settings.two_way_enabled or channel is None:
            return None
        delivered, detail = moto_targets.publish(channel, json.dumps(payload))
        return EventDelivery(None, channel, delivered, detail)

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
        # A page with no items omits a list the model says holds at least one.
        page = items if items or not min_page_size(operation) else None
        return Result(**members, **{xform_name(result_key(operation)): page}, next_token=token)

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

    def _new_protect_configuration(self, **attributes: Any) -> ProtectConfiguration:
        protect_configuration_id = (
            attributes.pop("protect_configuration_id", None) or f"protect-{uuid4().hex}"
        )
        defaults: dict[str, Any] = {
            "protect_configuration_arn": self._arn("protect-configuration", protect_configuration_id),
            "created_timestamp": utcnow(),
        }
        return ProtectConfiguration(
            protect_configuration_id=protect_configuration_id, **{**defaults, **attributes}
        )

    def _new_rcs_agent(self, **attributes: Any) -> RcsAgent:
        rcs_agent_id = attributes.pop("rcs_agent_id", None) or f"rcs-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "rcs_agent_arn": self._arn("rcs-agent", rcs_agent_id),
            "status": rcs_catalog.NEW_AGENT_STATUS,
            "created_timestamp": utcnow(),
        }
        return RcsAgent(rcs_agent_id=rcs_agent_id, **{**defaults, **attributes})

    def _new_notify_configuration(self, **attributes: Any) -> NotifyConfiguration:
        """A configuration as the review leaves it at once: ACTIVE, on the Basic tier, every country of its
        tier enabled unless ``enabled_countries`` says otherwise."""
        configuration_id = attributes.pop("notify_configuration_id", None) or f"notify-{uuid4().hex}"
        tier = attributes.get("tier", "BASIC")
        defaults: dict[str, Any] = {
            "notify_configuration_arn": self._arn("notify-configuration", configuration_id),
            "use_case": "CODE_VERIFICATION",
            "enabled_channels": list(notify_catalog.CHANNELS),
            "tier": tier,
            "tier_upgrade_status": tier,  # BASIC, or ADVANCED once upgraded
            "status": ACTIVE,
            "created_timestamp": utcnow(),
        }
        if attributes.get("enabled_countries") is None:
            attributes["enabled_countries"] = self._notify_countries_of(tier)
        return NotifyConfiguration(notify_configuration_id=configuration_id, **{**defaults, **attributes})

    def _notify_countries_of(self, tier: str) -> list[str]:
        """The countries a configuration of ``tier`` may enable (what ListNotifyCountries lists for it)."""
        return [
            country.iso_country_code
            for country in self.notify_countries.values()
            if tier in country.supported_tiers
        ]

    def _new_registration(self, registration_type: str, **attributes: Any) -> Registration:
        """A registration of a known type, with version 1 as an empty draft (stored by the caller)."""
        registration_id = attributes.pop("registration_id", None) or f"registration-{uuid4().hex}"
        now = utcnow()
        defaults: dict[str, Any] = {
            "registration_arn": self._arn("registration", registration_id),
            "registration_status": "CREATED",
            "current_version_number": 1,
            "created_timestamp": now,
        }
        registration = Registration(
            registration_id=registration_id, registration_type=registration_type, **{**defaults, **attributes}
        )
        first = RegistrationVersion(1, DRAFT, StatusHistory(draft_timestamp=registration.created_timestamp))
        registration.versions.add("1", first)
        return registration

    def _new_registration_attachment(self, **attributes: Any) -> RegistrationAttachment:
        attachment_id = attributes.pop("registration_attachment_id", None) or f"attachment-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "registration_attachment_arn": self._arn("registration-attachment", attachment_id),
            "attachment_status": "UPLOAD_COMPLETE",
            "created_timestamp": utcnow(),
        }
        return RegistrationAttachment(registration_attachment_id=attachment_id, **{**defaults, **attributes})

    def _new_opt_out_list(self, name: str, **attributes: Any) -> OptOutList:
        defaults: dict[str, Any] = {
            "opt_out_list_arn": self._arn("opt-out-list", name),
            "created_timestamp": utcnow(),
        }
        return OptOutList(opt_out_list_name=name, **{**defaults, **attributes})

    def _new_message(
        self,
        route: Route,
        to: Destination,
        channel: str,
        operation: str | None,
        send: SendContext | None = None,
        **attributes: Any,
    ) -> SentMessage:
        """A message sent through ``route``, now, with a new MessageId (stored by ``_record_message``); a
        request's message keeps what its ``send`` context settled (a keyword's reply has none)."""
        defaults: dict[str, Any] = {
            "message_id": str(uuid4()),
            "channel": channel,
            "destination_phone_number": to.phone_number,
            "iso_country_code": to.iso_country_code,
            "origination_identity": route.origination_identity,
            "origination_number": route.origination_number,
            "origination_country": route.origination_country,
            "pool_id": route.pool.pool_id if route.pool is not None else None,
            "message_type": route.message_type,
            "configuration_set_name": None if send is None else send.configuration_set_name,
            "context": None,
            "message_body": None,
            "parts": 1,
            "encoding": None,
            "price": prices.unit_price(channel, to.iso_country_code),
            "sent_timestamp": utcnow(),
            "operation": operation,
            "account_id": self.account_id,
            "region": self.region_name,
        }
        if send is not None:
            defaults["protect_configuration_id"] = send.protect_configuration_id
            defaults["message_feedback_enabled"] = send.message_feedback_enabled
        return SentMessage(**{**defaults, **attributes})

    def _new_configuration_set(self, name: str, **attributes: Any) -> ConfigurationSet:
        defaults: dict[str, Any] = {
            "configuration_set_arn": self._arn("configuration-set", name),
            "created_timestamp": utcnow(),
        }
        return ConfigurationSet(configuration_set_name=name, **{**defaults, **attributes})

    def _new_verified_destination_number(self, number: str, **attributes: Any) -> VerifiedDestinationNumber:
        number_id = attributes.pop("verified_destination_number_id", None) or f"vdn-{uuid4().hex}"
        defaults: dict[str, Any] = {
            "verified_destination_number_arn": self._arn("verified-destination-number", number_id),
            "status": "PENDING",
            "created_timestamp": utcnow(),
        }
        return VerifiedDestinationNumber(
            verified_destination_number_id=number_id,
            destination_phone_number=e164(number),
            **{**defaults, **attributes},
        )


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


def new_notify_template(**attributes: Any) -> NotifyTemplate:
    """A template from catalog-style attributes (its variables as attribute dicts, or records)."""
    variables = attributes.pop("variables", None)
    if variables is not None:
        attributes["variables"] = {
            name: value if isinstance(value, TemplateVariable) else TemplateVariable(**value)
            for name, value in variables.items()
        }
    return NotifyTemplate(**attributes)


@cache
def catalog_templates() -> tuple[NotifyTemplate, ...]:
    return tuple(new_notify_template(**dict(entry)) for entry in notify_catalog.TEMPLATES)


@cache
def catalog_countries() -> tuple[NotifyCountry, ...]:
    return tuple(NotifyCountry(**entry) for entry in notify_catalog.COUNTRIES)
