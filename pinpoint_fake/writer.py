"""Records written as AWS JSON text through the model's shapes.

A writer is built once per shape name (names are unique within a service model) and reads a record's
attributes by the model's member names in snake_case; a member that is None is left out, so every answer
has exactly the members its output shape gives, and an attribute the shape does not have is refused.
Scalars are written as ``json.dumps`` writes them.

A structure whose members are all scalars (``PoolInformation``, say) is written once per distinct tuple of
member values and then served from a bounded memo: the same values always give the same text, and a page of
records that did not change since the last call costs a dictionary lookup each.

The memo has two generations of ``MEMO_SIZE`` entries: new texts go into the recent one, a text found in the
older one moves back into the recent one, and when the recent one is full it becomes the older one (the
previous older one is dropped). So it never forgets everything at once: records read over and over (a
suite paging 10,000 pools again and again) stay served from it as long as they number at most
``MEMO_SIZE``, where a memo that started afresh at its bound would miss on every one of them.
"""

from __future__ import annotations

import base64
import json.encoder
from collections.abc import Callable
from datetime import datetime
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from botocore import xform_name

from .service_model import shape

if TYPE_CHECKING:
    from botocore.model import StructureShape

Writer = Callable[[Any], str]

MEMO_SIZE = 16_384  # entries of each of a memo's two generations (so at most twice this many per shape)
_EPOCH = datetime(1970, 1, 1)
_MEMOS: list[_Memo] = []
_string: Callable[[str], str] = json.encoder.encode_basestring_ascii  # the C function json.dumps uses


def epoch_seconds(value: datetime) -> float:
    """A timestamp on the wire; a naive datetime is UTC, as moto's clock gives it."""
    if value.tzinfo is not None:
        return value.timestamp()
    return (value - _EPOCH).total_seconds()


_SCALARS: dict[str, Writer] = {
    "string": _string,
    "boolean": lambda value: "true" if value else "false",
    "integer": repr,
    "long": repr,
    "float": repr,
    "double": repr,
    "timestamp": lambda value: repr(epoch_seconds(value)),
    "blob": lambda value: _string(base64.b64encode(value).decode()),
}


class _Memo:
    """The texts of one shape, in two generations (see the module's docstring)."""

    __slots__ = ("older", "recent")

    def __init__(self) -> None:
        self.recent: dict[Any, str] = {}
        self.older: dict[Any, str] = {}

    def keep(self, key: Any, text: str) -> str:
        if len(self.recent) >= MEMO_SIZE:
            self.older, self.recent = self.recent, {}
        self.recent[key] = text
        return text

    def clear(self) -> None:
        self.recent, self.older = {}, {}

    def __len__(self) -> int:
        return len(self.recent) + len(self.older)


def clear_memos() -> None:
    """Forget every memoized structure: the benchmark times first-sight encoding with it, and a
    ``mock_pinpoint`` calls it when its data is reset (texts of records that are gone never serve again)."""
    for memo in _MEMOS:
        memo.clear()


def write(shape_name: str, value: Any) -> str:
    """``value`` as JSON text of the model's shape ``shape_name``."""
    return writer(shape_name)(value)


@cache
def writer(shape_name: str) -> Writer:
    model_shape = shape(shape_name)
    type_name = model_shape.type_name
    if type_name == "structure":
        return _structure(model_shape)  # type: ignore[arg-type]
    if type_name == "list":
        item = writer(model_shape.member.name)  # type: ignore[attr-defined]
        return lambda items: f"[{','.join(map(item, items))}]"
    if type_name == "map":
        key, entry = writer(model_shape.key.name), writer(model_shape.value.name)  # type: ignore[attr-defined]
        return lambda mapping: "{" + ",".join(f"{key(k)}:{entry(v)}" for k, v in mapping.items()) + "}"
    return _SCALARS[type_name]


def _structure(model_shape: StructureShape) -> Writer:
    members = [
        (f"{_string(name)}:", xform_name(name), writer(member.name))
        for name, member in model_shape.members.items()
    ]
    if not members:  # an output with no members (TagResourceResult)
        return _strict(model_shape.name, [], lambda record: "{}")

    def write_values(values: tuple[Any, ...]) -> str:
        parts = [
            prefix + write_member(value)
            for (prefix, _, write_member), value in zip(members, values, strict=True)
            if value is not None
        ]
        return "{" + ",".join(parts) + "}"

    attributes = [attribute for _, attribute, _ in members]

    def values_of(record: Any) -> tuple[Any, ...]:
        return tuple(getattr(record, attribute, None) for attribute in attributes)

    if all(member.type_name in _SCALARS for member in model_shape.members.values()):
        return _strict(model_shape.name, attributes, _memoized(write_values, attributes, values_of))
    return _strict(model_shape.name, attributes, lambda record: write_values(values_of(record)))


def _strict(shape_name: str, attributes: list[str], write_record: Writer) -> Writer:
    """Refuse a record whose attribute the shape does not have (a misspelt member would vanish).

    Records with slots have exactly their declared attributes (a test holds them to their shapes); only a
    record with a ``__dict__`` (a ``Result``) can carry an attribute no one declared.
    """
    allowed = frozenset(attributes)

    def write_checked(record: Any) -> str:
        extra = getattr(record, "__dict__", None) if type(record).__dictoffset__ else None
        if extra and not allowed.issuperset(extra):
            unknown = sorted(set(extra) - allowed)
            raise TypeError(f"{shape_name} has no member for the attributes {unknown} of {record!r}")
        return write_record(record)

    return write_checked


def _memoized(
    write_values: Callable[[tuple[Any, ...]], str],
    attributes: list[str],
    values_of: Callable[[Any], tuple[Any, ...]],
) -> Writer:
    """The text of each distinct tuple of member values, written once from that very tuple (so a record
    that changes while it is written cannot put one tuple's text under another's)."""
    read = (
        attrgetter(*attributes) if len(attributes) > 1 else lambda record: (getattr(record, attributes[0]),)
    )
    memo = _Memo()
    _MEMOS.append(memo)

    def memoized(record: Any) -> str:
        try:
            key = read(record)
        except AttributeError:  # a record without some member of the shape (a newer model, say)
            key = values_of(record)
        text = memo.recent.get(key)
        if text is None:
            text = memo.older.get(key)
            text = memo.keep(key, write_values(key) if text is None else text)
        return text

    return memoized
