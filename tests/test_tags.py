"""TagResource, UntagResource and ListTagsForResource on every kind of resource the fake holds, by ARN."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from botocore.config import Config
from freezegun import freeze_time

from pinpoint_fake.core import SHAREABLE, STORES
from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.service_model import enum_values, output_shape

from .helpers import client_error, new_pool

ACCOUNT = "123456789012"
OTHER_ACCOUNT = "210987654321"
LIMIT = int(output_shape("ListTagsForResource").members["Tags"].metadata["max"])
KINDS = [
    "pool",
    "phone-number",
    "sender-id",
    "opt-out-list",
    "protect-configuration",
    "rcs-agent",
    "notify-configuration",
    "registration",
    "registration-attachment",
    "configuration-set",
    "verified-destination-number",
]
PDF = b"%PDF-1.4 a letter of authorization"


def create(client: Any, kind: str, tags: list[dict[str, str]]) -> str:
    """The ARN of a new resource of ``kind`` created through the API with ``tags``."""
    if kind == "pool":
        return str(new_pool(client, Tags=tags)["PoolArn"])
    if kind == "phone-number":
        number = client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
            Tags=tags,
        )
        return str(number["PhoneNumberArn"])
    if kind == "sender-id":
        return str(client.request_sender_id(SenderId="ACME", IsoCountryCode="GB", Tags=tags)["SenderIdArn"])
    if kind == "protect-configuration":
        return str(client.create_protect_configuration(Tags=tags)["ProtectConfigurationArn"])
    if kind == "rcs-agent":
        return str(client.create_rcs_agent(Tags=tags)["RcsAgentArn"])
    if kind == "notify-configuration":
        configuration = client.create_notify_configuration(
            DisplayName="Acme", UseCase="CODE_VERIFICATION", EnabledChannels=["SMS"], Tags=tags
        )
        return str(configuration["NotifyConfigurationArn"])
    if kind == "registration":
        registration = client.create_registration(RegistrationType="US_TOLL_FREE_REGISTRATION", Tags=tags)
        return str(registration["RegistrationArn"])
    if kind == "registration-attachment":
        attachment = client.create_registration_attachment(AttachmentBody=PDF, Tags=tags)
        return str(attachment["RegistrationAttachmentArn"])
    if kind == "configuration-set":
        return str(
            client.create_configuration_set(ConfigurationSetName="Alerts", Tags=tags)["ConfigurationSetArn"]
        )
    if kind == "verified-destination-number":
        number = client.create_verified_destination_number(DestinationPhoneNumber="+12065550142", Tags=tags)
        return str(number["VerifiedDestinationNumberArn"])
    return str(client.create_opt_out_list(OptOutListName="Marketing", Tags=tags)["OptOutListArn"])


def delete(client: Any, kind: str, arn: str) -> None:
    if kind == "pool":
        client.delete_pool(PoolId=arn)
    elif kind == "phone-number":
        client.release_phone_number(PhoneNumberId=arn)
    elif kind == "sender-id":
        client.release_sender_id(SenderId=arn, IsoCountryCode="GB")
    elif kind == "protect-configuration":
        client.delete_protect_configuration(ProtectConfigurationId=arn)
    elif kind == "rcs-agent":
        client.delete_rcs_agent(RcsAgentId=arn)
    elif kind == "notify-configuration":
        client.delete_notify_configuration(NotifyConfigurationId=arn)
    elif kind == "registration":
        client.delete_registration(RegistrationId=arn)
    elif kind == "registration-attachment":
        client.delete_registration_attachment(RegistrationAttachmentId=arn)
    elif kind == "configuration-set":
        client.delete_configuration_set(ConfigurationSetName=arn)
    elif kind == "verified-destination-number":
        with freeze_time(datetime.now(timezone.utc) + timedelta(days=1, minutes=1)):  # deletable after 24 h
            client.delete_verified_destination_number(VerifiedDestinationNumberId=arn)
    else:
        client.delete_opt_out_list(OptOutListName=arn)


def seed(backend: Any, kind: str) -> str:
    """The ARN of a resource of ``kind`` seeded into ``backend``."""
    if kind == "pool":
        return str(backend.seed_pool().pool_arn)
    if kind == "phone-number":
        return str(backend.seed_phone_number().phone_number_arn)
    if kind == "sender-id":
        return str(backend.seed_sender_id("ACME", "GB").sender_id_arn)
    if kind == "protect-configuration":
        return str(backend.seed_protect_configuration().protect_configuration_arn)
    if kind == "rcs-agent":
        return str(backend.seed_rcs_agent().rcs_agent_arn)
    if kind == "notify-configuration":
        return str(backend.seed_notify_configuration().notify_configuration_arn)
    if kind == "registration":
        return str(backend.seed_registration().registration_arn)
    if kind == "registration-attachment":
        return str(backend.seed_registration_attachment().registration_attachment_arn)
    if kind == "configuration-set":
        return str(backend.seed_configuration_set("Alerts").configuration_set_arn)
    if kind == "verified-destination-number":
        return str(backend.seed_verified_destination_number("+12065550142").verified_destination_number_arn)
    return str(backend.seed_opt_out_list("Marketing").opt_out_list_arn)


def tags(**pairs: str) -> list[dict[str, str]]:
    return [{"Key": key, "Value": value} for key, value in pairs.items()]


def listed(client: Any, arn: str) -> dict[str, str]:
    """The resource's tags as a mapping, after checking that no key is listed twice."""
    response = client.list_tags_for_resource(ResourceArn=arn)
    assert response["ResourceArn"] == arn
    mapping = {tag["Key"]: tag["Value"] for tag in response["Tags"]}
    assert len(mapping) == len(response["Tags"])
    return mapping


