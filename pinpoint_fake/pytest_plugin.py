"""pytest plugin (entry point ``pytest11``): fixtures ``pinpoint_mock``, ``pinpoint_client`` and
``pinpoint_outbox``.

Loading it costs botocore's handlers only: importing ``pinpoint_fake`` installs the hook (so plain
``moto.mock_aws()`` serves the service in every test) and moto and boto3 are imported inside the fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

import pinpoint_fake  # noqa: F401  (installs the hook)

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client

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
def pinpoint_client(pinpoint_mock: MockPinpoint, pinpoint_region: str) -> PinpointSMSVoiceV2Client:
    """A boto3 ``pinpoint-sms-voice-v2`` client answered by the fake (see ``new_client``)."""
    return new_client(pinpoint_region)


@pytest.fixture
def pinpoint_outbox(pinpoint_mock: MockPinpoint, pinpoint_region: str) -> list[SentMessage]:
    """The outbox of ``pinpoint_client``'s account and region: the live list of the messages it sent."""
    return pinpoint_mock.backend(pinpoint_region).sent_messages


def new_client(region: str, **kwargs: Any) -> PinpointSMSVoiceV2Client:
    """A new ``boto3.client("pinpoint-sms-voice-v2", region_name=region, **kwargs)``, made cheaply.

    Its Session is made from the template of ``pinpoint_fake.sessions`` and kept while the ``AWS_*``
    environment and the config files are the same (``pinpoint_fake.kept_session``); credentials and
    configuration are resolved as a new Session in that environment resolves them.
    """
    from .kept_session import client

    made: PinpointSMSVoiceV2Client = client("pinpoint-sms-voice-v2", region, **kwargs)
    return made
