"""The reserved JSON API past the five first seeds: every seeding method of the backend, the review of a
registration, an end user's message and the inbox, over raw HTTP as a client in another language sends them,
each checked through the service's own operations on the same endpoint (raw JSON 1.0 requests too)."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest

import pinpoint_fake
from pinpoint_fake import ThreadedPinpointServer
from pinpoint_fake.server.admin import ROUTES

from .server_helpers import LOOPBACK_ONLY, Answer, admin, server, service

pytestmark = LOOPBACK_ONLY
__all__ = ["server"]  # the fixture

US = "+12065550199"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n"


def ok(answer: Answer) -> Any:
    assert answer.status == 200, answer.body
    return answer.document


def refused(answer: Answer, code: str, reason: str | None = None) -> dict[str, Any]:
    """The service's error, AWS-shaped: its type, its reason, never a traceback."""
    assert (answer.status, answer.headers["content-type"]) == (400, "application/x-amz-json-1.0")
    document: dict[str, Any] = answer.document
    assert (document["__type"], document.get("Reason")) == (code, reason)
    assert b"Traceback" not in answer.body
    return document


def fields_of(document: dict[str, Any]) -> dict[str, str]:
    return {field["Name"]: field["Message"] for field in document["Fields"]}


def backend() -> Any:
    return pinpoint_fake.pinpoint_backends["123456789012"]["us-east-1"]


def test_every_seeding_method_of_the_backend_has_a_route() -> None:
    methods = {name for name in dir(pinpoint_fake.PinpointBackend) if name.startswith("seed_")}
    calls = {route.call for route in ROUTES.values()}
    assert methods | {"review_registration", "receive_message", "sent_messages", "received_messages"} == calls
    assert ROUTES["seed/rcs-country-launch"].call == "seed_rcs_country_launch"
    assert ROUTES["receive-message"].call == "receive_message"


# -- the account, what happens to messages, configuration sets, verified numbers -------------------------


def test_the_account_is_put_in_the_sandbox_and_its_spend_seeded(server: ThreadedPinpointServer) -> None:
    account = ok(
        admin(server, "seed/account", {"Tier": "SANDBOX", "MonthlySpend": {"TEXT": "0.5", "VOICE": 0.25}})
    )
    [[month, spent]] = account["MonthlySpend"]["TEXT_MESSAGE_MONTHLY_SPEND_LIMIT"].items()
    assert re.fullmatch(r"\d{4}-\d{2}", month)
    assert (account["Tier"], spent, account["MonthlySpend"]["VOICE_MESSAGE_MONTHLY_SPEND_LIMIT"][month]) == (
        "SANDBOX",
        "0.5",
        "0.25",
    )
    assert ok(service(server, "DescribeAccountAttributes"))["AccountAttributes"] == [
        {"Name": "ACCOUNT_TIER", "Value": "SANDBOX"}
    ]


def test_a_month_spent_to_its_limit_refuses_the_next_send(server: ThreadedPinpointServer) -> None:
    limits = ok(service(server, "DescribeSpendLimits"))["SpendLimits"]
    [limit] = [item["EnforcedLimit"] for item in limits if item["Name"] == "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT"]
    ok(admin(server, "seed/account", {"MonthlySpend": {"TEXT": limit}}))
    origin = ok(admin(server, "seed/phone-number"))["PhoneNumber"]
    sent = service(
        server, "SendTextMessage", DestinationPhoneNumber=US, OriginationIdentity=origin, MessageBody="x"
    )
    refused(sent, "ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")


@pytest.mark.parametrize(
    ("document", "reason", "says"),
    [
        ({"Tier": "TRIAL"}, "INVALID_PARAMETER", "tier must be one of"),
        ({"MonthlySpend": {"SMS": "1"}}, "INVALID_PARAMETER", "no spend limit for 'SMS'"),
        (
            {"MonthlySpend": {"TEXT": True}},
            "FIELD_VALIDATION_FAILED",
            "MonthlySpend: Member must be an object",
        ),
        ({"Tier": 1}, "FIELD_VALIDATION_FAILED", "Tier: Member must be a string"),
    ],
)
def test_what_is_no_tier_or_spend_is_refused(
    server: ThreadedPinpointServer, document: dict[str, Any], reason: str, says: str
) -> None:
    assert says in refused(admin(server, "seed/account", document), "ValidationException", reason)["Message"]
    assert backend().account.tier == "PRODUCTION"


