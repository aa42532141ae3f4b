"""The account's own settings in a region: its tier, spend limit overrides and the month's spend; and the
items its Describe* operations list (attributes, limits, spend limits)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

SANDBOX = "SANDBOX"
PRODUCTION = "PRODUCTION"
TIERS = (PRODUCTION, SANDBOX)


@dataclass(slots=True)
class Account:
    tier: str = PRODUCTION
    # SpendLimitName -> the MonthlyLimit a Set*SpendLimitOverride gave.
    spend_limit_overrides: dict[str, int] = field(default_factory=dict)
    # (SpendLimitName, "YYYY-MM") -> USD spent that month (a new month starts from nothing).
    monthly_spend: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    default_protect_configuration_id: str | None = None  # Set/DeleteAccountDefaultProtectConfiguration


@dataclass(frozen=True, slots=True)
class AccountAttribute:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class AccountLimit:
    name: str
    used: int
    max: int


@dataclass(frozen=True, slots=True)
class SpendLimit:
    name: str
    enforced_limit: int
    max_limit: int
    overridden: bool
