"""The endpoint's reserved JSON API under ``/pinpoint-api/``: the seeding API, an end user's message, the
outbox and the inbox, and reset, over HTTP.

What ``backend.seed_*``, ``review_registration`` and ``receive_message`` do in-process, for tests in any
language. One table (``ROUTES``) says, for each route, the backend method it calls (or the list it reads),
how the members of its JSON body are read into that method's arguments (``arguments.py``) and how the answer
is written; one function serves them all. A route is named after its method: ``seed_rcs_agent`` is ``POST
seed/rcs-agent``, ``receive_message`` ``POST receive-message``, ``sent_messages`` ``GET sent-messages``
(and ``DELETE sent-messages``, which drains the outbox: answers it and clears it, as ``outbox.clear()``).

- Bodies: members in the model's style. A seeding route takes the members of the output shape its record is
  written as (``PoolInformation`` for ``seed/pool``, checked against the running model) and ``Tags``, plus
  the members the table names for the method's other arguments (``OriginationIdentities``, ``Carriers``, ...).
- Answers: a record the model has a shape for is written exactly as the service's Describe* writes it;
  anything else (a sent or received message, the account, a list of event types) as JSON of its attributes
  under the model's style of name (``message_id`` -> ``MessageId``), None as null, timestamps in epoch
  seconds, amounts of money as their exact text, a dict's own keys (an event's payload, a ``Context``) as
  they are.
- ``?region=`` (default ``us-east-1``) and ``?account_id=`` (default ``MOTO_ACCOUNT_ID``, else moto's
  default account, as ``mock.backend()``; twelve digits, else refused) choose the backend.
- Errors are the service's: bad members one ``ValidationException`` (``FIELD_VALIDATION_FAILED`` or
  ``MISSING_PARAMETER``, a ``Fields`` entry each), a value the seeding method refuses ``ValidationException``
  ``INVALID_PARAMETER`` with its reason as ``Message``, an unknown record the Describe* operation's
  ``ResourceNotFoundException``; an unknown route is 404 ``UnknownOperationException`` listing the routes.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast, get_type_hints
from urllib.parse import parse_qs

from ..errors import PinpointFakeError, ServiceError, ValidationException
from ..hook import backend_of
from ..protocol import Response, encode_error, encode_fake_error, error_reply, reply
from ..records import DeniedReason
from ..service_model import shape
from ..writer import epoch_seconds, write
from .arguments import (
    Reader,
    amounts,
    blob,
    flag,
    model,
    read_arguments,
    records_or_texts,
    reference,
    references,
    text,
    texts_by_name,
    texts_by_two_names,
    texts_or_lists,
)

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment
    from botocore.model import Shape

    from ..backend import PinpointBackend

PREFIX = "/pinpoint-api/"
DEFAULT_REGION = "us-east-1"
_TAGS = "Tags"


@dataclass(frozen=True)
class Route:
    """One route: the backend method it calls (``POST``) or the list it reads (``GET``), and how.

    ``shape``: the output shape the method's record is written as; its members (less ``excluded``), and
    ``Tags`` where the record has tags, are the method's attributes unless ``takes_attributes`` is false.
    ``arguments``: the body's other members, each the method's parameter and how it is read. ``required``:
    the members the body must give. ``under``: the member an answer that is no record of a shape is put
    under (``{"EventTypes": [...]}``).
    """

    call: str
    shape: str | None = None
    arguments: Mapping[str, tuple[str, Reader]] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    excluded: frozenset[str] = frozenset()
    takes_attributes: bool = True
    under: str | None = None
    method: str = "POST"

    @property
    def methods(self) -> tuple[str, ...]:
        """A list is read (``GET``) and drained (``DELETE``: cleared, answering what it held), as a test in
        Python reads ``backend.sent_messages`` and clears it; a method is called (``POST``)."""
        return ("GET", "DELETE") if self.method == "GET" else (self.method,)

    @property
    def path(self) -> str:
        """``seed_rcs_agent`` -> ``seed/rcs-agent``; ``receive_message`` -> ``receive-message``."""
        name = self.call.replace("_", "-")
        return f"seed/{name[5:]}" if name.startswith("seed-") else name

    def attributes(self) -> dict[str, Shape]:
        """The members read as the record's attributes, and their shapes."""
        if self.shape is None or not self.takes_attributes:
            return {}
        members: dict[str, Shape] = {
            name: member
            for name, member in shape(self.shape).members.items()  # type: ignore[attr-defined]
            if name not in self.excluded and name not in self.arguments
        }
        record = _record(self.call)
        if record is not None and any(item.name == "tags" for item in fields(record)):
            members[_TAGS] = shape("TagList")
        return members


