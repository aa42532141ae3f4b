"""Describe*/List* filters, interpreted through the model.

A filter name (``two-way-enabled``) names a member of the listed item's shape (``TwoWayEnabled`` of
``PoolInformation``), and that member's shape says how to read the values: a boolean member takes ``true`` or
``false``, an enum member takes one of the enum's values, any other string is compared exactly. Values OR
within a filter, filters AND together (the convention of AWS' Describe* APIs). A value that can never apply
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

    from .records import PoolFilter

Predicate = Callable[[Any], bool]

_BOOLEANS = {"true": True, "false": False}


@cache
def _member(item_shape: str, filter_name: str) -> tuple[str, Shape]:
    member = "".join(part.capitalize() for part in filter_name.split("-"))
    member_shape: Shape = shape(item_shape).members[member]  # type: ignore[attr-defined]
    return xform_name(member), member_shape


def _accepted(member_shape: Shape, value: str) -> object:
    """The Python value ``value`` stands for, or raise KeyError when it cannot apply to the member."""
    if member_shape.type_name == "boolean":
        return _BOOLEANS[value]
    enum = getattr(member_shape, "enum", None)
    if enum and value not in enum:
        raise KeyError(value)
    return value


def predicate(filters: Sequence[PoolFilter] | None, item_shape: str) -> Predicate:
    """One predicate for all ``filters`` over records listed as ``item_shape``."""
    if not filters:
        return lambda item: True
    tests: list[tuple[str, frozenset[object]]] = []
    for index, item_filter in enumerate(filters):
        attribute, member_shape = _member(item_shape, item_filter.name)
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
        tests.append((attribute, frozenset(wanted)))

    def matches(item: Any) -> bool:
        return all(getattr(item, attribute) in wanted for attribute, wanted in tests)

    return matches
