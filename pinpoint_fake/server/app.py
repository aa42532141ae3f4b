"""The WSGI application: this service, its reserved JSON API, and every other AWS service through moto.

A request is this service's when its ``X-Amz-Target`` names the service's target prefix
(``PinpointSMSVoiceV2.``) or its SigV4 credential scope names the service's signing name (``sms-voice``): then
``protocol.handle`` answers it exactly as in-process, with the account and region resolved from the request as
moto's server resolves them (``MOTO_ACCOUNT_ID``, the ``x-moto-account-id`` header, access keys minted by
moto's STS/IAM, then moto's default account; the region of the credential scope). Paths under
``/pinpoint-api/`` are the reserved JSON API (``admin.py``). Everything else goes to moto's own server
application (``DomainDispatcherApplication``), created on first use, so one port serves a whole stack.

Whatever goes wrong, this service's requests get an AWS-shaped JSON error, never a stack trace: the fake's
own errors (``NotImplementedByFake``, ``RegionNotServed``, ``FakeInternalError``) are answered with their
class name as ``__type`` (in-process they are raised instead), and a body above ``max_body_bytes`` is refused
with 413 before it is read into memory.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from werkzeug.wsgi import get_content_length, get_input_stream

from ..errors import FakeInternalError, PinpointFakeError
from ..hook import backend_for
from ..protocol import Response, encode_fake_error, error_reply, handle
from ..service_model import arn_service, target_prefix
from .admin import PREFIX as ADMIN_PREFIX
from .admin import answer as admin_answer

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

MAX_BODY_BYTES = 10 * 1024 * 1024
"""The largest request body the endpoint reads: 10 MiB, five times this service's largest valid request (a
1.5 MiB ``AttachmentBody`` blob, base64 in JSON). Larger bodies get 413 ``RequestEntityTooLargeException``."""

_SCOPE = re.compile(r"Credential=[^/,\s]+/[^/]+/[^/]+/([^/]+)/")
_HEADERS = {  # the request headers the protocol reads, by their WSGI names
    "x-amz-target": "HTTP_X_AMZ_TARGET",
    "authorization": "HTTP_AUTHORIZATION",
    "x-moto-account-id": "HTTP_X_MOTO_ACCOUNT_ID",
}
_DRAIN_CHUNK = 64 * 1024
_log = logging.getLogger("pinpoint_fake.server")


class PinpointServerApp:
    """The endpoint as a WSGI application (``ThreadedPinpointServer`` and ``python -m pinpoint_fake.server``
    serve it; any WSGI server can)."""

    def __init__(self, max_body_bytes: int = MAX_BODY_BYTES, others: WSGIApplication | None = None) -> None:
        """``others`` answers every other service; by default moto's server application, made on first use."""
        self.max_body_bytes = max_body_bytes
        self._others = others
        self._others_lock = threading.Lock()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path: str = environ.get("PATH_INFO") or "/"
        if path == ADMIN_PREFIX.rstrip("/") or path.startswith(ADMIN_PREFIX):
            response = self._answer(environ, lambda body: admin_answer(environ, body))
        elif serves(environ):
            response = self._answer(environ, lambda body: _service(environ, body))
        else:
            return self._other_services()(environ, start_response)
        status, headers, payload = response
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers.items()))
        return [payload]

    def _answer(self, environ: WSGIEnvironment, respond: Any) -> Response:
        body = _read(environ, self.max_body_bytes)
        if body is None:
            message = f"The request body is larger than {self.max_body_bytes} bytes, this endpoint's limit."
            return error_reply(413, "RequestEntityTooLargeException", message)
        try:
            answer: Response = respond(body)
            return answer
        except PinpointFakeError as error:  # raised in-process, answered here (FakeInternalError: logged)
            if isinstance(error, FakeInternalError):
                _log.error("%s", error, exc_info=error.__cause__)
            return encode_fake_error(error)
        except Exception as error:  # a bug of the endpoint itself: logged, answered without its traceback
            _log.exception("pinpoint_fake failed while answering %s", _operation(environ))
            return encode_fake_error(FakeInternalError(_operation(environ), error))

    def _other_services(self) -> WSGIApplication:
        with self._others_lock:
            if self._others is None:
                self._others = _motos_application()
            return self._others


def serves(environ: WSGIEnvironment) -> bool:
    """Whether a request is this service's: by its target prefix, else by its credential scope's service."""
    target: str = environ.get("HTTP_X_AMZ_TARGET", "")
    if target.partition(".")[0] == target_prefix():
        return True
    scope = _SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
    return scope is not None and scope[1] == arn_service()


def _service(environ: WSGIEnvironment, body: bytes) -> Response:
    headers = {name: environ[key] for name, key in _HEADERS.items() if key in environ}
    return handle(headers, body, backend_for)


def _operation(environ: Mapping[str, Any]) -> str:
    target: str = environ.get("HTTP_X_AMZ_TARGET", "")
    return target.partition(".")[2] or str(environ.get("PATH_INFO", "/"))


def _read(environ: WSGIEnvironment, limit: int) -> bytes | None:
    """The request body, or None when it is longer than ``limit``: then what the client sends is read and
    dropped, so that the client gets to read the answer and a kept-alive connection stays in step."""
    length = get_content_length(environ)
    if length is not None and length > limit:  # refused before a byte is read
        _drain(environ["wsgi.input"], length)
        return None
    body: bytes = get_input_stream(environ, max_content_length=limit + 1).read()
    if len(body) > limit:  # a body of unannounced length (chunked) that runs over
        _drain(environ["wsgi.input"], None)
        return None
    return body


def _drain(stream: Any, length: int | None) -> None:
    left = length
    while left is None or left > 0:
        chunk = stream.read(_DRAIN_CHUNK if left is None else min(_DRAIN_CHUNK, left))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)


def _motos_application() -> WSGIApplication:
    """moto's server application (it needs Flask: ``pip install 'pinpoint-fake[server]'``)."""
    try:
        from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    except ImportError as error:
        reason = f"{error}; install moto's server extras: pip install 'pinpoint-fake[server]'"
        return _unavailable(reason)
    application: WSGIApplication = DomainDispatcherApplication(create_backend_app)
    return application


def _unavailable(reason: str) -> WSGIApplication:
    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        message = f"Only pinpoint-sms-voice-v2 is served: moto's server application is missing ({reason})."
        status, headers, payload = error_reply(501, "NotImplemented", message)
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers.items()))
        return [payload]

    return application
