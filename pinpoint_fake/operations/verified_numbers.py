"""Verified destination numbers, what an account in the sandbox may send to:
CreateVerifiedDestinationNumber, SendDestinationNumberVerificationCode, VerifyDestinationNumber,
DescribeVerifiedDestinationNumbers and DeleteVerifiedDestinationNumber.

A new number is PENDING. The code SendDestinationNumberVerificationCode "sends" is a message like any other:
its context settled as every send's (``Core._send_context``: the configuration set, the protect configuration
that applies, which is the set's else the account default, as the request names none), routed from the
identity named (or one of the account's), checked against the opt-out list and the protect configuration, and
recorded in the outbox on the channel asked for, so a test reads it there; it is neither charged nor held to
the sandbox (the number is not verified yet, by definition). VerifyDestinationNumber with that code makes the
number VERIFIED. The code's form, lifetime and limits are ``rules.verification``'s.
"""

from __future__ import annotations

from decimal import Decimal

from moto.core.utils import utcnow

from ..core import Core, listed, unique_tags
from ..errors import ConflictException, ResourceNotFoundException, ServiceQuotaExceededException
from ..records import Filter, Result, Tag, VerifiedDestinationNumber
from ..records.messages import SMS, WORD_CHANNELS
from ..rules import delivery, encoding, verification
from ..rules.limits import account_limit


class VerifiedNumberOperations(Core):
    def create_verified_destination_number(
        self, destination_phone_number: str, rcs_agent_id: str | None = None, tags: list[Tag] | None = None
    ) -> VerifiedDestinationNumber:
        to = delivery.destination(destination_phone_number)
        # A tester's number for an RCS agent (by ID or ARN), apart from the same number for the sandbox.
        agent_id = self._rcs_agent(rcs_agent_id).rcs_agent_id if rcs_agent_id is not None else None
        existing = next(
            (
                v
                for v in self.verified_destination_numbers.values()
                if (v.destination_phone_number, v.rcs_agent_id) == (to.phone_number, agent_id)
            ),
            None,
        )
        if existing is not None:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "verified-destination-number",
                existing.verified_destination_number_id,
                f"{to.phone_number} is already a verified destination number.",
            )
        limit = account_limit("VERIFIED_DESTINATION_NUMBERS")
        if len(self.verified_destination_numbers) >= limit:
            raise ServiceQuotaExceededException(
                "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT",
                f"An account has at most {limit} verified destination numbers.",
            )
        record = self._new_verified_destination_number(
            to.phone_number, rcs_agent_id=agent_id, tags=unique_tags(tags)
        )
        return self.verified_destination_numbers.add(record.key, record)

    def send_destination_number_verification_code(
        self,
        verified_destination_number_id: str,
        verification_channel: str,
        language_code: str | None = None,
        origination_identity: str | None = None,
        configuration_set_name: str | None = None,
        context: dict[str, str] | None = None,
        destination_country_parameters: dict[str, str] | None = None,
    ) -> Result:
        record = self._verified_destination_number(verified_destination_number_id)
        now = utcnow()
        verification.check_code_may_be_sent(record, now)
        send = self._send_context(configuration_set_name)
        channel = WORD_CHANNELS[verification_channel]  # TEXT: SMS
        to = delivery.destination(record.destination_phone_number)
        route = self._route(origination_identity, to, channel, None, send.configuration_set)
        verdict = self._check_deliverable(
            route, to, channel, protect_configuration=send.protect_configuration, sandbox=False
        )
        code = verification.new_code()
        body = verification.CODE_MESSAGE.format(code=code)
        body_encoding, parts = encoding.measure(body) if channel == SMS else (None, 1)
        message = self._new_message(
            route,
            to,
            channel,
            "SendDestinationNumberVerificationCode",
            send,
            message_body=body,
            encoding=body_encoding,
            parts=parts,
            price=Decimal(0),
            protect_verdict=verdict,
            context=context,
            destination_country_parameters=destination_country_parameters,
            language_code=language_code,
        )
        verification.code_sent(record, code, now)
        self._record_unless_dry_run(send, message, spend_limit=None)
        return Result(message_id=message.message_id)

    def verify_destination_number(
        self, verified_destination_number_id: str, verification_code: str
    ) -> VerifiedDestinationNumber:
        record = self._verified_destination_number(verified_destination_number_id)
        verification.verify(record, verification_code, utcnow())
        return record

    def describe_verified_destination_numbers(
        self,
        verified_destination_number_ids: list[str] | None = None,
        destination_phone_numbers: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        """The numbers named by ID (or ARN) and by phone number: both lists narrow (an unknown one is not
        found); neither, every number of the account."""
        store = self.verified_destination_numbers
        entries = store.entries()
        if verified_destination_number_ids:
            wanted = {
                self._verified_destination_number(value).key for value in verified_destination_number_ids
            }
            entries = [entry for entry in entries if entry[1].key in wanted]
        if destination_phone_numbers:
            numbers = set()
            for number in destination_phone_numbers:
                to = delivery.destination(number, "DestinationPhoneNumbers")
                if not any(v.destination_phone_number == to.phone_number for v in store.values()):
                    raise ResourceNotFoundException("verified-destination-number", number)
                numbers.add(to.phone_number)
            entries = [entry for entry in entries if entry[1].destination_phone_number in numbers]
        return self._page(
            "DescribeVerifiedDestinationNumbers",
            listed(entries) if verified_destination_number_ids or destination_phone_numbers else store.after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(verified_destination_number_ids, destination_phone_numbers),
        )

    def delete_verified_destination_number(
        self, verified_destination_number_id: str
    ) -> VerifiedDestinationNumber:
        record = self._verified_destination_number(verified_destination_number_id)
        verification.check_deletable(record, utcnow())
        return self.verified_destination_numbers.remove(record.key)
