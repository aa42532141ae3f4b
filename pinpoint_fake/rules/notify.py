"""Notify sends: the configuration's state, its channels and countries, the template a message uses, the
variables that fill it in, and the daily limits of the configuration's tier.

A template's content holds ``{{variable}}`` placeholders. The customer gives the ``CUSTOMER`` variables
(``TemplateVariables``, every value a string, as the model documents); the service fills in the ``SYSTEM``
ones: ``brandName`` is the configuration's display name (the user guide), any other its default value.
Values are checked against their ``TemplateVariableMetadata`` (type, length, range, pattern), and the
rendered content is the message's body (``ResolvedMessageBody``).

Daily limits (the user guide's Notify quotas): a Basic configuration sends 200 messages a day (Advanced: no
limit), and a destination number gets at most 10 Notify messages a day from one configuration and from the
whole account. A day is a UTC calendar day of moto's clock; what counts is what the outbox holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from .. import notify_catalog
from ..errors import (
    ConflictException,
    ServiceQuotaExceededException,
    ValidationException,
    ValidationExceptionField,
)
from ..records import Destination, NotifyConfiguration, NotifyTemplate, SentMessage, TemplateVariable
from .guards import ACTIVE

SYSTEM = "SYSTEM"
BRAND_NAME = "brandName"  # the SYSTEM variable the configuration's display name fills in
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
INTEGER = re.compile(r"[+-]?[0-9]+")
BOOLEANS = ("true", "false")


def check_active(configuration: NotifyConfiguration) -> None:
    """Only an ACTIVE configuration sends (not PENDING, REJECTED or REQUIRES_VERIFICATION)."""
    if configuration.status != ACTIVE:
        raise ConflictException(
            "NOTIFY_CONFIGURATION_NOT_ACTIVE",
            "notify-configuration",
            configuration.notify_configuration_id,
            f"The notify configuration '{configuration.notify_configuration_id}' is {configuration.status}.",
        )


def check_channel(configuration: NotifyConfiguration, channel: str) -> None:
    if channel not in configuration.enabled_channels:
        raise ValidationException(
            f"The notify configuration does not have the {channel} channel enabled.",
            "CHANNEL_NOT_ENABLED",
            (ValidationExceptionField("NotifyConfigurationId", f"{channel} is not enabled"),),
        )


def check_country(configuration: NotifyConfiguration, destination: Destination) -> None:
    if destination.iso_country_code not in (configuration.enabled_countries or ()):
        raise ValidationException(
            f"The notify configuration does not send to {destination.iso_country_code}.",
            "COUNTRY_NOT_ENABLED",
            (
                ValidationExceptionField(
                    "DestinationPhoneNumber", f"{destination.iso_country_code} is not enabled"
                ),
            ),
        )


def template_id_of(requested: str | None, configuration: NotifyConfiguration) -> str:
    """The template a message uses: the request's, else the configuration's default."""
    if requested is not None:
        return requested
    if configuration.default_template_id is None:
        raise ValidationException(
            "TemplateId is required: the notify configuration has no default template.",
            "MISSING_PARAMETER",
            (ValidationExceptionField("TemplateId", "Required without a default template"),),
        )
    return configuration.default_template_id


def check_template(
    template: NotifyTemplate, configuration: NotifyConfiguration, channel: str, destination: Destination
) -> None:
    """The template must be ACTIVE, for the channel and the configuration's tier, and serve the destination's
    country (where it lists countries)."""
    problems = []
    if template.status not in (None, ACTIVE):
        problems.append(f"is {template.status}")
    if channel not in template.channels:
        problems.append(f"has no {channel} channel")
    if template.tier_access is not None and configuration.tier not in template.tier_access:
        problems.append(f"is not for the {configuration.tier} tier")
    if problems:
        raise ValidationException(
            f"The template '{template.template_id}' {' and '.join(problems)}.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("TemplateId", "; ".join(problems)),),
        )
    if (
        template.supported_countries is not None
        and destination.iso_country_code not in template.supported_countries
    ):
        raise ValidationException(
            f"The template '{template.template_id}' does not serve {destination.iso_country_code}.",
            "COUNTRY_NOT_ENABLED",
            (ValidationExceptionField("DestinationPhoneNumber", f"Not a country of {template.template_id}"),),
        )


def check_voice(template: NotifyTemplate, voice_id: str | None) -> str | None:
    """The voice a voice message speaks in: the one asked for, which the template must support, else the
    template's first (None: the default voice of voice messages)."""
    voices = template.supported_voice_ids
    if voice_id is None:
        return voices[0] if voices else None
    if voices is not None and voice_id not in voices:
        raise ValidationException(
            f"The template '{template.template_id}' does not speak with the voice {voice_id}.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("VoiceId", "Not a voice of the template"),),
        )
    return voice_id


