"""aiobotocore clients for the tests, and a synchronous face on one so that tests written for boto3 run
through an async client unchanged (``tests/test_async_behaviour.py``).

asyncio's event loop makes a socket pair for itself when it is created, which pytest-socket's
``--disable-socket`` refuses; the modules that use these helpers therefore allow sockets with connections to
127.0.0.1 only (``pytestmark``), and ``tests/test_async_clients.py`` proves that an async call inside a mock
makes no connection attempt at all.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from functools import cache
from typing import Any

import pytest

aiobotocore_session = pytest.importorskip(
    "aiobotocore.session",
    reason="aiobotocore is not installed: install the async extra (pip install -e '.[test,async]' -c "
    "tests/constraints-oldest.txt; no aiobotocore supports botocore 1.44 yet) to run the suite through an "
    "async client",
)

SERVICE = "pinpoint-sms-voice-v2"
LOOPBACK_ONLY = pytest.mark.allow_hosts(["127.0.0.1"])


@cache
def _data_loader() -> Any:
    """One loader of botocore's data files for the run (a fresh session would parse them again)."""
    from botocore.loaders import create_loader

    return create_loader()


def new_session() -> Any:
    """A fresh aiobotocore session (credentials and configuration resolved afresh), sharing the loader."""
    session = aiobotocore_session.AioSession()
    session.register_component("data_loader", _data_loader())
    return session


@asynccontextmanager
async def aio_client(
    region: str = "us-east-1", account: str | None = None, **kwargs: Any
) -> AsyncIterator[Any]:
    """An aiobotocore client of the service; ``account`` sets moto's ``x-moto-account-id`` on every call."""
    async with new_session().create_client(SERVICE, region_name=region, **kwargs) as client:
        if account is not None:

            def add_account(request: Any, **_: Any) -> None:
                request.headers["x-moto-account-id"] = account

            client.meta.events.register(f"before-sign.{SERVICE}", add_account)
        yield client


class SyncOverAsync:
    """A boto3-like client that runs each call of an aiobotocore client to completion on its event loop.

    API methods, ``exceptions`` and ``meta`` pass through; a paginator yields its pages from ``async for``
    and builds full results with aiobotocore's own ``build_full_result``.
    """

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client = client
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attribute(*args, **kwargs)
            return self._loop.run_until_complete(result) if inspect.isawaitable(result) else result

        return call

    def get_paginator(self, operation: str) -> _Paginator:
        return _Paginator(self._client.get_paginator(operation), self._loop)


class _Paginator:
    def __init__(self, paginator: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._paginator = paginator
        self._loop = loop

    def paginate(self, **kwargs: Any) -> _Pages:
        return _Pages(self._paginator.paginate(**kwargs), self._loop)


class _Pages:
    def __init__(self, pages: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._pages = pages
        self._loop = loop

    def __iter__(self) -> Iterator[dict[str, Any]]:
        async def collect() -> list[dict[str, Any]]:
            return [page async for page in self._pages]

        return iter(self._loop.run_until_complete(collect()))

    def build_full_result(self) -> dict[str, Any]:
        result: dict[str, Any] = self._loop.run_until_complete(self._pages.build_full_result())
        return result


class AsyncClients:
    """Makes aiobotocore clients with a synchronous face, all on one event loop; ``close`` ends them all."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._stack = AsyncExitStack()

    def client(self, region: str = "us-east-1", account: str | None = None) -> SyncOverAsync:
        client = self._loop.run_until_complete(self._stack.enter_async_context(aio_client(region, account)))
        return SyncOverAsync(client, self._loop)

    def close(self) -> None:
        try:
            self._loop.run_until_complete(self._stack.aclose())
        finally:
            self._loop.close()
