"""What the fake names after the model must exist in the model: error shapes, reasons, records, operations."""

from __future__ import annotations

import dataclasses
import typing
import warnings
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest
from botocore import xform_name

from pinpoint_fake import errors, filters, records
from pinpoint_fake import registration_catalog as catalog
from pinpoint_fake import service_model as service_model_module
from pinpoint_fake.backend import PinpointBackend, implemented_operations
from pinpoint_fake.prices import MONTHLY_LEASING_PRICES
from pinpoint_fake.service_model import (
    enum_values,
    item_shape,
    known_members,
    known_model,
    running_botocore,
    service_model,
    shape,
)

from .conftest import NonConformingResponse
from .helpers import MODEL_HAS_1_44

# The catalog's records and the shapes they are written as (those of a newer model only where it has them).
CATALOG_RECORDS: dict[str, type] = {
    name: record
    for name, record in {
        "RegistrationTypeDefinition": catalog.TypeDefinition,
        "RegistrationTypeDisplayHints": catalog.DisplayHints,
        "RegistrationSectionDefinition": catalog.SectionDefinition,
        "RegistrationSectionDisplayHints": catalog.DisplayHints,
        "RegistrationFieldDefinition": catalog.FieldDefinition,
        "RegistrationFieldDisplayHints": catalog.DisplayHints,
        "SelectOptionDescription": catalog.SelectOptionDescription,
        "SupportedAssociation": catalog.SupportedAssociation,
        "SelectValidation": catalog.SelectValidation,
        "TextValidation": catalog.TextValidation,
        "ConditionalBehavior": catalog.ConditionalBehavior,
        "ConditionalRule": catalog.ConditionalRule,
        "FieldCondition": catalog.FieldCondition,
        "ConditionalValidation": catalog.ConditionalValidation,
    }.items()
    if name in service_model().shape_names
}

SERVICE_ERRORS = [
    value
    for value in vars(errors).values()
    if isinstance(value, type) and issubclass(value, errors.ServiceError) and value is not errors.ServiceError
]


@pytest.mark.parametrize("error", SERVICE_ERRORS, ids=lambda error: error.__name__)
def test_every_error_class_is_an_error_shape_with_the_same_members(error: type[errors.ServiceError]) -> None:
    error_shape = shape(error.__name__)
    assert error_shape.metadata.get("exception") is True
    parameters = set(typing.get_type_hints(error.__init__)) - {"return"}
    assert parameters <= {xform_name(member) for member in error_shape.members}
    assert error.http_status == 400  # the fake answers no server fault


@pytest.mark.parametrize(
    ("alias", "enum"),
    [
        (errors.ValidationReason, "ValidationExceptionReason"),
        (errors.ConflictReason, "ConflictExceptionReason"),
        (errors.ResourceType, "ResourceType"),
        (errors.QuotaReason, "ServiceQuotaExceededExceptionReason"),
    ],
)
def test_every_reason_and_resource_type_the_fake_uses_is_in_the_model(alias: Any, enum: str) -> None:
    assert set(typing.get_args(alias)) <= set(enum_values(enum))


def test_the_field_record_matches_its_shape() -> None:
    assert {field.name for field in dataclasses.fields(errors.ValidationExceptionField)} == {
        xform_name(name) for name in shape("ValidationExceptionField").members
    }


def _input_structures() -> set[str]:
    """Every structure the input of any operation of the model can hold, implemented or not."""
    found: set[str] = set()

    def walk(model_shape: Any) -> None:
        if model_shape.type_name == "structure":
            if model_shape.name not in found:
                found.add(model_shape.name)
                for member in model_shape.members.values():
                    walk(member)
        elif model_shape.type_name == "list":
            walk(model_shape.member)
        elif model_shape.type_name == "map":
            walk(model_shape.value)

    for operation in service_model().operation_names:
        for member in service_model().operation_model(operation).input_shape.members.values():
            walk(member)
    return found


@pytest.mark.parametrize("name", sorted(_input_structures()))
def test_every_input_structure_of_the_model_reads_into_a_record_of_its_members(name: str) -> None:
    """Of the members the structure has in the model the fake knows (``known_model.json``), on the release it
    was generated from the running model's: what a newer one adds is left out with a warning (test_drift)."""
    record = PinpointBackend.input_structures[name]
    known = known_members(name)
    assert {field.name for field in dataclasses.fields(record)} == {
        xform_name(member) for member in (shape(name).members if known is None else known)
    }
    typed = {
        "Tag": records.Tag,
        "SenderIdAndCountry": records.SenderIdAndCountry,
        "ProtectConfigurationCountryRuleSetInformation": records.CountryRule,
        "NumberPreferenceItem": records.NumberPreferenceItem,
        "RcsFallbackConfiguration": records.RcsFallback,
    }
    if set(shape(name).members) == {"Name", "Values"}:  # every filter structure, whatever its name
        assert record is records.Filter
    elif name in typed:
        assert record is typed[name]
    else:  # read into a record made from its shape, so a structure a newer model adds is read too
        assert record.__name__ == name


