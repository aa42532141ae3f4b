"""The backend: one per account and region, answering every operation the fake implements.

Methods named after the model's operations (snake_case) answer them: typed arguments in API order, domain
records or domain errors back. They live in modules named for what they hold, stacked into one class:

- ``resources.py``: the stores, how IDs and ARNs name records, listing and sharing lookups;
- ``pools.py``: pools and their origination identities;
- ``identities.py``: phone numbers and sender IDs;
- ``opt_outs.py``: opt-out lists and opted-out numbers;
- ``sharing.py``: tags and resource policies;
- ``seeding.py``: ``seed_*`` methods that put records straight into the registry.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cache
from typing import Any

from botocore import xform_name
from moto.core.base_backend import BackendDict

from .errors import ConflictException, ResourceType
from .pagination import fingerprint
from .records import Filter, OptOutList, PhoneNumber, SenderId, SenderIdAndCountry, Tag
from .seeding import Seeding
from .service_model import SERVICE_NAME, idempotency_token, service_model
from .sharing import SharingOperations


class _InputRecords(dict[str, type]):
    """The record each input structure of the model reads into: every ``*Filter`` into ``Filter``."""

    def __missing__(self, name: str) -> type:
        if name.endswith("Filter"):
            return Filter
        raise KeyError(name)


class PinpointBackend(SharingOperations, Seeding):
    """State of pinpoint-sms-voice-v2 in one account and region."""

    input_structures: Mapping[str, type] = _InputRecords(Tag=Tag, SenderIdAndCountry=SenderIdAndCountry)

    def implements(self, operation: str) -> bool:
        return operation in implemented_operations()

    def dispatch(self, operation: str, arguments: dict[str, Any]) -> Any:
        """Call the operation's method; a replayed idempotency token gets the first answer again.

        The caller holds ``self.lock`` (``protocol.handle`` does, while it also writes the answer).
        """
        method = getattr(self, xform_name(operation))
        token_member = idempotency_token(operation)
        token = arguments.pop(token_member, None) if token_member else None
        if token is None:
            return method(**arguments)
        key = (operation, token)
        request = fingerprint(sorted(arguments.items()))
        seen = self._client_tokens.get(key)
        if seen is None:
            result = method(**arguments)
            self._client_tokens[key] = (request, copy.deepcopy(result))
            return result
        first_request, first_result = seen
        if first_request != request:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                *_resource_of(first_result),
                f"The ClientToken '{token}' was already used with other parameters.",
            )
        return first_result


def _resource_of(result: Any) -> tuple[ResourceType, str]:
    """The resource a first answer was about, for the ConflictException of a reused token."""
    if isinstance(result, PhoneNumber):
        return "phone-number", result.phone_number_id
    if isinstance(result, SenderId):
        return "sender-id", result.sender_id_arn
    if isinstance(result, OptOutList):
        return "opt-out-list", result.opt_out_list_name
    return "pool", result.pool_id  # a Pool, or an association's result


@cache
def implemented_operations() -> frozenset[str]:
    """The model's operations this backend answers: those with a method of the same (snake_case) name."""
    return frozenset(
        name
        for name in service_model().operation_names
        if callable(getattr(PinpointBackend, xform_name(name), None))
    )


pinpoint_backends: BackendDict[PinpointBackend] = BackendDict(PinpointBackend, SERVICE_NAME)
