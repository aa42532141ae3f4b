"""The registration state machine, and a form's values checked against its field definitions.

A registration shows the state of its current version. A version starts as a DRAFT with an empty form; only a
draft's values can be put or deleted, and only a draft can be submitted or discarded. A submitted version is
reviewed (``SUBMITTED``/``AWS_REVIEWING`` -> ``REVIEWING`` -> ``REQUIRES_AUTHENTICATION`` -> ``APPROVED`` or
``DENIED``); the review's outcome is chosen by the test through the seeding API, at once. A draft whose form
lacks a value it requires, or has one its conditions disallow, is submitted and then denied at once, as AWS
was seen to deny such a version within seconds. Approving a version archives the one approved before it.

Some numbers need an approved registration before they send (a US toll-free or 10DLC number:
``registration_catalog.REQUIRED_REGISTRATIONS``): requested without one, such a number is PENDING, and it
turns ACTIVE once a registration it is associated with is approved, or at once when it is associated with
one approved already.

A field is REQUIRED, OPTIONAL, or CONDITIONAL; a conditional field's behavior (REQUIRED, OPTIONAL or
DISALLOWED) is the first of its rules whose conditions all hold, else its default, and OPTIONAL when its rule
is not public. Conditions compare the values of another field: ``EQUALS``/``IN`` hold when one of its values
is among theirs, ``NOT_EQUALS``/``NOT_IN`` when none is (also when it has none), ``HAS_VALUE``/``NO_VALUE`` on
its presence; an unknown operator never holds (as the model says).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Union

from ..errors import ConflictException, ConflictReason, ValidationException, ValidationExceptionField
from ..records import PhoneNumber, SenderId
from ..records.registrations import (
    DeniedReason,
    FieldValue,
    Registration,
    RegistrationAssociation,
    RegistrationAttachment,
    RegistrationVersion,
    StatusHistory,
)
from ..registration_catalog import (
    ConditionalValidation,
    FieldDefinition,
    SupportedAssociation,
    TypeDefinition,
    definition,
    required_registrations,
)
from .guards import ACTIVE

Associable = Union[PhoneNumber, SenderId, Registration]  # noqa: UP007 (a runtime alias on Python 3.10)

DRAFT = "DRAFT"
UNDER_REVIEW = ("SUBMITTED", "AWS_REVIEWING", "REVIEWING", "REQUIRES_AUTHENTICATION")
REVIEW_OUTCOMES = ("REVIEWING", "REQUIRES_AUTHENTICATION", "APPROVED", "DENIED")
CLOSED = "CLOSED"
PENDING = "PENDING"  # a phone number that waits for an approved registration

# [O] the reason a version with a missing required value was denied with, and the field's reason [O-weak].
MISSING = (
    DeniedReason("Missing required field", "A required field of the form has no value."),
    "MISSING_REQUIRED_FIELD",
)
# [O] the reason a version with a value its conditions disallow was denied with; the field's reason [I].
DISALLOWED = (
    DeniedReason("Conditional field not allowed", "A field has a value that its conditions do not allow."),
    "CONDITIONAL_FIELD_NOT_ALLOWED",
)


# -- statuses ---------------------------------------------------------------------------------------------


def enter(version: RegistrationVersion, status: str, now: datetime) -> None:
    """Move a version to ``status`` and stamp its history (every status the fake enters has a timestamp)."""
    version.registration_version_status = status
    setattr(version.registration_version_status_history, f"{status.lower()}_timestamp", now)


def settle(registration: Registration) -> None:
    """The registration's status after its current version changed: the version's review status, COMPLETE
    once approved, REQUIRES_UPDATES once denied; a draft or discarded version leaves the last decision
    standing (CREATED before any). CLOSED stays: the registration can only be deleted."""
    if registration.registration_status == CLOSED:
        return
    status = registration.current_version.registration_version_status
    if status in UNDER_REVIEW:
        registration.registration_status = status
    elif status == "APPROVED" or (status != "DENIED" and registration.approved_version_number is not None):
        registration.registration_status = "COMPLETE"
    elif status == "DENIED" or registration.latest_denied_version_number is not None:
        registration.registration_status = "REQUIRES_UPDATES"
    else:
        registration.registration_status = "CREATED"


def snapshot(version: RegistrationVersion) -> tuple[str, StatusHistory]:
    """A version's status and history as they are now (an answer must not show a later change)."""
    return version.registration_version_status, dataclasses.replace(
        version.registration_version_status_history
    )


