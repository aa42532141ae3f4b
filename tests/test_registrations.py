"""Registrations through boto3: the form, the versions' state machine, the review chosen through the seeding
API, and what a registration is associated with."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake import MockPinpoint
from pinpoint_fake.records import DeniedReason

from .helpers import client_error, request_number

TOLL_FREE = "US_TOLL_FREE_REGISTRATION"
BRAND = "US_TEN_DLC_BRAND_REGISTRATION"
CAMPAIGN = "US_TEN_DLC_CAMPAIGN_REGISTRATION"
UK_SENDER_ID = "GB_SENDER_ID_REGISTRATION"
EMPTY_FORM = "NOTIFY_TIER_UPGRADE_REGISTRATION"  # known by name only: no fields, no associations
PDF = b"%PDF-1.4 an opt-in screenshot"
T0 = datetime(2026, 5, 4, 3, 2, 1, tzinfo=timezone.utc)


def create(client: Any, registration_type: str = TOLL_FREE) -> str:
    return str(client.create_registration(RegistrationType=registration_type)["RegistrationId"])


def describe(client: Any, registration_id: str) -> dict[str, Any]:
    found: dict[str, Any] = client.describe_registrations(RegistrationIds=[registration_id])["Registrations"][
        0
    ]
    return found


def version(client: Any, registration_id: str, number: int) -> dict[str, Any]:
    versions = client.describe_registration_versions(RegistrationId=registration_id, VersionNumbers=[number])
    found: dict[str, Any] = versions["RegistrationVersions"][0]
    return found


def values(client: Any, registration_id: str, **kwargs: Any) -> dict[str, Any]:
    """The field values, by path, without the members every value has."""
    page = client.describe_registration_field_values(RegistrationId=registration_id, **kwargs)
    return {value.pop("FieldPath"): value for value in page["RegistrationFieldValues"]}


def reason(response: dict[str, Any]) -> tuple[str, str]:
    return response["Error"]["Code"], response["Reason"]


def toll_free_number(client: Any) -> dict[str, Any]:
    return request_number(client, NumberType="TOLL_FREE")


def ready_toll_free(client: Any, mock: MockPinpoint) -> tuple[str, dict[str, Any]]:
    """A toll-free registration with a complete form and its number: ready to be submitted."""
    registration = mock.backend().seed_registration(TOLL_FREE, complete=True)
    number = toll_free_number(client)
    client.create_registration_association(
        RegistrationId=registration.registration_id, ResourceId=number["PhoneNumberId"]
    )
    return registration.registration_id, number


# -- creating and describing ---------------------------------------------------------------------------------


def test_create_registration_answers_created_with_an_empty_draft(pinpoint_client: Any) -> None:
    with freeze_time(T0):
        created = pinpoint_client.create_registration(
            RegistrationType=TOLL_FREE, Tags=[{"Key": "Name", "Value": "support line"}]
        )
    registration_id = created["RegistrationId"]
    assert re.fullmatch(r"registration-[0-9a-f]{32}", registration_id)
    assert (
        created["RegistrationArn"]
        == f"arn:aws:sms-voice:us-east-1:123456789012:registration/{registration_id}"
    )
    assert (created["RegistrationStatus"], created["CurrentVersionNumber"]) == ("CREATED", 1)
    assert (created["CreatedTimestamp"], created["Tags"]) == (T0, [{"Key": "Name", "Value": "support line"}])
    first = version(pinpoint_client, registration_id, 1)
    assert first == {
        "VersionNumber": 1,
        "RegistrationVersionStatus": "DRAFT",
        "RegistrationVersionStatusHistory": {"DraftTimestamp": T0},
    }
    assert values(pinpoint_client, registration_id) == {}


def test_an_unknown_registration_type_is_refused(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.create_registration, RegistrationType="MANAGED_ROUTES_BRAND_VERIFICATION"
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_TYPE")
    assert response["Fields"][0]["Name"] == "RegistrationType"


def test_describe_registrations_by_id_and_arn_and_by_filters(pinpoint_client: Any) -> None:
    toll_free = pinpoint_client.create_registration(RegistrationType=TOLL_FREE)
    brand = create(pinpoint_client, BRAND)
    by_ids = pinpoint_client.describe_registrations(RegistrationIds=[brand, toll_free["RegistrationArn"]])
    assert [r["RegistrationId"] for r in by_ids["Registrations"]] == [toll_free["RegistrationId"], brand]
    by_type = pinpoint_client.describe_registrations(
        Filters=[{"Name": "registration-type", "Values": [BRAND]}]
    )
    assert [r["RegistrationId"] for r in by_type["Registrations"]] == [brand]
    by_status = pinpoint_client.describe_registrations(
        Filters=[{"Name": "registration-status", "Values": ["COMPLETE"]}]
    )
    assert by_status["Registrations"] == []


def test_an_unknown_registration_is_not_found(pinpoint_client: Any) -> None:
    unknown = f"registration-{0:032x}"
    for call in (pinpoint_client.create_registration_version, pinpoint_client.submit_registration_version):
        response = client_error(call, RegistrationId=unknown)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            "registration",
            unknown,
        )
    response = client_error(pinpoint_client.describe_registrations, RegistrationIds=[unknown])
    assert response["ResourceType"] == "registration"


# -- the form ------------------------------------------------------------------------------------------------


def test_field_values_are_put_replaced_and_listed_in_the_forms_order(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    put = pinpoint_client.put_registration_field_value
    answer = put(RegistrationId=registration_id, FieldPath="contactInfo.firstName", TextValue="Ada")
    assert {k: v for k, v in answer.items() if k != "ResponseMetadata"} == {
        "RegistrationArn": describe(pinpoint_client, registration_id)["RegistrationArn"],
        "RegistrationId": registration_id,
        "VersionNumber": 1,
        "FieldPath": "contactInfo.firstName",
        "TextValue": "Ada",
    }
    put(
        RegistrationId=registration_id,
        FieldPath="messagingUseCase.monthlyMessageVolume",
        SelectChoices=["1,000"],
    )
    put(RegistrationId=registration_id, FieldPath="companyInfo.companyName", TextValue="Example Corp")
    put(RegistrationId=registration_id, FieldPath="contactInfo.firstName", TextValue="Grace")
    assert values(pinpoint_client, registration_id) == {
        "companyInfo.companyName": {"TextValue": "Example Corp"},
        "contactInfo.firstName": {"TextValue": "Grace"},
        "messagingUseCase.monthlyMessageVolume": {"SelectChoices": ["1,000"]},
    }
    assert list(values(pinpoint_client, registration_id, SectionPath="contactInfo")) == [
        "contactInfo.firstName"
    ]
    chosen = values(
        pinpoint_client, registration_id, FieldPaths=["companyInfo.companyName", "companyInfo.city"]
    )
    assert list(chosen) == ["companyInfo.companyName"]


@pytest.mark.parametrize(
    ("field_path", "value", "member"),
    [
        ("companyInfo.companyName", {"TextValue": "x" * 101}, "TextValue"),  # MaxLength 100
        ("companyInfo.companyName", {"TextValue": "   "}, "TextValue"),  # the pattern wants a non-blank text
        ("companyInfo.isoCountryCode", {"TextValue": "us"}, "TextValue"),
        ("companyInfo.isoCountryCode", {"TextValue": "U"}, "TextValue"),  # MinLength 2
        ("messagingUseCase.monthlyMessageVolume", {"SelectChoices": ["a lot"]}, "SelectChoices"),
        ("messagingUseCase.monthlyMessageVolume", {"SelectChoices": ["10", "100"]}, "SelectChoices"),
        ("messagingUseCase.monthlyMessageVolume", {"SelectChoices": []}, "SelectChoices"),
        ("messagingUseCase.optInType", {"SelectChoices": ["TEXT", "TEXT"]}, "SelectChoices"),
        ("messagingUseCase.monthlyMessageVolume", {"TextValue": "10"}, "TextValue"),  # a SELECT field
        ("companyInfo.companyName", {"SelectChoices": ["Example"]}, "SelectChoices"),  # a TEXT field
        ("messagingUseCase.optInImage", {"TextValue": "a picture"}, "TextValue"),  # an ATTACHMENT field
    ],
)
def test_a_value_the_field_does_not_take_is_an_invalid_parameter(
    pinpoint_client: Any, field_path: str, value: dict[str, Any], member: str
) -> None:
    registration_id = create(pinpoint_client)
    response = client_error(
        pinpoint_client.put_registration_field_value,
        RegistrationId=registration_id,
        FieldPath=field_path,
        **value,
    )
    assert reason(response) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == [member]
    assert values(pinpoint_client, registration_id) == {}


def test_a_value_without_its_member_is_a_missing_parameter(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    response = client_error(
        pinpoint_client.put_registration_field_value,
        RegistrationId=registration_id,
        FieldPath="contactInfo.lastName",
    )
    assert reason(response) == ("ValidationException", "MISSING_PARAMETER")
    assert response["Fields"][0]["Name"] == "TextValue"


def test_an_unknown_field_or_section_path_is_refused(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    response = client_error(
        pinpoint_client.put_registration_field_value,
        RegistrationId=registration_id,
        FieldPath="companyInfo.favouriteColour",
        TextValue="blue",
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_FIELD")
    response = client_error(
        pinpoint_client.describe_registration_field_values,
        RegistrationId=registration_id,
        FieldPaths=["companyInfo.city", "nowhere.field"],
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_FIELD")
    assert response["Fields"][0]["Name"] == "FieldPaths[1]"
    response = client_error(
        pinpoint_client.describe_registration_field_values,
        RegistrationId=registration_id,
        SectionPath="nowhere",
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_SECTION")


def test_a_required_fields_value_cannot_be_deleted_an_optional_ones_can(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    put = pinpoint_client.put_registration_field_value
    put(RegistrationId=registration_id, FieldPath="companyInfo.companyName", TextValue="Example Corp")
    put(RegistrationId=registration_id, FieldPath="companyInfo.address2", TextValue="Suite 100")
    response = client_error(
        pinpoint_client.delete_registration_field_value,
        RegistrationId=registration_id,
        FieldPath="companyInfo.companyName",
    )
    assert reason(response) == ("ValidationException", "REGISTRATION_FIELD_CANNOT_BE_DELETED")
    deleted = pinpoint_client.delete_registration_field_value(
        RegistrationId=registration_id, FieldPath="companyInfo.address2"
    )
    assert (deleted["FieldPath"], deleted["TextValue"], deleted["VersionNumber"]) == (
        "companyInfo.address2",
        "Suite 100",
        1,
    )
    again = pinpoint_client.delete_registration_field_value(
        RegistrationId=registration_id, FieldPath="companyInfo.address2"
    )
    assert again["FieldPath"] == "companyInfo.address2"
    assert "TextValue" not in again
    assert values(pinpoint_client, registration_id) == {
        "companyInfo.companyName": {"TextValue": "Example Corp"}
    }


def test_an_attachment_field_takes_an_uploaded_attachment(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id = create(pinpoint_client)
    attachment = pinpoint_client.create_registration_attachment(AttachmentBody=PDF)
    put = pinpoint_client.put_registration_field_value
    answer = put(
        RegistrationId=registration_id,
        FieldPath="messagingUseCase.optInImage",
        RegistrationAttachmentId=attachment["RegistrationAttachmentArn"],
    )
    assert answer["RegistrationAttachmentId"] == attachment["RegistrationAttachmentId"]
    failed = pinpoint_mock.backend().seed_registration_attachment(attachment_status="UPLOAD_FAILED")
    response = client_error(
        put,
        RegistrationId=registration_id,
        FieldPath="messagingUseCase.optInImage",
        RegistrationAttachmentId=failed.key,
    )
    assert reason(response) == ("ValidationException", "INVALID_PARAMETER")
    unknown = f"attachment-{0:032x}"
    response = client_error(
        put,
        RegistrationId=registration_id,
        FieldPath="messagingUseCase.optInImage",
        RegistrationAttachmentId=unknown,
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "registration-attachment",
    )


# -- submitting, and the review the test chooses ------------------------------------------------------------


def test_a_complete_submitted_registration_waits_for_its_review(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    with freeze_time(T0):
        submitted = pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    assert (submitted["VersionNumber"], submitted["RegistrationVersionStatus"], submitted["AwsReview"]) == (
        1,
        "SUBMITTED",
        False,
    )
    assert submitted["RegistrationVersionStatusHistory"]["SubmittedTimestamp"] == T0
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "SUBMITTED"
    assert version(pinpoint_client, registration_id, 1)["RegistrationVersionStatus"] == "SUBMITTED"


def test_the_review_approves_instantly_with_freezegun_timestamps(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    with freeze_time(T0) as clock:
        pinpoint_client.submit_registration_version(RegistrationId=registration_id)
        clock.tick(timedelta(days=3))
        pinpoint_mock.backend().review_registration(registration_id, "APPROVED", feedback="Looks good.")
    approved = version(pinpoint_client, registration_id, 1)
    assert approved["RegistrationVersionStatus"] == "APPROVED"
    assert approved["Feedback"] == "Looks good."
    later = T0 + timedelta(days=3)
    history = approved["RegistrationVersionStatusHistory"]
    assert (history["SubmittedTimestamp"], history["ReviewingTimestamp"], history["ApprovedTimestamp"]) == (
        T0,
        later,
        later,
    )
    registration = describe(pinpoint_client, registration_id)
    assert (registration["RegistrationStatus"], registration["ApprovedVersionNumber"]) == ("COMPLETE", 1)


def test_the_review_denies_with_reasons_and_a_new_version_starts_empty(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    pinpoint_mock.backend().review_registration(
        registration_id,
        "DENIED",
        denied_reasons=["Unclear Opt-in Language"],
        field_denied_reasons={"messagingUseCase.optInDescription": "Say how customers opt in."},
    )
    denied = version(pinpoint_client, registration_id, 1)
    assert denied["RegistrationVersionStatus"] == "DENIED"
    assert denied["DeniedReasons"] == [
        {"Reason": "Unclear Opt-in Language", "ShortDescription": "Unclear Opt-in Language"}
    ]
    field = values(pinpoint_client, registration_id)["messagingUseCase.optInDescription"]
    assert field["DeniedReason"] == "Say how customers opt in."
    registration = describe(pinpoint_client, registration_id)
    assert (registration["RegistrationStatus"], registration["LatestDeniedVersionNumber"]) == (
        "REQUIRES_UPDATES",
        1,
    )
    second = pinpoint_client.create_registration_version(RegistrationId=registration_id)
    assert (second["VersionNumber"], second["RegistrationVersionStatus"]) == (2, "DRAFT")
    assert values(pinpoint_client, registration_id) == {}  # the current version's form starts empty
    assert values(pinpoint_client, registration_id, VersionNumber=1) != {}
    assert describe(pinpoint_client, registration_id)["CurrentVersionNumber"] == 2


def test_a_review_can_stop_at_reviewing_and_at_requires_authentication(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id, AwsReview=True)
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "AWS_REVIEWING"
    backend = pinpoint_mock.backend()
    for outcome in ("REVIEWING", "REQUIRES_AUTHENTICATION"):
        backend.review_registration(registration_id, outcome)
        assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == outcome
        assert version(pinpoint_client, registration_id, 1)["RegistrationVersionStatus"] == outcome
    with pytest.raises(ValueError, match="REQUIRES_AUTHENTICATION"):
        backend.review_registration(registration_id, "REQUIRES_AUTHENTICATION")
    with pytest.raises(ValueError, match="outcome"):
        backend.review_registration(registration_id, "ARCHIVED")


def test_aws_review_goes_to_aws_reviewing(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    with freeze_time(T0):
        submitted = pinpoint_client.submit_registration_version(
            RegistrationId=registration_id, AwsReview=True
        )
    assert (submitted["RegistrationVersionStatus"], submitted["AwsReview"]) == ("AWS_REVIEWING", True)
    history = submitted["RegistrationVersionStatusHistory"]
    assert (history["SubmittedTimestamp"], history["AwsReviewingTimestamp"]) == (T0, T0)


def test_only_a_version_under_review_is_reviewed(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> None:
    registration_id = create(pinpoint_client)
    with pytest.raises(ValueError, match="is DRAFT"):
        pinpoint_mock.backend().review_registration(registration_id, "APPROVED")
    with pytest.raises(ValueError, match="no registration"):
        pinpoint_mock.backend().review_registration(f"registration-{0:032x}")
    pinpoint_client.submit_registration_version(RegistrationId=create(pinpoint_client, EMPTY_FORM))
    submitted = pinpoint_client.describe_registrations(
        Filters=[{"Name": "registration-status", "Values": ["SUBMITTED"]}]
    )["Registrations"][0]
    with pytest.raises(ValueError, match="has no field"):
        pinpoint_mock.backend().review_registration(
            submitted["RegistrationArn"], "DENIED", field_denied_reasons={"companyInfo.companyName": "No."}
        )


def test_a_form_missing_a_required_value_is_denied_at_once(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    registration = pinpoint_mock.backend().registrations.get(registration_id)
    assert registration is not None
    del registration.current_version.field_values["contactInfo.supportEmail"]  # a value the form requires
    with freeze_time(T0):
        submitted = pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    assert submitted["RegistrationVersionStatus"] == "SUBMITTED"  # accepted, then denied within "seconds"
    denied = version(pinpoint_client, registration_id, 1)
    assert denied["RegistrationVersionStatus"] == "DENIED"
    assert denied["RegistrationVersionStatusHistory"]["DeniedTimestamp"] == T0
    assert [r["Reason"] for r in denied["DeniedReasons"]] == ["Missing required field"]
    field = values(pinpoint_client, registration_id, FieldPaths=["contactInfo.supportEmail"])
    assert field == {"contactInfo.supportEmail": {"DeniedReason": "MISSING_REQUIRED_FIELD"}}
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "REQUIRES_UPDATES"


def test_a_conditional_field_is_required_when_its_rule_says_so(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    # companyInfo.taxId is required unless the business is a sole proprietor's
    company = backend.seed_registration(
        field_values={"companyInfo.businessType": ["PRIVATE_PROFIT"]}, complete=True
    )
    sole = backend.seed_registration(
        field_values={"companyInfo.businessType": ["SOLE_PROPRIETOR"]}, complete=True
    )
    assert "companyInfo.taxId" in company.current_version.field_values
    assert "companyInfo.taxId" not in sole.current_version.field_values
    for registration in (company, sole):
        number = toll_free_number(pinpoint_client)
        pinpoint_client.create_registration_association(
            RegistrationId=registration.registration_id, ResourceId=number["PhoneNumberId"]
        )
    company.current_version.field_values.pop("companyInfo.taxId")
    for registration in (company, sole):
        pinpoint_client.submit_registration_version(RegistrationId=registration.registration_id)
    assert version(pinpoint_client, company.registration_id, 1)["RegistrationVersionStatus"] == "DENIED"
    assert version(pinpoint_client, sole.registration_id, 1)["RegistrationVersionStatus"] == "SUBMITTED"


def test_a_value_its_conditions_disallow_gets_the_version_denied(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration = pinpoint_mock.backend().seed_registration(
        BRAND,
        field_values={"companyInfo.legalType": ["PRIVATE_PROFIT"], "companyInfo.stockSymbol": "EXMP"},
        complete=True,
    )
    pinpoint_client.submit_registration_version(RegistrationId=registration.registration_id)
    denied = version(pinpoint_client, registration.registration_id, 1)
    assert [r["Reason"] for r in denied["DeniedReasons"]] == ["Conditional field not allowed"]
    field = values(pinpoint_client, registration.registration_id, FieldPaths=["companyInfo.stockSymbol"])
    assert field["companyInfo.stockSymbol"]["DeniedReason"] == "CONDITIONAL_FIELD_NOT_ALLOWED"


def test_submitting_without_the_association_due_before_submission_is_refused(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration = pinpoint_mock.backend().seed_registration(complete=True)
    response = client_error(
        pinpoint_client.submit_registration_version, RegistrationId=registration.registration_id
    )
    assert reason(response) == ("ConflictException", "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED")
    assert (response["ResourceType"], response["ResourceId"]) == (
        "registration",
        registration.registration_id,
    )
    assert version(pinpoint_client, registration.registration_id, 1)["RegistrationVersionStatus"] == "DRAFT"


def test_a_registration_under_review_cannot_change(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    refused = {
        "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED": [
            (
                pinpoint_client.put_registration_field_value,
                {"FieldPath": "companyInfo.city", "TextValue": "Oslo"},
            ),
            (pinpoint_client.delete_registration_field_value, {"FieldPath": "companyInfo.address2"}),
        ],
        "REGISTRATION_ALREADY_SUBMITTED": [
            (pinpoint_client.submit_registration_version, {}),
            (pinpoint_client.delete_registration, {}),
            (
                pinpoint_client.create_registration_association,
                {"ResourceId": toll_free_number(pinpoint_client)["PhoneNumberId"]},
            ),
        ],
        "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED": [(pinpoint_client.discard_registration_version, {})],
        "CREATE_REGISTRATION_VERSION_NOT_ALLOWED": [(pinpoint_client.create_registration_version, {})],
    }
    for expected, calls in refused.items():
        for call, arguments in calls:
            response = client_error(call, RegistrationId=registration_id, **arguments)
            assert reason(response) == ("ConflictException", expected), call
    assert version(pinpoint_client, registration_id, 1)["RegistrationVersionStatus"] == "SUBMITTED"


def test_discarding_a_draft_leaves_the_last_decision_standing(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    pinpoint_mock.backend().review_registration(registration_id, "APPROVED")
    response = client_error(pinpoint_client.discard_registration_version, RegistrationId=registration_id)
    assert reason(response) == ("ConflictException", "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED")
    pinpoint_client.create_registration_version(RegistrationId=registration_id)
    response = client_error(pinpoint_client.create_registration_version, RegistrationId=registration_id)
    assert reason(response) == (
        "ConflictException",
        "CREATE_REGISTRATION_VERSION_NOT_ALLOWED",
    )  # a draft is open
    with freeze_time(T0):
        discarded = pinpoint_client.discard_registration_version(RegistrationId=registration_id)
    assert (discarded["VersionNumber"], discarded["RegistrationVersionStatus"]) == (2, "DISCARDED")
    assert discarded["RegistrationVersionStatusHistory"]["DiscardedTimestamp"] == T0
    registration = describe(pinpoint_client, registration_id)
    assert (registration["RegistrationStatus"], registration["CurrentVersionNumber"]) == ("COMPLETE", 2)
    response = client_error(pinpoint_client.submit_registration_version, RegistrationId=registration_id)
    assert reason(response) == ("ConflictException", "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED")
    third = pinpoint_client.create_registration_version(RegistrationId=registration_id)
    assert third["VersionNumber"] == 3


def test_a_new_approval_archives_the_version_approved_before(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    registration = backend.seed_registration(EMPTY_FORM)
    registration_id = registration.registration_id
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    backend.review_registration(registration_id)
    pinpoint_client.create_registration_version(RegistrationId=registration_id)
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "COMPLETE"  # v1 still stands
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    with freeze_time(T0):
        backend.review_registration(registration_id)
    statuses = pinpoint_client.describe_registration_versions(RegistrationId=registration_id)[
        "RegistrationVersions"
    ]
    assert [(v["VersionNumber"], v["RegistrationVersionStatus"]) for v in statuses] == [
        (1, "ARCHIVED"),
        (2, "APPROVED"),
    ]
    assert statuses[0]["RegistrationVersionStatusHistory"]["ArchivedTimestamp"] == T0
    assert describe(pinpoint_client, registration_id)["ApprovedVersionNumber"] == 2
    archived = pinpoint_client.describe_registration_versions(
        RegistrationId=registration_id,
        Filters=[{"Name": "registration-version-status", "Values": ["ARCHIVED"]}],
    )
    assert [v["VersionNumber"] for v in archived["RegistrationVersions"]] == [1]


def test_an_unknown_version_number_is_refused(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    response = client_error(
        pinpoint_client.describe_registration_versions, RegistrationId=registration_id, VersionNumbers=[1, 7]
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_VERSION")
    assert response["Fields"][0]["Name"] == "VersionNumbers[1]"
    response = client_error(
        pinpoint_client.describe_registration_field_values, RegistrationId=registration_id, VersionNumber=2
    )
    assert reason(response) == ("ValidationException", "UNKNOWN_REGISTRATION_VERSION")


# -- deleting ------------------------------------------------------------------------------------------------


def test_delete_registration_answers_deleted_and_it_is_gone(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    deleted = pinpoint_client.delete_registration(RegistrationId=registration_id)
    assert (deleted["RegistrationId"], deleted["RegistrationStatus"]) == (registration_id, "DELETED")
    assert pinpoint_client.describe_registrations()["Registrations"] == []
    response = client_error(pinpoint_client.delete_registration, RegistrationId=registration_id)
    assert response["Error"]["Code"] == "ResourceNotFoundException"


def test_a_registration_its_toll_free_number_uses_closes_when_the_number_goes(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, number = ready_toll_free(pinpoint_client, pinpoint_mock)
    response = client_error(pinpoint_client.delete_registration, RegistrationId=registration_id)
    assert reason(response) == ("ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION")
    pinpoint_client.release_phone_number(PhoneNumberId=number["PhoneNumberId"])
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "CLOSED"
    listed = pinpoint_client.list_registration_associations(RegistrationId=registration_id)
    assert listed["RegistrationAssociations"] == []
    response = client_error(
        pinpoint_client.put_registration_field_value,
        RegistrationId=registration_id,
        FieldPath="companyInfo.city",
        TextValue="Oslo",
    )
    assert reason(response) == ("ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED")
    assert (
        pinpoint_client.delete_registration(RegistrationId=registration_id)["RegistrationStatus"] == "DELETED"
    )


def test_deleting_a_sender_id_registration_lets_its_sender_id_go(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    registration_id = create(pinpoint_client, UK_SENDER_ID)
    pinpoint_client.create_registration_association(RegistrationId=registration_id, ResourceId="ACME")
    described = pinpoint_client.describe_sender_ids()["SenderIds"][0]
    assert described["RegistrationId"] == registration_id
    pinpoint_client.delete_registration(RegistrationId=registration_id)
    described = pinpoint_client.describe_sender_ids()["SenderIds"][0]
    assert (described["SenderIdArn"], "RegistrationId" in described) == (sender["SenderIdArn"], False)


# -- associations --------------------------------------------------------------------------------------------


def test_a_toll_free_number_is_associated_and_listed(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    number = toll_free_number(pinpoint_client)
    answer = pinpoint_client.create_registration_association(
        RegistrationId=registration_id, ResourceId=number["PhoneNumberArn"]
    )
    association = {
        "ResourceArn": number["PhoneNumberArn"],
        "ResourceId": number["PhoneNumberId"],
        "ResourceType": "TOLL_FREE",
        "IsoCountryCode": "US",
        "PhoneNumber": number["PhoneNumber"],
    }
    assert {k: v for k, v in answer.items() if k != "ResponseMetadata"} == {
        "RegistrationArn": describe(pinpoint_client, registration_id)["RegistrationArn"],
        "RegistrationId": registration_id,
        "RegistrationType": TOLL_FREE,
        **association,
    }
    listed = pinpoint_client.list_registration_associations(RegistrationId=registration_id)
    assert (listed["RegistrationType"], listed["RegistrationAssociations"]) == (TOLL_FREE, [association])
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[number["PhoneNumberId"]])[
        "PhoneNumbers"
    ]
    assert described[0]["RegistrationId"] == registration_id
    for filters, expected in (
        ([{"Name": "resource-type", "Values": ["TOLL_FREE"]}], [association]),
        ([{"Name": "resource-type", "Values": ["SENDER_ID"]}], []),
        ([{"Name": "iso-country-code", "Values": ["US"]}], [association]),
    ):
        page = pinpoint_client.list_registration_associations(RegistrationId=registration_id, Filters=filters)
        assert page["RegistrationAssociations"] == expected


def test_associations_the_type_does_not_take_or_made_twice_are_refused(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    simulator = request_number(pinpoint_client)
    response = client_error(
        pinpoint_client.create_registration_association,
        RegistrationId=registration_id,
        ResourceId=simulator["PhoneNumberId"],
    )
    assert reason(response) == ("ValidationException", "INVALID_REGISTRATION_ASSOCIATION")
    number = toll_free_number(pinpoint_client)
    associate = pinpoint_client.create_registration_association
    associate(RegistrationId=registration_id, ResourceId=number["PhoneNumberId"])
    response = client_error(associate, RegistrationId=registration_id, ResourceId=number["PhoneNumberId"])
    assert reason(response) == ("ConflictException", "RESOURCE_ALREADY_ASSOCIATED")
    other = create(pinpoint_client)
    response = client_error(associate, RegistrationId=other, ResourceId=number["PhoneNumberId"])
    assert reason(response) == ("ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION")
    assert (response["ResourceType"], response["ResourceId"]) == ("phone-number", number["PhoneNumberId"])


def test_an_unknown_resource_is_not_found_as_what_it_looks_like(pinpoint_client: Any) -> None:
    registration_id = create(pinpoint_client)
    for resource_id, resource_type in (
        (f"phone-{0:032x}", "phone-number"),
        (f"registration-{0:032x}", "registration"),
        ("NOBODY", "sender-id"),
        ("arn:aws:sms-voice:us-east-1:123456789012:sender-id/NOBODY/GB", "sender-id"),
        (f"arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-{0:032x}", "phone-number"),
    ):
        response = client_error(
            pinpoint_client.create_registration_association,
            RegistrationId=registration_id,
            ResourceId=resource_id,
        )
        assert (response["Error"]["Code"], response["ResourceType"]) == (
            "ResourceNotFoundException",
            resource_type,
        )


def test_ten_dlc_numbers_are_associated_once_the_campaign_is_complete(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    brand = backend.seed_registration(BRAND, complete=True)
    campaign = backend.seed_registration(CAMPAIGN, complete=True)
    campaign_id = campaign.registration_id
    number = request_number(pinpoint_client, NumberType="TEN_DLC")
    response = client_error(
        pinpoint_client.create_registration_association,
        RegistrationId=campaign_id,
        ResourceId=number["PhoneNumberId"],
    )
    assert reason(response) == ("ConflictException", "REGISTRATION_NOT_COMPLETE")
    response = client_error(pinpoint_client.submit_registration_version, RegistrationId=campaign_id)
    assert reason(response) == (
        "ConflictException",
        "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
    )  # no brand yet
    linked = pinpoint_client.create_registration_association(RegistrationId=campaign_id, ResourceId=brand.key)
    assert (linked["ResourceType"], linked["ResourceArn"]) == (BRAND, brand.registration_arn)
    assert "IsoCountryCode" not in linked
    pinpoint_client.submit_registration_version(RegistrationId=campaign_id)
    backend.review_registration(campaign_id)
    pinpoint_client.create_registration_association(
        RegistrationId=campaign_id, ResourceId=number["PhoneNumberId"]
    )
    listed = pinpoint_client.list_registration_associations(RegistrationId=campaign_id)[
        "RegistrationAssociations"
    ]
    assert [a["ResourceType"] for a in listed] == [BRAND, "TEN_DLC"]
    response = client_error(pinpoint_client.delete_registration, RegistrationId=brand.key)
    assert reason(response) == ("ConflictException", "RESOURCE_DELETION_NOT_ALLOWED")


def test_request_phone_number_with_a_registration_id_associates_the_number(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration = pinpoint_mock.backend().seed_registration(CAMPAIGN, registration_status="COMPLETE")
    number = request_number(
        pinpoint_client, NumberType="TEN_DLC", RegistrationId=registration.registration_arn
    )
    assert number["RegistrationId"] == registration.registration_id
    listed = pinpoint_client.list_registration_associations(RegistrationId=registration.registration_id)
    assert [a["PhoneNumber"] for a in listed["RegistrationAssociations"]] == [number["PhoneNumber"]]
    response = client_error(
        request_number, pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key
    )
    assert reason(response) == ("ValidationException", "INVALID_REGISTRATION_ASSOCIATION")
    response = client_error(request_number, pinpoint_client, RegistrationId=f"registration-{0:032x}")
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "registration",
    )
    assert [n["PhoneNumberId"] for n in pinpoint_client.describe_phone_numbers()["PhoneNumbers"]] == [
        number["PhoneNumberId"]
    ]  # a refused request leases no number


def test_a_sender_id_by_name_is_found_in_the_registrations_country_and_registered_on_approval(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="FR")
    uk = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    backend = pinpoint_mock.backend()
    registration = backend.seed_registration(UK_SENDER_ID, complete=True)
    linked = pinpoint_client.create_registration_association(
        RegistrationId=registration.key, ResourceId="ACME"
    )
    assert (linked["ResourceArn"], linked["ResourceType"], linked["IsoCountryCode"]) == (
        uk["SenderIdArn"],
        "SENDER_ID",
        "GB",
    )
    pinpoint_client.submit_registration_version(RegistrationId=registration.key)
    backend.review_registration(registration.key)
    senders = pinpoint_client.describe_sender_ids()["SenderIds"]
    assert [(s["IsoCountryCode"], s["Registered"]) for s in senders] == [("FR", False), ("GB", True)]
    later = pinpoint_client.request_sender_id(SenderId="LATER", IsoCountryCode="GB")
    assert later["Registered"] is False
    pinpoint_client.create_registration_association(RegistrationId=registration.key, ResourceId="LATER")
    [described] = pinpoint_client.describe_sender_ids(
        SenderIds=[{"SenderId": "LATER", "IsoCountryCode": "GB"}]
    )["SenderIds"]
    assert described["Registered"] is True  # associated with a registration approved already


def test_approval_activates_a_pending_number(pinpoint_client: Any, pinpoint_mock: MockPinpoint) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number(number_type="TOLL_FREE", status="PENDING")
    registration = backend.seed_registration(complete=True, associations=[number])
    pinpoint_client.submit_registration_version(RegistrationId=registration.key)
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[number.phone_number_id])[
        "PhoneNumbers"
    ]
    assert described[0]["Status"] == "PENDING"
    backend.review_registration(registration.key)
    described = pinpoint_client.describe_phone_numbers(PhoneNumberIds=[number.phone_number_id])[
        "PhoneNumbers"
    ]
    assert described[0]["Status"] == "ACTIVE"


def status(client: Any, phone_number_id: str) -> str:
    [number] = client.describe_phone_numbers(PhoneNumberIds=[phone_number_id])["PhoneNumbers"]
    return str(number["Status"])


def send(client: Any, origination: str) -> str:
    answer = client.send_text_message(
        DestinationPhoneNumber="+12065550199", OriginationIdentity=origination, MessageBody="Hi"
    )
    return str(answer["MessageId"])


@pytest.mark.parametrize("number_type", ["TOLL_FREE", "TEN_DLC"])
def test_a_us_toll_free_or_10dlc_number_without_an_approved_registration_is_pending(
    pinpoint_client: Any, pinpoint_outbox: list[Any], number_type: str
) -> None:
    number = request_number(pinpoint_client, NumberType=number_type)
    assert (number["Status"], status(pinpoint_client, number["PhoneNumberId"])) == ("PENDING", "PENDING")
    response = client_error(send, pinpoint_client, number["PhoneNumber"])
    assert (reason(response), response["ResourceType"], response["ResourceId"]) == (
        ("ConflictException", "RESOURCE_NOT_ACTIVE"),
        "phone-number",
        number["PhoneNumberId"],
    )
    response = client_error(
        pinpoint_client.create_pool, OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    assert (reason(response), response["ResourceId"]) == (
        ("ConflictException", "RESOURCE_NOT_ACTIVE"),
        number["PhoneNumberId"],
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=request_number(pinpoint_client)["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    response = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=number["PhoneNumberId"],
        IsoCountryCode="US",
    )
    assert reason(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")
    before = pinpoint_client.describe_phone_numbers()["PhoneNumbers"]
    response = client_error(request_number, pinpoint_client, NumberType=number_type, PoolId=pool["PoolId"])
    assert (reason(response), response["ResourceType"], response["ResourceId"]) == (
        ("ConflictException", "RESOURCE_NOT_ACTIVE"),
        "phone-number",
        number_type,  # refused before a number exists: its type is named
    )
    assert pinpoint_client.describe_phone_numbers()["PhoneNumbers"] == before  # and none is leased
    assert pinpoint_outbox == []


@pytest.mark.parametrize(
    ("country", "number_type"),
    [("US", "SIMULATOR"), ("US", "LONG_CODE"), ("CA", "TOLL_FREE"), ("GB", "LONG_CODE"), ("CA", "TEN_DLC")],
)
def test_numbers_that_need_no_registration_are_active_at_once(
    pinpoint_client: Any, country: str, number_type: str
) -> None:
    number = request_number(pinpoint_client, IsoCountryCode=country, NumberType=number_type)
    assert (number["Status"], status(pinpoint_client, number["PhoneNumberId"])) == ("ACTIVE", "ACTIVE")


def test_an_account_level_send_passes_over_a_pending_number(
    pinpoint_client: Any, pinpoint_outbox: list[Any]
) -> None:
    request_number(pinpoint_client, NumberType="TOLL_FREE")  # PENDING: the account has nothing to send from
    response = client_error(
        pinpoint_client.send_text_message, DestinationPhoneNumber="+12065550199", MessageBody="Hi"
    )
    assert reason(response) == ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND")
    simulator = request_number(pinpoint_client)  # ACTIVE at once: the account sends from it
    send_id = pinpoint_client.send_text_message(DestinationPhoneNumber="+12065550199", MessageBody="Hi")
    assert [(m.message_id, m.origination_number) for m in pinpoint_outbox] == [
        (send_id["MessageId"], simulator["PhoneNumber"])
    ]


def test_a_seeded_toll_free_number_is_active_and_sends(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[Any]
) -> None:
    seeded = pinpoint_mock.backend().seed_phone_number(number_type="TOLL_FREE")  # the seeding shortcut
    assert status(pinpoint_client, seeded.phone_number_id) == "ACTIVE"
    message_id = send(pinpoint_client, seeded.phone_number)
    assert [message.message_id for message in pinpoint_outbox] == [message_id]


def test_a_toll_free_number_sends_once_its_registration_is_approved(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, pinpoint_outbox: list[Any]
) -> None:
    backend = pinpoint_mock.backend()
    registration = backend.seed_registration(TOLL_FREE, complete=True)
    number = request_number(pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key)
    assert number["Status"] == "PENDING"  # associated with a registration that is not approved yet
    pinpoint_client.submit_registration_version(RegistrationId=registration.key)
    backend.review_registration(registration.key, "REVIEWING")
    assert status(pinpoint_client, number["PhoneNumberId"]) == "PENDING"
    backend.review_registration(registration.key, "APPROVED")
    assert status(pinpoint_client, number["PhoneNumberId"]) == "ACTIVE"
    message_id = send(pinpoint_client, number["PhoneNumber"])
    assert [message.message_id for message in pinpoint_outbox] == [message_id]
    # Another number requested with the approved registration is ACTIVE at once, and joins a pool.
    second = request_number(pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key)
    assert (second["Status"], status(pinpoint_client, second["PhoneNumberId"])) == ("ACTIVE", "ACTIVE")
    pool = pinpoint_client.create_pool(
        OriginationIdentity=second["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    third = request_number(
        pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key, PoolId=pool["PoolId"]
    )
    assert (third["Status"], third["PoolId"]) == ("ACTIVE", pool["PoolId"])


def test_a_denied_registration_leaves_its_toll_free_number_pending(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    registration = backend.seed_registration(TOLL_FREE, complete=True)
    number = request_number(pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key)
    pinpoint_client.submit_registration_version(RegistrationId=registration.key)
    backend.review_registration(registration.key, "DENIED")
    assert status(pinpoint_client, number["PhoneNumberId"]) == "PENDING"
    later = request_number(pinpoint_client, NumberType="TOLL_FREE", RegistrationId=registration.key)
    assert later["Status"] == "PENDING"


def test_a_10dlc_number_is_active_once_associated_with_an_approved_campaign(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    brand = backend.seed_registration(BRAND, complete=True)
    campaign = backend.seed_registration(CAMPAIGN, complete=True, associations=[brand])
    waiting = request_number(pinpoint_client, NumberType="TEN_DLC")
    response = client_error(  # a 10DLC number is associated once the campaign is COMPLETE
        pinpoint_client.create_registration_association,
        RegistrationId=campaign.key,
        ResourceId=waiting["PhoneNumberId"],
    )
    assert reason(response) == ("ConflictException", "REGISTRATION_NOT_COMPLETE")
    pinpoint_client.submit_registration_version(RegistrationId=campaign.key)
    backend.review_registration(campaign.key, "APPROVED")
    assert status(pinpoint_client, waiting["PhoneNumberId"]) == "PENDING"  # not associated
    pinpoint_client.create_registration_association(
        RegistrationId=campaign.key, ResourceId=waiting["PhoneNumberId"]
    )
    assert status(pinpoint_client, waiting["PhoneNumberId"]) == "ACTIVE"
    assert send(pinpoint_client, waiting["PhoneNumber"])
    number = request_number(pinpoint_client, NumberType="TEN_DLC", RegistrationId=campaign.key)
    assert number["Status"] == "ACTIVE"


def test_a_registration_cannot_be_shared(pinpoint_client: Any) -> None:
    arn = pinpoint_client.create_registration(RegistrationType=TOLL_FREE)["RegistrationArn"]
    policy = (
        '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "222222222222"}, "Action": "sms-voice:*"}]}'
    )
    response = client_error(pinpoint_client.put_resource_policy, ResourceArn=arn, Policy=policy)
    assert reason(response) == ("ValidationException", "INVALID_ARN")
    response = client_error(pinpoint_client.get_resource_policy, ResourceArn=arn)
    assert reason(response) == ("ValidationException", "INVALID_ARN")


# -- seeding -------------------------------------------------------------------------------------------------


def test_seeding_refuses_what_the_api_would_refuse(pinpoint_mock: MockPinpoint) -> None:
    backend = pinpoint_mock.backend()
    with pytest.raises(ValueError, match="not a registration type"):
        backend.seed_registration("NO_SUCH_REGISTRATION")
    with pytest.raises(ValueError, match="has no field"):
        backend.seed_registration(field_values={"companyInfo.motto": "Onwards"})
    with pytest.raises(ValueError, match=r"companyInfo\.companyName"):
        backend.seed_registration(field_values={"companyInfo.companyName": "x" * 101})
    with pytest.raises(ValueError, match="SELECT"):
        backend.seed_registration(field_values={"messagingUseCase.monthlyMessageVolume": "10"})
    with pytest.raises(ValueError, match="version 1 only"):
        backend.seed_registration(current_version_number=3)
    with pytest.raises(ValueError, match="RegistrationInformation"):
        backend.seed_registration(registration_status="PAUSED")
    with pytest.raises(ValueError, match="cannot be associated"):
        backend.seed_registration(associations=[backend.seed_phone_number()])
    with pytest.raises(ValueError, match="not a record of this backend"):
        backend.seed_registration(associations=[pinpoint_mock.backend("eu-west-1").seed_phone_number()])
    with pytest.raises(ValueError, match="PDF, JPEG or PNG"):
        backend.seed_registration_attachment(b"plain text")
    registration = backend.seed_registration(registration_id=f"registration-{1:032x}")
    with pytest.raises(ValueError, match="already stored"):
        backend.seed_registration(registration_id=registration.registration_id)
    assert list(backend.registrations.values()) == [registration]


@pytest.mark.parametrize(
    ("seed", "attribute"),
    [
        ("seed_phone_number", "phone_number_arn"),
        ("seed_pool", "pool_arn"),
        ("seed_opt_out_list", "opt_out_list_arn"),
        ("seed_registration", "registration_arn"),
    ],
)
def test_a_seed_is_named_by_its_id_never_by_an_arn_of_another(
    pinpoint_mock: MockPinpoint, seed: str, attribute: str
) -> None:
    backend = pinpoint_mock.backend()
    arguments = {
        "seed_opt_out_list": ("Marketing",),
        "seed_registration": ("US_TOLL_FREE_REGISTRATION",),
    }.get(seed, ())
    foreign = "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-somebody-else"
    with pytest.raises(ValueError, match=f"{attribute} is made from the record's ID"):
        getattr(backend, seed)(*arguments, **{attribute: foreign})
    assert [
        list(store.values()) for store in (backend.phone_numbers, backend.pools, backend.registrations)
    ] == [
        [],
        [],
        [],
    ]


def test_a_seed_that_fails_leaves_the_registry_as_it_was(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number()  # a US long code: a toll-free registration does not take it
    with pytest.raises(ValueError, match="cannot be associated"):
        backend.seed_registration(complete=True, associations=[number])  # would seed a sample PDF
    toll_free = backend.seed_phone_number(number_type="TOLL_FREE", phone_number="+18445550100")
    with pytest.raises(ValueError, match="given twice"):
        backend.seed_registration(complete=True, associations=[toll_free, toll_free])
    assert pinpoint_client.describe_registrations()["Registrations"] == []
    assert pinpoint_client.describe_registration_attachments()["RegistrationAttachments"] == []
    assert (
        "RegistrationId"
        not in pinpoint_client.describe_phone_numbers(PhoneNumberIds=[toll_free.key])["PhoneNumbers"][0]
    )


def test_a_review_that_fails_leaves_the_version_as_it_was(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    before = version(pinpoint_client, registration_id, 1)
    with pytest.raises(ValueError, match=r"has no field companyInfo\.motto"):
        pinpoint_mock.backend().review_registration(
            registration_id, "DENIED", feedback="Almost.", field_denied_reasons={"companyInfo.motto": "No."}
        )
    assert version(pinpoint_client, registration_id, 1) == before
    assert "ReviewingTimestamp" not in before["RegistrationVersionStatusHistory"]
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "SUBMITTED"


@pytest.mark.parametrize(
    ("denied_reasons", "field_denied_reasons", "message"),
    [
        ("No!", None, "denied_reasons must be a list"),
        ([5], None, "a denied reason must be a text or a DeniedReason record, not 5"),
        ([""], None, "a denied reason must be a text"),
        ([DeniedReason(None, "short")], None, "Reason"),  # no Reason: the model requires one
        (["No."], {"companyInfo.companyName": 5}, "a field's denied reason must be a text"),
    ],
)
def test_a_denial_the_model_could_not_carry_is_a_value_error_and_changes_nothing(
    pinpoint_client: Any,
    pinpoint_mock: MockPinpoint,
    denied_reasons: Any,
    field_denied_reasons: Any,
    message: str,
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    before = version(pinpoint_client, registration_id, 1)
    with pytest.raises(ValueError, match=message):
        pinpoint_mock.backend().review_registration(
            registration_id,
            "DENIED",
            denied_reasons=denied_reasons,
            field_denied_reasons=field_denied_reasons,
        )
    assert version(pinpoint_client, registration_id, 1) == before


def test_a_review_finds_its_registration_by_id_or_arn_of_this_account_and_region(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, _ = ready_toll_free(pinpoint_client, pinpoint_mock)
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    arn = describe(pinpoint_client, registration_id)["RegistrationArn"]
    with pytest.raises(ValueError, match="no registration"):
        pinpoint_mock.backend().review_registration(arn.replace("us-east-1", "eu-west-1"))
    with pytest.raises(ValueError, match="no registration"):
        pinpoint_mock.backend().review_registration(f"arn:aws:s3:::{registration_id}")
    pinpoint_mock.backend().review_registration(arn, "REVIEWING")
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "REVIEWING"


def test_a_seeded_attachment_can_fill_an_attachment_field(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    attachment = backend.seed_registration_attachment()
    registration = backend.seed_registration(field_values={"messagingUseCase.optInImage": attachment.key})
    found = values(pinpoint_client, registration.key)
    assert found == {"messagingUseCase.optInImage": {"RegistrationAttachmentId": attachment.key}}


def test_seeded_additional_attributes_are_described(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    """The model gives no public key of AdditionalAttributes: seeding is how a test sets them."""
    registration = pinpoint_mock.backend().seed_registration(additional_attributes={"campaignId": "C1A2B3"})
    assert describe(pinpoint_client, registration.key)["AdditionalAttributes"] == {"campaignId": "C1A2B3"}


def test_a_registration_closes_when_its_last_toll_free_number_goes_even_during_a_review(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    registration_id, first = ready_toll_free(pinpoint_client, pinpoint_mock)
    second = toll_free_number(pinpoint_client)
    pinpoint_client.create_registration_association(
        RegistrationId=registration_id, ResourceId=second["PhoneNumberId"]
    )
    pinpoint_client.submit_registration_version(RegistrationId=registration_id)
    pinpoint_client.release_phone_number(PhoneNumberId=first["PhoneNumberId"])
    assert (
        describe(pinpoint_client, registration_id)["RegistrationStatus"] == "SUBMITTED"
    )  # one number is left
    pinpoint_client.release_phone_number(PhoneNumberId=second["PhoneNumberId"])
    assert describe(pinpoint_client, registration_id)["RegistrationStatus"] == "CLOSED"
    pinpoint_mock.backend().review_registration(registration_id, "APPROVED")
    registration = describe(pinpoint_client, registration_id)
    assert (registration["RegistrationStatus"], registration["ApprovedVersionNumber"]) == ("CLOSED", 1)


def test_a_number_seeded_with_a_registration_id_leaves_it_when_released(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    backend = pinpoint_mock.backend()
    registration = backend.seed_registration()
    number = backend.seed_phone_number(number_type="TOLL_FREE", registration_id=registration.key)
    pinpoint_client.release_phone_number(PhoneNumberId=number.phone_number_id)
    assert number.registration_id is None
    assert describe(pinpoint_client, registration.key)["RegistrationStatus"] == "CREATED"