def answer(environ: WSGIEnvironment, body: bytes) -> Response:
    """Serve one request of the reserved API."""
    path = str(environ.get("PATH_INFO", ""))[len(PREFIX) :]
    method = str(environ.get("REQUEST_METHOD", "GET"))
    query = {name: values[-1] for name, values in parse_qs(str(environ.get("QUERY_STRING", ""))).items()}
    try:
        if (path, method) == ("reset", "POST"):
            reset()
            return reply(200, "{}")
        route = ROUTES.get(path)
        if route is not None and method in route.methods:
            return reply(200, serve(route, _backend(query), body, method))
    except ServiceError as error:  # a bad request, or a lookup refused: the service's own error
        return encode_error(error)
    except PinpointFakeError as error:
        return encode_fake_error(error)
    served = (f"{verb} {route.path}" for route in ROUTES.values() for verb in route.methods)
    routes = ", ".join(["POST reset", *served])
    message = f"No route {method} {PREFIX}{path}; the routes are: {routes}."
    return error_reply(404, "UnknownOperationException", message)


def serve(route: Route, backend: PinpointBackend, body: bytes, method: str = "POST") -> str:
    """Call (or read, or drain) the route's method with the body's members, and write its answer, under the
    backend's lock (a record is written as it is when the call returns; a list drained is read and cleared at
    once, so no message comes between)."""
    with backend.lock:
        if route.method == "GET":
            listed = getattr(backend, route.call)
            result: Any = list(listed)
            if method == "DELETE":
                listed.clear()
        else:
            kwargs = read_arguments(
                _document(body),
                backend=backend,
                arguments=route.arguments,
                attributes=route.attributes(),
                record=_record(route.call),
                required=route.required,
            )
            try:
                result = getattr(backend, route.call)(**kwargs)
            except (TypeError, ValueError) as error:  # the seeding methods' refusals
                raise ValidationException(str(error), "INVALID_PARAMETER") from None
        if route.shape is not None:
            return write(route.shape, result)
        value = json_value(result)
        return json.dumps(value if route.under is None else {route.under: value})


def reset() -> None:
    """Empty this service's registry, in every account and region (moto's other services keep their state)."""
    from moto.core.base_backend import backend_lock

    from ..backend import pinpoint_backends

    with backend_lock:
        for account in list(pinpoint_backends.values()):
            account.reset()
        pinpoint_backends.clear()


def json_value(value: Any) -> Any:
    """A record as JSON: attributes under the model's style of name (``message_id`` -> ``MessageId``),
    timestamps in epoch seconds as on the wire, amounts of money (``Decimal``) as their exact text
    (``"0.00581"``); a dict keeps its own keys (an event's payload), one keyed by tuples becomes nested
    objects (the account's spend: limit name, then month)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {_model_name(item.name): json_value(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, datetime):
        return epoch_seconds(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        nested: dict[str, Any] = {}
        for key, item in value.items():
            *outer, last = key if isinstance(key, tuple) else (key,)
            place = nested
            for part in outer:
                place = place.setdefault(str(part), {})
            place[str(last)] = json_value(item)
        return nested
    return value


def _model_name(attribute: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in attribute.split("_"))


def _record(call: str) -> type | None:
    """The record class the backend's method answers (its return annotation), if it is a record."""
    from ..backend import PinpointBackend

    return _returned_record(getattr(PinpointBackend, call))


@lru_cache(maxsize=256)  # every seed method, with room for those tests patch in (not kept alive for good)
def _returned_record(method: Callable[..., Any]) -> type | None:
    """Read per method, not per route: a method patched for one test must not decide how later calls read."""
    returned = get_type_hints(method).get("return")
    return returned if isinstance(returned, type) and is_dataclass(returned) else None


def _backend(query: dict[str, str]) -> PinpointBackend:
    from moto.core.models import DEFAULT_ACCOUNT_ID

    account = query.get("account_id") or os.environ.get("MOTO_ACCOUNT_ID", DEFAULT_ACCOUNT_ID)
    if "account_id" in query and not re.fullmatch(r"[0-9]{12}", account):
        raise ValidationException(
            f"account_id must be an AWS account ID of 12 digits, not {account!r}.", "INVALID_PARAMETER"
        )
    return cast("PinpointBackend", backend_of(account, query.get("region") or DEFAULT_REGION))


def _document(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body or b"{}")
    except (ValueError, RecursionError) as error:
        raise ValidationException(f"The body is not JSON: {error}", "CANNOT_PARSE") from None
    if not isinstance(document, dict):
        raise ValidationException("The body must be a JSON object of members.", "CANNOT_PARSE")
    return document


_ORIGINATION_IDENTITIES = ("phone-number", "sender-id", "rcs-agent")
_ASSOCIABLE = ("phone-number", "sender-id", "registration")


