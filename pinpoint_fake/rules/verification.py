"""Verifying a destination number: the code sent, how long it holds, how often one may be sent.

AWS documents neither the code's form nor its lifetime nor the retry limits; the fake's choices (in the
README): a code is 6 digits, only the last one sent verifies, it expires 24 hours after it was sent, and a
number gets at most 5 codes in 24 hours. A verified number can be deleted 24 hours after it was added
(the sandbox guide's rule).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..errors import (
    ConflictException,
    ServiceQuotaExceededException,
    ValidationException,
    ValidationExceptionField,
)
from ..records import VerifiedDestinationNumber
from ..records.verified_numbers import VERIFIED

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(hours=24)
CODES_PER_DAY = 5
DELETABLE_AFTER = timedelta(hours=24)
_DAY = timedelta(hours=24)
# The message the code goes out in; the code is its last word.
CODE_MESSAGE = "Your verification code is {code}"


def new_code() -> str:
    return f"{random.randrange(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def _already_verified(record: VerifiedDestinationNumber) -> ConflictException:
    return ConflictException(
        "VERIFICATION_ALREADY_COMPLETE",
        "verified-destination-number",
        record.verified_destination_number_id,
        f"{record.destination_phone_number} is already verified.",
    )


def check_code_may_be_sent(record: VerifiedDestinationNumber, now: datetime) -> None:
    if record.status == VERIFIED:
        raise _already_verified(record)
    if sum(1 for sent in record.codes_sent if now - sent < _DAY) >= CODES_PER_DAY:
        raise ServiceQuotaExceededException(
            "VERIFICATION_ATTEMPTS_PER_DAY",
            f"{record.destination_phone_number} was sent {CODES_PER_DAY} codes in the last 24 hours.",
        )


def code_sent(record: VerifiedDestinationNumber, code: str, now: datetime) -> None:
    record.verification_code = code
    record.code_sent_timestamp = now
    record.codes_sent = [sent for sent in record.codes_sent if now - sent < _DAY] + [now]


def verify(record: VerifiedDestinationNumber, code: str, now: datetime) -> None:
    """Mark the number VERIFIED if ``code`` is the last one sent to it, and it has not expired."""
    if record.status == VERIFIED:
        raise _already_verified(record)
    if record.verification_code is None or code != record.verification_code:
        raise ValidationException(
            "The verification code does not match the last one sent to this number.",
            "VERIFICATION_CODE_MISMATCH",
            (ValidationExceptionField("VerificationCode", "Does not match"),),
        )
    if record.code_sent_timestamp is not None and now - record.code_sent_timestamp > CODE_LIFETIME:
        raise ConflictException(
            "VERIFICATION_CODE_EXPIRED",
            "verified-destination-number",
            record.verified_destination_number_id,
            "The verification code has expired: send a new one.",
        )
    record.status = VERIFIED
    record.verification_code = None


def check_deletable(record: VerifiedDestinationNumber, now: datetime) -> None:
    if now - record.created_timestamp < DELETABLE_AFTER:
        raise ConflictException(
            "RESOURCE_DELETION_NOT_ALLOWED",
            "verified-destination-number",
            record.verified_destination_number_id,
            "A verified destination number can be deleted 24 hours after it was added.",
        )
