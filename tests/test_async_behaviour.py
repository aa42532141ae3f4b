"""Behaviour tests written for boto3, run again through an aiobotocore client (``tests/async_clients.py``).

DescribePools (filters, IDs and ARNs, modeled error fields), paging (paginators, tokens) and sharing between
accounts: the fixtures these tests take (``pinpoint_client``, ``owner``, ``grantee``) are aiobotocore clients
here, each call run to completion on an event loop, and the suite's conformance check reads their answers too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .async_clients import LOOPBACK_ONLY, AsyncClients
from .test_describe_pools import *  # noqa: F403
from .test_pagination import *  # noqa: F403
from .test_pagination import test_tokens_are_the_same_in_every_process_for_the_same_state
from .test_sharing import *  # noqa: F403
from .test_sharing import GRANTEE, OWNER

pytestmark = LOOPBACK_ONLY

# It runs child processes with sync clients: nothing of it is about the client in the test.
del test_tokens_are_the_same_in_every_process_for_the_same_state


@pytest.fixture
def async_clients(pinpoint_mock: Any) -> Iterator[AsyncClients]:
    clients = AsyncClients()
    yield clients
    clients.close()


@pytest.fixture
def pinpoint_client(async_clients: AsyncClients, pinpoint_region: str) -> Any:
    return async_clients.client(pinpoint_region)


@pytest.fixture
def owner(async_clients: AsyncClients) -> Any:
    return async_clients.client(account=OWNER)


@pytest.fixture
def grantee(async_clients: AsyncClients) -> Any:
    return async_clients.client(account=GRANTEE)
