"""Server-side validation of a request against its input shape in the model.

botocore validates only some constraints on the client side (and none with ``parameter_validation=False``),
so the fake checks every one the model states: required members, JSON types, min/max lengths and values,
patterns and enums, and unknown members. One walker dispatches on the shape type, collects every violation
with the member path (``Filters[0].Values[2]``) and the caller raises once.

Assumption (documented in the README): Smithy patterns are matched against the whole value (``re.fullmatch``).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import ValidationException, ValidationExceptionField

if TYPE_CHECKING:
    from botocore.model import Shape

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "long": (int,),
    "boolean": (bool,),
    "float": (int, float),
    "double": (int, float),
    "timestamp": (int, float, str),
    "blob": (str,),
    "list": (list,),
    "map": (dict,),
    "structure": (dict,),
}


_SHOWN = 200  # characters of a value quoted in a message


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _has_type(value: object, type_name: str) -> bool:
    """JSON's view of the model's types (a JSON boolean is no number)."""
    return isinstance(value, _JSON_TYPES[type_name]) and (
        type_name == "boolean" or not isinstance(value, bool)
    )


def read_timestamp(value: str | float) -> datetime:
    """A timestamp as the fake reads it, as a naive UTC datetime (moto's clock gives them so): epoch seconds
    (what botocore sends), or a text of epoch seconds or an ISO 8601 date-time (UTC unless it says otherwise).
    ValueError when it is none, or out of range."""
    try:
        moment = datetime.fromtimestamp(float(value), timezone.utc)
    except (ValueError, OverflowError, OSError):  # not a number, or out of range
        if not isinstance(value, str):
            raise ValueError(f"timestamp out of range: {value!r}") from None
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _show(value: Any) -> str:
    """A value as Coral quotes it in a message, cut short when long."""
    if value is None:
        return "null"
    text = str(value)
    return f"'{text}'" if len(text) <= _SHOWN else f"'{text[:_SHOWN]}...'"


class _Walker:
    __slots__ = ("found",)

    def __init__(self) -> None:
        self.found: list[tuple[str, Any, str]] = []

    def fail(self, path: str, value: Any, constraint: str) -> None:
        self.found.append((path, value, constraint))

    def walk(self, shape: Shape, value: Any, path: str) -> None:
        type_name = shape.type_name
        if not _has_type(value, type_name):
            self.fail(path, value, f"Member must be of type {type_name}")
            return
        meta = shape.metadata
        if type_name == "structure":
            self.structure(shape, value, path)
        elif type_name == "list":
            self.bounds(path, value, len(value), meta, "length")
            for index, item in enumerate(value):
                self.walk(shape.member, item, f"{path}[{index}]")  # type: ignore[attr-defined]
        elif type_name == "map":
            self.bounds(path, value, len(value), meta, "length")
            for key, item in value.items():
                self.walk(shape.key, key, f"{path}.{key}")  # type: ignore[attr-defined]
                self.walk(shape.value, item, f"{path}.{key}")  # type: ignore[attr-defined]
        elif type_name == "string":
            self.string(shape, value, path)
        elif type_name in ("integer", "long", "float", "double"):
            self.bounds(path, value, value, meta, "value")
        elif type_name == "timestamp":
            try:
                read_timestamp(value)
            except ValueError:
                self.fail(path, value, "Member must be a timestamp")

    def structure(self, shape: Shape, value: dict[str, Any], path: str) -> None:
        members = shape.members  # type: ignore[attr-defined]
        prefix = f"{path}." if path else ""
        for name in shape.required_members:
            if value.get(name) is None:
                self.fail(prefix + name, None, "Member must not be null")
        for name, item in value.items():
            member = members.get(name)
            if item is None and member is not None:
                continue  # a null member is an absent one (Smithy's servers drop them)
            if member is None:
                self.fail(prefix + name, item, f"Member is not a known member of {shape.name}")
            else:
                self.walk(member, item, prefix + name)

    def string(self, shape: Shape, value: str, path: str) -> None:
        enum = shape.enum  # type: ignore[attr-defined]
        if enum and value not in enum:
            self.fail(path, value, f"Member must satisfy enum value set: [{', '.join(enum)}]")
            return
        meta = shape.metadata
        self.bounds(path, value, len(value), meta, "length")
        pattern = meta.get("pattern")
        if pattern is not None and _pattern(pattern).fullmatch(value) is None:
            self.fail(path, value, f"Member must satisfy regular expression pattern: {pattern}")

    def bounds(self, path: str, value: Any, measure: int, meta: dict[str, Any], what: str) -> None:
        low, high = meta.get("min"), meta.get("max")
        if low is not None and measure < low:
            self.fail(path, value, f"Member must have {what} greater than or equal to {low}")
        if high is not None and measure > high:
            self.fail(path, value, f"Member must have {what} less than or equal to {high}")


def _walk(shape: Shape, value: Any) -> list[tuple[str, Any, str]]:
    walker = _Walker()
    walker.walk(shape, value, "")
    return walker.found


def violations(shape: Shape, value: Any) -> list[ValidationExceptionField]:
    """Every way ``value`` breaks ``shape``, as (member path, constraint) fields."""
    return [ValidationExceptionField(path, constraint) for path, _, constraint in _walk(shape, value)]


def validate(shape: Shape, value: Any) -> None:
    """Raise one ValidationException (FIELD_VALIDATION_FAILED) listing every violation, if there is any."""
    found = _walk(shape, value)
    if not found:
        return
    count = len(found)
    details = "; ".join(
        f"Value {_show(value)} at '{path}' failed to satisfy constraint: {constraint}"
        for path, value, constraint in found
    )
    raise ValidationException(
        f"{count} validation error{'s' if count > 1 else ''} detected: {details}",
        "FIELD_VALIDATION_FAILED",
        tuple(ValidationExceptionField(path, constraint) for path, _, constraint in found),
    )
