"""AWS JSON 1.0 for pinpoint-sms-voice-v2: decode a request, encode a result or an error.

A function of (headers, body) -> (status, headers, body) with no botocore types inside, so that the same code
can serve a plain HTTP server one day. It knows the wire and the model, not what a pool is: the backend it
is given answers operations by their snake_case names, takes the model's members as snake_case keyword
arguments and returns records whose attributes are the output members in snake_case.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from botocore import xform_name

from .errors import (
    FakeInternalError,
    NotImplementedByFake,
    PinpointFakeError,
    ServiceError,
    ValidationException,
)
from .service_model import input_shape, output_shape, service_model
from .validation import validate

if TYPE_CHECKING:
    from botocore.model import Shape

CONTENT_TYPE = "application/x-amz-json-1.0"
_EPOCH = datetime(1970, 1, 1)
_CREDENTIAL = re.compile(r"Credential=([^/,\s]+)/[^/]+/([^/]+)/")

Response = tuple[int, dict[str, str], bytes]
Encoder = Callable[[Any], Any]


class Backend(Protocol):
    """What the protocol needs of a backend."""

    input_structures: Mapping[str, type]

    def implements(self, operation: str) -> bool: ...

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any: ...


class Credentials:
    """Who signed the request: the access key and the region of the SigV4 credential scope."""

    __slots__ = ("access_key", "region")

    def __init__(self, access_key: str, region: str) -> None:
        self.access_key = access_key
        self.region = region


BackendLookup = Callable[[Credentials, Mapping[str, str]], Backend]


def handle(headers: Mapping[str, str], body: bytes, backend_for: BackendLookup) -> Response:
    """Answer one request. A bug inside the fake raises FakeInternalError; nothing else escapes."""
    request_id = str(uuid.uuid4())
    target = headers.get("X-Amz-Target", "")
    prefix, _, operation = target.partition(".")
    if prefix != service_model().metadata["targetPrefix"] or operation not in service_model().operation_names:
        return _reply(400, request_id, {"__type": "UnknownOperationException", "message": target})
    credentials = _credentials(headers)
    if credentials is None:
        message = "Missing Authentication Token"
        return _reply(403, request_id, {"__type": "MissingAuthenticationTokenException", "message": message})
    try:
        backend = backend_for(credentials, headers)
        if not backend.implements(operation):
            raise NotImplementedByFake(operation)
        request_shape = input_shape(operation)
        arguments = _parse(body)
        validate(request_shape, arguments)
        result = backend.dispatch(operation, _decode_arguments(request_shape, arguments, backend))
        return _reply(200, request_id, _encoder(output_shape(operation))(result))
    except ServiceError as error:
        return encode_error(error, request_id)
    except PinpointFakeError:
        raise
    except Exception as error:
        raise FakeInternalError(operation, error) from error


def encode_error(error: ServiceError, request_id: str) -> Response:
    body = {"__type": error.code, **_encoder_for(error.code)(error)}
    return _reply(error.http_status, request_id, body)


def encode_record(shape_name: str, record: Any) -> Any:
    """``record`` as the model's shape ``shape_name`` would carry it on the wire."""
    return _encoder_for(shape_name)(record)


def _reply(status: int, request_id: str, document: dict[str, Any]) -> Response:
    payload = json.dumps(document, separators=(",", ":")).encode()
    headers = {
        "x-amzn-RequestId": request_id,
        "Content-Type": CONTENT_TYPE,
        "Content-Length": str(len(payload)),
    }
    return status, headers, payload


def _credentials(headers: Mapping[str, str]) -> Credentials | None:
    match = _CREDENTIAL.search(headers.get("Authorization", ""))
    return None if match is None else Credentials(match[1], match[2])


def _parse(body: bytes) -> Any:
    try:
        return json.loads(body) if body else {}
    except ValueError as error:
        raise ValidationException(f"Could not parse the request body: {error}", "CANNOT_PARSE") from None


def _decode_arguments(input_shape: Shape, arguments: dict[str, Any], backend: Backend) -> dict[str, Any]:
    members = input_shape.members  # type: ignore[attr-defined]
    return {
        xform_name(name): _decode(members[name], value, backend.input_structures)
        for name, value in arguments.items()
    }


def _decode(shape: Shape, value: Any, structures: Mapping[str, type]) -> Any:
    type_name = shape.type_name
    if type_name == "structure":
        record = structures[shape.name]
        members = shape.members  # type: ignore[attr-defined]
        return record(**{xform_name(k): _decode(members[k], v, structures) for k, v in value.items()})
    if type_name == "list":
        return [_decode(shape.member, item, structures) for item in value]  # type: ignore[attr-defined]
    if type_name == "map":
        return {k: _decode(shape.value, v, structures) for k, v in value.items()}  # type: ignore[attr-defined]
    return value


def _timestamp(value: datetime) -> float:
    """Epoch seconds; a naive datetime is UTC, as moto's clock gives it."""
    if value.tzinfo is not None:
        return value.timestamp()
    return (value - _EPOCH).total_seconds()


def _identity(value: Any) -> Any:
    return value


def _encoder(shape: Shape) -> Encoder:
    """A function that writes a record (or list, map, scalar) as ``shape`` says."""
    return _encoder_for(shape.name)


@cache
def _encoder_for(shape_name: str) -> Encoder:
    """Built once per shape name: names are unique within a service model."""
    shape = service_model().shape_for(shape_name)
    type_name = shape.type_name
    if type_name == "structure":
        fields = [
            (name, xform_name(name), _encoder(member))
            for name, member in shape.members.items()  # type: ignore[attr-defined]
        ]

        def structure(record: Any) -> dict[str, Any]:
            document = {}
            for name, attribute, encode in fields:
                value = getattr(record, attribute, None)
                if value is not None:
                    document[name] = encode(value)
            return document

        return structure
    if type_name == "list":
        encode_item = _encoder(shape.member)  # type: ignore[attr-defined]
        if encode_item is _identity:
            return list
        return lambda items: [encode_item(item) for item in items]
    if type_name == "map":
        encode_value = _encoder(shape.value)  # type: ignore[attr-defined]
        return lambda mapping: {key: encode_value(value) for key, value in mapping.items()}
    if type_name == "timestamp":
        return _timestamp
    return _identity
