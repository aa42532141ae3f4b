"""How the reserved JSON API (``admin.py``) reads a request's body into the arguments of a backend method.

A body is a JSON object of members in the model's style (``PoolId``, ``CreatedTimestamp``). A route reads
two kinds of member:

- **attributes**: the members of the output shape its record is written as (``PoolInformation`` for a pool),
  and ``Tags`` where the record has tags. Each is checked against its shape in the running model (types,
  enums, patterns, lengths), then read as the model reads it: a timestamp from epoch seconds or ISO 8601 text,
  a structure into the record the method's record declares for it (``TestingAgent`` for an RCS agent's
  ``TestingAgent``, found from the record's type hints), lists and maps item by item. It is passed as the
  member's snake_case name, as ``seed_*(**attributes)`` takes it.
- **arguments**: the members a route names itself, each with a ``Reader``: a model shape to check it
  against (``model("PhoneNumber")``), a plain JSON type (``text``, ``flag``, ``texts_by_name``, ...), or a
  reference to a record of the backend by ID or ARN (``reference("rcs-agent")``), found through the
  service's own Describe* operation, so an unknown one is its ``ResourceNotFoundException``.

A member whose value is null is left out, as the service's own servers leave it out. Whatever is wrong with
the members (unknown, missing, of the wrong type, breaking the model) is gathered into one
``ValidationException`` with a ``Fields`` entry per problem, which comes before any lookup's refusal;
nothing is called until every member is read.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from functools import cache
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

from botocore import xform_name

from .. import arns
from ..errors import ServiceError, ValidationException, ValidationExceptionField
from ..service_model import shape
from ..validation import read_timestamp, violations

if TYPE_CHECKING:
    from botocore.model import Shape

    from ..backend import PinpointBackend

Reader = Callable[["PinpointBackend", Any], Any]
"""Reads one member's JSON value into an argument: raises ``Invalid``, or a lookup's own ServiceError."""

SENDER_ID = "sender-id"
_REQUIRED = "Member is required"
# resource type -> (prefix of its IDs, its Describe* method, the method's IDs parameter, its result's list)
_LOOKUPS: dict[str, tuple[str, str, str, str]] = {
    "phone-number": ("phone-", "describe_phone_numbers", "phone_number_ids", "phone_numbers"),
    "rcs-agent": ("rcs-", "describe_rcs_agents", "rcs_agent_ids", "rcs_agents"),
    "registration": ("registration-", "describe_registrations", "registration_ids", "registrations"),
    "protect-configuration": (
        "protect-",
        "describe_protect_configurations",
        "protect_configuration_ids",
        "protect_configurations",
    ),
}


class Invalid(Exception):
    """What is wrong with one member: (path below the member, what is wrong) pairs."""

    def __init__(self, *problems: tuple[str, str]) -> None:
        super().__init__(problems)
        self.problems = problems


def read_arguments(
    document: Mapping[str, Any],
    *,
    backend: PinpointBackend,
    arguments: Mapping[str, tuple[str, Reader]],
    attributes: Mapping[str, Shape],
    record: type | None,
    required: tuple[str, ...],
) -> dict[str, Any]:
    """The keyword arguments ``document`` gives: ``arguments`` maps a member to (parameter, reader),
    ``attributes`` a member to its shape (read into ``record``'s field of its snake_case name)."""
    hints = _hints(record) if record is not None else {}
    problems: list[ValidationExceptionField] = [
        ValidationExceptionField(name, "Member is required")
        for name in required
        if document.get(name) is None
    ]
    read_ones: dict[str, Any] = {}
    not_found: ServiceError | None = None  # a lookup's refusal: answered if no member is invalid
    for name, value in document.items():
        if value is None:
            continue
        try:
            if name in arguments:
                parameter, reader = arguments[name]
                read_ones[parameter] = reader(backend, value)
            elif name in attributes:
                attribute = xform_name(name)
                read_ones[attribute] = checked(attributes[name], value, hints.get(attribute))
            else:
                members = ", ".join([*arguments, *attributes]) or "none"
                raise Invalid(("", f"Member is not a member of this route (its members: {members})"))
        except Invalid as invalid:
            problems += [
                ValidationExceptionField(_path(name, below), text) for below, text in invalid.problems
            ]
        except ServiceError as error:
            not_found = not_found or error
    if problems:
        missing = all(problem.message == _REQUIRED for problem in problems)
        count = len(problems)
        detail = "; ".join(f"{problem.name}: {problem.message}" for problem in problems)
        raise ValidationException(
            f"{count} validation error{'s' if count > 1 else ''} detected: {detail}",
            "MISSING_PARAMETER" if missing else "FIELD_VALIDATION_FAILED",
            tuple(problems),
        )
    if not_found is not None:
        raise not_found
    return read_ones


def _path(name: str, below: str) -> str:
    if not below:
        return name
    return f"{name}{below}" if below.startswith(("[", ".")) else f"{name}.{below}"


def checked(member: Shape, value: Any, hint: Any = None) -> Any:
    """``value`` checked against ``member``'s shape, then read as the model reads it (``hint``: the type of
    the record's field it goes into, which names the record a structure becomes)."""
    found = violations(member, value)
    if found:
        raise Invalid(*((problem.name, problem.message) for problem in found))
    return _decode(member, value, hint)


def _decode(member: Shape, value: Any, hint: Any) -> Any:
    type_name = member.type_name
    if type_name == "timestamp":
        return read_timestamp(value)
    if type_name == "list":
        item = _argument(hint, 0)
        return [_decode(member.member, entry, item) for entry in value]  # type: ignore[attr-defined]
    if type_name == "map":
        entry_hint = _argument(hint, 1)
        return {key: _decode(member.value, entry, entry_hint) for key, entry in value.items()}  # type: ignore[attr-defined]
    if type_name == "structure":
        return _structure(member, value, _record_of(hint, member.name))
    return value


def _structure(member: Shape, value: dict[str, Any], record: type) -> Any:
    """A structure's members into ``record``'s fields of their snake_case names (a member the record has no
    field for, which a newer model may add, is refused rather than dropped)."""
    hints = _hints(record)
    members = member.members  # type: ignore[attr-defined]
    attributes = {
        xform_name(name): _decode(members[name], entry, hints.get(xform_name(name)))
        for name, entry in value.items()
        if entry is not None
    }
    try:
        return record(**attributes)
    except TypeError as error:
        raise Invalid(("", f"{member.name} cannot be read into a {record.__name__}: {error}")) from None


@cache
def _hints(record: type) -> dict[str, Any]:
    """A record's fields and their types (resolved: records name their types as text)."""
    names = {field.name for field in fields(record)}
    return {name: hint for name, hint in get_type_hints(record).items() if name in names}


def _optional_removed(hint: Any) -> Any:
    if get_origin(hint) in (Union, UnionType):
        kept = [argument for argument in get_args(hint) if argument is not NoneType]
        return kept[0] if len(kept) == 1 else None
    return hint


def _argument(hint: Any, index: int) -> Any:
    """The item type of a list hint (``index`` 0) or the value type of a dict hint (1); None if unknown."""
    arguments = get_args(_optional_removed(hint))
    return arguments[index] if len(arguments) > index else None


def _record_of(hint: Any, shape_name: str) -> type:
    record = _optional_removed(hint)
    if not (isinstance(record, type) and is_dataclass(record)):
        raise Invalid(("", f"A {shape_name} cannot be seeded over HTTP"))
    return record


def _base64(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise Invalid(("", f"Member must be base64 text: {error}")) from None


# -- readers of the arguments a route names --------------------------------------------------------------


def model(shape_name: str) -> Reader:
    """A member checked against a shape of the model and read as the model reads it."""

    def read_member(backend: PinpointBackend, value: Any) -> Any:
        return checked(shape(shape_name), value)

    return read_member


def _expect(value: Any, ok: bool, what: str) -> Any:
    if not ok:
        raise Invalid(("", f"Member must be {what}"))
    return value


def text(backend: PinpointBackend, value: Any) -> str:
    """A string."""
    return str(_expect(value, isinstance(value, str), "a string"))


def flag(backend: PinpointBackend, value: Any) -> bool:
    """A boolean."""
    return bool(_expect(value, isinstance(value, bool), "a boolean"))


def blob(backend: PinpointBackend, value: Any) -> bytes:
    """Bytes, as base64 text (as the service's blobs travel in JSON)."""
    return _base64(_expect(value, isinstance(value, str), "base64 text"))


def texts_by_name(backend: PinpointBackend, value: Any) -> dict[str, str]:
    """An object of strings (``{"Carrier A": "ACTIVE"}``)."""
    ok = isinstance(value, dict) and all(isinstance(item, str) for item in value.values())
    return dict(_expect(value, ok, "an object of strings"))


def texts_by_two_names(backend: PinpointBackend, value: Any) -> dict[str, dict[str, str]]:
    """An object of objects of strings (``{"SMS": {"US": "BLOCK"}}``)."""
    ok = isinstance(value, dict) and all(
        isinstance(inner, dict) and all(isinstance(item, str) for item in inner.values())
        for inner in value.values()
    )
    return {key: dict(inner) for key, inner in _expect(value, ok, "an object of objects of strings").items()}


def amounts(backend: PinpointBackend, value: Any) -> dict[str, Any]:
    """An object of amounts, each a string (``"0.99"``: exact) or a number."""
    ok = isinstance(value, dict) and all(
        isinstance(item, (str, int, float)) and not isinstance(item, bool) for item in value.values()
    )
    return dict(_expect(value, ok, "an object of amounts (strings or numbers)"))


def texts_or_lists(backend: PinpointBackend, value: Any) -> dict[str, str | list[str]]:
    """An object whose values are strings or lists of strings (a registration's field values)."""
    ok = isinstance(value, dict) and all(
        isinstance(item, str) or (isinstance(item, list) and all(isinstance(i, str) for i in item))
        for item in value.values()
    )
    return dict(_expect(value, ok, "an object of strings or lists of strings"))


def records_or_texts(shape_name: str, record: type) -> Reader:
    """A list whose items are strings or objects of the shape ``shape_name`` (read into ``record``)."""

    def read_item(backend: PinpointBackend, item: Any) -> Any:
        return item if isinstance(item, str) else checked(shape(shape_name), item, record)

    def read_items(backend: PinpointBackend, value: Any) -> list[Any]:
        _expect(value, isinstance(value, list), f"a list of strings or {shape_name} objects")
        return _each(backend, value, read_item)

    return read_items


def _each(backend: PinpointBackend, items: list[Any], read_item: Reader) -> list[Any]:
    """Every item read, or every item's problems (under ``[index]``)."""
    found: list[Any] = []
    problems: list[tuple[str, str]] = []
    for index, item in enumerate(items):
        try:
            found.append(read_item(backend, item))
        except Invalid as invalid:
            problems += [(_path(f"[{index}]", below), what) for below, what in invalid.problems]
    if problems:
        raise Invalid(*problems)
    return found


def reference(*kinds: str) -> Reader:
    """A record of the backend of one of ``kinds`` (resource types), by ID or ARN; a sender ID by its ARN or
    a ``{"SenderId", "IsoCountryCode"}`` object."""

    def find(backend: PinpointBackend, value: Any) -> Any:
        return _find(backend, value, kinds)

    return find


def references(*kinds: str) -> Reader:
    """A list of ``reference(*kinds)``."""

    def find_all(backend: PinpointBackend, value: Any) -> list[Any]:
        _expect(value, isinstance(value, list), f"a list of IDs or ARNs ({', '.join(kinds)})")
        return _each(backend, value, lambda backend, item: _find(backend, item, kinds))

    return find_all


def _find(backend: PinpointBackend, value: Any, kinds: tuple[str, ...]) -> Any:
    """The record ``value`` names, looked up through the service's own Describe*: one that is not found is
    its ResourceNotFoundException; an ARN that names no record of this service (another service's, a
    sender-ID ARN without its country, a truncated one) is a problem of this member, never handed on to a
    Describe* whose error would name its own member."""
    named = f"the ID or ARN of a {' or '.join(kinds)}"
    if SENDER_ID in kinds:
        named += ', or a {"SenderId", "IsoCountryCode"} object'
    if isinstance(value, dict) and SENDER_ID in kinds:
        sender = checked(shape("SenderIdAndCountry"), value, backend.input_structures["SenderIdAndCountry"])
        return backend.describe_sender_ids(sender_ids=[sender]).sender_ids[0]
    if not isinstance(value, str):
        raise Invalid(("", f"Member must be {named}"))
    arn = arns.parse(value)
    if arn is None and value.startswith("arn:"):
        raise Invalid(("", f"Member must be {named}, not an ARN of another kind"))
    if arn is not None:
        kind = arn.resource_type
    else:  # an ID: of the kind whose prefix it has, else of the first kind (IDs may be seeded as anything)
        by_id = [k for k in kinds if k in _LOOKUPS]
        kind = next((k for k in by_id if value.startswith(_LOOKUPS[k][0])), by_id[0])
    if kind not in kinds:
        raise Invalid(("", f"Member must be {named}, not a {kind}"))
    if kind == SENDER_ID and arn is not None:  # only an ARN names a sender ID: <SenderId>/<IsoCountryCode>
        sender = backend.input_structures["SenderIdAndCountry"](value, arn.resource_id.rpartition("/")[2])
        return backend.describe_sender_ids(sender_ids=[sender]).sender_ids[0]
    _, describe, ids, listed = _LOOKUPS[kind]
    return getattr(getattr(backend, describe)(**{ids: [value]}), listed)[0]