def _conflict(registration: Registration, reason: ConflictReason, message: str) -> ConflictException:
    return ConflictException(reason, "registration", registration.registration_id, message)


def require_open(registration: Registration) -> None:
    """Refuse any change but deletion to a CLOSED registration."""
    if registration.registration_status == CLOSED:
        raise _conflict(
            registration,
            "RESOURCE_MODIFICATION_NOT_ALLOWED",
            "The registration is CLOSED: its origination identity is gone, so it can only be deleted.",
        )


def require_draft(registration: Registration) -> RegistrationVersion:
    """The current version, which must be a draft for its values to change."""
    require_open(registration)
    version = registration.current_version
    if version.registration_version_status != DRAFT:
        raise _conflict(
            registration,
            "EDIT_REGISTRATION_FIELD_VALUES_NOT_ALLOWED",
            f"Version {version.version_number} is {version.registration_version_status}: create a new "
            "version to change the form.",
        )
    return version


def check_new_version(registration: Registration) -> None:
    """A new version follows a decided one (approved, denied, discarded, ...), never a draft or a review."""
    require_open(registration)
    status = registration.current_version.registration_version_status
    if status == DRAFT or status in UNDER_REVIEW:
        raise _conflict(
            registration,
            "CREATE_REGISTRATION_VERSION_NOT_ALLOWED",
            f"The current version is {status}: "
            + ("edit or discard it." if status == DRAFT else "wait for its review."),
        )


def new_version(registration: Registration, now: datetime) -> RegistrationVersion:
    """Version N+1, an empty draft, becomes current."""
    number = registration.current_version_number + 1
    version = RegistrationVersion(number, DRAFT, StatusHistory(draft_timestamp=now))
    registration.versions.add(str(number), version)
    registration.current_version_number = number
    settle(registration)
    return version


def discard(registration: Registration, now: datetime) -> RegistrationVersion:
    require_open(registration)
    version = registration.current_version
    if version.registration_version_status != DRAFT:
        raise _conflict(
            registration,
            "DISCARD_REGISTRATION_VERSION_NOT_ALLOWED",
            f"Only a draft can be discarded; version {version.version_number} is "
            f"{version.registration_version_status}.",
        )
    enter(version, "DISCARDED", now)
    settle(registration)
    return version


def check_submittable(registration: Registration, definition: TypeDefinition) -> RegistrationVersion:
    """The draft to submit: not one under review or decided, and every association due before submission."""
    require_open(registration)
    version = registration.current_version
    status = version.registration_version_status
    if status != DRAFT:
        reason: ConflictReason = (
            "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED"
            if status == "DISCARDED"
            else "REGISTRATION_ALREADY_SUBMITTED"
        )
        raise _conflict(registration, reason, f"Version {version.version_number} is {status}, not a draft.")
    kinds = {association.resource_type for association in registration.associations.values()}
    for supported in definition.supported_associations:
        if (
            supported.association_behavior == "ASSOCIATE_BEFORE_SUBMIT"
            and supported.resource_type not in kinds
        ):
            raise _conflict(
                registration,
                "SUBMIT_REGISTRATION_VERSION_NOT_ALLOWED",
                f"A {registration.registration_type} must be associated with a {supported.resource_type} "
                "before it is submitted.",
            )
    return version


def submit(
    registration: Registration, definition: TypeDefinition, aws_review: bool, now: datetime
) -> tuple[str, StatusHistory]:
    """Submit the current draft (``check_submittable`` first): the answer's status and history. An
    incomplete form is denied at once, after the answer is taken."""
    version = registration.current_version
    version.aws_review = aws_review
    enter(version, "SUBMITTED", now)
    if aws_review:
        enter(version, "AWS_REVIEWING", now)
    settle(registration)
    answer = snapshot(version)
    missing, disallowed = form_problems(definition, version.field_values)
    if missing or disallowed:
        reasons = [problem for problem, paths in ((MISSING, missing), (DISALLOWED, disallowed)) if paths]
        for (_, field_reason), paths in ((MISSING, missing), (DISALLOWED, disallowed)):
            for path in paths:
                value = version.field_values.setdefault(path, FieldValue(path))
                value.denied_reason = field_reason
        deny(registration, [reason for reason, _ in reasons], now)
    return answer


