"""Model-driven fuzzing of every implemented operation, through a real boto3 client.

For each operation ``implemented_operations()`` names (new ones are picked up at collection), Hypothesis
draws a world of seeded resources, then one to three requests from the operation's input shape
(``model_strategies``): mostly valid, some broken. A follow-up request replays the previous one, changes one
member of it, is drawn afresh, or belongs to another implemented operation, and may name what earlier
answers returned (IDs, ``NextToken``). The requests go through a boto3 client with its own validation off;
what botocore cannot serialize as drawn (an unknown member, a list where a structure belongs, a timestamp
that is no date) goes through the same client with the raw JSON body swapped in before signing.

Every answer must be a result (checked against the model by the conftest's after-call handler) or a
ClientError that the operation declares, never ``InternalServerException``; any other exception, such as
the fake's ``FakeInternalError``, fails the test. Answers must also agree with an independent reading of
the model: a document that breaks it is a ``FIELD_VALIDATION_FAILED`` naming exactly the broken member
paths, and one that does not is never refused so. The same request twice in a row gets the same answer
from a read (``Describe*``, ``List*``, ``Get*``) and from a replayed ``ClientToken`` that succeeded.

``PINPOINT_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py`` runs 2000 random examples per
operation. By default a fixed budget of derandomized examples is shared by the operations, so CI stays
bounded and gives the same examples on every run. The terminal summary counts the inputs sent.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import boto3
import pytest
from botocore import xform_name
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.serialize import create_serializer
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from moto.core.base_backend import BackendDict
from moto.core.utils import utcnow

from pinpoint_fake import MockPinpoint
from pinpoint_fake.backend import PinpointBackend, implemented_operations
from pinpoint_fake.records import (
    CloudWatchLogsDestination,
    EventDestination,
    KinesisFirehoseDestination,
    OriginationIdentity,
    ResourcePolicy,
    SnsDestination,
)
from pinpoint_fake.registration_catalog import REGISTRATION_TYPES
from pinpoint_fake.rules import rcs_content, spend
from pinpoint_fake.service_model import SERVICE_NAME, enum_values, input_shape, operation_model, service_model
from pinpoint_fake.validation import violations

from .conftest import FUZZ_OUTCOMES, FUZZ_RAW_BODIES
from .model_strategies import RequestMaker, expected_violations, model_enum_values, wire

OPERATIONS = sorted(implemented_operations())
REGION = "us-east-1"
ACCOUNT = "123456789012"  # moto's default account, which the mock's credentials resolve to
OTHER_ACCOUNT = "210987654321"

CI_BUDGET = 800  # examples over all operations in a default run
CI_MINIMUM = 10  # examples per operation, however many operations there are
_REQUESTED = os.environ.get("PINPOINT_FUZZ_EXAMPLES")
EXAMPLES = int(_REQUESTED) if _REQUESTED else max(CI_MINIMUM, CI_BUDGET // max(1, len(OPERATIONS)))

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=not _REQUESTED,  # CI: the same examples on every run; a big run explores afresh
    database=None,  # nothing saved under .hypothesis/
    deadline=None,
    # The mock and the client are made once per operation; every example resets the backends itself.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What follows a call: nothing, the same request again, it with one member changed, a new request, or a
# request of another operation (so that state changes of one operation meet the others).
FOLLOW_UPS = ("stop", "replay", "tweak", "fresh", "another operation")
# Percent of values broken in a request: the first (the simplest) is a valid request, half of them are.
BREAK_PERCENTS = (0, 0, 0, 3, 10, 30)
SERIALIZER = create_serializer("json", include_validation=False)


# -- the world an example starts from --------------------------------------------------------------------


def _mostly_active(shape_name: str) -> st.SearchStrategy[str]:
    return st.just("ACTIVE") | st.sampled_from(enum_values(shape_name))


def _flags(*names: str) -> dict[str, st.SearchStrategy[Any]]:
    return {name: st.booleans() for name in names}


OPT_OUT_LISTS = ("Default", "fuzz-list", "other-list")
TWO_WAY_CHANNEL = "arn:aws:sns:us-east-1:123456789012:fuzz-two-way-topic"
OPTED_OUT = ("+12065550100", "+447700900000", "+12065550199")

NUMBERS = st.fixed_dictionaries(
    {
        "status": _mostly_active("NumberStatus"),
        "message_type": st.sampled_from(enum_values("MessageType")),
        "number_type": st.sampled_from(enum_values("NumberType")),
        "iso_country_code": st.sampled_from(("US", "GB", "CA")),
        "number_capabilities": st.lists(
            st.sampled_from(enum_values("NumberCapability")), min_size=1, max_size=4, unique=True
        ),
    },
    optional={
        "opt_out_list_name": st.sampled_from(OPT_OUT_LISTS),
        "two_way_channel_arn": st.just(TWO_WAY_CHANNEL),
        **_flags("two_way_enabled", "self_managed_opt_outs_enabled", "deletion_protection_enabled"),
    },
)
SENDER_IDS = st.tuples(
    st.sampled_from(("ACME", "Brand_1", "phone-abc")),
    st.sampled_from(("US", "GB")),
    st.lists(st.sampled_from(enum_values("MessageType")), min_size=1, max_size=2, unique=True),
    st.booleans(),  # deletion protection
)
POOLS = st.tuples(
    st.fixed_dictionaries(
        {"status": _mostly_active("PoolStatus"), "message_type": st.sampled_from(enum_values("MessageType"))},
        optional={
            "opt_out_list_name": st.sampled_from(OPT_OUT_LISTS),
            "two_way_channel_arn": st.just(TWO_WAY_CHANNEL),
            **_flags("two_way_enabled", "shared_routes_enabled", "deletion_protection_enabled"),
        },
    ),
    st.lists(st.integers(0, 7), max_size=3, unique=True),  # identities: numbers, sender IDs, then agents
)
RCS_AGENTS = st.fixed_dictionaries(
    {"status": st.sampled_from(enum_values("RcsAgentStatus"))},
    optional={
        "opt_out_list_name": st.sampled_from(OPT_OUT_LISTS),
        "two_way_channel_arn": st.just(TWO_WAY_CHANNEL),
        **_flags("two_way_enabled", "self_managed_opt_outs_enabled", "deletion_protection_enabled"),
    },
)
NOTIFY_CONFIGURATIONS = st.tuples(
    st.fixed_dictionaries(
        {
            "status": _mostly_active("NotifyConfigurationStatus"),
            "tier": st.sampled_from(enum_values("NotifyConfigurationTier")),
        },
        optional=_flags("deletion_protection_enabled"),
    ),
    st.booleans(),  # names the first pool
)

PROTECTED_NUMBERS = ("+12065550100", "+447700900000", "+14165550100")
PROTECT_CONFIGURATIONS = st.lists(
    st.tuples(
        st.booleans(),  # deletion protection
        st.dictionaries(  # country rules: capability -> country -> status
            st.sampled_from(enum_values("NumberCapability")),
            st.dictionaries(
                st.sampled_from(("US", "GB", "CA")), st.sampled_from(enum_values("ProtectStatus")), max_size=2
            ),
            max_size=2,
        ),
        st.dictionaries(  # number overrides: number -> (action, expired)
            st.sampled_from(PROTECTED_NUMBERS),
            st.tuples(st.sampled_from(enum_values("ProtectConfigurationRuleOverrideAction")), st.booleans()),
            max_size=2,
        ),
    ),
    min_size=1,
    max_size=2,
)


# Registrations: a type (its own number or sender ID associated where it takes one) and how far it got.
REGISTRATION_KINDS = (
    "US_TOLL_FREE_REGISTRATION",
    "US_TEN_DLC_BRAND_REGISTRATION",
    "GB_SENDER_ID_REGISTRATION",
    "NOTIFY_TIER_UPGRADE_REGISTRATION",
)
STAGES = ("draft", "empty draft", "submitted", "approved", "denied")
REGISTRATIONS = st.lists(
    st.tuples(st.sampled_from(REGISTRATION_KINDS), st.sampled_from(STAGES)), min_size=1, max_size=3
)


# Event destinations: (name, matching event types, target kind, enabled); their targets are not in moto, so
# a send's events are skipped (and noted), which is as much a delivery as any.
ROLE = "arn:aws:iam::123456789012:role/fuzz-events"
EVENT_TARGETS: dict[str, dict[str, Any]] = {  # kind -> the attribute of EventDestination that holds it
    "sns": {"sns_destination": SnsDestination(TWO_WAY_CHANNEL)},
    "firehose": {
        "kinesis_firehose_destination": KinesisFirehoseDestination(
            ROLE, "arn:aws:firehose:us-east-1:123456789012:deliverystream/fuzz"
        )
    },
    "logs": {
        "cloud_watch_logs_destination": CloudWatchLogsDestination(
            ROLE, "arn:aws:logs:us-east-1:123456789012:log-group:fuzz"
        )
    },
}
EVENT_DESTINATIONS = st.lists(
    st.tuples(
        st.sampled_from(("receipts", "failures")),
        st.lists(st.sampled_from(("ALL", "TEXT_ALL", "TEXT_DELIVERED", "VOICE_ALL")), min_size=1, max_size=2),
        st.sampled_from(sorted(EVENT_TARGETS)),
        st.booleans(),
    ),
    max_size=2,
    unique_by=lambda item: item[0],
)
CONFIGURATION_SETS = st.tuples(
    st.sampled_from(("alerts", "promo")),
    st.none() | st.sampled_from(("ACME", "Brand_1")),  # default sender ID
    st.none() | st.sampled_from(enum_values("MessageType")),  # default message type
    EVENT_DESTINATIONS,
)
VERIFIED = st.tuples(
    st.sampled_from((*OPTED_OUT, "+12065550142")), st.sampled_from(enum_values("VerificationStatus"))
)


@dataclass(frozen=True)
class World:
    """Resources seeded before the requests: what ID-like members can name."""

    numbers: list[dict[str, Any]]
    sender_ids: list[tuple[str, str, list[str], bool]]
    pools: list[tuple[dict[str, Any], list[int]]]
    opted_out: list[tuple[str, str]]  # (list, number); the list is created with it
    rcs_agents: list[dict[str, Any]]  # each launched in the US
    notify_configurations: list[tuple[dict[str, Any], bool]]
    elsewhere: str  # a pool with a number in another account, which ARNs name; shared with us or not
    through_the_api: bool  # a resource policy on the first pool and tags on the first number
    protect_configurations: list[tuple[bool, dict[str, dict[str, str]], dict[str, tuple[str, bool]]]]
    protect_default: int  # which protect configuration is the account default (none if out of range)
    registrations: list[tuple[str, str]]
    # (name, default sender ID, message type, event destinations)
    configuration_sets: list[tuple[str, str | None, str | None, list[tuple[str, list[str], str, bool]]]]
    verified: list[tuple[str, str]]  # verified destination numbers: (number, status)
    sandbox: bool  # the account's tier
    spent: str | None  # a spend limit (its channel) whose month's spend is used up
    without_rcs: bool  # whether one destination cannot receive RCS (its RCS messages fall back)


WORLDS = st.builds(
    World,
    numbers=st.lists(NUMBERS, min_size=1, max_size=4),
    sender_ids=st.lists(SENDER_IDS, min_size=1, max_size=2, unique_by=lambda sender: sender[:2]),
    pools=st.lists(POOLS, min_size=1, max_size=3),
    opted_out=st.lists(
        st.tuples(st.sampled_from(OPT_OUT_LISTS), st.sampled_from(OPTED_OUT)), min_size=1, max_size=2
    ),
    rcs_agents=st.lists(RCS_AGENTS, max_size=2),
    notify_configurations=st.lists(NOTIFY_CONFIGURATIONS, min_size=1, max_size=2),
    elsewhere=st.sampled_from(("nothing", "shared", "not shared")),
    through_the_api=st.booleans(),
    protect_configurations=PROTECT_CONFIGURATIONS,
    protect_default=st.integers(-1, 1),
    registrations=REGISTRATIONS,
    configuration_sets=st.lists(CONFIGURATION_SETS, max_size=2, unique_by=lambda item: item[0]),
    verified=st.lists(VERIFIED, max_size=2, unique_by=lambda item: item[0]),
    sandbox=st.booleans(),
    spent=st.none() | st.sampled_from(tuple(spend.channel_word(name) for name in spend.limit_names())),
    without_rcs=st.booleans(),
)


def _arn(resource: str, region: str = REGION, account: str = ACCOUNT) -> str:
    return f"arn:aws:sms-voice:{region}:{account}:{resource}"


Names = dict[str, list[str]]


def seed(world: World, mock: MockPinpoint, client: Any) -> Names:
    """Store the world; the words that name what now exists, by the output member they would come under.

    Records are seeded straight into the registry; what seeding does not offer goes through ``client``.
    """
    backend: PinpointBackend = mock.backend(REGION, ACCOUNT)
    names: Names = {}

    def add(member: str, *words: str) -> None:
        names.setdefault(member, []).extend(words)

    numbers: list[OriginationIdentity] = []
    for index, attributes in enumerate(world.numbers):
        number = backend.seed_phone_number(phone_number_id=f"phone-{index + 1:032x}", **attributes)
        numbers.append(number)
        add("PhoneNumberId", number.phone_number_id)
        add("PhoneNumberArn", number.phone_number_arn)
        add("PhoneNumber", number.phone_number)
        add("IsoCountryCode", number.iso_country_code)
    senders: list[OriginationIdentity] = []
    for name, country, message_types, protected in world.sender_ids:
        sender = backend.seed_sender_id(
            name, country, message_types=message_types, deletion_protection_enabled=protected
        )
        senders.append(sender)
        add("SenderId", sender.sender_id)
        add("SenderIdArn", sender.sender_id_arn)
        add("IsoCountryCode", country)
    agents: list[OriginationIdentity] = []
    for index, attributes in enumerate(world.rcs_agents):
        agent = backend.seed_rcs_agent(rcs_agent_id=f"rcs-{index + 1:032x}", **attributes)
        backend.seed_rcs_country_launch(agent, "US", {"Carrier": "ACTIVE"})
        agents.append(agent)
        add("RcsAgentId", agent.rcs_agent_id)
        add("RcsAgentArn", agent.rcs_agent_arn)
        add("OriginationIdentity", agent.rcs_agent_id)
    identities = [*numbers, *senders, *agents]
    for index, (attributes, picks) in enumerate(world.pools):
        chosen = [identities[pick] for pick in picks if pick < len(identities)]
        free = [one for one in chosen if getattr(one, "pool_id", None) is None]
        pool = backend.seed_pool(free, pool_id=f"pool-{index + 1:032x}", **attributes)
        add("PoolId", pool.pool_id)
        add("PoolArn", pool.pool_arn)
    for index, (attributes, with_pool) in enumerate(world.notify_configurations):
        configuration = backend.seed_notify_configuration(
            notify_configuration_id=f"notify-{index + 1:032x}",
            pool_id=f"pool-{1:032x}" if with_pool else None,
            **attributes,
        )
        add("NotifyConfigurationId", configuration.notify_configuration_id)
        add("NotifyConfigurationArn", configuration.notify_configuration_arn)
    add("TemplateId", "notify-code-verification-english-001")
    add("TemplateVariables", "code", "123456")
    for (_, member), values in rcs_content.DOCUMENTED_VALUES.items():  # RCS content's closed strings
        add(member, *values)
    if world.without_rcs:
        backend.seed_destination_without_rcs("+12065550142")
    for list_name, opted_out in dict.fromkeys(world.opted_out):
        backend.seed_opted_out_number(list_name, opted_out)
        add("OptedOutNumber", opted_out)
    for index, (protected, rules, overrides) in enumerate(world.protect_configurations):
        protect = backend.seed_protect_configuration(
            protect_configuration_id=f"protect-{index + 1:032x}",
            deletion_protection_enabled=protected,
            country_rules=rules,
            account_default=index == world.protect_default,
        )
        for number, (action, expired) in overrides.items():
            expiry = {"expiration_timestamp": datetime(2020, 1, 1)} if expired else {}
            backend.seed_protect_number_override(protect, number, action, **expiry)
        add("ProtectConfigurationId", protect.protect_configuration_id)
        add("ProtectConfigurationArn", protect.protect_configuration_arn)
    add("DestinationPhoneNumber", *PROTECTED_NUMBERS)
    for name, sender_id, message_type, destinations in world.configuration_sets:
        event_destinations = [
            EventDestination(destination, enabled, types, **EVENT_TARGETS[kind])
            for destination, types, kind, enabled in destinations
        ]
        configuration_set = backend.seed_configuration_set(
            name,
            default_sender_id=sender_id,
            default_message_type=message_type,
            event_destinations=event_destinations,
        )
        add("ConfigurationSetName", name)
        add("EventDestinationName", *(destination[0] for destination in destinations))
        add("ConfigurationSetArn", configuration_set.configuration_set_arn)
    for destination, status in world.verified:
        verified = backend.seed_verified_destination_number(destination, status=status)
        add("VerifiedDestinationNumberId", verified.verified_destination_number_id)
        add("VerifiedDestinationNumberArn", verified.verified_destination_number_arn)
    backend.seed_account(
        tier="SANDBOX" if world.sandbox else "PRODUCTION",
        monthly_spend={world.spent: 10_000} if world.spent else None,
    )
    add("DestinationPhoneNumber", *OPTED_OUT, "+12065550142", "+14165550199", "+80012345678")
    add("OriginationIdentity", *names.get("PhoneNumber", ()), *names.get("SenderId", ()))
    add("Keyword", "HELP", "STOP", "INFO")
    add("MediaUrls", "s3://fuzz-bucket/cat.png", "s3://fuzz-bucket/notes.exe")
    add("IsoCountryCode", "US", "GB", "CA")  # countries where the fake leases numbers
    add("Policy", *POLICIES)
    for list_name in OPT_OUT_LISTS:
        add("OptOutListName", list_name)
        add("OptOutListArn", _arn(f"opt-out-list/{list_name}"))
    if world.elsewhere != "nothing":
        other = mock.backend(REGION, OTHER_ACCOUNT)
        their_number = other.seed_phone_number(phone_number_id=f"phone-{0:032x}")
        their_pool = other.seed_pool([their_number], pool_id=f"pool-{0:032x}")
        if world.elsewhere == "shared":  # the policy PutResourcePolicy in that account would store
            granted = json.dumps({"Statement": {"Effect": "Allow", "Principal": {"AWS": ACCOUNT}}})
            their_number.resource_policy = ResourcePolicy(
                their_number.phone_number_arn, granted, utcnow(), frozenset({ACCOUNT})
            )
            their_pool.resource_policy = ResourcePolicy(
                their_pool.pool_arn, granted, utcnow(), frozenset({ACCOUNT})
            )
        add("PoolArn", their_pool.pool_arn)
        add("PhoneNumberArn", their_number.phone_number_arn)
    seed_registrations(world.registrations, backend, client, add)
    if world.through_the_api:
        client.put_resource_policy(ResourceArn=names["PoolArn"][0], Policy=POLICIES[0])
        tags = [{"Key": "team", "Value": "fuzz"}, {"Key": "cost-center", "Value": ""}]
        client.tag_resource(ResourceArn=names["PhoneNumberArn"][0], Tags=tags)
        add("TagKey", *(tag["Key"] for tag in tags))
    return names


def seed_registrations(
    registrations: list[tuple[str, str]], backend: PinpointBackend, client: Any, add: Any
) -> None:
    """Registrations at each stage of their review, and the words that name their forms and attachments."""
    for index, (registration_type, stage) in enumerate(registrations):
        identity: Any = None
        if registration_type == "US_TOLL_FREE_REGISTRATION":
            identity = backend.seed_phone_number(
                phone_number_id=f"phone-{index + 101:032x}", number_type="TOLL_FREE"
            )
            add("PhoneNumberId", identity.phone_number_id)
        elif registration_type == "GB_SENDER_ID_REGISTRATION":
            identity = backend.seed_sender_id(f"REG{index}", "GB")
            add("SenderId", identity.sender_id)
        registration = backend.seed_registration(
            registration_type,
            registration_id=f"registration-{index + 1:032x}",
            complete=stage != "empty draft",
            associations=[identity] if identity is not None else [],
        )
        add("RegistrationId", registration.registration_id)
        add("RegistrationArn", registration.registration_arn)
        add(
            "ResourceId", registration.registration_id, *([identity.origination_identity] if identity else [])
        )
        for value in registration.current_version.field_values.values():
            if value.registration_attachment_id is not None:
                add("RegistrationAttachmentId", value.registration_attachment_id)
        if stage in ("submitted", "approved", "denied"):
            client.submit_registration_version(RegistrationId=registration.registration_id)
        if stage in ("approved", "denied"):
            backend.review_registration(registration.registration_id, stage.upper())
    attachment = backend.seed_registration_attachment()
    add("RegistrationAttachmentId", attachment.registration_attachment_id)
    add("RegistrationAttachmentArn", attachment.registration_attachment_arn)
    for definition in (REGISTRATION_TYPES[kind] for kind in REGISTRATION_KINDS):
        add("RegistrationType", definition.registration_type)
        add("SectionPath", *(section.section_path for section in definition.sections))
        add("FieldPath", *(field.field_path for field in definition.fields))
        for field in definition.fields:
            if field.select_validation is not None:
                add("SelectChoices", *field.select_validation.options[:3])
            if field.display_hints.example_text_value:
                add("TextValue", field.display_hints.example_text_value)


POLICIES = tuple(
    json.dumps({"Version": "2012-10-17", "Statement": statements})
    for statements in (
        [{"Effect": "Allow", "Principal": {"AWS": OTHER_ACCOUNT}, "Action": "sms-voice:*", "Resource": "*"}],
        {"Effect": "Allow", "Principal": "*", "Action": ["sms-voice:DescribePools"]},
        [{"Effect": "Deny", "Principal": {"AWS": [f"arn:aws:iam::{OTHER_ACCOUNT}:root"]}}],
    )
)
COMMON_WORDS = (
    "true",
    "false",
    "US",
    "GB",
    "ZZ",
    "Default",
    OTHER_ACCOUNT,
    TWO_WAY_CHANNEL,
    "arn:aws:iam::123456789012:role/fuzz-two-way-role",
    f"arn:aws:iam::{OTHER_ACCOUNT}:root",
    "*",
    f"pool-{9:032x}",
    f"phone-{9:032x}",
    _arn(f"pool/pool-{1:032x}", region="eu-west-1"),
    _arn(f"phone-number/phone-{1:032x}", account=OTHER_ACCOUNT),
    _arn("pool/"),
    _arn("sender-id/ACME"),
    _arn("registration/registration-0"),
    _arn(f"protect-configuration/protect-{1:032x}", account=OTHER_ACCOUNT),
    f"protect-{9:032x}",
    f"arn:aws-cn:sms-voice:{REGION}:{ACCOUNT}:pool/pool-{1:032x}",
    "arn:aws:sns:us-east-1:123456789012:pool/pool-1",
    "UNSET_DEFAULT_TEMPLATE",
    "UNSET_DEFAULT_POOL_FOR_NOTIFY",
    "UNSET_RCS_MEDIA_CONFIGURATION",
    "ALL",
    _arn(f"rcs-agent/rcs-{9:032x}"),
    _arn(f"notify-configuration/notify-{1:032x}", account=OTHER_ACCOUNT),
    *model_enum_values(),
)


# -- sending ---------------------------------------------------------------------------------------------


class Sender:
    """One boto3 client (validation off, no retries) and a hook that can swap in a raw JSON body."""

    def __init__(self) -> None:
        config = Config(parameter_validation=False, retries={"total_max_attempts": 1})
        session: Any = boto3.session.Session()
        self.client: Any = session.client(SERVICE_NAME, region_name=REGION, config=config)
        self.client.meta.events.register(f"before-call.{SERVICE_NAME}", self._before_call)
        self.raw: bytes | None = None
        self.body = b""

    def _before_call(self, params: dict[str, Any], **kwargs: Any) -> None:
        if self.raw is not None:
            params["body"] = self.raw
        self.body = params["body"]

    def send(self, operation: str, request: dict[str, Any]) -> tuple[dict[str, Any] | ClientError, bool]:
        """The result or the ClientError, and whether the body was swapped in; anything else propagates."""
        method = getattr(self.client, xform_name(operation))
        raw = not botocore_sends(operation, request)
        self.raw = json.dumps(wire(request)).encode() if raw else None
        try:
            result: dict[str, Any] = method() if raw else method(**request)
        except ClientError as error:
            return error, raw
        finally:
            self.raw = None
        return result, raw


def botocore_sends(operation: str, request: dict[str, Any]) -> bool:
    """Whether botocore's serializer sends ``request`` as drawn (it raises or reshapes some broken values)."""
    try:
        body = SERIALIZER.serialize_to_request(request, operation_model(operation))["body"]
    except Exception:  # a KeyError for an unknown member, a TypeError or ValueError for a wrong type
        return False
    return json.dumps(json.loads(body)) == json.dumps(wire(request))  # types too: 1, 1.0 and true differ


