"""Protect configurations through boto3: the configurations, their country rules, their phone number
overrides and the account default."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any

import boto3
import pytest
from botocore.config import Config
from freezegun import freeze_time

from pinpoint_fake.countries import countries
from pinpoint_fake.service_model import enum_values

from .helpers import client_error

ACCOUNT = "123456789012"
UTC = timezone.utc


def arn(protect_id: str, region: str = "us-east-1", account: str = ACCOUNT) -> str:
    return f"arn:aws:sms-voice:{region}:{account}:protect-configuration/{protect_id}"


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


def new(client: Any, **kwargs: Any) -> str:
    protect_id: str = client.create_protect_configuration(**kwargs)["ProtectConfigurationId"]
    return protect_id


def ids(response: dict[str, Any]) -> list[str]:
    return [item["ProtectConfigurationId"] for item in response.get("ProtectConfigurations", [])]


def numbers(response: dict[str, Any]) -> list[str]:
    return [item["DestinationPhoneNumber"] for item in response.get("RuleSetNumberOverrides", [])]


def statuses(client: Any, protect_id: str, capability: str) -> dict[str, str]:
    rules = client.get_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id, NumberCapability=capability
    )["CountryRuleSet"]
    return {country: rule["ProtectStatus"] for country, rule in rules.items()}


# -- CreateProtectConfiguration ----------------------------------------------------------------------------


def test_create_answers_the_configuration_with_its_name_tag(pinpoint_client: Any) -> None:
    tags = [{"Key": "Name", "Value": "otp"}, {"Key": "team", "Value": "a"}, {"Key": "team", "Value": "b"}]
    with freeze_time("2026-05-06 07:08:09"):
        created = pinpoint_client.create_protect_configuration(Tags=tags)
    protect_id = created["ProtectConfigurationId"]
    assert re.fullmatch(r"protect-[0-9a-f]{32}", protect_id)
    assert without_metadata(created) == {
        "ProtectConfigurationArn": arn(protect_id),
        "ProtectConfigurationId": protect_id,
        "CreatedTimestamp": datetime(2026, 5, 6, 7, 8, 9, tzinfo=UTC),
        "AccountDefault": False,
        "DeletionProtectionEnabled": False,
        "Tags": [{"Key": "Name", "Value": "otp"}, {"Key": "team", "Value": "b"}],
    }
    listed = pinpoint_client.list_tags_for_resource(ResourceArn=arn(protect_id))["Tags"]
    assert listed == [{"Key": "Name", "Value": "otp"}, {"Key": "team", "Value": "b"}]


def test_create_with_deletion_protection(pinpoint_client: Any) -> None:
    created = pinpoint_client.create_protect_configuration(DeletionProtectionEnabled=True)
    assert (created["DeletionProtectionEnabled"], created["Tags"]) == (True, [])


@pytest.mark.parametrize("capability", enum_values("NumberCapability"))
def test_a_new_configuration_allows_every_country(pinpoint_client: Any, capability: str) -> None:
    protect_id = new(pinpoint_client)
    answer = pinpoint_client.get_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id, NumberCapability=capability
    )
    assert without_metadata(answer) == {
        "ProtectConfigurationArn": arn(protect_id),
        "ProtectConfigurationId": protect_id,
        "NumberCapability": capability,
        "CountryRuleSet": {country: {"ProtectStatus": "ALLOW"} for country in countries()},
    }


def test_the_country_rule_set_lists_the_countries_aws_can_send_to(pinpoint_client: Any) -> None:
    listed = statuses(pinpoint_client, new(pinpoint_client), "SMS")
    assert len(listed) == 245
    assert {"US", "CA", "GB", "DE", "IN", "BR", "XK", "AQ"} <= set(listed)
    assert {"CU", "IR", "KP", "SD", "SY"}.isdisjoint(listed)  # where AWS documents it cannot send


# -- DescribeProtectConfigurations -------------------------------------------------------------------------


def test_describe_answers_every_configuration_in_creation_order(pinpoint_client: Any) -> None:
    made = [new(pinpoint_client) for _ in range(3)]
    response = pinpoint_client.describe_protect_configurations()
    assert ids(response) == made
    assert set(response["ProtectConfigurations"][0]) == {
        "ProtectConfigurationArn",
        "ProtectConfigurationId",
        "CreatedTimestamp",
        "AccountDefault",
        "DeletionProtectionEnabled",
    }


def test_an_account_without_configurations_answers_no_list(pinpoint_client: Any) -> None:
    # The model says the list holds at least one item: an empty answer leaves it out.
    assert without_metadata(pinpoint_client.describe_protect_configurations()) == {}
    protect_id = new(pinpoint_client)
    overrides = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=protect_id
    )
    assert without_metadata(overrides) == {
        "ProtectConfigurationArn": arn(protect_id),
        "ProtectConfigurationId": protect_id,
    }


def test_describe_by_id_and_arn_answers_each_once_in_creation_order(pinpoint_client: Any) -> None:
    first, second, third = (new(pinpoint_client) for _ in range(3))
    response = pinpoint_client.describe_protect_configurations(
        ProtectConfigurationIds=[arn(third), first, arn(first)]
    )
    assert ids(response) == [first, third]
    assert second not in ids(response)


def test_an_unknown_configuration_fails_the_whole_describe(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    unknown = f"protect-{'0' * 32}"
    response = client_error(
        pinpoint_client.describe_protect_configurations, ProtectConfigurationIds=[protect_id, unknown]
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "protect-configuration",
        unknown,
    )


def test_a_configuration_of_another_account_or_region_is_not_found(
    pinpoint_client: Any, monkeypatch: Any
) -> None:
    theirs = new(pinpoint_client)
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "210987654321")
    for value in (arn(theirs), arn(theirs, region="eu-west-1")):
        response = client_error(
            pinpoint_client.describe_protect_configurations, ProtectConfigurationIds=[value]
        )
        assert (response["Error"]["Code"], response["ResourceId"]) == ("ResourceNotFoundException", value)
    response = client_error(pinpoint_client.update_protect_configuration, ProtectConfigurationId=arn(theirs))
    assert response["Error"]["Code"] == "ResourceNotFoundException"


def test_an_arn_of_another_resource_type_is_an_invalid_arn(pinpoint_client: Any) -> None:
    pool_arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:pool/pool-{'1' * 32}"
    response = client_error(
        pinpoint_client.get_protect_configuration_country_rule_set,
        ProtectConfigurationId=pool_arn,
        NumberCapability="SMS",
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert response["Fields"] == [{"Name": "ProtectConfigurationId", "Message": "Invalid ARN"}]


def test_describe_filters_on_account_default_and_deletion_protection(pinpoint_client: Any) -> None:
    plain = new(pinpoint_client)
    protected = new(pinpoint_client, DeletionProtectionEnabled=True)
    default = new(pinpoint_client)
    pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=default)

    def matching(*filters: tuple[str, list[str]]) -> list[str]:
        named = [{"Name": name, "Values": values} for name, values in filters]
        return ids(pinpoint_client.describe_protect_configurations(Filters=named))

    assert matching(("account-default", ["true"])) == [default]
    assert matching(("account-default", ["false"])) == [plain, protected]
    assert matching(("deletion-protection-enabled", ["true"])) == [protected]
    assert matching(("deletion-protection-enabled", ["false"]), ("account-default", ["false"])) == [plain]
    assert matching(("account-default", ["true", "false"])) == [plain, protected, default]
    response = client_error(
        pinpoint_client.describe_protect_configurations,
        Filters=[{"Name": "account-default", "Values": ["yes"]}],
    )
    assert (response["Reason"], response["Fields"][0]["Name"]) == (
        "INVALID_FILTER_VALUES",
        "Filters[0].Values[0]",
    )


# -- UpdateProtectConfiguration ----------------------------------------------------------------------------


def test_update_changes_deletion_protection_and_leaves_it_when_omitted(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    updated = pinpoint_client.update_protect_configuration(
        ProtectConfigurationId=arn(protect_id), DeletionProtectionEnabled=True
    )
    assert (updated["ProtectConfigurationId"], updated["DeletionProtectionEnabled"]) == (protect_id, True)
    assert "Tags" not in updated
    kept = pinpoint_client.update_protect_configuration(ProtectConfigurationId=protect_id)
    assert kept["DeletionProtectionEnabled"] is True
    off = pinpoint_client.update_protect_configuration(
        ProtectConfigurationId=protect_id, DeletionProtectionEnabled=False
    )
    assert off["DeletionProtectionEnabled"] is False


def test_update_of_an_unknown_configuration_is_not_found(pinpoint_client: Any) -> None:
    unknown = f"protect-{'f' * 32}"
    response = client_error(pinpoint_client.update_protect_configuration, ProtectConfigurationId=unknown)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "protect-configuration",
        unknown,
    )


# -- DeleteProtectConfiguration ----------------------------------------------------------------------------


def test_delete_answers_the_configuration_and_it_is_gone(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    deleted = pinpoint_client.delete_protect_configuration(ProtectConfigurationId=arn(protect_id))
    assert (deleted["ProtectConfigurationId"], deleted["AccountDefault"]) == (protect_id, False)
    response = client_error(
        pinpoint_client.describe_protect_configurations, ProtectConfigurationIds=[protect_id]
    )
    assert response["Error"]["Code"] == "ResourceNotFoundException"


def test_deletion_protection_and_the_account_default_refuse_deletion(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client, DeletionProtectionEnabled=True)
    pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=protect_id)
    refused = client_error(pinpoint_client.delete_protect_configuration, ProtectConfigurationId=protect_id)
    assert (refused["Error"]["Code"], refused["Reason"], refused["ResourceType"], refused["ResourceId"]) == (
        "ConflictException",
        "DELETION_PROTECTION_ENABLED",
        "protect-configuration",
        protect_id,
    )
    pinpoint_client.update_protect_configuration(
        ProtectConfigurationId=protect_id, DeletionProtectionEnabled=False
    )
    refused = client_error(pinpoint_client.delete_protect_configuration, ProtectConfigurationId=protect_id)
    assert (refused["Reason"], refused["ResourceId"]) == (
        "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT",
        protect_id,
    )
    pinpoint_client.delete_account_default_protect_configuration()
    assert pinpoint_client.delete_protect_configuration(ProtectConfigurationId=protect_id)[
        "ProtectConfigurationId"
    ]


def test_a_configuration_a_configuration_set_uses_cannot_be_deleted(pinpoint_client: Any) -> None:
    """The check asks ``core.REFERENCES``: a configuration set that names the configuration refuses it."""
    protect_id = new(pinpoint_client)
    pinpoint_client.create_configuration_set(ConfigurationSetName="Checkout")
    pinpoint_client.associate_protect_configuration(
        ProtectConfigurationId=protect_id, ConfigurationSetName="Checkout"
    )
    refused = client_error(pinpoint_client.delete_protect_configuration, ProtectConfigurationId=protect_id)
    assert (refused["Error"]["Code"], refused["Reason"], refused["ResourceId"]) == (
        "ConflictException",
        "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET",
        protect_id,
    )
    pinpoint_client.delete_configuration_set(ConfigurationSetName="Checkout")
    pinpoint_client.delete_protect_configuration(ProtectConfigurationId=protect_id)


# -- country rules -----------------------------------------------------------------------------------------


def test_update_country_rules_answers_the_whole_rule_set_of_that_capability(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    answer = pinpoint_client.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=arn(protect_id),
        NumberCapability="SMS",
        CountryRuleSetUpdates={
            "US": {"ProtectStatus": "ALLOW"},
            "CA": {"ProtectStatus": "BLOCK"},
            "GB": {"ProtectStatus": "MONITOR"},
            "IN": {"ProtectStatus": "FILTER"},
        },
    )
    expected = {country: "ALLOW" for country in countries()} | {
        "CA": "BLOCK",
        "GB": "MONITOR",
        "IN": "FILTER",
    }
    assert (answer["ProtectConfigurationId"], answer["NumberCapability"]) == (protect_id, "SMS")
    assert {country: rule["ProtectStatus"] for country, rule in answer["CountryRuleSet"].items()} == expected
    assert statuses(pinpoint_client, protect_id, "SMS") == expected
    # other capabilities keep their own rules
    for capability in ("VOICE", "MMS", "RCS"):
        assert set(statuses(pinpoint_client, protect_id, capability).values()) == {"ALLOW"}
    pinpoint_client.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id,
        NumberCapability="SMS",
        CountryRuleSetUpdates={"CA": {"ProtectStatus": "ALLOW"}},
    )
    assert statuses(pinpoint_client, protect_id, "SMS") == expected | {"CA": "ALLOW"}


def test_an_update_naming_a_country_without_a_rule_changes_nothing(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    response = client_error(
        pinpoint_client.update_protect_configuration_country_rule_set,
        ProtectConfigurationId=protect_id,
        NumberCapability="VOICE",
        CountryRuleSetUpdates={
            "US": {"ProtectStatus": "BLOCK"},
            "ZZ": {"ProtectStatus": "BLOCK"},
            "CU": {"ProtectStatus": "BLOCK"},
        },
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_PARAMETER")
    assert [field["Name"] for field in response["Fields"]] == [
        "CountryRuleSetUpdates.ZZ",
        "CountryRuleSetUpdates.CU",
    ]
    assert statuses(pinpoint_client, protect_id, "VOICE")["US"] == "ALLOW"


def test_a_country_code_outside_the_models_pattern_is_a_field_validation_failure(
    pinpoint_client: Any,
) -> None:
    protect_id = new(pinpoint_client)
    response = client_error(
        pinpoint_client.update_protect_configuration_country_rule_set,
        ProtectConfigurationId=protect_id,
        NumberCapability="SMS",
        CountryRuleSetUpdates={"us": {"ProtectStatus": "BLOCK"}},
    )
    assert (response["Reason"], [field["Name"] for field in response["Fields"]]) == (
        "FIELD_VALIDATION_FAILED",
        ["CountryRuleSetUpdates.us"],
    )


def test_country_rules_of_an_unknown_configuration_are_not_found(pinpoint_client: Any) -> None:
    response = client_error(
        pinpoint_client.get_protect_configuration_country_rule_set,
        ProtectConfigurationId="protect-missing",
        NumberCapability="SMS",
    )
    assert (response["Error"]["Code"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "protect-missing",
    )


# -- number overrides --------------------------------------------------------------------------------------


def test_put_answers_the_override_in_e164_with_its_country(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    with freeze_time("2026-01-02 03:04:05"):
        put = pinpoint_client.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=arn(protect_id),
            DestinationPhoneNumber="14165550100",
            Action="BLOCK",
            ExpirationTimestamp=datetime(2027, 1, 1, tzinfo=UTC),
        )
    assert without_metadata(put) == {
        "ProtectConfigurationArn": arn(protect_id),
        "ProtectConfigurationId": protect_id,
        "DestinationPhoneNumber": "+14165550100",
        "CreatedTimestamp": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        "Action": "BLOCK",
        "IsoCountryCode": "CA",
        "ExpirationTimestamp": datetime(2027, 1, 1, tzinfo=UTC),
    }
    listed = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=protect_id
    )
    assert listed["RuleSetNumberOverrides"] == [
        {
            key: put[key]
            for key in (
                "DestinationPhoneNumber",
                "CreatedTimestamp",
                "Action",
                "IsoCountryCode",
                "ExpirationTimestamp",
            )
        }
    ]


def test_a_number_of_no_known_country_has_no_country(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    put = pinpoint_client.put_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect_id, DestinationPhoneNumber="+999123456", Action="ALLOW"
    )
    assert "IsoCountryCode" not in put
    assert "ExpirationTimestamp" not in put


def test_putting_a_number_again_replaces_its_action_and_expiration_and_keeps_its_creation(
    pinpoint_client: Any,
) -> None:
    protect_id = new(pinpoint_client)
    with freeze_time("2026-01-01"):
        pinpoint_client.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id,
            DestinationPhoneNumber="+447700900000",
            Action="BLOCK",
            ExpirationTimestamp=datetime(2027, 1, 1, tzinfo=UTC),
        )
        pinpoint_client.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber="+12065550100", Action="BLOCK"
        )
    with freeze_time("2026-02-01"):
        again = pinpoint_client.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber="447700900000", Action="ALLOW"
        )
    assert (again["Action"], again["CreatedTimestamp"], again["IsoCountryCode"]) == (
        "ALLOW",
        datetime(2026, 1, 1, tzinfo=UTC),
        "GB",
    )
    assert "ExpirationTimestamp" not in again  # an edit without one never expires, as AWS documents
    listed = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=protect_id
    )
    assert numbers(listed) == ["+447700900000", "+12065550100"]


def test_delete_answers_the_override_and_removes_it(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    pinpoint_client.put_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect_id, DestinationPhoneNumber="+12065550100", Action="ALLOW"
    )
    deleted = pinpoint_client.delete_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect_id, DestinationPhoneNumber="12065550100"
    )
    assert (deleted["DestinationPhoneNumber"], deleted["Action"], deleted["IsoCountryCode"]) == (
        "+12065550100",
        "ALLOW",
        "US",
    )
    listed = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=protect_id
    )
    assert numbers(listed) == []
    response = client_error(
        pinpoint_client.delete_protect_configuration_rule_set_number_override,
        ProtectConfigurationId=protect_id,
        DestinationPhoneNumber="12065550100",
    )
    assert (response["Error"]["Code"], response["ResourceId"]) == ("ResourceNotFoundException", "12065550100")
    assert "ResourceType" not in response  # the model's ResourceType has no value for a number override


def test_overrides_of_an_unknown_configuration_are_not_found(pinpoint_client: Any) -> None:
    for call, extra in (
        (pinpoint_client.put_protect_configuration_rule_set_number_override, {"Action": "ALLOW"}),
        (pinpoint_client.delete_protect_configuration_rule_set_number_override, {}),
    ):
        response = client_error(
            call, ProtectConfigurationId="protect-gone", DestinationPhoneNumber="+12065550100", **extra
        )
        assert (response["ResourceType"], response["ResourceId"]) == ("protect-configuration", "protect-gone")


@pytest.fixture
def overrides(pinpoint_client: Any) -> str:
    """A configuration with four overrides, created on four days."""
    protect_id = new(pinpoint_client)
    made = (
        ("2026-01-01", "+12065550100", "ALLOW", None),
        ("2026-01-02", "+12065550199", "BLOCK", datetime(2026, 6, 1, tzinfo=UTC)),
        ("2026-01-03", "+14165550100", "BLOCK", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-01-04", "+447700900000", "ALLOW", datetime(2026, 9, 1, tzinfo=UTC)),
    )
    for day, number, action, expiration in made:
        with freeze_time(day):
            pinpoint_client.put_protect_configuration_rule_set_number_override(
                ProtectConfigurationId=protect_id,
                DestinationPhoneNumber=number,
                Action=action,
                **({"ExpirationTimestamp": expiration} if expiration else {}),
            )
    return protect_id


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ([("iso-country-code", ["US"])], ["+12065550100", "+12065550199"]),
        ([("iso-country-code", ["CA", "GB"])], ["+14165550100", "+447700900000"]),
        ([("destination-phone-number-begins-with", ["+1206"])], ["+12065550100", "+12065550199"]),
        ([("destination-phone-number-begins-with", ["1416", "44"])], ["+14165550100", "+447700900000"]),
        ([("action", ["BLOCK"])], ["+12065550199", "+14165550100"]),
        ([("expires-before", ["2026-06-01T00:00:00Z"])], ["+14165550100"]),
        ([("expires-after", ["2026-03-01T00:00:00Z"])], ["+12065550199", "+447700900000"]),
        ([("created-before", ["2026-01-02T00:00:00Z"])], ["+12065550100"]),
        ([("created-after", ["1767312000"])], ["+14165550100", "+447700900000"]),  # 2026-01-02
        ([("action", ["ALLOW"]), ("iso-country-code", ["US"])], ["+12065550100"]),
    ],
)
def test_every_override_filter_works_through_boto3(
    pinpoint_client: Any, overrides: str, filters: list[tuple[str, list[str]]], expected: list[str]
) -> None:
    named = [{"Name": name, "Values": values} for name, values in filters]
    listed = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=overrides, Filters=named
    )
    assert numbers(listed) == expected


@pytest.mark.parametrize(("name", "value"), [("action", "allow"), ("expires-before", "soon")])
def test_an_override_filter_value_that_cannot_apply_is_refused(
    pinpoint_client: Any, overrides: str, name: str, value: str
) -> None:
    response = client_error(
        pinpoint_client.list_protect_configuration_rule_set_number_overrides,
        ProtectConfigurationId=overrides,
        Filters=[{"Name": name, "Values": [value]}],
    )
    assert (response["Reason"], response["Fields"][0]["Name"]) == (
        "INVALID_FILTER_VALUES",
        "Filters[0].Values[0]",
    )


def test_an_expiration_sent_as_a_date_text_is_read_and_one_that_is_no_date_is_refused(
    pinpoint_client: Any,
) -> None:
    """botocore always sends epoch seconds; a raw body may carry a text, read as filter values are."""
    protect_id = new(pinpoint_client)
    config = Config(parameter_validation=False)
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1", config=config)
    body: dict[str, Any] = {}

    def swap(params: dict[str, Any], **kwargs: Any) -> None:
        params["body"] = json.dumps(body).encode()

    client.meta.events.register(
        "before-call.pinpoint-sms-voice-v2.PutProtectConfigurationRuleSetNumberOverride", swap
    )
    base = {"ProtectConfigurationId": protect_id, "DestinationPhoneNumber": "+12065550100", "Action": "BLOCK"}
    body.update(base, ExpirationTimestamp="2027-01-01T00:00:00")  # no zone: UTC
    put = client.put_protect_configuration_rule_set_number_override()
    assert put["ExpirationTimestamp"] == datetime(2027, 1, 1, tzinfo=UTC)
    body.update(ExpirationTimestamp="2027-01-01T01:00:00+01:00")
    assert client.put_protect_configuration_rule_set_number_override()["ExpirationTimestamp"] == datetime(
        2027, 1, 1, tzinfo=UTC
    )
    for nonsense in ("next tuesday", 1e20):
        body.update(ExpirationTimestamp=nonsense)
        response = client_error(client.put_protect_configuration_rule_set_number_override)
        assert (response["Reason"], response["Fields"]) == (
            "FIELD_VALIDATION_FAILED",
            [{"Name": "ExpirationTimestamp", "Message": "Member must be a timestamp"}],
        )


# -- the account default -----------------------------------------------------------------------------------


def test_the_account_default_is_one_configuration_at_a_time(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    first, second = new(pinpoint_client), new(pinpoint_client)
    answer = pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=arn(first))
    assert without_metadata(answer) == {
        "DefaultProtectConfigurationArn": arn(first),
        "DefaultProtectConfigurationId": first,
    }
    assert pinpoint_mock.backend().account.default_protect_configuration_id == first
    pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=second)
    defaults = {
        item["ProtectConfigurationId"]: item["AccountDefault"]
        for item in pinpoint_client.describe_protect_configurations()["ProtectConfigurations"]
    }
    assert defaults == {first: False, second: True}
    assert pinpoint_mock.backend().account.default_protect_configuration_id == second
    removed = pinpoint_client.delete_account_default_protect_configuration()
    assert without_metadata(removed) == {
        "DefaultProtectConfigurationArn": arn(second),
        "DefaultProtectConfigurationId": second,
    }
    assert pinpoint_mock.backend().account.default_protect_configuration_id is None
    assert not any(
        item["AccountDefault"]
        for item in pinpoint_client.describe_protect_configurations()["ProtectConfigurations"]
    )


def test_removing_an_account_default_that_is_not_there_is_not_found(pinpoint_client: Any) -> None:
    response = client_error(pinpoint_client.delete_account_default_protect_configuration)
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "protect-configuration",
    )
    assert "ResourceId" not in response
    response = client_error(
        pinpoint_client.set_account_default_protect_configuration, ProtectConfigurationId="protect-nope"
    )
    assert (response["Error"]["Code"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "protect-nope",
    )


def test_each_account_has_its_own_default(pinpoint_client: Any, monkeypatch: Any) -> None:
    mine = new(pinpoint_client)
    pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=mine)
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "210987654321")
    assert ids(pinpoint_client.describe_protect_configurations()) == []
    assert client_error(pinpoint_client.delete_account_default_protect_configuration)["Error"]["Code"] == (
        "ResourceNotFoundException"
    )


# -- tags and policies -------------------------------------------------------------------------------------


def test_the_name_is_a_tag_that_tag_resource_changes(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client, Tags=[{"Key": "Name", "Value": "old"}])
    pinpoint_client.tag_resource(ResourceArn=arn(protect_id), Tags=[{"Key": "Name", "Value": "new"}])
    assert pinpoint_client.list_tags_for_resource(ResourceArn=arn(protect_id))["Tags"] == [
        {"Key": "Name", "Value": "new"}
    ]
    pinpoint_client.untag_resource(ResourceArn=arn(protect_id), TagKeys=["Name"])
    assert pinpoint_client.list_tags_for_resource(ResourceArn=arn(protect_id))["Tags"] == []


def test_a_protect_configuration_cannot_have_a_resource_policy(pinpoint_client: Any) -> None:
    protect_id = new(pinpoint_client)
    policy = json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "222222222222"}}]})
    for call, extra in (
        (pinpoint_client.put_resource_policy, {"Policy": policy}),
        (pinpoint_client.get_resource_policy, {}),
        (pinpoint_client.delete_resource_policy, {}),
    ):
        response = client_error(call, ResourceArn=arn(protect_id), **extra)
        assert (response["Error"]["Code"], response["Reason"], response["Fields"][0]["Name"]) == (
            "ValidationException",
            "INVALID_ARN",
            "ResourceArn",
        )


# -- seeding -----------------------------------------------------------------------------------------------


def test_seeded_configurations_are_what_the_api_answers(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    seeded = backend.seed_protect_configuration(
        protect_configuration_id=f"protect-{'a' * 32}",
        country_rules={"SMS": {"US": "BLOCK"}, "VOICE": {"GB": "FILTER"}},
        deletion_protection_enabled=True,
        created_timestamp=datetime(2025, 1, 1),
    )
    default = backend.seed_protect_configuration(account_default=True)
    backend.seed_protect_number_override(
        seeded,
        "12065550100",
        "ALLOW",
        expiration_timestamp=datetime(2020, 1, 1),
        created_timestamp=datetime(2019, 1, 1),
    )
    assert backend.account.default_protect_configuration_id == default.protect_configuration_id
    described = pinpoint_client.describe_protect_configurations()["ProtectConfigurations"]
    assert [
        (item["ProtectConfigurationId"], item["AccountDefault"], item["DeletionProtectionEnabled"])
        for item in described
    ] == [
        (seeded.protect_configuration_id, False, True),
        (default.protect_configuration_id, True, False),
    ]
    assert described[0]["CreatedTimestamp"] == datetime(2025, 1, 1, tzinfo=UTC)
    assert statuses(pinpoint_client, seeded.protect_configuration_id, "SMS")["US"] == "BLOCK"
    assert statuses(pinpoint_client, seeded.protect_configuration_id, "VOICE")["GB"] == "FILTER"
    (override,) = pinpoint_client.list_protect_configuration_rule_set_number_overrides(
        ProtectConfigurationId=seeded.protect_configuration_id
    )["RuleSetNumberOverrides"]
    assert override == {
        "DestinationPhoneNumber": "+12065550100",
        "CreatedTimestamp": datetime(2019, 1, 1, tzinfo=UTC),
        "Action": "ALLOW",
        "IsoCountryCode": "US",
        "ExpirationTimestamp": datetime(2020, 1, 1, tzinfo=UTC),
    }
    later = backend.seed_protect_configuration(account_default=True)
    assert (default.account_default, later.account_default) == (False, True)


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ({"country_rules": {"SMS": {"ZZ": "BLOCK"}}}, "no rule"),
        ({"country_rules": {"FAX": {"US": "BLOCK"}}}, "no rule"),
        ({"country_rules": {"SMS": {"US": "DENY"}}}, "no ProtectStatus"),
        ({"number_overrides": {}}, "seed_protect_number_override"),
        ({"colour": "red"}, "colour"),
        ({"protect_configuration_id": "protect with spaces"}, "ProtectConfigurationId"),
    ],
)
def test_seeding_refuses_what_the_model_or_the_fake_cannot_hold(
    pinpoint_mock: Any, attributes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        pinpoint_mock.backend().seed_protect_configuration(**attributes)


def test_seeding_overrides_refuses_a_foreign_record_a_duplicate_and_a_bad_action(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    other = pinpoint_mock.backend(region="eu-west-1").seed_protect_configuration()
    with pytest.raises(ValueError, match="not a record of this backend"):
        backend.seed_protect_number_override(other, "+12065550100", "ALLOW")
    mine = backend.seed_protect_configuration()
    backend.seed_protect_number_override(mine, "+12065550100", "ALLOW")
    with pytest.raises(ValueError, match="already stored"):
        backend.seed_protect_number_override(mine, "12065550100", "BLOCK")
    with pytest.raises(ValueError, match="Action"):
        backend.seed_protect_number_override(mine, "+12065550101", "MAYBE")


# -- enforced on sends ------------------------------------------------------------------------------------


def _blocking_us(client: Any) -> str:
    protect_id = str(client.create_protect_configuration()["ProtectConfigurationId"])
    client.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id,
        NumberCapability="SMS",
        CountryRuleSetUpdates={"US": {"ProtectStatus": "BLOCK"}},
    )
    return protect_id


def test_a_send_is_refused_where_its_protect_configuration_blocks(pinpoint_client: Any) -> None:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    protect_id = _blocking_us(pinpoint_client)
    send = {
        "DestinationPhoneNumber": "+12065550199",
        "OriginationIdentity": number["PhoneNumberId"],
        "MessageBody": "hi",
    }
    refused = client_error(pinpoint_client.send_text_message, **send, ProtectConfigurationId=protect_id)
    assert (refused["Error"]["Code"], refused["Reason"]) == (
        "ConflictException",
        "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
    )
    assert (refused["ResourceType"], refused["ResourceId"]) == ("protect-configuration", protect_id)
    pinpoint_client.send_text_message(**send)  # no configuration applies: sent
    pinpoint_client.put_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect_id, DestinationPhoneNumber="+12065550199", Action="ALLOW"
    )
    pinpoint_client.send_text_message(**send, ProtectConfigurationId=protect_id)  # the override lets it by
    pinpoint_client.put_protect_configuration_rule_set_number_override(
        ProtectConfigurationId=protect_id, DestinationPhoneNumber="+12065550199", Action="BLOCK"
    )
    pinpoint_client.update_protect_configuration_country_rule_set(
        ProtectConfigurationId=protect_id,
        NumberCapability="SMS",
        CountryRuleSetUpdates={"US": {"ProtectStatus": "ALLOW"}},
    )
    refused = client_error(pinpoint_client.send_text_message, **send, ProtectConfigurationId=protect_id)
    assert refused["Reason"] == "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE"


def test_the_account_default_protects_a_send_that_names_none(pinpoint_client: Any) -> None:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    protect_id = _blocking_us(pinpoint_client)
    pinpoint_client.set_account_default_protect_configuration(ProtectConfigurationId=protect_id)
    refused = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber="+12065550199",
        OriginationIdentity=number["PhoneNumberId"],
        MessageBody="hi",
        DryRun=True,
    )
    assert refused["Reason"] == "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION"
    attributes = pinpoint_client.describe_account_attributes()["AccountAttributes"]
    assert {"Name": "DEFAULT_PROTECT_CONFIGURATION_ID", "Value": protect_id} in attributes
