"""The endpoint's reserved JSON API under ``/pinpoint-api/``: seeding, reset and the outbox over HTTP.

What ``backend.seed_*`` does in-process, for tests in any language. Members are the model's names
(``Status``, ``CreatedTimestamp``, ...), the answer is the record written exactly as the service's Describe*
writes it; ``?region=`` (default ``us-east-1``) and ``?account_id=`` (default ``MOTO_ACCOUNT_ID``, else moto's
default account, as ``mock.backend()``) choose the backend.

- ``POST seed/phone-number``: ``seed_phone_number``, members of ``PhoneNumberInformation`` and ``Tags``;
- ``POST seed/sender-id``: ``seed_sender_id``, ``SenderId``, ``IsoCountryCode``, members of
  ``SenderIdInformation`` and ``Tags``;
- ``POST seed/pool``: ``seed_pool``, members of ``PoolInformation``, ``Tags`` and ``OriginationIdentities``;
- ``POST seed/opt-out-list``: ``seed_opt_out_list``, ``OptOutListName`` and ``CreatedTimestamp``;
- ``POST seed/opted-out-number``: ``seed_opted_out_number``, ``OptOutListName``, ``OptedOutNumber`` and
  the members of ``OptedOutNumberInformation``;
- ``GET sent-messages``: the backend's outbox, ``{"SentMessages": [...]}`` (501 while the fake keeps none);
- ``POST reset``: empties this service's registry, every account and region (moto's ``/moto-api/reset/``
  empties every service's).

``OriginationIdentities`` of a pool are phone-number IDs or ARNs, sender-ID ARNs, or ``{"SenderId": ...,
"IsoCountryCode": ...}`` objects, of records of the same backend. Timestamps are epoch seconds or ISO 8601
text. A refused seed (a value the model does not allow, an unknown member, a duplicate, ...) is 400
``ValidationException`` with the reason as ``message``; an unknown route is 404 ``UnknownOperationException``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qs

from botocore import xform_name

from ..errors import PinpointFakeError, ServiceError
from ..hook import backend_of
from ..protocol import Response, encode_error, encode_fake_error, error_reply, reply
from ..service_model import shape
from ..writer import epoch_seconds, write

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

    from ..backend import PinpointBackend

PREFIX = "/pinpoint-api/"
DEFAULT_REGION = "us-east-1"

Seeder = Callable[["PinpointBackend", dict[str, Any]], Any]


class BadRequest(ValueError):
    """A request of the reserved API that cannot be served: 400 ``ValidationException``."""


def answer(environ: WSGIEnvironment, body: bytes) -> Response:
    """Serve one request of the reserved API."""
    route = str(environ.get("PATH_INFO", ""))[len(PREFIX) :]
    method = str(environ.get("REQUEST_METHOD", "GET"))
    query = {name: values[-1] for name, values in parse_qs(str(environ.get("QUERY_STRING", ""))).items()}
    try:
        if route == "reset" and method == "POST":
            reset()
            return reply(200, "{}")
        if route == "sent-messages" and method == "GET":
            messages = sent_messages(_backend(query))
            if messages is None:
                message = "This version of pinpoint_fake keeps no outbox (backend.sent_messages)."
                return error_reply(501, "NotImplementedByFake", message)
            return reply(200, json.dumps({"SentMessages": messages}))
        if route.startswith("seed/") and route[5:] in SEEDS and method == "POST":
            item_shape, seeder = SEEDS[route[5:]]
            record = seeder(_backend(query), _document(body))
            return reply(200, write(item_shape, record))
    except BadRequest as error:
        return error_reply(400, "ValidationException", str(error))
    except ServiceError as error:  # a lookup of the API refused: its own error, as the service answers it
        return encode_error(error)
    except PinpointFakeError as error:
        return encode_fake_error(error)
    routes = ", ".join(["POST reset", "GET sent-messages", *(f"POST seed/{kind}" for kind in SEEDS)])
    message = f"No route {method} {PREFIX}{route}; the routes are: {routes}."
    return error_reply(404, "UnknownOperationException", message)


def reset() -> None:
    """Empty this service's registry, in every account and region (moto's other services keep their state)."""
    from moto.core.base_backend import backend_lock

    from ..backend import pinpoint_backends

    with backend_lock:
        for account in list(pinpoint_backends.values()):
            account.reset()
        pinpoint_backends.clear()


def sent_messages(backend: PinpointBackend) -> list[Any] | None:
    """The backend's outbox (``backend.sent_messages``) as JSON values, in send order; None without one."""
    outbox = getattr(backend, "sent_messages", None)
    if outbox is None:
        return None
    with backend.lock:
        return [_json_value(message) for message in outbox]


