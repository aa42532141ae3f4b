"""Edges: nulls, odd tokens and ARNs, endpoints, seeding rules, idempotency, leasing, paging cost."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config

from pinpoint_fake import pagination

from .helpers import client_error, ids, new_pool
from .test_protocol import call

REGION = "us-east-1"


@pytest.fixture
def unchecked(pinpoint_mock: Any) -> Any:
    return boto3.client(
        "pinpoint-sms-voice-v2", region_name=REGION, config=Config(parameter_validation=False)
    )


# -- the wire -----------------------------------------------------------------------------------------


def test_a_null_member_counts_as_absent(pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool()
    status, body = call("DescribePools", b'{"MaxResults": null, "Filters": null}')
    assert (status, [found["PoolId"] for found in body["Pools"]]) == (200, [pool.pool_id])


def test_a_required_member_sent_as_null_must_not_be_null(unchecked: Any) -> None:
    response = client_error(unchecked.create_pool, OriginationIdentity=None, MessageType="TRANSACTIONAL")
    assert response["Fields"] == [{"Name": "OriginationIdentity", "Message": "Member must not be null"}]


def test_a_long_value_is_cut_short_in_the_message(unchecked: Any) -> None:
    response = client_error(unchecked.describe_pools, PoolIds=["p" * 1000])
    assert f"Value '{'p' * 200}...' at 'PoolIds[0]'" in response["Error"]["Message"]


@pytest.mark.parametrize("token", ["ü", "abc def", "%%%%"])
def test_a_token_that_is_not_base64_text_is_invalid(pinpoint_client: Any, token: str) -> None:
    response = client_error(pinpoint_client.describe_pools, NextToken=token)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")


@pytest.mark.parametrize(
    "settings",
    [
        {"endpoint_url": "https://sqs.us-east-1.amazonaws.com"},  # a host moto serves itself
        {"endpoint_url": "https://s3.amazonaws.com"},
        {"endpoint_url": "http://localhost:4566"},
        {"config": Config(use_fips_endpoint=True)},
        {"config": Config(use_dualstack_endpoint=True)},
    ],
    ids=["moto-sqs-host", "moto-s3-host", "localhost", "fips", "dualstack"],
)
def test_any_endpoint_is_answered_by_the_fake(pinpoint_mock: Any, settings: dict[str, Any]) -> None:
    client = boto3.client("pinpoint-sms-voice-v2", region_name=REGION, **settings)
    pool = new_pool(client)
    assert ids(client.describe_pools()["Pools"]) == [pool["PoolId"]]


# -- identities and ARNs --------------------------------------------------------------------------------


def test_a_sender_id_named_like_a_phone_id_is_found_by_name(pinpoint_client: Any) -> None:
    pinpoint_client.request_sender_id(SenderId="phone-ab", IsoCountryCode="GB")
    pool = pinpoint_client.create_pool(
        OriginationIdentity="phone-ab", IsoCountryCode="GB", MessageType="PROMOTIONAL"
    )
    assert pool["Status"] == "ACTIVE"


@pytest.mark.parametrize("suffix", ["sender-id/ACME", "sender-id/ACME/GB/X", "sender-id/ACME/"])
def test_a_sender_id_arn_must_name_its_country(pinpoint_client: Any, suffix: str) -> None:
    pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    arn = f"arn:aws:sms-voice:us-east-1:123456789012:{suffix}"
    response = client_error(pinpoint_client.create_pool, OriginationIdentity=arn, MessageType="PROMOTIONAL")
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_ARN")
    assert response["Fields"] == [{"Name": "OriginationIdentity", "Message": "Invalid ARN"}]


# -- opt-out lists ----------------------------------------------------------------------------------------


def test_a_seeded_pools_opt_out_list_exists(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pool = pinpoint_mock.backend().seed_pool(opt_out_list_name="Marketing")
    other = new_pool(pinpoint_client)
    updated = pinpoint_client.update_pool(PoolId=other["PoolId"], OptOutListName="Marketing")
    assert (updated["OptOutListName"], pool.opt_out_list_name) == ("Marketing", "Marketing")


def test_a_seeded_opt_out_list_can_be_named(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend().seed_opt_out_list("Quiet")
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS"],
        NumberType="SIMULATOR",
        OptOutListName="Quiet",
    )
    assert number["OptOutListName"] == "Quiet"


def test_a_number_requested_into_a_pool_must_share_its_opt_out_list(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(opt_out_list_name="Marketing")
    response = client_error(
        pinpoint_client.request_phone_number,
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS"],
        NumberType="SIMULATOR",
        PoolId=pool.pool_id,
        OptOutListName="Default",
    )
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "OPT_OUT_LIST_MISMATCH",
        pool.pool_id,
    )


# -- seeding ---------------------------------------------------------------------------------------------


def test_seeding_a_duplicate_id_is_a_value_error(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    pool = backend.seed_pool()
    with pytest.raises(ValueError, match="already stored"):
        backend.seed_pool(pool_id=pool.pool_id)
    backend.seed_sender_id("ACME", "GB")
    with pytest.raises(ValueError, match="already stored"):
        backend.seed_sender_id("ACME", "GB")


def test_seeding_an_unknown_attribute_is_a_value_error(pinpoint_mock: Any) -> None:
    with pytest.raises(ValueError, match="colour"):
        pinpoint_mock.backend().seed_pool(colour="blue")


def test_seeding_a_value_the_model_forbids_is_a_value_error(pinpoint_mock: Any) -> None:
    with pytest.raises(ValueError, match="Status: Member must satisfy enum value set"):
        pinpoint_mock.backend().seed_pool(status="BROKEN")


@pytest.mark.parametrize(
    ("seed", "attributes", "message"),
    [
        ("seed_phone_number", {"pool_id": "pool-1"}, "seed_pool"),
        ("seed_phone_number", {"iso_country_code": "ZZ"}, "no range for ZZ"),
        ("seed_phone_number", {"phone_number_id": "phone-1", "phone_number": "+15550001"}, "already stored"),
        ("seed_opt_out_list", {"name": "Default", "created_timestamp": None}, "takes no attributes"),
    ],
)
def test_seeding_what_the_registry_cannot_hold_is_a_value_error(
    pinpoint_mock: Any, seed: str, attributes: dict[str, Any], message: str
) -> None:
    pinpoint_mock.backend().seed_phone_number(phone_number_id="phone-1")
    with pytest.raises(ValueError, match=message):
        getattr(pinpoint_mock.backend(), seed)(**attributes)


def test_a_seeded_pool_takes_only_identities_of_its_own_backend_once(pinpoint_mock: Any) -> None:
    here, elsewhere = pinpoint_mock.backend(), pinpoint_mock.backend("eu-west-1")
    number = here.seed_phone_number()
    with pytest.raises(ValueError, match="given twice"):
        here.seed_pool(origination_identities=[number, number])
    with pytest.raises(ValueError, match="not a record of this backend"):
        here.seed_pool(origination_identities=[elsewhere.seed_phone_number()])
    here.seed_pool(origination_identities=[number])
    with pytest.raises(ValueError, match="already in"):
        here.seed_pool(origination_identities=[number])
    assert len(here.pools) == 1


# -- idempotency -------------------------------------------------------------------------------------------


def test_a_replayed_token_gets_the_first_answer_even_after_changes(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    arguments = {
        "OriginationIdentity": sender["SenderIdArn"],
        "MessageType": "TRANSACTIONAL",
        "ClientToken": "x",
    }
    first = pinpoint_client.create_pool(**arguments)
    pinpoint_client.delete_pool(PoolId=first["PoolId"])
    again = pinpoint_client.create_pool(**arguments)
    assert (again["PoolId"], again["Status"]) == (first["PoolId"], "ACTIVE")
    assert pinpoint_client.describe_pools()["Pools"] == []


@pytest.mark.parametrize(
    ("operation", "arguments"),
    [
        ("request_sender_id", {"SenderId": "ACME", "IsoCountryCode": "GB"}),
        (
            "request_phone_number",
            {
                "IsoCountryCode": "US",
                "MessageType": "TRANSACTIONAL",
                "NumberCapabilities": ["SMS"],
                "NumberType": "SIMULATOR",
            },
        ),
    ],
)
def test_every_operation_with_a_token_replays(
    pinpoint_client: Any, pinpoint_mock: Any, operation: str, arguments: Any
) -> None:
    first = getattr(pinpoint_client, operation)(ClientToken="same", **arguments)
    again = getattr(pinpoint_client, operation)(ClientToken="same", **arguments)
    first.pop("ResponseMetadata")
    again.pop("ResponseMetadata")
    assert again == first
    backend = pinpoint_mock.backend()
    assert len(backend.sender_ids) + len(backend.phone_numbers) == 1


# -- leasing, tags, encoding -----------------------------------------------------------------------------


def test_each_country_leases_from_its_own_range(pinpoint_client: Any) -> None:
    def lease(country: str) -> str:
        number: str = pinpoint_client.request_phone_number(
            IsoCountryCode=country,
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="LONG_CODE",
        )["PhoneNumber"]
        return number

    assert [lease("US"), lease("US"), lease("GB")] == ["+12065550100", "+12065550101", "+447700900000"]


def test_a_tag_key_given_twice_keeps_its_last_value(pinpoint_client: Any) -> None:
    sender = pinpoint_client.request_sender_id(
        SenderId="ACME", IsoCountryCode="GB", Tags=[{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]
    )
    assert sender["Tags"] == [{"Key": "k", "Value": "2"}]


def test_a_pool_described_again_after_an_update_shows_the_update(pinpoint_client: Any) -> None:
    pool = new_pool(pinpoint_client)
    assert pinpoint_client.describe_pools()["Pools"][0]["SharedRoutesEnabled"] is False
    pinpoint_client.update_pool(PoolId=pool["PoolId"], SharedRoutesEnabled=True)
    assert pinpoint_client.describe_pools()["Pools"][0]["SharedRoutesEnabled"] is True


# -- paging cost -----------------------------------------------------------------------------------------


def test_a_deep_page_visits_only_its_own_entries(
    pinpoint_client: Any, pinpoint_mock: Any, monkeypatch: Any
) -> None:
    """The page after 9,900 pools reads 101 entries of the store, not 10,000 (a cursor, not a scan)."""
    backend = pinpoint_mock.backend()
    for _ in range(10_000):
        backend.seed_pool()
    token = None
    for _ in range(99):
        token = pinpoint_client.describe_pools(MaxResults=100, **({"NextToken": token} if token else {}))[
            "NextToken"
        ]
    visited: list[int] = []
    original = pagination.OrderedStore.after

    def counted(store: Any, seq: int) -> Any:
        for entry in original(store, seq):
            visited.append(entry[0])
            yield entry

    monkeypatch.setattr(pagination.OrderedStore, "after", counted)
    last = pinpoint_client.describe_pools(MaxResults=100, NextToken=token)
    assert (len(last["Pools"]), "NextToken" in last, len(visited)) == (100, False, 100)


def test_clearing_the_memos_changes_no_answer(pinpoint_client: Any) -> None:
    from pinpoint_fake.writer import clear_memos

    new_pool(pinpoint_client)
    before = pinpoint_client.describe_pools()["Pools"]
    clear_memos()
    assert pinpoint_client.describe_pools()["Pools"] == before


# -- the layout's guarantees ----------------------------------------------------------------------------


def test_a_result_with_a_member_its_shape_lacks_fails_loudly(pinpoint_client: Any, monkeypatch: Any) -> None:
    from pinpoint_fake.backend import PinpointBackend
    from pinpoint_fake.errors import FakeInternalError
    from pinpoint_fake.records import Result

    def misspelt(self: Any, resource_arn: str) -> Result:
        return Result(resource_arn=resource_arn, tgas=[])

    monkeypatch.setattr(PinpointBackend, "list_tags_for_resource", misspelt)
    pool = new_pool(pinpoint_client)
    with pytest.raises(FakeInternalError, match=r"no member for the attributes \['tgas'\]"):
        pinpoint_client.list_tags_for_resource(ResourceArn=pool["PoolArn"])


def test_a_reused_token_of_an_answer_about_no_resource_conflicts_without_naming_one(
    pinpoint_client: Any, monkeypatch: Any
) -> None:
    from pinpoint_fake.backend import PinpointBackend
    from pinpoint_fake.records import Result

    def created(self: Any, opt_out_list_name: str, tags: Any = None) -> Result:
        return Result(opt_out_list_name=opt_out_list_name)  # an answer that is no record

    monkeypatch.setattr(PinpointBackend, "create_opt_out_list", created)
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet", ClientToken="t")
    response = client_error(pinpoint_client.create_opt_out_list, OptOutListName="Loud", ClientToken="t")
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "RESOURCE_ALREADY_EXISTS")
    assert "ResourceType" not in response
    assert "ResourceId" not in response


def test_looking_at_another_account_creates_no_backend_for_it(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    stranger = "999999999999"
    pool_arn = f"arn:aws:sms-voice:{REGION}:{stranger}:pool/pool-{'0' * 32}"
    response = client_error(pinpoint_client.describe_pools, PoolIds=[pool_arn])
    assert (response["Error"]["Code"], response["ResourceId"]) == ("ResourceNotFoundException", pool_arn)
    pinpoint_client.describe_pools(Owner="SHARED")
    pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )  # a lease looks at every account's numbers
    assert stranger not in pinpoint_mock.backends
    assert list(pinpoint_mock.backends) == ["123456789012"]
