"""Pattern (h): a toll-free registration submitted through the API and reviewed through the seeding API,
at once, with freezegun deciding the timestamps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from freezegun import freeze_time
from sms_registration import ready_to_send, submit, what_to_fix

from pinpoint_fake import MockPinpoint

SUBMITTED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_an_approved_registration_is_ready_to_send(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, toll_free_registration: str
) -> None:
    with freeze_time(SUBMITTED_AT) as clock:
        assert submit(pinpoint_client, toll_free_registration) == "SUBMITTED"
        assert ready_to_send(pinpoint_client, toll_free_registration) is False
        clock.tick(timedelta(days=2))
        pinpoint_mock.backend().review_registration(toll_free_registration, "APPROVED")
    assert ready_to_send(pinpoint_client, toll_free_registration) is True
    [number] = pinpoint_client.describe_phone_numbers()["PhoneNumbers"]  # PENDING until the approval
    assert pinpoint_client.send_text_message(
        DestinationPhoneNumber="+12065550199", OriginationIdentity=number["PhoneNumberId"], MessageBody="Hi"
    )["MessageId"]
    versions = pinpoint_client.describe_registration_versions(RegistrationId=toll_free_registration)
    history = versions["RegistrationVersions"][0]["RegistrationVersionStatusHistory"]
    assert (history["SubmittedTimestamp"], history["ApprovedTimestamp"]) == (
        SUBMITTED_AT,
        SUBMITTED_AT + timedelta(days=2),
    )


def test_a_denied_registration_says_what_to_fix(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, toll_free_registration: str
) -> None:
    submit(pinpoint_client, toll_free_registration)
    pinpoint_mock.backend().review_registration(
        toll_free_registration,
        "DENIED",
        denied_reasons=["Unclear Opt-in Language"],
        field_denied_reasons={"messagingUseCase.optInDescription": "Describe how customers opt in."},
    )
    assert ready_to_send(pinpoint_client, toll_free_registration) is False
    assert what_to_fix(pinpoint_client, toll_free_registration) == [
        "Unclear Opt-in Language",
        "messagingUseCase.optInDescription",
    ]
