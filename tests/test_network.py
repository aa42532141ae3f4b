"""Nothing leaves the process: a client with no credentials and no configuration at all, used inside a mock,
makes no connection attempt of any kind (no instance-metadata lookup either).

The whole suite runs with ``--disable-socket`` (pytest-socket). Its guards raise in Python before the C
socket code runs, so the interpreter's audit events (``socket.getaddrinfo``, ``socket.connect``, ...) never
fire for a blocked attempt, and an attempt whose error some library swallows would leave no trace. The tests
here therefore let real sockets through (``enable_socket``) and watch with an audit hook of their own, which
records every network event and, by default, refuses it (the operation fails with a ``ConnectionRefusedError``
before it starts), so nothing leaves the machine even if the fake regressed. The negative controls show the
same recorder seeing real attempts, so each assertion of "no attempt" could fail.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Final

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import NoRegionError
from moto import mock_aws
from pytest_socket import SocketBlockedError

from pinpoint_fake import mock_pinpoint

from .helpers import client_error, ids

SERVICE: Final = "pinpoint-sms-voice-v2"
REGION: Final = "us-east-1"
IMDS: Final = ("169.254.169.254", 80)  # botocore's default instance-metadata endpoint
NETWORK_EVENTS: Final = ("socket.", "http.client.", "urllib.", "ftplib.", "smtplib.", "nntplib.", "poplib.")

Attempt = tuple[str, tuple[Any, ...]]


class NetworkAttemptRefused(ConnectionRefusedError):
    """Raised by the audit hook to stop a network operation before it starts."""


class _Recorder:
    """One audit hook for the whole process (audit hooks cannot be removed), active only inside ``watch``."""

    def __init__(self) -> None:
        self.installed = False
        self.active: list[tuple[list[Attempt], bool]] = []  # (where to record, whether to refuse)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event.startswith(NETWORK_EVENTS):
            attempts, refuse = self.active[-1]
            attempts.append((event, args))
            if refuse:
                raise NetworkAttemptRefused(f"{event} refused by tests/test_network.py: {args!r}")

    @contextmanager
    def watch(self, *, refuse: bool) -> Iterator[list[Attempt]]:
        if not self.installed:
            sys.addaudithook(self)
            self.installed = True
        attempts: list[Attempt] = []
        entry = (attempts, refuse)
        self.active.append(entry)
        try:
            yield attempts
        finally:
            self.active.remove(entry)


_recorder = _Recorder()


def network_attempts(*, refuse: bool = True) -> AbstractContextManager[list[Attempt]]:
    """Every network event of the process (all threads) while the block runs; refused unless told not to."""
    return _recorder.watch(refuse=refuse)


def destinations(attempts: list[Attempt], event: str) -> list[Any]:
    """The addresses of the recorded ``socket.connect`` or ``socket.getaddrinfo`` events."""
    if event == "socket.connect":
        return [args[1] for name, args in attempts if name == event]
    return [(args[0], args[1]) for name, args in attempts if name == event]


@pytest.fixture
def bare_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No AWS_* variable (so no credentials, profile, region, nor AWS_EC2_METADATA_DISABLED), config and
    credentials files that do not exist, a HOME without ~/.aws, and no boto3 default session yet."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "missing" / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "missing" / "credentials"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)


@pytest.fixture
def closed_local_port() -> Iterator[int]:
    """A port on 127.0.0.1 that is bound but not listening: a connection to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as bound:
        bound.bind(("127.0.0.1", 0))
        yield bound.getsockname()[1]


def exercise(client: Any) -> tuple[str, list[str]]:
    """Create, update, describe (also page by page) and fail once; the pool's ID and the IDs paged through."""
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool_id: str = client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )["PoolId"]
    client.update_pool(PoolId=pool_id, DeletionProtectionEnabled=True)
    described = client.describe_pools(PoolIds=[pool_id])["Pools"]
    assert [(pool["PoolId"], pool["DeletionProtectionEnabled"]) for pool in described] == [(pool_id, True)]
    assert client_error(client.describe_pools, PoolIds=["pool-unknown"])["Error"]["Code"] == (
        "ResourceNotFoundException"
    )
    pages = client.get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 1})
    return pool_id, [pool["PoolId"] for page in pages for pool in page["Pools"]]


