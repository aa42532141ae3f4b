"""SendRcsMessage (botocore >= 1.44; the method answers whatever the installed model, so a newer client
reaches it and tests of older models call it on the backend).

An RCS message goes through the same steps as a text message (``core``'s lookups and outbox, ``rules``'
decisions): its content's documented rules, its context (``Core._send_context``: the configuration set, the
protect configuration that applies, the feedback default), the destination, the route (``Core._rcs_route``:
an RCS agent launched in the destination's country, named or chosen from a pool), deliverability (the
agent's or pool's opt-out list, the sandbox, the protect verdict for ``RCS``), ``MaxPrice`` and the ``RCS``
spend limit; then it enters the outbox with channel ``RCS``, unless ``DryRun`` is true.

Fallback: a destination the test says cannot receive RCS (``seed_destination_without_rcs``) is AWS's
"immediate RCS failure". The RCS message is still accepted and recorded (``rcs_unreachable``, not charged),
and with a ``FallbackConfiguration`` the SMS or MMS it describes goes out in its place, through the phone
number or sender ID it names or, for a message sent through a pool, a member of that pool. The fallback's
origin is resolved and checked with the request (a fallback that could never be sent is refused at once);
its deliverability and spend are checked when it is sent. A TimeToLive never expires in the fake (nothing is
delivered later), so only the immediate failure triggers a fallback.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import prices
from ..core import Core
from ..records import RcsFallback, Result, SentMessage
from ..records.messages import CHANNEL_WORDS, RCS, SMS
from ..rules import delivery, encoding, rcs_content


class RcsMessageOperations(Core):
    def send_rcs_message(
        self,
        destination_phone_number: str,
        origination_identity: str,
        rcs_message_content: Any = None,
        time_to_live: int | None = None,
        message_traffic_type: str | None = None,
        fallback_configuration: RcsFallback | None = None,
        protect_configuration_id: str | None = None,
        configuration_set_name: str | None = None,
        max_price: str | None = None,
        dry_run: bool | None = None,
        context: dict[str, str] | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        fallback = fallback_configuration
        rcs_content.check_content(rcs_message_content, message_traffic_type)
        if fallback is not None:
            rcs_content.check_fallback(fallback)
        send = self._send_context(
            configuration_set_name, protect_configuration_id, message_feedback_enabled, dry_run
        )
        to = delivery.destination(destination_phone_number)
        route, owner = self._rcs_route(origination_identity, to)
        fallback_route = (
            None
            if fallback is None
            else self._fallback_route(fallback.origination_identity, route, owner, to, fallback.channel)
        )
        verdict = self._check_deliverable(route, to, RCS, protect_configuration=send.protect_configuration)
        price = prices.unit_price(RCS, to.iso_country_code)
        delivery.check_max_price(price, max_price, "MaxPrice")
        self._check_spend(CHANNEL_WORDS[RCS], price)
        reachable = to.phone_number not in self.destinations_without_rcs
        shared: dict[str, Any] = {"context": context, "time_to_live": time_to_live}
        text = getattr(getattr(rcs_message_content, "content", None), "text_message", None)
        message: SentMessage = self._new_message(
            route,
            to,
            RCS,
            "SendRcsMessage",
            send,
            price=price if reachable else Decimal(0),
            message_body=getattr(text, "body", None),
            max_price=max_price,
            rcs_message_content=rcs_message_content,
            message_traffic_type=message_traffic_type,
            fallback_configuration=fallback,
            rcs_unreachable=not reachable,
            protect_verdict=verdict,
            **shared,
        )
        fallback_message: SentMessage | None = None
        if not reachable and fallback is not None and fallback_route is not None:
            channel = fallback.channel
            fallback_verdict = self._check_deliverable(
                fallback_route, to, channel, protect_configuration=send.protect_configuration
            )
            unit_price = prices.unit_price(channel, to.iso_country_code)
            body_encoding, parts = (
                encoding.measure(fallback.message_body)
                if channel == SMS and fallback.message_body is not None
                else (None, 1)
            )
            self._check_spend(CHANNEL_WORDS[channel], unit_price * parts)
            fallback_message = self._new_message(
                fallback_route,
                to,
                channel,
                "SendRcsMessage",
                send,
                price=unit_price * parts,
                message_body=fallback.message_body,
                media_urls=fallback.media_urls,
                parts=parts,
                encoding=body_encoding,
                fallback_for=message.message_id,
                protect_verdict=fallback_verdict,
                **shared,
            )
            message.fallback_message_id = fallback_message.message_id
        self._record_unless_dry_run(send, message, spend_limit=CHANNEL_WORDS[RCS] if reachable else None)
        if fallback_message is not None:
            self._record_unless_dry_run(
                send, fallback_message, spend_limit=CHANNEL_WORDS[fallback_message.channel]
            )
        return Result(message_id=message.message_id)
