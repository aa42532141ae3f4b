"""The fake's domain records: dataclasses only, one module per family of resources.

Attribute names are the model's member names in snake_case (``PoolArn`` -> ``pool_arn``): the protocol layer
reads and writes records through the model's shapes by that rule alone, so a record never builds a wire dict.
Every resource record says what it is: its ``resource_type`` (a value of the model's ``ResourceType`` enum),
its ``resource_id`` (what an error about it names) and its ``key`` (what its backend stores it under, the ID
part of its ARN).
"""

from __future__ import annotations

from typing import Union

from .identities import MessagingLimits, PhoneNumber, SenderId, sender_id_key
from .inputs import Filter, InputRecords, NumberPreferenceItem, SenderIdAndCountry, Tag
from .opt_outs import DEFAULT_OPT_OUT_LIST, OptedOutNumber, OptOutList
from .policies import ResourcePolicy
from .pools import Association, Pool
from .result import Result

OriginationIdentity = Union[PhoneNumber, SenderId]  # noqa: UP007 (a runtime alias on Python 3.10)
Resource = Union[Pool, PhoneNumber, SenderId, OptOutList]  # noqa: UP007

__all__ = [
    "DEFAULT_OPT_OUT_LIST",
    "Association",
    "Filter",
    "InputRecords",
    "MessagingLimits",
    "NumberPreferenceItem",
    "OptOutList",
    "OptedOutNumber",
    "OriginationIdentity",
    "PhoneNumber",
    "Pool",
    "Resource",
    "ResourcePolicy",
    "Result",
    "SenderId",
    "SenderIdAndCountry",
    "Tag",
    "sender_id_key",
]
