"""Idempotency tokens on every implemented operation whose model marks one (ClientToken)."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import pytest
from botocore import xform_name

from pinpoint_fake.backend import implemented_operations
from pinpoint_fake.service_model import idempotency_token

from .helpers import client_error, new_pool

NUMBER = {"IsoCountryCode": "US", "MessageType": "TRANSACTIONAL", "NumberCapabilities": ["SMS"]}
PDF = b"%PDF-1.4 a registration's letter"
PNG = b"\x89PNG\r\n\x1a\n a registration's screenshot"


def _pool_and_number(client: Any, joined: bool) -> dict[str, Any]:
    pool = new_pool(client)
    extra = {"PoolId": pool["PoolId"]} if joined else {}
    number = client.request_phone_number(**NUMBER, NumberType="SIMULATOR", **extra)
    return {"PoolId": pool["PoolId"], "OriginationIdentity": number["PhoneNumberId"]}


# operation -> what makes the arguments of a first call that succeeds
FIRST_CALLS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "CreatePool": lambda client: {
        "OriginationIdentity": client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderIdArn"],
        "MessageType": "TRANSACTIONAL",
    },
    "RequestPhoneNumber": lambda client: {**NUMBER, "NumberType": "SIMULATOR"},
    "RequestSenderId": lambda client: {"SenderId": "ACME", "IsoCountryCode": "GB"},
    "CreateOptOutList": lambda client: {"OptOutListName": "Quiet"},
    "AssociateOriginationIdentity": lambda client: _pool_and_number(client, joined=False),
    "DisassociateOriginationIdentity": lambda client: _pool_and_number(client, joined=True),
    "CreateProtectConfiguration": lambda client: {},
    "PutProtectConfigurationRuleSetNumberOverride": lambda client: {
        "ProtectConfigurationId": client.create_protect_configuration()["ProtectConfigurationId"],
        "DestinationPhoneNumber": "+12065550100",
        "Action": "ALLOW",
    },
    "CreateRcsAgent": lambda client: {"OptOutListName": "Default"},
    "CreateNotifyConfiguration": lambda client: {
        "DisplayName": "Acme",
        "UseCase": "CODE_VERIFICATION",
        "EnabledChannels": ["SMS"],
    },
    "CreateRegistration": lambda client: {"RegistrationType": "US_TOLL_FREE_REGISTRATION"},
    "CreateRegistrationAttachment": lambda client: {"AttachmentBody": PDF},
    "CreateConfigurationSet": lambda client: {"ConfigurationSetName": "alerts"},
    "CreateVerifiedDestinationNumber": lambda client: {"DestinationPhoneNumber": "+12065550142"},
    "CreateEventDestination": lambda client: {
        "ConfigurationSetName": client.create_configuration_set(ConfigurationSetName="alerts")[
            "ConfigurationSetName"
        ],
        "EventDestinationName": "receipts",
        "MatchingEventTypes": ["TEXT_ALL"],
        "SnsDestination": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:receipts"},
    },
}


def test_every_operation_with_a_token_is_covered_here() -> None:
    assert set(FIRST_CALLS) == {op for op in implemented_operations() if idempotency_token(op)}


def state(backend: Any) -> tuple[Any, ...]:
    """What a call could have changed: every stored key, and every pool's members."""
    stores = (
        *(backend.pools, backend.phone_numbers, backend.sender_ids, backend.opt_out_lists),
        *(backend.rcs_agents, backend.notify_configurations),
        *(backend.registrations, backend.registration_attachments),
        *(backend.configuration_sets, backend.verified_destination_numbers),
    )
    members = [list(pool.origination_identities.values()) for pool in backend.pools.values()]
    overrides = [list(config.number_overrides.values()) for config in backend.protect_configurations.values()]
    return (
        *(repr(store) for store in stores),
        repr(members),
        repr(backend.protect_configurations),
        repr(overrides),
    )


@pytest.fixture
def itertools_not_copyable() -> Iterator[None]:
    """``copy.deepcopy`` of an itertools object raises, as from Python 3.14 (3.12 and 3.13 warn)."""

    def refuse(value: object, memo: object) -> NoReturn:
        raise TypeError(f"cannot pickle {type(value).__name__!r} object")

    kinds = [kind for kind in vars(itertools).values() if isinstance(kind, type)]
    saved = {kind: copy._deepcopy_dispatch.get(kind) for kind in kinds}  # type: ignore[attr-defined]
    copy._deepcopy_dispatch.update(dict.fromkeys(kinds, refuse))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for kind, copier in saved.items():
            if copier is None:
                del copy._deepcopy_dispatch[kind]  # type: ignore[attr-defined]
            else:
                copy._deepcopy_dispatch[kind] = copier  # type: ignore[attr-defined]


