"""AWS JSON 1.0 for pinpoint-sms-voice-v2: decode a request, encode a result or an error.

A function of (headers, body) -> (status, headers, body) with no botocore types inside, so that the same code
serves the botocore hook (``hook.py``) and the HTTP endpoint (``server/``). It knows the wire and the model,
not what a pool is: the backend it
is given answers operations by their snake_case names, takes the model's members as snake_case keyword
arguments and returns records whose attributes are the output members in snake_case (``writer.py``).

The model is botocore's, whatever release the user runs, and a newer release may add members, structures and
enum values the fake does not know. A request is validated against the running model as always; then a
member the fake does not know (not a keyword argument of the operation's method, not a field of the record
its structure reads into) is left out, and an enum value it does not know (not in ``known_model.json``) is
kept as given, and a ``PinpointFakeWarning`` names them, once per operation and member.
"""

from __future__ import annotations

import json
import random
import re
import sys
import threading
import warnings
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import fields, is_dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from botocore import xform_name

from .errors import (
    FakeInternalError,
    NotImplementedByFake,
    PinpointFakeError,
    PinpointFakeWarning,
    ServiceError,
    ValidationException,
)
from .service_model import (
    content_type,
    input_shape,
    new_enum_values,
    operation_names,
    output_shape,
    running_botocore,
    shape,
    target_prefix,
)
from .validation import read_timestamp, validate
from .writer import write

if TYPE_CHECKING:
    from botocore.model import Shape

_CREDENTIAL = re.compile(r"Credential=([^/,\s]+)/[^/]+/([^/]+)/")

Response = tuple[int, dict[str, str], bytes]


class Backend(Protocol):
    """What the protocol needs of a backend."""

    input_structures: Mapping[str, type]

    @property
    def lock(self) -> AbstractContextManager[Any]:
        """Held while an operation runs and its answer is written."""

    def implements(self, operation: str) -> bool: ...

    def parameters(self, operation: str) -> frozenset[str]:
        """The snake_case members the operation's method takes (its idempotency token included)."""

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any: ...


class Credentials:
    """Who signed the request: the access key and the region of the SigV4 credential scope."""

    __slots__ = ("access_key", "region")

    def __init__(self, access_key: str, region: str) -> None:
        self.access_key = access_key
        self.region = region


BackendLookup = Callable[[Credentials, Mapping[str, str]], Backend]


def handle(headers: Mapping[str, str], body: bytes, backend_for: BackendLookup) -> Response:
    """Answer one request; ``headers`` has lower-case names (HTTP's are case-insensitive).

    A bug inside the fake raises FakeInternalError; nothing else escapes, but a PinpointFakeWarning that the
    caller's warning filters turn into an error.
    """
    request_id = _request_id()
    target = headers.get("x-amz-target", "")
    prefix, _, operation = target.partition(".")
    if prefix != target_prefix() or operation not in operation_names():
        return _reply(400, request_id, json.dumps({"__type": "UnknownOperationException", "message": target}))
    credentials = _credentials(headers)
    if credentials is None:
        document = {
            "__type": "MissingAuthenticationTokenException",
            "message": "Missing Authentication Token",
        }
        return _reply(403, request_id, json.dumps(document))
    try:
        backend = backend_for(credentials, headers)
        if not backend.implements(operation):
            raise _not_implemented(operation)
        request_shape = input_shape(operation)
        arguments = _parse(body)
        validate(request_shape, arguments)
        reader = _Reader(backend.input_structures)
        members = reader.members(
            request_shape, arguments, _arguments(operation, backend.parameters(operation))
        )
        if reader.unknown:
            _warn(operation, reader.unknown)
        with backend.lock:  # the answer shows the state the operation left, whatever other threads do
            text = write(output_shape(operation).name, backend.dispatch(operation, members))
        return _reply(200, request_id, text)
    except ServiceError as error:
        return encode_error(error, request_id)
    except (PinpointFakeError, PinpointFakeWarning):  # a warning the caller's filters turned into an error
        raise
    except Exception as error:
        raise FakeInternalError(operation, error) from error


def encode_error(error: ServiceError, request_id: str | None = None) -> Response:
    """The error's shape members, with ``__type`` first (botocore reads the code from it)."""
    members = write(error.code, error)
    rest = "}" if members == "{}" else "," + members[1:]
    text = f'{{"__type":"{error.code}"{rest}'
    return _reply(error.http_status, request_id or _request_id(), text)


def encode_fake_error(error: PinpointFakeError) -> Response:
    """What the HTTP endpoint answers for the fake's own errors, which in-process are raised instead.

    ``__type`` is the class name (``NotImplementedByFake``, ``RegionNotServed``, ``FakeInternalError``), never
    an error of the service, with the class's ``http_status`` and the exception's text as ``message``.
    """
    return error_reply(error.http_status, type(error).__name__, str(error))


def error_reply(status: int, code: str, message: str) -> Response:
    """An AWS JSON 1.0 error that is no error shape of the model (the HTTP endpoint's own, say)."""
    return reply(status, json.dumps({"__type": code, "message": message}))


def reply(status: int, text: str) -> Response:
    """An answer with the service's headers and a new request ID."""
    return _reply(status, _request_id(), text)


_UUID4_CLEARED = ~((0xF000 << 64) | (0xC000 << 48))  # the version and variant bits of a UUID's integer
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)  # version 4, RFC 4122 variant