def deny(registration: Registration, reasons: Sequence[DeniedReason], now: datetime) -> None:
    version = registration.current_version
    version.denied_reasons = list(reasons)
    enter(version, "DENIED", now)
    registration.latest_denied_version_number = version.version_number
    settle(registration)


def approve(registration: Registration, identities: Sequence[PhoneNumber | SenderId], now: datetime) -> None:
    """Approve the current version: the one approved before is archived; the identities the registration is
    associated with are ready (a PENDING number turns ACTIVE, a sender ID is registered)."""
    version = registration.current_version
    for older in registration.versions.values():
        if older is not version and older.registration_version_status == "APPROVED":
            enter(older, "ARCHIVED", now)
    enter(version, "APPROVED", now)
    registration.approved_version_number = version.version_number
    settle(registration)
    for identity in identities:
        ready(identity)


def approved(registration: Registration) -> bool:
    """Whether the registration is approved: COMPLETE (also when seeded so), or not CLOSED with an approved
    version while a newer one is drafted or reviewed."""
    if registration.registration_status == "COMPLETE":
        return True
    return registration.approved_version_number is not None and registration.registration_status != CLOSED


def ready(identity: PhoneNumber | SenderId) -> None:
    """What an approved registration does to an identity associated with it: a PENDING number turns ACTIVE,
    a sender ID is registered."""
    if isinstance(identity, SenderId):
        identity.registered = True
    elif identity.status == PENDING:
        identity.status = ACTIVE


def requested_status(iso_country_code: str, number_type: str, registration: Registration | None) -> str:
    """A requested number's status: PENDING when its country and type need a registration
    (``registration_catalog.REQUIRED_REGISTRATIONS``) and it is not requested with an approved one of those
    types; ACTIVE otherwise."""
    needed = required_registrations(iso_country_code, number_type)
    if not needed or (
        registration is not None and registration.registration_type in needed and approved(registration)
    ):
        return ACTIVE
    return PENDING


def check_pending_joins_no_pool(iso_country_code: str, number_type: str, status: str) -> None:
    """A number requested into a pool must be ACTIVE (as any number that joins one): a PENDING one is
    refused before it exists, so the error names its type."""
    if status == ACTIVE:
        return
    needed = " or ".join(required_registrations(iso_country_code, number_type))
    raise ConflictException(
        "RESOURCE_NOT_ACTIVE",
        "phone-number",
        number_type,
        f"A {iso_country_code} {number_type} number is {status} until a {needed} it is associated with is "
        "approved, and only an ACTIVE number joins a pool: give the RegistrationId of an approved "
        f"{needed}, or request the number without PoolId.",
    )


# -- field values -------------------------------------------------------------------------------------------


def type_definition(registration_type: str, member: str = "RegistrationType") -> TypeDefinition:
    """The catalog's definition of a registration type; an unknown type is a ValidationException (the
    definition operations declare no ResourceNotFoundException)."""
    found = definition(registration_type)
    if found is None:
        raise ValidationException(
            f"'{registration_type}' is not a registration type.",
            "UNKNOWN_REGISTRATION_TYPE",
            (ValidationExceptionField(member, "Unknown registration type"),),
        )
    return found


def field_definition(
    definition: TypeDefinition, field_path: str, member: str = "FieldPath"
) -> FieldDefinition:
    found = definition.field(field_path)
    if found is None:
        raise ValidationException(
            f"{definition.registration_type} has no field '{field_path}'.",
            "UNKNOWN_REGISTRATION_FIELD",
            (ValidationExceptionField(member, "Unknown registration field"),),
        )
    return found


def check_section(definition: TypeDefinition, section_path: str, member: str = "SectionPath") -> None:
    if definition.section(section_path) is None:
        raise ValidationException(
            f"{definition.registration_type} has no section '{section_path}'.",
            "UNKNOWN_REGISTRATION_SECTION",
            (ValidationExceptionField(member, "Unknown registration section"),),
        )


def values_of(value: FieldValue | None) -> list[str]:
    """What a field holds, for conditions to compare: its choices, its text, or its attachment."""
    if value is None:
        return []
    if value.select_choices is not None:
        return list(value.select_choices)
    single = value.text_value if value.text_value is not None else value.registration_attachment_id
    return [] if single is None else [single]


def _holds(operator: str, found: list[str], wanted: list[str] | None) -> bool:
    among = any(value in (wanted or ()) for value in found)
    tests = {
        "EQUALS": among,
        "IN": among,
        "NOT_EQUALS": not among,
        "NOT_IN": not among,
        "HAS_VALUE": bool(found),
        "NO_VALUE": not found,
    }
    return tests.get(operator, False)