def test_a_delivery_outcome_decides_the_events_of_the_next_send(server: ThreadedPinpointServer) -> None:
    seeded = admin(server, "seed/delivery-outcome", {"DestinationPhoneNumber": US, "Outcome": "TEXT_BLOCKED"})
    assert ok(seeded) == {"EventTypes": ["TEXT_PENDING", "TEXT_BLOCKED"]}
    origin = ok(admin(server, "seed/phone-number"))["PhoneNumber"]
    ok(
        service(
            server, "SendTextMessage", DestinationPhoneNumber=US, OriginationIdentity=origin, MessageBody="x"
        )
    )
    [message] = ok(admin(server, "sent-messages", method="GET"))["SentMessages"]
    assert [event["EventType"] for event in message["Events"]] == ["TEXT_PENDING", "TEXT_BLOCKED"]


def test_an_outcome_that_no_message_ends_with_is_refused(server: ThreadedPinpointServer) -> None:
    group = admin(server, "seed/delivery-outcome", {"DestinationPhoneNumber": US, "Outcome": "TEXT_ALL"})
    assert (
        "not an event type a message can end with"
        in refused(group, "ValidationException", "INVALID_PARAMETER")["Message"]
    )
    unknown = admin(
        server, "seed/delivery-outcome", {"DestinationPhoneNumber": "abc", "Outcome": "TEXT_LOST"}
    )
    assert set(fields_of(refused(unknown, "ValidationException", "FIELD_VALIDATION_FAILED"))) == {
        "DestinationPhoneNumber",
        "Outcome",
    }
    missing = admin(server, "seed/delivery-outcome", {"Outcome": "TEXT_BLOCKED"})
    assert fields_of(refused(missing, "ValidationException", "MISSING_PARAMETER")) == {
        "DestinationPhoneNumber": "Member is required"
    }
    assert backend().delivery_outcomes == {}


DESTINATION = {  # an event destination, as the model writes one
    "EventDestinationName": "receipts",
    "Enabled": True,
    "MatchingEventTypes": ["TEXT_DELIVERED"],
    "SnsDestination": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:receipts"},
}


def test_a_configuration_set_is_seeded(server: ThreadedPinpointServer) -> None:
    seeded = ok(
        admin(
            server,
            "seed/configuration-set",
            {
                "ConfigurationSetName": "alerts",
                "DefaultSenderId": "ACME",
                "EventDestinations": [DESTINATION],
                "Tags": [{"Key": "team", "Value": "a"}],
            },
        )
    )
    [described] = ok(service(server, "DescribeConfigurationSets"))["ConfigurationSets"]
    assert described["ConfigurationSetArn"] == seeded["ConfigurationSetArn"]
    assert (described["ConfigurationSetName"], described["DefaultSenderId"]) == ("alerts", "ACME")
    assert described["EventDestinations"] == seeded["EventDestinations"] == [DESTINATION]
    tags = ok(service(server, "ListTagsForResource", ResourceArn=seeded["ConfigurationSetArn"]))["Tags"]
    assert tags == [{"Key": "team", "Value": "a"}]
    again = admin(server, "seed/configuration-set", {"ConfigurationSetName": "alerts"})
    assert "already stored" in refused(again, "ValidationException", "INVALID_PARAMETER")["Message"]
    nameless = refused(
        admin(server, "seed/configuration-set", {}), "ValidationException", "MISSING_PARAMETER"
    )
    assert fields_of(nameless) == {"ConfigurationSetName": "Member is required"}


def test_a_verified_destination_number_is_seeded_in_any_status(server: ThreadedPinpointServer) -> None:
    seeded = ok(admin(server, "seed/verified-destination-number", {"DestinationPhoneNumber": US}))
    pending = ok(
        admin(
            server,
            "seed/verified-destination-number",
            {"DestinationPhoneNumber": "12065550198", "Status": "PENDING"},
        )
    )
    described = ok(service(server, "DescribeVerifiedDestinationNumbers"))["VerifiedDestinationNumbers"]
    assert [
        (item["VerifiedDestinationNumberId"], item["DestinationPhoneNumber"], item["Status"])
        for item in described
    ] == [
        (seeded["VerifiedDestinationNumberId"], US, "VERIFIED"),
        (pending["VerifiedDestinationNumberId"], "+12065550198", "PENDING"),
    ]
    bad = admin(server, "seed/verified-destination-number", {"DestinationPhoneNumber": US, "Status": "MAYBE"})
    assert list(fields_of(refused(bad, "ValidationException", "FIELD_VALIDATION_FAILED"))) == ["Status"]