@cache
def _sender() -> Sender:
    return Sender()


@pytest.fixture
def sender(pinpoint_mock: MockPinpoint) -> Sender:
    """One client for the module, made inside the first mock (so it holds moto's fake credentials)."""
    return _sender()


# -- the test --------------------------------------------------------------------------------------------


# Members the model marks optional that a request needs to get past its first check (a send without a body is
# refused before anything else): drawn into every new request, so the fuzz reaches what comes after (a tweak
# may still drop one).
NEEDED = {
    "SendTextMessage": ("MessageBody", "OriginationIdentity"),
    "SendVoiceMessage": ("MessageBody",),
    "SendMediaMessage": ("MediaUrls",),
    "SendRcsMessage": ("RcsMessageContent",),
    "SendNotifyTextMessage": ("TemplateId",),
    "SendNotifyVoiceMessage": ("TemplateId",),
}


@st.composite
def requests(draw: Any, operation: str, names: Names, break_percent: int) -> dict[str, Any]:
    optional_percent = draw(st.sampled_from((25, 10, 60)))  # chance of each optional member
    maker = RequestMaker(draw, names, break_percent, COMMON_WORDS, optional_percent)
    shape = input_shape(operation)
    request = maker.request(shape)
    for name in NEEDED.get(operation, ()):
        if name not in request:
            request[name] = maker.value(shape.members[name], 1, name)
    return request