def _routes() -> dict[str, Route]:
    phone_number = model("PhoneNumber")
    routes = [
        Route("seed_phone_number", "PhoneNumberInformation"),
        Route("seed_sender_id", "SenderIdInformation", required=("SenderId", "IsoCountryCode")),
        Route(
            "seed_pool",
            "PoolInformation",
            {"OriginationIdentities": ("origination_identities", references(*_ORIGINATION_IDENTITIES))},
        ),
        Route(
            "seed_opt_out_list",
            "OptOutListInformation",
            {"OptOutListName": ("name", model("OptOutListName"))},
            required=("OptOutListName",),
        ),
        Route(
            "seed_opted_out_number",
            "OptedOutNumberInformation",
            {"OptOutListName": ("opt_out_list_name", model("OptOutListName"))},
            required=("OptOutListName", "OptedOutNumber"),
        ),
        Route(
            "seed_configuration_set",
            "ConfigurationSetInformation",
            {"ConfigurationSetName": ("name", model("ConfigurationSetName"))},
            required=("ConfigurationSetName",),
        ),
        Route(
            "seed_verified_destination_number",
            "VerifiedDestinationNumberInformation",
            required=("DestinationPhoneNumber",),
        ),
        Route(
            "seed_account",
            arguments={"Tier": ("tier", text), "MonthlySpend": ("monthly_spend", amounts)},
        ),
        Route(
            "seed_delivery_outcome",
            arguments={
                "DestinationPhoneNumber": ("destination_phone_number", phone_number),
                "Outcome": ("outcome", model("EventType")),
            },
            required=("DestinationPhoneNumber", "Outcome"),
            under="EventTypes",
        ),
        Route(
            "seed_protect_configuration",
            "ProtectConfigurationInformation",
            {"CountryRules": ("country_rules", texts_by_two_names)},
        ),
        Route(
            "seed_protect_number_override",
            "ProtectConfigurationRuleSetNumberOverride",
            {"ProtectConfigurationId": ("protect_configuration", reference("protect-configuration"))},
            required=("ProtectConfigurationId", "DestinationPhoneNumber", "Action"),
        ),
        Route("seed_rcs_agent", "RcsAgentInformation"),
        Route(
            "seed_rcs_country_launch",
            "CountryLaunchStatusInformation",
            {
                "RcsAgentId": ("agent", reference("rcs-agent")),
                "Carriers": ("carriers", texts_by_name),
            },
            required=("RcsAgentId", "IsoCountryCode"),
            excluded=frozenset(
                {"CarrierStatus"}
            ),  # its carriers' statuses: Carriers, as the method takes them
        ),
        Route(
            "seed_destination_without_rcs",
            arguments={"PhoneNumber": ("phone_number", phone_number)},
            required=("PhoneNumber",),
            under="PhoneNumber",
        ),
        Route("seed_notify_configuration", "NotifyConfigurationInformation"),
        Route("seed_notify_template", "NotifyTemplateInformation", required=("TemplateId",)),
        Route("seed_notify_country", "NotifyCountryInformation", required=("IsoCountryCode",)),
        Route(
            "seed_registration_attachment",
            "RegistrationAttachmentsInformation",
            {"AttachmentBody": ("body", blob)},
        ),
        Route(
            "seed_registration",
            "RegistrationInformation",
            {
                "FieldValues": ("field_values", texts_or_lists),
                "Complete": ("complete", flag),
                "Associations": ("associations", references(*_ASSOCIABLE)),
            },
        ),
        Route(
            "review_registration",
            "RegistrationInformation",
            {
                "RegistrationId": ("registration_id", text),
                "Outcome": ("outcome", text),
                "DeniedReasons": (
                    "denied_reasons",
                    records_or_texts("RegistrationDeniedReasonInformation", DeniedReason),
                ),
                "FieldDeniedReasons": ("field_denied_reasons", texts_by_name),
                "Feedback": ("feedback", text),
            },
            required=("RegistrationId",),
            takes_attributes=False,  # the registration is only written as RegistrationInformation
        ),
        Route(
            "receive_message",
            arguments={
                "OriginationNumber": ("origination_number", phone_number),
                "DestinationNumber": ("destination_number", phone_number),
                "MessageBody": ("message_body", model("TextMessageBody")),
            },
            required=("OriginationNumber", "DestinationNumber", "MessageBody"),
        ),
        Route("sent_messages", under="SentMessages", method="GET"),
        Route("received_messages", under="ReceivedMessages", method="GET"),
    ]
    return {route.path: route for route in routes}


ROUTES: dict[str, Route] = _routes()
"""Route path (under ``/pinpoint-api/``) -> what it does."""
