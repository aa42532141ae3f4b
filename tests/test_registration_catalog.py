"""The registration catalog: its values are the model's, every entry fits the model's shapes (whichever
botocore is installed), its forms hang together, and the three definition operations serve it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from pinpoint_fake import MockPinpoint
from pinpoint_fake import registration_catalog as catalog
from pinpoint_fake.registration_catalog import REGISTRATION_TYPES, FieldDefinition, TypeDefinition
from pinpoint_fake.rules import registrations as rules
from pinpoint_fake.service_model import enum_values, service_model, shape
from pinpoint_fake.validation import violations
from pinpoint_fake.writer import write

from .helpers import client_error

TYPES = list(REGISTRATION_TYPES.values())


def _ids(definition: TypeDefinition) -> str:
    return definition.registration_type


def _conditions(field: FieldDefinition) -> list[Any]:
    behavior = field.conditional_behavior
    return [] if behavior is None else [c for rule in behavior.rules for c in rule.conditions]


def _documented(shape_name: str, member: str) -> set[str]:
    """The values a member's documentation lists ("Valid values are A, B, and C.")."""
    text = re.sub(r"<[^>]+>", "", shape(shape_name).members[member].documentation)  # type: ignore[attr-defined]
    listed = re.search(r"Valid values are ([A-Z_, ]+?)(?:, and | and )([A-Z_]+)\.", text)
    assert listed is not None, text
    return {value.strip() for value in listed[1].split(",")} | {listed[2]}


def test_the_catalogs_enum_values_are_the_models() -> None:
    used: dict[str, set[str]] = {
        "FieldType": set(),
        "FieldRequirement": set(),
        "RegistrationAssociationBehavior": set(),
        "RegistrationDisassociationBehavior": set(),
    }
    for definition in TYPES:
        for association in definition.supported_associations:
            used["RegistrationAssociationBehavior"].add(association.association_behavior)
            used["RegistrationDisassociationBehavior"].add(association.disassociation_behavior)
        for field in definition.fields:
            used["FieldType"].add(field.field_type)
            used["FieldRequirement"].add(field.field_requirement)
    for enum, values in used.items():
        assert values <= set(enum_values(enum)), enum
    assert set(rules._VALUE_MEMBERS) == set(enum_values("FieldType"))


@pytest.mark.skipif(
    "ConditionalBehavior" not in service_model().shape_names,
    reason="this botocore's model has no conditional fields",
)
def test_conditional_behaviors_and_operators_are_those_the_model_documents() -> None:
    behaviors = _documented("ConditionalBehavior", "DefaultBehavior")
    assert (
        behaviors == _documented("ConditionalRule", "RuleBehavior") == {"REQUIRED", "OPTIONAL", "DISALLOWED"}
    )
    operators = _documented("FieldCondition", "Operator")
    for definition in TYPES:
        for field in definition.fields:
            if field.conditional_behavior is not None:
                assert field.conditional_behavior.default_behavior in behaviors
                assert {rule.rule_behavior for rule in field.conditional_behavior.rules} <= behaviors
            assert {condition.operator for condition in _conditions(field)} <= operators
    # the rules evaluate exactly the documented operators (an unknown one never holds)
    assert all(rules._holds(operator, [], None) in (True, False) for operator in operators)
    assert {
        op for op in operators if rules._holds(op, ["a"], ["a"]) != rules._holds(op, [], ["a"])
    } == operators


@pytest.mark.parametrize("definition", TYPES, ids=_ids)
def test_every_entry_fits_the_models_shapes(definition: TypeDefinition) -> None:
    entries = [
        ("RegistrationTypeDefinition", definition),
        *(("RegistrationSectionDefinition", section) for section in definition.sections),
        *(("RegistrationFieldDefinition", field) for field in definition.fields),
    ]
    for shape_name, entry in entries:
        written = json.loads(write(shape_name, entry))
        assert violations(shape(shape_name), written) == [], (shape_name, written)
    conditional = [field for field in definition.fields if field.conditional_behavior is not None]
    served = "ConditionalBehavior" in shape("RegistrationFieldDefinition").members  # type: ignore[attr-defined]
    for field in conditional:
        assert ("ConditionalBehavior" in json.loads(write("RegistrationFieldDefinition", field))) is served


@pytest.mark.parametrize("definition", TYPES, ids=_ids)
def test_every_form_hangs_together(definition: TypeDefinition) -> None:
    paths = [field.field_path for field in definition.fields]
    sections = [section.section_path for section in definition.sections]
    assert len(set(paths)) == len(paths)
    assert len(set(sections)) == len(sections)
    for field in definition.fields:
        assert field.field_path.startswith(field.section_path + ".")
        assert field.section_path in sections
        assert field.conditional_behavior is None or field.field_requirement == "CONDITIONAL"
        assert {condition.depends_on_field_path for condition in _conditions(field)} <= set(paths)
        assert field.text_validation is None or field.field_type == "TEXT"
        assert field.select_validation is None or field.field_type == "SELECT"
        if field.text_validation is not None:
            re.compile(field.text_validation.pattern)
            assert 0 <= field.text_validation.min_length <= field.text_validation.max_length
        if field.select_validation is not None:
            choices = field.select_validation
            assert 1 <= choices.min_choices <= choices.max_choices <= len(choices.options)
            assert len(set(choices.options)) == len(choices.options)
            assert violations(shape("SelectChoiceList"), choices.options) == []
    assert {association.resource_type for association in definition.supported_associations} <= {
        "TOLL_FREE",
        "TEN_DLC",
        "SENDER_ID",
        "RCS_AGENT",
        *REGISTRATION_TYPES,
    }