# -- protect configurations -------------------------------------------------------------------------------


def test_a_protect_configuration_and_its_number_override_are_seeded(server: ThreadedPinpointServer) -> None:
    configuration = ok(
        admin(
            server,
            "seed/protect-configuration",
            {"CountryRules": {"SMS": {"US": "BLOCK"}}, "AccountDefault": True},
        )
    )
    configuration_id = configuration["ProtectConfigurationId"]
    assert configuration["AccountDefault"] is True
    rules = ok(
        service(
            server,
            "GetProtectConfigurationCountryRuleSet",
            ProtectConfigurationId=configuration_id,
            NumberCapability="SMS",
        )
    )["CountryRuleSet"]
    assert (rules["US"], rules["GB"]) == ({"ProtectStatus": "BLOCK"}, {"ProtectStatus": "ALLOW"})
    override = ok(
        admin(
            server,
            "seed/protect-number-override",
            {
                "ProtectConfigurationId": configuration["ProtectConfigurationArn"],
                "DestinationPhoneNumber": US,
                "Action": "ALLOW",
                "ExpirationTimestamp": "2030-01-01T00:00:00Z",
            },
        )
    )
    assert (override["IsoCountryCode"], override["ExpirationTimestamp"]) == ("US", 1893456000.0)
    listed = ok(
        service(
            server, "ListProtectConfigurationRuleSetNumberOverrides", ProtectConfigurationId=configuration_id
        )
    )["RuleSetNumberOverrides"]
    assert [(item["DestinationPhoneNumber"], item["Action"]) for item in listed] == [(US, "ALLOW")]


def test_a_protect_configuration_refuses_what_the_model_does_not_allow(
    server: ThreadedPinpointServer,
) -> None:
    nowhere = admin(server, "seed/protect-configuration", {"CountryRules": {"SMS": {"ZZ": "BLOCK"}}})
    assert (
        "no rule for SMS in ['ZZ']" in refused(nowhere, "ValidationException", "INVALID_PARAMETER")["Message"]
    )
    flat = admin(server, "seed/protect-configuration", {"CountryRules": {"SMS": "BLOCK"}})
    assert "CountryRules" in fields_of(refused(flat, "ValidationException", "FIELD_VALIDATION_FAILED"))
    unknown = admin(
        server,
        "seed/protect-number-override",
        {"ProtectConfigurationId": "protect-missing", "DestinationPhoneNumber": US, "Action": "ALLOW"},
    )
    assert refused(unknown, "ResourceNotFoundException")["ResourceId"] == "protect-missing"
    actionless = admin(server, "seed/protect-number-override", {"ProtectConfigurationId": "protect-missing"})
    assert set(fields_of(refused(actionless, "ValidationException", "MISSING_PARAMETER"))) == {
        "DestinationPhoneNumber",
        "Action",
    }
    assert list(backend().protect_configurations.values()) == []


# -- RCS ---------------------------------------------------------------------------------------------------


def test_an_rcs_agent_its_launch_and_its_pool_are_seeded(server: ThreadedPinpointServer) -> None:
    agent = ok(
        admin(
            server,
            "seed/rcs-agent",
            {
                "Status": "ACTIVE",
                "TestingAgent": {
                    "Status": "ACTIVE",
                    "RegistrationId": "registration-1",
                    "TestingAgentId": None,
                },
                "Tags": [{"Key": "brand", "Value": "acme"}],
            },
        )
    )
    assert agent["TestingAgent"] == {"Status": "ACTIVE", "RegistrationId": "registration-1"}
    [described] = ok(service(server, "DescribeRcsAgents"))["RcsAgents"]
    assert (described["RcsAgentId"], described["Status"], described["TestingAgent"]["Status"]) == (
        agent["RcsAgentId"],
        "ACTIVE",
        "ACTIVE",
    )
    launch = ok(
        admin(
            server,
            "seed/rcs-country-launch",
            {
                "RcsAgentId": agent["RcsAgentArn"],
                "IsoCountryCode": "US",
                "Carriers": {"A": "ACTIVE", "B": "PENDING"},
            },
        )
    )
    assert (launch["Status"], launch["CarrierStatus"]) == (
        "PARTIAL",
        [{"CarrierName": "A", "Status": "ACTIVE"}, {"CarrierName": "B", "Status": "PENDING"}],
    )
    [country] = ok(service(server, "DescribeRcsAgentCountryLaunchStatus", RcsAgentId=agent["RcsAgentId"]))[
        "CountryLaunchStatus"
    ]
    assert (country["IsoCountryCode"], country["Status"]) == ("US", "PARTIAL")
    pool = ok(admin(server, "seed/pool", {"OriginationIdentities": [agent["RcsAgentId"]]}))
    members = ok(service(server, "ListPoolOriginationIdentities", PoolId=pool["PoolId"]))[
        "OriginationIdentities"
    ]
    assert [member["OriginationIdentityArn"] for member in members] == [agent["RcsAgentArn"]]


