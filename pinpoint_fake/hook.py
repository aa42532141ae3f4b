"""The botocore event hook that answers every call of pinpoint-sms-voice-v2 inside a mock.

It is registered on ``before-send.pinpoint-sms-voice-v2`` in ``botocore.handlers.BUILTIN_HANDLERS``, so every
Session created after import carries it; that event fires after botocore has serialized and signed the
request, and the first handler to return a response is the answer, so the request never reaches the
network. Routing by event name (not by URL) covers custom ``endpoint_url``, FIPS and dual-stack endpoints.

botocore runs *every* ``before-send`` handler, answered or not, and moto's generic one would then build a 404
for this service's URL only to have it thrown away. So clients of this service are created without it: a
small mixin takes it off each new client (it does nothing for this service, mocked or not).

The hook answers while moto's mocking is on, which ``mock_pinpoint`` and plain ``moto.mock_aws`` both turn on.
Importing this module costs botocore's handlers only: moto is imported on the first call inside a mock.

aiobotocore (and aioboto3, built on it) runs the same events but awaits the answer's body, so its clients are
answered by ``answer_async`` instead, with aiobotocore's own response type. The mixin makes the swap on each
new client, ``patch_client`` on an older one; aiobotocore is never imported here, only recognized once loaded.
The response type is chosen, and its module imported, before the call reaches the registry: a call is only
applied when its answer can be handed to the client that made it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any, cast

from botocore.awsrequest import AWSResponse
from botocore.handlers import BUILTIN_HANDLERS
from botocore.utils import InstanceMetadataRegionFetcher

from .protocol import handle

if TYPE_CHECKING:
    from botocore.awsrequest import AWSPreparedRequest
    from botocore.client import BaseClient
    from botocore.hooks import BaseEventHooks
    from moto.core.base_backend import BackendDict

    from .backend import PinpointBackend
    from .protocol import Backend, Credentials, Response

SERVICE_ID = "pinpoint-sms-voice-v2"
EVENT = f"before-send.{SERVICE_ID}"
_HEADERS = ("x-amz-target", "authorization", "x-moto-account-id")  # all the protocol reads


class _Body(BytesIO):
    """The raw body botocore reads an AWSResponse from."""

    def stream(self, **kwargs: Any) -> Any:
        yield self.getvalue()


def _moto() -> Any:
    """moto's mocking module, if moto is imported at all."""
    return sys.modules.get("moto.core.models")


def mocking_enabled() -> bool:
    """True while moto's mocking is on (``mock_aws`` or ``mock_pinpoint``), without importing moto.

    moto's switch (``botocore_stubber.enabled``) is no public name: a moto without it is taken as not
    mocking, so the hook steps aside and botocore goes on as without the fake."""
    return bool(getattr(_stubber(), "enabled", False))


def _stubber() -> Any:
    """moto's generic ``before-send`` handler (``botocore_stubber``), if moto is imported and has one."""
    return getattr(_moto(), "botocore_stubber", None)


def answer(request: AWSPreparedRequest, **kwargs: Any) -> AWSResponse | None:
    """The handler for botocore's clients: the answer to ``request`` while mocking, else None (botocore goes
    on)."""
    if not mocking_enabled():
        return None
    status, headers, payload = _handle(request)
    return AWSResponse(request.url, status, headers, _Body(payload))  # type: ignore[arg-type]


def answer_async(request: AWSPreparedRequest, **kwargs: Any) -> AWSResponse | None:
    """The handler for aiobotocore's clients: the same answer in aiobotocore's ``AioAWSResponse``.

    aiobotocore awaits the handler's result if it is awaitable, then ``await response.content``, which reads
    ``raw.read()``. That read does not suspend, so a cancelled task cannot lose an answer between the
    registry's change and the client.
    """
    if not mocking_enabled():
        return None
    response_type = _aio_response_type()  # imported before the call is applied
    status, headers, payload = _handle(request)
    response: AWSResponse = response_type(request.url, status, headers, _AsyncBody(payload))  # type: ignore[arg-type]
    return response


class _AsyncBody:
    """The raw body aiobotocore reads an ``AioAWSResponse`` from."""

    __slots__ = ("_payload",)

    def __init__(self, payload: bytes) -> None:
        self._payload = payload

    async def read(self, *args: Any) -> bytes:
        return self._payload


def _aio_response_type() -> type[AWSResponse]:
    from aiobotocore.awsrequest import AioAWSResponse

    response_type: type[AWSResponse] = AioAWSResponse
    return response_type


def _handle(request: AWSPreparedRequest) -> Response:
    headers = {}
    for name in _HEADERS:
        value = request.headers.get(name)
        if value is not None:
            headers[name] = value.decode() if isinstance(value, bytes) else value
    return handle(headers, _body(request.body), backend_for)


def _body(body: str | bytes | bytearray | IO[bytes] | IO[str] | None) -> bytes:
    if body is None:
        return b""
    if not isinstance(body, (str, bytes, bytearray)):
        body = body.read()
    return body.encode() if isinstance(body, str) else bytes(body)


