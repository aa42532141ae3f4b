"""Verified destination numbers: what an account in the sandbox may send to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from ..errors import ResourceType
from .inputs import Tag

PENDING = "PENDING"
VERIFIED = "VERIFIED"


@dataclass(slots=True)
class VerifiedDestinationNumber:
    resource_type: ClassVar[ResourceType] = "verified-destination-number"

    verified_destination_number_arn: str
    verified_destination_number_id: str
    destination_phone_number: str
    status: str
    created_timestamp: datetime
    rcs_agent_id: str | None = None
    tags: list[Tag] = field(default_factory=list)
    # The last code sent (only it verifies) and when; when each code of the number was sent.
    verification_code: str | None = None
    code_sent_timestamp: datetime | None = None
    codes_sent: list[datetime] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.verified_destination_number_id

    @property
    def resource_id(self) -> str:
        return self.verified_destination_number_id
