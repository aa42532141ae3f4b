"""Resource policies, by ARN: PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy.

A resource policy shares a pool, phone number, sender ID or opt-out list with the accounts its ``Allow``
statements name as principals (an account ID, an IAM ARN of the account, or ``*`` for every account) and its
``Deny`` statements do not (an explicit deny wins, as in IAM). Actions and conditions are not evaluated. A
shared record is visible, read-only, to those accounts in the same region: in Describe*(Owner="SHARED"), and
by its ARN in Describe* and ListPoolOriginationIdentities (``core.Core._granted``). Only the owner changes
its policy.
"""

from __future__ import annotations

import json
import re
from typing import Any

from moto.core.utils import utcnow

from ..core import Core
from ..errors import ResourceNotFoundException, ValidationException, ValidationExceptionField
from ..records import ResourcePolicy, Result

EVERYONE = "*"
_ACCOUNT = re.compile(r"(?:arn:[^:]+:iam::)?(\d{12})(?::.*)?")


class PolicyOperations(Core):
    def put_resource_policy(self, resource_arn: str, policy: str) -> ResourcePolicy:
        record = self._shareable_resource(resource_arn)
        record.resource_policy = ResourcePolicy(resource_arn, policy, utcnow(), *_grantees(policy))
        return record.resource_policy

    def get_resource_policy(self, resource_arn: str) -> ResourcePolicy | Result:
        """A resource without a policy answers the policy ``{}`` (what AWS was seen to answer)."""
        record = self._shareable_resource(resource_arn)
        return record.resource_policy or Result(resource_arn=resource_arn, policy="{}")

    def delete_resource_policy(self, resource_arn: str) -> ResourcePolicy:
        record = self._shareable_resource(resource_arn)
        policy = record.resource_policy
        if policy is None:
            raise ResourceNotFoundException("policy", resource_arn, "The resource has no resource policy.")
        record.resource_policy = None
        return policy


def _grantees(policy: str) -> tuple[frozenset[str], frozenset[str]]:
    """(granted, denied): the accounts a policy's Allow statements name (``*``: every account) but no Deny
    statement does, and those a Deny names; a document that is no IAM policy is refused."""
    try:
        document = json.loads(policy)
        statements = document["Statement"]
        statements = statements if isinstance(statements, list) else [statements]
        allowed: set[str] = set()
        denied: set[str] = set()
        for statement in statements:
            effect = statement.get("Effect")
            if effect in ("Allow", "Deny"):
                (allowed if effect == "Allow" else denied).update(_principals(statement.get("Principal")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ValidationException(
            "The policy is not a valid resource policy document.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("Policy", "Invalid policy document"),),
        ) from None
    if EVERYONE in denied:  # an explicit deny wins, as in IAM's evaluation
        return frozenset(), frozenset()
    return frozenset(allowed - denied), frozenset(denied)


def _principals(principal: Any) -> set[str]:
    if principal == EVERYONE:
        return {EVERYONE}
    if principal is None:
        return set()
    values = principal.get("AWS", []) if isinstance(principal, dict) else principal  # Service: no account
    values = values if isinstance(values, list) else [values]
    accounts = set()
    for value in values:
        if value == EVERYONE:
            accounts.add(EVERYONE)
        elif (match := _ACCOUNT.fullmatch(value)) is not None:
            accounts.add(match[1])
    return accounts
