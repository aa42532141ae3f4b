"""aiobotocore clients inside ``mock_pinpoint()`` and plain ``mock_aws()``: results, modeled errors,
``async for`` paginators, sharing, and no call applied whose answer the client cannot receive.

Each test runs its scenario with ``asyncio.run``. ``tests/test_async_behaviour.py`` runs more of the suite's
behaviour tests through an async client.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from moto import mock_aws

from pinpoint_fake import NotImplementedByFake, PinpointFakeWarning, hook, mock_pinpoint, patch_client

from .async_clients import LOOPBACK_ONLY, aio_client, new_session
from .test_network import network_attempts

pytestmark = LOOPBACK_ONLY

SERVICE = "pinpoint-sms-voice-v2"
REGION = "us-east-1"
NUMBER = {"IsoCountryCode": "US", "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"]}
SIMULATOR = {**NUMBER, "NumberType": "SIMULATOR"}
FIRST_NUMBER = "+12065550100"  # the first number of the US simulator range


def run(scenario: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(scenario())  # type: ignore[arg-type]


async def phone_numbers(client: Any) -> list[str]:
    """The E.164 numbers an async client's DescribePhoneNumbers lists."""
    return [number["PhoneNumber"] for number in (await client.describe_phone_numbers())["PhoneNumbers"]]


def stored_numbers(mock: Any, region: str = REGION, account: str | None = None) -> list[str]:
    return [number.phone_number for number in mock.backend(region, account).phone_numbers.values()]


def test_an_async_client_gets_the_number_it_leased(pinpoint_mock: Any) -> None:
    async def scenario() -> dict[str, Any]:
        async with aio_client() as client:
            number: dict[str, Any] = await client.request_phone_number(**SIMULATOR)
            return number

    number = run(scenario)
    assert (number["PhoneNumber"], number["Status"]) == (FIRST_NUMBER, "ACTIVE")
    assert stored_numbers(pinpoint_mock) == [FIRST_NUMBER]


def test_an_async_client_sees_what_a_sync_client_made_and_the_other_way_round(pinpoint_mock: Any) -> None:
    sync = boto3.client(SERVICE, region_name=REGION)
    made_sync = sync.request_phone_number(**SIMULATOR)

    async def scenario() -> tuple[list[str], str]:
        async with aio_client() as client:
            listed = (await client.describe_phone_numbers())["PhoneNumbers"]
            pool = await client.create_pool(
                OriginationIdentity=made_sync["PhoneNumberId"], MessageType="TRANSACTIONAL"
            )
            return [number["PhoneNumberId"] for number in listed], pool["PoolId"]

    listed, pool_id = run(scenario)
    assert listed == [made_sync["PhoneNumberId"]]
    assert [pool["PoolId"] for pool in sync.describe_pools()["Pools"]] == [pool_id]


@mock_aws
def test_plain_mock_aws_serves_async_clients() -> None:
    async def scenario() -> list[str]:
        async with aio_client() as client:
            await client.request_phone_number(**SIMULATOR)
            return await phone_numbers(client)

    assert run(scenario) == [FIRST_NUMBER]


