"""Account limits (``DescribeAccountLimits``): the most of each kind of resource an account may hold.

The names are the model's ``AccountLimitName`` values, read at run time. AWS documents only one maximum, 10
verified destination numbers; the others are the fake's (documented in the README) and high enough not to
get in a test's way. The fake enforces the limits of what this issue's operations create: configuration
sets and verified destination numbers.
"""

from __future__ import annotations

from ..service_model import enum_values

ACCOUNT_LIMITS = {"VERIFIED_DESTINATION_NUMBERS": 10}
DEFAULT_ACCOUNT_LIMIT = 10_000


def limit_names() -> tuple[str, ...]:
    return enum_values("AccountLimitName")


def account_limit(name: str) -> int:
    return ACCOUNT_LIMITS.get(name, DEFAULT_ACCOUNT_LIMIT)
