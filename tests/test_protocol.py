"""The awsJson 1.0 edge, called directly with what botocore would never send, and the fake's own errors."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
import warnings
from contextlib import suppress
from typing import Any

import pytest
from botocore import xform_name

import pinpoint_fake
from pinpoint_fake import FakeInternalError, NotImplementedByFake, PinpointFakeWarning, protocol
from pinpoint_fake.backend import PinpointBackend, implemented_operations, parameters, pinpoint_backends
from pinpoint_fake.hook import backend_for
from pinpoint_fake.protocol import handle

from .helpers import client_error

AUTHORIZATION = (
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/sms-voice/aws4_request, "
    "SignedHeaders=host, Signature=0"
)


def call(operation: str, body: bytes, **headers: str) -> tuple[int, dict[str, Any]]:
    sent = {"x-amz-target": f"PinpointSMSVoiceV2.{operation}", "authorization": AUTHORIZATION, **headers}
    status, _, payload = handle(sent, body, backend_for)
    return status, json.loads(payload)


@pytest.fixture(autouse=True)
def _mocked(pinpoint_mock: Any) -> None:
    """Every test here runs inside a mock, so that the registry is fresh."""


def test_an_unknown_member_is_a_validation_error() -> None:
    status, body = call("DescribePools", b'{"Bogus": 1}')
    assert (status, body["__type"], body["Reason"]) == (400, "ValidationException", "FIELD_VALIDATION_FAILED")
    assert body["Fields"] == [
        {"Name": "Bogus", "Message": "Member is not a known member of DescribePoolsRequest"}
    ]


@pytest.mark.parametrize(
    ("document", "path", "type_name"),
    [
        ({"PoolIds": "pool-a"}, "PoolIds", "list"),
        ({"Filters": [["status"]]}, "Filters[0]", "structure"),
        ({"MaxResults": 1.5}, "MaxResults", "integer"),
        ({"PoolIds": [None]}, "PoolIds[0]", "string"),
    ],
)
def test_a_value_of_the_wrong_json_type_is_a_validation_error(
    document: Any, path: str, type_name: str
) -> None:
    status, body = call("DescribePools", json.dumps(document).encode())
    assert (status, body["Fields"]) == (
        400,
        [{"Name": path, "Message": f"Member must be of type {type_name}"}],
    )


def test_a_body_that_is_not_json_cannot_be_parsed() -> None:
    status, body = call("DescribePools", b"{not json")
    assert (status, body["__type"], body["Reason"]) == (400, "ValidationException", "CANNOT_PARSE")


def test_a_body_that_is_not_an_object_is_a_validation_error() -> None:
    status, body = call("DescribePools", b"[]")
    assert (status, body["Fields"]) == (400, [{"Name": "", "Message": "Member must be of type structure"}])


def test_an_empty_body_is_an_empty_request() -> None:
    assert call("DescribePools", b"") == (200, {"Pools": []})


def test_an_operation_outside_the_model_is_unknown() -> None:
    status, body = call("DescribeEverything", b"{}")
    assert (status, body["__type"]) == (400, "UnknownOperationException")


def test_an_unsigned_request_is_refused() -> None:
    status, _, payload = handle({"x-amz-target": "PinpointSMSVoiceV2.DescribePools"}, b"{}", backend_for)
    assert (status, json.loads(payload)["__type"]) == (403, "MissingAuthenticationTokenException")


def test_the_error_body_carries_the_modeled_members_and_the_type() -> None:
    status, body = call("DescribePools", b'{"PoolIds": ["pool-missing"]}')
    assert (status, body) == (
        400,
        {
            "__type": "ResourceNotFoundException",
            "Message": "The pool 'pool-missing' does not exist.",
            "ResourceType": "pool",
            "ResourceId": "pool-missing",
        },
    )


def test_an_unimplemented_operation_says_so_through_boto3(pinpoint_client: Any, not_implemented: Any) -> None:
    not_implemented("SendTextMessage")
    with (
        pytest.raises(NotImplementedByFake, match=r"PinpointSMSVoiceV2\.SendTextMessage") as raised,
        pytest.warns(PinpointFakeWarning, match=r"PinpointSMSVoiceV2\.SendTextMessage"),
    ):
        pinpoint_client.send_text_message(DestinationPhoneNumber="+12065550100", MessageBody="hi")
    assert raised.value.operation == "SendTextMessage"


def test_a_swallowed_unimplemented_operation_is_still_warned_at_the_callers_line(
    pinpoint_client: Any, not_implemented: Any
) -> None:
    not_implemented("DescribeKeywords")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with suppress(Exception):  # code under test that swallows every error
            pinpoint_client.describe_keywords(OriginationIdentity="phone-1")
    [warning] = caught
    assert warning.category is PinpointFakeWarning
    assert "PinpointSMSVoiceV2.DescribeKeywords" in str(warning.message)
    assert (warning.filename, warning.lineno) == (__file__, _line_of("pinpoint_client.describe_keywords("))


def _line_of(text: str) -> int:
    with open(__file__) as source:
        lines = enumerate(source, 1)
        return next(number for number, line in lines if text in line and "_line_of" not in line)


def test_two_threads_sending_the_same_unknown_member_at_once_warn_once(monkeypatch: Any) -> None:
    """Each thread reads whether the member was warned about, then waits for the other to have read too
    (a while at most): unless something keeps the two apart, both read "not yet" and both warn."""
    parameters = PinpointBackend.parameters
    monkeypatch.setattr(  # as if DescribePools's Owner were a member of a newer model, unknown to the fake
        PinpointBackend, "parameters", lambda self, operation: parameters(self, operation) - {"owner"}
    )
    meeting = threading.Barrier(2, timeout=0.5)

    class MeetingPlace(set[tuple[str, str]]):
        def __contains__(self, key: object) -> bool:
            warned = super().__contains__(key)
            with suppress(threading.BrokenBarrierError):  # the other thread never came: it was kept apart
                meeting.wait()
            return warned

    monkeypatch.setattr(protocol, "_WARNED", MeetingPlace())
    answers: list[int] = []
    body = json.dumps({"Owner": "SELF"}).encode()
    threads = [
        threading.Thread(target=lambda: answers.append(call("DescribePools", body)[0])) for _ in range(2)
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert answers == [200, 200]
    assert [str(warning.message).count("left out Owner") for warning in caught] == [1]


def test_the_warning_is_a_user_warning_the_package_exports() -> None:
    assert issubclass(PinpointFakeWarning, UserWarning)
    assert "PinpointFakeWarning" in pinpoint_fake.__all__


def test_a_bug_in_the_fake_carries_the_original_error(pinpoint_client: Any, monkeypatch: Any) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("the original text")

    monkeypatch.setattr(type(pinpoint_backends["123456789012"]["us-east-1"]), "describe_pools", broken)
    with pytest.raises(FakeInternalError, match="DescribePools: KeyError: 'the original text'") as raised:
        pinpoint_client.describe_pools()
    assert isinstance(raised.value.__cause__, KeyError)


def test_a_spy_that_takes_kwargs_in_a_method_s_place_is_given_every_member(
    pinpoint_client: Any, monkeypatch: Any
) -> None:
    original = PinpointBackend.describe_pools
    seen: list[dict[str, Any]] = []

    def spy(self: Any, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(PinpointBackend, "describe_pools", spy)
    backend = pinpoint_backends["123456789012"]["us-east-1"]
    created = [backend.seed_pool().pool_id for _ in range(2)]
    page = pinpoint_client.describe_pools(PoolIds=created, MaxResults=1)
    assert ([pool["PoolId"] for pool in page["Pools"]], "NextToken" in page) == (created[:1], True)
    assert seen == [{"pool_ids": created, "max_results": 1}]


def test_a_method_patched_on_one_backend_is_read_as_that_method(
    pinpoint_client: Any, monkeypatch: Any
) -> None:
    """A spy on one backend takes only max_results: PoolIds is left out and warned about, not passed to it."""
    backend = pinpoint_backends["123456789012"]["us-east-1"]
    created = [backend.seed_pool().pool_id for _ in range(2)]
    original = backend.describe_pools

    def narrow(max_results: int | None = None) -> Any:
        return original(max_results=max_results)

    monkeypatch.setattr(backend, "describe_pools", narrow)
    with pytest.warns(PinpointFakeWarning, match="left out PoolIds"):
        page = pinpoint_client.describe_pools(PoolIds=created[1:], MaxResults=1)
    assert ([pool["PoolId"] for pool in page["Pools"]], "NextToken" in page) == (created[:1], True)


def test_a_callable_that_cannot_be_a_cache_key_is_read_anew(pinpoint_client: Any, monkeypatch: Any) -> None:
    class Unhashable:
        __hash__ = None  # type: ignore[assignment]

        def __init__(self, original: Any) -> None:
            self.original = original

        def __call__(self, **kwargs: Any) -> Any:
            return self.original(**kwargs)

    backend = pinpoint_backends["123456789012"]["us-east-1"]
    created = [backend.seed_pool().pool_id for _ in range(2)]
    monkeypatch.setattr(backend, "describe_pools", Unhashable(backend.describe_pools))
    page = pinpoint_client.describe_pools(MaxResults=1)
    assert ([pool["PoolId"] for pool in page["Pools"]], "NextToken" in page) == (created[:1], True)


def test_a_spy_that_takes_kwargs_takes_what_the_family_method_takes() -> None:
    def spy(self: Any, **kwargs: Any) -> Any: ...

    for operation in sorted(implemented_operations()):
        method = getattr(PinpointBackend, xform_name(operation))
        assert parameters(operation, spy) == parameters(operation, method), operation


def test_every_answer_carries_a_request_id_of_its_own_a_version_4_uuid(pinpoint_client: Any) -> None:
    answers = [pinpoint_client.describe_pools() for _ in range(20)]
    answers.append(client_error(pinpoint_client.describe_pools, PoolIds=["pool-missing"]))
    ids = [answer["ResponseMetadata"]["RequestId"] for answer in answers]
    parsed = [uuid.UUID(value) for value in ids]
    assert [(str(value), value.version, value.variant) for value in parsed] == [
        (value, 4, uuid.RFC_4122) for value in ids
    ]
    assert len(set(ids)) == len(ids)


_PATCHED_FIRST = """
import boto3
import pinpoint_fake
from pinpoint_fake.backend import PinpointBackend

with pinpoint_fake.mock_pinpoint() as mock:
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    original = PinpointBackend.describe_pools
    PinpointBackend.describe_pools = lambda self: original(self)  # the process's first DescribePools
    client.describe_pools()
    PinpointBackend.describe_pools = original
    mock.backend().seed_pool()
    mock.backend().seed_pool()
    print(len(client.describe_pools(MaxResults=1)["Pools"]))
"""


def test_a_method_patched_for_one_call_does_not_decide_the_members_of_later_calls() -> None:
    """What a method takes is read per method: a patch seen first in a process is forgotten once undone."""
    run = subprocess.run([sys.executable, "-c", _PATCHED_FIRST], capture_output=True, text=True, check=False)
    assert (run.returncode, run.stdout) == (0, "1\n"), run.stderr[-3000:]


def test_a_body_nested_deeper_than_json_can_read_cannot_be_parsed() -> None:
    status, body = call("DescribePools", b"[" * 100_000 + b"]" * 100_000)
    assert (status, body["__type"], body["Reason"]) == (400, "ValidationException", "CANNOT_PARSE")
