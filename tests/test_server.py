"""The HTTP endpoint through boto3 and raw HTTP: results, errors, accounts and regions, one registry shared
with the process, moto's other services on the same port, and AWS-shaped answers to bad requests.

Other clients (the AWS CLI v1, the AWS SDK for JavaScript v3) and the command line are in
``tests/test_server_clients.py``; the reserved JSON API in ``tests/test_server_api.py``.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import pytest
from botocore.config import Config

import pinpoint_fake
from pinpoint_fake import PinpointFakeWarning, ThreadedPinpointServer
from pinpoint_fake.server import MAX_BODY_BYTES, PinpointServerApp

from .helpers import client_error, request_number
from .server_helpers import LOOPBACK_ONLY, REGION, SIGNED, call, client_of, raw, server

pytestmark = LOOPBACK_ONLY
__all__ = ["server"]  # the fixture

JSON_1_0 = "application/x-amz-json-1.0"


def test_boto3_builds_a_pool_through_the_endpoint(server: ThreadedPinpointServer) -> None:
    client = client_of(server)
    number = request_number(client)
    pool = client.create_pool(OriginationIdentity=number["PhoneNumberArn"], MessageType="TRANSACTIONAL")
    [described] = client.describe_pools()["Pools"]
    assert (number["PhoneNumber"], described["PoolId"], described["Status"]) == (
        "+12065550100",
        pool["PoolId"],
        "ACTIVE",
    )
    listed = client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"]
    assert [identity["OriginationIdentityArn"] for identity in listed] == [number["PhoneNumberArn"]]


def test_errors_cross_the_endpoint_with_their_modeled_fields(server: ThreadedPinpointServer) -> None:
    client = client_of(server, config=Config(parameter_validation=False))
    invalid = client_error(client.describe_pools, MaxResults=500, PoolIds=["bad id!"])
    assert (invalid["Error"]["Code"], invalid["Reason"]) == ("ValidationException", "FIELD_VALIDATION_FAILED")
    assert sorted(field["Name"] for field in invalid["Fields"]) == ["MaxResults", "PoolIds[0]"]
    missing = client_error(client.delete_pool, PoolId="pool-missing")
    assert (missing["ResourceType"], missing["ResourceId"]) == ("pool", "pool-missing")
    assert missing["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_a_paginator_walks_the_endpoint(server: ThreadedPinpointServer) -> None:
    backend = pinpoint_fake.pinpoint_backends["123456789012"][REGION]
    created = [backend.seed_pool().pool_id for _ in range(5)]
    pages = client_of(server).get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 2})
    assert [[pool["PoolId"] for pool in page["Pools"]] for page in pages] == [
        created[0:2],
        created[2:4],
        created[4:5],
    ]


def test_the_endpoint_and_the_process_share_one_registry(server: ThreadedPinpointServer) -> None:
    backend = pinpoint_fake.pinpoint_backends["123456789012"][REGION]
    seeded = backend.seed_pool(status="CREATING")
    client = client_of(server)
    assert [(p["PoolId"], p["Status"]) for p in client.describe_pools()["Pools"]] == [
        (seeded.pool_id, "CREATING")
    ]
    made = request_number(client)
    assert [number.phone_number_id for number in backend.phone_numbers.values()] == [made["PhoneNumberId"]]


def test_the_account_comes_from_credentials_moto_minted(server: ThreadedPinpointServer) -> None:
    sts = client_of(server, "sts")
    role = sts.assume_role(RoleArn="arn:aws:iam::222222222222:role/sender", RoleSessionName="tests")
    keys = role["Credentials"]
    partner = client_of(
        server,
        aws_access_key_id=keys["AccessKeyId"],
        aws_secret_access_key=keys["SecretAccessKey"],
        aws_session_token=keys["SessionToken"],
    )
    number = request_number(partner)
    assert number["PhoneNumberArn"].split(":")[4] == "222222222222"
    assert client_of(server).describe_phone_numbers()["PhoneNumbers"] == []


def test_the_account_comes_from_moto_account_id_and_the_moto_header(
    server: ThreadedPinpointServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_header = call(
        server,
        "PinpointSMSVoiceV2.CreateOptOutList",
        b'{"OptOutListName":"a"}',
        x_moto_account_id="111111111111",
    )
    assert by_header.document["OptOutListArn"].split(":")[4] == "111111111111"
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "333333333333")
    by_variable = call(
        server,
        "PinpointSMSVoiceV2.CreateOptOutList",
        b'{"OptOutListName":"b"}',
        x_moto_account_id="111111111111",
    )
    assert by_variable.document["OptOutListArn"].split(":")[4] == "333333333333"


def test_regions_are_separate_and_one_without_the_service_is_refused(server: ThreadedPinpointServer) -> None:
    request_number(client_of(server, region="eu-west-1"))
    assert client_of(server).describe_phone_numbers()["PhoneNumbers"] == []
    response = client_error(client_of(server, region="ap-east-1").describe_pools)
    assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == (
        "RegionNotServed",
        400,
    )
    assert "not offered in region 'ap-east-1'" in response["Error"]["Message"]


def test_other_services_are_served_by_moto_on_the_same_port(server: ThreadedPinpointServer) -> None:
    sqs = client_of(server, "sqs")
    url = sqs.create_queue(QueueName="inbound-sms")["QueueUrl"]
    assert sqs.list_queues()["QueueUrls"] == [url]
    topic = client_of(server, "sns").create_topic(Name="two-way")["TopicArn"]
    client = client_of(server)
    pool = client.create_pool(
        OriginationIdentity=request_number(client)["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    client.update_pool(PoolId=pool["PoolId"], TwoWayEnabled=True, TwoWayChannelArn=topic)
    assert client.describe_pools()["Pools"][0]["TwoWayChannelArn"] == topic
    assert client_of(server, "sns").list_topics()["Topics"] == [{"TopicArn": topic}]


def test_an_unimplemented_operation_is_answered_501_and_warned(
    server: ThreadedPinpointServer, not_implemented: Any
) -> None:
    not_implemented("SendTextMessage")
    client = client_of(server)  # botocore's default retries: 501 is not retried
    with pytest.warns(PinpointFakeWarning, match=r"PinpointSMSVoiceV2\.SendTextMessage"):
        response = client_error(
            client.send_text_message, DestinationPhoneNumber="+12065550100", MessageBody="hi"
        )
    assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == (
        "NotImplementedByFake",
        501,
    )
    assert "PinpointSMSVoiceV2.SendTextMessage" in response["Error"]["Message"]
    assert response["ResponseMetadata"]["RetryAttempts"] == 0


def test_a_bug_in_the_fake_is_answered_once_without_a_traceback(
    server: ThreadedPinpointServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    calls = []

    def broken(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        raise KeyError("the original text")

    monkeypatch.setattr(pinpoint_fake.PinpointBackend, "describe_pools", broken)
    answer = call(server, "PinpointSMSVoiceV2.DescribePools")
    assert (answer.status, answer.document["__type"]) == (400, "FakeInternalError")
    assert "DescribePools: KeyError: 'the original text'" in answer.document["message"]
    assert b"Traceback" not in answer.body
    assert "KeyError: 'the original text'" in caplog.text  # the traceback goes to the server's log
    response = client_error(client_of(server).describe_pools)  # botocore's default retries: none taken
    retries = response["ResponseMetadata"]["RetryAttempts"]
    assert (response["Error"]["Code"], retries) == ("FakeInternalError", 0)
    assert len(calls) == 2


def test_a_bug_of_the_endpoint_itself_is_answered_without_a_traceback(
    server: ThreadedPinpointServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any) -> Any:
        raise ZeroDivisionError("in the endpoint")

    monkeypatch.setattr("pinpoint_fake.server.app.admin_answer", broken)
    answer = raw(server, b"{}", path="/pinpoint-api/reset")
    document = assert_aws_shaped(answer, 400, "FakeInternalError")
    assert "/pinpoint-api/reset: ZeroDivisionError: in the endpoint" in document["message"]
    assert "ZeroDivisionError: in the endpoint" in caplog.text


# -- bad requests ----------------------------------------------------------------------------------------


def assert_aws_shaped(answer: Any, status: int, code: str) -> dict[str, Any]:
    assert (answer.status, answer.headers["content-type"]) == (status, JSON_1_0)
    assert answer.headers["x-amzn-requestid"]
    document: dict[str, Any] = answer.document
    assert document["__type"] == code
    assert b"Traceback" not in answer.body
    return document


def test_a_body_that_is_not_json_is_a_validation_exception(server: ThreadedPinpointServer) -> None:
    document = assert_aws_shaped(
        call(server, "PinpointSMSVoiceV2.DescribePools", b"{not json"), 400, "ValidationException"
    )
    assert document["Reason"] == "CANNOT_PARSE"


def test_a_request_without_a_target_is_an_unknown_operation(server: ThreadedPinpointServer) -> None:
    assert_aws_shaped(call(server, None), 400, "UnknownOperationException")


def test_an_unknown_operation_is_answered_as_unknown(server: ThreadedPinpointServer) -> None:
    document = assert_aws_shaped(
        call(server, "PinpointSMSVoiceV2.LaunchRocket"), 400, "UnknownOperationException"
    )
    assert document["message"] == "PinpointSMSVoiceV2.LaunchRocket"


def test_an_unsigned_request_to_the_endpoint_is_refused(server: ThreadedPinpointServer) -> None:
    assert_aws_shaped(
        call(server, "PinpointSMSVoiceV2.DescribePools", authorization=""),
        403,
        "MissingAuthenticationTokenException",
    )


def test_a_body_over_the_limit_is_refused_before_it_is_read(server: ThreadedPinpointServer) -> None:
    body = b'{"OptOutListName": "' + b"x" * MAX_BODY_BYTES + b'"}'
    answer = call(server, "PinpointSMSVoiceV2.CreateOptOutList", body)
    document = assert_aws_shaped(answer, 413, "RequestEntityTooLargeException")
    assert str(MAX_BODY_BYTES) in document["message"]
    names = [item["OptOutListName"] for item in client_of(server).describe_opt_out_lists()["OptOutLists"]]
    assert names == ["Default"]


def test_a_chunked_body_over_the_limit_is_refused(server: ThreadedPinpointServer) -> None:
    server.app.max_body_bytes = 1000
    headers = {"X-Amz-Target": "PinpointSMSVoiceV2.CreateOptOutList", "Authorization": SIGNED}
    answer = raw(server, b'{"OptOutListName": "' + b"x" * 5000 + b'"}', headers=headers, chunked=True)
    assert_aws_shaped(answer, 413, "RequestEntityTooLargeException")
    small = raw(server, b'{"OptOutListName": "small"}', headers=headers, chunked=True)
    assert (small.status, small.document["OptOutListName"]) == (200, "small")


def test_a_body_at_the_limit_is_read(server: ThreadedPinpointServer) -> None:
    body = b'{"OptOutListName": "exactly"}'
    server.app.max_body_bytes = len(body)
    assert call(server, "PinpointSMSVoiceV2.CreateOptOutList", body).status == 200
    server.app.max_body_bytes = len(body) - 1
    assert call(server, "PinpointSMSVoiceV2.CreateOptOutList", body).status == 413


def test_a_request_signed_for_the_service_is_its_even_without_a_target(
    server: ThreadedPinpointServer,
) -> None:
    answer = raw(server, b"{}", method="GET", path="/", headers={"Authorization": SIGNED})
    assert_aws_shaped(answer, 400, "UnknownOperationException")


# -- the server object ----------------------------------------------------------------------------------


def test_the_server_binds_loopback_on_a_free_port_by_default() -> None:
    with ThreadedPinpointServer() as running:
        host, port = running.get_host_and_port()
        assert (host, running.endpoint_url) == ("127.0.0.1", f"http://127.0.0.1:{port}")
        assert port > 0


def test_the_server_refuses_to_start_twice_or_stop_before_starting() -> None:
    idle = ThreadedPinpointServer()
    with pytest.raises(RuntimeError, match="before start"):
        idle.stop()
    with pytest.raises(RuntimeError, match="start"):
        idle.get_host_and_port()
    with idle, pytest.raises(RuntimeError, match="running already"):
        idle.start()


def test_without_motos_server_application_other_services_get_a_501(monkeypatch: pytest.MonkeyPatch) -> None:
    from werkzeug.test import Client

    monkeypatch.setitem(sys.modules, "moto.moto_server.werkzeug_app", None)
    response = Client(PinpointServerApp()).post("/", headers={"X-Amz-Target": "AmazonSQS.ListQueues"})
    document = json.loads(response.data)
    assert (response.status_code, document["__type"]) == (501, "NotImplemented")
    assert re.search(r"pip install 'pinpoint-fake\[server\]'", document["message"])
