"""ARNs of the service: ``arn:<partition>:sms-voice:<region>:<account>:<resource-type>/<id>``."""

from __future__ import annotations

from dataclasses import dataclass

SERVICE_PREFIX = "sms-voice"


@dataclass(frozen=True, slots=True)
class Arn:
    partition: str
    region: str
    account_id: str
    resource_type: str
    resource_id: str

    def __str__(self) -> str:
        return (
            f"arn:{self.partition}:{SERVICE_PREFIX}:{self.region}:{self.account_id}:"
            f"{self.resource_type}/{self.resource_id}"
        )


def parse(value: str) -> Arn | None:
    """The parts of an ARN of this service, or None when ``value`` is not one."""
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != SERVICE_PREFIX:
        return None
    resource_type, slash, resource_id = parts[5].partition("/")
    if not slash or not resource_id or not all(parts[1:5]):
        return None
    return Arn(parts[1], parts[3], parts[4], resource_type, resource_id)
