"""Every Describe*/List* operation pages through the one paginator with the same guarantees."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from botocore import xform_name

from pinpoint_fake.backend import implemented_operations
from pinpoint_fake.service_model import max_page_size, paginator

from .helpers import MODEL_HAS_1_44, client_error, new_pool

Setup = Callable[[Any, int], tuple[dict[str, Any], list[str]]]


def _numbers(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )["PhoneNumberArn"]
        for _ in range(count)
    ]
    return {}, made


def _pools(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    return {}, [new_pool(client)["PoolArn"] for _ in range(count)]


def _sender_ids(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.request_sender_id(SenderId=f"S{i}", IsoCountryCode="GB")["SenderIdArn"] for i in range(count)
    ]
    return {}, made


def _opt_out_lists(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [client.create_opt_out_list(OptOutListName=f"L{i}")["OptOutListArn"] for i in range(count)]
    return {}, ["arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default", *made]


def _opted_out_numbers(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=f"+1206555{i:04d}")[
            "OptedOutNumber"
        ]
        for i in range(count)
    ]
    return {"OptOutListName": "Default"}, made


def _pool_identities(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    pool = new_pool(client)
    first = client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"][0]
    made = [
        client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
            PoolId=pool["PoolId"],
        )["PhoneNumberArn"]
        for _ in range(count - 1)
    ]
    return {"PoolId": pool["PoolId"]}, [first["OriginationIdentityArn"], *made]


def _available_numbers(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    """Exactly ``count`` available numbers: those starting with the shortest prefix of the US block that has
    enough, less the first ones of them, leased in order."""
    size = 10 if count <= 10 else 100
    prefix = "+1206555010" if size == 10 else "+120655501"
    for _ in range(size - count):
        client.request_phone_number(
            IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="TEN_DLC"
        )
    search = {
        "IsoCountryCode": "US",
        "NumberCapabilities": ["SMS"],
        "NumberType": "TEN_DLC",
        "NumberPreference": [{"PreferenceType": ["StartsWith"], "Filter": [prefix]}],
    }
    return search, [f"{prefix}{n:0{len(str(size - 1))}d}" for n in range(size - count, size)]


# operation -> (what makes items, the key naming an item in the result, or None when items are strings)
LISTINGS: dict[str, tuple[Setup, str | None]] = {
    "DescribePools": (_pools, "PoolArn"),
    "DescribePhoneNumbers": (_numbers, "PhoneNumberArn"),
    "DescribeSenderIds": (_sender_ids, "SenderIdArn"),
    "DescribeOptOutLists": (_opt_out_lists, "OptOutListArn"),
    "DescribeOptedOutNumbers": (_opted_out_numbers, "OptedOutNumber"),
    "ListPoolOriginationIdentities": (_pool_identities, "OriginationIdentityArn"),
    **(
        {"ListAvailablePhoneNumbers": (_available_numbers, None)} if MODEL_HAS_1_44 else {}
    ),  # botocore >= 1.44
}


def named(items: list[Any], key: str | None) -> list[str]:
    return [item if key is None else item[key] for item in items]


def test_every_implemented_paging_operation_is_covered_here() -> None:
    assert set(LISTINGS) == {operation for operation in implemented_operations() if paginator(operation)}


@pytest.fixture(params=sorted(LISTINGS))
def listing(request: pytest.FixtureRequest) -> tuple[str, str, str, Setup, str | None]:
    operation: str = request.param
    config = paginator(operation)
    assert config is not None
    setup, key = LISTINGS[operation]
    return xform_name(operation), config["result_key"], operation, setup, key


def test_pages_hold_every_item_once_in_creation_order(pinpoint_client: Any, listing: Any) -> None:
    method, result_key, _, setup, key = listing
    arguments, made = setup(pinpoint_client, 5)
    seen: list[str] = []
    token = None
    sizes = []
    while True:
        page = getattr(pinpoint_client, method)(
            **arguments, MaxResults=2, **({"NextToken": token} if token else {})
        )
        sizes.append(len(page[result_key]))
        seen += named(page[result_key], key)
        token = page.get("NextToken")
        if token is None:
            break
    assert seen == made
    assert sizes == [2] * (len(made) // 2) + ([len(made) % 2] if len(made) % 2 else [])


def test_the_boto3_paginator_gives_the_same_items(pinpoint_client: Any, listing: Any) -> None:
    method, result_key, _, setup, key = listing
    arguments, made = setup(pinpoint_client, 3)
    pages = pinpoint_client.get_paginator(method).paginate(**arguments, PaginationConfig={"PageSize": 1})
    assert named(pages.build_full_result()[result_key], key) == made


def test_the_default_page_is_the_models_maximum(pinpoint_client: Any, listing: Any) -> None:
    method, result_key, operation, setup, key = listing
    arguments, made = setup(pinpoint_client, max_page_size(operation) + 1)
    first = getattr(pinpoint_client, method)(**arguments)
    assert named(first[result_key], key) == made[: max_page_size(operation)]
    rest = getattr(pinpoint_client, method)(**arguments, NextToken=first["NextToken"])
    assert named(rest[result_key], key) == made[max_page_size(operation) :]


def test_a_token_of_another_operation_is_invalid(pinpoint_client: Any, listing: Any) -> None:
    method, _, operation, setup, _ = listing
    arguments, _ = setup(pinpoint_client, 1)
    other_method = "describe_pools" if operation != "DescribePools" else "describe_phone_numbers"
    for _ in range(2):
        (_pools if other_method == "describe_pools" else _numbers)(pinpoint_client, 1)
    token = getattr(pinpoint_client, other_method)(MaxResults=1)["NextToken"]
    response = client_error(getattr(pinpoint_client, method), **arguments, NextToken=token)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")


def test_an_item_deleted_between_pages_does_not_shift_the_rest(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    _, made = _numbers(pinpoint_client, 4)
    first = pinpoint_client.describe_phone_numbers(MaxResults=2)
    pinpoint_client.release_phone_number(PhoneNumberId=made[0])
    later = _numbers(pinpoint_client, 1)[1]
    rest = pinpoint_client.describe_phone_numbers(NextToken=first["NextToken"])
    assert [number["PhoneNumberArn"] for number in rest["PhoneNumbers"]] == made[2:] + later
