"""Registration attachments through boto3: a body, or an object read from moto's own S3 in the same mock."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import boto3
import pytest
from freezegun import freeze_time

from pinpoint_fake import MockPinpoint
from pinpoint_fake.operations.registration_attachments import max_file_size
from pinpoint_fake.service_model import shape

from .helpers import client_error

PDF = b"%PDF-1.7 a letter of authorization"
JPEG = b"\xff\xd8\xff\xe0 a logo"
PNG = b"\x89PNG\r\n\x1a\n a banner"
T0 = datetime(2026, 2, 3, 4, 5, 6, tzinfo=timezone.utc)


@pytest.fixture
def bucket(pinpoint_mock: MockPinpoint) -> Any:
    """A bucket of moto's S3 in the same mock, and a client to fill it."""
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="registration-files")
    return s3


@pytest.mark.parametrize("body", [PDF, JPEG, PNG], ids=["pdf", "jpeg", "png"])
def test_a_body_is_uploaded_at_once(pinpoint_client: Any, pinpoint_mock: MockPinpoint, body: bytes) -> None:
    with freeze_time(T0):
        created = pinpoint_client.create_registration_attachment(
            AttachmentBody=body, Tags=[{"Key": "kind", "Value": "loa"}]
        )
    attachment_id = created["RegistrationAttachmentId"]
    assert re.fullmatch(r"attachment-[0-9a-f]{32}", attachment_id)
    assert created["RegistrationAttachmentArn"] == (
        f"arn:aws:sms-voice:us-east-1:123456789012:registration-attachment/{attachment_id}"
    )
    assert (created["AttachmentStatus"], created["CreatedTimestamp"]) == ("UPLOAD_COMPLETE", T0)
    assert created["Tags"] == [{"Key": "kind", "Value": "loa"}]
    stored = pinpoint_mock.backend().registration_attachments.get(attachment_id)
    assert stored is not None
    assert stored.body == body


def test_a_file_that_is_no_pdf_jpeg_or_png_is_refused(pinpoint_client: Any) -> None:
    response = client_error(pinpoint_client.create_registration_attachment, AttachmentBody=b"GIF89a a gif")
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "ATTACHMENT_TYPE_NOT_SUPPORTED",
    )
    assert response["Fields"][0]["Name"] == "AttachmentBody"
    assert pinpoint_client.describe_registration_attachments()["RegistrationAttachments"] == []


def test_a_body_and_a_url_together_or_neither_are_refused(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.create_registration_attachment, AttachmentBody=PDF, AttachmentUrl="s3://b/loa.pdf"
    )
    assert response["Reason"] == "PARAMETERS_CANNOT_BE_USED_TOGETHER"
    assert [field["Name"] for field in response["Fields"]] == ["AttachmentBody", "AttachmentUrl"]
    response = client_error(pinpoint_client.create_registration_attachment)
    assert response["Reason"] == "MISSING_PARAMETER"


def test_an_s3_object_is_read_from_motos_s3(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint, bucket: Any
) -> None:
    bucket.put_object(Bucket="registration-files", Key="letters/loa.pdf", Body=PDF)
    url = "s3://registration-files/letters/loa.pdf"
    created = pinpoint_client.create_registration_attachment(AttachmentUrl=url)
    assert created["AttachmentStatus"] == "UPLOAD_COMPLETE"
    described = pinpoint_client.describe_registration_attachments()["RegistrationAttachments"]
    assert [(a["RegistrationAttachmentId"], a["AttachmentUrl"]) for a in described] == [
        (created["RegistrationAttachmentId"], url)
    ]
    stored = pinpoint_mock.backend().registration_attachments.get(created["RegistrationAttachmentId"])
    assert stored is not None
    assert stored.body == PDF


@pytest.mark.parametrize("url", ["s3://registration-files/missing.pdf", "s3://no-such-bucket/loa.pdf"])
def test_an_s3_object_that_does_not_exist_fails_to_upload(
    pinpoint_client: Any, bucket: Any, url: str
) -> None:
    created = pinpoint_client.create_registration_attachment(AttachmentUrl=url)
    described = pinpoint_client.describe_registration_attachments(
        RegistrationAttachmentIds=[created["RegistrationAttachmentId"]]
    )["RegistrationAttachments"][0]
    assert (created["AttachmentStatus"], described["AttachmentUploadErrorReason"]) == (
        "UPLOAD_FAILED",
        "INTERNAL_ERROR",
    )
    failed = pinpoint_client.describe_registration_attachments(
        Filters=[{"Name": "attachment-status", "Values": ["UPLOAD_FAILED"]}]
    )
    assert [a["RegistrationAttachmentId"] for a in failed["RegistrationAttachments"]] == [
        created["RegistrationAttachmentId"]
    ]