def behavior(
    field: FieldDefinition, values: Mapping[str, FieldValue]
) -> tuple[str, ConditionalValidation | None]:
    """REQUIRED, OPTIONAL or DISALLOWED given the form's values, and the validation its rule adds, if any."""
    conditional = field.conditional_behavior
    if field.field_requirement != "CONDITIONAL":
        return field.field_requirement, None
    if conditional is None:  # the rule is not public
        return "OPTIONAL", None
    for rule in conditional.rules:
        if all(
            _holds(c.operator, values_of(values.get(c.depends_on_field_path)), c.values)
            for c in rule.conditions
        ):
            return rule.rule_behavior, rule.conditional_validation
    return conditional.default_behavior, None


def form_problems(
    definition: TypeDefinition, values: Mapping[str, FieldValue]
) -> tuple[list[str], list[str]]:
    """(fields that need a value and have none, fields that have one their conditions disallow)."""
    missing, disallowed = [], []
    for field in definition.fields:
        wanted, _ = behavior(field, values)
        present = bool(values_of(values.get(field.field_path)))
        if wanted == "REQUIRED" and not present:
            missing.append(field.field_path)
        elif wanted == "DISALLOWED" and present:
            disallowed.append(field.field_path)
    return missing, disallowed


def _invalid(member: str, message: str) -> ValidationException:
    return ValidationException(message, "INVALID_PARAMETER", (ValidationExceptionField(member, message),))


_VALUE_MEMBERS = {"TEXT": "TextValue", "SELECT": "SelectChoices", "ATTACHMENT": "RegistrationAttachmentId"}


def check_value(
    field: FieldDefinition,
    values: Mapping[str, FieldValue],
    select_choices: list[str] | None,
    text_value: str | None,
    attachment: RegistrationAttachment | None,
) -> FieldValue:
    """The value to store for ``field``: exactly the kind of value its type takes (``check_kind``), within
    its validation; an attachment must be uploaded."""
    _, extra = behavior(field, values)
    if text_value is not None:
        _check_text(field, text_value, extra)
        return FieldValue(field.field_path, text_value=text_value)
    if select_choices is not None:
        _check_choices(field, select_choices, extra)
        return FieldValue(field.field_path, select_choices=list(select_choices))
    assert attachment is not None
    if attachment.attachment_status != "UPLOAD_COMPLETE":
        raise _invalid(
            "RegistrationAttachmentId",
            f"The attachment is {attachment.attachment_status}; only an uploaded attachment can be used.",
        )
    return FieldValue(field.field_path, registration_attachment_id=attachment.registration_attachment_id)


def check_kind(
    field: FieldDefinition,
    select_choices: list[str] | None,
    text_value: str | None,
    attachment_id: str | None,
) -> None:
    """Exactly the member of the field's type is given: TextValue, SelectChoices or an attachment."""
    given = {
        "TextValue": text_value is not None,
        "SelectChoices": select_choices is not None,
        "RegistrationAttachmentId": attachment_id is not None,
    }
    member = _VALUE_MEMBERS[field.field_type]
    for other, present in given.items():
        if present and other != member:
            raise _invalid(
                other, f"{field.field_path} is a {field.field_type} field: give {member}, not {other}."
            )
    if not given[member]:
        raise ValidationException(
            f"{field.field_path} is a {field.field_type} field: give {member}.",
            "MISSING_PARAMETER",
            (ValidationExceptionField(member, "Required for this field"),),
        )


def _check_text(field: FieldDefinition, text: str, extra: ConditionalValidation | None) -> None:
    rules = field.text_validation
    low = (
        extra.min_length if extra and extra.min_length is not None else (rules.min_length if rules else None)
    )
    high = (
        extra.max_length if extra and extra.max_length is not None else (rules.max_length if rules else None)
    )
    pattern = extra.pattern if extra and extra.pattern is not None else (rules.pattern if rules else None)
    if low is not None and len(text) < low:
        raise _invalid("TextValue", f"{field.field_path} takes at least {low} characters.")
    if high is not None and len(text) > high:
        raise _invalid("TextValue", f"{field.field_path} takes at most {high} characters.")
    if pattern is not None and re.fullmatch(pattern, text) is None:
        raise _invalid("TextValue", f"{field.field_path} must match {pattern}.")


