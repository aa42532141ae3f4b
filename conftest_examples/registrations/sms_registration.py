"""Application code under test: file a toll-free registration and see where its review stands."""

from __future__ import annotations

from typing import Any


def submit(client: Any, registration_id: str) -> str:
    """Submit the registration's current version; the status it answers."""
    answer = client.submit_registration_version(RegistrationId=registration_id)
    return str(answer["RegistrationVersionStatus"])


def ready_to_send(client: Any, registration_id: str) -> bool:
    """Whether the registration is approved (COMPLETE) and its toll-free numbers ACTIVE, so they may send
    (a US toll-free number is PENDING until then)."""
    registration = client.describe_registrations(RegistrationIds=[registration_id])["Registrations"][0]
    associations = client.list_registration_associations(RegistrationId=registration_id)
    number_ids = [
        association["ResourceId"]
        for association in associations["RegistrationAssociations"]
        if association["ResourceType"] == "TOLL_FREE"
    ]
    numbers = client.describe_phone_numbers(PhoneNumberIds=number_ids)["PhoneNumbers"] if number_ids else []
    return registration["RegistrationStatus"] == "COMPLETE" and all(
        number["Status"] == "ACTIVE" for number in numbers
    )


def what_to_fix(client: Any, registration_id: str) -> list[str]:
    """The reasons the latest denied version was denied for, and the fields a reviewer flagged."""
    registration = client.describe_registrations(RegistrationIds=[registration_id])["Registrations"][0]
    number = registration["LatestDeniedVersionNumber"]
    version = client.describe_registration_versions(RegistrationId=registration_id, VersionNumbers=[number])
    reasons = [reason["Reason"] for reason in version["RegistrationVersions"][0].get("DeniedReasons", [])]
    values = client.describe_registration_field_values(RegistrationId=registration_id, VersionNumber=number)
    flagged = [value["FieldPath"] for value in values["RegistrationFieldValues"] if "DeniedReason" in value]
    return reasons + flagged