def _filters() -> list[tuple[str, str]]:
    """(operation, filter name) for every filter name of every operation of the model."""
    found = []
    for operation in sorted(service_model().operation_names):
        member = service_model().operation_model(operation).input_shape.members.get("Filters")
        if member is not None:
            found += [(operation, name) for name in member.member.members["Name"].enum]
    return found


def _matching_value(value_shape: Any) -> tuple[str, Any]:
    """A filter value for a compared member of ``value_shape``, and a record value it matches."""
    if value_shape.type_name == "boolean":
        return "true", True
    if value_shape.type_name == "timestamp":
        return "2026-01-01T00:00:00Z", datetime(2026, 1, 1)
    if value_shape.enum:
        return value_shape.enum[0], value_shape.enum[0]
    return "+1206", "+1206"


def _item_along(structure: Any, attributes: tuple[str, ...], value: Any) -> Any:
    """A record with ``value`` at the end of the attribute path (a list on the way holds one item)."""
    if not attributes:
        return value
    member = next(m for name, m in structure.members.items() if xform_name(name) == attributes[0])
    is_list = member.type_name == "list"
    nested = _item_along(member.member if is_list else member, attributes[1:], value)
    return SimpleNamespace(**{attributes[0]: [nested] if is_list else nested})


@pytest.mark.parametrize(("operation", "name"), _filters())
def test_every_filter_of_the_model_resolves_and_applies(operation: str, name: str) -> None:
    item = item_shape(operation)
    rule = filters.rule(item, name)
    value, stored = _matching_value(rule.value_shape)
    stored = {
        "before": lambda: stored.replace(year=2025),
        "after": lambda: stored.replace(year=2027),
        "begins-with": lambda: stored + "5550100",
        "equals": lambda: stored,
    }[rule.comparison]()
    matches = filters.predicate([records.Filter(name, [value])], item)
    assert matches(_item_along(shape(item), rule.attributes, stored))
    assert not matches(SimpleNamespace())


