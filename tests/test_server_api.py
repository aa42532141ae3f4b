"""The endpoint's reserved JSON API (``/pinpoint-api/``): seeding, reset and the outbox over HTTP, as a test
in another language would use them, checked through boto3 pointed at the same endpoint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pytest

import pinpoint_fake
from pinpoint_fake import ThreadedPinpointServer
from pinpoint_fake.server.arguments import Invalid, checked
from pinpoint_fake.service_model import shape

from .helpers import client_error, request_number
from .server_helpers import LOOPBACK_ONLY, REGION, admin, client_of, raw, server

pytestmark = LOOPBACK_ONLY
__all__ = ["server"]  # the fixture

DEFAULT_ACCOUNT = "123456789012"


def test_a_seeded_phone_number_is_answered_as_describe_writes_it(server: ThreadedPinpointServer) -> None:
    answer = admin(
        server, "seed/phone-number", {"Status": "PENDING", "TwoWayEnabled": True, "OptOutListName": "Alerts"}
    )
    assert answer.status == 200
    seeded = answer.document
    [described] = client_of(server).describe_phone_numbers()["PhoneNumbers"]
    assert seeded["PhoneNumberId"] == described["PhoneNumberId"]
    assert (seeded["Status"], seeded["TwoWayEnabled"], seeded["OptOutListName"]) == (
        "PENDING",
        True,
        "Alerts",
    )
    assert set(seeded) == set(described)
    lists = client_of(server).describe_opt_out_lists()["OptOutLists"]
    assert [item["OptOutListName"] for item in lists] == ["Default", "Alerts"]


def test_a_pool_is_seeded_from_identities_named_as_the_api_names_them(server: ThreadedPinpointServer) -> None:
    number = admin(server, "seed/phone-number").document
    other = admin(server, "seed/phone-number").document
    sender = admin(server, "seed/sender-id", {"SenderId": "ACME", "IsoCountryCode": "GB"}).document
    pool = admin(
        server,
        "seed/pool",
        {
            "Status": "CREATING",
            "CreatedTimestamp": "2026-01-02T03:04:05Z",
            "Tags": [{"Key": "team", "Value": "alerts"}],
            "OriginationIdentities": [
                number["PhoneNumberId"],
                other["PhoneNumberArn"],
                {"SenderId": "ACME", "IsoCountryCode": "GB"},
            ],
        },
    ).document
    client = client_of(server)
    [described] = client.describe_pools()["Pools"]
    assert (described["PoolId"], described["Status"]) == (pool["PoolId"], "CREATING")
    assert described["CreatedTimestamp"] == datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    members = client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    assert [m["OriginationIdentityArn"] for m in members] == [
        number["PhoneNumberArn"],
        other["PhoneNumberArn"],
        sender["SenderIdArn"],
    ]
    assert client.list_tags_for_resource(ResourceArn=pool["PoolArn"])["Tags"] == [
        {"Key": "team", "Value": "alerts"}
    ]


_PATCHED_SEED_FIRST = """
import http.client, json
import pinpoint_fake
from pinpoint_fake import ThreadedPinpointServer
from pinpoint_fake.backend import PinpointBackend

original = PinpointBackend.seed_pool

def unannotated(self, **attributes):  # names no record it answers
    return original(self, **attributes)

def seed(server, document):
    host, port = server.get_host_and_port()
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.request("POST", "/pinpoint-api/seed/pool", body=json.dumps(document))
    answer = connection.getresponse()
    return answer.status, json.loads(answer.read())

with ThreadedPinpointServer() as server:
    PinpointBackend.seed_pool = unannotated  # the process's first seed of a pool
    first, _ = seed(server, {})
    PinpointBackend.seed_pool = original
    second, pool = seed(server, {"Tags": [{"Key": "team", "Value": "alerts"}]})
    backend = pinpoint_fake.pinpoint_backends["123456789012"]["us-east-1"]
    tags = backend.list_tags_for_resource(resource_arn=pool["PoolArn"]).tags
