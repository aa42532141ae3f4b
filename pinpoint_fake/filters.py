"""Describe*/List* filters, interpreted through the model.

A filter name (``two-way-enabled``) names a member of the listed item's shape (``TwoWayEnabled`` of
``PoolInformation``), or its plural when the member is a list (``number-capability`` names
``NumberCapabilities``, which matches when any of its items does). The member's shape says how to read the
values: a boolean member takes ``true`` or ``false``, an enum member takes one of the enum's values, any other
string is compared exactly. Values OR within a filter, filters AND together (the convention of AWS'
Describe* APIs). A value that can never apply
is a ValidationException with reason INVALID_FILTER_VALUES.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from botocore import xform_name

from .errors import ValidationException, ValidationExceptionField
from .service_model import shape

if TYPE_CHECKING:
    from botocore.model import Shape

    from .records import Filter

Predicate = Callable[[Any], bool]

_BOOLEANS = {"true": True, "false": False}


@cache
def _member(item_shape: str, filter_name: str) -> tuple[str, Shape, bool]:
    """(attribute, shape of one value, whether the member is a list) for a filter name."""
    singular = "".join(part.capitalize() for part in filter_name.split("-"))
    plural = singular[:-1] + "ies" if singular.endswith("y") else singular + "s"
    members = shape(item_shape).members  # type: ignore[attr-defined]
    member = singular if singular in members else plural
    member_shape: Shape = members[member]
    if member_shape.type_name == "list":
        return xform_name(member), member_shape.member, True  # type: ignore[attr-defined]
    return xform_name(member), member_shape, False


def _accepted(member_shape: Shape, value: str) -> object:
    """The Python value ``value`` stands for, or raise KeyError when it cannot apply to the member."""
    if member_shape.type_name == "boolean":
        return _BOOLEANS[value]
    enum = getattr(member_shape, "enum", None)
    if enum and value not in enum:
        raise KeyError(value)
    return value


def predicate(filters: Sequence[Filter] | None, item_shape: str) -> Predicate:
    """One predicate for all ``filters`` over records listed as ``item_shape``."""
    if not filters:
        return lambda item: True
    tests: list[tuple[str, frozenset[object], bool]] = []
    for index, item_filter in enumerate(filters):
        attribute, member_shape, is_list = _member(item_shape, item_filter.name)
        wanted: set[object] = set()
        for position, value in enumerate(item_filter.values):
            try:
                wanted.add(_accepted(member_shape, value))
            except KeyError:
                path = f"Filters[{index}].Values[{position}]"
                raise ValidationException(
                    f"The value '{value}' is not valid for the filter '{item_filter.name}'.",
                    "INVALID_FILTER_VALUES",
                    (ValidationExceptionField(path, f"Invalid value for filter {item_filter.name}"),),
                ) from None
        tests.append((attribute, frozenset(wanted), is_list))

    def matches(item: Any) -> bool:
        return all(
            not wanted.isdisjoint(getattr(item, attribute)) if is_list else getattr(item, attribute) in wanted
            for attribute, wanted, is_list in tests
        )

    return matches
