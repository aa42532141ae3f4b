"""Requests for any operation of the model, drawn with Hypothesis from botocore's input shapes at run time.

Nothing here names an operation or a member: a ``RequestMaker`` walks an input shape (structure, list, map,
string with min/max/pattern/enum, integer and long with min/max, float, boolean, timestamp, blob) and draws
a request that is mostly valid, so that the fuzzer reaches the business logic, with a share of its values
broken in the ways a client can break them: over-long and too-short strings and lists, pattern breakers,
out-of-range numbers, unknown enum values, values of the wrong JSON type, missing required members, JSON
``null`` members and unknown extra members.

Valid strings are drawn from the shape's pattern (``from_regex``, then cut or padded to a length the shape
allows, its bounds included) or from words that mean something in the example: the names of resources
that exist (IDs, ARNs, numbers, tokens from earlier results), keyed by the output member they came from, so
that a request member prefers the words of members like it (``PoolIds`` those of ``PoolId``; any ``*Arn``
every ARN), and common words (every enum value of the model, ``true``, ARNs of elsewhere).

Requests are in boto3's form (blobs as ``bytes``, timestamps as ``datetime``); ``wire`` gives the JSON
document a request stands for. ``expected_violations`` is an independent oracle for the fake's validator:
the member paths a document violates, by the rules the README documents (patterns match the whole value,
``null`` is absent, unknown members are rejected, a JSON boolean is no number).
"""

from __future__ import annotations

import base64
import calendar
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from pinpoint_fake.service_model import service_model

Draw = Callable[[st.SearchStrategy[Any]], Any]

BOUNDS = {"integer": (-(2**31), 2**31 - 1), "long": (-(2**63), 2**63 - 1)}
EPOCH_RANGE = (-62135596800, 253402300800)  # from 0001-01-01 up to (not including) year 10000, in seconds
# JSON values of every type; a broken value of the wrong type is one that is not of the shape's own type.
JSON_VALUES: tuple[Any, ...] = (
    "",
    "text",
    "1",
    "true",
    0,
    1,
    -1,
    1.5,
    True,
    False,
    [],
    ["x"],
    [1],
    {},
    {"Key": "x"},
)
# Characters that break most patterns: whitespace, control, non-ASCII, a lone surrogate, JSON/regex specials.
NASTY = ("\n", " ", "\t", "\x00", "\u00e9", "\u200b", "\ud800", "\U0001f4a5", "*", "'", '"', "\\", "%", "{")
_TOKEN = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")


def _type_name(shape: Any) -> str:
    name: str = shape.type_name
    return name


def _bounds(shape: Any) -> tuple[int | None, int | None]:
    return shape.metadata.get("min"), shape.metadata.get("max")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _regex(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True)


@cache
def model_enum_values() -> tuple[str, ...]:
    """Every enum value of the model: what filter values, reasons and types are spelled with."""
    model = service_model()
    values: dict[str, None] = {}
    for name in model.shape_names:
        for value in getattr(model.shape_for(name), "enum", None) or ():
            values[value] = None
    return tuple(values)


def json_texts(words: Sequence[str]) -> st.SearchStrategy[str]:
    """JSON documents as text (policies and other documents in string members), built from ``words``."""
    scalars = st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from(words)
    values = st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(words), inner, max_size=3)
        ),
        max_leaves=8,
    )
    return values.map(json.dumps)


# -- the oracle ------------------------------------------------------------------------------------------


def _json_type_ok(type_name: str, value: Any) -> bool | None:
    """Whether a JSON value has the shape type's JSON type; None where the README leaves it open."""
    if type_name in ("timestamp", "blob") and isinstance(value, str):
        return None  # a date string, or base64 text: accepted or not, the README does not say
    if isinstance(value, bool):
        return type_name == "boolean"
    if isinstance(value, int):
        return type_name in ("integer", "long", "float", "double", "timestamp")
    if isinstance(value, float):
        return type_name in ("float", "double", "timestamp")
    if isinstance(value, str):
        return type_name == "string"
    if isinstance(value, list):
        return type_name == "list"
    if isinstance(value, dict):
        return type_name in ("structure", "map")
    return False