def test_an_s3_object_larger_than_a_body_may_be_is_refused(pinpoint_client: Any, bucket: Any) -> None:
    assert max_file_size() == int(shape("AttachmentBody").metadata["max"]) * 3 // 4
    bucket.put_object(Bucket="registration-files", Key="big.pdf", Body=b"%PDF-" + b"0" * max_file_size())
    response = client_error(
        pinpoint_client.create_registration_attachment, AttachmentUrl="s3://registration-files/big.pdf"
    )
    assert (response["Reason"], response["Fields"][0]["Name"]) == ("MAXIMUM_SIZE_EXCEEDED", "AttachmentUrl")
    bucket.put_object(Bucket="registration-files", Key="notes.txt", Body=b"plain text")
    response = client_error(
        pinpoint_client.create_registration_attachment, AttachmentUrl="s3://registration-files/notes.txt"
    )
    assert response["Reason"] == "ATTACHMENT_TYPE_NOT_SUPPORTED"


@pytest.mark.parametrize("url", ["https://example.com/loa.pdf", "s3://bucket-only", "s3:///loa.pdf"])
def test_a_url_that_is_no_s3_object_is_refused(pinpoint_client: Any, url: str) -> None:
    response = client_error(pinpoint_client.create_registration_attachment, AttachmentUrl=url)
    assert (response["Reason"], response["Fields"][0]["Name"]) == ("INVALID_PARAMETER", "AttachmentUrl")


def test_a_body_that_is_no_base64_is_refused(pinpoint_client: Any) -> None:
    """botocore always encodes a body: a raw request is what can send something else."""
    client = pinpoint_client
    client.meta.events.register(
        "before-call.pinpoint-sms-voice-v2.CreateRegistrationAttachment",
        lambda params, **kwargs: params.update(body=b'{"AttachmentBody": "not base64!"}'),
    )
    response = client_error(client.create_registration_attachment, AttachmentBody=PDF)
    assert (response["Reason"], response["Fields"][0]["Name"]) == ("INVALID_PARAMETER", "AttachmentBody")


def test_delete_answers_deleted_unless_a_form_holds_the_attachment(
    pinpoint_client: Any, pinpoint_mock: MockPinpoint
) -> None:
    kept = pinpoint_client.create_registration_attachment(AttachmentBody=PDF)["RegistrationAttachmentId"]
    spare = pinpoint_client.create_registration_attachment(AttachmentBody=PNG)["RegistrationAttachmentArn"]
    registration = pinpoint_mock.backend().seed_registration(
        field_values={"messagingUseCase.optInImage": kept}
    )
    response = client_error(pinpoint_client.delete_registration_attachment, RegistrationAttachmentId=kept)
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_DELETION_NOT_ALLOWED",
        kept,
    )
    deleted = pinpoint_client.delete_registration_attachment(RegistrationAttachmentId=spare)
    assert (deleted["RegistrationAttachmentArn"], deleted["AttachmentStatus"]) == (spare, "DELETED")
    left = pinpoint_client.describe_registration_attachments()["RegistrationAttachments"]
    assert [a["RegistrationAttachmentId"] for a in left] == [kept]
    response = client_error(
        pinpoint_client.describe_registration_attachments, RegistrationAttachmentIds=[spare]
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "registration-attachment",
    )
    pinpoint_client.delete_registration(RegistrationId=registration.registration_id)
    pinpoint_client.delete_registration_attachment(RegistrationAttachmentId=kept)


def test_reading_s3_creates_no_s3_state(pinpoint_client: Any) -> None:
    """The read goes through ``moto_targets`` and only looks: an account with no S3 state keeps none."""
    from moto.s3.models import s3_backends

    created = pinpoint_client.create_registration_attachment(AttachmentUrl="s3://no-such-bucket/loa.pdf")
    assert created["AttachmentStatus"] == "UPLOAD_FAILED"
    assert dict.get(s3_backends, "123456789012") is None


def test_a_bucket_is_found_whichever_account_holds_it_while_moto_allows_that(
    pinpoint_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bucket names are global: as moto's S3 finds another account's bucket, so does the fake, and not once
    moto's ``MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS`` is off (a fetch that failed, not an error of the fake)."""
    role = boto3.client("sts", region_name="us-east-1").assume_role(
        RoleArn="arn:aws:iam::222222222222:role/files", RoleSessionName="files"
    )["Credentials"]
    other = boto3.client(
        "s3",
        region_name="us-east-1",
        aws_access_key_id=role["AccessKeyId"],
        aws_secret_access_key=role["SecretAccessKey"],
        aws_session_token=role["SessionToken"],
    )
    other.create_bucket(Bucket="partner-files")
    other.put_object(Bucket="partner-files", Key="loa.pdf", Body=PDF)
    url = "s3://partner-files/loa.pdf"
    assert pinpoint_client.create_registration_attachment(AttachmentUrl=url)["AttachmentStatus"] == (
        "UPLOAD_COMPLETE"
    )
    monkeypatch.setenv("MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS", "false")
    assert pinpoint_client.create_registration_attachment(AttachmentUrl=url)["AttachmentStatus"] == (
        "UPLOAD_FAILED"
    )
