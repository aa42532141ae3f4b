"""Tags and resource policies, by ARN: TagResource, UntagResource, ListTagsForResource, PutResourcePolicy,
GetResourcePolicy and DeleteResourcePolicy.

A resource policy shares a pool, phone number, sender ID or opt-out list with the accounts its ``Allow``
statements name as principals (an account ID, an IAM ARN of the account, or ``*`` for every account) and its
``Deny`` statements do not (an explicit deny wins, as in IAM). Actions and conditions are not evaluated. A
shared record is visible, read-only, to those accounts in the same region: in Describe*(Owner="SHARED"), and
by its ARN in Describe* and ListPoolOriginationIdentities. Only the owner tags it or changes its policy.
"""

from __future__ import annotations

import json
import re
from typing import Any

from moto.core.utils import utcnow

from . import arns
from .errors import (
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
    ValidationExceptionField,
)
from .opt_outs import OptOutOperations
from .records import Resource, ResourcePolicy, Result, Tag
from .resources import STORES, model_resource_types
from .service_model import output_shape

EVERYONE = "*"
_ACCOUNT = re.compile(r"(?:arn:[^:]+:iam::)?(\d{12})(?::.*)?")


class SharingOperations(OptOutOperations):
    # -- tags -----------------------------------------------------------------------------------------

    def tag_resource(self, resource_arn: str, tags: list[Tag]) -> Result:
        record = self._resource(resource_arn)
        merged = {tag.key: tag for tag in record.tags}
        merged.update((tag.key, tag) for tag in tags)
        limit = int(output_shape("ListTagsForResource").members["Tags"].metadata["max"])
        if len(merged) > limit:
            raise ServiceQuotaExceededException(
                "TAGS_PER_RESOURCE",
                f"A resource can have at most {limit} tags; this would give it {len(merged)}.",
            )
        record.tags = list(merged.values())
        return Result()

    def untag_resource(self, resource_arn: str, tag_keys: list[str]) -> Result:
        record = self._resource(resource_arn)
        removed = set(tag_keys)
        record.tags = [tag for tag in record.tags if tag.key not in removed]
        return Result()

    def list_tags_for_resource(self, resource_arn: str) -> Result:
        return Result(resource_arn=resource_arn, tags=self._resource(resource_arn).tags)

    # -- resource policies ----------------------------------------------------------------------------

    def put_resource_policy(self, resource_arn: str, policy: str) -> ResourcePolicy:
        record = self._resource(resource_arn)
        record.resource_policy = ResourcePolicy(resource_arn, policy, utcnow(), *_grantees(policy))
        return record.resource_policy

    def get_resource_policy(self, resource_arn: str) -> ResourcePolicy | Result:
        """A resource without a policy answers the policy ``{}`` (what AWS was seen to answer)."""
        record = self._resource(resource_arn)
        return record.resource_policy or Result(resource_arn=resource_arn, policy="{}")

    def delete_resource_policy(self, resource_arn: str) -> ResourcePolicy:
        record = self._resource(resource_arn)
        policy = record.resource_policy
        if policy is None:
            raise ResourceNotFoundException("policy", resource_arn, "The resource has no resource policy.")
        record.resource_policy = None
        return policy

    # -- helpers --------------------------------------------------------------------------------------

    def _resource(self, resource_arn: str) -> Resource:
        """The record of this account an ARN names, of any kind the fake holds."""
        arn = arns.parse(resource_arn)
        if arn is None or arn.resource_type not in model_resource_types():
            raise ValidationException(
                f"'{resource_arn}' is not the ARN of a resource of this service.",
                "INVALID_ARN",
                (ValidationExceptionField("ResourceArn", "Invalid ARN"),),
            )
        if arn.resource_type not in STORES:  # a kind of resource the fake never holds
            raise ResourceNotFoundException(arn.resource_type, resource_arn)
        record: Resource = self._record(resource_arn, arn.resource_type, "ResourceArn")
        return record


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