def test_rcs_seeds_refuse_what_the_model_or_the_catalog_does_not_allow(
    server: ThreadedPinpointServer,
) -> None:
    half = admin(server, "seed/rcs-agent", {"TestingAgent": {"Status": "ACTIVE"}})
    assert fields_of(refused(half, "ValidationException", "FIELD_VALIDATION_FAILED")) == {
        "TestingAgent.RegistrationId": "Member must not be null"
    }
    agent = ok(admin(server, "seed/rcs-agent"))["RcsAgentId"]
    nowhere = admin(server, "seed/rcs-country-launch", {"RcsAgentId": agent, "IsoCountryCode": "ZZ"})
    assert (
        "RCS does not launch in ZZ" in refused(nowhere, "ValidationException", "INVALID_PARAMETER")["Message"]
    )
    unknown = admin(server, "seed/rcs-country-launch", {"RcsAgentId": "rcs-missing", "IsoCountryCode": "US"})
    assert (refused(unknown, "ResourceNotFoundException")["ResourceType"]) == "rcs-agent"
    statuses = admin(
        server, "seed/rcs-country-launch", {"RcsAgentId": agent, "IsoCountryCode": "US", "CarrierStatus": []}
    )
    assert "CarrierStatus" in fields_of(refused(statuses, "ValidationException", "FIELD_VALIDATION_FAILED"))


def test_a_destination_without_rcs_is_seeded(server: ThreadedPinpointServer) -> None:
    assert ok(admin(server, "seed/destination-without-rcs", {"PhoneNumber": "12065550199"})) == {
        "PhoneNumber": US
    }
    assert backend().destinations_without_rcs == {US}
    nowhere = admin(server, "seed/destination-without-rcs", {"PhoneNumber": "+999123456"})
    assert "a number of no country" in refused(nowhere, "ValidationException", "INVALID_PARAMETER")["Message"]


# -- Notify ------------------------------------------------------------------------------------------------


def test_notify_configurations_templates_and_countries_are_seeded(server: ThreadedPinpointServer) -> None:
    pool = ok(admin(server, "seed/pool"))["PoolId"]
    configuration = ok(
        admin(server, "seed/notify-configuration", {"Tier": "ADVANCED", "PoolId": pool, "Status": "REJECTED"})
    )
    [described] = ok(service(server, "DescribeNotifyConfigurations"))["NotifyConfigurations"]
    assert (
        described["NotifyConfigurationId"],
        described["Tier"],
        described["PoolId"],
        described["Status"],
    ) == (
        configuration["NotifyConfigurationId"],
        "ADVANCED",
        pool,
        "REJECTED",
    )
    variables = {"code": {"Type": "STRING", "Required": True, "MaxLength": 8}}
    ok(
        admin(
            server,
            "seed/notify-template",
            {"TemplateId": "my-template-001", "LanguageCode": "es", "Variables": variables},
        )
    )
    [template] = ok(service(server, "DescribeNotifyTemplates", TemplateIds=["my-template-001"]))[
        "NotifyTemplates"
    ]
    assert (template["LanguageCode"], template["Variables"]) == ("es", variables)
    ok(admin(server, "seed/notify-country", {"IsoCountryCode": "ZZ", "CountryName": "Elsewhere"}))
    countries = ok(service(server, "ListNotifyCountries", Tier="ADVANCED", MaxResults=100))["NotifyCountries"]
    assert {"IsoCountryCode": "ZZ", "CountryName": "Elsewhere"}.items() <= countries[-1].items()