@pytest.mark.parametrize("definition", TYPES, ids=_ids)
def test_every_form_can_be_completed(pinpoint_mock: MockPinpoint, definition: TypeDefinition) -> None:
    """``seed_registration(complete=True)`` finds a value for every field a form requires (its samples fit
    every TEXT field's validation), and the result is a form the review can approve."""
    registration = pinpoint_mock.backend().seed_registration(definition.registration_type, complete=True)
    assert rules.form_problems(definition, registration.current_version.field_values) == ([], [])


# -- through boto3 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("where", "needed"), list(catalog.REQUIRED_REGISTRATIONS.items()))
def test_a_required_registration_takes_the_numbers_that_need_it(
    where: tuple[str, str], needed: tuple[str, ...]
) -> None:
    country, number_type = where
    assert number_type in enum_values("RequestableNumberType")
    for registration_type in needed:
        definition = REGISTRATION_TYPES[registration_type]
        assert [
            (supported.resource_type, supported.iso_country_code)
            for supported in definition.supported_associations
            if supported.resource_type == number_type
        ] == [(number_type, country)]


def test_type_definitions_list_the_catalog_in_its_order(pinpoint_client: Any) -> None:
    listed = pinpoint_client.describe_registration_type_definitions()["RegistrationTypeDefinitions"]
    assert [t["RegistrationType"] for t in listed] == list(REGISTRATION_TYPES)
    assert listed[0] == {
        "RegistrationType": "US_TOLL_FREE_REGISTRATION",
        "SupportedAssociations": [
            {
                "ResourceType": "TOLL_FREE",
                "IsoCountryCode": "US",
                "AssociationBehavior": "ASSOCIATE_BEFORE_SUBMIT",
                "DisassociationBehavior": "DISASSOCIATE_ALL_CLOSES_REGISTRATION",
            }
        ],
        "DisplayHints": {"Title": "US toll-free number registration"},
    }
    named = pinpoint_client.describe_registration_type_definitions(
        RegistrationTypes=["GB_SENDER_ID_REGISTRATION", "US_TOLL_FREE_REGISTRATION"]
    )["RegistrationTypeDefinitions"]
    assert [t["RegistrationType"] for t in named] == [
        "US_TOLL_FREE_REGISTRATION",
        "GB_SENDER_ID_REGISTRATION",
    ]


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("supported-association-resource-type", "TOLL_FREE", ["US_TOLL_FREE_REGISTRATION"]),
        ("supported-association-iso-country-code", "GB", ["GB_SENDER_ID_REGISTRATION"]),
        ("supported-association-resource-type", "PHONE_NUMBER", []),
    ],
)
def test_type_definitions_filter_by_what_they_associate(
    pinpoint_client: Any, name: str, value: str, expected: list[str]
) -> None:
    listed = pinpoint_client.describe_registration_type_definitions(
        Filters=[{"Name": name, "Values": [value]}]
    )
    assert [t["RegistrationType"] for t in listed["RegistrationTypeDefinitions"]] == expected


def test_the_toll_free_company_name_is_as_aws_printed_it(pinpoint_client: Any) -> None:
    found = pinpoint_client.describe_registration_field_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION", FieldPaths=["companyInfo.companyName"]
    )
    assert found["RegistrationType"] == "US_TOLL_FREE_REGISTRATION"
    assert found["RegistrationFieldDefinitions"] == [
        {
            "SectionPath": "companyInfo",
            "FieldPath": "companyInfo.companyName",
            "FieldType": "TEXT",
            "FieldRequirement": "REQUIRED",
            "TextValidation": {"MinLength": 1, "MaxLength": 100, "Pattern": "^(?=\\s*\\S)[\\s\\S]+$"},
            "DisplayHints": {
                "Title": "Company name",
                "ShortDescription": "Legal name which your company is registered under.",
                "ExampleTextValue": "Example Corp",
            },
        }
    ]


