"""pinpoint_fake: an in-process fake of AWS End User Messaging SMS (boto3 client ``pinpoint-sms-voice-v2``).

Importing the package installs the botocore hook, so plain ``moto.mock_aws()`` serves the service too. The
rest of the public surface is loaded on first use, which keeps ``import pinpoint_fake`` (and the pytest
plugin) free of moto until a mock is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .hook import install, patch_client

if TYPE_CHECKING:
    from .activation import MockPinpoint, mock_pinpoint
    from .backend import PinpointBackend, pinpoint_backends
    from .errors import (
        FakeInternalError,
        NotImplementedByFake,
        PinpointFakeError,
        PinpointFakeWarning,
        RegionNotServed,
    )

__all__ = [
    "FakeInternalError",
    "MockPinpoint",
    "NotImplementedByFake",
    "PinpointBackend",
    "PinpointFakeError",
    "PinpointFakeWarning",
    "RegionNotServed",
    "mock_pinpoint",
    "patch_client",
    "pinpoint_backends",
]

_LAZY = {
    "MockPinpoint": "activation",
    "mock_pinpoint": "activation",
    "PinpointBackend": "backend",
    "pinpoint_backends": "backend",
    "FakeInternalError": "errors",
    "NotImplementedByFake": "errors",
    "PinpointFakeError": "errors",
    "PinpointFakeWarning": "errors",
    "RegionNotServed": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pinpoint_fake' has no attribute '{name}'")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


install()