def test_notify_seeds_refuse_what_the_model_or_the_backend_does_not_allow(
    server: ThreadedPinpointServer,
) -> None:
    orphan = admin(server, "seed/notify-configuration", {"PoolId": "pool-missing"})
    assert (
        "pool-missing is not a pool" in refused(orphan, "ValidationException", "INVALID_PARAMETER")["Message"]
    )
    variable = admin(
        server, "seed/notify-template", {"TemplateId": "t-1", "Variables": {"code": {"Type": "WORD"}}}
    )
    assert set(fields_of(refused(variable, "ValidationException", "FIELD_VALIDATION_FAILED"))) == {
        "Variables.code.Type",
        "Variables.code.Required",
    }
    nameless = admin(server, "seed/notify-country", {"CountryName": "Elsewhere"})
    assert fields_of(refused(nameless, "ValidationException", "MISSING_PARAMETER")) == {
        "IsoCountryCode": "Member is required"
    }


# -- registrations -----------------------------------------------------------------------------------------


def test_a_registration_is_seeded_submitted_and_approved(server: ThreadedPinpointServer) -> None:
    number = ok(admin(server, "seed/phone-number", {"NumberType": "TOLL_FREE"}))
    attachment = ok(
        admin(server, "seed/registration-attachment", {"AttachmentBody": base64.b64encode(PDF).decode()})
    )
    attachments = ok(service(server, "DescribeRegistrationAttachments"))["RegistrationAttachments"]
    assert [item["RegistrationAttachmentId"] for item in attachments] == [
        attachment["RegistrationAttachmentId"]
    ]
    registration = ok(
        admin(
            server,
            "seed/registration",
            {
                "RegistrationType": "US_TOLL_FREE_REGISTRATION",
                "FieldValues": {"messagingUseCase.optInImage": attachment["RegistrationAttachmentId"]},
                "Complete": True,
                "Associations": [number["PhoneNumberArn"]],
            },
        )
    )
    registration_id = registration["RegistrationId"]
    assert registration["RegistrationStatus"] == "CREATED"
    values = ok(
        service(
            server,
            "DescribeRegistrationFieldValues",
            RegistrationId=registration_id,
            FieldPaths=["messagingUseCase.optInImage"],
        )
    )["RegistrationFieldValues"]
    assert [value["RegistrationAttachmentId"] for value in values] == [attachment["RegistrationAttachmentId"]]
    associated = ok(service(server, "ListRegistrationAssociations", RegistrationId=registration_id))
    assert [item["ResourceArn"] for item in associated["RegistrationAssociations"]] == [
        number["PhoneNumberArn"]
    ]
    ok(service(server, "SubmitRegistrationVersion", RegistrationId=registration_id))
    approved = ok(
        admin(server, "review-registration", {"RegistrationId": registration_id, "Outcome": "APPROVED"})
    )
    assert (approved["RegistrationStatus"], approved["ApprovedVersionNumber"]) == ("COMPLETE", 1)


def test_a_review_denies_with_reasons(server: ThreadedPinpointServer) -> None:
    number = ok(admin(server, "seed/phone-number", {"NumberType": "TOLL_FREE"}))["PhoneNumberId"]
    registration_id = ok(
        admin(
            server,
            "seed/registration",
            {"RegistrationType": "US_TOLL_FREE_REGISTRATION", "Complete": True, "Associations": [number]},
        )
    )["RegistrationId"]
    ok(service(server, "SubmitRegistrationVersion", RegistrationId=registration_id))
    denied = ok(
        admin(
            server,
            "review-registration",
            {
                "RegistrationId": registration_id,
                "Outcome": "DENIED",
                "DeniedReasons": ["Opt-in unclear", {"Reason": "Volume", "ShortDescription": "Too many"}],
                "FieldDeniedReasons": {"messagingUseCase.optInImage": "Unreadable"},
                "Feedback": "Try again",
            },
        )
    )
    assert (denied["RegistrationStatus"], denied["LatestDeniedVersionNumber"]) == ("REQUIRES_UPDATES", 1)
    [version] = ok(service(server, "DescribeRegistrationVersions", RegistrationId=registration_id))[
        "RegistrationVersions"
    ]
    assert version["RegistrationVersionStatus"] == "DENIED"
    assert [(reason["Reason"], reason["ShortDescription"]) for reason in version["DeniedReasons"]] == [
        ("Opt-in unclear", "Opt-in unclear"),
        ("Volume", "Too many"),
    ]
    assert version["Feedback"] == "Try again"


