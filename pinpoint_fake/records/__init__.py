"""The fake's domain records: dataclasses only, one module per family of resources.

Attribute names are the model's member names in snake_case (``PoolArn`` -> ``pool_arn``): the protocol layer
reads and writes records through the model's shapes by that rule alone, so a record never builds a wire dict.
Every resource record says what it is: its ``resource_type`` (a value of the model's ``ResourceType`` enum),
its ``resource_id`` (what an error about it names) and its ``key`` (what its backend stores it under, the ID
part of its ARN).
"""

from __future__ import annotations

from typing import Union

from .account import Account, AccountAttribute, AccountLimit, SpendLimit
from .configuration_sets import (
    CloudWatchLogsDestination,
    ConfigurationSet,
    EventDestination,
    EventDestinationAnswer,
    KinesisFirehoseDestination,
    SnsDestination,
)
from .identities import MessagingLimits, PhoneNumber, SenderId, sender_id_key
from .inputs import Filter, InputRecords, NumberPreferenceItem, SenderIdAndCountry, Tag
from .keywords import Keyword
from .messages import (
    Destination,
    EventDelivery,
    MessageEvent,
    MessageFeedback,
    RcsFallback,
    ReceivedMessage,
    Route,
    SentMessage,
)
from .notify import NotifyConfiguration, NotifyCountry, NotifyTemplate, TemplateVariable
from .opt_outs import DEFAULT_OPT_OUT_LIST, OptedOutNumber, OptOutList
from .policies import ResourcePolicy
from .pools import Association, Pool
from .protection import (
    ALLOW,
    CountryRule,
    NumberOverride,
    NumberOverrideAnswer,
    ProtectConfiguration,
    ProtectVerdict,
)
from .rcs_agents import CarrierStatus, CountryLaunch, RcsAgent, TestingAgent
from .registrations import (
    DeniedReason,
    FieldValue,
    Registration,
    RegistrationAssociation,
    RegistrationAttachment,
    RegistrationVersion,
    StatusHistory,
)
from .result import Result
from .verified_numbers import VerifiedDestinationNumber

OriginationIdentity = Union[PhoneNumber, SenderId, RcsAgent]  # noqa: UP007 (a runtime alias on Python 3.10)
Shareable = Union[Pool, PhoneNumber, SenderId, OptOutList, RcsAgent]  # noqa: UP007 (those with a policy)
Resource = Union[  # noqa: UP007
    Pool,
    PhoneNumber,
    SenderId,
    OptOutList,
    ProtectConfiguration,
    RcsAgent,
    NotifyConfiguration,
    Registration,
    RegistrationAttachment,
    ConfigurationSet,
    VerifiedDestinationNumber,
]

__all__ = [
    "ALLOW",
    "DEFAULT_OPT_OUT_LIST",
    "Account",
    "AccountAttribute",
    "AccountLimit",
    "Association",
    "CarrierStatus",
    "CloudWatchLogsDestination",
    "ConfigurationSet",
    "CountryLaunch",
    "CountryRule",
    "DeniedReason",
    "Destination",
    "EventDelivery",
    "EventDestination",
    "EventDestinationAnswer",
    "FieldValue",
    "Filter",
    "InputRecords",
    "Keyword",
    "KinesisFirehoseDestination",
    "MessageEvent",
    "MessageFeedback",
    "MessagingLimits",
    "NotifyConfiguration",
    "NotifyCountry",
    "NotifyTemplate",
    "NumberOverride",
    "NumberOverrideAnswer",
    "NumberPreferenceItem",
    "OptOutList",
    "OptedOutNumber",
    "OriginationIdentity",
    "PhoneNumber",
    "Pool",
    "ProtectConfiguration",
    "ProtectVerdict",
    "RcsAgent",
    "RcsFallback",
    "ReceivedMessage",
    "Registration",
    "RegistrationAssociation",
    "RegistrationAttachment",
    "RegistrationVersion",
    "Resource",
    "ResourcePolicy",
    "Result",
    "Route",
    "SenderId",
    "SenderIdAndCountry",
    "SentMessage",
    "Shareable",
    "SnsDestination",
    "SpendLimit",
    "StatusHistory",
    "Tag",
    "TemplateVariable",
    "TestingAgent",
    "VerifiedDestinationNumber",
    "sender_id_key",
]