def test_async_errors_carry_their_modeled_fields(pinpoint_mock: Any) -> None:
    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        async with aio_client(config=Config(parameter_validation=False)) as client:
            with pytest.raises(client.exceptions.ValidationException) as invalid:
                await client.describe_pools(MaxResults=500)
            with pytest.raises(client.exceptions.ResourceNotFoundException) as missing:
                await client.delete_pool(PoolId="pool-missing")
            return invalid.value.response, missing.value.response

    invalid, missing = run(scenario)
    assert (invalid["Error"]["Code"], invalid["Reason"]) == ("ValidationException", "FIELD_VALIDATION_FAILED")
    assert [field["Name"] for field in invalid["Fields"]] == ["MaxResults"]
    assert (missing["ResourceType"], missing["ResourceId"]) == ("pool", "pool-missing")
    assert missing["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_a_conflict_reaches_an_async_client_with_its_reason(pinpoint_mock: Any) -> None:
    number = pinpoint_mock.backend().seed_phone_number(deletion_protection_enabled=True)

    async def scenario() -> dict[str, Any]:
        async with aio_client() as client:
            with pytest.raises(client.exceptions.ConflictException) as raised:
                await client.release_phone_number(PhoneNumberId=number.phone_number_id)
            response: dict[str, Any] = raised.value.response
            return response

    response = run(scenario)
    assert (response["Reason"], response["ResourceType"]) == ("DELETION_PROTECTION_ENABLED", "phone-number")
    assert stored_numbers(pinpoint_mock) == [number.phone_number]


@pytest.mark.parametrize(
    "config",
    [
        {"PageSize": 2},
        {"PageSize": 3, "MaxItems": 5},
        {"MaxItems": 4},
        {"PageSize": 2, "MaxItems": 3, "StartingToken": "resume"},
    ],
    ids=["page-size", "page-size-and-max-items", "max-items", "starting-token"],
)
def test_an_async_paginator_walks_every_pool_once(pinpoint_mock: Any, config: dict[str, Any]) -> None:
    created = [pinpoint_mock.backend().seed_pool().pool_id for _ in range(7)]

    async def scenario() -> list[str]:
        async with aio_client() as client:
            paginator = client.get_paginator("describe_pools")
            settings = dict(config)
            skipped: list[str] = []
            if settings.get("StartingToken") == "resume":  # resume where a first walk of two items stopped
                first = await paginator.paginate(PaginationConfig={"MaxItems": 2}).build_full_result()
                settings["StartingToken"], skipped = first["NextToken"], [p["PoolId"] for p in first["Pools"]]
            seen = list(skipped)
            async for page in paginator.paginate(PaginationConfig=settings):
                seen += [pool["PoolId"] for pool in page["Pools"]]
            return seen

    limit = config.get("MaxItems", len(created)) + (2 if "StartingToken" in config else 0)
    assert run(scenario) == created[:limit]


def test_async_clients_share_between_accounts(pinpoint_mock: Any) -> None:
    owner_account, grantee_account = "123456789012", "222222222222"
    statement = {"Effect": "Allow", "Principal": {"AWS": grantee_account}, "Action": "sms-voice:*"}
    policy = json.dumps({"Statement": [statement]})

    async def scenario() -> tuple[list[str], list[str], str]:
        async with aio_client(account=owner_account) as owner, aio_client(account=grantee_account) as grantee:
            pool = pinpoint_mock.backend(REGION, owner_account).seed_pool()
            before = (await grantee.describe_pools(Owner="SHARED"))["Pools"]
            await owner.put_resource_policy(ResourceArn=pool.pool_arn, Policy=policy)
            after = (await grantee.describe_pools(Owner="SHARED"))["Pools"]
            with pytest.raises(ClientError) as raised:
                await grantee.delete_pool(PoolId=pool.pool_arn)
            code: str = raised.value.response["Error"]["Code"]
            return [p["PoolArn"] for p in before], [p["PoolArn"] for p in after], code

    before, after, code = run(scenario)
    pool_arn = next(iter(pinpoint_mock.backend(REGION, owner_account).pools.values())).pool_arn
    assert (before, after, code) == ([], [pool_arn], "ResourceNotFoundException")


def test_a_refused_async_request_leases_no_number(pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()  # TRANSACTIONAL

    async def scenario() -> tuple[str, str]:
        async with aio_client() as client:
            promotional = {**SIMULATOR, "MessageType": "PROMOTIONAL", "NumberType": "LONG_CODE"}
            with pytest.raises(client.exceptions.ConflictException) as raised:
                await client.request_phone_number(**promotional, PoolId=pool.pool_id)
            number = await client.request_phone_number(**SIMULATOR)
            return raised.value.response["Reason"], number["PhoneNumber"]

    assert run(scenario) == ("MESSAGE_TYPE_MISMATCH", FIRST_NUMBER)


def test_an_async_answer_that_cannot_be_built_applies_nothing(
    pinpoint_mock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer's type is resolved before the call reaches the registry: if that fails, nothing changed."""

    def unavailable() -> type:
        raise ImportError("aiobotocore.awsrequest is gone")

    monkeypatch.setattr(hook, "_aio_response_type", unavailable)

    async def scenario() -> None:
        async with aio_client() as client:
            await client.request_phone_number(**SIMULATOR)

    with pytest.raises(ImportError, match=r"aiobotocore\.awsrequest is gone"):
        run(scenario)
    assert stored_numbers(pinpoint_mock) == []


def test_a_sync_client_is_not_taken_for_an_async_one(pinpoint_client: Any) -> None:
    assert not hook.is_async(pinpoint_client)


def test_patch_client_gives_an_older_async_client_the_async_answer(pinpoint_mock: Any) -> None:
    async def scenario() -> list[str]:
        session = new_session()
        for event, handler in hook.HANDLERS:  # as if the session was made before ``import pinpoint_fake``
            session.unregister(event, handler)
        async with session.create_client(SERVICE, region_name=REGION) as client:
            patch_client(client)
            patch_client(client)
            await client.request_phone_number(**SIMULATOR)
            return await phone_numbers(client)

    assert run(scenario) == [FIRST_NUMBER]


@pytest.mark.enable_socket
def test_an_async_call_inside_a_mock_makes_no_connection_attempt(pinpoint_mock: Any) -> None:
    loop = asyncio.new_event_loop()  # its own socket pair is made here, before the watch starts

    async def scenario() -> list[str]:
        async with aio_client() as client:
            await client.request_phone_number(**SIMULATOR)
            return await phone_numbers(client)

    try:
        with network_attempts() as attempts:
            numbers = loop.run_until_complete(scenario())
    finally:
        loop.close()
    assert (numbers, attempts) == ([FIRST_NUMBER], [])


def test_an_unimplemented_operation_raises_and_warns_through_an_async_client(
    pinpoint_mock: Any, not_implemented: Any
) -> None:
    not_implemented("SendTextMessage")

    async def scenario() -> None:
        async with aio_client() as client:
            with suppress(Exception):  # code under test that swallows every error
                await client.send_text_message(DestinationPhoneNumber=FIRST_NUMBER, MessageBody="hi")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(scenario)
    [warning] = [w for w in caught if issubclass(w.category, PinpointFakeWarning)]
    assert "PinpointSMSVoiceV2.SendTextMessage" in str(warning.message)
    assert warning.filename == __file__  # the line of the call in this test, not aiobotocore's

    async def raising() -> None:
        async with aio_client() as client:
            await client.send_text_message(DestinationPhoneNumber=FIRST_NUMBER, MessageBody="hi")

    with pytest.raises(NotImplementedByFake), pytest.warns(PinpointFakeWarning):
        run(raising)


def test_an_async_client_made_in_one_mock_is_served_in_the_next() -> None:
    async def scenario() -> tuple[list[str], list[str]]:
        with mock_pinpoint():
            async with aio_client() as client:
                await client.request_phone_number(**SIMULATOR)
                first = await phone_numbers(client)
                with mock_pinpoint():
                    inner = await phone_numbers(client)
        return first, inner

    assert run(scenario) == ([FIRST_NUMBER], [FIRST_NUMBER])


def test_an_aioboto3_client_is_answered_like_an_aiobotocore_one(pinpoint_mock: Any) -> None:
    aioboto3 = pytest.importorskip("aioboto3", reason="aioboto3 is not installed (the test extra has it)")

    async def scenario() -> tuple[str, dict[str, Any], list[str]]:
        async with aioboto3.Session().client(SERVICE, region_name=REGION) as client:
            number = await client.request_phone_number(**SIMULATOR)
            with pytest.raises(client.exceptions.ResourceNotFoundException) as raised:
                await client.describe_pools(PoolIds=["pool-missing"])
            pages = client.get_paginator("describe_phone_numbers").paginate(PaginationConfig={"PageSize": 1})
            listed = [n["PhoneNumberId"] async for page in pages for n in page["PhoneNumbers"]]
            return number["PhoneNumberId"], raised.value.response, listed

    number_id, missing, listed = run(scenario)
    assert (missing["ResourceType"], missing["ResourceId"]) == ("pool", "pool-missing")
    assert listed == [number_id]
    assert stored_numbers(pinpoint_mock) == [FIRST_NUMBER]
