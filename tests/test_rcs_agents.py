"""RCS agents: their lifecycle, their place in pools, their launches, and what botocore 1.44 adds."""

from __future__ import annotations

import re
from typing import Any

import pytest
from botocore.exceptions import ParamValidationError

from pinpoint_fake import rcs_catalog
from pinpoint_fake.errors import ServiceError
from pinpoint_fake.records import MessagingLimits, TestingAgent
from pinpoint_fake.service_model import enum_values, input_shape, shape

from .conftest import NonConformingResponse
from .helpers import client_error, new_pool
from .helpers import request_number as number
from .test_sharing import client_of, share

CHANNEL = "arn:aws:sns:us-east-1:123456789012:two-way"
UNSET = "UNSET_RCS_MEDIA_CONFIGURATION"
NEWER_MODEL = "TwoWayRcsEventsEnabled" in input_shape("UpdateRcsAgent").members
needs_newer_model = pytest.mark.skipif(not NEWER_MODEL, reason="botocore < 1.44 has no such member")


def answer(result: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value for key, value in result.items() if key not in ("ResponseMetadata", "CreatedTimestamp")
    }


def agent_of(client: Any, agent_id: str) -> dict[str, Any]:
    found: dict[str, Any] = client.describe_rcs_agents(RcsAgentIds=[agent_id])["RcsAgents"][0]
    return found


# -- lifecycle --------------------------------------------------------------------------------------------


def test_a_new_agent_is_created_with_the_defaults(pinpoint_client: Any) -> None:
    created = pinpoint_client.create_rcs_agent(Tags=[{"Key": "team", "Value": "rcs"}])
    agent_id = created["RcsAgentId"]
    assert re.fullmatch(r"rcs-[0-9a-f]{32}", agent_id)
    assert answer(created) == {
        "RcsAgentArn": f"arn:aws:sms-voice:us-east-1:123456789012:rcs-agent/{agent_id}",
        "RcsAgentId": agent_id,
        "Status": "CREATED",
        "DeletionProtectionEnabled": False,
        "OptOutListName": "Default",
        "SelfManagedOptOutsEnabled": False,
        "TwoWayEnabled": False,
        "Tags": [{"Key": "team", "Value": "rcs"}],
    }
    described = agent_of(pinpoint_client, agent_id)
    assert answer(described) == {key: value for key, value in answer(created).items() if key != "Tags"}
    tags = pinpoint_client.list_tags_for_resource(ResourceArn=created["RcsAgentArn"])["Tags"]
    assert tags == [{"Key": "team", "Value": "rcs"}]


def test_an_agent_takes_an_opt_out_list_by_name_or_arn(pinpoint_client: Any) -> None:
    listed = pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    by_arn = pinpoint_client.create_rcs_agent(OptOutListName=listed["OptOutListArn"])
    assert by_arn["OptOutListName"] == "Quiet"
    response = client_error(pinpoint_client.create_rcs_agent, OptOutListName="Missing")
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
    )
    assert pinpoint_client.describe_rcs_agents()["RcsAgents"] == [
        agent_of(pinpoint_client, by_arn["RcsAgentId"])
    ]


