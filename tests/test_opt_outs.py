"""Opt-out lists (Create/Delete/DescribeOptOutLists), their numbers (Put/Delete/DescribeOptedOutNumbers)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake.service_model import output_shape

from .helpers import client_error

ACCOUNT = "123456789012"


def list_arn(name: str, region: str = "us-east-1", account: str = ACCOUNT) -> str:
    return f"arn:aws:sms-voice:{region}:{account}:opt-out-list/{name}"


def names(response: dict[str, Any]) -> list[str]:
    return [item["OptOutListName"] for item in response["OptOutLists"]]


def opted_out(response: dict[str, Any]) -> list[str]:
    return [item["OptedOutNumber"] for item in response["OptedOutNumbers"]]


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


# -- the Default list -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "region",
    ["us-east-1", pytest.param("eu-west-1", marks=pytest.mark.pinpoint_region("eu-west-1"))],
)
def test_a_fresh_region_has_exactly_the_default_list(pinpoint_client: Any, region: str) -> None:
    response = pinpoint_client.describe_opt_out_lists()
    (only,) = response["OptOutLists"]
    assert only == {
        "OptOutListArn": list_arn("Default", region=region),
        "OptOutListName": "Default",
        "CreatedTimestamp": only["CreatedTimestamp"],
    }
    assert isinstance(only["CreatedTimestamp"], datetime)
    assert "NextToken" not in response


def test_every_account_has_its_own_default_list(pinpoint_client: Any, monkeypatch: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Mine")
    monkeypatch.setenv("MOTO_ACCOUNT_ID", "210987654321")
    (only,) = pinpoint_client.describe_opt_out_lists()["OptOutLists"]
    assert (only["OptOutListName"], only["OptOutListArn"]) == (
        "Default",
        list_arn("Default", account="210987654321"),
    )


def test_new_numbers_and_pools_use_the_default_list(pinpoint_client: Any) -> None:
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    assert (number["OptOutListName"], pool["OptOutListName"]) == ("Default", "Default")


# -- CreateOptOutList -------------------------------------------------------------------------------------


def test_create_opt_out_list_answers_the_list_with_its_tags(pinpoint_client: Any) -> None:
    tags = [{"Key": "team", "Value": "sms"}]
    with freeze_time("2026-05-06 07:08:09"):
        created = pinpoint_client.create_opt_out_list(OptOutListName="Marketing", Tags=tags)
    assert without_metadata(created) == {
        "OptOutListArn": list_arn("Marketing"),
        "OptOutListName": "Marketing",
        "Tags": tags,
        "CreatedTimestamp": datetime(2026, 5, 6, 7, 8, 9, tzinfo=timezone.utc),
    }
    assert pinpoint_client.list_tags_for_resource(ResourceArn=created["OptOutListArn"])["Tags"] == tags
    assert pinpoint_client.describe_opt_out_lists()["OptOutLists"][1] == {
        key: value for key, value in without_metadata(created).items() if key != "Tags"
    }


def test_create_opt_out_list_without_tags_answers_no_tags(pinpoint_client: Any) -> None:
    assert set(without_metadata(pinpoint_client.create_opt_out_list(OptOutListName="A"))) == set(
        output_shape("CreateOptOutList").members
    )
    assert pinpoint_client.list_tags_for_resource(ResourceArn=list_arn("A"))["Tags"] == []


@pytest.mark.parametrize("name", ["Marketing", "Default"])
def test_a_list_name_already_taken_conflicts(pinpoint_client: Any, name: str) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    response = client_error(pinpoint_client.create_opt_out_list, OptOutListName=name)
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == ("ConflictException", "RESOURCE_ALREADY_EXISTS", "opt-out-list", name)
    assert names(pinpoint_client.describe_opt_out_lists()) == ["Default", "Marketing"]


def test_list_names_are_case_sensitive(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="default")
    assert names(pinpoint_client.describe_opt_out_lists()) == ["Default", "default"]


# -- DescribeOptOutLists ----------------------------------------------------------------------------------


def test_lists_are_named_by_name_or_arn_and_come_in_creation_order(pinpoint_client: Any) -> None:
    for name in ("C", "A", "B"):
        pinpoint_client.create_opt_out_list(OptOutListName=name)
    response = pinpoint_client.describe_opt_out_lists(OptOutListNames=["B", list_arn("C"), "Default", "C"])
    assert names(response) == ["Default", "C", "B"]


@pytest.mark.parametrize(
    "unknown",
    ["Nope", list_arn("Nope"), list_arn("A", region="us-west-2"), list_arn("A", account="210987654321")],
    ids=["name", "arn", "other-region", "other-account"],
)
def test_an_unknown_list_fails_the_whole_call(pinpoint_client: Any, unknown: str) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="A")
    response = client_error(pinpoint_client.describe_opt_out_lists, OptOutListNames=["A", unknown])
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        unknown,
    )


def test_owner_with_list_names_is_rejected(pinpoint_client: Any) -> None:
    response = client_error(pinpoint_client.describe_opt_out_lists, Owner="SELF", OptOutListNames=["Default"])
    assert (response["Error"]["Code"], response["Reason"]) == (
        "ValidationException",
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
    )
    assert [field["Name"] for field in response["Fields"]] == ["Owner", "OptOutListNames"]


def test_owner_self_returns_the_accounts_lists_and_shared_none(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="A")
    assert names(pinpoint_client.describe_opt_out_lists(Owner="SELF")) == ["Default", "A"]
    assert pinpoint_client.describe_opt_out_lists(Owner="SHARED")["OptOutLists"] == []


def test_lists_page_with_max_results_and_the_paginator(pinpoint_client: Any) -> None:
    created = ["Default"] + [f"L{i}" for i in range(4)]
    for name in created[1:]:
        pinpoint_client.create_opt_out_list(OptOutListName=name)
    first = pinpoint_client.describe_opt_out_lists(MaxResults=2)
    second = pinpoint_client.describe_opt_out_lists(MaxResults=2, NextToken=first["NextToken"])
    third = pinpoint_client.describe_opt_out_lists(MaxResults=2, NextToken=second["NextToken"])
    assert [names(first), names(second), names(third)] == [created[0:2], created[2:4], created[4:]]
    assert "NextToken" not in third
    paginator = pinpoint_client.get_paginator("describe_opt_out_lists")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 3}))
    assert [names(page) for page in pages] == [created[0:3], created[3:]]


# -- DeleteOptOutList -------------------------------------------------------------------------------------


@pytest.mark.parametrize("by_arn", [False, True])
def test_an_unused_list_is_deleted_and_answered(pinpoint_client: Any, by_arn: bool) -> None:
    created = pinpoint_client.create_opt_out_list(
        OptOutListName="Marketing", Tags=[{"Key": "k", "Value": "v"}]
    )
    pinpoint_client.put_opted_out_number(OptOutListName="Marketing", OptedOutNumber="+12065550100")
    deleted = pinpoint_client.delete_opt_out_list(
        OptOutListName=list_arn("Marketing") if by_arn else "Marketing"
    )
    assert without_metadata(deleted) == {
        "OptOutListArn": created["OptOutListArn"],
        "OptOutListName": "Marketing",
        "CreatedTimestamp": created["CreatedTimestamp"],
    }
    assert names(pinpoint_client.describe_opt_out_lists()) == ["Default"]
    response = client_error(pinpoint_client.describe_opted_out_numbers, OptOutListName="Marketing")
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
    )


def test_a_deleted_lists_name_can_be_used_again_and_starts_empty(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    pinpoint_client.put_opted_out_number(OptOutListName="Marketing", OptedOutNumber="+12065550100")
    pinpoint_client.delete_opt_out_list(OptOutListName="Marketing")
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Marketing")["OptedOutNumbers"] == []


@pytest.mark.parametrize("name", ["Default", list_arn("Default")])
def test_the_default_list_cannot_be_deleted(pinpoint_client: Any, name: str) -> None:
    response = client_error(pinpoint_client.delete_opt_out_list, OptOutListName=name)
    assert (
        response["Error"]["Code"],
        response["Reason"],
        response["ResourceType"],
        response["ResourceId"],
    ) == ("ConflictException", "RESOURCE_DELETION_NOT_ALLOWED", "opt-out-list", "Default")
    assert names(pinpoint_client.describe_opt_out_lists()) == ["Default"]


def test_a_list_a_pool_uses_cannot_be_deleted_until_the_pool_is_deleted(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(opt_out_list_name="Marketing")
    response = client_error(pinpoint_client.delete_opt_out_list, OptOutListName="Marketing")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_DELETION_NOT_ALLOWED",
        "Marketing",
    )
    pinpoint_client.delete_pool(PoolId=pool.pool_id)
    assert pinpoint_client.delete_opt_out_list(OptOutListName="Marketing")["OptOutListName"] == "Marketing"


def test_a_list_an_rcs_agent_uses_cannot_be_deleted_and_the_error_names_the_agent(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    agent = pinpoint_mock.backend().seed_rcs_agent(opt_out_list_name="Marketing")
    response = client_error(pinpoint_client.delete_opt_out_list, OptOutListName="Marketing")
    assert (response["Error"]["Code"], response["Reason"], response["ResourceType"]) == (
        "ConflictException",
        "RESOURCE_DELETION_NOT_ALLOWED",
        "opt-out-list",
    )
    assert response["Error"]["Message"] == (
        f"The opt-out-list 'Marketing' is used by the rcs-agent '{agent.rcs_agent_id}'."
    )


def test_a_list_a_phone_number_uses_cannot_be_deleted_until_the_number_is_released(
    pinpoint_client: Any,
) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS"],
        NumberType="SIMULATOR",
        OptOutListName="Marketing",
    )
    response = client_error(pinpoint_client.delete_opt_out_list, OptOutListName=list_arn("Marketing"))
    assert (response["Error"]["Code"], response["Reason"], response["ResourceId"]) == (
        "ConflictException",
        "RESOURCE_DELETION_NOT_ALLOWED",
        "Marketing",
    )
    pinpoint_client.update_phone_number(PhoneNumberId=number["PhoneNumberId"], OptOutListName="Default")
    assert pinpoint_client.delete_opt_out_list(OptOutListName="Marketing")["OptOutListName"] == "Marketing"


def test_a_list_a_released_number_used_can_be_deleted(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    number = pinpoint_client.request_phone_number(
        IsoCountryCode="US",
        MessageType="TRANSACTIONAL",
        NumberCapabilities=["SMS"],
        NumberType="SIMULATOR",
        OptOutListName="Marketing",
    )
    pinpoint_client.release_phone_number(PhoneNumberId=number["PhoneNumberId"])
    assert pinpoint_client.delete_opt_out_list(OptOutListName="Marketing")["OptOutListName"] == "Marketing"


@pytest.mark.parametrize("name", ["Nope", list_arn("Nope"), list_arn("Default", region="us-west-2")])
def test_deleting_an_unknown_list_is_not_found(pinpoint_client: Any, name: str) -> None:
    response = client_error(pinpoint_client.delete_opt_out_list, OptOutListName=name)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        name,
    )


# -- PutOptedOutNumber / DeleteOptedOutNumber -------------------------------------------------------------


@pytest.mark.parametrize("number", ["12065550100", "+12065550100"])
def test_a_put_number_is_kept_with_its_plus(pinpoint_client: Any, number: str) -> None:
    with freeze_time("2026-02-03 04:05:06"):
        put = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
    entry = {
        "OptedOutNumber": "+12065550100",
        "OptedOutTimestamp": datetime(2026, 2, 3, 4, 5, 6, tzinfo=timezone.utc),
        "EndUserOptedOut": False,
    }
    assert without_metadata(put) == {
        "OptOutListArn": list_arn("Default"),
        "OptOutListName": "Default",
        **entry,
    }
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"] == [entry]


def test_a_number_put_twice_keeps_its_first_entry(pinpoint_client: Any) -> None:
    with freeze_time("2026-02-03 04:05:06"):
        first = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    with freeze_time("2026-03-03 04:05:06"):
        again = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="12065550100")
    assert without_metadata(again) == without_metadata(first)
    assert opted_out(pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")) == ["+12065550100"]


def test_a_seeded_opted_out_number_that_fails_creates_no_list(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    with pytest.raises(ValueError, match="colour"):
        pinpoint_mock.backend().seed_opted_out_number("New", "+12065550123", colour="red")
    with pytest.raises(ValueError, match="OptedOutNumberInformation"):
        pinpoint_mock.backend().seed_opted_out_number("New", "+12065550123", opted_out_timestamp="today")
    listed = pinpoint_client.describe_opt_out_lists()["OptOutLists"]
    assert [entry["OptOutListName"] for entry in listed] == ["Default"]


def test_putting_a_number_the_end_user_opted_out_leaves_it_so(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pinpoint_mock.backend().seed_opted_out_number("Default", "+12065550123")
    put = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="12065550123")
    assert (put["OptedOutNumber"], put["EndUserOptedOut"]) == ("+12065550123", True)


def test_a_number_is_opted_out_of_each_list_separately(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    pinpoint_client.put_opted_out_number(OptOutListName=list_arn("Marketing"), OptedOutNumber="+12065550100")
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"] == []
    marketing = pinpoint_client.describe_opted_out_numbers(OptOutListName="Marketing")
    assert opted_out(marketing) == ["+12065550100"]


@pytest.mark.parametrize("operation", ["put_opted_out_number", "delete_opted_out_number"])
def test_a_number_of_an_unknown_list_is_not_found(pinpoint_client: Any, operation: str) -> None:
    response = client_error(
        getattr(pinpoint_client, operation), OptOutListName="Nope", OptedOutNumber="+12065550100"
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        "Nope",
    )


@pytest.mark.parametrize("number", ["12065550100", "+12065550100"])
def test_delete_opted_out_number_answers_the_entry_and_removes_it(pinpoint_client: Any, number: str) -> None:
    put = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550101")
    deleted = pinpoint_client.delete_opted_out_number(OptOutListName="Default", OptedOutNumber=number)
    assert without_metadata(deleted) == without_metadata(put)
    assert opted_out(pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")) == ["+12065550101"]


@pytest.mark.parametrize("number", ["12065550199", "+12065550199"])
def test_deleting_a_number_that_is_not_opted_out_is_not_found(pinpoint_client: Any, number: str) -> None:
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    response = client_error(
        pinpoint_client.delete_opted_out_number, OptOutListName="Default", OptedOutNumber=number
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opted-out-number",
        number,
    )


def test_a_deleted_number_can_be_opted_out_again(pinpoint_client: Any) -> None:
    with freeze_time("2026-02-03 04:05:06"):
        pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    pinpoint_client.delete_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    with freeze_time("2026-04-03 04:05:06"):
        again = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550100")
    assert again["OptedOutTimestamp"] == datetime(2026, 4, 3, 4, 5, 6, tzinfo=timezone.utc)


# -- DescribeOptedOutNumbers ------------------------------------------------------------------------------


def put_numbers(client: Any, count: int, list_name: str = "Default") -> list[str]:
    numbers = [f"+1206555{100 + i:04d}" for i in range(count)]
    for number in numbers:
        client.put_opted_out_number(OptOutListName=list_name, OptedOutNumber=number)
    return numbers


def test_describe_opted_out_numbers_answers_the_list_and_its_numbers_in_order(pinpoint_client: Any) -> None:
    numbers = put_numbers(pinpoint_client, 3)
    response = pinpoint_client.describe_opted_out_numbers(OptOutListName=list_arn("Default"))
    assert (response["OptOutListArn"], response["OptOutListName"], opted_out(response)) == (
        list_arn("Default"),
        "Default",
        numbers,
    )
    assert "NextToken" not in response


def test_opted_out_numbers_are_picked_with_or_without_plus_in_list_order(pinpoint_client: Any) -> None:
    numbers = put_numbers(pinpoint_client, 4)
    response = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", OptedOutNumbers=[numbers[3].lstrip("+"), numbers[1], numbers[3]]
    )
    assert opted_out(response) == [numbers[1], numbers[3]]


@pytest.mark.parametrize("unknown", ["12065559999", "+12065559999"])
def test_an_unknown_opted_out_number_fails_the_whole_call(pinpoint_client: Any, unknown: str) -> None:
    numbers = put_numbers(pinpoint_client, 2)
    response = client_error(
        pinpoint_client.describe_opted_out_numbers,
        OptOutListName="Default",
        OptedOutNumbers=[numbers[0], unknown],
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opted-out-number",
        unknown,
    )


def test_a_number_of_another_list_is_not_found_in_this_one(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    put_numbers(pinpoint_client, 1, "Marketing")
    response = client_error(
        pinpoint_client.describe_opted_out_numbers, OptOutListName="Default", OptedOutNumbers=["+12065550100"]
    )
    assert (response["Error"]["Code"], response["ResourceType"]) == (
        "ResourceNotFoundException",
        "opted-out-number",
    )


@pytest.mark.parametrize("name", ["Nope", list_arn("Default", account="210987654321")])
def test_the_numbers_of_an_unknown_list_are_not_found(pinpoint_client: Any, name: str) -> None:
    response = client_error(pinpoint_client.describe_opted_out_numbers, OptOutListName=name)
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "opt-out-list",
        name,
    )


@pytest.fixture
def mixed_numbers(pinpoint_client: Any, pinpoint_mock: Any) -> dict[str, list[str]]:
    """Numbers opted out by the account (API) and by their end users (seeded), interleaved."""
    backend = pinpoint_mock.backend()
    by_account, by_end_user = ["+12065550100", "+12065550102"], ["+12065550101", "+12065550123"]
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=by_account[0])
    backend.seed_opted_out_number("Default", by_end_user[0])
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=by_account[1])
    backend.seed_opted_out_number("Default", by_end_user[1])
    return {"true": by_end_user, "false": by_account}


@pytest.mark.parametrize("value", ["true", "false"])
def test_the_end_user_opted_out_filter(
    pinpoint_client: Any, mixed_numbers: dict[str, list[str]], value: str
) -> None:
    response = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", Filters=[{"Name": "end-user-opted-out", "Values": [value]}]
    )
    assert opted_out(response) == mixed_numbers[value]
    assert {item["EndUserOptedOut"] for item in response["OptedOutNumbers"]} == {value == "true"}


def test_both_filter_values_select_every_number(
    pinpoint_client: Any, mixed_numbers: dict[str, list[str]]
) -> None:
    response = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", Filters=[{"Name": "end-user-opted-out", "Values": ["false", "true"]}]
    )
    assert opted_out(response) == ["+12065550100", "+12065550101", "+12065550102", "+12065550123"]


def test_the_filter_and_the_number_list_intersect(
    pinpoint_client: Any, mixed_numbers: dict[str, list[str]]
) -> None:
    response = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default",
        OptedOutNumbers=["+12065550123", "+12065550100"],
        Filters=[{"Name": "end-user-opted-out", "Values": ["true"]}],
    )
    assert opted_out(response) == ["+12065550123"]


@pytest.mark.parametrize("value", ["TRUE", "yes", "1"])
def test_an_end_user_opted_out_value_that_cannot_apply_is_invalid(pinpoint_client: Any, value: str) -> None:
    response = client_error(
        pinpoint_client.describe_opted_out_numbers,
        OptOutListName="Default",
        Filters=[{"Name": "end-user-opted-out", "Values": ["true", value]}],
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_FILTER_VALUES")
    assert [field["Name"] for field in response["Fields"]] == ["Filters[0].Values[1]"]


def test_opted_out_numbers_page_with_max_results(pinpoint_client: Any) -> None:
    numbers = put_numbers(pinpoint_client, 5)
    first = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default", MaxResults=2)
    second = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", MaxResults=2, NextToken=first["NextToken"]
    )
    third = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", MaxResults=2, NextToken=second["NextToken"]
    )
    assert [opted_out(first), opted_out(second), opted_out(third)] == [
        numbers[0:2],
        numbers[2:4],
        numbers[4:],
    ]
    assert "NextToken" not in third
    assert {page["OptOutListName"] for page in (first, second, third)} == {"Default"}


def test_a_token_of_another_list_is_invalid(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    put_numbers(pinpoint_client, 3)
    put_numbers(pinpoint_client, 3, "Marketing")
    token = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default", MaxResults=1)["NextToken"]
    response = client_error(
        pinpoint_client.describe_opted_out_numbers, OptOutListName="Marketing", NextToken=token
    )
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", "INVALID_NEXT_TOKEN")


def test_a_token_works_with_the_lists_name_or_its_arn(pinpoint_client: Any) -> None:
    numbers = put_numbers(pinpoint_client, 3)
    token = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default", MaxResults=2)["NextToken"]
    rest = pinpoint_client.describe_opted_out_numbers(OptOutListName=list_arn("Default"), NextToken=token)
    assert opted_out(rest) == numbers[2:]


def test_the_paginator_keeps_the_lists_non_aggregate_keys(
    pinpoint_client: Any, mixed_numbers: dict[str, list[str]]
) -> None:
    paginator = pinpoint_client.get_paginator("describe_opted_out_numbers")
    pages = list(paginator.paginate(OptOutListName="Default", PaginationConfig={"PageSize": 3}))
    assert [opted_out(page) for page in pages] == [
        ["+12065550100", "+12065550101", "+12065550102"],
        ["+12065550123"],
    ]
    full = paginator.paginate(
        OptOutListName="Default",
        Filters=[{"Name": "end-user-opted-out", "Values": ["true"]}],
        PaginationConfig={"PageSize": 1},
    ).build_full_result()
    assert (full["OptOutListArn"], full["OptOutListName"], opted_out(full)) == (
        list_arn("Default"),
        "Default",
        mixed_numbers["true"],
    )
    assert "NextToken" not in full


def test_a_number_seeded_without_its_plus_is_the_same_entry(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend().seed_opted_out_number("Default", "12065550123")
    put = pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber="+12065550123")
    assert (put["OptedOutNumber"], put["EndUserOptedOut"]) == ("+12065550123", True)
    assert opted_out(pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")) == ["+12065550123"]