def test_registration_seeds_and_reviews_refuse_what_cannot_be(server: ThreadedPinpointServer) -> None:
    unknown = admin(server, "seed/registration", {"RegistrationType": "MARS_SENDER_ID_REGISTRATION"})
    assert (
        "not a registration type of the catalog"
        in (refused(unknown, "ValidationException", "INVALID_PARAMETER")["Message"])
    )
    fieldless = admin(server, "seed/registration", {"FieldValues": {"no.such": "x"}})
    assert "has no field no.such" in refused(fieldless, "ValidationException", "INVALID_PARAMETER")["Message"]
    nothing = admin(server, "seed/registration", {"Associations": ["registration-missing"]})
    assert refused(nothing, "ResourceNotFoundException")["ResourceType"] == "registration"
    wrong = admin(server, "seed/registration", {"Complete": "yes", "FieldValues": ["x"]})
    assert set(fields_of(refused(wrong, "ValidationException", "FIELD_VALIDATION_FAILED"))) == {
        "Complete",
        "FieldValues",
    }
    draft = ok(admin(server, "seed/registration"))["RegistrationId"]
    early = admin(server, "review-registration", {"RegistrationId": draft})
    assert "only a submitted version" in refused(early, "ValidationException", "INVALID_PARAMETER")["Message"]
    reasons = admin(
        server, "review-registration", {"RegistrationId": draft, "DeniedReasons": [5, {"Reason": "r"}]}
    )
    assert set(fields_of(refused(reasons, "ValidationException", "FIELD_VALIDATION_FAILED"))) == {
        "DeniedReasons[0]",
        "DeniedReasons[1].ShortDescription",
    }
    not_pdf = admin(
        server, "seed/registration-attachment", {"AttachmentBody": base64.b64encode(b"plain").decode()}
    )
    refused(not_pdf, "ValidationException", "INVALID_PARAMETER")
    not_base64 = admin(server, "seed/registration-attachment", {"AttachmentBody": "%%%"})
    assert (
        "base64"
        in fields_of(refused(not_base64, "ValidationException", "FIELD_VALIDATION_FAILED"))["AttachmentBody"]
    )
    assert backend().registrations.get(draft).registration_status == "CREATED"


# -- an end user's message, and the inbox ------------------------------------------------------------------


def test_an_end_users_message_is_received_and_listed(server: ThreadedPinpointServer) -> None:
    number = ok(admin(server, "seed/phone-number"))["PhoneNumber"]
    received = ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "stop"},
        )
    )
    assert (received["Keyword"], received["KeywordAction"], received["OptOutListName"]) == (
        "STOP",
        "OPT_OUT",
        "Default",
    )
    assert (received["OriginationNumber"], received["DestinationNumber"], received["MessageBody"]) == (
        US,
        number,
        "stop",
    )
    assert isinstance(received["ReceivedTimestamp"], float)
    assert received["Reply"]["InReplyTo"] == received["InboundMessageId"]
    assert (received["TwoWayPayload"], received["TwoWayDelivery"]) == (None, None)
    hello = ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "hi"},
        )
    )
    assert (hello["Keyword"], hello["Reply"]) == (None, None)
    inbox = ok(admin(server, "received-messages", method="GET"))["ReceivedMessages"]
    assert [message["InboundMessageId"] for message in inbox] == [
        received["InboundMessageId"],
        hello["InboundMessageId"],
    ]
    assert ok(admin(server, "received-messages", method="GET", region="eu-west-1")) == {
        "ReceivedMessages": []
    }
    opted_out = ok(service(server, "DescribeOptedOutNumbers", OptOutListName="Default"))["OptedOutNumbers"]
    assert [(entry["OptedOutNumber"], entry["EndUserOptedOut"]) for entry in opted_out] == [(US, True)]


