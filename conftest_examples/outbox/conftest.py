"""The outbox: every message the fake "sends" is recorded, so a test asserts on what went out instead of
mocking ``send_text_message``. ``pinpoint_outbox`` is the live list of the ``pinpoint_client``'s account
and region; ``pinpoint_mock.sent_messages()`` reads every account and region."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake import MockPinpoint


@pytest.fixture
def order_pool(pinpoint_client: Any) -> str:
    """The pool the application sends order updates through: one US number, made through the API."""
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    pinpoint_client.create_configuration_set(ConfigurationSetName="orders")
    return str(pool["PoolId"])


@pytest.fixture
def sandbox(pinpoint_mock: MockPinpoint) -> None:
    """An account still in the SMS sandbox: only verified destination numbers can be reached."""
    pinpoint_mock.backend().seed_account(tier="SANDBOX")