def _request_id() -> str:
    """A random (version 4) UUID, as AWS's request IDs are; written straight from the bits, which costs a
    third of ``str(uuid.UUID(int=..., version=4))`` on every answer."""
    digits = f"{random.getrandbits(128) & _UUID4_CLEARED | _UUID4_SET:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


_LIBRARIES = frozenset({"pinpoint_fake", "botocore", "boto3", "aiobotocore", "aioboto3", "moto"})


def _not_implemented(operation: str) -> NotImplementedByFake:
    """The error to raise, warned too: code that catches every Exception would hide it otherwise."""
    error = NotImplementedByFake(operation)
    warnings.warn(PinpointFakeWarning(str(error)), stacklevel=_callers_stacklevel())
    return error


def _callers_stacklevel() -> int:
    """``warnings.warn``'s stacklevel for the first frame outside the client libraries and the fake.

    So the warning names the line of the test (or the code under test) that made the call, not botocore's.
    """
    frame = sys._getframe(2)  # the caller of the function that warns: stacklevel 2 there
    level = 2
    while frame.f_back is not None and frame.f_globals.get("__name__", "").partition(".")[0] in _LIBRARIES:
        frame = frame.f_back
        level += 1
    return level


def _reply(status: int, request_id: str, text: str) -> Response:
    payload = text.encode()
    headers = {
        "x-amzn-RequestId": request_id,
        "Content-Type": content_type(),
        "Content-Length": str(len(payload)),
    }
    return status, headers, payload


def _credentials(headers: Mapping[str, str]) -> Credentials | None:
    match = _CREDENTIAL.search(headers.get("authorization", ""))
    return None if match is None else Credentials(match[1], match[2])


def _parse(body: bytes) -> Any:
    if not body or body == b"{}":
        return {}
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as error:  # RecursionError: nested deeper than json can read
        raise ValidationException(f"Could not parse the request body: {error}", "CANNOT_PARSE") from None


class _Reader:
    """Reads a validated request into keyword arguments and records, leaving out what the fake does not know.

    ``unknown`` collects what it left out or kept without knowing it, by member path without list indices
    (``Tags.Color``; an enum value as ``NumberType='PREPAID'``).
    """

    __slots__ = ("structures", "unknown")

    def __init__(self, structures: Mapping[str, type]) -> None:
        self.structures = structures
        self.unknown: list[str] = []

    def members(
        self, shape: Shape, value: dict[str, Any], known: Mapping[str, str], path: str = ""
    ) -> dict[str, Any]:
        """A structure's members as snake_case keyword arguments; ``known`` maps the members to read."""
        members = shape.members  # type: ignore[attr-defined]
        read = {}
        for name, item in value.items():
            if item is None:
                continue
            attribute = known.get(name)
            if attribute is None:
                self.unknown.append(path + name)
            else:
                read[attribute] = self.decode(members[name], item, path + name)
        return read

    def decode(self, shape: Shape, value: Any, path: str) -> Any:
        type_name = shape.type_name
        if type_name == "structure":
            record = self.structures[shape.name]
            return record(**self.members(shape, value, _fields(shape.name, record), path + "."))
        if type_name == "list":
            return [self.decode(shape.member, item, path) for item in value]  # type: ignore[attr-defined]
        if type_name == "map":
            return {k: self.decode(shape.value, v, path) for k, v in value.items()}  # type: ignore[attr-defined]
        if type_name == "timestamp":  # validated already: epoch seconds or a date-time text
            return read_timestamp(value)
        if type_name == "string" and value in new_enum_values(shape.name):
            self.unknown.append(f"{path}={value!r}")
        return value


@cache
def _arguments(operation: str, parameters: frozenset[str]) -> dict[str, str]:
    """Request member -> keyword argument, for the members the operation's method takes."""
    members = input_shape(operation).members
    return {name: xform_name(name) for name in members if xform_name(name) in parameters}


@cache
def _fields(structure: str, record: type) -> dict[str, str]:
    """Structure member -> record field, for the members the record has a field for."""
    names = {field.name for field in fields(record)} if is_dataclass(record) else set()
    members = shape(structure).members  # type: ignore[attr-defined]
    return {name: xform_name(name) for name in members if xform_name(name) in names}


_WARNED: set[tuple[str, str]] = set()  # (operation, member path) already warned about in this process
_WARNED_LOCK = threading.Lock()  # requests of several threads may hold the same unknown member at once


def forget_warnings() -> None:
    """Warn again about members already warned about (tests use it; a process warns once otherwise)."""
    with _WARNED_LOCK:
        _WARNED.clear()


def _warn(operation: str, unknown: list[str]) -> None:
    """One PinpointFakeWarning naming what the fake did not honour, each (operation, member) once.

    Called only for a request that holds something unknown, so the lock costs the other requests nothing."""
    with _WARNED_LOCK:
        fresh = [item for item in dict.fromkeys(unknown) if (operation, item) not in _WARNED]
        _WARNED.update((operation, item) for item in fresh)
    if not fresh:
        return
    ignored = [item for item in fresh if "=" not in item]
    kept = [item for item in fresh if "=" in item]
    parts = [f"left out {', '.join(ignored)}"] if ignored else []
    parts += [f"kept {', '.join(kept)} as given, with no behaviour of its own"] if kept else []
    warnings.warn(
        PinpointFakeWarning(
            f"pinpoint_fake does not implement all of PinpointSMSVoiceV2.{operation} as botocore "
            f"{running_botocore()} models it: it validated the request against the model, then "
            f"{' and '.join(parts)}."
        ),
        stacklevel=_callers_stacklevel(),
    )
