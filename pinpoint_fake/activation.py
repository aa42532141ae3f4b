"""``mock_pinpoint``: moto's ``mock_aws`` with pinpoint-sms-voice-v2 served, by composition.

``MockAWS`` keeps its nesting counters on the class, so a subclass nested with ``mock_aws()`` would wipe data
and switch mocking off early. Each start here starts a plain ``mock_aws()`` instead: nesting in any order and
depth behaves exactly as nested ``mock_aws`` does (data lives until the outermost mock stops).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from moto import mock_aws
from moto.core.models import DEFAULT_ACCOUNT_ID

from .backend import PinpointBackend, pinpoint_backends
from .hook import install

if TYPE_CHECKING:
    from moto.core.base_backend import BackendDict
    from moto.core.config import DefaultConfig

    from .records import SentMessage

T = TypeVar("T")


class MockPinpoint:
    """Works as a decorator (function or class), a context manager, and with ``start()``/``stop()``."""

    def __init__(self, config: DefaultConfig | None = None) -> None:
        self._config = config
        self._started: list[Any] = []
        install()

    def __call__(self, target: T) -> T:
        """Decorate a function or a test class with moto's semantics (``setup_method`` included)."""
        # mock_aws(func, config=...) ignores config; mock_aws(config=...)(func) applies it.
        mock: Any = mock_aws(config=self._config)
        decorated: T = mock(target)
        return decorated

    def start(self) -> MockPinpoint:
        mock = mock_aws(config=self._config)
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
        else moto's default account.
        """
        account = account_id or os.environ.get("MOTO_ACCOUNT_ID", DEFAULT_ACCOUNT_ID)
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
def mock_pinpoint(
    target: Callable[..., Any], *, config: DefaultConfig | None = None
) -> Callable[..., Any]: ...
@overload
def mock_pinpoint(target: type[T], *, config: DefaultConfig | None = None) -> type[T]: ...


def mock_pinpoint(target: Any = None, *, config: DefaultConfig | None = None) -> Any:
    """Use as ``@mock_pinpoint``, ``@mock_pinpoint()``, ``with mock_pinpoint() as mock:`` or ``.start()``."""
    mock = MockPinpoint(config)
    return mock if target is None else mock(target)