def test_a_message_to_no_number_of_the_account_is_refused(server: ThreadedPinpointServer) -> None:
    stray = admin(
        server,
        "receive-message",
        {"OriginationNumber": US, "DestinationNumber": "+12065550100", "MessageBody": "hi"},
    )
    assert (
        "not a phone number of this account"
        in refused(stray, "ValidationException", "INVALID_PARAMETER")["Message"]
    )
    blank = admin(
        server, "receive-message", {"OriginationNumber": US, "DestinationNumber": "+1", "MessageBody": ""}
    )
    assert set(fields_of(refused(blank, "ValidationException", "FIELD_VALIDATION_FAILED"))) == {
        "DestinationNumber",
        "MessageBody",
    }
    assert backend().received_messages == []


def test_the_query_names_the_account_and_region_of_every_route(server: ThreadedPinpointServer) -> None:
    query = {"region": "eu-west-1", "account_id": "111111111111"}
    number = ok(admin(server, "seed/phone-number", **query))["PhoneNumber"]
    ok(admin(server, "seed/account", {"Tier": "SANDBOX"}, **query))
    ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "x"},
            **query,
        )
    )
    elsewhere = pinpoint_fake.pinpoint_backends["111111111111"]["eu-west-1"]
    assert (elsewhere.account.tier, len(elsewhere.received_messages)) == ("SANDBOX", 1)
    assert ok(admin(server, "received-messages", method="GET"))["ReceivedMessages"] == []
    assert backend().account.tier == "PRODUCTION"


# -- the whole of a sandbox test, over HTTP ----------------------------------------------------------------


def test_a_sandbox_flow_end_to_end_over_http(server: ThreadedPinpointServer) -> None:
    """What a test in another language does: sandbox, verify a number, send, the end user says STOP."""
    ok(admin(server, "seed/account", {"Tier": "SANDBOX"}))
    origin = ok(
        service(
            server,
            "RequestPhoneNumber",
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )
    )
    unverified = service(
        server,
        "SendTextMessage",
        DestinationPhoneNumber=US,
        OriginationIdentity=origin["PhoneNumberId"],
        MessageBody="Hi",
    )
    refused(unverified, "ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")
    verified_id = ok(service(server, "CreateVerifiedDestinationNumber", DestinationPhoneNumber=US))[
        "VerifiedDestinationNumberId"
    ]
    ok(
        service(
            server,
            "SendDestinationNumberVerificationCode",
            VerifiedDestinationNumberId=verified_id,
            VerificationChannel="TEXT",
            OriginationIdentity=origin["PhoneNumberId"],
        )
    )
    [code_message] = ok(admin(server, "sent-messages", method="GET"))["SentMessages"]
    code = re.fullmatch(r"Your verification code is (\d{6})", code_message["MessageBody"])
    assert code is not None
    assert code_message["DestinationPhoneNumber"] == US
    verified = ok(
        service(
            server,
            "VerifyDestinationNumber",
            VerifiedDestinationNumberId=verified_id,
            VerificationCode=code[1],
        )
    )
    assert verified["Status"] == "VERIFIED"
    sent = ok(
        service(
            server,
            "SendTextMessage",
            DestinationPhoneNumber=US,
            OriginationIdentity=origin["PhoneNumberId"],
            MessageBody="Hi",
        )
    )
    stop = ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": origin["PhoneNumber"], "MessageBody": "STOP"},
        )
    )
    assert stop["KeywordAction"] == "OPT_OUT"
    again = service(
        server,
        "SendTextMessage",
        DestinationPhoneNumber=US,
        OriginationIdentity=origin["PhoneNumberId"],
        MessageBody="Hi",
    )
    refused(again, "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")
    outbox = ok(admin(server, "sent-messages", method="GET"))["SentMessages"]
    assert [message["MessageId"] for message in outbox][1:3] == [
        sent["MessageId"],
        stop["Reply"]["MessageId"],
    ]
    assert len(outbox) == 3


# -- draining the outbox and the inbox ---------------------------------------------------------------------