def _check_choices(field: FieldDefinition, choices: list[str], extra: ConditionalValidation | None) -> None:
    rules = field.select_validation
    if len(set(choices)) != len(choices):
        raise _invalid("SelectChoices", f"{field.field_path} got a choice twice.")
    if rules is None:  # the options are not public: any choice goes
        return
    if not rules.min_choices <= len(choices) <= rules.max_choices:
        raise _invalid(
            "SelectChoices",
            f"{field.field_path} takes {rules.min_choices} to {rules.max_choices} choices, "
            f"not {len(choices)}.",
        )
    allowed = extra.allowed_values if extra and extra.allowed_values is not None else rules.options
    unknown = [choice for choice in choices if choice not in allowed]
    if unknown:
        raise _invalid("SelectChoices", f"{unknown[0]!r} is not an option of {field.field_path}.")


def check_deletable(field: FieldDefinition) -> None:
    if field.field_requirement == "REQUIRED":
        raise ValidationException(
            f"{field.field_path} is required: its value can be replaced, not deleted.",
            "REGISTRATION_FIELD_CANNOT_BE_DELETED",
            (ValidationExceptionField("FieldPath", "A required field cannot be deleted"),),
        )


def selected_fields(
    definition: TypeDefinition, section_path: str | None, field_paths: Sequence[str] | None
) -> list[FieldDefinition]:
    """The form's fields a request names (by section, by path, or both), in form order; unknown ones are
    refused."""
    if section_path is not None:
        check_section(definition, section_path)
    for index, path in enumerate(field_paths or ()):
        field_definition(definition, path, f"FieldPaths[{index}]")
    return [
        field
        for field in definition.fields
        if (section_path is None or field.section_path == section_path)
        and (not field_paths or field.field_path in field_paths)
    ]


# Where a file's bytes say what it is: the types the model's documentation allows (PDF, JPEG, PNG).
FILE_SIGNATURES = {b"%PDF-": "PDF", b"\xff\xd8\xff": "JPEG", b"\x89PNG\r\n\x1a\n": "PNG"}


def check_file(content: bytes, limit: int, member: str) -> None:
    """An attachment is a PDF, JPEG or PNG (by its first bytes) of at most ``limit`` bytes."""
    if len(content) > limit:
        raise ValidationException(
            f"The file has {len(content)} bytes; an attachment has at most {limit}.",
            "MAXIMUM_SIZE_EXCEEDED",
            (ValidationExceptionField(member, f"At most {limit} bytes"),),
        )
    if not content.startswith(tuple(FILE_SIGNATURES)):
        raise ValidationException(
            "An attachment must be a PDF, JPEG or PNG file.",
            "ATTACHMENT_TYPE_NOT_SUPPORTED",
            (ValidationExceptionField(member, "Not a PDF, JPEG or PNG file"),),
        )


def sample_text(field: FieldDefinition) -> str | None:
    """A text the field accepts (for a seeded complete form), or None if none of the fake's samples fits."""
    rules = field.text_validation
    if rules is None:
        return field.display_hints.example_text_value or "Example"
    for base in (field.display_hints.example_text_value, "Example", "US", "ACME", "#0A0A0A", "1"):
        if base is None:
            continue
        text = (base + base[-1] * rules.min_length)[: max(rules.min_length, min(len(base), rules.max_length))]
        if rules.min_length <= len(text) <= rules.max_length and re.fullmatch(rules.pattern, text):
            return text
    return None


# -- associations --------------------------------------------------------------------------------------------


def association_of(target: Associable) -> RegistrationAssociation:
    """How a registration lists what it is associated with."""
    if isinstance(target, PhoneNumber):
        return RegistrationAssociation(
            target.phone_number_arn,
            target.phone_number_id,
            target.number_type,
            target.iso_country_code,
            target.phone_number,
        )
    if isinstance(target, SenderId):
        return RegistrationAssociation(
            target.sender_id_arn, target.sender_id, "SENDER_ID", target.iso_country_code
        )
    return RegistrationAssociation(target.registration_arn, target.registration_id, target.registration_type)