def test_agents_are_described_by_id_or_arn_and_filtered(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    first = pinpoint_client.create_rcs_agent()
    second = pinpoint_mock.backend().seed_rcs_agent(status="ACTIVE", two_way_enabled=True)
    listed = pinpoint_client.describe_rcs_agents(RcsAgentIds=[second.rcs_agent_arn, first["RcsAgentId"]])
    assert [agent["RcsAgentId"] for agent in listed["RcsAgents"]] == [
        first["RcsAgentId"],
        second.rcs_agent_id,
    ]
    active = pinpoint_client.describe_rcs_agents(Filters=[{"Name": "status", "Values": ["ACTIVE"]}])
    assert [agent["RcsAgentId"] for agent in active["RcsAgents"]] == [second.rcs_agent_id]
    two_way = pinpoint_client.describe_rcs_agents(Filters=[{"Name": "two-way-enabled", "Values": ["false"]}])
    assert [agent["RcsAgentId"] for agent in two_way["RcsAgents"]] == [first["RcsAgentId"]]
    unknown = client_error(pinpoint_client.describe_rcs_agents, RcsAgentIds=[first["RcsAgentId"], "rcs-0"])
    assert (unknown["ResourceType"], unknown["ResourceId"]) == ("rcs-agent", "rcs-0")


def test_an_update_changes_what_it_names(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent()
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    updated = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent["RcsAgentArn"],
        TwoWayEnabled=True,
        TwoWayChannelArn=CHANNEL,
        SelfManagedOptOutsEnabled=True,
        OptOutListName="Quiet",
    )
    expected = {
        **answer(agent),
        "TwoWayEnabled": True,
        "TwoWayChannelArn": CHANNEL,
        "SelfManagedOptOutsEnabled": True,
        "OptOutListName": "Quiet",
    }
    del expected["Tags"]
    assert answer(updated) == expected
    protected = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent["RcsAgentId"], DeletionProtectionEnabled=True
    )
    assert answer(protected) == {**expected, "DeletionProtectionEnabled": True}
    missing = client_error(pinpoint_client.update_rcs_agent, RcsAgentId=f"rcs-{0:032x}")
    assert (missing["Error"]["Code"], missing["ResourceType"]) == ("ResourceNotFoundException", "rcs-agent")


