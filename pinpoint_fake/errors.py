"""Errors of the service, one class per error shape of the model, and the fake's own errors.

A service error's class name is the model's shape name (it goes into ``__type`` on the wire) and its
attributes are the shape's members in snake_case, so one encoder (``protocol.encode_error``) writes them all.
A test checks every class and every reason used against the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

ValidationReason = Literal[
    "FIELD_VALIDATION_FAILED",
    "INVALID_ARN",
    "INVALID_FILTER_VALUES",
    "INVALID_NEXT_TOKEN",
    "INVALID_PARAMETER",
    "MISSING_PARAMETER",
    "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    "CANNOT_PARSE",
    "COUNTRY_CODE_MISMATCH",
    "TWO_WAY_NOT_ENABLED",
    "ATTACHMENT_TYPE_NOT_SUPPORTED",
    "INVALID_REGISTRATION_ASSOCIATION",
    "MAXIMUM_SIZE_EXCEEDED",
    "REGISTRATION_FIELD_CANNOT_BE_DELETED",
    "UNKNOWN_REGISTRATION_FIELD",
    "UNKNOWN_REGISTRATION_SECTION",
    "UNKNOWN_REGISTRATION_TYPE",
    "UNKNOWN_REGISTRATION_VERSION",
    "INTERNATIONAL_SENDING_NOT_SUPPORTED",
    "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
    "MEDIA_TYPE_NOT_SUPPORTED",
    "PRICE_OVER_THRESHOLD",
    "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT",
    "SENDER_ID_NOT_SUPPORTED",
    "VERIFICATION_CODE_MISMATCH",
    "VOICE_CAPABILITY_NOT_AVAILABLE",
    "CHANNEL_NOT_ENABLED",
    "COUNTRY_NOT_ENABLED",
]
ConflictReason = Literal[
    "DELETION_PROTECTION_ENABLED",
    "LAST_PHONE_NUMBER",
    "MESSAGE_TYPE_MISMATCH",
    "OPT_OUT_LIST_MISMATCH",
    "PHONE_NUMBER_ASSOCIATED_TO_POOL",
    "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL",
    "POOL_ASSOCIATED_TO_NOTIFY_CONFIGURATION",
    "RCS_AGENT_ASSOCIATED_TO_POOL",
    "RESOURCE_ALREADY_ASSOCIATED",
    "RESOURCE_ALREADY_EXISTS",
    "RESOURCE_DELETION_NOT_ALLOWED",
    "RESOURCE_NOT_ACTIVE",
    "SELF_MANAGED_OPT_OUTS_MISMATCH",
    "SENDER_ID_ASSOCIATED_TO_POOL",
    "TWO_WAY_CONFIG_MISMATCH",
    "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT",
    "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET",
    "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET",
    "EVENT_DESTINATION_MISMATCH",
    "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
    "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
    "CREATE_REGISTRATION_VERSION_NOT_ALLOWED",
    "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED",
    "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED",
    "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION",
    "REGISTRATION_ALREADY_SUBMITTED",
    "REGISTRATION_NOT_COMPLETE",
    "RESOURCE_MODIFICATION_NOT_ALLOWED",
    "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
    "DESTINATION_PHONE_NUMBER_NOT_VERIFIED",
    "DESTINATION_PHONE_NUMBER_OPTED_OUT",
    "NO_ORIGINATION_IDENTITIES_FOUND",
    "NUMBER_CAPABILITIES_MISMATCH",
    "VERIFICATION_ALREADY_COMPLETE",
    "VERIFICATION_CODE_EXPIRED",
    "NOTIFY_CONFIGURATION_NOT_ACTIVE",
]
QuotaReason = Literal[
    "TAGS_PER_RESOURCE",
    "CONFIGURATION_SETS_PER_ACCOUNT",
    "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT",
    "VERIFICATION_ATTEMPTS_PER_DAY",
    "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT",
    "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE",
    "MONTHLY_SPEND_LIMIT_REACHED_FOR_MEDIA",
    "MONTHLY_SPEND_LIMIT_REACHED_FOR_NOTIFY",
    "DAILY_NOTIFY_TIER_MESSAGE_LIMIT",
    "DAILY_DESTINATION_CALL_LIMIT",
    "EVENT_DESTINATIONS_PER_CONFIGURATION_SET",
]
ResourceType = Literal[
    "phone-number",
    "sender-id",
    "pool",
    "opt-out-list",
    "opted-out-number",
    "policy",
    "registration",
    "protect-configuration",
    "rcs-agent",
    "notify-configuration",
    "notify-template",
    "registration-attachment",
    "configuration-set",
    "keyword",
    "verified-destination-number",
    "event-destination",
    "message",
]


@dataclass(frozen=True, slots=True)
class ValidationExceptionField:
    """One violation: ``name`` is the member path in the request (``Filters[0].Values[2]``)."""

    name: str
    message: str


class ServiceError(Exception):
    """An error the service models, answered with awsJson's default status for a client error (the model
    gives none). The fake answers no server fault: a bug in it raises FakeInternalError instead."""

    http_status: ClassVar[int] = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def code(self) -> str:
        return type(self).__name__


class ValidationException(ServiceError):
    def __init__(
        self,
        message: str,
        reason: ValidationReason = "FIELD_VALIDATION_FAILED",
        fields: tuple[ValidationExceptionField, ...] = (),
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.fields = list(fields) or None


class ResourceNotFoundException(ServiceError):
    def __init__(
        self, resource_type: str | None, resource_id: str | None, message: str | None = None
    ) -> None:
        """``resource_type`` is a ResourceType, or any value of the model's enum (an ARN's resource type);
        None (with a ``message``) for what the enum has no value for, such as a protect configuration's
        number override."""
        super().__init__(message or f"The {resource_type} '{resource_id}' does not exist.")
        self.resource_type = resource_type
        self.resource_id = resource_id


class ConflictException(ServiceError):
    def __init__(
        self,
        reason: ConflictReason,
        resource_type: ResourceType | None,
        resource_id: str | None,
        message: str,
    ) -> None:
        """The resource is the one the conflict is about, if it is about one (both members are optional)."""
        super().__init__(message)
        self.reason = reason
        self.resource_type = resource_type
        self.resource_id = resource_id


class ServiceQuotaExceededException(ServiceError):
    def __init__(self, reason: QuotaReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class PinpointFakeError(Exception):
    """Raised in the caller's process for what is not an answer of the service.

    In-process it is never an answer: it reaches the caller as an exception. The HTTP endpoint
    (``pinpoint_fake.server``) has no caller's process to raise in, so it answers it with the class name as
    ``__type`` (no error shape of the service has these names) and ``http_status``: never one that AWS SDKs
    retry (500, 502, 503, 504), as a retry would repeat the call's side effects and hide its answer.
    """

    http_status: ClassVar[int] = 400


class NotImplementedByFake(PinpointFakeError, NotImplementedError):
    """The operation exists in the service model, but pinpoint_fake does not implement it yet."""

    http_status: ClassVar[int] = 501

    def __init__(self, operation: str) -> None:
        from botocore import __version__ as botocore_version

        super().__init__(
            f"pinpoint_fake does not implement PinpointSMSVoiceV2.{operation} (in the model of botocore "
            f"{botocore_version}) yet; the request was not sent anywhere. See the operation table in "
            "pinpoint_fake's README."
        )
        self.operation = operation


class FakeInternalError(PinpointFakeError, RuntimeError):
    """A bug inside pinpoint_fake. It carries the original exception (``__cause__``) and its text."""

    def __init__(self, operation: str, error: BaseException) -> None:
        super().__init__(
            f"pinpoint_fake failed while answering {operation}: {type(error).__name__}: {error}. "
            "This is a bug in pinpoint_fake, not an AWS answer; please report it."
        )
        self.operation = operation


class RegionNotServed(PinpointFakeError, LookupError):
    """The request was signed for a region where AWS does not offer the service."""

    http_status: ClassVar[int] = 400


class PinpointFakeWarning(UserWarning):
    """Something the fake wants seen although the call went on: an exception that carries it may be caught and
    dropped, or the call was answered but not entirely as AWS would answer it.

    ``NotImplementedByFake`` is also warned, naming the operation, so that code which catches every
    ``Exception`` cannot hide it: the warning still shows in pytest's warnings summary. What a newer botocore
    model adds to an operation and the fake does not know is validated, then left out (an enum value kept as
    given), and warned about once per operation and member (``protocol.py``).
    """
