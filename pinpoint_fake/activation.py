"""``mock_pinpoint``: moto's ``mock_aws`` with pinpoint-sms-voice-v2 served, by composition.

``MockAWS`` keeps its nesting counters on the class, so a subclass nested with ``mock_aws()`` would wipe data
and switch mocking off early. Each start here starts a plain ``mock_aws()`` instead: nesting in any order and
depth behaves exactly as nested ``mock_aws`` does (data lives until the outermost mock stops). While it runs,
botocore Sessions are made from a template (``sessions.py``), which is all that makes ``boto3.client(...)``
in a test cheap; the decorator forms get that through the start and stop of the moto mock they wrap.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

from moto import mock_aws
from moto.core.models import DEFAULT_ACCOUNT_ID

from . import sessions
from .backend import PinpointBackend, pinpoint_backends
from .hook import backend_of, install, mocking_enabled
from .writer import clear_memos

if TYPE_CHECKING:
    from moto.core.base_backend import BackendDict
    from moto.core.config import DefaultConfig

    from .records import SentMessage

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=type)


class _Registrations:
    """Stands in for ``CallbackResponse`` in ``moto.core.models``, which calls it ~1,250 times at every
    outermost start (one registration per URL pattern of every moto service and HTTP method, for code that
    calls AWS through ``requests``): the largest part of a start's cost and of the garbage a test leaves.

    While a ``mock_pinpoint`` starts, it hands back the response moto made for the same method, pattern and
    callback at an earlier such start, with its list of calls emptied, which is what a new one would be: the
    registry that held it was replaced by moto's reset. Anything else, and every start of a plain
    ``mock_aws``, is built by moto's own class, as before."""

    def __init__(self, original: Any, callbacks: tuple[Any, ...]) -> None:
        self.original = original
        self.reusing = False  # set by a mock_pinpoint's start
        self._callbacks = callbacks
        self._made: dict[tuple[Any, ...], Any] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not self.reusing or args or kwargs.keys() != _UNDERSTOOD:  # not a call it knows: moto's own class
            return self.original(*args, **kwargs)
        key = (kwargs["method"], kwargs["url"], kwargs["callback"])
        response = self._made.get(key)
        if response is None:
            response = self.original(**kwargs)
            if key[2] in self._callbacks:
                self._made[key] = response
        elif response._calls._calls:  # responses' own lists; a reused response starts without calls
            response.calls.reset()
        return response


_UNDERSTOOD = frozenset({"method", "url", "callback"})  # how moto 5.2 calls CallbackResponse


def _registrations() -> _Registrations | None:
    """``_Registrations``, installed once, if moto and responses are built as it expects (moto calls it while
    it holds its start lock); None, and moto's own class left in place, if they are not."""
    import moto.core.models

    models: Any = moto.core.models
    current = getattr(models, "CallbackResponse", None)
    if current is None or isinstance(current, _Registrations):
        return current
    not_implemented = getattr(models, "not_implemented_callback", None)
    if not_implemented is None:
        return None
    try:
        probe = current(method="GET", url="https://probe.invalid/", callback=not_implemented)
    except Exception:  # a CallbackResponse that is called otherwise
        return None
    if not isinstance(getattr(getattr(probe, "_calls", None), "_calls", None), list):
        return None
    stubber = getattr(models, "botocore_stubber", None)
    # moto's callback for its services: process_request before moto 5.2.5, process_prepared_request since
    handlers = (getattr(stubber, name, None) for name in ("process_prepared_request", "process_request"))
    callbacks = (*(handler for handler in handlers if handler is not None), not_implemented)
    models.CallbackResponse = registrations = _Registrations(current, callbacks)
    return registrations


_REGISTRATIONS = _registrations()


def _moto_mock(config: DefaultConfig | None) -> Any:
    """A plain ``mock_aws(config=...)`` whose starts and stops also switch the Session template on and off.

    moto's decorators call the instance's own ``start``/``stop`` (with ``reset``/``remove_data`` for class
    decorators), so wrapping them on the instance covers every form while moto keeps its semantics."""
    mock: Any = mock_aws(config=config)
    start, stop = mock.start, mock.stop

    def started(reset: bool = True) -> None:
        if _REGISTRATIONS is None:
            start(reset=reset)
        else:
            _REGISTRATIONS.reusing = True
            try:
                start(reset=reset)
            finally:
                _REGISTRATIONS.reusing = False
        sessions.enter()

    def stopped(remove_data: bool = True) -> None:
        sessions.leave()
        stop(remove_data=remove_data)
        if remove_data and not mocking_enabled():  # the outermost mock: its records are gone
            clear_memos()

    mock.start, mock.stop = started, stopped
    return mock


class MockPinpoint:
    """Works as a decorator (function or class), a context manager, and with ``start()``/``stop()``."""

    def __init__(self, config: DefaultConfig | None = None) -> None:
        self._config = config
        self._started: list[Any] = []
        install()
        sessions.install()

    @overload
    def __call__(self, target: C) -> C: ...
    @overload
    def __call__(self, target: Callable[P, R]) -> Callable[P, R]: ...

    def __call__(self, target: Any) -> Any:
        """Decorate a function or a test class with moto's semantics (``setup_method`` included)."""
        return _moto_mock(self._config)(target)

    def start(self) -> MockPinpoint:
        mock = _moto_mock(self._config)
        mock.start()
        self._started.append(mock)
        return self

    def stop(self) -> None:
        if not self._started:
            raise RuntimeError("Called stop() before start().")
        self._started.pop().stop()

    def __enter__(self) -> MockPinpoint:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def backends(self) -> BackendDict[PinpointBackend]:
        """The registry: ``backends[account_id][region]``."""
        return pinpoint_backends

    def backend(self, region: str = "us-east-1", account_id: str | None = None) -> PinpointBackend:
        """The backend of one account and region, for seeding and inspection.

        The account defaults to the one a client gets with moto's credentials: ``MOTO_ACCOUNT_ID`` if set,
        else moto's default account. A region where AWS does not offer the service is ``RegionNotServed``,
        as for a client (unless ``MOTO_ALLOW_NONEXISTENT_REGION`` is set).
        """
        account = account_id or os.environ.get("MOTO_ACCOUNT_ID", DEFAULT_ACCOUNT_ID)
        backend_of(account, region)  # RegionNotServed where AWS does not offer the service, as for a client
        backend: PinpointBackend = pinpoint_backends[account][region]
        return backend

    def sent_messages(self, region: str | None = None, account_id: str | None = None) -> list[SentMessage]:
        """The outbox of every account and region the mock holds (narrowed to ``region`` and ``account_id``
        when given), in send order; each backend's own is ``backend(...).sent_messages``."""
        outboxes = [
            backend.sent_messages
            for backend in pinpoint_backends.everywhere()
            if region in (None, backend.region_name) and account_id in (None, backend.account_id)
        ]
        return sorted((message for outbox in outboxes for message in outbox), key=lambda m: m.sequence)


@overload
def mock_pinpoint(target: None = None, *, config: DefaultConfig | None = None) -> MockPinpoint: ...
@overload
def mock_pinpoint(target: C, *, config: DefaultConfig | None = None) -> C: ...
@overload
def mock_pinpoint(target: Callable[P, R], *, config: DefaultConfig | None = None) -> Callable[P, R]: ...


def mock_pinpoint(target: Any = None, *, config: DefaultConfig | None = None) -> Any:
    """Use as ``@mock_pinpoint``, ``@mock_pinpoint()``, ``with mock_pinpoint() as mock:`` or ``.start()``."""
    mock = MockPinpoint(config)
    return mock if target is None else mock(target)