@pytest.mark.parametrize(
    ("record", "item_shape"),
    [
        (records.Pool, "PoolInformation"),
        (records.PhoneNumber, "PhoneNumberInformation"),
        (records.SenderId, "SenderIdInformation"),
        (records.Pool, "CreatePoolResult"),
        (records.PhoneNumber, "RequestPhoneNumberResult"),
        (records.SenderId, "RequestSenderIdResult"),
        (records.PhoneNumber, "OriginationIdentityMetadata"),
        (records.SenderId, "OriginationIdentityMetadata"),
        (records.OptOutList, "OptOutListInformation"),
        (records.OptOutList, "CreateOptOutListResult"),
        (records.OptedOutNumber, "OptedOutNumberInformation"),
        (records.ResourcePolicy, "PutResourcePolicyResult"),
        (records.ProtectConfiguration, "ProtectConfigurationInformation"),
        (records.ProtectConfiguration, "CreateProtectConfigurationResult"),
        (records.CountryRule, "ProtectConfigurationCountryRuleSetInformation"),
        (records.NumberOverride, "ProtectConfigurationRuleSetNumberOverride"),
        (records.NumberOverrideAnswer, "PutProtectConfigurationRuleSetNumberOverrideResult"),
        (records.NumberOverrideAnswer, "DeleteProtectConfigurationRuleSetNumberOverrideResult"),
        (records.RcsAgent, "RcsAgentInformation"),
        (records.RcsAgent, "CreateRcsAgentResult"),
        (records.RcsAgent, "UpdateRcsAgentResult"),
        (records.RcsAgent, "DeleteRcsAgentResult"),
        (records.RcsAgent, "OriginationIdentityMetadata"),
        (records.TestingAgent, "TestingAgentInformation"),
        (records.CountryLaunch, "CountryLaunchStatusInformation"),
        (records.CarrierStatus, "CarrierStatusInformation"),
        (records.NotifyConfiguration, "NotifyConfigurationInformation"),
        (records.NotifyConfiguration, "CreateNotifyConfigurationResult"),
        (records.NotifyConfiguration, "UpdateNotifyConfigurationResult"),
        (records.NotifyConfiguration, "DeleteNotifyConfigurationResult"),
        (records.NotifyTemplate, "NotifyTemplateInformation"),
        (records.TemplateVariable, "TemplateVariableMetadata"),
        (records.NotifyCountry, "NotifyCountryInformation"),
        (records.Registration, "RegistrationInformation"),
        (records.Registration, "CreateRegistrationResult"),
        (records.Registration, "DeleteRegistrationResult"),
        (records.RegistrationVersion, "RegistrationVersionInformation"),
        (records.StatusHistory, "RegistrationVersionStatusHistory"),
        (records.DeniedReason, "RegistrationDeniedReasonInformation"),
        (records.FieldValue, "RegistrationFieldValueInformation"),
        (records.RegistrationAssociation, "RegistrationAssociationMetadata"),
        (records.RegistrationAttachment, "RegistrationAttachmentsInformation"),
        (records.RegistrationAttachment, "CreateRegistrationAttachmentResult"),
        (records.RegistrationAttachment, "DeleteRegistrationAttachmentResult"),
        *((record, record_shape) for record_shape, record in CATALOG_RECORDS.items()),
        (records.ConfigurationSet, "ConfigurationSetInformation"),
        (records.ConfigurationSet, "CreateConfigurationSetResult"),
        (records.ConfigurationSet, "DeleteConfigurationSetResult"),
        (records.EventDestination, "EventDestination"),
        (records.SnsDestination, "SnsDestination"),
        (records.KinesisFirehoseDestination, "KinesisFirehoseDestination"),
        (records.CloudWatchLogsDestination, "CloudWatchLogsDestination"),
        (records.EventDestinationAnswer, "CreateEventDestinationResult"),
        (records.EventDestinationAnswer, "UpdateEventDestinationResult"),
        (records.EventDestinationAnswer, "DeleteEventDestinationResult"),
        (records.Keyword, "KeywordInformation"),
        (records.VerifiedDestinationNumber, "VerifiedDestinationNumberInformation"),
        (records.VerifiedDestinationNumber, "CreateVerifiedDestinationNumberResult"),
        (records.VerifiedDestinationNumber, "VerifyDestinationNumberResult"),
        (records.VerifiedDestinationNumber, "DeleteVerifiedDestinationNumberResult"),
        (records.AccountAttribute, "AccountAttribute"),
        (records.AccountLimit, "AccountLimit"),
        (records.SpendLimit, "SpendLimit"),
    ],
)
def test_every_member_of_an_output_shape_has_a_record_attribute(record: type, item_shape: str) -> None:
    """Every member on the release the fake was written against; on another, every required member (an
    optional member a newer model adds and the fake does not fill is absent from answers, and reported)."""
    properties = {name for name, value in vars(record).items() if isinstance(value, property)}
    attributes = {field.name for field in dataclasses.fields(record)} | properties
    # a sender ID or an RCS agent has no phone number: the one optional member it leaves out
    attributes |= (
        {"phone_number"}
        if item_shape == "OriginationIdentityMetadata" and record in (records.SenderId, records.RcsAgent)
        else set()
    )
    output = shape(item_shape)
    missing = {member for member in output.members if xform_name(member) not in attributes}
    if running_botocore() == known_model()["botocore"]:
        assert missing == set()
    assert missing & set(output.required_members) == set()
    if missing:
        warnings.warn(
            f"{item_shape} in botocore {running_botocore()} has members the fake does not fill: {missing}",
            stacklevel=1,
        )


def test_prices_cover_every_requestable_number_type() -> None:
    assert set(MONTHLY_LEASING_PRICES) == set(enum_values("RequestableNumberType"))


