"""Every test starts empty, whatever activates the fake, and whatever ran before it (in this process or not).

Each activation style has a pair of tests that do the same thing: assert that the registry and the API show
nothing, then leave something of every kind behind (a pool, a phone number, a sender ID, in two regions). The
suite runs in random order (pytest-randomly) and passes under ``pytest -n 2`` too, so whichever of a pair,
or of any other test, runs first, a leak would fail the test that runs after it: the state is checked
through the registry (no account at all), the API (no pool), the number sequence (a fresh backend leases
its country's first number) and a sender ID (the same one twice in a country conflicts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from typing import Any, Final

import boto3
import pytest
from moto import mock_aws

import pinpoint_fake
from pinpoint_fake import MockPinpoint, mock_pinpoint
from pinpoint_fake.hook import mocking_enabled

from .helpers import ids

SERVICE: Final = "pinpoint-sms-voice-v2"
REGIONS: Final = ("us-east-1", "eu-west-1")
TURNS = pytest.mark.parametrize("turn", ["one", "other"])  # the pair: the same test twice, in either order


@cache
def session() -> boto3.Session:
    """One boto3 Session for the module: a new one per test would reload botocore's data files (~0.1 s).

    Its clients are made inside a mock, so they all carry moto's credentials."""
    return boto3.Session()


def leave_state_behind(make_client: Callable[[str], Any] | None = None) -> None:
    """Assert that nothing is there, then leave a pool, a phone number and a sender ID in two regions."""
    make_client = make_client or (lambda region: session().client(SERVICE, region_name=region))
    assert mocking_enabled()
    assert dict(pinpoint_fake.pinpoint_backends) == {}  # no account, no region: nothing at all
    for index, region in enumerate(REGIONS):
        client = make_client(region)
        assert client.describe_pools()["Pools"] == []
        number = client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )
        # the first numbers of the US block: a fresh registry (a number has one owner in all regions)
        assert number["PhoneNumber"] == f"+1206555010{index}"
        client.request_sender_id(SenderId="ISOLATED", IsoCountryCode="GB")  # conflicts if one was left
        pool_id = client.create_pool(
            OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
        )["PoolId"]
        assert ids(client.describe_pools()["Pools"]) == [pool_id]
    assert sorted(pinpoint_fake.pinpoint_backends["123456789012"]) == sorted(REGIONS)


# -- decorators -------------------------------------------------------------------------------------------


@TURNS
@mock_pinpoint
def test_the_bare_decorator_starts_empty(turn: str) -> None:
    leave_state_behind()


@TURNS
@mock_pinpoint()
def test_the_called_decorator_starts_empty(turn: str) -> None:
    leave_state_behind()


@TURNS
@mock_aws
def test_plain_mock_aws_as_a_decorator_starts_empty(turn: str) -> None:
    leave_state_behind()


@mock_pinpoint()  # the bare form on a class: TestDecoratedClassWithSetupMethod (test_activation.py)
class TestTheClassDecoratorStartsEachTestEmpty:
    def test_one(self) -> None:
        leave_state_behind()

    def test_other(self) -> None:
        leave_state_behind()


@mock_aws
class TestPlainMockAwsOnAClassStartsEachTestEmpty:
    def test_one(self) -> None:
        leave_state_behind()

    def test_other(self) -> None:
        leave_state_behind()


# -- context managers, start/stop and nesting --------------------------------------------------------------


@contextmanager
def started_and_stopped() -> Iterator[None]:
    mock = mock_pinpoint().start()
    try:
        yield
    finally:
        mock.stop()


@contextmanager
def nested(
    outer: Callable[[], AbstractContextManager[Any]], inner: Callable[[], AbstractContextManager[Any]]
) -> Iterator[None]:
    with outer(), inner():
        yield


ACTIVATIONS: dict[str, Callable[[], AbstractContextManager[Any]]] = {
    "with mock_pinpoint()": mock_pinpoint,
    "with mock_aws()": mock_aws,
    "start() and stop()": started_and_stopped,
    "mock_pinpoint() inside mock_aws()": lambda: nested(mock_aws, mock_pinpoint),
    "mock_aws() inside mock_pinpoint()": lambda: nested(mock_pinpoint, mock_aws),
}


@TURNS
@pytest.mark.parametrize("activation", list(ACTIVATIONS))
def test_each_context_starts_empty(activation: str, turn: str) -> None:
    with ACTIVATIONS[activation]():
        leave_state_behind()
    assert mocking_enabled() is False


@pytest.mark.parametrize(
    ("first", "second"),
    [(mock_pinpoint, mock_aws), (mock_aws, mock_pinpoint), (mock_pinpoint, mock_pinpoint)],
    ids=["mock_pinpoint-then-mock_aws", "mock_aws-then-mock_pinpoint", "mock_pinpoint-twice"],
)
def test_sequential_mocks_in_one_test_each_start_empty(
    first: Callable[[], AbstractContextManager[Any]], second: Callable[[], AbstractContextManager[Any]]
) -> None:
    with first():
        leave_state_behind()
    with second():
        leave_state_behind()


# -- the pytest fixtures ----------------------------------------------------------------------------------


@TURNS
def test_the_pinpoint_client_fixture_starts_empty(pinpoint_client: Any, turn: str) -> None:
    leave_state_behind(
        lambda region: (
            pinpoint_client if region == "us-east-1" else session().client(SERVICE, region_name=region)
        )
    )


@TURNS
def test_the_pinpoint_mock_fixture_starts_empty(pinpoint_mock: MockPinpoint, turn: str) -> None:
    assert pinpoint_mock.backends is pinpoint_fake.pinpoint_backends
    leave_state_behind()
