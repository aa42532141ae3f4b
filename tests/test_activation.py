"""Turning the fake on and off: every form of ``mock_pinpoint``, nesting with ``moto.mock_aws``, plain
``mock_aws``, ``patch_client``, accounts, regions and freezegun, each through a real boto3 client."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any, Final, NoReturn

import boto3
import botocore.session
import pytest
from botocore.exceptions import ClientError
from botocore.handlers import BUILTIN_HANDLERS
from botocore.httpsession import URLLib3Session
from freezegun import freeze_time
from moto import mock_aws

import pinpoint_fake
from pinpoint_fake import MockPinpoint, RegionNotServed, hook, mock_pinpoint, patch_client
from pinpoint_fake.hook import mocking_enabled

SERVICE: Final = "pinpoint-sms-voice-v2"
REGION = "us-east-1"
DEFAULT_ACCOUNT = "123456789012"  # moto's
CONFORMANCE_EVENT = "after-call.pinpoint-sms-voice-v2"  # the suite's conformance check (tests/conftest.py)

MockFactory = Callable[[], AbstractContextManager[Any]]
NESTINGS = pytest.mark.parametrize(
    ("outer", "inner"),
    [(mock_pinpoint, mock_aws), (mock_aws, mock_pinpoint)],
    ids=["mock_pinpoint-outside-mock_aws", "mock_aws-outside-mock_pinpoint"],
)


def pinpoint(region: str = REGION, **kwargs: Any) -> Any:
    return boto3.client(SERVICE, region_name=region, **kwargs)


def create_pool(client: Any) -> str:
    """The id of a new pool holding a simulator number requested through the API."""
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool_id: str = client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )["PoolId"]
    return pool_id


def pool_ids(client: Any) -> list[str]:
    return [pool["PoolId"] for pool in client.describe_pools()["Pools"]]


# -- the forms of mock_pinpoint -------------------------------------------------------------------------


@mock_pinpoint
def test_bare_decorator_serves_the_decorated_test() -> None:
    client = pinpoint()
    pool_id = create_pool(client)
    assert pool_ids(client) == [pool_id]


@mock_pinpoint()
def test_decorator_with_parentheses_serves_the_decorated_test() -> None:
    client = pinpoint()
    pool_id = create_pool(client)
    assert pool_ids(client) == [pool_id]


def test_decorated_function_runs_with_mocking_off_afterwards() -> None:
    @mock_pinpoint
    def inside() -> bool:
        return mocking_enabled()

    assert (inside(), mocking_enabled()) == (True, False)


def test_decorator_applies_its_moto_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")

    @mock_pinpoint(config={"core": {"mock_credentials": False}})
    def access_key_inside() -> str | None:
        return os.environ.get("AWS_ACCESS_KEY_ID")

    assert access_key_inside() == "AKIAIOSFODNN7EXAMPLE"


@mock_pinpoint
class TestDecoratedClassWithSetupMethod:
    """moto's semantics: setup_method resets the state, its data is there in the test that follows."""

    def setup_method(self, method: Callable[..., object]) -> None:
        # moto's wrapper hides the signature from pytest, which then always passes the test method.
        self.client = pinpoint()
        self.pool_id = create_pool(self.client)

    def test_sees_the_pool_made_in_setup_method(self) -> None:
        assert pool_ids(self.client) == [self.pool_id]

    def test_sees_nothing_of_the_other_tests(self) -> None:
        second = create_pool(self.client)
        assert pool_ids(self.client) == [self.pool_id, second]


def test_context_manager_yields_the_mock() -> None:
    mock = mock_pinpoint()
    with mock as entered:
        assert entered is mock


def test_context_manager_serves_a_pool_made_from_a_seeded_number() -> None:
    with mock_pinpoint() as mock:
        number = mock.backend().seed_phone_number()
        client = pinpoint()
        pool_id = client.create_pool(OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL")[
            "PoolId"
        ]
        assert pool_ids(client) == [pool_id]