def many(count: int, prefix: str = "k") -> list[dict[str, str]]:
    return [{"Key": f"{prefix}{i}", "Value": str(i)} for i in range(count)]


@pytest.fixture
def unchecked(pinpoint_mock: Any) -> Any:
    """A client that sends what boto3 would refuse locally."""
    return new_client("us-east-1", config=Config(parameter_validation=False))


def test_every_kind_the_fake_holds_is_tested() -> None:
    assert set(KINDS) == set(STORES)


# -- tagging ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_tags_given_at_creation_are_listed(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms", env="test"))
    response = pinpoint_client.list_tags_for_resource(ResourceArn=arn)
    assert (response["ResourceArn"], response["Tags"]) == (arn, tags(team="sms", env="test"))


@pytest.mark.parametrize("kind", KINDS)
def test_a_resource_created_without_tags_lists_none(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, [])
    assert pinpoint_client.list_tags_for_resource(ResourceArn=arn)["Tags"] == []


@pytest.mark.parametrize("kind", KINDS)
def test_tag_resource_adds_to_the_tags_there_are(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms"))
    response = pinpoint_client.tag_resource(ResourceArn=arn, Tags=tags(env="test", owner="me"))
    assert set(response) == {"ResponseMetadata"}
    assert listed(pinpoint_client, arn) == {"team": "sms", "env": "test", "owner": "me"}


@pytest.mark.parametrize("kind", KINDS)
def test_tagging_an_existing_key_replaces_its_value(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms", env="test"))
    pinpoint_client.tag_resource(ResourceArn=arn, Tags=tags(team="voice"))
    assert listed(pinpoint_client, arn) == {"team": "voice", "env": "test"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_key_given_twice_in_one_request_keeps_its_last_value(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, [])
    pinpoint_client.tag_resource(
        ResourceArn=arn, Tags=[{"Key": "a", "Value": "1"}, {"Key": "a", "Value": "2"}]
    )
    assert listed(pinpoint_client, arn) == {"a": "2"}


@pytest.mark.parametrize("kind", KINDS)
def test_untag_removes_only_the_keys_given_and_ignores_absent_ones(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms", env="test", owner="me"))
    response = pinpoint_client.untag_resource(ResourceArn=arn, TagKeys=["env", "absent", "Team"])
    assert set(response) == {"ResponseMetadata"}
    assert listed(pinpoint_client, arn) == {"team": "sms", "owner": "me"}
    pinpoint_client.untag_resource(ResourceArn=arn, TagKeys=["absent"])
    assert listed(pinpoint_client, arn) == {"team": "sms", "owner": "me"}


@pytest.mark.parametrize("kind", KINDS)
def test_tags_are_per_resource(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms"))
    other = create(pinpoint_client, "pool" if kind != "pool" else "opt-out-list", tags(other="yes"))
    pinpoint_client.tag_resource(ResourceArn=arn, Tags=tags(env="test"))
    pinpoint_client.untag_resource(ResourceArn=other, TagKeys=["team", "other"])
    assert (listed(pinpoint_client, arn), listed(pinpoint_client, other)) == (
        {"team": "sms", "env": "test"},
        {},
    )


# -- the tags-per-resource quota --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_more_tags_than_the_limit_in_total_exceed_the_quota(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, many(LIMIT - 10))
    response = client_error(pinpoint_client.tag_resource, ResourceArn=arn, Tags=many(11, prefix="new"))
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ServiceQuotaExceededException",
        "TAGS_PER_RESOURCE",
    )
    assert listed(pinpoint_client, arn) == {tag["Key"]: tag["Value"] for tag in many(LIMIT - 10)}


@pytest.mark.parametrize("kind", KINDS)
def test_exactly_the_limit_is_allowed_and_existing_keys_may_still_change(
    pinpoint_client: Any, kind: str
) -> None:
    arn = create(pinpoint_client, kind, many(LIMIT - 10))
    pinpoint_client.tag_resource(ResourceArn=arn, Tags=many(10, prefix="new"))
    assert len(listed(pinpoint_client, arn)) == LIMIT
    pinpoint_client.tag_resource(
        ResourceArn=arn, Tags=[{"Key": "k0", "Value": "changed"}, *many(3, prefix="new")]
    )
    after = listed(pinpoint_client, arn)
    assert (len(after), after["k0"]) == (LIMIT, "changed")
    response = client_error(pinpoint_client.tag_resource, ResourceArn=arn, Tags=tags(one_more="x"))
    assert response["Reason"] == "TAGS_PER_RESOURCE"
    pinpoint_client.untag_resource(ResourceArn=arn, TagKeys=["k1"])
    pinpoint_client.tag_resource(ResourceArn=arn, Tags=tags(one_more="x"))
    assert len(listed(pinpoint_client, arn)) == LIMIT


def test_a_full_request_on_a_tagged_resource_exceeds_the_quota(pinpoint_client: Any) -> None:
    arn = create(pinpoint_client, "pool", tags(team="sms"))
    response = client_error(pinpoint_client.tag_resource, ResourceArn=arn, Tags=many(LIMIT))
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ServiceQuotaExceededException",
        "TAGS_PER_RESOURCE",
    )
    assert listed(pinpoint_client, arn) == {"team": "sms"}


# -- ARNs that name nothing the caller may tag ------------------------------------------------------------


def calls(client: Any) -> list[tuple[Any, dict[str, Any]]]:
    return [
        (client.list_tags_for_resource, {}),
        (client.tag_resource, {"Tags": tags(a="b")}),
        (client.untag_resource, {"TagKeys": ["a"]}),
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("region", "account"), [("us-west-2", ACCOUNT), ("us-east-1", OTHER_ACCOUNT)])
def test_a_resource_of_another_region_or_account_is_not_found(
    pinpoint_client: Any, pinpoint_mock: Any, kind: str, region: str, account: str
) -> None:
    foreign = seed(pinpoint_mock.backend(region, account_id=account), kind)
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=foreign, **extra)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            kind,
            foreign,
        )
    assert pinpoint_mock.backend(region, account_id=account).list_tags_for_resource(foreign).tags == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_deleted_resource_is_not_found(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms"))
    delete(pinpoint_client, kind, arn)
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            kind,
            arn,
        )


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind in SHAREABLE])
def test_only_the_owner_tags_a_shared_resource(pinpoint_client: Any, monkeypatch: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, tags(team="sms"))
    policy = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": OTHER_ACCOUNT}, "Action": "sms-voice:*"}],
    }
    if kind != "notify-configuration":  # the one kind that takes no policy: it is never shared
        pinpoint_client.put_resource_policy(ResourceArn=arn, Policy=json.dumps(policy))
    monkeypatch.setenv("MOTO_ACCOUNT_ID", OTHER_ACCOUNT)
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", kind)
    monkeypatch.delenv("MOTO_ACCOUNT_ID")
    assert listed(pinpoint_client, arn) == {"team": "sms"}


