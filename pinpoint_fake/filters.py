"""Describe*/List* filters, read through the model and one table.

A filter name of an operation resolves to a rule: the path of members from the listed item's shape to the
values compared, and how they compare. ``IRREGULAR`` gives the rule for the names that do not say their
member (``default-pool`` compares ``PoolId``, ``event-destination-name`` the names of a configuration set's
event destinations, ``expires-before`` an expiry); every other name names its member: ``two-way-enabled`` is
``TwoWayEnabled``, or the plural of a list member (``number-capability`` is ``NumberCapabilities``). A list
anywhere on the path matches when any of its items does.

The compared member's shape says how to read a value: a boolean takes ``true`` or ``false``, an enum one of
its values, a timestamp an ISO 8601 date-time or epoch seconds, a phone number is read in E.164 with or
without its ``+`` (the records keep the ``+``), any other string is compared exactly (or as a prefix, for
``*-begins-with``). Values OR within a filter, filters AND together (the convention of AWS's
Describe* APIs). A value that can never apply is a ValidationException with reason INVALID_FILTER_VALUES.
A test resolves every filter name of every operation of the model through this module; a name a newer model
adds that no rule resolves is left out (the protocol warns of a name it does not know).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

from botocore import xform_name

from .errors import ValidationException, ValidationExceptionField
from .phone_ranges import e164
from .service_model import shape
from .validation import read_timestamp

if TYPE_CHECKING:
    from botocore.model import Shape

Predicate = Callable[[Any], bool]
Comparison = Literal["equals", "begins-with", "before", "after"]

# (item shape, filter name) -> (member path from the item to the compared value, how it compares): the
# names no naming rule covers.
IRREGULAR: dict[tuple[str, str], tuple[tuple[str, ...], Comparison]] = {
    ("ConfigurationSetInformation", "event-destination-name"): (
        ("EventDestinations", "EventDestinationName"),
        "equals",
    ),
    ("ConfigurationSetInformation", "matching-event-types"): (
        ("EventDestinations", "MatchingEventTypes"),
        "equals",
    ),
    ("NotifyConfigurationInformation", "default-template"): (("DefaultTemplateId",), "equals"),
    ("NotifyConfigurationInformation", "default-pool"): (("PoolId",), "equals"),
    ("CountryLaunchStatusInformation", "country-launch-status"): (("Status",), "equals"),
    ("RegistrationTypeDefinition", "supported-association-resource-type"): (
        ("SupportedAssociations", "ResourceType"),
        "equals",
    ),
    ("RegistrationTypeDefinition", "supported-association-iso-country-code"): (
        ("SupportedAssociations", "IsoCountryCode"),
        "equals",
    ),
    ("ProtectConfigurationRuleSetNumberOverride", "destination-phone-number-begins-with"): (
        ("DestinationPhoneNumber",),
        "begins-with",
    ),
    ("ProtectConfigurationRuleSetNumberOverride", "expires-before"): (("ExpirationTimestamp",), "before"),
    ("ProtectConfigurationRuleSetNumberOverride", "expires-after"): (("ExpirationTimestamp",), "after"),
    ("ProtectConfigurationRuleSetNumberOverride", "created-before"): (("CreatedTimestamp",), "before"),
    ("ProtectConfigurationRuleSetNumberOverride", "created-after"): (("CreatedTimestamp",), "after"),
}

_BOOLEANS = {"true": True, "false": False}


class Filter(Protocol):
    """A filter of a request (``records.Filter``)."""

    @property
    def name(self) -> str: ...

    @property
    def values(self) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Rule:
    """How one filter name applies to the items of one shape."""

    attributes: tuple[str, ...]  # snake_case attributes from the item to the compared values
    value_shape: Shape  # the model shape of one compared value
    comparison: Comparison


def _named_member(structure: Shape, filter_name: str) -> str:
    """The member a regular filter name names: itself in CamelCase, or its plural for a list member."""
    singular = "".join(part.capitalize() for part in filter_name.split("-"))
    plural = singular[:-1] + "ies" if singular.endswith("y") else singular + "s"
    members = structure.members  # type: ignore[attr-defined]
    return singular if singular in members else plural


@cache
def rule(item_shape: str, filter_name: str) -> Rule:
    """The rule of ``filter_name`` for items of ``item_shape``; KeyError when the model has no such path."""
    path, comparison = IRREGULAR.get((item_shape, filter_name), ((), "equals"))
    current = shape(item_shape)
    if not path:
        path = (_named_member(current, filter_name),)
    for member in path:
        current = current.members[member]  # type: ignore[attr-defined]
        while current.type_name == "list":
            current = current.member
    return Rule(tuple(xform_name(member) for member in path), current, comparison)


def _accepted(value_shape: Shape, value: str) -> object:
    """The Python value ``value`` stands for, or raise ValueError when it cannot apply to the member."""
    type_name = value_shape.type_name
    if type_name == "boolean":
        if value not in _BOOLEANS:
            raise ValueError(value)
        return _BOOLEANS[value]
    if type_name == "timestamp":
        return read_timestamp(value)
    enum = getattr(value_shape, "enum", None)
    if enum and value not in enum:
        raise ValueError(value)
    if value_shape.name == "PhoneNumber":  # kept in E.164 with its "+", which a caller may leave out
        return e164(value)
    return value


def _values(item: Any, attributes: tuple[str, ...]) -> Iterator[Any]:
    """Every value at the end of the path; a list on the way yields each of its items' values."""
    value = getattr(item, attributes[0], None)
    if value is None:
        return
    items = value if isinstance(value, list) else (value,)
    for each in items:
        if len(attributes) == 1:
            yield each
        else:
            yield from _values(each, attributes[1:])


