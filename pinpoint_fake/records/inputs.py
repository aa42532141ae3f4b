"""Records that request structures read into, and the table that maps every input structure to one.

The table (``InputRecords``) names the records the domain reads by type (``Tag``, ``SenderIdAndCountry``,
``protection.CountryRule``, ``NumberPreferenceItem``). Every filter structure of the model (``PoolFilter``,
``ProtectConfigurationRuleSetNumberOverrideFilterItem``, ...: exactly the members ``Name`` and ``Values``)
reads into ``Filter``, whatever it is called. Any other structure, such as one a newer botocore adds, reads
into a record generated from its shape, so no input structure of any model is ever unreadable.

A record's fields are the members the fake knows: a typed record's own, and for a generated one the members
the structure had in the model the fake was written against (``service_model.known_members``). The protocol
leaves out, with a warning, any member a newer model adds that the record has no field for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, make_dataclass
from functools import cache

from botocore import xform_name

from ..service_model import known_members, shape


@dataclass(frozen=True, slots=True)
class Tag:
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class Filter:
    """Every filter structure of the model (``Name``, ``Values``) reads into this record."""

    name: str
    values: list[str]


@dataclass(frozen=True, slots=True)
class SenderIdAndCountry:
    sender_id: str
    iso_country_code: str


@dataclass(frozen=True, slots=True)
class NumberPreferenceItem:
    """A phone number preference (botocore >= 1.44): one match type and the digit patterns it applies."""

    preference_type: list[str]
    filter: list[str]


_FILTER_MEMBERS = frozenset(field.name for field in fields(Filter))


class InputRecords(dict[str, type]):
    """Input structure name -> the record it reads into: ``records`` first, then the rules above."""

    def __init__(self, records: Mapping[str, type]) -> None:
        super().__init__(records)

    def __missing__(self, name: str) -> type:
        record = _record_for(name)
        self[name] = record
        return record


@cache
def _record_for(name: str) -> type:
    known = known_members(name)
    names = known if known is not None else tuple(shape(name).members)  # type: ignore[attr-defined]
    members = tuple(xform_name(member) for member in names)
    if frozenset(members) == _FILTER_MEMBERS:
        return Filter
    return make_dataclass(name, [(member, object, None) for member in members], frozen=True, slots=True)
