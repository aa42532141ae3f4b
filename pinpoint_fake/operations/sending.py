"""Sending: SendTextMessage, SendVoiceMessage and SendMediaMessage.

Each send composes the same steps (``core``'s lookups and outbox, ``rules``' decisions): the request's own
checks (a body or media, the voice body's length, media types), its context (``Core._send_context``: the
configuration set, the protect configuration that applies, the feedback default), the destination's
country, the route (``Core._route``), deliverability (opt-out, sandbox, protect), ``MaxPrice``, and the
spend limit of the channel; then the message is recorded in the outbox, unless ``DryRun`` is true
(``Core._record_unless_dry_run``): a dry run checks everything, records and charges nothing, and answers a
MessageId that names no message.
"""

from __future__ import annotations

from .. import prices
from ..core import Core
from ..records import Result
from ..records.messages import CHANNEL_WORDS, MMS, SMS, VOICE
from ..rules import content, delivery, encoding


class SendingOperations(Core):
    def send_text_message(
        self,
        destination_phone_number: str,
        origination_identity: str | None = None,
        message_body: str | None = None,
        message_type: str | None = None,
        keyword: str | None = None,
        configuration_set_name: str | None = None,
        max_price: str | None = None,
        time_to_live: int | None = None,
        context: dict[str, str] | None = None,
        destination_country_parameters: dict[str, str] | None = None,
        dry_run: bool | None = None,
        protect_configuration_id: str | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        content.require(message_body, "MessageBody", "a text message needs a body")
        assert message_body is not None
        body_encoding, parts = encoding.measure(message_body)
        return self._send(
            SMS,
            "SendTextMessage",
            destination_phone_number,
            origination_identity,
            message_type,
            configuration_set_name,
            protect_configuration_id,
            dry_run,
            units=parts,
            max_price=(max_price, "MaxPrice"),
            message_body=message_body,
            parts=parts,
            encoding=body_encoding,
            keyword=keyword,
            time_to_live=time_to_live,
            context=context,
            destination_country_parameters=destination_country_parameters,
            message_feedback_enabled=message_feedback_enabled,
        )

    def send_voice_message(
        self,
        destination_phone_number: str,
        origination_identity: str,
        message_body: str | None = None,
        message_body_text_type: str | None = None,
        voice_id: str | None = None,
        configuration_set_name: str | None = None,
        max_price_per_minute: str | None = None,
        time_to_live: int | None = None,
        context: dict[str, str] | None = None,
        dry_run: bool | None = None,
        protect_configuration_id: str | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        content.require(message_body, "MessageBody", "a voice message needs something to say")
        assert message_body is not None
        text_type = message_body_text_type or content.DEFAULT_VOICE_BODY_TEXT_TYPE
        content.check_voice_body(message_body, text_type)
        return self._send(
            VOICE,
            "SendVoiceMessage",
            destination_phone_number,
            origination_identity,
            None,
            configuration_set_name,
            protect_configuration_id,
            dry_run,
            units=1,
            max_price=(max_price_per_minute, "MaxPricePerMinute"),
            message_body=message_body,
            message_body_text_type=text_type,
            voice_id=voice_id or content.DEFAULT_VOICE_ID,
            max_price_per_minute=max_price_per_minute,
            time_to_live=time_to_live,
            context=context,
            message_feedback_enabled=message_feedback_enabled,
        )

    def send_media_message(
        self,
        destination_phone_number: str,
        origination_identity: str,
        message_body: str | None = None,
        media_urls: list[str] | None = None,
        configuration_set_name: str | None = None,
        max_price: str | None = None,
        time_to_live: int | None = None,
        context: dict[str, str] | None = None,
        dry_run: bool | None = None,
        protect_configuration_id: str | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        if not media_urls:
            content.require(message_body, "MessageBody", "a media message needs a body or media")
        content.check_media_urls(media_urls or [])
        return self._send(
            MMS,
            "SendMediaMessage",
            destination_phone_number,
            origination_identity,
            None,
            configuration_set_name,
            protect_configuration_id,
            dry_run,
            units=1,
            max_price=(max_price, "MaxPrice"),
            message_body=message_body,
            media_urls=media_urls,
            time_to_live=time_to_live,
            context=context,
            message_feedback_enabled=message_feedback_enabled,
        )

    def _send(
        self,
        channel: str,
        operation: str,
        destination_phone_number: str,
        origination_identity: str | None,
        message_type: str | None,
        configuration_set_name: str | None,
        protect_configuration_id: str | None,
        dry_run: bool | None,
        *,
        units: int,
        max_price: tuple[str | None, str],
        message_feedback_enabled: bool | None,
        **kept: object,
    ) -> Result:
        """One send of ``channel``, whose price is ``units`` times the destination's unit price; ``kept``
        are the request's members the message keeps as given (and the body's parts and encoding)."""
        send = self._send_context(
            configuration_set_name, protect_configuration_id, message_feedback_enabled, dry_run
        )
        to = delivery.destination(destination_phone_number)
        route = self._route(origination_identity, to, channel, message_type, send.configuration_set)
        verdict = self._check_deliverable(
            route, to, channel, protect_configuration=send.protect_configuration
        )
        unit_price = prices.unit_price(channel, to.iso_country_code)
        delivery.check_max_price(unit_price, *max_price)
        price = unit_price * units
        spend_limit = CHANNEL_WORDS[channel]
        self._check_spend(spend_limit, price)
        message = self._new_message(
            route,
            to,
            channel,
            operation,
            send,
            price=price,
            protect_verdict=verdict,
            **({"max_price": max_price[0]} if max_price[1] == "MaxPrice" else {}),
            **kept,
        )
        self._record_unless_dry_run(send, message, spend_limit=spend_limit)
        return Result(message_id=message.message_id)