@st.composite
def tweaks(draw: Any, operation: str, names: Names, request: dict[str, Any]) -> dict[str, Any]:
    """The request with one member drawn afresh or dropped (a replayed ClientToken with other arguments);
    a request of an operation without members stays as it is."""
    shape = input_shape(operation)
    if not shape.members:  # an operation without input (DeleteTextMessageSpendLimitOverride)
        return dict(request)
    name = draw(st.sampled_from(sorted(shape.members)))
    changed = {key: value for key, value in request.items() if key != name}
    return {**changed, **RequestMaker(draw, names, 0, COMMON_WORDS).member(shape, name)}


def harvest(value: Any, member: str = "") -> Iterator[tuple[str, str]]:
    """Every string of a result with the member it came under: IDs, ARNs and tokens to name next."""
    if isinstance(value, str):
        yield member, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "ResponseMetadata":
                yield from harvest(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from harvest(item, member)


def check(operation: str, document: Any, answer: dict[str, Any] | ClientError) -> str:
    """Assert the answer is allowed for the document; its outcome (``ok``, or the error code and reason)."""
    model = operation_model(operation)
    expected = expected_violations(model.input_shape, document)
    if not isinstance(answer, ClientError):
        assert not expected, f"a request breaking the model at {sorted(expected or ())} succeeded"
        return "ok"
    response: dict[str, Any] = dict(answer.response)
    code, reason = response["Error"]["Code"], response.get("Reason")
    assert code in {shape.name for shape in model.error_shapes}, f"{operation} does not declare {code}"
    assert code != "InternalServerException"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    field_failure = (code, reason) == ("ValidationException", "FIELD_VALIDATION_FAILED")
    if expected:
        assert field_failure, f"expected FIELD_VALIDATION_FAILED at {sorted(expected)}, got {code} {reason}"
        assert {field["Name"] for field in response["Fields"]} == expected
    elif expected is not None:
        assert not field_failure, f"a valid request was refused: {response.get('Fields')}"
    return f"{code} {reason}" if reason else code


def _comparable(answer: dict[str, Any] | ClientError) -> dict[str, Any]:
    """An answer without its request ID: what two answers to the same request can share."""
    response = answer.response if isinstance(answer, ClientError) else answer
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


READ_ONLY = ("Describe", "List", "Get")


def check_replay(
    operation: str, request: dict[str, Any], first: dict[str, Any], again: dict[str, Any]
) -> None:
    """The same request twice in a row: a read gives the same answer again, and so does a replayed
    ``ClientToken`` whose first call succeeded (the README's idempotency decision)."""
    members = input_shape(operation).members
    tokens = [name for name, member in members.items() if member.metadata.get("idempotencyToken")]
    replayed = any(isinstance(request.get(name), str) for name in tokens)
    if operation.startswith(READ_ONLY) or (replayed and "Error" not in first):
        assert again == first, f"{operation} answered the same request differently"


def _record(operation: str, outcome: str, raw: bool) -> None:
    FUZZ_OUTCOMES.setdefault(operation, Counter())[outcome] += 1
    FUZZ_RAW_BODIES[operation] += raw


@pytest.mark.parametrize("operation", OPERATIONS)
@FUZZ_SETTINGS
@given(data=st.data())
def test_every_answer_is_a_result_or_a_declared_error(
    operation: str, data: st.DataObject, pinpoint_mock: MockPinpoint, sender: Sender
) -> None:
    BackendDict.reset()  # a fresh state, as a new outermost mock would start from
    names = seed(data.draw(WORLDS, label="world"), pinpoint_mock, sender.client)
    break_percent = data.draw(st.sampled_from(BREAK_PERCENTS), label="percent of values broken")
    request = data.draw(requests(operation, names, break_percent), label="request")
    previous: tuple[str, dict[str, Any], dict[str, Any]] | None = None  # the last call and its answer
    for call in range(1, 4):
        answer, raw = sender.send(operation, request)
        note(f"call {call}: {operation} sent {'a raw body: ' if raw else ''}{sender.body.decode()}")
        document = json.loads(sender.body)
        _record(operation, check(operation, document, answer), raw)
        outcome = _comparable(answer)
        if previous is not None and previous[:2] == (operation, request):
            check_replay(operation, request, previous[2], outcome)
        previous = (operation, request, outcome)
        if isinstance(document.get("ClientToken"), str):
            names.setdefault("ClientToken", []).append(document["ClientToken"])
        if not isinstance(answer, ClientError):
            for member, word in harvest(answer):
                names.setdefault(member, []).append(word)
        then = data.draw(st.sampled_from(FOLLOW_UPS), label=f"after call {call}")
        if then == "stop":
            break
        if then == "tweak":
            request = data.draw(tweaks(operation, names, request), label="tweaked request")
        elif then in ("fresh", "another operation"):
            if then == "another operation":
                operation = data.draw(st.sampled_from(OPERATIONS), label="next operation")
            request = data.draw(requests(operation, names, break_percent), label="next request")


@settings(FUZZ_SETTINGS, max_examples=5 * EXAMPLES)  # cheap: no backend, no client
@given(data=st.data())
def test_every_operation_of_the_model_is_validated_as_the_oracle_reads_it(data: st.DataObject) -> None:
    """The same strategies against the fake's validator alone, for all operations of the model (implemented
    or not): it must flag exactly the member paths the oracle finds, and what is drawn valid goes out
    through botocore's serializer unchanged (so the fuzzer's traffic stays boto3's as operations grow)."""
    operation = data.draw(st.sampled_from(sorted(service_model().operation_names)), label="operation")
    break_percent = data.draw(st.sampled_from(BREAK_PERCENTS), label="percent of values broken")
    request = data.draw(requests(operation, {}, break_percent), label="request")
    document = wire(request)
    expected = expected_violations(input_shape(operation), document)
    found = {field.name for field in violations(input_shape(operation), document)}
    if expected is not None:
        assert found == expected
    if break_percent == 0:
        assert not expected  # None: a blob goes as base64 text, which the oracle leaves open
        assert botocore_sends(operation, request)
