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