def test_implemented_operations_are_the_backends_public_methods() -> None:
    assert implemented_operations() == {
        *("CreatePool", "DeletePool", "DescribePools", "UpdatePool"),
        *("AssociateOriginationIdentity", "DisassociateOriginationIdentity", "ListPoolOriginationIdentities"),
        *("RequestPhoneNumber", "DescribePhoneNumbers", "UpdatePhoneNumber", "ReleasePhoneNumber"),
        *("RequestSenderId", "DescribeSenderIds", "UpdateSenderId", "ReleaseSenderId"),
        *("CreateOptOutList", "DeleteOptOutList", "DescribeOptOutLists"),
        *("PutOptedOutNumber", "DeleteOptedOutNumber", "DescribeOptedOutNumbers"),
        *("TagResource", "UntagResource", "ListTagsForResource"),
        *("PutResourcePolicy", "GetResourcePolicy", "DeleteResourcePolicy"),
        *("CreateProtectConfiguration", "DescribeProtectConfigurations"),
        *("UpdateProtectConfiguration", "DeleteProtectConfiguration"),
        *("GetProtectConfigurationCountryRuleSet", "UpdateProtectConfigurationCountryRuleSet"),
        *("PutProtectConfigurationRuleSetNumberOverride", "DeleteProtectConfigurationRuleSetNumberOverride"),
        "ListProtectConfigurationRuleSetNumberOverrides",
        *("SetAccountDefaultProtectConfiguration", "DeleteAccountDefaultProtectConfiguration"),
        *("CreateRcsAgent", "DescribeRcsAgents", "UpdateRcsAgent", "DeleteRcsAgent"),
        "DescribeRcsAgentCountryLaunchStatus",
        *("CreateNotifyConfiguration", "DescribeNotifyConfigurations", "UpdateNotifyConfiguration"),
        *("DeleteNotifyConfiguration", "DescribeNotifyTemplates", "ListNotifyCountries"),
        *("CreateRegistration", "DescribeRegistrations", "DeleteRegistration"),
        *("CreateRegistrationVersion", "DescribeRegistrationVersions"),
        *("SubmitRegistrationVersion", "DiscardRegistrationVersion"),
        *("CreateRegistrationAttachment", "DescribeRegistrationAttachments", "DeleteRegistrationAttachment"),
        *("CreateRegistrationAssociation", "ListRegistrationAssociations"),
        *("PutRegistrationFieldValue", "DeleteRegistrationFieldValue", "DescribeRegistrationFieldValues"),
        *("DescribeRegistrationFieldDefinitions", "DescribeRegistrationSectionDefinitions"),
        "DescribeRegistrationTypeDefinitions",
        *("SendTextMessage", "SendVoiceMessage", "SendMediaMessage"),
        *("PutKeyword", "DescribeKeywords", "DeleteKeyword"),
        *("CreateConfigurationSet", "DescribeConfigurationSets", "DeleteConfigurationSet"),
        *("SetDefaultSenderId", "DeleteDefaultSenderId", "SetDefaultMessageType", "DeleteDefaultMessageType"),
        "SetDefaultMessageFeedbackEnabled",
        *("CreateEventDestination", "UpdateEventDestination", "DeleteEventDestination", "PutMessageFeedback"),
        *("AssociateProtectConfiguration", "DisassociateProtectConfiguration"),
        *(
            "CreateVerifiedDestinationNumber",
            "SendDestinationNumberVerificationCode",
            "VerifyDestinationNumber",
        ),
        *(
            "DescribeVerifiedDestinationNumbers",
            "DeleteVerifiedDestinationNumber",
            "DescribeAccountAttributes",
        ),
        *("DescribeAccountLimits", "DescribeSpendLimits"),
        *("SetTextMessageSpendLimitOverride", "DeleteTextMessageSpendLimitOverride"),
        *("SetVoiceMessageSpendLimitOverride", "DeleteVoiceMessageSpendLimitOverride"),
        *("SetMediaMessageSpendLimitOverride", "DeleteMediaMessageSpendLimitOverride"),
        "CarrierLookup",
        *(("ListAvailablePhoneNumbers",) if MODEL_HAS_1_44 else ()),  # in botocore >= 1.44 only
        *("SetNotifyMessageSpendLimitOverride", "DeleteNotifyMessageSpendLimitOverride"),
        *("SendNotifyTextMessage", "SendNotifyVoiceMessage"),
        # botocore >= 1.44 only: the methods exist whatever the model, the operations where the model has them
        *(
            operation
            for operation in (
                "SendRcsMessage",
                "SetRcsMessageSpendLimitOverride",
                "DeleteRcsMessageSpendLimitOverride",
            )
            if operation in service_model().operation_names
        ),
    }
    assert implemented_operations() <= set(service_model().operation_names)


def test_the_conformance_check_catches_a_response_outside_the_model(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool()
    object.__setattr__(pool, "status", "BROKEN")
    with pytest.raises(NonConformingResponse, match="Status"):
        pinpoint_client.describe_pools()


class _PublicPaginatorModel:
    """botocore's ``PaginatorModel`` as its public method shows it (no ``_paginator_config``)."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def get_paginator(self, operation: str) -> Any:
        return self._model.get_paginator(operation)


def test_paginator_settings_come_from_botocore_s_public_method(monkeypatch: pytest.MonkeyPatch) -> None:
    loader = service_model_module._loader()
    public = _PublicPaginatorModel(loader.get_paginator_model(service_model_module.SERVICE_NAME))

    class Loader:
        def get_paginator_model(self, service: str) -> Any:
            return public

    monkeypatch.setattr(service_model_module, "_loader", Loader)
    read = service_model_module.paginator.__wrapped__  # the settings of this run are cached: read them anew
    assert read("DescribePools") == {
        "input_token": "NextToken",
        "output_token": "NextToken",
        "limit_key": "MaxResults",
        "result_key": "Pools",
    }
    assert read("CreatePool") is None
