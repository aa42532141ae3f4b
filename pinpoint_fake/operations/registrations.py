"""Registrations: CreateRegistration, DescribeRegistrations, DeleteRegistration; their versions
(CreateRegistrationVersion, DescribeRegistrationVersions, SubmitRegistrationVersion,
DiscardRegistrationVersion); the form (PutRegistrationFieldValue, DeleteRegistrationFieldValue,
DescribeRegistrationFieldValues); and what they are associated with (CreateRegistrationAssociation,
ListRegistrationAssociations).

The state machine and the checks of a form's values live in ``rules.registrations``; the registration types
and their forms in ``registration_catalog``. A review's outcome is chosen through the seeding API
(``Seeding.review_registration``): the service itself never moves a submitted version on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from moto.core.utils import utcnow

from ..core import Core, listed, unique_tags
from ..errors import ResourceNotFoundException, ResourceType, ValidationException, ValidationExceptionField
from ..pagination import Entry
from ..records import FieldValue, Filter, Registration, RegistrationVersion, Result, StatusHistory, Tag
from ..registration_catalog import TypeDefinition
from ..rules.registrations import (
    Associable,
    associate,
    check_associable,
    check_deletable,
    check_deletable_registration,
    check_kind,
    check_new_version,
    check_submittable,
    check_value,
    discard,
    field_definition,
    new_version,
    require_draft,
    selected_fields,
    snapshot,
    submit,
    type_definition,
)


class RegistrationOperations(Core):
    def create_registration(self, registration_type: str, tags: list[Tag] | None = None) -> Registration:
        type_definition(registration_type)
        registration = self._new_registration(registration_type, tags=unique_tags(tags))
        return self.registrations.add(registration.key, registration)

    def describe_registrations(
        self,
        registration_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        return self._describe(
            "DescribeRegistrations",
            "registration",
            self._names(registration_ids, "registration", "RegistrationIds"),
            ids_member="RegistrationIds",
            owner=None,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
        )

    def delete_registration(self, registration_id: str) -> Registration:
        """Gone at once (DescribeRegistrations no longer finds it), answering ``DELETED``; the identities its
        type lets go with it are disassociated."""
        registration = self._registration(registration_id)
        users = [
            other
            for other in self.registrations.values()
            if registration.registration_arn in other.associations
        ]
        check_deletable_registration(registration, type_definition(registration.registration_type), users)
        for identity in self._users_of("registration", registration.registration_id):
            identity.registration_id = None
        self.registrations.remove(registration.key)
        registration.registration_status = "DELETED"
        return registration

    # -- versions -------------------------------------------------------------------------------------

    def create_registration_version(self, registration_id: str) -> Result:
        registration = self._registration(registration_id)
        check_new_version(registration)
        return _version_answer(registration, new_version(registration, utcnow()))

    def describe_registration_versions(
        self,
        registration_id: str,
        version_numbers: list[int] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        registration = self._registration(registration_id)
        entries_after: Callable[[int], Iterable[Entry[RegistrationVersion]]] = registration.versions.after
        if version_numbers:
            found = {}
            for index, number in enumerate(version_numbers):
                entry = registration.versions.entry(str(number))
                if entry is None:
                    raise _unknown_version(number, f"VersionNumbers[{index}]")
                found[entry[0]] = entry
            entries_after = listed([found[seq] for seq in sorted(found)])
        return self._page(
            "DescribeRegistrationVersions",
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration.registration_arn, version_numbers),
            registration_arn=registration.registration_arn,
            registration_id=registration.registration_id,
        )

    def submit_registration_version(self, registration_id: str, aws_review: bool | None = None) -> Result:
        """The draft goes to review: SUBMITTED (AWS_REVIEWING with ``AwsReview``). A draft whose form misses
        a required value, or holds one its conditions disallow, is denied right after the answer."""
        registration = self._registration(registration_id)
        definition = type_definition(registration.registration_type)
        version = check_submittable(registration, definition)
        status, history = submit(registration, definition, bool(aws_review), utcnow())
        return _version_answer(registration, version, status, history, aws_review=bool(aws_review))

    def discard_registration_version(self, registration_id: str) -> Result:
        registration = self._registration(registration_id)
        return _version_answer(registration, discard(registration, utcnow()))

    # -- the form -------------------------------------------------------------------------------------

    def put_registration_field_value(
        self,
        registration_id: str,
        field_path: str,
        select_choices: list[str] | None = None,
        text_value: str | None = None,
        registration_attachment_id: str | None = None,
    ) -> Result:
        registration = self._registration(registration_id)
        version = require_draft(registration)
        field = field_definition(type_definition(registration.registration_type), field_path)
        check_kind(field, select_choices, text_value, registration_attachment_id)
        attachment = (
            None
            if registration_attachment_id is None
            else self._registration_attachment(registration_attachment_id, "RegistrationAttachmentId")
        )
        value = check_value(field, version.field_values, select_choices, text_value, attachment)
        version.field_values[field_path] = value
        return _field_answer(registration, version, value)

    def delete_registration_field_value(self, registration_id: str, field_path: str) -> Result:
        """A field without a value answers its path alone; a required field's value cannot be deleted."""
        registration = self._registration(registration_id)
        version = require_draft(registration)
        field = field_definition(type_definition(registration.registration_type), field_path)
        check_deletable(field)
        value = version.field_values.pop(field_path, None) or FieldValue(field_path)
        return _field_answer(registration, version, value)

    def describe_registration_field_values(
        self,
        registration_id: str,
        version_number: int | None = None,
        section_path: str | None = None,
        field_paths: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        """The values of a version (the current one by default), in the order of the form's fields."""
        registration = self._registration(registration_id)
        number = registration.current_version_number if version_number is None else version_number
        version = registration.version(number)
        if version is None:
            raise _unknown_version(number, "VersionNumber")
        definition = type_definition(registration.registration_type)
        wanted = {field.field_path for field in selected_fields(definition, section_path, field_paths)}
        entries = [
            (position, version.field_values[field.field_path])
            for position, field in enumerate(definition.fields, 1)
            if field.field_path in wanted and field.field_path in version.field_values
        ]
        return self._page(
            "DescribeRegistrationFieldValues",
            listed(entries),
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration.registration_arn, number, section_path, field_paths),
            registration_arn=registration.registration_arn,
            registration_id=registration.registration_id,
            version_number=number,
        )

    # -- associations ---------------------------------------------------------------------------------

    def create_registration_association(self, registration_id: str, resource_id: str) -> Result:
        registration = self._registration(registration_id)
        definition = type_definition(registration.registration_type)
        target = self._associable(resource_id, definition)
        check_associable(registration, definition, target)
        association = associate(registration, target)
        return Result(
            registration_arn=registration.registration_arn,
            registration_id=registration.registration_id,
            registration_type=registration.registration_type,
            resource_arn=association.resource_arn,
            resource_id=association.resource_id,
            resource_type=association.resource_type,
            iso_country_code=association.iso_country_code,
            phone_number=association.phone_number,
        )

    def list_registration_associations(
        self,
        registration_id: str,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        registration = self._registration(registration_id)
        return self._page(
            "ListRegistrationAssociations",
            registration.associations.after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration.registration_arn,),
            registration_arn=registration.registration_arn,
            registration_id=registration.registration_id,
            registration_type=registration.registration_type,
        )

    def _associable(self, resource_id: str, definition: TypeDefinition) -> Associable:
        """What ``ResourceId`` names: a phone number, a registration or a sender ID of this account, by ID or
        ARN. A sender ID by name is looked up in the countries the registration type takes it from."""
        kinds: tuple[ResourceType, ...] = ("phone-number", "sender-id", "registration")
        kind, backend, key = self._resolve(resource_id, kinds, "ResourceId")
        found: Associable | None = None
        if backend is self and resource_id.startswith("arn:"):
            found = self._store(kind).get(key)
        elif backend is self:
            countries = {
                supported.iso_country_code
                for supported in definition.supported_associations
                if supported.resource_type == "SENDER_ID"
            }
            found = (
                self.phone_numbers.get(key)
                or self.registrations.get(key)
                or next(
                    (
                        sender
                        for sender in self.sender_ids.values()
                        if sender.sender_id == key and (not countries or sender.iso_country_code in countries)
                    ),
                    None,
                )
            )
        if found is None and not resource_id.startswith("arn:"):  # name what it looks like
            kind = "phone-number" if key.startswith("phone-") else "sender-id"
            kind = "registration" if key.startswith("registration-") else kind
        if found is None:
            raise ResourceNotFoundException(kind, resource_id)
        return found


def _version_answer(
    registration: Registration,
    version: RegistrationVersion,
    status: str | None = None,
    history: StatusHistory | None = None,
    **members: object,
) -> Result:
    """A version's status and history as the operation left them (or as given: ``submit``'s answer)."""
    if status is None or history is None:
        status, history = snapshot(version)
    return Result(
        registration_arn=registration.registration_arn,
        registration_id=registration.registration_id,
        version_number=version.version_number,
        registration_version_status=status,
        registration_version_status_history=history,
        **members,
    )


def _field_answer(registration: Registration, version: RegistrationVersion, value: FieldValue) -> Result:
    return Result(
        registration_arn=registration.registration_arn,
        registration_id=registration.registration_id,
        version_number=version.version_number,
        field_path=value.field_path,
        select_choices=value.select_choices,
        text_value=value.text_value,
        registration_attachment_id=value.registration_attachment_id,
    )


def _unknown_version(number: int, member: str) -> ValidationException:
    return ValidationException(
        f"The registration has no version {number}.",
        "UNKNOWN_REGISTRATION_VERSION",
        (ValidationExceptionField(member, "Unknown registration version"),),
    )