def test_the_outbox_and_the_inbox_are_drained(server: ThreadedPinpointServer) -> None:
    number = ok(admin(server, "seed/phone-number"))["PhoneNumber"]
    stop = ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "STOP"},
        )
    )
    drained = ok(admin(server, "sent-messages", method="DELETE"))["SentMessages"]
    assert [message["MessageId"] for message in drained] == [stop["Reply"]["MessageId"]]
    assert ok(admin(server, "sent-messages", method="GET")) == {"SentMessages": []}
    feedback = service(
        server, "PutMessageFeedback", MessageId=drained[0]["MessageId"], MessageFeedbackStatus="RECEIVED"
    )
    assert ok(feedback)["MessageId"] == drained[0]["MessageId"]  # as after backend.sent_messages.clear()
    inbox = ok(admin(server, "received-messages", method="DELETE"))["ReceivedMessages"]
    assert [message["InboundMessageId"] for message in inbox] == [stop["InboundMessageId"]]
    assert (backend().sent_messages, backend().received_messages) == ([], [])
    again = ok(
        admin(
            server,
            "receive-message",
            {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "HELP"},
        )
    )
    [reply] = ok(admin(server, "sent-messages", method="GET"))["SentMessages"]
    assert reply["MessageId"] == again["Reply"]["MessageId"]


def test_a_drain_empties_only_the_backend_the_query_names(server: ThreadedPinpointServer) -> None:
    here = ok(admin(server, "seed/phone-number"))["PhoneNumber"]
    there = ok(admin(server, "seed/phone-number", region="eu-west-1"))["PhoneNumber"]
    for number, query in ((here, {}), (there, {"region": "eu-west-1"})):
        message = {"OriginationNumber": US, "DestinationNumber": number, "MessageBody": "STOP"}
        ok(admin(server, "receive-message", message, **query))
    assert len(ok(admin(server, "sent-messages", method="DELETE", region="eu-west-1"))["SentMessages"]) == 1
    assert len(ok(admin(server, "sent-messages", method="GET"))["SentMessages"]) == 1


@pytest.mark.parametrize("account_id", ["abc", "12345678901", "1234567890123", "12345678901x"])
def test_an_account_id_that_is_not_twelve_digits_is_refused(
    server: ThreadedPinpointServer, account_id: str
) -> None:
    answer = admin(server, "seed/pool", {}, account_id=account_id)
    assert "12 digits" in refused(answer, "ValidationException", "INVALID_PARAMETER")["Message"]
    assert list(pinpoint_fake.pinpoint_backends) == []


# -- the README's table of routes --------------------------------------------------------------------------


def _readme_routes() -> dict[tuple[str, str], list[str]]:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    rows = re.findall(r"^\| `(GET|POST|DELETE) /pinpoint-api/([a-z/-]+)` \|(.*)\|$", readme, re.M)
    return {(method, path): [cell.strip() for cell in cells.split("|")] for method, path, cells in rows}


def test_the_readme_lists_every_route_as_it_is_served() -> None:
    listed = _readme_routes()
    served = {(method, path) for path, route in ROUTES.items() for method in route.methods}
    assert set(listed) == served | {("POST", "reset")}
    for (_method, path), (calls, answers, members) in listed.items():
        if path == "reset":
            continue
        route = ROUTES[path]
        assert f"`{route.call}`" in calls or f"`backend.{route.call}`" in calls
        if route.shape is not None:
            assert re.findall(r"`(\w+)`", answers)[0] == route.shape
        named = set(re.findall(r"`([A-Z]\w+)`", members))
        attributes = route.attributes()
        assert named <= set(route.arguments) | set(attributes), path
        assert set(route.arguments) <= named, path
        assert ("Tags" in named) == ("Tags" in attributes), path
        assert all(member in named for member in route.required), path
        assert ("required" in members) == bool(route.required), path


@pytest.mark.parametrize(
    ("route", "document", "member"),
    [
        ("seed/pool", {"OriginationIdentities": ["arn:aws:s3:::bucket"]}, "OriginationIdentities[0]"),
        (
            "seed/pool",
            {"OriginationIdentities": ["arn:aws:sms-voice:us-east-1:123456789012:sender-id/MySender"]},
            "OriginationIdentities[0]",
        ),
        (
            "seed/registration",
            {
                "RegistrationType": "US_TOLL_FREE_REGISTRATION",
                "Associations": ["arn:aws:sms-voice:us-east-1:123456789012:registration/"],
            },
            "Associations[0]",
        ),
    ],
)
def test_a_reference_the_lookup_cannot_read_is_a_problem_of_the_routes_member(
    server: ThreadedPinpointServer, route: str, document: dict[str, Any], member: str
) -> None:
    problem = refused(admin(server, route, document), "ValidationException", "FIELD_VALIDATION_FAILED")
    assert list(fields_of(problem)) == [member]
    assert list(backend().pools.values()) == []
    assert list(backend().registrations.values()) == []
