"""Server-side validation from the model, for what botocore lets through (or everything, with its own off)."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.config import Config

from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.service_model import operation_model

from .helpers import client_error

LIMITS = operation_model("DescribePools").input_shape.members


@pytest.fixture
def unchecked(pinpoint_mock: Any) -> Any:
    """A client that does no validation of its own: every value reaches the fake."""
    return new_client("us-east-1", config=Config(parameter_validation=False))


def fields(response: dict[str, Any]) -> dict[str, str]:
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "FIELD_VALIDATION_FAILED",
    )
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    found: dict[str, str] = {}
    for field in response["Fields"]:
        found[field["Name"]] = "; ".join(filter(None, [found.get(field["Name"]), field["Message"]]))
    return found


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"MaxResults": 500}, {"MaxResults": "Member must have value less than or equal to 100"}),
        ({"PoolIds": ["pool-a"] * 6}, {"PoolIds": "Member must have length less than or equal to 5"}),
        (
            {"PoolIds": ["bad id!"]},
            {"PoolIds[0]": "Member must satisfy regular expression pattern: [A-Za-z0-9_:/-]*"},
        ),
        ({"PoolIds": ["p" * 300]}, {"PoolIds[0]": "Member must have length less than or equal to 256"}),
        ({"Owner": "EVERYONE"}, {"Owner": "Member must satisfy enum value set: [SELF, SHARED]"}),
        ({"NextToken": "x" * 2000}, {"NextToken": "Member must have length less than or equal to 1024"}),
        (
            {"Filters": [{"Name": "status", "Values": ["ACTIVE"] * 21}]},
            {"Filters[0].Values": "Member must have length less than or equal to 20"},
        ),
        (
            {"Filters": [{"Name": "status", "Values": ["ACTIVE"]}] * 21},
            {"Filters": "Member must have length less than or equal to 20"},
        ),
        (
            {"Filters": [{"Name": "opt-out-list-name", "Values": ["has space"]}]},
            {"Filters[0].Values[0]": "Member must satisfy regular expression pattern: [/\\.:A-Za-z0-9+_-]+"},
        ),
    ],
    ids=[
        "max-results",
        "six-ids",
        "id-pattern",
        "id-length",
        "owner",
        "token-length",
        "21-values",
        "21-filters",
        "value-pattern",
    ],
)
def test_what_botocore_lets_through_is_rejected(
    pinpoint_client: Any, arguments: dict[str, Any], expected: Any
) -> None:
    assert fields(client_error(pinpoint_client.describe_pools, **arguments)) == expected


def test_a_filter_name_outside_the_enum_is_rejected(pinpoint_client: Any) -> None:
    response = client_error(pinpoint_client.describe_pools, Filters=[{"Name": "bogus", "Values": ["x"]}])
    enum = ", ".join(LIMITS["Filters"].member.members["Name"].enum)
    assert fields(response) == {"Filters[0].Name": f"Member must satisfy enum value set: [{enum}]"}


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"MaxResults": 0}, {"MaxResults": "Member must have value greater than or equal to 1"}),
        ({"MaxResults": "5"}, {"MaxResults": "Member must be of type integer"}),
        ({"MaxResults": True}, {"MaxResults": "Member must be of type integer"}),
        ({"Filters": [{"Name": "status"}]}, {"Filters[0].Values": "Member must not be null"}),
        (
            {"Filters": [{"Name": "status", "Values": []}]},
            {"Filters[0].Values": "Member must have length greater than or equal to 1"},
        ),
        (
            {"NextToken": ""},
            {
                "NextToken": "Member must have length greater than or equal to 1; "
                "Member must satisfy regular expression pattern: .+"
            },
        ),
    ],
    ids=["zero", "string-int", "bool-int", "no-values", "empty-values", "empty-token"],
)
def test_with_client_validation_off_the_fake_still_validates(
    unchecked: Any, arguments: dict[str, Any], expected: Any
) -> None:
    assert fields(client_error(unchecked.describe_pools, **arguments)) == expected


def test_every_violation_is_reported_at_once(unchecked: Any) -> None:
    response = client_error(unchecked.describe_pools, MaxResults=0, Owner="X", PoolIds=["a b"])
    assert set(fields(response)) == {"MaxResults", "Owner", "PoolIds[0]"}
    assert response["Error"]["Message"].startswith("3 validation errors detected: ")


def test_a_missing_required_member_is_rejected(unchecked: Any) -> None:
    response = client_error(unchecked.create_pool, MessageType="TRANSACTIONAL")
    assert fields(response) == {"OriginationIdentity": "Member must not be null"}
    assert response["Error"]["Message"] == (
        "1 validation error detected: Value null at 'OriginationIdentity' failed to satisfy constraint: "
        "Member must not be null"
    )


def test_validation_covers_every_operation_not_only_describe_pools(unchecked: Any) -> None:
    response = client_error(
        unchecked.request_sender_id, SenderId="TOO-LONG-SENDER", IsoCountryCode="gb", MessageTypes=["SPAM"]
    )
    assert fields(response) == {
        "SenderId": "Member must have length less than or equal to 11",
        "IsoCountryCode": "Member must satisfy regular expression pattern: [A-Z]{2}",
        "MessageTypes[0]": "Member must satisfy enum value set: [TRANSACTIONAL, PROMOTIONAL]",
    }


def test_tags_are_validated_against_the_model(unchecked: Any) -> None:
    response = client_error(
        unchecked.request_sender_id,
        SenderId="ACME",
        IsoCountryCode="GB",
        Tags=[{"Key": "", "Value": "v"}, {"Key": "k", "Value": "v" * 257}],
    )
    assert fields(response) == {
        "Tags[0].Key": "Member must have length greater than or equal to 1; "
        "Member must satisfy regular expression pattern: .+",
        "Tags[1].Value": "Member must have length less than or equal to 256",
    }
