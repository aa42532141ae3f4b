"""Registrations: the registration, its versions and their field values, what it is associated with, and the
attachments field values name.

A registration holds its versions in order (version 1 first); each version holds its own field values by
field path, so a new version starts with an empty form. What a registration is associated with (phone
numbers, sender IDs, another registration) is kept in association order, by the resource's ARN; a phone
number or sender ID also names its registration (``registration_id``), which is how "in use" is found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from ..pagination import OrderedStore
from .inputs import Tag


@dataclass(slots=True)
class StatusHistory:
    """When a version entered each status (RegistrationVersionStatusHistory); None: not (yet)."""

    draft_timestamp: datetime
    submitted_timestamp: datetime | None = None
    aws_reviewing_timestamp: datetime | None = None
    reviewing_timestamp: datetime | None = None
    requires_authentication_timestamp: datetime | None = None
    approved_timestamp: datetime | None = None
    discarded_timestamp: datetime | None = None
    denied_timestamp: datetime | None = None
    revoked_timestamp: datetime | None = None
    archived_timestamp: datetime | None = None


@dataclass(frozen=True, slots=True)
class DeniedReason:
    """Why a version was denied (RegistrationDeniedReasonInformation)."""

    reason: str
    short_description: str
    long_description: str | None = None
    documentation_title: str | None = None
    documentation_link: str | None = None


@dataclass(slots=True)
class FieldValue:
    """One field's value in a version (RegistrationFieldValueInformation): exactly one kind of value, or
    none where a review only says why the field was denied."""

    field_path: str
    select_choices: list[str] | None = None
    text_value: str | None = None
    registration_attachment_id: str | None = None
    denied_reason: str | None = None
    feedback: str | None = None


@dataclass(slots=True)
class RegistrationVersion:
    version_number: int
    registration_version_status: str
    registration_version_status_history: StatusHistory
    denied_reasons: list[DeniedReason] | None = None
    feedback: str | None = None
    aws_review: bool = False  # submitted with AwsReview
    field_values: dict[str, FieldValue] = field(default_factory=dict)  # by field path


@dataclass(slots=True)
class RegistrationAssociation:
    """What a registration is associated with (RegistrationAssociationMetadata). ``resource_type`` is the
    kind the registration type's SupportedAssociations name: a phone number's NumberType, ``SENDER_ID``, or
    another registration's RegistrationType."""

    resource_arn: str
    resource_id: str
    resource_type: str
    iso_country_code: str | None = None
    phone_number: str | None = None


@dataclass(slots=True)
class Registration:
    resource_type: ClassVar[ResourceType] = "registration"

    registration_arn: str
    registration_id: str
    registration_type: str
    registration_status: str
    current_version_number: int
    created_timestamp: datetime
    approved_version_number: int | None = None
    latest_denied_version_number: int | None = None
    additional_attributes: dict[str, str] | None = None
    tags: list[Tag] = field(default_factory=list)
    versions: OrderedStore[RegistrationVersion] = field(default_factory=OrderedStore)  # by str(number)
    associations: OrderedStore[RegistrationAssociation] = field(default_factory=OrderedStore)  # by ARN

    @property
    def key(self) -> str:
        return self.registration_id

    @property
    def resource_id(self) -> str:
        return self.registration_id

    def version(self, number: int) -> RegistrationVersion | None:
        return self.versions.get(str(number))

    @property
    def current_version(self) -> RegistrationVersion:
        version = self.version(self.current_version_number)
        assert version is not None, f"{self.registration_id} has no version {self.current_version_number}"
        return version


@dataclass(slots=True)
class RegistrationAttachment:
    resource_type: ClassVar[ResourceType] = "registration-attachment"

    registration_attachment_arn: str
    registration_attachment_id: str
    attachment_status: str
    created_timestamp: datetime
    attachment_upload_error_reason: str | None = None
    attachment_url: str | None = None
    tags: list[Tag] = field(default_factory=list)
    body: bytes | None = None  # the file as uploaded (or read from S3), for tests to look at

    @property
    def key(self) -> str:
        return self.registration_attachment_id

    @property
    def resource_id(self) -> str:
        return self.registration_attachment_id