@pytest.mark.parametrize("kind", sorted(set(KINDS) - SHAREABLE))
def test_a_kind_no_resource_policy_shares_cannot_have_one(pinpoint_client: Any, kind: str) -> None:
    arn = create(pinpoint_client, kind, [])
    policy = json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"AWS": OTHER_ACCOUNT}}]})
    for call, extra in [
        (pinpoint_client.put_resource_policy, {"Policy": policy}),
        (pinpoint_client.get_resource_policy, {}),
        (pinpoint_client.delete_resource_policy, {}),
    ]:
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert listed(pinpoint_client, arn) == {}


UNHELD = sorted(set(enum_values("ResourceType")) - set(KINDS))


@pytest.mark.parametrize("resource_type", UNHELD)
def test_a_resource_type_the_fake_never_holds_is_not_found(pinpoint_client: Any, resource_type: str) -> None:
    arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:{resource_type}/x"
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            resource_type,
            arn,
        )


def test_a_configuration_set_arn_is_not_found_as_a_configuration_set(pinpoint_client: Any) -> None:
    arn = f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:configuration-set/x"
    response = client_error(pinpoint_client.list_tags_for_resource, ResourceArn=arn)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "configuration-set",
        arn,
    )


@pytest.mark.parametrize(
    "arn",
    [
        f"arn:aws:sns:us-east-1:{ACCOUNT}:inbound-sms",
        f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:widget/x",
        f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:sender-id/ACME",
        f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:pool",
        f"arn:aws:mobiletargeting:us-east-1:{ACCOUNT}:pool/x",
    ],
    ids=["sns", "unknown-type", "sender-id-without-country", "no-id", "other-service-same-type"],
)
def test_an_arn_that_is_not_of_this_services_resources_is_invalid(pinpoint_client: Any, arn: str) -> None:
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
        assert [field["Name"] for field in response["Fields"]] == ["ResourceArn"]


