"""Configuration sets: Create/Describe/DeleteConfigurationSet and the defaults a send takes from one."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake.rules import limits

from .helpers import client_error

ACCOUNT = "123456789012"


def arn(name: str, region: str = "us-east-1", account: str = ACCOUNT) -> str:
    return f"arn:aws:sms-voice:{region}:{account}:configuration-set/{name}"


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


def names(client: Any, **arguments: Any) -> list[str]:
    return [
        item["ConfigurationSetName"]
        for item in client.describe_configuration_sets(**arguments)["ConfigurationSets"]
    ]


def test_create_answers_the_new_set(pinpoint_client: Any) -> None:
    with freeze_time("2026-02-03 04:05:06"):
        answer = pinpoint_client.create_configuration_set(
            ConfigurationSetName="alerts", Tags=[{"Key": "team", "Value": "sms"}]
        )
    assert without_metadata(answer) == {
        "ConfigurationSetArn": arn("alerts"),
        "ConfigurationSetName": "alerts",
        "Tags": [{"Key": "team", "Value": "sms"}],
        "CreatedTimestamp": datetime(2026, 2, 3, 4, 5, 6, tzinfo=timezone.utc),
    }
    [described] = pinpoint_client.describe_configuration_sets()["ConfigurationSets"]
    assert described == {
        "ConfigurationSetArn": arn("alerts"),
        "ConfigurationSetName": "alerts",
        "EventDestinations": [],
        "CreatedTimestamp": answer["CreatedTimestamp"],
    }


def test_a_name_is_used_once(pinpoint_client: Any) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    response = client_error(pinpoint_client.create_configuration_set, ConfigurationSetName="alerts")
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "configuration-set",
        "alerts",
    )


def test_an_account_holds_as_many_sets_as_its_limit(pinpoint_client: Any, monkeypatch: Any) -> None:
    monkeypatch.setitem(limits.ACCOUNT_LIMITS, "CONFIGURATION_SETS", 2)
    pinpoint_client.create_configuration_set(ConfigurationSetName="a")
    pinpoint_client.create_configuration_set(ConfigurationSetName="b")
    response = client_error(pinpoint_client.create_configuration_set, ConfigurationSetName="c")
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ServiceQuotaExceededException",
        "CONFIGURATION_SETS_PER_ACCOUNT",
    )
    limit = next(
        item
        for item in pinpoint_client.describe_account_limits()["AccountLimits"]
        if item["Name"] == "CONFIGURATION_SETS"
    )
    assert (limit["Used"], limit["Max"]) == (2, 2)


def test_describe_by_name_or_arn_in_creation_order(pinpoint_client: Any) -> None:
    for name in ("one", "two", "three"):
        pinpoint_client.create_configuration_set(ConfigurationSetName=name)
    assert names(pinpoint_client, ConfigurationSetNames=["three", arn("one"), "one"]) == ["one", "three"]
    response = client_error(
        pinpoint_client.describe_configuration_sets, ConfigurationSetNames=["one", "nope"]
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "configuration-set",
        "nope",
    )
    for foreign in (arn("one", region="eu-west-1"), arn("one", account="222222222222")):
        response = client_error(pinpoint_client.describe_configuration_sets, ConfigurationSetNames=[foreign])
        assert response["Error"]["Code"] == "ResourceNotFoundException"
    response = client_error(
        pinpoint_client.describe_configuration_sets,
        ConfigurationSetNames=["arn:aws:sms-voice:us-east-1:123456789012:pool/pool-x"],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")


def test_describe_filters_on_the_defaults(pinpoint_client: Any) -> None:
    for name in ("plain", "promo", "quiet"):
        pinpoint_client.create_configuration_set(ConfigurationSetName=name)
    pinpoint_client.set_default_message_type(ConfigurationSetName="promo", MessageType="PROMOTIONAL")
    pinpoint_client.set_default_sender_id(ConfigurationSetName="promo", SenderId="ACME")
    pinpoint_client.set_default_message_feedback_enabled(
        ConfigurationSetName="quiet", MessageFeedbackEnabled=True
    )
    pinpoint_client.set_default_sender_id(ConfigurationSetName="quiet", SenderId="Other")
    cases = [
        ([{"Name": "default-message-type", "Values": ["PROMOTIONAL"]}], ["promo"]),
        ([{"Name": "default-sender-id", "Values": ["ACME", "Other"]}], ["promo", "quiet"]),
        ([{"Name": "default-message-feedback-enabled", "Values": ["true"]}], ["quiet"]),
        ([{"Name": "event-destination-name", "Values": ["anything"]}], []),
        ([{"Name": "protect-configuration-id", "Values": ["protect-x"]}], []),
        (
            [
                {"Name": "default-sender-id", "Values": ["ACME", "Other"]},
                {"Name": "default-message-type", "Values": ["PROMOTIONAL"]},
            ],
            ["promo"],
        ),
    ]
    for filters, expected in cases:
        assert names(pinpoint_client, Filters=filters) == expected


def test_defaults_are_set_and_deleted_by_name_or_arn(pinpoint_client: Any) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    answers = [
        pinpoint_client.set_default_sender_id(ConfigurationSetName=arn("alerts"), SenderId="example"),
        pinpoint_client.set_default_message_type(ConfigurationSetName="alerts", MessageType="PROMOTIONAL"),
        pinpoint_client.set_default_message_feedback_enabled(
            ConfigurationSetName="alerts", MessageFeedbackEnabled=False
        ),
    ]
    identity = {"ConfigurationSetArn": arn("alerts"), "ConfigurationSetName": "alerts"}
    assert [without_metadata(answer) for answer in answers] == [
        {**identity, "SenderId": "example"},  # any value, registered or not (as Terraform's tests saw)
        {**identity, "MessageType": "PROMOTIONAL"},
        {**identity, "MessageFeedbackEnabled": False},
    ]
    [described] = pinpoint_client.describe_configuration_sets()["ConfigurationSets"]
    assert (
        described["DefaultSenderId"],
        described["DefaultMessageType"],
        described["DefaultMessageFeedbackEnabled"],
    ) == ("example", "PROMOTIONAL", False)
    removed = [
        pinpoint_client.delete_default_sender_id(ConfigurationSetName="alerts"),
        pinpoint_client.delete_default_message_type(ConfigurationSetName=arn("alerts")),
    ]
    assert [without_metadata(answer) for answer in removed] == [
        {**identity, "SenderId": "example"},
        {**identity, "MessageType": "PROMOTIONAL"},
    ]
    [described] = pinpoint_client.describe_configuration_sets()["ConfigurationSets"]
    assert "DefaultSenderId" not in described
    assert "DefaultMessageType" not in described
    again = pinpoint_client.delete_default_sender_id(ConfigurationSetName="alerts")
    assert without_metadata(again) == identity


def test_delete_answers_the_whole_set(pinpoint_client: Any) -> None:
    created = pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    pinpoint_client.set_default_message_type(ConfigurationSetName="alerts", MessageType="TRANSACTIONAL")
    answer = pinpoint_client.delete_configuration_set(ConfigurationSetName=arn("alerts"))
    assert without_metadata(answer) == {
        "ConfigurationSetArn": arn("alerts"),
        "ConfigurationSetName": "alerts",
        "EventDestinations": [],
        "DefaultMessageType": "TRANSACTIONAL",
        "CreatedTimestamp": created["CreatedTimestamp"],
    }
    assert names(pinpoint_client) == []


@pytest.mark.parametrize(
    ("operation", "extra"),
    [
        ("delete_configuration_set", {}),
        ("set_default_sender_id", {"SenderId": "ACME"}),
        ("delete_default_sender_id", {}),
        ("set_default_message_type", {"MessageType": "PROMOTIONAL"}),
        ("delete_default_message_type", {}),
        ("set_default_message_feedback_enabled", {"MessageFeedbackEnabled": True}),
    ],
)
def test_an_unknown_set_is_not_found(pinpoint_client: Any, operation: str, extra: dict[str, Any]) -> None:
    for name in ("nope", arn("nope")):
        response = client_error(getattr(pinpoint_client, operation), ConfigurationSetName=name, **extra)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            "configuration-set",
            name,
        )
