"""Notify: configurations, the templates and countries AWS serves, and a configuration's pool."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest

from pinpoint_fake import notify_catalog
from pinpoint_fake.records import TemplateVariable
from pinpoint_fake.service_model import enum_values, shape

from .helpers import client_error, new_pool

TEMPLATE = "notify-code-verification-english-001"
ARN_PREFIX = "arn:aws:sms-voice:us-east-1:123456789012:"
BASIC = list(notify_catalog.BASIC_COUNTRIES)


def create(client: Any, **kwargs: Any) -> dict[str, Any]:
    arguments = {"DisplayName": "Acme", "UseCase": "CODE_VERIFICATION", "EnabledChannels": ["SMS"], **kwargs}
    created: dict[str, Any] = client.create_notify_configuration(**arguments)
    return created


def described(client: Any, configuration_id: str) -> dict[str, Any]:
    found: dict[str, Any] = client.describe_notify_configurations(NotifyConfigurationIds=[configuration_id])
    return found["NotifyConfigurations"][0]


def without_metadata(result: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in result.items() if key not in ("ResponseMetadata", "CreatedTimestamp")
    }


# -- configurations ---------------------------------------------------------------------------------------


def test_a_new_configuration_answers_pending_and_is_active_at_once(pinpoint_client: Any) -> None:
    created = create(
        pinpoint_client, EnabledChannels=["SMS", "VOICE", "SMS"], Tags=[{"Key": "k", "Value": "v"}]
    )
    configuration_id = created["NotifyConfigurationId"]
    assert re.fullmatch(r"notify-[0-9a-f]{32}", configuration_id)
    assert without_metadata(created) == {
        "NotifyConfigurationArn": f"{ARN_PREFIX}notify-configuration/{configuration_id}",
        "NotifyConfigurationId": configuration_id,
        "DisplayName": "Acme",
        "UseCase": "CODE_VERIFICATION",
        "EnabledCountries": BASIC,
        "EnabledChannels": ["SMS", "VOICE"],
        "Tier": "BASIC",
        "TierUpgradeStatus": "BASIC",
        "Status": "PENDING",
        "DeletionProtectionEnabled": False,
        "Tags": [{"Key": "k", "Value": "v"}],
    }
    later = described(pinpoint_client, configuration_id)
    expected = {**without_metadata(created), "Status": "ACTIVE"}
    del expected["Tags"]
    assert without_metadata(later) == expected
    assert pinpoint_client.list_tags_for_resource(ResourceArn=created["NotifyConfigurationArn"])["Tags"] == [
        {"Key": "k", "Value": "v"}
    ]


def test_a_configuration_enables_countries_of_its_tier_only(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    chosen = create(pinpoint_client, EnabledCountries=["US", "CA", "US"])
    assert chosen["EnabledCountries"] == ["US", "CA"]
    refused = client_error(create, pinpoint_client, EnabledCountries=["US", "ZZ", "AQ"])
    assert (refused["Reason"], [f["Name"] for f in refused["Fields"]]) == (
        "INVALID_PARAMETER",
        ["EnabledCountries[1]", "EnabledCountries[2]"],
    )
    backend = pinpoint_mock.backend()
    backend.seed_notify_country("ZZ", country_name="Advanced Land")
    basic = client_error(
        pinpoint_client.update_notify_configuration,
        NotifyConfigurationId=chosen["NotifyConfigurationId"],
        EnabledCountries=["ZZ"],
    )
    assert basic["Reason"] == "INVALID_PARAMETER"
    advanced = backend.seed_notify_configuration(tier="ADVANCED")
    assert advanced.tier_upgrade_status == "ADVANCED"
    assert advanced.enabled_countries == [*BASIC, "ZZ"]
    updated = pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=advanced.notify_configuration_arn, EnabledCountries=["ZZ"]
    )
    assert updated["EnabledCountries"] == ["ZZ"]
    none = pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=advanced.notify_configuration_id, EnabledCountries=[]
    )
    assert none["EnabledCountries"] == []


def test_notify_sends_by_sms_and_voice_only(pinpoint_client: Any) -> None:
    refused = client_error(create, pinpoint_client, EnabledChannels=["SMS", "MMS", "RCS"])
    assert (refused["Reason"], [f["Name"] for f in refused["Fields"]]) == (
        "INVALID_PARAMETER",
        ["EnabledChannels[1]", "EnabledChannels[2]"],
    )
    configuration = create(pinpoint_client)
    voice = pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=configuration["NotifyConfigurationId"], EnabledChannels=["VOICE"]
    )
    assert voice["EnabledChannels"] == ["VOICE"]


def test_the_default_template_must_be_served_and_can_be_cleared(pinpoint_client: Any) -> None:
    configuration = create(pinpoint_client, DefaultTemplateId=TEMPLATE)
    assert configuration["DefaultTemplateId"] == TEMPLATE
    for unknown in ("notify-unknown", ""):
        missing = client_error(create, pinpoint_client, DefaultTemplateId=unknown)
        assert (missing["Error"]["Code"], missing["ResourceType"], missing["ResourceId"]) == (
            "ResourceNotFoundException",
            "notify-template",
            unknown,
        )
    cleared = pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=configuration["NotifyConfigurationId"],
        DefaultTemplateId="UNSET_DEFAULT_TEMPLATE",
    )
    assert "DefaultTemplateId" not in cleared
    assert "DefaultTemplateId" not in create(pinpoint_client, DefaultTemplateId="UNSET_DEFAULT_TEMPLATE")


def test_a_configuration_names_a_pool_by_id_which_cannot_be_deleted(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    configuration = create(pinpoint_client, PoolId=pool["PoolArn"])
    assert configuration["PoolId"] == pool["PoolId"]
    refused = client_error(pinpoint_client.delete_pool, PoolId=pool["PoolId"])
    assert (refused["Error"]["Code"], refused["Reason"]) == (
        "ConflictException",
        "POOL_ASSOCIATED_TO_NOTIFY_CONFIGURATION",
    )
    assert (refused["ResourceType"], refused["ResourceId"]) == ("pool", pool["PoolId"])
    assert configuration["NotifyConfigurationId"] in refused["Message"]
    filtered = pinpoint_client.describe_notify_configurations(
        Filters=[{"Name": "default-pool", "Values": [pool["PoolId"]]}]
    )
    assert [c["NotifyConfigurationId"] for c in filtered["NotifyConfigurations"]] == [
        configuration["NotifyConfigurationId"]
    ]
    cleared = pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=configuration["NotifyConfigurationId"], PoolId="UNSET_DEFAULT_POOL_FOR_NOTIFY"
    )
    assert "PoolId" not in cleared
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])


def test_the_pool_must_be_an_active_pool_of_the_account(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    missing = client_error(create, pinpoint_client, PoolId=f"pool-{0:032x}")
    assert (missing["ResourceType"], missing["ResourceId"]) == ("pool", f"pool-{0:032x}")
    creating = pinpoint_mock.backend().seed_pool(status="CREATING")
    configuration = create(pinpoint_client)
    inactive = client_error(
        pinpoint_client.update_notify_configuration,
        NotifyConfigurationId=configuration["NotifyConfigurationId"],
        PoolId=creating.pool_id,
    )
    assert inactive["Reason"] == "RESOURCE_NOT_ACTIVE"


def test_a_protected_configuration_is_not_deleted(pinpoint_client: Any) -> None:
    configuration = create(pinpoint_client, DeletionProtectionEnabled=True)
    configuration_id = configuration["NotifyConfigurationId"]
    refused = client_error(
        pinpoint_client.delete_notify_configuration, NotifyConfigurationId=configuration_id
    )
    assert (refused["Reason"], refused["ResourceType"]) == (
        "DELETION_PROTECTION_ENABLED",
        "notify-configuration",
    )
    pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=configuration_id, DeletionProtectionEnabled=False
    )
    deleted = pinpoint_client.delete_notify_configuration(
        NotifyConfigurationId=configuration["NotifyConfigurationArn"]
    )
    assert (deleted["NotifyConfigurationId"], deleted["Status"]) == (configuration_id, "ACTIVE")
    gone = client_error(
        pinpoint_client.describe_notify_configurations, NotifyConfigurationIds=[configuration_id]
    )
    assert (gone["ResourceType"], gone["ResourceId"]) == ("notify-configuration", configuration_id)


def test_an_empty_listing_leaves_out_a_list_the_model_says_has_items(pinpoint_client: Any) -> None:
    assert "NotifyConfigurations" not in pinpoint_client.describe_notify_configurations()  # the model: min 1
    assert pinpoint_client.describe_rcs_agents()["RcsAgents"] == []  # the model sets no minimum
    create(pinpoint_client)
    filtered = pinpoint_client.describe_notify_configurations(
        Filters=[{"Name": "status", "Values": ["REJECTED"]}]
    )
    assert "NotifyConfigurations" not in filtered


def test_configurations_filter_on_every_member_the_model_names(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    plain = create(pinpoint_client, EnabledCountries=["US"], DefaultTemplateId=TEMPLATE)[
        "NotifyConfigurationId"
    ]
    rejected = pinpoint_mock.backend().seed_notify_configuration(
        status="REJECTED", rejection_reason="The display name names another brand.", display_name="Other"
    )

    def matching(name: str, *values: str) -> list[str]:
        page = pinpoint_client.describe_notify_configurations(
            Filters=[{"Name": name, "Values": list(values)}]
        )
        return [c["NotifyConfigurationId"] for c in page.get("NotifyConfigurations", [])]

    assert matching("status", "REJECTED") == [rejected.notify_configuration_id]
    assert matching("display-name", "Acme") == [plain]
    assert matching("enabled-countries", "GB") == [rejected.notify_configuration_id]
    assert matching("default-template", TEMPLATE) == [plain]
    assert matching("tier-upgrade-status", "BASIC") == [plain, rejected.notify_configuration_id]
    assert described(pinpoint_client, rejected.notify_configuration_id)["RejectionReason"] == (
        "The display name names another brand."
    )


def test_a_configuration_takes_no_resource_policy(pinpoint_client: Any) -> None:
    configuration = create(pinpoint_client)
    for call in (pinpoint_client.get_resource_policy, pinpoint_client.delete_resource_policy):
        refused = client_error(call, ResourceArn=configuration["NotifyConfigurationArn"])
        assert (refused["Reason"], refused["Fields"][0]["Name"]) == ("INVALID_ARN", "ResourceArn")
    refused = client_error(
        pinpoint_client.put_resource_policy, ResourceArn=configuration["NotifyConfigurationArn"], Policy="{}"
    )
    assert refused["Reason"] == "INVALID_ARN"


def test_seeded_configurations_are_checked(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    with pytest.raises(ValueError, match="not a pool of this backend"):
        backend.seed_notify_configuration(pool_id=f"pool-{0:032x}")
    with pytest.raises(ValueError, match="NotifyConfigurationInformation"):
        backend.seed_notify_configuration(display_name="far too long a display name")
    with pytest.raises(ValueError, match="unexpected keyword"):
        backend.seed_notify_configuration(colour="blue")
    pool = backend.seed_pool()
    assert backend.seed_notify_configuration(pool_id=pool.pool_id).pool_id == pool.pool_id


# -- templates and countries ------------------------------------------------------------------------------


def test_the_documented_template_is_served(pinpoint_client: Any) -> None:
    page = pinpoint_client.describe_notify_templates()
    assert [template["TemplateId"] for template in page["NotifyTemplates"]] == [TEMPLATE]
    template = page["NotifyTemplates"][0]
    assert {
        key: template[key] for key in ("Version", "TemplateType", "Channels", "LanguageCode", "Status")
    } == {
        "Version": 1,
        "TemplateType": "OTP_VERIFICATION",
        "Channels": ["SMS", "VOICE"],
        "LanguageCode": "en",
        "Status": "ACTIVE",
    }
    assert template["Variables"]["code"] == {
        "Type": "STRING",
        "Required": True,
        "Pattern": r"^\d{4,8}$",
        "Sample": "123456",
        "Source": "CUSTOMER",
    }
    assert template["Variables"]["brandName"] == {"Type": "STRING", "Required": True, "Source": "SYSTEM"}
    assert set(re.findall(r"{{(\w+)}}", template["Content"])) == set(template["Variables"])
    assert "JOANNA" in template["SupportedVoiceIds"]


def test_templates_are_described_by_id_and_filtered(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    spanish = pinpoint_mock.backend().seed_notify_template(
        "notify-code-verification-spanish-001",
        language_code="es",
        content="Su código es {{code}}.",
        variables={"code": {"type": "STRING", "required": True, "source": "CUSTOMER"}},
        supported_countries=["ES", "MX"],
    )
    assert spanish.variables == {"code": TemplateVariable("STRING", True, source="CUSTOMER")}

    def ids(**kwargs: Any) -> list[str]:
        return [
            t["TemplateId"] for t in pinpoint_client.describe_notify_templates(**kwargs)["NotifyTemplates"]
        ]

    assert ids(TemplateIds=[spanish.template_id, TEMPLATE, TEMPLATE]) == [TEMPLATE, spanish.template_id]
    assert ids(Filters=[{"Name": "language-code", "Values": ["es"]}]) == [spanish.template_id]
    assert ids(Filters=[{"Name": "language-code", "Values": ["ES"]}]) == []  # compared exactly
    assert ids(Filters=[{"Name": "channels", "Values": ["VOICE"]}]) == [TEMPLATE]
    assert ids(Filters=[{"Name": "supported-countries", "Values": ["MX"]}]) == [TEMPLATE, spanish.template_id]
    assert ids(Filters=[{"Name": "supported-voice-ids", "Values": ["JOANNA"]}]) == [TEMPLATE]
    missing = client_error(pinpoint_client.describe_notify_templates, TemplateIds=[TEMPLATE, "nt-1"])
    assert (missing["ResourceType"], missing["ResourceId"]) == ("notify-template", "nt-1")
    tagging = client_error(
        pinpoint_client.list_tags_for_resource,
        ResourceArn=f"arn:aws:sms-voice:us-east-1:123456789012:notify-template/{TEMPLATE}",
    )
    assert (tagging["Error"]["Code"], tagging["ResourceType"]) == (
        "ResourceNotFoundException",
        "notify-template",
    )


def test_the_basic_tiers_countries_are_listed(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    countries = pinpoint_client.list_notify_countries()["NotifyCountries"]
    assert [country["IsoCountryCode"] for country in countries] == BASIC
    assert countries[-2] == {
        "IsoCountryCode": "US",
        "CountryName": "United States",
        "SupportedChannels": ["SMS", "VOICE"],
        "SupportedUseCases": ["CODE_VERIFICATION"],
        "SupportedTiers": ["BASIC", "ADVANCED"],
        "CustomerOwnedIdentityRequired": False,
    }
    pinpoint_mock.backend().seed_notify_country(
        "AQ", country_name="Antarctica", supported_channels=["SMS"], customer_owned_identity_required=True
    )

    def codes(**kwargs: Any) -> list[str]:
        return [
            c["IsoCountryCode"] for c in pinpoint_client.list_notify_countries(**kwargs)["NotifyCountries"]
        ]

    assert codes(Tier="BASIC") == BASIC
    assert codes(Tier="ADVANCED") == [*BASIC, "AQ"]
    assert codes(Channels=["VOICE"]) == BASIC
    assert codes(Channels=["VOICE", "SMS"], UseCases=["CODE_VERIFICATION"]) == [*BASIC, "AQ"]
    assert codes(Channels=["SMS"], Tier="ADVANCED", MaxResults=2) == BASIC[:2]


def test_the_notify_catalog_speaks_the_models_enums() -> None:
    assert set(notify_catalog.CHANNELS) <= set(enum_values("NumberCapability"))
    assert set(notify_catalog.TIERS) == set(enum_values("NotifyConfigurationTier"))
    assert set(notify_catalog.ENGLISH_VOICES) <= set(enum_values("VoiceId"))
    country_pattern = shape("IsoCountryCode").metadata["pattern"]
    assert all(re.fullmatch(country_pattern, code) for code in BASIC)
    assert len(set(BASIC)) == 30
    for country in notify_catalog.COUNTRIES:
        assert set(country["supported_use_cases"]) <= set(enum_values("NotifyConfigurationUseCase"))
        assert set(country["supported_tiers"]) <= set(enum_values("NotifyConfigurationTier"))
    for template in notify_catalog.TEMPLATES:
        assert template["template_type"] in enum_values("NotifyTemplateType")
        assert template["status"] in enum_values("NotifyTemplateStatus")
        assert set(template["channels"]) <= set(notify_catalog.CHANNELS)
        assert set(template["tier_access"]) <= set(notify_catalog.TIERS)
        assert isinstance(template["created_timestamp"], datetime)
        for variable in template["variables"].values():
            assert variable["type"] in enum_values("TemplateVariableType")
            assert variable["source"] in enum_values("TemplateVariableSource")