def variables(
    template: NotifyTemplate, given: dict[str, str], configuration: NotifyConfiguration
) -> dict[str, str]:
    """Every variable's value: the customer's (checked), else its default, else empty; or the service's
    (SYSTEM)."""
    declared = template.variables or {}
    missing = [
        name
        for name, variable in declared.items()
        if variable.source != SYSTEM
        and variable.required
        and variable.default_value is None
        and name not in given
    ]
    if missing:
        raise ValidationException(
            f"The template '{template.template_id}' needs the variables {', '.join(missing)}.",
            "MISSING_PARAMETER",
            tuple(ValidationExceptionField(f"TemplateVariables.{name}", "Required") for name in missing),
        )
    wrong = [
        ValidationExceptionField(f"TemplateVariables.{name}", why)
        for name, value in given.items()
        if (why := _wrong(declared.get(name), value)) is not None
    ]
    if wrong:
        raise ValidationException(
            f"Template variables the template '{template.template_id}' does not take as given: "
            f"{', '.join(field.name for field in wrong)}.",
            "INVALID_PARAMETER",
            tuple(wrong),
        )
    values: dict[str, str] = {}
    for name, variable in declared.items():
        if variable.source == SYSTEM:
            values[name] = configuration.display_name if name == BRAND_NAME else variable.default_value or ""
        elif name in given:
            values[name] = given[name]
        else:  # an optional variable left out: its default, else nothing
            values[name] = variable.default_value or ""
    return values


def _wrong(variable: TemplateVariable | None, value: str) -> str | None:
    """Why a value does not fit its variable (None when it does)."""
    if variable is None:
        return "Not a variable of the template"
    if variable.source == SYSTEM:
        return "Filled in by the service"
    if variable.max_length is not None and len(value) > variable.max_length:
        return f"At most {variable.max_length} characters"
    if variable.type == "INTEGER":
        if not INTEGER.fullmatch(value):
            return "Must be an integer"
        number = int(value)
        if variable.min_value is not None and number < variable.min_value:
            return f"At least {variable.min_value}"
        if variable.max_value is not None and number > variable.max_value:
            return f"At most {variable.max_value}"
    if variable.type == "BOOLEAN" and value not in BOOLEANS:
        return "Must be true or false"
    if variable.pattern is not None and not re.fullmatch(variable.pattern, value):
        return f"Must match {variable.pattern}"
    return None


def render(content: str | None, values: dict[str, str]) -> str:
    """The content with every ``{{variable}}`` of ``values`` filled in (others are left as they are)."""
    return PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), content or "")


def check_daily_limits(
    configuration: NotifyConfiguration, sent: Iterable[SentMessage], destination: Destination, now: datetime
) -> None:
    """Refuse a message past the tier's messages a day, or past the messages a day one destination gets
    from the configuration or the account."""
    today = [
        message
        for message in sent
        if message.notify_configuration_id is not None and message.sent_timestamp.date() == now.date()
    ]
    mine = [m for m in today if m.notify_configuration_id == configuration.notify_configuration_id]
    per_day = notify_catalog.TIERS.get(configuration.tier, {}).get("messages_per_day")
    if per_day is not None and len(mine) >= per_day:
        raise ServiceQuotaExceededException(
            "DAILY_NOTIFY_TIER_MESSAGE_LIMIT",
            f"The notify configuration has sent the {per_day} messages of its {configuration.tier} tier.",
        )
    limit = notify_catalog.PER_DESTINATION_PER_DAY
    for scope, messages in (("notify configuration", mine), ("account", today)):
        if sum(m.destination_phone_number == destination.phone_number for m in messages) >= limit:
            raise ServiceQuotaExceededException(
                "DAILY_DESTINATION_CALL_LIMIT",
                f"{destination.phone_number} has had the {limit} messages a day the {scope} may send it.",
            )
