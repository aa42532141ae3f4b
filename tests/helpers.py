"""Small helpers shared by the tests."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError


def new_pool(client: Any, message_type: str = "TRANSACTIONAL", **kwargs: Any) -> dict[str, Any]:
    """A pool created through the API from a freshly requested simulator number."""
    number = client.request_phone_number(
        IsoCountryCode="US",
        MessageType=message_type,
        NumberCapabilities=["SMS"],
        NumberType="SIMULATOR" if message_type == "TRANSACTIONAL" else "LONG_CODE",
    )
    pool: dict[str, Any] = client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType=message_type, **kwargs
    )
    return pool


def client_error(call: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The response of a call that must fail with a ClientError."""
    with pytest.raises(ClientError) as raised:
        call(*args, **kwargs)
    response: dict[str, Any] = raised.value.response
    return response


def ids(pools: list[dict[str, Any]]) -> list[str]:
    return [pool["PoolId"] for pool in pools]


def request_number(client: Any, **overrides: Any) -> dict[str, Any]:
    """A phone number requested through the API: a US transactional SMS simulator number by default."""
    arguments = {
        "IsoCountryCode": "US",
        "MessageType": "TRANSACTIONAL",
        "NumberCapabilities": ["SMS"],
        "NumberType": "SIMULATOR",
        **overrides,
    }
    number: dict[str, Any] = client.request_phone_number(**arguments)
    return number


def registered_number(client: Any, backend: Any, **overrides: Any) -> dict[str, Any]:
    """A US toll-free number that can send: requested with a complete toll-free registration, which is then
    submitted and approved (a US toll-free number stays PENDING until then, as on AWS). The answer is the
    request's (its Status is PENDING); the number is ACTIVE once this returns."""
    registration = backend.seed_registration("US_TOLL_FREE_REGISTRATION", complete=True)
    number = request_number(
        client, NumberType="TOLL_FREE", RegistrationId=registration.registration_id, **overrides
    )
    client.submit_registration_version(RegistrationId=registration.registration_id)
    backend.review_registration(registration.registration_id, "APPROVED")
    return number


# botocore 1.44 added ListAvailablePhoneNumbers, RequestPhoneNumber's NumberPreference, CarrierLookup's
# EnableCleansing, MessagingLimits and PricingTier, and the number types VOIP and PREPAID. The suite runs on
# older and newer releases too (CI runs the oldest supported one): what one lacks is skipped, saying why.
def _model_has_1_44() -> bool:
    from pinpoint_fake.service_model import service_model

    return "ListAvailablePhoneNumbers" in service_model().operation_names


def _botocore() -> str:
    from pinpoint_fake.service_model import running_botocore

    return running_botocore()


MODEL_HAS_1_44 = _model_has_1_44()
from_1_44 = pytest.mark.skipif(
    not MODEL_HAS_1_44,
    reason=f"botocore 1.44 added what this test uses; this run's botocore {_botocore()} does not have it",
)
before_1_44 = pytest.mark.skipif(
    MODEL_HAS_1_44, reason=f"checks what a model older than botocore 1.44 lacks; this run has {_botocore()}"
)
