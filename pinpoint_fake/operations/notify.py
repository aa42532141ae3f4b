"""Notify: CreateNotifyConfiguration, DescribeNotifyConfigurations, UpdateNotifyConfiguration,
DeleteNotifyConfiguration, DescribeNotifyTemplates and ListNotifyCountries.

A configuration names its channels (SMS, VOICE), the countries it may send to (those of its tier), and
optionally a default template and a pool of the account's own identities; a pool a configuration names
cannot be deleted (``core.REFERENCES``). AWS reviews a new configuration's display name within seconds:
CreateNotifyConfiguration answers ``PENDING`` as AWS does, and the fake's review passes at once, so the
configuration is ``ACTIVE`` from then on. Templates and countries are what AWS serves every account
(``notify_catalog``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from ..core import Core, listed, unique_tags
from ..errors import ResourceNotFoundException, ValidationException, ValidationExceptionField
from ..notify_catalog import CHANNELS
from ..pagination import Entry
from ..records import Filter, NotifyConfiguration, NotifyCountry, NotifyTemplate, Result, Tag
from ..rules.guards import refuse_if_protected

UNSET_TEMPLATE = "UNSET_DEFAULT_TEMPLATE"  # clears the default template
UNSET_POOL = "UNSET_DEFAULT_POOL_FOR_NOTIFY"  # clears the pool


class NotifyOperations(Core):
    def create_notify_configuration(
        self,
        display_name: str,
        use_case: str,
        enabled_channels: list[str],
        default_template_id: str | None = None,
        pool_id: str | None = None,
        enabled_countries: list[str] | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
    ) -> NotifyConfiguration:
        channels = _channels(enabled_channels)
        countries = None if enabled_countries is None else self._enableable(enabled_countries, "BASIC")
        template = None if default_template_id in (None, UNSET_TEMPLATE) else default_template_id
        record = self._new_notify_configuration(
            display_name=display_name,
            use_case=use_case,
            enabled_channels=channels,
            enabled_countries=countries,
            default_template_id=None if template is None else self._notify_template(template).template_id,
            pool_id=None if pool_id is None else self._active_pool(pool_id).pool_id,
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
        )
        self.notify_configurations.add(record.key, record)
        return dataclasses.replace(record, status="PENDING")  # what AWS answers before its review

    def describe_notify_configurations(
        self,
        notify_configuration_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        return self._describe(
            "DescribeNotifyConfigurations",
            "notify-configuration",
            self._names(notify_configuration_ids, "notify-configuration", "NotifyConfigurationIds"),
            ids_member="NotifyConfigurationIds",
            filters=filters,
            owner=None,
            next_token=next_token,
            max_results=max_results,
        )

    def update_notify_configuration(
        self,
        notify_configuration_id: str,
        default_template_id: str | None = None,
        pool_id: str | None = None,
        enabled_countries: list[str] | None = None,
        enabled_channels: list[str] | None = None,
        deletion_protection_enabled: bool | None = None,
    ) -> NotifyConfiguration:
        record = self._notify_configuration(notify_configuration_id)
        changes: dict[str, object] = {}
        if enabled_channels is not None:
            changes["enabled_channels"] = _channels(enabled_channels)
        if enabled_countries is not None:
            changes["enabled_countries"] = self._enableable(enabled_countries, record.tier)
        if default_template_id is not None:
            changes["default_template_id"] = (
                None
                if default_template_id == UNSET_TEMPLATE
                else self._notify_template(default_template_id).key
            )
        if pool_id is not None:
            changes["pool_id"] = None if pool_id == UNSET_POOL else self._active_pool(pool_id).pool_id
        if deletion_protection_enabled is not None:
            changes["deletion_protection_enabled"] = deletion_protection_enabled
        for attribute, value in changes.items():  # None too: a default cleared
            setattr(record, attribute, value)
        return record

    def delete_notify_configuration(self, notify_configuration_id: str) -> NotifyConfiguration:
        record = self._notify_configuration(notify_configuration_id)
        refuse_if_protected(record)
        return self.notify_configurations.remove(record.key)

    def describe_notify_templates(
        self,
        template_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        """The templates named (each once, in catalog order; an unknown one fails the call), or all."""
        store = self.notify_templates
        entries_after: Callable[[int], Iterable[Entry[NotifyTemplate]]] = store.after
        if template_ids:
            found: dict[int, NotifyTemplate] = {}
            for template_id in template_ids:
                entry = store.entry(template_id)
                if entry is None:
                    raise ResourceNotFoundException("notify-template", template_id)
                found[entry[0]] = entry[1]
            entries_after = listed(sorted(found.items()))
        return self._page(
            "DescribeNotifyTemplates",
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(template_ids,),
        )

    def list_notify_countries(
        self,
        channels: list[str] | None = None,
        use_cases: list[str] | None = None,
        tier: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        """The countries that support any of ``channels``, any of ``use_cases``, and ``tier`` (if given)."""

        def wanted(country: NotifyCountry) -> bool:
            return (
                (not channels or not set(channels).isdisjoint(country.supported_channels))
                and (not use_cases or not set(use_cases).isdisjoint(country.supported_use_cases))
                and (tier is None or tier in country.supported_tiers)
            )

        entries = [entry for entry in self.notify_countries.entries() if wanted(entry[1])]
        return self._page(
            "ListNotifyCountries",
            listed(entries),
            next_token=next_token,
            max_results=max_results,
            bound_to=(channels, use_cases, tier),
        )

    def _enableable(self, codes: list[str], tier: str) -> list[str]:
        """The countries a configuration of ``tier`` enables, each once; one that Notify does not serve on
        that tier (ListNotifyCountries does not list it for the tier) is refused."""
        wrong = [
            ValidationExceptionField(f"EnabledCountries[{index}]", f"Not a Notify country of the {tier} tier")
            for index, code in enumerate(codes)
            if tier not in getattr(self.notify_countries.get(code), "supported_tiers", ())
        ]
        if wrong:
            raise ValidationException(
                f"Notify does not send to every country given on the {tier} tier (see ListNotifyCountries).",
                "INVALID_PARAMETER",
                tuple(wrong),
            )
        return list(dict.fromkeys(codes))


def _channels(channels: list[str]) -> list[str]:
    """The channels to enable, each once: SMS and VOICE are Notify's (the model's list allows more)."""
    wrong = [
        ValidationExceptionField(
            f"EnabledChannels[{index}]", f"Notify sends by {' and '.join(CHANNELS)} only"
        )
        for index, channel in enumerate(channels)
        if channel not in CHANNELS
    ]
    if wrong:
        raise ValidationException("Notify sends by SMS and VOICE only.", "INVALID_PARAMETER", tuple(wrong))
    return list(dict.fromkeys(channels))