def test_start_returns_the_mock() -> None:
    mock = mock_pinpoint()
    started = mock.start()
    try:
        assert (started is mock, isinstance(started, MockPinpoint)) == (True, True)
    finally:
        mock.stop()


def test_start_and_stop_serve_the_calls_in_between() -> None:
    mock = mock_pinpoint().start()
    try:
        number = mock.backend().seed_phone_number()
        client = pinpoint()
        pool_id = client.create_pool(OriginationIdentity=number.phone_number_id, MessageType="TRANSACTIONAL")[
            "PoolId"
        ]
        assert pool_ids(client) == [pool_id]
    finally:
        mock.stop()


def test_stop_turns_mocking_off() -> None:
    mock = mock_pinpoint().start()
    mock.stop()
    assert mocking_enabled() is False


def test_stop_before_start_raises() -> None:
    with pytest.raises(RuntimeError, match=r"^Called stop\(\) before start\(\)\.$"):
        mock_pinpoint().stop()


# -- nesting with moto.mock_aws ---------------------------------------------------------------------------


@NESTINGS
def test_inner_start_keeps_the_outer_data(outer: MockFactory, inner: MockFactory) -> None:
    with outer():
        client = pinpoint()
        pool_id = create_pool(client)
        with inner():
            assert pool_ids(client) == [pool_id]


@NESTINGS
def test_inner_exit_keeps_the_data_and_the_mocking(outer: MockFactory, inner: MockFactory) -> None:
    with outer():
        client = pinpoint()
        with inner():
            pool_id = create_pool(client)
        assert pool_ids(client) == [pool_id]


@NESTINGS
def test_outermost_exit_turns_mocking_off(outer: MockFactory, inner: MockFactory) -> None:
    with outer(), inner():
        pass
    assert mocking_enabled() is False


@NESTINGS
def test_new_outermost_mock_starts_without_the_old_data(outer: MockFactory, inner: MockFactory) -> None:
    with outer():
        with inner():
            create_pool(pinpoint())
        create_pool(pinpoint())
    with mock_pinpoint():
        assert pool_ids(pinpoint()) == []


# -- plain mock_aws and patch_client ----------------------------------------------------------------------


@mock_aws
def test_plain_mock_aws_serves_the_service_once_pinpoint_fake_is_imported() -> None:
    client = pinpoint()
    pool_id = create_pool(client)
    assert pool_ids(client) == [pool_id]


def _no_network(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError("a request went past every before-send handler, towards the network")


@pytest.fixture
def unhooked_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A client of a Session that never got the fake's hook, as if made before ``import pinpoint_fake``."""
    monkeypatch.setattr(URLLib3Session, "send", _no_network)
    session = botocore.session.Session()
    for event, handler in hook.HANDLERS:  # what installing the hook adds to every new Session
        session.unregister(event, handler)
    with mock_pinpoint():
        client = session.create_client(SERVICE, region_name=REGION)
        # The suite's conformance check (tests/conftest.py) reads every answer as JSON; moto's 404 is plain
        # text. A Session made before the hook was installed would not carry that check either.
        for event, handler, *_ in BUILTIN_HANDLERS:
            if event == CONFORMANCE_EVENT:
                client.meta.events.unregister(event, handler)
        yield client


def test_client_without_the_hook_gets_motos_not_implemented(unhooked_client: Any) -> None:
    with pytest.raises(ClientError) as raised:
        unhooked_client.describe_pools()
    response = raised.value.response
    assert (response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]) == ("404", 404)


def test_patch_client_makes_a_client_without_the_hook_answer(unhooked_client: Any) -> None:
    patch_client(unhooked_client)
    pool_id = create_pool(unhooked_client)
    assert pool_ids(unhooked_client) == [pool_id]


def test_patch_client_twice_answers_once(unhooked_client: Any) -> None:
    patch_client(unhooked_client)
    patch_client(unhooked_client)
    create_pool(unhooked_client)
    assert len(pool_ids(unhooked_client)) == 1


# -- accounts and regions ---------------------------------------------------------------------------------