class _Oracle:
    __slots__ = ("paths", "unsure")

    def __init__(self) -> None:
        self.paths: set[str] = set()
        self.unsure = False

    def walk(self, shape: Any, value: Any, path: str) -> None:
        type_name = _type_name(shape)
        ok = _json_type_ok(type_name, value)
        if ok is None:
            self.unsure = True
            return
        if not ok:
            self.paths.add(path)
            return
        if type_name == "timestamp":  # epoch seconds: only those of years 1 to 9999 name a moment
            if not EPOCH_RANGE[0] <= value < EPOCH_RANGE[1]:
                self.paths.add(path)
            return
        if type_name == "structure":
            prefix = f"{path}." if path else ""
            for name in shape.required_members:
                if value.get(name) is None:
                    self.paths.add(prefix + name)
            for name, item in value.items():
                if name not in shape.members:
                    self.paths.add(prefix + name)
                elif item is not None:
                    self.walk(shape.members[name], item, prefix + name)
            return
        if type_name == "list":
            for index, item in enumerate(value):
                self.walk(shape.member, item, f"{path}[{index}]")
        elif type_name == "map":
            for key, item in value.items():
                self.walk(shape.key, key, f"{path}.{key}")
                self.walk(shape.value, item, f"{path}.{key}")
        elif type_name == "string" and shape.enum:
            if value not in shape.enum:
                self.paths.add(path)
            return
        elif type_name == "string":
            pattern = shape.metadata.get("pattern")
            if pattern is not None and _compiled(pattern).fullmatch(value) is None:
                self.paths.add(path)
        if type_name in ("list", "map", "string", "integer", "long", "float", "double"):
            measure = len(value) if type_name in ("list", "map", "string") else value
            low, high = _bounds(shape)
            if (low is not None and measure < low) or (high is not None and measure > high):
                self.paths.add(path)


def expected_violations(shape: Any, document: Any) -> frozenset[str] | None:
    """The member paths (``Filters[0].Values[2]``) at which ``document`` breaks ``shape``; None if unsure."""
    oracle = _Oracle()
    oracle.walk(shape, document, "")
    return None if oracle.unsure else frozenset(oracle.paths)


def fits(shape: Any, value: Any) -> bool:
    return expected_violations(shape, value) == frozenset()


# -- wire form -------------------------------------------------------------------------------------------


