"""Records that request structures read into, and the table that maps every input structure to one.

The table (``InputRecords``) names the records the domain reads by type (``Tag``, ``SenderIdAndCountry``,
``protection.CountryRule``). Every filter structure of the model (``PoolFilter``,
``ProtectConfigurationRuleSetNumberOverrideFilterItem``, ...: exactly the members ``Name`` and ``Values``)
reads into ``Filter``, whatever it is called. Any other structure, such as one a newer botocore adds, reads
into a record generated from its shape, so no input structure of any model is ever unreadable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, make_dataclass
from functools import cache

from botocore import xform_name

from ..service_model import shape


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
    members = tuple(xform_name(member) for member in shape(name).members)  # type: ignore[attr-defined]
    if frozenset(members) == _FILTER_MEMBERS:
        return Filter
    return make_dataclass(name, [(member, object, None) for member in members], frozen=True, slots=True)
