"""Seeding: ``pinpoint_mock.backend(region, account_id)`` stores records directly, with any value the service
model allows, including states the API cannot reach (a pool that is still CREATING). Seeded records are
checked against the model's output shapes, so a typo fails here, not in the test."""

from __future__ import annotations

import pytest
from sms_estate import Estate

from pinpoint_fake import MockPinpoint


@pytest.fixture
def estate(pinpoint_mock: MockPinpoint) -> Estate:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number(phone_number="+12065550123", number_type="TOLL_FREE")
    sender_id = backend.seed_sender_id("MYBRAND", "GB", message_types=["PROMOTIONAL"])
    return Estate(
        number=number,
        sender_id=sender_id,
        active_pool=backend.seed_pool(origination_identities=[number]),
        creating_pool=backend.seed_pool(
            origination_identities=[sender_id], status="CREATING", message_type="PROMOTIONAL"
        ),
    )