def supported_association(
    definition: TypeDefinition, association: RegistrationAssociation
) -> SupportedAssociation:
    """The registration type's rule for associating ``association``'s kind of resource (in its country)."""
    country = association.iso_country_code  # a registration has none: its type says where it is
    for supported in definition.supported_associations:
        if supported.resource_type == association.resource_type and (
            country is None or supported.iso_country_code in (None, country)
        ):
            return supported
    where = f" of {country}" if country else ""
    raise ValidationException(
        f"A {definition.registration_type} cannot be associated with a {association.resource_type}{where}.",
        "INVALID_REGISTRATION_ASSOCIATION",
        (ValidationExceptionField("ResourceId", "Not a resource this registration type supports"),),
    )


def check_associable(
    registration: Registration, definition: TypeDefinition, target: Associable, *, timing: bool = True
) -> None:
    """Refuse to associate a kind of resource the registration type does not take, one associated already
    (here or, for an identity, with another registration), and -- with ``timing`` -- at the wrong moment:
    during a review, or before the registration is complete for what it takes only after."""
    require_open(registration)
    association = association_of(target)
    supported = supported_association(definition, association)
    if association.resource_arn in registration.associations:
        raise _conflict(registration, "RESOURCE_ALREADY_ASSOCIATED", "The resource is associated already.")
    if not isinstance(target, Registration) and target.registration_id is not None:
        reason: ConflictReason = (
            "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION"
            if isinstance(target, PhoneNumber)
            else "RESOURCE_ALREADY_ASSOCIATED"
        )
        raise ConflictException(
            reason,
            target.resource_type,
            target.resource_id,
            f"The origination identity is associated with the registration '{target.registration_id}'.",
        )
    if not timing:
        return
    if supported.association_behavior == "ASSOCIATE_AFTER_COMPLETE":
        if registration.registration_status != "COMPLETE":
            raise _conflict(
                registration,
                "REGISTRATION_NOT_COMPLETE",
                f"A {association.resource_type} is associated once the registration is COMPLETE; it is "
                f"{registration.registration_status}.",
            )
    elif registration.registration_status in UNDER_REVIEW:
        raise _conflict(
            registration,
            "REGISTRATION_ALREADY_SUBMITTED",
            "The registration is being reviewed: wait for its outcome.",
        )


def associate(registration: Registration, target: Associable) -> RegistrationAssociation:
    """Associate (``check_associable`` first); a phone number or sender ID names its registration, and is
    ready at once (``ready``) when the registration is approved already."""
    association = association_of(target)
    registration.associations.add(association.resource_arn, association)
    if not isinstance(target, Registration):
        target.registration_id = registration.registration_id
        if approved(registration):
            ready(target)
    return association


def disassociate(
    registration: Registration, definition: TypeDefinition, identity: PhoneNumber | SenderId
) -> None:
    """An identity released: its association goes, and a registration whose identities must all go before
    it closes is CLOSED once the last one has."""
    association = registration.associations.get(identity.origination_identity_arn)
    identity.registration_id = None
    if association is None:
        return
    registration.associations.remove(association.resource_arn)
    closes = any(
        supported.resource_type == association.resource_type
        and supported.disassociation_behavior == "DISASSOCIATE_ALL_CLOSES_REGISTRATION"
        for supported in definition.supported_associations
    )
    if closes and not any(
        other.resource_type == association.resource_type for other in registration.associations.values()
    ):
        registration.registration_status = CLOSED


def check_deletable_registration(
    registration: Registration, definition: TypeDefinition, users: Sequence[Registration]
) -> None:
    """A registration is deleted with its associations unless its type wants them gone first; never during a
    review, nor while another registration is associated with it (a campaign with its brand)."""
    if registration.registration_status in UNDER_REVIEW:
        raise _conflict(
            registration,
            "REGISTRATION_ALREADY_SUBMITTED",
            "The registration is being reviewed: it cannot be deleted.",
        )
    if users:
        raise _conflict(
            registration,
            "RESOURCE_DELETION_NOT_ALLOWED",
            f"The registration '{users[0].registration_id}' is associated with it.",
        )
    for association in registration.associations.values():
        kept = any(
            supported.resource_type == association.resource_type
            and supported.disassociation_behavior != "DELETE_REGISTRATION_DISASSOCIATES"
            for supported in definition.supported_associations
        )
        if kept:
            raise _conflict(
                registration,
                "PHONE_NUMBER_ASSOCIATED_TO_REGISTRATION"
                if ":phone-number/" in association.resource_arn
                else "RESOURCE_DELETION_NOT_ALLOWED",
                f"{association.resource_id} is associated with the registration: release it first.",
            )
