"""Notify sends: SendNotifyTextMessage and SendNotifyVoiceMessage.

A Notify message is a template filled in (``rules.notify``) and sent through a notify configuration: it must
be ACTIVE, have the channel enabled and the destination's country among its countries. Who sends it is AWS's
documented hybrid routing: a member of the configuration's pool that can reach the destination
(``rules.routing``, as a pool chooses), else the identities AWS manages for Notify (``AWS_MANAGED``: no
identity of the account, and no opt-out list; they send from the destination's country), except in a country
where Notify needs the customer's own identity (``ListNotifyCountries``' ``CustomerOwnedIdentityRequired``).
Then the sandbox and the protect configuration (the configuration set's, else the account default: Notify's
protection is mandatory), the tier's daily limits, and the ``NOTIFY`` spend limit (the channel's price plus
Notify's fee); the message enters the outbox on its channel (``SMS`` or ``VOICE``) with the configuration,
template and variables it used. ``DryRun`` checks all of it and records nothing.
"""

from __future__ import annotations

from moto.core.utils import utcnow

from .. import prices
from ..core import Core
from ..records import Destination, NotifyConfiguration, Result, Route
from ..records.messages import AWS_MANAGED, NOTIFY, SMS, VOICE
from ..rules import content, delivery, encoding, notify, routing
from ..rules.guards import ACTIVE

NOTIFY_MESSAGE_TYPE = "TRANSACTIONAL"  # verification codes


class NotifyMessageOperations(Core):
    def send_notify_text_message(
        self,
        notify_configuration_id: str,
        destination_phone_number: str,
        template_variables: dict[str, str],
        template_id: str | None = None,
        time_to_live: int | None = None,
        context: dict[str, str] | None = None,
        configuration_set_name: str | None = None,
        dry_run: bool | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        return self._send_notify(
            SMS,
            "SendNotifyTextMessage",
            notify_configuration_id,
            destination_phone_number,
            template_variables,
            template_id,
            None,
            configuration_set_name,
            dry_run,
            message_feedback_enabled,
            time_to_live=time_to_live,
            context=context,
        )

    def send_notify_voice_message(
        self,
        notify_configuration_id: str,
        destination_phone_number: str,
        template_variables: dict[str, str],
        template_id: str | None = None,
        voice_id: str | None = None,
        time_to_live: int | None = None,
        context: dict[str, str] | None = None,
        configuration_set_name: str | None = None,
        dry_run: bool | None = None,
        message_feedback_enabled: bool | None = None,
    ) -> Result:
        return self._send_notify(
            VOICE,
            "SendNotifyVoiceMessage",
            notify_configuration_id,
            destination_phone_number,
            template_variables,
            template_id,
            voice_id,
            configuration_set_name,
            dry_run,
            message_feedback_enabled,
            time_to_live=time_to_live,
            context=context,
        )

    def _send_notify(
        self,
        channel: str,
        operation: str,
        notify_configuration_id: str,
        destination_phone_number: str,
        template_variables: dict[str, str],
        template_id: str | None,
        voice_id: str | None,
        configuration_set_name: str | None,
        dry_run: bool | None,
        message_feedback_enabled: bool | None,
        **kept: object,
    ) -> Result:
        configuration = self._notify_configuration(notify_configuration_id)
        notify.check_active(configuration)
        notify.check_channel(configuration, channel)
        send = self._send_context(configuration_set_name, None, message_feedback_enabled, dry_run)
        to = delivery.destination(destination_phone_number)
        notify.check_country(configuration, to)
        template = self._notify_template(notify.template_id_of(template_id, configuration))
        notify.check_template(template, configuration, channel, to)
        voice = notify.check_voice(template, voice_id) if channel == VOICE else None
        values = notify.variables(template, template_variables, configuration)
        body = notify.render(template.content, values)
        route = self._notify_route(configuration, to, channel)
        verdict = self._check_deliverable(
            route, to, channel, protect_configuration=send.protect_configuration
        )
        notify.check_daily_limits(configuration, self.sent_messages, to, utcnow())
        body_encoding, parts = encoding.measure(body) if channel == SMS else (None, 1)
        price = prices.unit_price(channel, to.iso_country_code) * parts + prices.NOTIFY_FEE
        self._check_spend(NOTIFY, price)
        message = self._new_message(
            route,
            to,
            channel,
            operation,
            send,
            price=price,
            message_body=body,
            parts=parts,
            encoding=body_encoding,
            protect_verdict=verdict,
            notify_configuration_id=configuration.notify_configuration_id,
            template_id=template.template_id,
            template_variables=template_variables,
            **({"voice_id": voice or content.DEFAULT_VOICE_ID} if channel == VOICE else {}),
            **kept,
        )
        self._record_unless_dry_run(send, message, spend_limit=NOTIFY)
        return Result(
            message_id=message.message_id, template_id=template.template_id, resolved_message_body=body
        )

    def _notify_route(self, configuration: NotifyConfiguration, to: Destination, channel: str) -> Route:
        """A member of the configuration's pool that can send the message, else AWS's own identities (none
        where Notify needs the customer's: NO_ORIGINATION_IDENTITIES_FOUND)."""
        pool = self.pools.get(configuration.pool_id) if configuration.pool_id is not None else None
        if pool is not None and pool.status == ACTIVE:
            chosen = routing.choose(pool.origination_identities.values(), to, channel, pool.message_type)
            if chosen is not None:
                return self._identity_route(chosen, pool, pool.message_type, to)
        country = self.notify_countries.get(to.iso_country_code)
        if country is not None and country.customer_owned_identity_required:
            raise routing.no_identity(pool, to, channel)
        return Route(
            identity=None,
            pool=None,
            origination_identity=AWS_MANAGED,
            origination_number=AWS_MANAGED,
            origination_country=to.iso_country_code,  # AWS's identities of the destination's country
            opt_out_list=None,  # STOP to AWS's identities opts no one out of the account's lists
            self_managed_opt_outs_enabled=False,
            message_type=NOTIFY_MESSAGE_TYPE,
        )