@pytest.mark.parametrize("itertools_copyable", [True, False], ids=["as-today", "as-in-python-3.14"])
@pytest.mark.parametrize("operation", sorted(FIRST_CALLS))
def test_a_replayed_token_answers_the_first_answer_and_does_nothing_again(
    pinpoint_client: Any, pinpoint_mock: Any, operation: str, itertools_copyable: bool, request: Any
) -> None:
    """The first answer is kept as a deep copy, also where itertools objects cannot be copied (Python 3.14):
    nothing a result holds (a pool's ordered store of members, say) may be one."""
    if not itertools_copyable:
        request.getfixturevalue("itertools_not_copyable")
    call = getattr(pinpoint_client, xform_name(operation))
    arguments = FIRST_CALLS[operation](pinpoint_client)
    first = call(ClientToken="same-token", **arguments)
    after_first = state(pinpoint_mock.backend())
    again = call(ClientToken="same-token", **arguments)
    first.pop("ResponseMetadata")
    again.pop("ResponseMetadata")
    assert (again, state(pinpoint_mock.backend())) == (first, after_first)


def test_a_replayed_token_with_other_arguments_conflicts(pinpoint_client: Any) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet", ClientToken="t")
    response = client_error(pinpoint_client.create_opt_out_list, OptOutListName="Loud", ClientToken="t")
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "RESOURCE_ALREADY_EXISTS")
    assert (response["ResourceType"], response["ResourceId"]) == ("opt-out-list", "Quiet")


# operation -> (a member changed on the replay, the ResourceType the conflict names)
CHANGED: dict[str, tuple[dict[str, Any], str]] = {
    "CreatePool": ({"MessageType": "PROMOTIONAL"}, "pool"),
    "RequestPhoneNumber": ({"NumberType": "LONG_CODE"}, "phone-number"),
    "RequestSenderId": ({"IsoCountryCode": "FR"}, "sender-id"),
    "CreateOptOutList": ({"OptOutListName": "Loud"}, "opt-out-list"),
    "AssociateOriginationIdentity": ({"IsoCountryCode": "US"}, "pool"),
    "DisassociateOriginationIdentity": ({"IsoCountryCode": "US"}, "pool"),
    "CreateProtectConfiguration": ({"DeletionProtectionEnabled": True}, "protect-configuration"),
    "PutProtectConfigurationRuleSetNumberOverride": ({"Action": "BLOCK"}, "protect-configuration"),
    "CreateRcsAgent": ({"DeletionProtectionEnabled": True}, "rcs-agent"),
    "CreateNotifyConfiguration": ({"DisplayName": "Other"}, "notify-configuration"),
    "CreateRegistration": ({"RegistrationType": "US_TEN_DLC_BRAND_REGISTRATION"}, "registration"),
    "CreateRegistrationAttachment": ({"AttachmentBody": PNG}, "registration-attachment"),
    "CreateConfigurationSet": ({"ConfigurationSetName": "other"}, "configuration-set"),
    "CreateVerifiedDestinationNumber": (
        {"DestinationPhoneNumber": "+12065550143"},
        "verified-destination-number",
    ),
    "CreateEventDestination": ({"EventDestinationName": "other"}, "event-destination"),
}


@pytest.mark.parametrize("operation", sorted(FIRST_CALLS))
def test_a_token_replayed_with_other_arguments_names_the_first_resource(
    pinpoint_client: Any, operation: str
) -> None:
    call = getattr(pinpoint_client, xform_name(operation))
    arguments = FIRST_CALLS[operation](pinpoint_client)
    call(ClientToken="t", **arguments)
    changed, resource_type = CHANGED[operation]
    response = client_error(call, ClientToken="t", **{**arguments, **changed})
    assert (response["Error"]["Code"], response["Reason"]) == ("ConflictException", "RESOURCE_ALREADY_EXISTS")
    assert response["ResourceType"] == resource_type
