"""Whether a routed message may be delivered: the destination's opt-out, the sandbox, the price.

These run after routing (``rules.routing``), in this order, and before the spend limit (``rules.spend``);
a dry run goes through every one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ..countries import country_of
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..phone_ranges import e164
from ..records import Account, Destination, Route, VerifiedDestinationNumber
from ..records.account import SANDBOX
from ..records.verified_numbers import VERIFIED


def destination(phone_number: str, member: str = "DestinationPhoneNumber") -> Destination:
    """The destination a request names, in E.164 with its ``+``, and its country (``countries``)."""
    number = e164(phone_number)
    country = country_of(number)
    if country is None:
        raise ValidationException(
            f"The phone number '{phone_number}' is in no country the service reaches.",
            "INVALID_PARAMETER",
            (ValidationExceptionField(member, "No country has this calling code"),),
        )
    return Destination(number, country)


def check_not_opted_out(route: Route, to: Destination) -> None:
    """A destination on the opt-out list of the pool or identity that sends is refused, unless that pool or
    identity manages its own opt-outs."""
    opt_out_list = route.opt_out_list
    if route.self_managed_opt_outs_enabled or opt_out_list is None:
        return
    if to.phone_number in opt_out_list.opted_out_numbers:
        raise ConflictException(
            "DESTINATION_PHONE_NUMBER_OPTED_OUT",
            "opt-out-list",
            opt_out_list.opt_out_list_name,
            f"{to.phone_number} is opted out (opt-out list '{opt_out_list.opt_out_list_name}').",
        )


def check_verified(account: Account, verified: Iterable[VerifiedDestinationNumber], to: Destination) -> None:
    """In the sandbox, only a verified destination number can be reached."""
    if account.tier != SANDBOX:
        return
    if any(v.destination_phone_number == to.phone_number and v.status == VERIFIED for v in verified):
        return
    raise ConflictException(
        "DESTINATION_PHONE_NUMBER_NOT_VERIFIED",
        "verified-destination-number",
        to.phone_number,
        f"The account is in the sandbox and {to.phone_number} is not a verified destination number.",
    )


def check_max_price(unit_price: Decimal, max_price: str | None, member: str) -> None:
    """Refuse a message whose price (a part, a media message, a voice minute) is above the request's
    ``MaxPrice`` (``MaxPricePerMinute``)."""
    if max_price is not None and unit_price > Decimal(max_price):
        raise ValidationException(
            f"The message costs USD {unit_price}, more than {member} {max_price}.",
            "PRICE_OVER_THRESHOLD",
            (ValidationExceptionField(member, f"Below the price, USD {unit_price}"),),
        )
