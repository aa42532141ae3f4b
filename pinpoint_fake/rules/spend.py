"""Monthly spend limits: what each of the model's limits allows, overrides, and whether a message fits.

The limits are the model's ``SpendLimitName`` values, read at run time (a newer model's ``RCS_...`` limit
comes with it). ``MaxLimit`` depends on the account's tier: AWS documents a fixed USD 1 a month in the
sandbox; the production value is not published, and the fake gives every limit USD 10,000 (documented in
the README). An override (``Set*SpendLimitOverride``) sets ``EnforcedLimit``, at most ``MaxLimit``; without
one, ``EnforcedLimit`` is ``MaxLimit``. A month's spend starts from nothing on the first of the month (moto's
clock, so freezegun moves it). A message is refused when it would take the month's spend of its limit past
``EnforcedLimit``, with ``ServiceQuotaExceededException`` ``MONTHLY_SPEND_LIMIT_REACHED_FOR_<channel>``.

A limit is named by the word of the channel whose messages count against it (``records.messages``:
``CHANNEL_WORDS``, ``TEXT`` for an SMS, ``MEDIA`` for an MMS, ...; ``NOTIFY`` for every Notify message).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import cast

from ..errors import QuotaReason, ServiceQuotaExceededException, ValidationException, ValidationExceptionField
from ..records import Account, SpendLimit
from ..records.account import PRODUCTION, SANDBOX
from ..service_model import enum_values

MAX_LIMITS = {SANDBOX: 1, PRODUCTION: 10_000}  # USD a month, for every limit of the tier
_SUFFIX = "_MESSAGE_MONTHLY_SPEND_LIMIT"


def limit_names() -> tuple[str, ...]:
    """The model's spend limits, in its order."""
    return enum_values("SpendLimitName")


def limit_name(channel_word: str) -> str:
    """``TEXT`` -> ``TEXT_MESSAGE_MONTHLY_SPEND_LIMIT``: the limit of a channel word of the error reasons."""
    return f"{channel_word}{_SUFFIX}"


def channel_word(name: str) -> str:
    """``TEXT_MESSAGE_MONTHLY_SPEND_LIMIT`` -> ``TEXT``."""
    return name.removesuffix(_SUFFIX)


def month(moment: datetime) -> str:
    return moment.strftime("%Y-%m")


def max_limit(account: Account, name: str) -> int:
    return MAX_LIMITS.get(account.tier, MAX_LIMITS[PRODUCTION])


def spend_limit(account: Account, name: str) -> SpendLimit:
    ceiling = max_limit(account, name)
    override = account.spend_limit_overrides.get(name)
    enforced = ceiling if override is None else min(override, ceiling)
    return SpendLimit(name, enforced, ceiling, override is not None)


def spend_limits(account: Account) -> list[SpendLimit]:
    return [spend_limit(account, name) for name in limit_names()]


def set_override(account: Account, name: str, monthly_limit: int) -> None:
    ceiling = max_limit(account, name)
    if monthly_limit > ceiling:
        raise ValidationException(
            f"The monthly limit {monthly_limit} is higher than the {name} MaxLimit, {ceiling}.",
            "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT",
            (ValidationExceptionField("MonthlyLimit", f"Must be at most {ceiling}"),),
        )
    account.spend_limit_overrides[name] = monthly_limit


def delete_override(account: Account, name: str) -> None:
    account.spend_limit_overrides.pop(name, None)


def spent(account: Account, name: str, now: datetime) -> Decimal:
    return account.monthly_spend.get((name, month(now)), Decimal(0))


def check_spend(account: Account, name: str, price: Decimal, now: datetime) -> None:
    """Refuse a message that would take the month's spend of limit ``name`` past its enforced limit."""
    limit = spend_limit(account, name).enforced_limit
    total = spent(account, name, now) + price
    if total > limit:
        word = channel_word(name)
        raise ServiceQuotaExceededException(
            cast("QuotaReason", f"MONTHLY_SPEND_LIMIT_REACHED_FOR_{word}"),
            f"This message would bring this month's {word.lower()} spend to USD {total}, over the "
            f"limit of USD {limit}.",
        )


def charge(account: Account, name: str, price: Decimal, now: datetime) -> None:
    key = (name, month(now))
    account.monthly_spend[key] = account.monthly_spend.get(key, Decimal(0)) + price
