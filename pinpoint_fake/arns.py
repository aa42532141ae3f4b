"""ARNs of the service: ``arn:<partition>:sms-voice:<region>:<account>:<resource-type>/<id>``.

The service part is the model's signing name. Every resource ID is one path segment except a sender ID's,
which is ``<SenderId>/<IsoCountryCode>`` (the service authorization reference's ARN formats).
"""

from __future__ import annotations

from dataclasses import dataclass

from .service_model import arn_service

_ID_SEGMENTS = {"sender-id": 2}  # resource type -> segments of its ID, where not 1


@dataclass(frozen=True, slots=True)
class Arn:
    partition: str
    region: str
    account_id: str
    resource_type: str
    resource_id: str

    def __str__(self) -> str:
        return (
            f"arn:{self.partition}:{arn_service()}:{self.region}:{self.account_id}:"
            f"{self.resource_type}/{self.resource_id}"
        )


def parse(value: str) -> Arn | None:
    """The parts of an ARN of this service, or None when ``value`` is not one."""
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != arn_service() or not all(parts[1:5]):
        return None
    resource_type, _, resource_id = parts[5].partition("/")
    segments = resource_id.split("/")
    if len(segments) != _ID_SEGMENTS.get(resource_type, 1) or not all(segments):
        return None
    return Arn(parts[1], parts[3], parts[4], resource_type, resource_id)