def _test(rule: Rule, wanted: frozenset[Any]) -> Predicate:
    attributes = rule.attributes
    if rule.comparison == "equals":
        if len(attributes) == 1:
            attribute = attributes[0]
            # The common case (a scalar member, or a list of scalars), kept cheap: it runs per listed record.
            return lambda item: (
                not wanted.isdisjoint(value)
                if isinstance(value := getattr(item, attribute, None), list)
                else value in wanted
            )
        return lambda item: any(value in wanted for value in _values(item, attributes))
    if rule.comparison == "begins-with":
        prefixes = tuple(wanted)
        return lambda item: any(str(value).startswith(prefixes) for value in _values(item, attributes))
    if rule.comparison == "before":
        latest = max(wanted)
        return lambda item: any(value < latest for value in _values(item, attributes))
    earliest = min(wanted)
    return lambda item: any(value > earliest for value in _values(item, attributes))


def predicate(filters: Sequence[Filter] | None, item_shape: str) -> Predicate:
    """One predicate for all ``filters`` over records listed as ``item_shape``."""
    if not filters:
        return lambda item: True
    tests: list[Predicate] = []
    for index, item_filter in enumerate(filters):
        try:
            filter_rule = rule(item_shape, item_filter.name)
        except KeyError:  # a name a newer model adds, for a path no rule covers: the protocol warned of it
            continue
        wanted: set[object] = set()
        for position, value in enumerate(item_filter.values):
            try:
                wanted.add(_accepted(filter_rule.value_shape, value))
            except ValueError:
                path = f"Filters[{index}].Values[{position}]"
                raise ValidationException(
                    f"The value '{value}' is not valid for the filter '{item_filter.name}'.",
                    "INVALID_FILTER_VALUES",
                    (ValidationExceptionField(path, f"Invalid value for filter {item_filter.name}"),),
                ) from None
        tests.append(_test(filter_rule, frozenset(wanted)))
    if len(tests) <= 1:
        return tests[0] if tests else lambda item: True
    return lambda item: all(test(item) for test in tests)
