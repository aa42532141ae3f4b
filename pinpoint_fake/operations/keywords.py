"""Keywords of phone numbers and pools: PutKeyword, DescribeKeywords and DeleteKeyword; and what they do
when an end user writes to one of the account's numbers (``receive_message``, for tests).

Every phone number and pool has ``HELP`` (AUTOMATIC_RESPONSE) and ``STOP`` (OPT_OUT) from creation. A
keyword is named case-insensitively and kept in upper case; which may change and which one a message
matches is ``rules.keywords``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from uuid import uuid4

from moto.core.utils import utcnow

from ..core import Core, listed
from ..countries import country_of
from ..errors import ResourceNotFoundException
from ..pagination import Entry
from ..phone_ranges import given_number
from ..records import Destination, Filter, Keyword, PhoneNumber, Pool, ReceivedMessage, Result
from ..records.messages import SMS
from ..rules import encoding
from ..rules import keywords as rules
from ..rules.events import inbound_payload
from ..rules.guards import ACTIVE, require_active


class KeywordOperations(Core):
    def put_keyword(
        self,
        origination_identity: str,
        keyword: str,
        keyword_message: str,
        keyword_action: str | None = None,
    ) -> Result:
        owner = self._keyword_owner(origination_identity)
        require_active(owner)
        word = rules.normalized(keyword)
        existing = owner.keywords.get(word)
        rules.check_change(existing, keyword_action)
        if isinstance(owner, PhoneNumber):
            action = keyword_action or (existing.keyword_action if existing else rules.DEFAULT_ACTION)
            rules.check_carrier_managed(
                owner.iso_country_code, owner.number_type, word, keyword_message, action, existing
            )
        if existing is None:
            existing = owner.keywords.add(
                word, Keyword(word, keyword_message, keyword_action or rules.DEFAULT_ACTION)
            )
        else:  # an action left out keeps the keyword's (Terraform rewords STOP so)
            existing.keyword_message = keyword_message
            existing.keyword_action = keyword_action or existing.keyword_action
        return _answer(owner, existing)

    def describe_keywords(
        self,
        origination_identity: str,
        keywords: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        owner = self._keyword_owner(origination_identity, shared=True)
        store = owner.keywords
        entries_after: Callable[[int], Iterable[Entry[Keyword]]] = store.after
        if keywords:
            found = {}
            for word in keywords:
                entry = store.entry(rules.normalized(word))
                if entry is None:
                    raise ResourceNotFoundException("keyword", word)
                found[entry[0]] = entry
            entries_after = listed([found[seq] for seq in sorted(found)])
        arn = _arn(owner)
        return self._page(
            "DescribeKeywords",
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(arn, [rules.normalized(word) for word in keywords or ()]),
            origination_identity_arn=arn,
            origination_identity=owner.resource_id,
        )

    def delete_keyword(self, origination_identity: str, keyword: str) -> Result:
        owner = self._keyword_owner(origination_identity)
        require_active(owner)
        word = rules.normalized(keyword)
        existing = owner.keywords.get(word)
        if existing is None:
            raise ResourceNotFoundException("keyword", keyword)
        rules.check_deletable(existing)
        owner.keywords.remove(word)
        return _answer(owner, existing)

    # -- end users' messages (a test's view of two-way messaging) -------------------------------------

    def receive_message(
        self, origination_number: str, destination_number: str, message_body: str
    ) -> ReceivedMessage:
        """An end user (``origination_number``) writes ``message_body`` to ``destination_number``, a phone
        number of this account (the names of AWS's two-way payload). A keyword of the number's pool, else
        of the number, that the message starts with acts: OPT_OUT adds the sender to the opt-out list (with
        ``EndUserOptedOut`` true), OPT_IN removes it, and the keyword's message is recorded in the outbox as
        the reply; with self-managed opt-outs on, HELP, STOP, OPT_OUT and OPT_IN keywords do nothing.
        Raises ValueError when ``destination_number`` is none of the account's numbers, a number is not in
        E.164 form, the body is not a string, or the number is not ``ACTIVE`` (a US toll-free number still
        waiting for its registration is reached by nobody)."""
        sender = given_number(origination_number, "origination_number")
        given_number(destination_number, "destination_number")
        if not isinstance(message_body, str):
            raise ValueError(f"message_body must be a string, not {message_body!r}")
        with self.lock:
            number = self._phone_number_with(destination_number)
            if number is None:
                raise ValueError(f"{destination_number} is not a phone number of this account and region")
            if number.status != ACTIVE:  # a PENDING number (no approved registration) is not reachable
                raise ValueError(f"{destination_number} is {number.status}: it receives nothing until ACTIVE")
            pool = self.pools.get(number.pool_id) if number.pool_id is not None else None
            settings: PhoneNumber | Pool = pool or number
            stores = [store.keywords for store in (pool, number) if store is not None]
            matched = rules.match(message_body, stores, number.iso_country_code, number.number_type)
            received = ReceivedMessage(
                inbound_message_id=str(uuid4()),
                origination_number=sender,
                destination_number=number.phone_number,
                message_body=message_body,
                received_timestamp=utcnow(),
            )
            if matched is not None and not (
                settings.self_managed_opt_outs_enabled and rules.managed_by_the_account(matched)
            ):
                received = self._act(received, matched, number, pool, settings)
            received = self._to_two_way_channel(received, settings, matched)
            self.received_messages.append(received)
            return received

    def _to_two_way_channel(
        self, received: ReceivedMessage, settings: PhoneNumber | Pool, matched: Keyword | None
    ) -> ReceivedMessage:
        """Every inbound message, keywords included, goes to the two-way channel when two-way is on; the
        message it answers is the last one this number sent the sender (before any automatic reply)."""
        if not settings.two_way_enabled:
            return received
        previous = next(
            (
                message.message_id
                for message in reversed(self.sent_messages)
                if message.destination_phone_number == received.origination_number
                and message.origination_number == received.destination_number
                and (received.reply is None or message is not received.reply)
            ),
            None,
        )
        payload = inbound_payload(
            received.origination_number,
            received.destination_number,
            received.message_body,
            received.inbound_message_id,
            keyword=matched.keyword if matched is not None else None,
            account_id=self.account_id,
            previous_message_id=previous,
        )
        delivery = self._publish_inbound(settings, payload)
        return replace(received, two_way_payload=payload, two_way_delivery=delivery)

    def _act(
        self,
        received: ReceivedMessage,
        keyword: Keyword,
        number: PhoneNumber,
        pool: Pool | None,
        settings: PhoneNumber | Pool,
    ) -> ReceivedMessage:
        """What a matched keyword does, and its reply (recorded, not checked or charged)."""
        list_name = None
        opt_out_list = self.opt_out_lists.get(settings.opt_out_list_name)
        if keyword.keyword_action in (rules.OPT_OUT, rules.OPT_IN) and opt_out_list is not None:
            list_name = opt_out_list.opt_out_list_name
            rules.apply(keyword, opt_out_list, received.origination_number, received.received_timestamp)
        sender = received.origination_number
        body_encoding, parts = encoding.measure(keyword.keyword_message)
        reply = self._new_message(
            self._identity_route(number, pool, number.message_type),
            Destination(sender, country_of(sender) or number.iso_country_code),
            SMS,
            None,
            message_body=keyword.keyword_message,
            encoding=body_encoding,
            parts=parts,
            price=Decimal(0),
            in_reply_to=received.inbound_message_id,
        )
        self._record_message(reply, spend_limit=None)
        return replace(
            received,
            keyword=keyword.keyword,
            keyword_action=keyword.keyword_action,
            opt_out_list_name=list_name,
            reply=reply,
        )


def _arn(owner: PhoneNumber | Pool) -> str:
    return owner.phone_number_arn if isinstance(owner, PhoneNumber) else owner.pool_arn


def _answer(owner: PhoneNumber | Pool, keyword: Keyword) -> Result:
    return Result(
        origination_identity_arn=_arn(owner),
        origination_identity=owner.resource_id,
        keyword=keyword.keyword,
        keyword_message=keyword.keyword_message,
        keyword_action=keyword.keyword_action,
    )