def test_a_protected_agent_is_not_deleted_and_a_deleted_one_is_gone(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent(DeletionProtectionEnabled=True)
    refused = client_error(pinpoint_client.delete_rcs_agent, RcsAgentId=agent["RcsAgentId"])
    assert (refused["Error"]["Code"], refused["Reason"]) == (
        "ConflictException",
        "DELETION_PROTECTION_ENABLED",
    )
    assert (refused["ResourceType"], refused["ResourceId"]) == ("rcs-agent", agent["RcsAgentId"])
    pinpoint_client.update_rcs_agent(RcsAgentId=agent["RcsAgentId"], DeletionProtectionEnabled=False)
    deleted = pinpoint_client.delete_rcs_agent(RcsAgentId=agent["RcsAgentArn"])
    assert (deleted["RcsAgentId"], deleted["Status"]) == (agent["RcsAgentId"], "DELETED")
    assert pinpoint_client.describe_rcs_agents()["RcsAgents"] == []
    gone = client_error(pinpoint_client.delete_rcs_agent, RcsAgentId=agent["RcsAgentId"])
    assert gone["Error"]["Code"] == "ResourceNotFoundException"


def test_an_opt_out_list_an_agent_uses_cannot_be_deleted(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    agent = pinpoint_client.create_rcs_agent(OptOutListName="Quiet")
    refused = client_error(pinpoint_client.delete_opt_out_list, OptOutListName="Quiet")
    assert (refused["Reason"], refused["ResourceId"]) == ("RESOURCE_DELETION_NOT_ALLOWED", "Quiet")
    pinpoint_client.delete_rcs_agent(RcsAgentId=agent["RcsAgentId"])
    pinpoint_client.delete_opt_out_list(OptOutListName="Quiet")


# -- pools ------------------------------------------------------------------------------------------------


def test_a_pool_made_from_an_agent_takes_its_settings(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    agent = pinpoint_client.create_rcs_agent(OptOutListName="Quiet")
    pinpoint_client.update_rcs_agent(
        RcsAgentId=agent["RcsAgentId"], TwoWayEnabled=True, TwoWayChannelArn=CHANNEL
    )
    pool = pinpoint_client.create_pool(OriginationIdentity=agent["RcsAgentArn"], MessageType="PROMOTIONAL")
    assert (pool["OptOutListName"], pool["TwoWayEnabled"], pool["TwoWayChannelArn"]) == (
        "Quiet",
        True,
        CHANNEL,
    )
    assert agent_of(pinpoint_client, agent["RcsAgentId"])["PoolId"] == pool["PoolId"]
    listed = pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    # no IsoCountryCode: "optional and may not be present for ... RCS agents" (the model's documentation)
    assert listed == [
        {
            "OriginationIdentityArn": agent["RcsAgentArn"],
            "OriginationIdentity": agent["RcsAgentId"],
            "NumberCapabilities": ["RCS"],
        }
    ]


def test_an_agent_joins_a_pool_of_either_message_type_in_any_status(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pending = pinpoint_mock.backend().seed_rcs_agent(status="PENDING")
    created = pinpoint_client.create_rcs_agent()
    for message_type, agent in (
        ("TRANSACTIONAL", pending.rcs_agent_id),
        ("PROMOTIONAL", created["RcsAgentId"]),
    ):
        pool = new_pool(pinpoint_client, message_type)
        joined = pinpoint_client.associate_origination_identity(
            PoolId=pool["PoolId"],
            OriginationIdentity=agent,
            IsoCountryCode="US",  # a country is not asked of it
        )
        assert answer(joined) == {
            "PoolArn": pool["PoolArn"],
            "PoolId": pool["PoolId"],
            "OriginationIdentityArn": f"arn:aws:sms-voice:us-east-1:123456789012:rcs-agent/{agent}",
            "OriginationIdentity": agent,
        }


def test_an_agent_is_in_one_pool_at_most(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent()
    first = pinpoint_client.create_pool(OriginationIdentity=agent["RcsAgentId"], MessageType="TRANSACTIONAL")
    second = new_pool(pinpoint_client)
    refused = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=second["PoolId"],
        OriginationIdentity=agent["RcsAgentId"],
    )
    assert (refused["Reason"], refused["ResourceType"]) == ("RCS_AGENT_ASSOCIATED_TO_POOL", "rcs-agent")
    again = client_error(
        pinpoint_client.create_pool, OriginationIdentity=agent["RcsAgentArn"], MessageType="PROMOTIONAL"
    )
    assert again["Reason"] == "RCS_AGENT_ASSOCIATED_TO_POOL"
    twice = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=first["PoolId"],
        OriginationIdentity=agent["RcsAgentId"],
    )
    assert twice["Reason"] == "RESOURCE_ALREADY_ASSOCIATED"


def test_an_agent_joins_only_a_pool_with_its_settings(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    quiet = pinpoint_client.create_rcs_agent(OptOutListName="Quiet")
    refused = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=quiet["RcsAgentId"],
    )
    assert (refused["Reason"], refused["ResourceId"]) == ("OPT_OUT_LIST_MISMATCH", quiet["RcsAgentId"])
    self_managed = pinpoint_client.create_rcs_agent()
    pinpoint_client.update_rcs_agent(RcsAgentId=self_managed["RcsAgentId"], SelfManagedOptOutsEnabled=True)
    refused = client_error(
        pinpoint_client.associate_origination_identity,
        PoolId=pool["PoolId"],
        OriginationIdentity=self_managed["RcsAgentId"],
    )
    assert refused["Reason"] == "SELF_MANAGED_OPT_OUTS_MISMATCH"


def test_a_pool_change_is_carried_to_its_agents_and_not_made_on_them(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    agent = pinpoint_client.create_rcs_agent()
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=agent["RcsAgentId"]
    )
    pinpoint_client.update_pool(PoolId=pool["PoolId"], TwoWayEnabled=True, TwoWayChannelArn=CHANNEL)
    described = agent_of(pinpoint_client, agent["RcsAgentId"])
    assert (described["TwoWayEnabled"], described["TwoWayChannelArn"]) == (True, CHANNEL)
    refused = client_error(
        pinpoint_client.update_rcs_agent, RcsAgentId=agent["RcsAgentId"], TwoWayEnabled=False
    )
    assert (refused["Reason"], refused["ResourceId"]) == ("RCS_AGENT_ASSOCIATED_TO_POOL", agent["RcsAgentId"])
    # the value it has already, and what the pool does not share, may be given
    same = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent["RcsAgentId"], TwoWayEnabled=True, DeletionProtectionEnabled=True
    )
    assert (same["TwoWayEnabled"], same["DeletionProtectionEnabled"]) == (True, True)


def test_a_pooled_agent_is_not_deleted_until_it_leaves(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    agent = pinpoint_client.create_rcs_agent()
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=agent["RcsAgentArn"]
    )
    refused = client_error(pinpoint_client.delete_rcs_agent, RcsAgentId=agent["RcsAgentId"])
    assert (refused["Reason"], refused["ResourceType"]) == ("RCS_AGENT_ASSOCIATED_TO_POOL", "rcs-agent")
    left = pinpoint_client.disassociate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=agent["RcsAgentArn"]
    )
    assert "IsoCountryCode" not in left
    assert "PoolId" not in agent_of(pinpoint_client, agent["RcsAgentId"])
    pinpoint_client.delete_rcs_agent(RcsAgentId=agent["RcsAgentId"])


def test_deleting_a_pool_frees_its_agent(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent()
    pool = pinpoint_client.create_pool(OriginationIdentity=agent["RcsAgentId"], MessageType="TRANSACTIONAL")
    pinpoint_client.delete_pool(PoolId=pool["PoolId"])
    assert "PoolId" not in agent_of(pinpoint_client, agent["RcsAgentId"])
    pinpoint_client.create_pool(OriginationIdentity=agent["RcsAgentId"], MessageType="TRANSACTIONAL")


def test_pool_members_filter_by_capability_and_country(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    agent = pinpoint_client.create_rcs_agent()
    pinpoint_client.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=agent["RcsAgentId"]
    )

    def listed(name: str, value: str) -> list[str]:
        page = pinpoint_client.list_pool_origination_identities(
            PoolId=pool["PoolId"], Filters=[{"Name": name, "Values": [value]}]
        )
        return [identity["OriginationIdentity"] for identity in page["OriginationIdentities"]]

    assert listed("number-capability", "RCS") == [agent["RcsAgentId"]]
    assert agent["RcsAgentId"] not in listed("iso-country-code", "US")
    assert len(listed("iso-country-code", "US")) == 1


def test_an_unknown_agent_is_named_as_one(pinpoint_client: Any) -> None:
    for value, resource_type in (
        (f"rcs-{0:032x}", "rcs-agent"),
        (f"arn:aws:sms-voice:us-east-1:123456789012:rcs-agent/rcs-{0:032x}", "rcs-agent"),
        ("ACME", "sender-id"),
    ):
        response = client_error(
            pinpoint_client.create_pool, OriginationIdentity=value, MessageType="TRANSACTIONAL"
        )
        assert (response["ResourceType"], response["ResourceId"]) == (resource_type, value)


def test_the_documented_absence_of_a_country_holds_for_agents_only(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = new_pool(pinpoint_client)
    member = pinpoint_mock.backend().phone_numbers.get(
        number(pinpoint_client, PoolId=pool["PoolId"])["PhoneNumberId"]
    )
    object.__setattr__(member, "iso_country_code", None)
    with pytest.raises((NonConformingResponse, ParamValidationError), match="IsoCountryCode"):
        pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolId"])


# -- seeding and sharing ----------------------------------------------------------------------------------


def test_seeded_agents_join_pools_through_seed_pool(pinpoint_mock: Any, pinpoint_client: Any) -> None:
    backend = pinpoint_mock.backend()
    testing = TestingAgent(status="ACTIVE", registration_id="registration-1", testing_agent_id="t-1")
    agent = backend.seed_rcs_agent(status="TESTING", testing_agent=testing)
    pool = backend.seed_pool(origination_identities=[agent])
    described = agent_of(pinpoint_client, agent.rcs_agent_id)
    assert (described["Status"], described["PoolId"]) == ("TESTING", pool.pool_id)
    assert described["TestingAgent"] == {
        "Status": "ACTIVE",
        "TestingAgentId": "t-1",
        "RegistrationId": "registration-1",
    }
    with pytest.raises(ValueError, match="already in"):
        backend.seed_pool(origination_identities=[agent])
    with pytest.raises(ValueError, match="seed_pool"):
        backend.seed_rcs_agent(pool_id=pool.pool_id)
    with pytest.raises(ValueError, match="RcsAgentInformation"):
        backend.seed_rcs_agent(status="LAUNCHED")


def test_an_agent_is_shared_like_a_number(pinpoint_mock: Any) -> None:
    owner, grantee = client_of("123456789012"), client_of("222222222222")
    agent = owner.create_rcs_agent()
    share(owner, agent["RcsAgentArn"], "222222222222")
    shared = grantee.describe_rcs_agents(Owner="SHARED")["RcsAgents"]
    assert [one["RcsAgentArn"] for one in shared] == [agent["RcsAgentArn"]]
    assert grantee.describe_rcs_agents(RcsAgentIds=[agent["RcsAgentArn"]])["RcsAgents"] == shared
    launches = grantee.describe_rcs_agent_country_launch_status(RcsAgentId=agent["RcsAgentArn"])
    assert launches["CountryLaunchStatus"] == []
    refused = client_error(grantee.update_rcs_agent, RcsAgentId=agent["RcsAgentArn"], TwoWayEnabled=True)
    assert refused["Error"]["Code"] == "ResourceNotFoundException"
    assert grantee.describe_rcs_agents()["RcsAgents"] == []


# -- country launches -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("carriers", "status"),
    [
        ((), "CREATED"),
        (("PENDING", "PENDING"), "PENDING"),
        (("ACTIVE", "PENDING"), "PARTIAL"),
        (("ACTIVE", "REJECTED"), "PARTIAL"),
        (("ACTIVE", "ACTIVE"), "ACTIVE"),
        (("REJECTED", "REJECTED"), "REJECTED"),
        (("PENDING", "REJECTED"), "PENDING"),
    ],
)
def test_a_countrys_launch_status_follows_its_carriers(carriers: tuple[str, ...], status: str) -> None:
    assert rcs_catalog.launch_status(carriers) == status


def test_launches_are_listed_with_their_carriers(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    agent = pinpoint_client.create_rcs_agent()
    record = backend.rcs_agents.get(agent["RcsAgentId"])
    backend.seed_rcs_country_launch(
        record, "US", {"Carrier A": "ACTIVE", "Carrier B": "PENDING"}, registration_id="registration-us"
    )
    backend.seed_rcs_country_launch(record, "CA", {"Carrier C": "ACTIVE"}, rcs_platform_id="platform-1")
    backend.seed_rcs_country_launch(record, "GB", {"Carrier D": "REJECTED"})
    page = pinpoint_client.describe_rcs_agent_country_launch_status(RcsAgentId=agent["RcsAgentArn"])
    assert (page["RcsAgentId"], page["RcsAgentArn"]) == (agent["RcsAgentId"], agent["RcsAgentArn"])
    assert page["CountryLaunchStatus"][0] == {
        "IsoCountryCode": "US",
        "Status": "PARTIAL",
        "RegistrationId": "registration-us",
        "CarrierStatus": [
            {"CarrierName": "Carrier A", "Status": "ACTIVE"},
            {"CarrierName": "Carrier B", "Status": "PENDING"},
        ],
    }
    assert [(c["IsoCountryCode"], c["Status"]) for c in page["CountryLaunchStatus"]] == [
        ("US", "PARTIAL"),
        ("CA", "ACTIVE"),
        ("GB", "REJECTED"),
    ]
    assert page["CountryLaunchStatus"][1]["RcsPlatformId"] == "platform-1"
    assert re.fullmatch(r"registration-[0-9a-f]{32}", page["CountryLaunchStatus"][2]["RegistrationId"])

    def countries(**kwargs: Any) -> list[str]:
        found = pinpoint_client.describe_rcs_agent_country_launch_status(
            RcsAgentId=agent["RcsAgentId"], **kwargs
        )
        return [launch["IsoCountryCode"] for launch in found["CountryLaunchStatus"]]

    assert countries(IsoCountryCodes=["GB", "US", "FR"]) == ["US", "GB"]  # FR: no launch, no error
    assert countries(Filters=[{"Name": "country-launch-status", "Values": ["ACTIVE", "REJECTED"]}]) == [
        "CA",
        "GB",
    ]
    backend.seed_rcs_country_launch(record, "US", {"Carrier A": "ACTIVE", "Carrier B": "ACTIVE"})
    assert countries(Filters=[{"Name": "country-launch-status", "Values": ["ACTIVE"]}]) == ["US", "CA"]


def test_launches_are_seeded_only_where_rcs_launches(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    agent = backend.seed_rcs_agent()
    with pytest.raises(ValueError, match="does not launch in JP"):
        backend.seed_rcs_country_launch(agent, "JP")
    with pytest.raises(ValueError, match=r"CountryLaunchStatusInformation"):
        backend.seed_rcs_country_launch(agent, "US", {"Carrier": "LIVE"})
    other = pinpoint_mock.backend(region="eu-west-1").seed_rcs_agent()
    with pytest.raises(ValueError, match="not a record of this backend"):
        backend.seed_rcs_country_launch(other, "US")


def test_the_rcs_catalog_speaks_the_models_enums() -> None:
    assert {
        rcs_catalog.launch_status(c)
        for c in ((), ("PENDING",), ("ACTIVE", "PENDING"), ("ACTIVE",), ("REJECTED",))
    } == set(enum_values("CountryLaunchStatus"))
    assert rcs_catalog.NEW_AGENT_STATUS in enum_values("RcsAgentStatus")
    assert all(
        re.fullmatch(shape("IsoCountryCode").metadata["pattern"], code)
        for code in rcs_catalog.LAUNCH_COUNTRIES
    )


# -- what botocore 1.44 adds ------------------------------------------------------------------------------


def test_members_a_model_lacks_are_never_written(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    limits = MessagingLimits(rate_limits={"RCS": 10}, daily_message_caps=None)
    agent = pinpoint_mock.backend().seed_rcs_agent(
        messaging_limits=limits, two_way_rcs_events_enabled=["ALL"]
    )
    described = agent_of(pinpoint_client, agent.rcs_agent_id)
    members = shape("RcsAgentInformation").members
    assert ("MessagingLimits" in described) == ("MessagingLimits" in members)
    assert ("TwoWayRcsEventsEnabled" in described) == ("TwoWayRcsEventsEnabled" in members)
    if "MessagingLimits" in members:
        assert described["MessagingLimits"] == {"RateLimits": {"RCS": 10}}


@needs_newer_model
def test_event_types_are_enabled_with_all_standing_alone(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent()
    assert "TwoWayRcsEventsEnabled" not in agent
    some = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent["RcsAgentId"], TwoWayRcsEventsEnabled=["RCS_TYPING", "SUGGESTION", "RCS_TYPING"]
    )
    assert some["TwoWayRcsEventsEnabled"] == ["RCS_TYPING", "SUGGESTION"]
    refused = client_error(
        pinpoint_client.update_rcs_agent,
        RcsAgentId=agent["RcsAgentId"],
        TwoWayRcsEventsEnabled=["ALL", "SUGGESTION"],
    )
    assert (refused["Reason"], refused["Fields"][0]["Name"]) == (
        "INVALID_PARAMETER",
        "TwoWayRcsEventsEnabled",
    )
    none = pinpoint_client.update_rcs_agent(RcsAgentId=agent["RcsAgentId"], TwoWayRcsEventsEnabled=[])
    assert none["TwoWayRcsEventsEnabled"] == []
    deleted = pinpoint_client.delete_rcs_agent(RcsAgentId=agent["RcsAgentId"])
    assert deleted["TwoWayRcsEventsEnabled"] == []


@needs_newer_model
def test_inbound_media_needs_two_way_a_bucket_and_a_role(pinpoint_client: Any) -> None:
    agent = pinpoint_client.create_rcs_agent()["RcsAgentId"]
    role = "arn:aws:iam::123456789012:role/media"
    off = client_error(
        pinpoint_client.update_rcs_agent,
        RcsAgentId=agent,
        TwoWayMediaS3BucketName="media",
        TwoWayMediaS3Role=role,
    )
    assert off["Reason"] == "TWO_WAY_NOT_ENABLED"
    no_role = client_error(
        pinpoint_client.update_rcs_agent,
        RcsAgentId=agent,
        TwoWayEnabled=True,
        TwoWayMediaS3BucketName="media",
    )
    assert (no_role["Reason"], [f["Name"] for f in no_role["Fields"]]) == (
        "MISSING_PARAMETER",
        ["TwoWayMediaS3Role"],
    )
    assert agent_of(pinpoint_client, agent)["TwoWayEnabled"] is False  # a refused update changes nothing
    media = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent,
        TwoWayEnabled=True,
        TwoWayMediaS3BucketName="media",
        TwoWayMediaS3Role=role,
        TwoWayMediaS3KeyPrefix="inbound/",
    )
    assert (
        media["TwoWayMediaS3BucketName"],
        media["TwoWayMediaS3Role"],
        media["TwoWayMediaS3KeyPrefix"],
    ) == (
        "media",
        role,
        "inbound/",
    )
    half = client_error(
        pinpoint_client.update_rcs_agent,
        RcsAgentId=agent,
        TwoWayMediaS3BucketName="UNSET_RCS_MEDIA_CONFIGURATION",
    )
    assert (half["Reason"], [f["Name"] for f in half["Fields"]]) == (
        "INVALID_PARAMETER",
        ["TwoWayMediaS3BucketName"],
    )
    cleared = pinpoint_client.update_rcs_agent(
        RcsAgentId=agent,
        TwoWayMediaS3BucketName="UNSET_RCS_MEDIA_CONFIGURATION",
        TwoWayMediaS3Role="UNSET_RCS_MEDIA_CONFIGURATION",
    )
    assert not {"TwoWayMediaS3BucketName", "TwoWayMediaS3Role", "TwoWayMediaS3KeyPrefix"} & set(cleared)


def test_the_backend_honours_the_newer_members_whatever_the_model(pinpoint_mock: Any) -> None:
    """The rules above, at the backend's method, so that they hold (and are measured) on botocore < 1.44
    too, where no request can carry these members."""
    backend = pinpoint_mock.backend()
    agent = backend.seed_rcs_agent(two_way_enabled=True)
    role = "arn:aws:iam::123456789012:role/media"

    def refused(**changes: Any) -> tuple[str, list[str]]:
        with pytest.raises(ServiceError) as raised:
            backend.update_rcs_agent(agent.rcs_agent_id, **changes)
        error: Any = raised.value
        return error.reason, [field.name for field in error.fields]

    assert refused(two_way_media_s3_key_prefix="in/") == (
        "MISSING_PARAMETER",
        ["TwoWayMediaS3BucketName", "TwoWayMediaS3Role"],
    )
    assert refused(
        two_way_media_s3_role=UNSET, two_way_media_s3_bucket_name=UNSET, two_way_media_s3_key_prefix="x"
    )[0] == ("INVALID_PARAMETER")
    assert refused(two_way_rcs_events_enabled=["ALL", "ALL", "SUGGESTION"])[0] == "INVALID_PARAMETER"
    backend.update_rcs_agent(
        agent.rcs_agent_id,
        two_way_media_s3_bucket_name="media",
        two_way_media_s3_role=role,
        two_way_rcs_events_enabled=["ALL", "ALL"],
    )
    assert (
        agent.two_way_media_s3_bucket_name,
        agent.two_way_media_s3_role,
        agent.two_way_rcs_events_enabled,
    ) == (
        "media",
        role,
        ["ALL"],
    )
    backend.update_rcs_agent(agent.rcs_agent_id, two_way_media_s3_key_prefix="in/")  # the rest stays
    assert (agent.two_way_media_s3_bucket_name, agent.two_way_media_s3_key_prefix) == ("media", "in/")
    assert refused(two_way_enabled=False, two_way_media_s3_key_prefix="other/")[0] == "TWO_WAY_NOT_ENABLED"
    backend.update_rcs_agent(
        agent.rcs_agent_id, two_way_media_s3_bucket_name=UNSET, two_way_media_s3_role=UNSET
    )
    assert (
        agent.two_way_media_s3_bucket_name,
        agent.two_way_media_s3_role,
        agent.two_way_media_s3_key_prefix,
    ) == (
        None,
        None,
        None,
    )