def test_a_value_that_is_no_arn_fails_the_arn_pattern(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()
    for call, extra in calls(pinpoint_client):
        response = client_error(call, ResourceArn=pool.pool_id, **extra)
        assert (response["Error"]["Code"], response["Reason"]) == (
            "ValidationException",
            "FIELD_VALIDATION_FAILED",
        )
        assert response["Fields"] == [
            {
                "Name": "ResourceArn",
                "Message": "Member must satisfy regular expression pattern: arn:[A-Za-z0-9_:/-]+",
            }
        ]


def test_a_short_value_that_is_no_arn_fails_length_and_pattern(unchecked: Any) -> None:
    response = client_error(unchecked.list_tags_for_resource, ResourceArn="Default")
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "FIELD_VALIDATION_FAILED",
    )
    assert response["Fields"] == [
        {"Name": "ResourceArn", "Message": "Member must have length greater than or equal to 20"},
        {
            "Name": "ResourceArn",
            "Message": "Member must satisfy regular expression pattern: arn:[A-Za-z0-9_:/-]+",
        },
    ]


def test_tag_resource_needs_at_least_one_tag_and_untag_one_key(unchecked: Any) -> None:
    arn = create(unchecked, "opt-out-list", tags(team="sms"))
    for call, extra in ((unchecked.tag_resource, {"Tags": []}), (unchecked.untag_resource, {"TagKeys": []})):
        response = client_error(call, ResourceArn=arn, **extra)
        assert (response["Error"]["Code"], response["Reason"]) == (
            "ValidationException",
            "FIELD_VALIDATION_FAILED",
        )
        assert [field["Name"] for field in response["Fields"]] == list(extra)
    assert listed(unchecked, arn) == {"team": "sms"}
