"""The composition root: ``PinpointBackend``, one per account and region, and the registry that holds them.

Each family of operations is a module of ``operations/`` whose class extends ``core.Core``; this module alone
composes them (with ``seeding.Seeding``), binds the registry to the core, and dispatches a request to the
method named after its operation, replaying the first answer for a reused idempotency token.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any

from botocore import xform_name

from .core import Core
from .errors import ConflictException
from .operations.account import AccountOperations
from .operations.configuration_sets import ConfigurationSetOperations
from .operations.events import EventOperations
from .operations.keywords import KeywordOperations
from .operations.limits import LimitOperations
from .operations.notify import NotifyOperations
from .operations.notify_messages import NotifyMessageOperations
from .operations.number_lookup import NumberLookupOperations
from .operations.opt_outs import OptOutOperations
from .operations.phone_numbers import PhoneNumberOperations
from .operations.policies import PolicyOperations
from .operations.pools import PoolOperations
from .operations.protection import ProtectionOperations
from .operations.rcs_agents import RcsAgentOperations
from .operations.rcs_messages import RcsMessageOperations
from .operations.registration_attachments import RegistrationAttachmentOperations
from .operations.registration_definitions import RegistrationDefinitionOperations
from .operations.registrations import RegistrationOperations
from .operations.sender_ids import SenderIdOperations
from .operations.sending import SendingOperations
from .operations.tags import TagOperations
from .operations.verified_numbers import VerifiedNumberOperations
from .pagination import fingerprint
from .records import CountryRule, InputRecords, NumberPreferenceItem, RcsFallback, SenderIdAndCountry, Tag
from .registry import Registry
from .seeding import Seeding
from .service_model import SERVICE_NAME, idempotency_token, input_shape, known_members, service_model


class PinpointBackend(
    PoolOperations,
    PhoneNumberOperations,
    SenderIdOperations,
    OptOutOperations,
    TagOperations,
    PolicyOperations,
    ProtectionOperations,
    RcsAgentOperations,
    NotifyOperations,
    NotifyMessageOperations,
    RcsMessageOperations,
    RegistrationOperations,
    RegistrationAttachmentOperations,
    RegistrationDefinitionOperations,
    SendingOperations,
    KeywordOperations,
    ConfigurationSetOperations,
    VerifiedNumberOperations,
    AccountOperations,
    LimitOperations,
    NumberLookupOperations,
    EventOperations,
    Seeding,
):
    """State of pinpoint-sms-voice-v2 in one account and region."""

    # The records input structures read into (``records.inputs`` says how the rest are read).
    input_structures: Mapping[str, type] = InputRecords(
        {
            "Tag": Tag,
            "SenderIdAndCountry": SenderIdAndCountry,
            "ProtectConfigurationCountryRuleSetInformation": CountryRule,
            "NumberPreferenceItem": NumberPreferenceItem,
            "RcsFallbackConfiguration": RcsFallback,
        }
    )

    def implements(self, operation: str) -> bool:
        return operation in implemented_operations()

    def parameters(self, operation: str) -> frozenset[str]:
        """What the method ``dispatch`` will call takes (a method patched on this backend alone included)."""
        method = getattr(self, xform_name(operation))
        function = getattr(method, "__func__", method)  # the function, not a bound method of this backend
        try:
            return parameters(operation, function)
        except TypeError:  # a callable that cannot be a cache key: read it anew
            return parameters.__wrapped__(operation, function)

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
            # The first answer says which resource it was about, if it was about one.
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                getattr(first_result, "resource_type", None),
                getattr(first_result, "resource_id", None),
                f"The ClientToken '{token}' was already used with other parameters.",
            )
        return first_result


@cache
def implemented_operations() -> frozenset[str]:
    """The model's operations this backend answers: those with a method of the same (snake_case) name."""
    return frozenset(
        name
        for name in service_model().operation_names
        if callable(getattr(PinpointBackend, xform_name(name), None))
    )


@lru_cache(maxsize=1024)  # every operation's own method, with room for the spies tests put in their place
def parameters(operation: str, method: Callable[..., Any]) -> frozenset[str]:
    """The snake_case members an operation's method takes, and its idempotency token (which ``dispatch``
    takes). A family method names its members as typed keyword arguments; a method that takes ``**kwargs``
    (a spy a test put in a method's place, say) is given every member the fake knows of the operation's
    input, as the family method would be (what only a newer model has is left out and warned about).

    Keyed on the method as well as the operation: a method patched for one test (``monkeypatch.setattr``)
    must not decide which members the calls of the tests after it carry. Bounded, so that the spies of a long
    suite are not kept alive."""
    signature = inspect.signature(method).parameters
    if any(parameter.kind is parameter.VAR_KEYWORD for parameter in signature.values()):
        request = input_shape(operation)
        known = known_members(request.name)
        names = {xform_name(member) for member in (request.members if known is None else known)}
    else:
        names = set(signature) - {"self"}
    token = idempotency_token(operation)
    return frozenset(names | ({token} if token else set()))


pinpoint_backends: Registry[PinpointBackend] = Registry(PinpointBackend, SERVICE_NAME)
Core.registry = pinpoint_backends  # type: ignore[assignment]
