"""Registration attachments: CreateRegistrationAttachment, DescribeRegistrationAttachments and
DeleteRegistrationAttachment.

A file comes as ``AttachmentBody`` or from ``AttachmentUrl`` (``s3://bucket/key``), never both. The fake reads
an S3 object from moto's own S3 in the same mock, through ``moto_targets`` (moto's S3 is imported only then):
a bucket or key that does not exist gives an attachment that failed to upload (``UPLOAD_FAILED``, the model's
one reason ``INTERNAL_ERROR``), as AWS reports a fetch that failed after the request was accepted. A file
must be a PDF, JPEG or PNG (by its first bytes), and an S3 object no larger than a body the model allows.
"""

from __future__ import annotations

import base64
import binascii
from functools import cache

from .. import moto_targets
from ..core import Core, unique_tags
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..records import Filter, RegistrationAttachment, Result, Tag
from ..rules.registrations import check_file
from ..service_model import shape


class RegistrationAttachmentOperations(Core):
    def create_registration_attachment(
        self,
        attachment_body: str | None = None,
        attachment_url: str | None = None,
        tags: list[Tag] | None = None,
    ) -> RegistrationAttachment:
        if attachment_body is not None and attachment_url is not None:
            raise ValidationException(
                "Give AttachmentBody or AttachmentUrl, not both.",
                "PARAMETERS_CANNOT_BE_USED_TOGETHER",
                (
                    ValidationExceptionField("AttachmentBody", "Cannot be used with AttachmentUrl"),
                    ValidationExceptionField("AttachmentUrl", "Cannot be used with AttachmentBody"),
                ),
            )
        if attachment_body is not None:
            content = _decoded(attachment_body)
            check_file(content, max_file_size(), "AttachmentBody")
            attachment = self._new_registration_attachment(body=content, tags=unique_tags(tags))
        elif attachment_url is not None:
            attachment = self._attachment_from(attachment_url, tags)
        else:
            raise ValidationException(
                "Give AttachmentBody or AttachmentUrl.",
                "MISSING_PARAMETER",
                (ValidationExceptionField("AttachmentBody", "AttachmentBody or AttachmentUrl is required"),),
            )
        return self.registration_attachments.add(attachment.key, attachment)

    def describe_registration_attachments(
        self,
        registration_attachment_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        ids_member = "RegistrationAttachmentIds"
        return self._describe(
            "DescribeRegistrationAttachments",
            "registration-attachment",
            self._names(registration_attachment_ids, "registration-attachment", ids_member),
            ids_member=ids_member,
            owner=None,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
        )

    def delete_registration_attachment(self, registration_attachment_id: str) -> RegistrationAttachment:
        """Gone at once, answering ``DELETED``; one that a registration's form holds stays."""
        attachment = self._registration_attachment(registration_attachment_id, "RegistrationAttachmentId")
        key = attachment.registration_attachment_id
        for registration in self.registrations.values():
            for version in registration.versions.values():
                if any(value.registration_attachment_id == key for value in version.field_values.values()):
                    raise ConflictException(
                        "RESOURCE_DELETION_NOT_ALLOWED",
                        "registration-attachment",
                        key,
                        f"Version {version.version_number} of the registration "
                        f"'{registration.registration_id}' holds the attachment.",
                    )
        self.registration_attachments.remove(key)
        attachment.attachment_status = "DELETED"
        return attachment

    def _attachment_from(self, url: str, tags: list[Tag] | None) -> RegistrationAttachment:
        bucket, _, key = url.removeprefix("s3://").partition("/")
        if not url.startswith("s3://") or not bucket or not key:
            raise ValidationException(
                f"'{url}' is not an S3 URL (s3://BucketName/FileName).",
                "INVALID_PARAMETER",
                (ValidationExceptionField("AttachmentUrl", "Must be s3://BucketName/FileName"),),
            )
        content = moto_targets.s3_object(self.account_id, self.partition, bucket, key)
        if content is None:
            return self._new_registration_attachment(
                attachment_status="UPLOAD_FAILED",
                attachment_upload_error_reason="INTERNAL_ERROR",
                attachment_url=url,
                tags=unique_tags(tags),
            )
        check_file(content, max_file_size(), "AttachmentUrl")
        return self._new_registration_attachment(attachment_url=url, body=content, tags=unique_tags(tags))


@cache
def max_file_size() -> int:
    """The largest file a body can carry: the model's ``AttachmentBody`` maximum counts base64 characters."""
    return int(shape("AttachmentBody").metadata["max"]) * 3 // 4


def _decoded(body: str) -> bytes:
    try:
        return base64.b64decode(body, validate=True)
    except binascii.Error:
        raise ValidationException(
            "AttachmentBody is not base64.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("AttachmentBody", "Not base64"),),
        ) from None