def wire(value: Any) -> Any:
    """The JSON document a boto3-form value stands for (blobs base64, timestamps epoch seconds)."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, datetime):
        return calendar.timegm(value.utctimetuple())
    if isinstance(value, dict):
        return {key: wire(item) for key, item in value.items()}
    if isinstance(value, list):
        return [wire(item) for item in value]
    return value


# -- the maker -------------------------------------------------------------------------------------------


def _resize(text: str, length: int) -> str:
    """``text`` cut or padded (repeating its last character) to ``length``: keeps most patterns matching."""
    if len(text) >= length:
        return text[:length]
    return text + text[-1:] * (length - len(text))


def _words(name: str) -> list[str]:
    return _TOKEN.findall(name) or [name]


@cache
def _alike(member: str, shape_name: str, source: str) -> bool:
    """Whether words found under the output member ``source`` suit the request member ``member``: the same
    first word in the member's or its shape's name (``PoolIds``, ``PoolIdOrArn`` and ``PoolId``), or ARNs."""
    found = _words(source)
    if found[0] in (_words(member)[0], _words(shape_name)[0]):
        return True
    return found[-1] == "Arn" and member.endswith(("Arn", "Arns"))


_COMMON_FITTING: dict[tuple[str, tuple[str, ...]], list[str]] = {}


class RequestMaker:
    """Draws values for shapes: valid ones, except that each value is broken with ``break_percent`` chance.

    ``names`` maps an output member name (``PoolId``) to words found under it: resources that exist.
    Every decision is a Hypothesis draw whose simplest choice is the most ordinary value (an absent optional
    member, a valid value, nothing broken), so that a failing example shrinks to a minimal request.
    """

    def __init__(
        self,
        draw: Draw,
        names: Mapping[str, Sequence[str]],
        break_percent: int,
        common: tuple[str, ...] = (),
        optional_percent: int = 40,
    ) -> None:
        self.draw = draw
        self.names = names
        self.common = common
        self.break_percent = break_percent
        self.optional_percent = optional_percent
        self._names_fitting: dict[tuple[str, str], tuple[list[str], list[str]]] = {}

    def chance(self, percent: int) -> bool:
        return percent > 0 and bool(self.draw(st.integers(0, 99)) >= 100 - percent)

    def pick(self, options: Sequence[Any]) -> Any:
        return self.draw(st.sampled_from(options))

    def request(self, shape: Any) -> dict[str, Any]:
        """A request for an input shape (the top level is always an object: boto3 takes keyword args)."""
        request: dict[str, Any] = self.structure(shape, 0)
        return request

    def member(self, shape: Any, name: str) -> dict[str, Any]:
        """``{name: value}``, or ``{}`` (absent) for one member of a structure, drawn afresh."""
        if self.chance(30):
            return {}
        return {name: self.value(shape.members[name], 1, name)}

    # -- dispatch --

    def value(self, shape: Any, depth: int, member: str) -> Any:
        if self.chance(self.break_percent):
            return self.broken(shape, depth, member)
        type_name = _type_name(shape)
        if type_name == "structure":
            return self.structure(shape, depth)
        if type_name == "list":
            return self.sequence(shape, depth, member)
        if type_name == "map":
            return self.mapping(shape, depth, member)
        if type_name == "string":
            return self.string(shape, member)
        if type_name in BOUNDS:
            low, high = _bounds(shape)
            default_low, default_high = BOUNDS[type_name]
            low = default_low if low is None else low
            return self.draw(st.integers(low, default_high if high is None else high))
        if type_name in ("float", "double"):
            low, high = _bounds(shape)
            return self.draw(st.floats(low, high, allow_nan=False, allow_infinity=False))
        if type_name == "boolean":
            return self.draw(st.booleans())
        if type_name == "timestamp":
            moments = st.datetimes(
                datetime(1971, 1, 1), datetime(2100, 1, 1), timezones=st.just(timezone.utc)
            )
            return self.draw(moments.map(lambda moment: moment.replace(microsecond=0)))
        if type_name == "blob":
            low, high = _bounds(shape)
            low = low or 0
            return self.draw(st.binary(min_size=low, max_size=max(low, min(high or 64, low + 64))))
        raise AssertionError(f"no strategy for {type_name} ({shape.name})")

    # -- valid values --

    def structure(self, shape: Any, depth: int) -> dict[str, Any]:
        value: dict[str, Any] = {}
        if shape.metadata.get("union"):  # exactly one member (botocore >= 1.44's RCS content and actions)
            name = self.pick(list(shape.members))
            value[name] = self.value(shape.members[name], depth + 1, name)
        else:
            for name, member in shape.members.items():
                required = name in shape.required_members
                if required or (depth < 6 and self.chance(self.optional_percent)):
                    value[name] = self.value(member, depth + 1, name)
        if self.chance(self.break_percent):
            self.mutate(shape, value)
        return value

    def mutate(self, shape: Any, value: dict[str, Any]) -> None:
        """One structural break: an unknown member, or a member ``null`` or missing."""
        kind = self.pick(("unknown", "null", "missing"))
        names = list(shape.members)
        if kind == "unknown" or not names:
            candidates = [
                "Bogus",
                "__type",
                *(name.lower() for name in names),
                *(f"{name}s" for name in names),
            ]
            unknown = [name for name in candidates if name not in shape.members]
            value[self.pick(unknown)] = self.pick((*JSON_VALUES, None))
        elif kind == "null":
            value[self.pick(names)] = None
        else:
            value.pop(self.pick(names), None)

    def sequence(self, shape: Any, depth: int, member: str) -> list[Any]:
        low, high = _bounds(shape)
        low = low or 0
        top = low + 3 if high is None else min(high, low + 3)
        items = [self.value(shape.member, depth + 1, member) for _ in range(self.draw(st.integers(low, top)))]
        if high is not None and high > top and items and self.chance(5):
            items = [items[index % len(items)] for index in range(high)]  # the longest list the model allows
        return items

    def mapping(self, shape: Any, depth: int, member: str) -> dict[Any, Any]:
        low, high = _bounds(shape)
        low = low or 0
        top = low + 3 if high is None else min(high, low + 3)
        result: dict[Any, Any] = {}
        for _ in range(self.draw(st.integers(low, top))):
            key = self.value(shape.key, depth + 1, member)
            if isinstance(key, str):
                result[key] = self.value(shape.value, depth + 1, member)
        return result

    def string(self, shape: Any, member: str) -> str:
        if shape.enum:
            value: str = self.pick(shape.enum)
            return value
        alike, others = self.fitting_names(shape, member)
        common = self.fitting_common(shape)
        # One draw picks the source, weighted by repetition; it shrinks towards a name of what exists.
        sources = [
            words for words, weight in ((alike, 6), (others, 2), (common, 1)) if words for _ in range(weight)
        ]
        source = self.pick([*sources, *[()] * 3])
        if source:
            word: str = self.pick(source)
            return word
        low, high = _bounds(shape)
        low = low or 0
        high = low + 64 if high is None else high
        pattern = shape.metadata.get("pattern")
        if pattern is None and self.chance(10):
            text: str = self.draw(json_texts([*self.common[:12], *alike, *others][:40] or ["x"]))
            if low <= len(text) <= high:
                return text
        seed: str = self.draw(
            _regex(pattern) if pattern else st.text(min_size=low, max_size=min(high, low + 24))
        )
        length = self.draw(st.integers(low, min(high, low + 24)) | st.sampled_from((low, high)))
        resized = _resize(seed, length)
        if len(resized) == length and (pattern is None or _compiled(pattern).fullmatch(resized)):
            return resized
        assume(low <= len(seed) <= high)
        return seed

    def fitting_names(self, shape: Any, member: str) -> tuple[list[str], list[str]]:
        """The example's names valid for a string shape: those found under members alike, and the rest."""
        found = self._names_fitting.get((shape.name, member))
        if found is not None:
            return found
        alike: dict[str, None] = {}
        others: dict[str, None] = {}
        for source, words in self.names.items():
            bucket = alike if _alike(member, shape.name, source) else others
            for word in words:
                if word not in bucket and fits(shape, word):
                    bucket[word] = None
        found = self._names_fitting[shape.name, member] = (list(alike), [w for w in others if w not in alike])
        return found

    def fitting_common(self, shape: Any) -> list[str]:
        key = (shape.name, self.common)
        found = _COMMON_FITTING.get(key)
        if found is None:
            found = _COMMON_FITTING[key] = [word for word in self.common if fits(shape, word)]
        return found

    # -- broken values --

    def broken(self, shape: Any, depth: int, member: str) -> Any:
        type_name = _type_name(shape)
        low, high = _bounds(shape)
        kinds = []
        if type_name == "string":
            kinds += ["unknown enum value"] if shape.enum else ["too long", "too short", "pattern breaker"]
        elif type_name in ("list", "map"):
            kinds += ["too long", "too short"]
        elif type_name in BOUNDS or type_name in ("float", "double"):
            kinds += ["out of range"]
        kind = self.pick([*kinds, "wrong type"])  # shrinks towards the type's own breaks
        if kind == "too long" and high is not None:
            return self.longer(shape, high + self.draw(st.integers(1, 3)), depth, member)
        if kind == "too short" and low:
            return self.shorter(shape, self.draw(st.integers(0, low - 1)), depth, member)
        if kind == "pattern breaker":
            valid = self.string(shape, member)
            where = self.draw(st.integers(0, len(valid)))
            return valid[:where] + self.pick(NASTY) + valid[where:]
        if kind == "unknown enum value":
            known = shape.enum[0]
            return self.pick((known.lower(), f"{known} ", "", known.title(), *model_enum_values()))
        if kind == "out of range":
            default_low, default_high = BOUNDS.get(type_name, (-(2**63), 2**63 - 1))
            edges = [(default_low if low is None else low) - 1, (default_high if high is None else high) + 1]
            return self.pick([*edges, 2**64, -(2**64)])
        return self.pick([value for value in JSON_VALUES if _json_type_ok(type_name, value) is False])

    def longer(self, shape: Any, length: int, depth: int, member: str) -> Any:
        if _type_name(shape) == "string":
            valid = self.string(shape, member) or "x"
            return (valid * (length // len(valid) + 1))[:length]
        if _type_name(shape) == "list":
            items = [self.value(shape.member, depth + 1, member) for _ in range(self.draw(st.integers(1, 2)))]
            return [items[index % len(items)] for index in range(length)]
        return {f"key{index}": self.value(shape.value, depth + 1, member) for index in range(length)}

    def shorter(self, shape: Any, length: int, depth: int, member: str) -> Any:
        if _type_name(shape) == "string":
            return self.string(shape, member)[:length]
        if _type_name(shape) == "list":
            return [self.value(shape.member, depth + 1, member) for _ in range(length)]
        return {f"key{index}": self.value(shape.value, depth + 1, member) for index in range(length)}
