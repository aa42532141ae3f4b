"""The botocore event hook that answers every call of pinpoint-sms-voice-v2 inside a mock.

It is registered on ``before-send.pinpoint-sms-voice-v2`` in ``botocore.handlers.BUILTIN_HANDLERS``, so every
Session created after import carries it; that event fires after botocore has serialized and signed the
request, and the first handler to return a response wins, so the request never reaches the network. The
deeper event name runs before moto's generic ``before-send`` handler. Routing by event name (not by URL)
covers custom ``endpoint_url``, FIPS and dual-stack endpoints alike.

The hook answers while moto's mocking is on, which ``mock_pinpoint`` and plain ``moto.mock_aws`` both turn on.
Importing this module costs botocore's handlers only: moto is imported on the first call inside a mock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any, cast

from botocore.awsrequest import AWSResponse
from botocore.handlers import BUILTIN_HANDLERS

if TYPE_CHECKING:
    from botocore.awsrequest import AWSPreparedRequest
    from botocore.client import BaseClient

    from .protocol import Backend, Credentials

EVENT = "before-send.pinpoint-sms-voice-v2"


class _Body(BytesIO):
    """The raw body botocore reads an AWSResponse from."""

    def stream(self, **kwargs: Any) -> Any:
        yield self.getvalue()


def mocking_enabled() -> bool:
    """True while moto's mocking is on (``mock_aws`` or ``mock_pinpoint``), without importing moto."""
    models = sys.modules.get("moto.core.models")
    return models is not None and bool(models.botocore_stubber.enabled)


def answer(request: AWSPreparedRequest, **kwargs: Any) -> AWSResponse | None:
    """The handler: the service's answer to ``request`` while mocking, else None (botocore goes on)."""
    if not mocking_enabled():
        return None
    from .protocol import handle

    headers = {
        key: value.decode() if isinstance(value, bytes) else value for key, value in request.headers.items()
    }
    status, response_headers, payload = handle(headers, _body(request.body), backend_for)
    return AWSResponse(request.url, status, response_headers, _Body(payload))  # type: ignore[arg-type]


def _body(body: str | bytes | bytearray | IO[bytes] | IO[str] | None) -> bytes:
    if body is None:
        return b""
    if not isinstance(body, (str, bytes, bytearray)):
        body = body.read()
    return body.encode() if isinstance(body, str) else bytes(body)


def backend_for(credentials: Credentials, headers: Mapping[str, str]) -> Backend:
    """The backend of the caller's account (as moto resolves it) in the request's signing region."""
    from moto.settings import allow_unknown_region

    from .backend import pinpoint_backends
    from .errors import RegionNotServed

    account = pinpoint_backends[account_id(credentials.access_key, headers)]
    if credentials.region not in account and not allow_unknown_region():
        raise RegionNotServed(
            f"pinpoint-sms-voice-v2 is not offered in region '{credentials.region}'; "
            "set MOTO_ALLOW_NONEXISTENT_REGION=true to use it anyway."
        )
    return account[credentials.region]


def account_id(access_key: str, headers: Mapping[str, str]) -> str:
    """moto's order: MOTO_ACCOUNT_ID, the x-moto-account-id header, keys minted by moto's STS, the default."""
    if "MOTO_ACCOUNT_ID" in os.environ:
        return os.environ["MOTO_ACCOUNT_ID"]
    if "x-moto-account-id" in headers:
        return headers["x-moto-account-id"]
    iam = sys.modules.get("moto.iam.models")  # loaded by moto's STS/IAM; importing it here costs ~200 ms
    if iam is not None:
        account: str = iam.get_account_id_from(access_key)
        return account
    from moto.core.models import DEFAULT_ACCOUNT_ID

    return DEFAULT_ACCOUNT_ID


def install() -> None:
    """Register the hook for every botocore Session created from now on (idempotent)."""
    if (EVENT, answer) not in BUILTIN_HANDLERS:
        BUILTIN_HANDLERS.append((EVENT, answer))


def patch_client(client: BaseClient) -> None:
    """Make a client created before ``pinpoint_fake`` was imported answer through the fake (idempotent)."""
    handler = cast("Any", answer)  # botocore-stubs types event handlers as returning None
    client.meta.events.unregister(EVENT, handler)
    client.meta.events.register(EVENT, handler)
