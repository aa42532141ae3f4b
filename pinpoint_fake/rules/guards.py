"""Checks written once for every kind of resource: status ACTIVE, deletion protection, partial updates."""

from __future__ import annotations

from typing import Any, Protocol

from ..errors import ConflictException, ResourceType

ACTIVE = "ACTIVE"


class Named(Protocol):
    """A resource record: what an error about it names."""

    @property
    def resource_type(self) -> ResourceType: ...

    @property
    def resource_id(self) -> str: ...


def described(record: Named, *, first: bool = False) -> str:
    """How a message names a record: ``the pool 'pool-...'`` (``The ...`` as the ``first`` words; never
    ``str.capitalize``, which would lower-case the ID)."""
    return f"{'The' if first else 'the'} {record.resource_type} '{record.resource_id}'"


def require_active(record: Any) -> None:
    """Refuse a change to a resource whose ``status`` is not ACTIVE (CREATING, DELETING, PENDING, ...)."""
    if record.status != ACTIVE:
        raise ConflictException(
            "RESOURCE_NOT_ACTIVE",
            record.resource_type,
            record.resource_id,
            f"{described(record, first=True)} is {record.status}.",
        )


def refuse_if_protected(record: Any) -> None:
    """Refuse to delete or release a resource whose deletion protection is on."""
    if record.deletion_protection_enabled:
        raise ConflictException(
            "DELETION_PROTECTION_ENABLED",
            record.resource_type,
            record.resource_id,
            f"{described(record, first=True)} has deletion protection enabled and cannot be deleted.",
        )


def apply_changes(record: object, changes: dict[str, Any]) -> None:
    """A partial update: every change that is not None (the member was given) is set on the record."""
    for attribute, value in changes.items():
        if value is not None:
            setattr(record, attribute, value)