@cache
def _registry() -> BackendDict[PinpointBackend]:
    from .backend import pinpoint_backends

    return pinpoint_backends


def backend_for(credentials: Credentials, headers: Mapping[str, str]) -> Backend:
    """The backend of the caller's account (as moto resolves it) in the request's signing region."""
    return backend_of(caller_account(credentials.access_key, headers), credentials.region)


def backend_of(account_id: str, region: str) -> Backend:
    """The backend of an account and region; RegionNotServed where AWS does not offer the service."""
    registry = _registry()
    # Plain dict reads first: moto's BackendDict.__getitem__ takes a lock and lists its keys on every call.
    regions = dict.get(registry, account_id)
    backend: Backend | None = None if regions is None else dict.get(regions, region)
    if backend is None:
        backend = _new_backend(registry, account_id, region)
    return backend


def _new_backend(registry: BackendDict[PinpointBackend], account_id: str, region: str) -> Backend:
    from moto.settings import allow_unknown_region

    from .errors import RegionNotServed

    account = registry[account_id]
    if region not in account and not allow_unknown_region():
        raise RegionNotServed(
            f"pinpoint-sms-voice-v2 is not offered in region '{region}'; "
            "set MOTO_ALLOW_NONEXISTENT_REGION=true to use it anyway."
        )
    return account[region]


def caller_account(access_key: str, headers: Mapping[str, str]) -> str:
    """moto's order: MOTO_ACCOUNT_ID, the x-moto-account-id header, keys minted by moto's STS, the default."""
    if "MOTO_ACCOUNT_ID" in os.environ:
        return os.environ["MOTO_ACCOUNT_ID"]
    if "x-moto-account-id" in headers:
        return headers["x-moto-account-id"]
    iam = sys.modules.get("moto.iam.models")  # loaded by moto's STS/IAM; importing it here costs ~200 ms
    if iam is not None:
        account: str = iam.get_account_id_from(access_key)
        return account
    models = _moto()  # loaded already inside a mock (read without an import statement on every call)
    if models is None:  # the server, before its first mock
        import moto.core.models as models
    default: str = models.DEFAULT_ACCOUNT_ID
    return default


def _without_motos_generic_handler(events: BaseEventHooks) -> None:
    stubber = _stubber()
    if stubber is not None:
        events.unregister("before-send", stubber)


def is_async(client: object) -> bool:
    """Whether ``client`` is an aiobotocore (or aioboto3) client, found without importing aiobotocore."""
    aio = sys.modules.get("aiobotocore.client")
    return aio is not None and isinstance(client, aio.AioBaseClient)


def _handler_for(client: object) -> Any:
    # botocore-stubs types event handlers as returning None
    return cast("Any", answer_async if is_async(client) else answer)


class _ClientMixin:
    """Mixed into this service's client classes: takes moto's generic before-send handler off the client,
    and gives an aiobotocore client the handler that answers it in aiobotocore's types."""

    meta: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _without_motos_generic_handler(self.meta.events)
        if is_async(self):
            self.meta.events.unregister(EVENT, cast("Any", answer))
            self.meta.events.register(EVENT, cast("Any", answer_async))


def _add_client_mixin(base_classes: list[type], **kwargs: Any) -> None:
    base_classes.insert(0, _ClientMixin)


HANDLERS = ((EVENT, answer), (f"creating-client-class.{SERVICE_ID}", _add_client_mixin))


def install() -> None:
    """Register the hook for every botocore Session created from now on (idempotent)."""
    for handler in HANDLERS:
        if handler not in BUILTIN_HANDLERS:
            BUILTIN_HANDLERS.append(handler)
    _no_instance_metadata_while_mocking()


def _no_instance_metadata_while_mocking() -> None:
    """Inside a mock, botocore's instance-metadata region lookup finds no region, without a request.

    botocore asks the instance-metadata service for the region when a client is created with
    ``defaults_mode="auto"`` (by Config, ``AWS_DEFAULTS_MODE`` or the config file): a connection attempt
    from a test, which moto does not prevent. Outside a mock botocore's lookup runs unchanged.
    """
    fetcher = InstanceMetadataRegionFetcher
    original = fetcher.retrieve_region
    if getattr(original, "pinpoint_fake", False):
        return

    def retrieve_region(self: InstanceMetadataRegionFetcher) -> str | None:
        if mocking_enabled():
            return None
        region: str | None = original(self)
        return region

    retrieve_region.pinpoint_fake = True  # type: ignore[attr-defined]
    fetcher.retrieve_region = retrieve_region  # type: ignore[method-assign]


def patch_client(client: BaseClient) -> None:
    """Make a client created before ``pinpoint_fake`` was imported answer through the fake (idempotent).

    An aiobotocore client is given the handler that answers in aiobotocore's types.
    """
    for handler in (answer, answer_async):
        client.meta.events.unregister(EVENT, cast("Any", handler))
    client.meta.events.register(EVENT, _handler_for(client))
    _without_motos_generic_handler(client.meta.events)