ACTIVATIONS = pytest.mark.parametrize(
    "activate", [mock_pinpoint, mock_aws], ids=["mock_pinpoint", "mock_aws"]
)


def test_the_suite_runs_with_sockets_disabled() -> None:
    with pytest.warns(UserWarning, match="socket"), pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


@pytest.mark.enable_socket
@pytest.mark.usefixtures("bare_environment")
@ACTIVATIONS
def test_a_client_without_credentials_or_config_makes_no_connection_attempt_inside_a_mock(
    activate: Callable[[], AbstractContextManager[Any]],
) -> None:
    with network_attempts() as attempts, activate():
        session = boto3.Session()
        credentials = session.get_credentials()
        assert credentials is not None
        assert (credentials.method, credentials.access_key) == ("env", "FOOBARKEY")  # moto's, from os.environ
        first, _ = exercise(boto3.client(SERVICE, region_name=REGION))
        second, paged = exercise(session.client(SERVICE, region_name=REGION))
        with pytest.raises(NoRegionError):  # no region anywhere: refused locally, not looked up
            boto3.client(SERVICE)
        final = ids(boto3.client(SERVICE, region_name=REGION).describe_pools()["Pools"])
    assert attempts == []
    assert (paged, final) == ([first, second], [first, second])


@pytest.mark.enable_socket
@pytest.mark.usefixtures("bare_environment")
def test_the_recorder_sees_the_instance_metadata_lookup_the_same_environment_makes_outside_a_mock() -> None:
    """The negative control of the test above: without moto's credentials botocore asks IMDS."""
    with network_attempts() as attempts:
        credentials = boto3.Session().get_credentials()
    assert credentials is None  # every lookup failed: IMDS was refused by the recorder
    assert attempts != []
    assert set(destinations(attempts, "socket.getaddrinfo")) == {IMDS}


@pytest.mark.enable_socket
def test_the_recorder_sees_a_real_connection_attempt(closed_local_port: int) -> None:
    with network_attempts(refuse=False) as attempts, pytest.raises(ConnectionRefusedError) as raised:
        socket.create_connection(("127.0.0.1", closed_local_port), timeout=10)
    assert not isinstance(raised.value, NetworkAttemptRefused)  # the kernel refused it, not the recorder
    assert destinations(attempts, "socket.connect") == [("127.0.0.1", closed_local_port)]


@pytest.mark.enable_socket
def test_the_recorder_refuses_an_attempt_before_it_starts(closed_local_port: int) -> None:
    with network_attempts() as attempts, pytest.raises(NetworkAttemptRefused):
        socket.create_connection(("127.0.0.1", closed_local_port), timeout=10)
    assert (destinations(attempts, "socket.getaddrinfo"), destinations(attempts, "socket.connect")) == (
        [("127.0.0.1", closed_local_port)],
        [],
    )


def test_the_recorder_is_inactive_outside_its_block() -> None:
    with network_attempts() as attempts:
        pass
    sys.audit("socket.connect", None, ("127.0.0.1", 9))  # after the block: neither recorded nor refused
    assert (attempts, _recorder.active) == ([], [])


@pytest.mark.enable_socket
@pytest.mark.usefixtures("bare_environment")
def test_a_client_in_auto_defaults_mode_makes_no_connection_attempt_inside_a_mock() -> None:
    """``defaults_mode="auto"`` (Config, AWS_DEFAULTS_MODE or the config file) makes botocore ask the
    instance-metadata service for the region while it creates a client; inside a mock it must not ask."""
    with network_attempts() as attempts, mock_pinpoint():
        client = boto3.client(SERVICE, region_name=REGION, config=Config(defaults_mode="auto"))
        assert client.describe_pools()["Pools"] == []
    assert destinations(attempts, "socket.getaddrinfo") == []
