"""pytest plugin (entry point ``pytest11``): fixtures ``pinpoint_mock``, ``pinpoint_client`` and
``pinpoint_outbox``.

Loading it costs botocore's handlers only: importing ``pinpoint_fake`` installs the hook (so plain
``moto.mock_aws()`` serves the service in every test) and moto and boto3 are imported inside the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

import pytest

import pinpoint_fake  # noqa: F401  (installs the hook)

if TYPE_CHECKING:
    from .activation import MockPinpoint
    from .records import SentMessage

DEFAULT_REGION = "us-east-1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "pinpoint_region(name): the region of the pinpoint_client fixture (default us-east-1)"
    )


@pytest.fixture
def pinpoint_mock() -> Iterator[MockPinpoint]:
    """An active ``mock_pinpoint`` for the test; ``.backend(region, account_id)`` reaches the registry."""
    from .activation import mock_pinpoint

    with mock_pinpoint() as mock:
        yield mock


@pytest.fixture
def pinpoint_region(request: pytest.FixtureRequest) -> str:
    """The region of ``pinpoint_client``: the ``pinpoint_region`` marker's, else us-east-1 (overridable)."""
    marker = request.node.get_closest_marker("pinpoint_region")
    return str(marker.args[0]) if marker else DEFAULT_REGION


@pytest.fixture
def pinpoint_client(pinpoint_mock: MockPinpoint, pinpoint_region: str) -> Any:
    """A boto3 ``pinpoint-sms-voice-v2`` client answered by the fake (see ``new_client``)."""
    return new_client(pinpoint_region)


@pytest.fixture
def pinpoint_outbox(pinpoint_mock: MockPinpoint, pinpoint_region: str) -> list[SentMessage]:
    """The outbox of ``pinpoint_client``'s account and region: the live list of the messages it sent."""
    return pinpoint_mock.backend(pinpoint_region).sent_messages


def new_client(region: str, **kwargs: Any) -> Any:
    """``boto3.client("pinpoint-sms-voice-v2", region_name=region, **kwargs)`` in a fresh session.

    Except that its botocore session reads botocore's data files (models, endpoints) through one loader kept
    for the whole run: parsing them again in every test's fresh session (moto resets boto3's default session
    at every start) would cost ~0.1 s a test. Credentials and configuration are resolved afresh.
    """
    import boto3
    import botocore.session

    session = botocore.session.Session()
    session.register_component("data_loader", _data_loader())
    return boto3.Session(botocore_session=session).client(
        "pinpoint-sms-voice-v2", region_name=region, **kwargs
    )


@cache
def _data_loader() -> Any:
    from botocore.loaders import create_loader

    return create_loader()
