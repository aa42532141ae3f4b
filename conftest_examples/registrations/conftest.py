"""A toll-free registration ready to submit: its form filled in by the seeding API (``complete=True`` gives
every field the form requires a value it accepts) and a toll-free number associated through the API (the
number is PENDING, and cannot send, until the registration is approved). What AWS reviews, the test decides:
``backend.review_registration(registration_id, "APPROVED" or "DENIED")``."""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake import MockPinpoint


@pytest.fixture
def toll_free_registration(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> str:
    registration = pinpoint_mock.backend().seed_registration(
        "US_TOLL_FREE_REGISTRATION",
        field_values={
            "companyInfo.companyName": "Example Corp",
            "messagingUseCase.monthlyMessageVolume": ["1,000"],
        },
        complete=True,
    )
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="TOLL_FREE"
    )
    pinpoint_client.create_registration_association(
        RegistrationId=registration.registration_id, ResourceId=number["PhoneNumberId"]
    )
    return registration.registration_id