def test_moto_account_id_puts_the_pool_in_that_account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "111111111111")
    with mock_pinpoint() as mock:
        pool_id = create_pool(pinpoint())
        stored = [pool.pool_id for pool in mock.backends["111111111111"][REGION].pools.values()]
        assert stored == [pool_id]


def test_moto_account_id_leaves_the_default_account_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "111111111111")
    with mock_pinpoint() as mock:
        create_pool(pinpoint())
        assert len(mock.backend(REGION, DEFAULT_ACCOUNT).pools) == 0


def test_the_mocks_backend_defaults_to_the_moto_account_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "111111111111")
    with mock_pinpoint() as mock:
        seeded = mock.backend().seed_pool()
        assert pool_ids(pinpoint()) == [seeded.pool_id]


def test_moto_account_id_shows_in_the_pool_arn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "111111111111")
    with mock_pinpoint():
        pool = pinpoint().describe_pools(PoolIds=[create_pool(pinpoint())])["Pools"][0]
        assert pool["PoolArn"] == f"arn:aws:sms-voice:us-east-1:111111111111:pool/{pool['PoolId']}"


@mock_pinpoint
def test_assumed_role_credentials_land_in_the_role_account() -> None:
    credentials = boto3.client("sts", region_name=REGION).assume_role(
        RoleArn="arn:aws:iam::222222222222:role/r", RoleSessionName="session"
    )["Credentials"]
    client = pinpoint(
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )
    pool_id = create_pool(client)
    stored = [pool.pool_id for pool in pinpoint_fake.pinpoint_backends["222222222222"][REGION].pools.values()]
    assert (stored, pool_ids(pinpoint())) == ([pool_id], [])


@mock_pinpoint
def test_regions_are_separate_backends() -> None:
    pool_id = create_pool(pinpoint("eu-west-1"))
    assert (pool_ids(pinpoint("eu-west-1")), pool_ids(pinpoint(REGION))) == ([pool_id], [])


def test_ap_east_1_is_not_a_region_of_the_service() -> None:
    assert "ap-east-1" not in boto3.Session().get_available_regions(SERVICE)


@mock_pinpoint
def test_region_without_the_service_raises_region_not_served() -> None:
    with pytest.raises(RegionNotServed, match=r"not offered in region 'ap-east-1'"):
        pinpoint("ap-east-1").describe_pools()


def test_the_backend_of_a_region_without_the_service_is_region_not_served() -> None:
    with mock_pinpoint() as mock:
        with pytest.raises(RegionNotServed, match=r"not offered in region 'xx-nowhere-1'"):
            mock.backend("xx-nowhere-1")
        assert mock.backend("eu-west-1").region_name == "eu-west-1"


@mock_pinpoint
def test_moto_allow_nonexistent_region_serves_any_region(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTO_ALLOW_NONEXISTENT_REGION", "true")
    client = pinpoint("ap-east-1")
    pool_id = create_pool(client)
    assert pool_ids(client) == [pool_id]


# -- the clock --------------------------------------------------------------------------------------------


@mock_pinpoint
def test_created_timestamp_follows_freezegun() -> None:
    with freeze_time("2026-01-02 03:04:05"):
        client = pinpoint()
        created = client.describe_pools(PoolIds=[create_pool(client)])["Pools"][0]["CreatedTimestamp"]
    assert created == datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("change", ["no botocore_stubber", "a stubber without enabled"])
def test_a_moto_without_its_mocking_switch_gets_botocore_s_behaviour(
    monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """moto's switch is no public name: a moto without it is taken as not mocking, so the hook steps aside
    (botocore goes on), and this service's clients are made as ever."""
    import moto.core.models

    if change == "no botocore_stubber":
        monkeypatch.delattr(moto.core.models, "botocore_stubber")
    else:
        monkeypatch.setattr(moto.core.models, "botocore_stubber", object())
    client = botocore.session.Session().create_client(
        hook.SERVICE_ID, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    assert mocking_enabled() is False
    assert hook.answer(object()) is None  # type: ignore[arg-type]
    assert client.meta.region_name == "us-east-1"
