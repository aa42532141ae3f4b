"""Every Describe*/List* operation pages through the one paginator with the same guarantees."""

from __future__ import annotations

import itertools
import string
from collections.abc import Callable
from typing import Any

import pytest
from botocore import xform_name

from pinpoint_fake import registration_catalog as catalog
from pinpoint_fake.backend import PinpointBackend, implemented_operations, pinpoint_backends
from pinpoint_fake.rcs_catalog import LAUNCH_COUNTRIES
from pinpoint_fake.records import CountryLaunch
from pinpoint_fake.service_model import enum_values, max_page_size, paginator

from .helpers import MODEL_HAS_1_44, client_error, new_pool

Setup = Callable[[Any, int], tuple[dict[str, Any], list[Any]]]


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


def _protect_configurations(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    return {}, [client.create_protect_configuration()["ProtectConfigurationArn"] for _ in range(count)]


def _number_overrides(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    protect_id = client.create_protect_configuration()["ProtectConfigurationId"]
    made = [
        client.put_protect_configuration_rule_set_number_override(
            ProtectConfigurationId=protect_id, DestinationPhoneNumber=f"+1206555{i:04d}", Action="BLOCK"
        )["DestinationPhoneNumber"]
        for i in range(count)
    ]
    return {"ProtectConfigurationId": protect_id}, made


def _backend() -> PinpointBackend:
    return pinpoint_backends["123456789012"]["us-east-1"]


def _country_codes(count: int, taken: set[str]) -> list[str]:
    """``count`` two-letter codes that are not ``taken`` (made-up countries, for long listings)."""
    pairs = ("".join(pair) for pair in itertools.product(string.ascii_uppercase, repeat=2))
    return list(itertools.islice((code for code in pairs if code not in taken), max(count, 0)))


def _rcs_agents(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    return {}, [client.create_rcs_agent()["RcsAgentArn"] for _ in range(count)]


def _country_launches(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    agent = client.create_rcs_agent()
    record = _backend().rcs_agents.get(agent["RcsAgentId"])
    codes = [*LAUNCH_COUNTRIES[:count], *_country_codes(count - len(LAUNCH_COUNTRIES), set(LAUNCH_COUNTRIES))]
    for code in codes[: len(LAUNCH_COUNTRIES)]:
        _backend().seed_rcs_country_launch(record, code, {"Carrier": "PENDING"})
    for code in codes[len(LAUNCH_COUNTRIES) :]:  # more countries than RCS launches in: only for paging
        record.country_launches.add(code, CountryLaunch(code, "CREATED", "registration-1"))
    return {"RcsAgentId": agent["RcsAgentId"]}, codes


def _notify_configurations(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.create_notify_configuration(
            DisplayName=f"Brand {i}", UseCase="CODE_VERIFICATION", EnabledChannels=["SMS"]
        )["NotifyConfigurationArn"]
        for i in range(count)
    ]
    return {}, made


def _keywords(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    pool = new_pool(client)
    made = [
        client.put_keyword(OriginationIdentity=pool["PoolId"], Keyword=f"word{i}", KeywordMessage="hi")[
            "Keyword"
        ]
        for i in range(count - 2)
    ]
    return {"OriginationIdentity": pool["PoolArn"]}, ["HELP", "STOP", *made]


def _configuration_sets(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.create_configuration_set(ConfigurationSetName=f"set{i}")["ConfigurationSetArn"]
        for i in range(count)
    ]
    return {}, made


PDF = b"%PDF-1.4 a letter"
LONG_FORM = "ZZ_LONG_FORM_REGISTRATION"  # a type a test adds to the catalog, with as many fields as it needs


@pytest.fixture(autouse=True)
def catalog_as_it_was() -> Any:
    """The catalog is the fake's data; a test that adds to it (``_long_form``) leaves it as it was."""
    saved = dict(catalog.REGISTRATION_TYPES)
    yield
    catalog.REGISTRATION_TYPES.clear()
    catalog.REGISTRATION_TYPES.update(saved)


def _long_form(count: int) -> catalog.TypeDefinition:
    """A registration type with ``count`` sections of one optional text field each (no real type has 101)."""
    definition = catalog.TypeDefinition(
        LONG_FORM,
        catalog.DisplayHints("A long form"),
        [],
        [catalog.section(f"section{i}") for i in range(count)],
        [catalog.text(f"section{i}.field", "OPTIONAL") for i in range(count)],
    )
    catalog.REGISTRATION_TYPES[LONG_FORM] = definition
    return definition


def _registrations(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.create_registration(RegistrationType="US_TOLL_FREE_REGISTRATION")["RegistrationArn"]
        for _ in range(count)
    ]
    return {}, made


def _verified_numbers(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    """Seeded: the API stops at the account's limit of 10."""
    backend = pinpoint_backends["123456789012"]["us-east-1"]
    made = [
        backend.seed_verified_destination_number(f"+1206555{i:04d}").verified_destination_number_arn
        for i in range(count)
    ]
    return {}, made


def _notify_templates(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [_backend().seed_notify_template(f"template-{i}").template_id for i in range(count - 1)]
    return {}, ["notify-code-verification-english-001", *made]


def _notify_countries(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    listed = [country.iso_country_code for country in _backend().notify_countries.values()]
    extra = _country_codes(count - len(listed), set(listed))
    return {}, [*listed, *(_backend().seed_notify_country(code).iso_country_code for code in extra)]


def _registration_versions(client: Any, count: int) -> tuple[dict[str, Any], list[Any]]:
    registration = client.create_registration(RegistrationType="NOTIFY_TIER_UPGRADE_REGISTRATION")
    for _ in range(count - 1):
        client.discard_registration_version(RegistrationId=registration["RegistrationId"])
        client.create_registration_version(RegistrationId=registration["RegistrationId"])
    return {"RegistrationId": registration["RegistrationId"]}, list(range(1, count + 1))


def _registration_attachments(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    made = [
        client.create_registration_attachment(AttachmentBody=PDF)["RegistrationAttachmentArn"]
        for _ in range(count)
    ]
    return {}, made


def _registration_associations(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    registration = client.create_registration(RegistrationType="US_TOLL_FREE_REGISTRATION")
    made = []
    for _ in range(count):
        number = client.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="TOLL_FREE",
        )
        client.create_registration_association(
            RegistrationId=registration["RegistrationId"], ResourceId=number["PhoneNumberId"]
        )
        made.append(number["PhoneNumberArn"])
    return {"RegistrationId": registration["RegistrationId"]}, made


def _registration_field_values(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    fields = _long_form(count).fields
    registration = client.create_registration(RegistrationType=LONG_FORM)
    for field in reversed(fields):  # listed in the form's order, whatever order they were put in
        client.put_registration_field_value(
            RegistrationId=registration["RegistrationId"], FieldPath=field.field_path, TextValue="x"
        )
    return {"RegistrationId": registration["RegistrationId"]}, [field.field_path for field in fields]


def _registration_field_definitions(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    return {"RegistrationType": LONG_FORM}, [field.field_path for field in _long_form(count).fields]


def _registration_section_definitions(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    return {"RegistrationType": LONG_FORM}, [section.section_path for section in _long_form(count).sections]


def _registration_type_definitions(client: Any, count: int) -> tuple[dict[str, Any], list[str]]:
    """The whole catalog, grown with long forms of its own name until it holds ``count`` types."""
    for index in range(count - len(catalog.REGISTRATION_TYPES)):
        name = f"ZZ_EXTRA_{index}_REGISTRATION"
        catalog.REGISTRATION_TYPES[name] = catalog.TypeDefinition(
            name, catalog.DisplayHints(name), [], [], []
        )
    return {}, list(catalog.REGISTRATION_TYPES)


def _fixed(names: tuple[str, ...]) -> Setup:
    """A listing of a fixed set of items (limits, attributes): there whatever the count."""
    return lambda client, count: ({}, list(names))


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
    "DescribeKeywords": (_keywords, "Keyword"),
    "DescribeConfigurationSets": (_configuration_sets, "ConfigurationSetArn"),
    "DescribeVerifiedDestinationNumbers": (_verified_numbers, "VerifiedDestinationNumberArn"),
    "DescribeSpendLimits": (_fixed(enum_values("SpendLimitName")), "Name"),
    "DescribeAccountLimits": (_fixed(enum_values("AccountLimitName")), "Name"),
    "DescribeAccountAttributes": (_fixed(("ACCOUNT_TIER",)), "Name"),
    "DescribePools": (_pools, "PoolArn"),
    "DescribePhoneNumbers": (_numbers, "PhoneNumberArn"),
    "DescribeSenderIds": (_sender_ids, "SenderIdArn"),
    "DescribeOptOutLists": (_opt_out_lists, "OptOutListArn"),
    "DescribeOptedOutNumbers": (_opted_out_numbers, "OptedOutNumber"),
    "ListPoolOriginationIdentities": (_pool_identities, "OriginationIdentityArn"),
    "DescribeProtectConfigurations": (_protect_configurations, "ProtectConfigurationArn"),
    "ListProtectConfigurationRuleSetNumberOverrides": (_number_overrides, "DestinationPhoneNumber"),
    "DescribeRcsAgents": (_rcs_agents, "RcsAgentArn"),
    "DescribeRcsAgentCountryLaunchStatus": (_country_launches, "IsoCountryCode"),
    "DescribeNotifyConfigurations": (_notify_configurations, "NotifyConfigurationArn"),
    "DescribeNotifyTemplates": (_notify_templates, "TemplateId"),
    "ListNotifyCountries": (_notify_countries, "IsoCountryCode"),
    "DescribeRegistrations": (_registrations, "RegistrationArn"),
    "DescribeRegistrationVersions": (_registration_versions, "VersionNumber"),
    "DescribeRegistrationAttachments": (_registration_attachments, "RegistrationAttachmentArn"),
    "ListRegistrationAssociations": (_registration_associations, "ResourceArn"),
    "DescribeRegistrationFieldValues": (_registration_field_values, "FieldPath"),
    "DescribeRegistrationFieldDefinitions": (_registration_field_definitions, "FieldPath"),
    "DescribeRegistrationSectionDefinitions": (_registration_section_definitions, "SectionPath"),
    "DescribeRegistrationTypeDefinitions": (_registration_type_definitions, "RegistrationType"),
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
    if len(made) <= max_page_size(operation):  # a fixed listing shorter than a page
        assert "NextToken" not in first
        return
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