print(json.dumps([first, second, [[tag.key, tag.value] for tag in tags]]))
"""


def test_a_seed_method_patched_for_one_call_does_not_decide_how_later_calls_are_read() -> None:
    """What a seed route reads is taken from the seed method per method: a patch seen first in a process (here
    one that names no record, so the route reads no Tags) is forgotten once undone."""
    environment = {key: value for key, value in os.environ.items() if key != "MOTO_ACCOUNT_ID"}
    command = [sys.executable, "-c", _PATCHED_SEED_FIRST]
    run = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    assert run.returncode == 0, run.stderr[-3000:]
    assert json.loads(run.stdout) == [200, 200, [["team", "alerts"]]]


def test_a_sender_id_arn_names_an_identity_too(server: ThreadedPinpointServer) -> None:
    sender = admin(server, "seed/sender-id", {"SenderId": "ACME", "IsoCountryCode": "GB"}).document
    pool = admin(server, "seed/pool", {"OriginationIdentities": [sender["SenderIdArn"]]}).document
    members = client_of(server).list_pool_origination_identities(PoolId=pool["PoolId"])[
        "OriginationIdentities"
    ]
    assert [m["OriginationIdentityArn"] for m in members] == [sender["SenderIdArn"]]


def test_opt_out_lists_and_opted_out_numbers_are_seeded(server: ThreadedPinpointServer) -> None:
    assert (
        admin(
            server, "seed/opt-out-list", {"OptOutListName": "Marketing", "CreatedTimestamp": 1767225600}
        ).status
        == 200
    )
    entry = admin(
        server, "seed/opted-out-number", {"OptOutListName": "Marketing", "OptedOutNumber": "+12065550123"}
    ).document
    assert (entry["OptedOutNumber"], entry["EndUserOptedOut"]) == ("+12065550123", True)
    listed = client_of(server).describe_opted_out_numbers(OptOutListName="Marketing")["OptedOutNumbers"]
    assert [(n["OptedOutNumber"], n["EndUserOptedOut"]) for n in listed] == [("+12065550123", True)]
    naive = admin(
        server, "seed/opt-out-list", {"OptOutListName": "Naive", "CreatedTimestamp": "2026-01-01T00:00:00"}
    )
    assert naive.document["CreatedTimestamp"] == 1767225600  # text without a zone is UTC, as moto's clock
    [marketing] = [
        item
        for item in client_of(server).describe_opt_out_lists()["OptOutLists"]
        if item["OptOutListName"] == "Marketing"
    ]
    assert marketing["CreatedTimestamp"] == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_the_query_names_the_account_and_region(server: ThreadedPinpointServer) -> None:
    seeded = admin(server, "seed/pool", {}, region="eu-west-1", account_id="111111111111").document
    assert seeded["PoolArn"].split(":")[3:5] == ["eu-west-1", "111111111111"]
    assert client_of(server, region="eu-west-1").describe_pools()["Pools"] == []
    stored = pinpoint_fake.pinpoint_backends["111111111111"]["eu-west-1"].pools
    assert [pool.pool_id for pool in stored.values()] == [seeded["PoolId"]]


@pytest.mark.parametrize(
    ("route", "document", "reason", "fields"),
    [
        ("seed/pool", {"Status": "SLEEPING"}, "FIELD_VALIDATION_FAILED", {"Status": "enum value set"}),
        (
            "seed/pool",
            {"Colour": "blue"},
            "FIELD_VALIDATION_FAILED",
            {"Colour": "not a member of this route"},
        ),
        (
            "seed/pool",
            {"CreatedTimestamp": "yesterday"},
            "FIELD_VALIDATION_FAILED",
            {"CreatedTimestamp": "timestamp"},
        ),
        (
            "seed/pool",
            {"CreatedTimestamp": True},
            "FIELD_VALIDATION_FAILED",
            {"CreatedTimestamp": "timestamp"},
        ),
        (
            "seed/pool",
            {"Tags": [{"Key": "k"}]},
            "FIELD_VALIDATION_FAILED",
            {"Tags[0].Value": "must not be null"},
        ),
        ("seed/pool", {"Tags": "k=v"}, "FIELD_VALIDATION_FAILED", {"Tags": "of type list"}),
        (
            "seed/pool",
            {"OriginationIdentities": "phone-1"},
            "FIELD_VALIDATION_FAILED",
            {"OriginationIdentities": "must be a list of IDs or ARNs"},
        ),
        (
            "seed/pool",
            {"OriginationIdentities": [7]},
            "FIELD_VALIDATION_FAILED",
            {"OriginationIdentities[0]": "must be the ID or ARN of a phone-number or sender-id or rcs-agent"},
        ),
        (
            "seed/pool",
            {"OriginationIdentities": [{"SenderId": "ACME"}]},
            "FIELD_VALIDATION_FAILED",
            {"OriginationIdentities[0].IsoCountryCode": "must not be null"},
        ),
        (
            "seed/pool",
            {"OriginationIdentities": ["arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1"]},
            "FIELD_VALIDATION_FAILED",
            {"OriginationIdentities[0]": "not a pool"},
        ),
        (
            "seed/sender-id",
            {"SenderId": "ACME"},
            "MISSING_PARAMETER",
            {"IsoCountryCode": "Member is required"},
        ),
        ("seed/phone-number", {"PoolId": "pool-1"}, "INVALID_PARAMETER", "seed_pool(origination_identities"),
        (
            "seed/phone-number",
            {"PhoneNumberArn": "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-x"},
            "INVALID_PARAMETER",
            "phone_number_arn is made from the record's ID",
        ),
        ("seed/phone-number", ["not", "an", "object"], "CANNOT_PARSE", "must be a JSON object"),
    ],
)
def test_a_seed_the_model_does_not_allow_is_refused(
    server: ThreadedPinpointServer, route: str, document: Any, reason: str, fields: dict[str, str] | str
) -> None:
    answer = admin(server, route, document)
    assert (answer.status, answer.document["__type"], answer.document["Reason"]) == (
        400,
        "ValidationException",
        reason,
    )
    if isinstance(fields, str):  # a refusal of the seeding method, or of the body: no member to name
        assert fields in answer.document["Message"]
        assert "Fields" not in answer.document
    else:
        named = {field["Name"]: field["Message"] for field in answer.document["Fields"]}
        assert set(named) == set(fields)
        assert all(says in named[name] for name, says in fields.items())
        assert all(f"{name}: " in answer.document["Message"] for name in fields)
    assert not any(backend.pools for backend in _backends())


def test_every_problem_of_a_body_is_named_at_once(server: ThreadedPinpointServer) -> None:
    answer = admin(server, "seed/sender-id", {"Colour": "blue", "MessageTypes": ["LOUD"]})
    assert (answer.status, answer.document["Reason"]) == (400, "FIELD_VALIDATION_FAILED")
    assert [field["Name"] for field in answer.document["Fields"]] == [
        "SenderId",
        "IsoCountryCode",
        "Colour",
        "MessageTypes[0]",
    ]
    assert answer.document["Message"].startswith(
        "4 validation errors detected: SenderId: Member is required;"
    )


def test_a_null_member_is_left_out(server: ThreadedPinpointServer) -> None:
    seeded = admin(server, "seed/pool", {"Status": None, "OriginationIdentities": None, "Colour": None})
    assert (seeded.status, seeded.document["Status"]) == (200, "ACTIVE")


def _backends() -> list[Any]:
    return [backend for account in pinpoint_fake.pinpoint_backends.values() for backend in account.values()]


def test_an_unknown_identity_is_not_found_as_the_api_says_it(server: ThreadedPinpointServer) -> None:
    answer = admin(server, "seed/pool", {"OriginationIdentities": ["phone-missing"]})
    assert (answer.status, answer.document["__type"], answer.document["ResourceId"]) == (
        400,
        "ResourceNotFoundException",
        "phone-missing",
    )


def test_a_body_that_is_not_json_is_refused(server: ThreadedPinpointServer) -> None:
    answer = raw(server, b"{nope", path="/pinpoint-api/seed/pool")
    assert (answer.status, answer.document["__type"], answer.document["Reason"]) == (
        400,
        "ValidationException",
        "CANNOT_PARSE",
    )
    assert "not JSON" in answer.document["Message"]


def test_a_region_without_the_service_is_refused(server: ThreadedPinpointServer) -> None:
    answer = admin(server, "seed/pool", {}, region="ap-east-1")
    assert (answer.status, answer.document["__type"]) == (400, "RegionNotServed")


@pytest.mark.parametrize(
    ("method", "route"), [("GET", "seed/pool"), ("POST", "seed/rocket"), ("GET", ""), ("DELETE", "reset")]
)
def test_an_unknown_route_lists_the_routes(server: ThreadedPinpointServer, method: str, route: str) -> None:
    answer = admin(server, route, method=method)
    assert (answer.status, answer.document["__type"]) == (404, "UnknownOperationException")
    assert "POST seed/opted-out-number" in answer.document["message"]


def test_reset_empties_this_service_only(server: ThreadedPinpointServer) -> None:
    request_number(client_of(server))
    request_number(client_of(server, region="eu-west-1"))
    queue = client_of(server, "sqs").create_queue(QueueName="kept")["QueueUrl"]
    assert admin(server, "reset").status == 200
    assert client_of(server).describe_phone_numbers()["PhoneNumbers"] == []
    assert client_of(server, region="eu-west-1").describe_phone_numbers()["PhoneNumbers"] == []
    assert client_of(server, "sqs").list_queues()["QueueUrls"] == [queue]
    assert request_number(client_of(server))["PhoneNumber"] == "+12065550100"


def test_motos_reset_empties_this_service_too(server: ThreadedPinpointServer) -> None:
    request_number(client_of(server))
    assert raw(server, b"", path="/moto-api/reset").status == 200
    assert client_of(server).describe_phone_numbers()["PhoneNumbers"] == []


@dataclass
class _Message:  # the shape an outbox record has: snake_case attributes, timestamps
    message_id: str
    destination_phone_number: str
    sent_timestamp: datetime
    keywords: list[str] = field(default_factory=list)
    context: dict[str, str] = field(default_factory=dict)


def test_the_outbox_is_read_in_send_order(
    server: ThreadedPinpointServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = pinpoint_fake.pinpoint_backends[DEFAULT_ACCOUNT][REGION]
    sent = [
        _Message("m-1", "+12065550100", datetime(2026, 1, 1), ["STOP"], {"k": "v"}),
        _Message("m-2", "+12065550101", datetime(2026, 1, 1, 0, 0, 1)),
    ]
    backend.sent_messages = sent  # the server fixture resets every backend afterwards
    answer = admin(server, "sent-messages", method="GET")
    assert answer.document == {
        "SentMessages": [
            {
                "MessageId": "m-1",
                "DestinationPhoneNumber": "+12065550100",
                "SentTimestamp": 1767225600.0,
                "Keywords": ["STOP"],
                "Context": {"k": "v"},
            },
            {
                "MessageId": "m-2",
                "DestinationPhoneNumber": "+12065550101",
                "SentTimestamp": 1767225601.0,
                "Keywords": [],
                "Context": {},
            },
        ]
    }


def test_the_outbox_of_real_sends_is_written_as_json(server: ThreadedPinpointServer) -> None:
    client = client_of(server)
    origin = request_number(client)["PhoneNumber"]
    message_id = client.send_text_message(
        DestinationPhoneNumber="+12065550199",
        OriginationIdentity=origin,
        MessageBody="Shipped!",
        Context={"order": "A-42"},
    )["MessageId"]
    client.put_message_feedback(MessageId=message_id, MessageFeedbackStatus="RECEIVED")
    answer = admin(server, "sent-messages", method="GET")
    assert answer.status == 200
    [message] = answer.document["SentMessages"]
    assert (message["MessageId"], message["DestinationPhoneNumber"], message["Context"]) == (
        message_id,
        "+12065550199",
        {"order": "A-42"},
    )
    assert message["Price"] == "0.00581"  # an amount of money as its exact text
    assert isinstance(message["SentTimestamp"], float)
    assert message["ProtectVerdict"] == {
        "ProtectConfigurationId": None,
        "ProtectStatus": "ALLOW",
        "ByNumberOverride": False,
    }
    assert [event["EventType"] for event in message["Events"]] == [
        "TEXT_PENDING",
        "TEXT_SUCCESSFUL",
        "TEXT_DELIVERED",
        "TEXT_DELIVERED",
    ]
    assert message["Events"][-1]["Payload"]["messageFeedbackStatus"] == "RECEIVED"  # the payload's own names
    assert message["Events"][0]["Deliveries"] == []
    assert [feedback["MessageFeedbackStatus"] for feedback in message["Feedback"]] == ["RECEIVED"]


def test_a_seed_refused_by_the_api_rules_is_answered_with_the_apis_error(
    server: ThreadedPinpointServer,
) -> None:
    number = admin(server, "seed/phone-number").document
    first = admin(server, "seed/pool", {"OriginationIdentities": [number["PhoneNumberId"]]})
    again = admin(server, "seed/pool", {"OriginationIdentities": [number["PhoneNumberId"]]})
    assert first.status == 200
    assert (again.status, again.document["__type"], again.document["Reason"]) == (
        400,
        "ValidationException",
        "INVALID_PARAMETER",
    )
    assert "already in" in again.document["Message"]
    response = client_error(client_of(server).describe_pools, PoolIds=["pool-missing"])
    assert response["ResourceType"] == "pool"


# -- how a body's structures are read --------------------------------------------------------------------


@dataclass
class _Narrow:  # a record of an older model's TestingAgentInformation: no TestingAgentId
    status: str
    registration_id: str


def test_a_structure_is_read_into_the_record_its_field_declares() -> None:
    member = shape("RcsAgentInformation").members["TestingAgent"]  # type: ignore[attr-defined]
    read = checked(
        member, {"Status": "ACTIVE", "RegistrationId": "r-1", "TestingAgentId": None}, _Narrow | None
    )
    assert read == _Narrow("ACTIVE", "r-1")  # a null member is left out


def test_a_member_the_record_cannot_hold_is_refused_not_dropped() -> None:
    member = shape("RcsAgentInformation").members["TestingAgent"]  # type: ignore[attr-defined]
    with pytest.raises(Invalid) as raised:
        checked(member, {"Status": "ACTIVE", "RegistrationId": "r-1", "TestingAgentId": "t-1"}, _Narrow)
    [(path, message)] = raised.value.problems
    assert path == ""
    assert "TestingAgentInformation cannot be read into a _Narrow" in message
    assert "testing_agent_id" in message


def test_a_structure_whose_record_is_unknown_cannot_be_seeded() -> None:
    member = shape("RcsAgentInformation").members["TestingAgent"]  # type: ignore[attr-defined]
    with pytest.raises(Invalid) as raised:
        checked(member, {"Status": "ACTIVE", "RegistrationId": "r-1"}, Any)
    assert raised.value.problems == (("", "A TestingAgentInformation cannot be seeded over HTTP"),)
