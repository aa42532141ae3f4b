"""Event destinations (Create/Update/DeleteEventDestination, listed through DescribeConfigurationSets) and the
protect configuration of a configuration set (Associate/DisassociateProtectConfiguration)."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import client_error

ACCOUNT = "123456789012"
TOPIC = f"arn:aws:sns:us-east-1:{ACCOUNT}:receipts"
OTHER_TOPIC = f"arn:aws:sns:us-east-1:{ACCOUNT}:failures"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/sms-events"
STREAM = f"arn:aws:firehose:us-east-1:{ACCOUNT}:deliverystream/sms-events"
LOG_GROUP = f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:sms-events"
SNS = {"SnsDestination": {"TopicArn": TOPIC}}
FIREHOSE = {"KinesisFirehoseDestination": {"IamRoleArn": ROLE, "DeliveryStreamArn": STREAM}}
LOGS = {"CloudWatchLogsDestination": {"IamRoleArn": ROLE, "LogGroupArn": LOG_GROUP}}


def set_arn(name: str) -> str:
    return f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:configuration-set/{name}"


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


def destinations(client: Any, name: str = "alerts") -> list[dict[str, Any]]:
    [described] = client.describe_configuration_sets(ConfigurationSetNames=[name])["ConfigurationSets"]
    found: list[dict[str, Any]] = described["EventDestinations"]
    return found


def create(client: Any, name: str = "receipts", types: tuple[str, ...] = ("TEXT_ALL",), **target: Any) -> Any:
    return client.create_event_destination(
        ConfigurationSetName="alerts",
        EventDestinationName=name,
        MatchingEventTypes=list(types),
        **(target or SNS),
    )


@pytest.fixture
def alerts(pinpoint_client: Any) -> str:
    return str(
        pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")["ConfigurationSetName"]
    )


def test_a_new_destination_is_enabled_and_listed_with_its_set(pinpoint_client: Any, alerts: str) -> None:
    answer = pinpoint_client.create_event_destination(
        ConfigurationSetName=set_arn(alerts),  # by ARN as well as by name
        EventDestinationName="receipts",
        MatchingEventTypes=["TEXT_DELIVERED", "TEXT_CARRIER_UNREACHABLE"],
        **SNS,
    )
    expected = {
        "EventDestinationName": "receipts",
        "Enabled": True,
        "MatchingEventTypes": ["TEXT_DELIVERED", "TEXT_CARRIER_UNREACHABLE"],
        "SnsDestination": {"TopicArn": TOPIC},
    }
    assert without_metadata(answer) == {
        "ConfigurationSetArn": set_arn("alerts"),
        "ConfigurationSetName": "alerts",
        "EventDestination": expected,
    }
    create(pinpoint_client, "archive", ("ALL",), **FIREHOSE)
    create(pinpoint_client, "logs", ("VOICE_ALL",), **LOGS)
    assert destinations(pinpoint_client) == [
        expected,
        {
            "EventDestinationName": "archive",
            "Enabled": True,
            "MatchingEventTypes": ["ALL"],
            "KinesisFirehoseDestination": FIREHOSE["KinesisFirehoseDestination"],
        },
        {
            "EventDestinationName": "logs",
            "Enabled": True,
            "MatchingEventTypes": ["VOICE_ALL"],
            "CloudWatchLogsDestination": LOGS["CloudWatchLogsDestination"],
        },
    ]


def test_sets_are_filtered_by_their_destinations(pinpoint_client: Any, alerts: str) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="quiet")
    create(pinpoint_client, "receipts", ("TEXT_DELIVERED", "VOICE_ALL"))

    def names(name: str, *values: str) -> list[str]:
        found = pinpoint_client.describe_configuration_sets(Filters=[{"Name": name, "Values": list(values)}])
        return [item["ConfigurationSetName"] for item in found["ConfigurationSets"]]

    assert names("event-destination-name", "receipts") == ["alerts"]
    assert names("event-destination-name", "other") == []
    assert names("matching-event-types", "VOICE_ALL") == ["alerts"]
    assert names("matching-event-types", "TEXT_ALL") == []


def test_a_destination_names_exactly_one_target(pinpoint_client: Any, alerts: str) -> None:
    none = client_error(
        pinpoint_client.create_event_destination,
        ConfigurationSetName=alerts,
        EventDestinationName="receipts",
        MatchingEventTypes=["ALL"],
    )
    assert (none["Error"]["Code"], none["Reason"]) == ("ValidationException", "MISSING_PARAMETER")
    assert [field["Name"] for field in none["Fields"]] == [
        "CloudWatchLogsDestination",
        "KinesisFirehoseDestination",
        "SnsDestination",
    ]
    two = client_error(create, pinpoint_client, **SNS, **LOGS)
    assert (two["Error"]["Code"], two["Reason"]) == (
        "ValidationException",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    )
    assert [field["Name"] for field in two["Fields"]] == ["CloudWatchLogsDestination", "SnsDestination"]
    create(pinpoint_client)
    again = client_error(
        pinpoint_client.update_event_destination,
        ConfigurationSetName=alerts,
        EventDestinationName="receipts",
        **SNS,
        **FIREHOSE,
    )
    assert again["Reason"] == "PARAMETERS_CANNOT_BE_USED_TOGETHER"
    assert destinations(pinpoint_client)[0]["SnsDestination"] == {"TopicArn": TOPIC}


def test_text_sent_is_not_supported(pinpoint_client: Any, alerts: str) -> None:
    refused = client_error(create, pinpoint_client, types=("TEXT_DELIVERED", "TEXT_SENT"))
    assert (refused["Error"]["Code"], refused["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in refused["Fields"]] == ["MatchingEventTypes[1]"]
    create(pinpoint_client)
    refused = client_error(
        pinpoint_client.update_event_destination,
        ConfigurationSetName=alerts,
        EventDestinationName="receipts",
        MatchingEventTypes=["TEXT_SENT"],
    )
    assert refused["Reason"] == "INVALID_PARAMETER"
    assert destinations(pinpoint_client)[0]["MatchingEventTypes"] == ["TEXT_ALL"]


def test_a_name_is_used_once_in_a_set(pinpoint_client: Any, alerts: str) -> None:
    create(pinpoint_client)
    refused = client_error(create, pinpoint_client, **LOGS)
    assert (refused["Error"]["Code"], refused["Reason"], refused["ResourceType"], refused["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_ALREADY_EXISTS",
        "event-destination",
        "receipts",
    )
    pinpoint_client.create_configuration_set(ConfigurationSetName="other")
    pinpoint_client.create_event_destination(
        ConfigurationSetName="other", EventDestinationName="receipts", MatchingEventTypes=["ALL"], **SNS
    )


def test_a_set_holds_at_most_five_destinations(pinpoint_client: Any, alerts: str) -> None:
    for index in range(5):
        create(pinpoint_client, f"d{index}")
    refused = client_error(create, pinpoint_client, "d5")
    assert (refused["Error"]["Code"], refused["Reason"]) == (
        "ServiceQuotaExceededException",
        "EVENT_DESTINATIONS_PER_CONFIGURATION_SET",
    )
    pinpoint_client.delete_event_destination(ConfigurationSetName=alerts, EventDestinationName="d0")
    create(pinpoint_client, "d5")
    assert [item["EventDestinationName"] for item in destinations(pinpoint_client)] == [
        "d1",
        "d2",
        "d3",
        "d4",
        "d5",
    ]


def test_an_update_changes_what_it_gives_and_keeps_the_rest(pinpoint_client: Any, alerts: str) -> None:
    create(pinpoint_client, types=("TEXT_DELIVERED",))
    disabled = pinpoint_client.update_event_destination(
        ConfigurationSetName=alerts, EventDestinationName="receipts", Enabled=False
    )
    assert disabled["EventDestination"] == {
        "EventDestinationName": "receipts",
        "Enabled": False,
        "MatchingEventTypes": ["TEXT_DELIVERED"],
        "SnsDestination": {"TopicArn": TOPIC},
    }
    moved = pinpoint_client.update_event_destination(
        ConfigurationSetName=alerts,
        EventDestinationName="receipts",
        MatchingEventTypes=["ALL"],
        SnsDestination={"TopicArn": OTHER_TOPIC},
    )
    assert moved["EventDestination"] == {
        "EventDestinationName": "receipts",
        "Enabled": False,
        "MatchingEventTypes": ["ALL"],
        "SnsDestination": {"TopicArn": OTHER_TOPIC},
    }
    assert destinations(pinpoint_client) == [moved["EventDestination"]]


@pytest.mark.parametrize(("first", "then"), [(SNS, LOGS), (LOGS, FIREHOSE), (FIREHOSE, SNS)])
def test_a_destination_cannot_change_its_kind(
    pinpoint_client: Any, alerts: str, first: dict[str, Any], then: dict[str, Any]
) -> None:
    created = create(pinpoint_client, **first)["EventDestination"]
    refused = client_error(
        pinpoint_client.update_event_destination,
        ConfigurationSetName=alerts,
        EventDestinationName="receipts",
        Enabled=False,
        **then,
    )
    assert (refused["Error"]["Code"], refused["Reason"], refused["ResourceType"], refused["ResourceId"]) == (
        "ConflictException",
        "EVENT_DESTINATION_MISMATCH",
        "event-destination",
        "receipts",
    )
    assert destinations(pinpoint_client) == [created]  # the refused update changed nothing


def test_delete_answers_the_destination_and_it_is_gone(pinpoint_client: Any, alerts: str) -> None:
    created = create(pinpoint_client)["EventDestination"]
    create(pinpoint_client, "other")
    deleted = pinpoint_client.delete_event_destination(
        ConfigurationSetName=alerts, EventDestinationName="receipts"
    )
    assert without_metadata(deleted) == {
        "ConfigurationSetArn": set_arn(alerts),
        "ConfigurationSetName": alerts,
        "EventDestination": created,
    }
    assert [item["EventDestinationName"] for item in destinations(pinpoint_client)] == ["other"]
    for call, extra in (
        (pinpoint_client.delete_event_destination, {}),
        (pinpoint_client.update_event_destination, {"Enabled": True}),
    ):
        missing = client_error(call, ConfigurationSetName=alerts, EventDestinationName="receipts", **extra)
        assert (missing["Error"]["Code"], missing["ResourceType"], missing["ResourceId"]) == (
            "ResourceNotFoundException",
            "event-destination",
            "receipts",
        )


def test_an_unknown_set_is_not_found(pinpoint_client: Any) -> None:
    for call, extra in (
        (pinpoint_client.create_event_destination, {"MatchingEventTypes": ["ALL"], **SNS}),
        (pinpoint_client.update_event_destination, {}),
        (pinpoint_client.delete_event_destination, {}),
    ):
        missing = client_error(call, ConfigurationSetName="nope", EventDestinationName="receipts", **extra)
        assert (missing["Error"]["Code"], missing["ResourceType"], missing["ResourceId"]) == (
            "ResourceNotFoundException",
            "configuration-set",
            "nope",
        )


def test_deleting_a_set_answers_its_destinations(pinpoint_client: Any, alerts: str) -> None:
    created = create(pinpoint_client)["EventDestination"]
    deleted = pinpoint_client.delete_configuration_set(ConfigurationSetName=alerts)
    assert deleted["EventDestinations"] == [created]


# -- protect configurations of a configuration set ---------------------------------------------------------


def protect_arn(protect_id: str) -> str:
    return f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:protect-configuration/{protect_id}"


def test_associating_replaces_the_sets_protect_configuration(pinpoint_client: Any, alerts: str) -> None:
    first = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    second = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    pinpoint_client.create_configuration_set(ConfigurationSetName="quiet")
    answer = pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=protect_arn(first), ConfigurationSetName=set_arn(alerts)
    )
    assert without_metadata(answer) == {
        "ConfigurationSetArn": set_arn(alerts),
        "ConfigurationSetName": alerts,
        "ProtectConfigurationArn": protect_arn(first),
        "ProtectConfigurationId": first,
    }
    pinpoint_client.associate_protect_configuration(ProtectConfigurationId=first, ConfigurationSetName=alerts)
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=second, ConfigurationSetName=alerts
    )
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=second, ConfigurationSetName="quiet"
    )

    def with_filter(protect_id: str) -> list[str]:
        found = pinpoint_client.describe_configuration_sets(
            Filters=[{"Name": "protect-configuration-id", "Values": [protect_id]}]
        )
        return [item["ConfigurationSetName"] for item in found["ConfigurationSets"]]

    assert (with_filter(first), with_filter(second)) == ([], ["alerts", "quiet"])
    assert protect_configuration_ids(pinpoint_client) == {"alerts": second, "quiet": second}


def protect_configuration_ids(client: Any) -> dict[str, str | None]:
    return {
        item["ConfigurationSetName"]: item.get("ProtectConfigurationId")
        for item in client.describe_configuration_sets()["ConfigurationSets"]
    }


def test_disassociating_takes_the_protect_configuration_off(pinpoint_client: Any, alerts: str) -> None:
    protect_id = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    other = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    not_yet = client_error(
        pinpoint_client.disassociate_protect_configuration,
        ProtectConfigurationId=protect_id,
        ConfigurationSetName=alerts,
    )
    assert (not_yet["Error"]["Code"], not_yet["Reason"], not_yet["ResourceType"], not_yet["ResourceId"]) == (
        "ConflictException",
        "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET",
        "protect-configuration",
        protect_id,
    )
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName=alerts
    )
    wrong = client_error(
        pinpoint_client.disassociate_protect_configuration,
        ProtectConfigurationId=other,
        ConfigurationSetName=alerts,
    )
    assert wrong["Reason"] == "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET"
    answer = pinpoint_client.disassociate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName=alerts
    )
    assert (answer["ConfigurationSetName"], answer["ProtectConfigurationId"]) == (alerts, protect_id)
    assert protect_configuration_ids(pinpoint_client) == {"alerts": None}


def test_association_names_what_exists(pinpoint_client: Any, alerts: str) -> None:
    protect_id = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    missing = f"protect-{'0' * 32}"
    for call in (
        pinpoint_client.associate_protect_configuration,
        pinpoint_client.disassociate_protect_configuration,
    ):
        unknown = client_error(call, ProtectConfigurationId=missing, ConfigurationSetName=alerts)
        assert (unknown["ResourceType"], unknown["ResourceId"]) == ("protect-configuration", missing)
        unknown = client_error(call, ProtectConfigurationId=protect_id, ConfigurationSetName="nope")
        assert (unknown["ResourceType"], unknown["ResourceId"]) == ("configuration-set", "nope")


def test_an_associated_protect_configuration_cannot_be_deleted(pinpoint_client: Any, alerts: str) -> None:
    protect_id = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName=alerts
    )
    refused = client_error(pinpoint_client.delete_protect_configuration, ProtectConfigurationId=protect_id)
    assert (refused["Error"]["Code"], refused["Reason"], refused["ResourceType"], refused["ResourceId"]) == (
        "ConflictException",
        "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET",
        "protect-configuration",
        protect_id,
    )
    pinpoint_client.disassociate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName=alerts
    )
    pinpoint_client.delete_protect_configuration(ProtectConfigurationId=protect_id)


def test_a_send_with_the_set_uses_its_protect_configuration(pinpoint_client: Any, alerts: str) -> None:
    protect_id = pinpoint_client.create_protect_configuration()["ProtectConfigurationId"]
    pinpoint_client.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id,
        NumberCapability="SMS",
        CountryRuleSetUpdates={"US": {"ProtectStatus": "BLOCK"}},
    )
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )["PhoneNumber"]
    send = {"DestinationPhoneNumber": "+12065550199", "OriginationIdentity": number, "MessageBody": "hi"}
    pinpoint_client.send_text_message(**send, ConfigurationSetName=alerts)
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName=alerts
    )
    refused = client_error(pinpoint_client.send_text_message, **send, ConfigurationSetName=alerts)
    assert (refused["Reason"], refused["ResourceId"]) == (
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
        protect_id,
    )
    pinpoint_client.send_text_message(**send)  # without the set, no protect configuration applies