def test_a_conditional_rule_is_served_when_the_model_has_its_member(pinpoint_client: Any) -> None:
    found = pinpoint_client.describe_registration_field_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION", FieldPaths=["companyInfo.taxId"]
    )["RegistrationFieldDefinitions"][0]
    assert found["FieldRequirement"] == "CONDITIONAL"
    if "ConditionalBehavior" in shape("RegistrationFieldDefinition").members:  # type: ignore[attr-defined]
        assert found["ConditionalBehavior"] == {
            "Rules": [
                {
                    "Conditions": [
                        {
                            "DependsOnFieldPath": "companyInfo.businessType",
                            "Operator": "NOT_EQUALS",
                            "Values": ["SOLE_PROPRIETOR"],
                        }
                    ],
                    "RuleBehavior": "REQUIRED",
                }
            ],
            "DefaultBehavior": "OPTIONAL",
        }
    else:
        assert "ConditionalBehavior" not in found


def test_sections_and_fields_by_section_and_path(pinpoint_client: Any) -> None:
    sections = pinpoint_client.describe_registration_section_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION"
    )
    assert [s["SectionPath"] for s in sections["RegistrationSectionDefinitions"]] == [
        "companyInfo",
        "contactInfo",
        "messagingUseCase",
        "messageSamples",
    ]
    one = pinpoint_client.describe_registration_section_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION", SectionPaths=["messageSamples"]
    )["RegistrationSectionDefinitions"]
    assert one == [
        {
            "SectionPath": "messageSamples",
            "DisplayHints": {
                "Title": "Message samples",
                "ShortDescription": "Examples of messages you will send.",
            },
        }
    ]
    samples = pinpoint_client.describe_registration_field_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION", SectionPath="messageSamples", MaxResults=2
    )
    assert [f["FieldPath"] for f in samples["RegistrationFieldDefinitions"]] == [
        "messageSamples.messageSample1",
        "messageSamples.messageSample2",
    ]
    rest = pinpoint_client.describe_registration_field_definitions(
        RegistrationType="US_TOLL_FREE_REGISTRATION",
        SectionPath="messageSamples",
        NextToken=samples["NextToken"],
    )
    assert [f["FieldPath"] for f in rest["RegistrationFieldDefinitions"]] == ["messageSamples.messageSample3"]


def test_a_type_known_by_name_only_has_an_empty_form(pinpoint_client: Any) -> None:
    name = "ZZ_LONG_CODE_REGISTRATION"
    listed = pinpoint_client.describe_registration_type_definitions(RegistrationTypes=[name])
    assert listed["RegistrationTypeDefinitions"] == [
        {
            "RegistrationType": name,
            "SupportedAssociations": [],
            "DisplayHints": {"Title": "ZZ long code registration"},
        }
    ]
    fields = pinpoint_client.describe_registration_field_definitions(RegistrationType=name)
    assert fields["RegistrationFieldDefinitions"] == []


@pytest.mark.parametrize(
    ("operation", "arguments", "expected", "member"),
    [
        (
            "describe_registration_type_definitions",
            {"RegistrationTypes": ["US_TOLL_FREE_REGISTRATION", "US_SHORT_CODE"]},
            "UNKNOWN_REGISTRATION_TYPE",
            "RegistrationTypes[1]",
        ),
        (
            "describe_registration_section_definitions",
            {"RegistrationType": "NOPE"},
            "UNKNOWN_REGISTRATION_TYPE",
            "RegistrationType",
        ),
        (
            "describe_registration_section_definitions",
            {"RegistrationType": "US_TOLL_FREE_REGISTRATION", "SectionPaths": ["companyInfo", "nope"]},
            "UNKNOWN_REGISTRATION_SECTION",
            "SectionPaths[1]",
        ),
        (
            "describe_registration_field_definitions",
            {"RegistrationType": "US_TOLL_FREE_REGISTRATION", "SectionPath": "nope"},
            "UNKNOWN_REGISTRATION_SECTION",
            "SectionPath",
        ),
        (
            "describe_registration_field_definitions",
            {"RegistrationType": "US_TOLL_FREE_REGISTRATION", "FieldPaths": ["companyInfo.nope"]},
            "UNKNOWN_REGISTRATION_FIELD",
            "FieldPaths[0]",
        ),
    ],
)
def test_unknown_types_sections_and_fields_are_validation_exceptions(
    pinpoint_client: Any, operation: str, arguments: dict[str, Any], expected: str, member: str
) -> None:
    response = client_error(getattr(pinpoint_client, operation), **arguments)
    assert (response["Error"]["Code"], response["Reason"]) == ("ValidationException", expected)
    assert [field["Name"] for field in response["Fields"]] == [member]


# -- the rules on definitions the catalog does not hold (yet) ----------------------------------------------


def test_a_select_field_without_public_options_takes_any_choice() -> None:
    field = catalog.select("useCase.kind", "REQUIRED", None)
    value = rules.check_value(field, {}, ["ANYTHING", "ELSE"], None, None)
    assert value.select_choices == ["ANYTHING", "ELSE"]


def test_a_text_no_sample_fits_has_no_sample() -> None:
    field = catalog.text("info.code", "REQUIRED", length=(3, 3), pattern=r"^[a-z]{3}$")
    assert rules.sample_text(field) is None
    assert rules.sample_text(catalog.text("info.name", "REQUIRED")) == "Example"
