"""Resource policies: what shares a resource with other accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ResourcePolicy:
    """A resource policy, and the accounts its Allow statements name: those it shares the resource with."""

    resource_arn: str
    policy: str
    created_timestamp: datetime
    grantees: frozenset[str]  # account IDs, or "*" for every account
    denied: frozenset[str] = frozenset()  # account IDs an explicit Deny names: they are not granted

    def grants(self, account_id: str) -> bool:
        return account_id not in self.denied and (account_id in self.grantees or "*" in self.grantees)