def _json_value(value: Any) -> Any:
    """A record as JSON: attributes under the model's names (``message_id`` -> ``MessageId``), timestamps in
    epoch seconds as on the wire, amounts of money (``Decimal``) as their exact text (``"0.00581"``); an
    event's payload (a dict) keeps its own names."""
    if is_dataclass(value) and not isinstance(value, type):
        return {_model_name(field.name): _json_value(getattr(value, field.name)) for field in fields(value)}
    if isinstance(value, datetime):
        return epoch_seconds(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    return value


def _model_name(attribute: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in attribute.split("_"))


def _backend(query: dict[str, str]) -> PinpointBackend:
    from moto.core.models import DEFAULT_ACCOUNT_ID

    account = query.get("account_id") or os.environ.get("MOTO_ACCOUNT_ID", DEFAULT_ACCOUNT_ID)
    return cast("PinpointBackend", backend_of(account, query.get("region") or DEFAULT_REGION))


def _document(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body or b"{}")
    except (ValueError, RecursionError) as error:
        raise BadRequest(f"The body is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise BadRequest("The body must be a JSON object of the model's member names.")
    return document


def _attributes(document: dict[str, Any], item_shape: str, *extra: str) -> dict[str, Any]:
    """Members of ``item_shape`` (timestamps converted) and ``Tags``, as the record's attributes."""
    members = shape(item_shape).members  # type: ignore[attr-defined]
    attributes: dict[str, Any] = {}
    for name, value in document.items():
        if name in extra:
            continue
        if name == "Tags":
            attributes["tags"] = _tags(value)
        elif name not in members:
            allowed = ", ".join([*members, "Tags", *extra])
            raise BadRequest(f"'{name}' is not a member of {item_shape} (members: {allowed}).")
        elif members[name].type_name == "timestamp":
            attributes[xform_name(name)] = _timestamp(name, value)
        else:
            attributes[xform_name(name)] = value
    return attributes


def _required(document: dict[str, Any], name: str) -> Any:
    if name not in document:
        raise BadRequest(f"'{name}' is required.")
    return document[name]


def _tags(value: Any) -> list[Any]:
    from ..backend import PinpointBackend

    tag = PinpointBackend.input_structures["Tag"]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise BadRequest('\'Tags\' must be a list of {"Key": ..., "Value": ...} objects.')
    try:
        return [tag(key=item["Key"], value=item["Value"]) for item in value]
    except KeyError as error:
        raise BadRequest(f"A tag has no {error}.") from None


def _timestamp(name: str, value: Any) -> datetime:
    """Epoch seconds or ISO 8601 text, as the naive UTC datetime moto's clock gives."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            moment = datetime.fromtimestamp(value, timezone.utc)
        elif isinstance(value, str):
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            raise TypeError(type(value).__name__)
    except (TypeError, ValueError, OverflowError, OSError) as error:
        raise BadRequest(f"'{name}' must be epoch seconds or ISO 8601 text: {error}") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _identity(backend: PinpointBackend, value: Any) -> Any:
    """A pool's origination identity, named as the service's API names it, found through its Describe*."""
    sender_and_country = backend.input_structures["SenderIdAndCountry"]
    if isinstance(value, dict):
        sender = sender_and_country(_required(value, "SenderId"), _required(value, "IsoCountryCode"))
        return backend.describe_sender_ids(sender_ids=[sender]).sender_ids[0]
    if not isinstance(value, str):
        raise BadRequest("An origination identity is an ID or ARN, or a {SenderId, IsoCountryCode} object.")
    if ":sender-id/" in value:  # sender-id/<SenderId>/<IsoCountryCode>
        sender = sender_and_country(value, value.rpartition("/")[2])
        return backend.describe_sender_ids(sender_ids=[sender]).sender_ids[0]
    return backend.describe_phone_numbers(phone_number_ids=[value]).phone_numbers[0]


def _seeding(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except (TypeError, ValueError) as error:  # the seed_* methods' refusals
        raise BadRequest(str(error)) from None


def _seed_phone_number(backend: PinpointBackend, document: dict[str, Any]) -> Any:
    attributes = _attributes(document, "PhoneNumberInformation")
    return _seeding(lambda: backend.seed_phone_number(**attributes))


def _seed_sender_id(backend: PinpointBackend, document: dict[str, Any]) -> Any:
    sender_id, country = _required(document, "SenderId"), _required(document, "IsoCountryCode")
    attributes = _attributes(document, "SenderIdInformation", "SenderId", "IsoCountryCode")
    return _seeding(lambda: backend.seed_sender_id(sender_id, country, **attributes))


def _seed_pool(backend: PinpointBackend, document: dict[str, Any]) -> Any:
    attributes = _attributes(document, "PoolInformation", "OriginationIdentities")
    named = document.get("OriginationIdentities", [])
    if not isinstance(named, list):
        raise BadRequest("'OriginationIdentities' must be a list.")
    with backend.lock:
        identities = [_identity(backend, value) for value in named]
        return _seeding(lambda: backend.seed_pool(identities, **attributes))


def _seed_opt_out_list(backend: PinpointBackend, document: dict[str, Any]) -> Any:
    name = _required(document, "OptOutListName")
    attributes = _attributes(document, "OptOutListInformation", "OptOutListName")
    return _seeding(lambda: backend.seed_opt_out_list(name, **attributes))


def _seed_opted_out_number(backend: PinpointBackend, document: dict[str, Any]) -> Any:
    list_name, number = _required(document, "OptOutListName"), _required(document, "OptedOutNumber")
    attributes = _attributes(document, "OptedOutNumberInformation", "OptOutListName", "OptedOutNumber")
    return _seeding(lambda: backend.seed_opted_out_number(list_name, number, **attributes))


SEEDS: dict[str, tuple[str, Seeder]] = {
    "phone-number": ("PhoneNumberInformation", _seed_phone_number),
    "sender-id": ("SenderIdInformation", _seed_sender_id),
    "pool": ("PoolInformation", _seed_pool),
    "opt-out-list": ("OptOutListInformation", _seed_opt_out_list),
    "opted-out-number": ("OptedOutNumberInformation", _seed_opted_out_number),
}
"""Each seeding route: the output shape its answer is written as, and what it does."""
