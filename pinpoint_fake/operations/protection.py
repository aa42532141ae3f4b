"""Protect configurations: CreateProtectConfiguration, DescribeProtectConfigurations,
UpdateProtectConfiguration, DeleteProtectConfiguration, Get/UpdateProtectConfigurationCountryRuleSet,
Put/Delete/ListProtectConfigurationRuleSetNumberOverride(s), Set/DeleteAccountDefaultProtectConfiguration and
Associate/DisassociateProtectConfiguration (with a configuration set).

A new configuration allows every country for every number capability (the documented default); its name is
only a tag ``Name``. The country rule set lists the countries of ``countries.countries()``; an update naming
another is refused. A number override is kept in E.164 with its ``+``: putting one again replaces its
action and expiration (none given: it never expires, as AWS documents for an edit) and keeps its creation
time. A configuration cannot be deleted while deletion protection is on, while it is the account default,
or while a configuration set uses it (``core.REFERENCES``). A configuration set holds at most one protect
configuration: associating another replaces it (the model's words), associating the same one again changes
nothing. What a configuration says about a send is ``rules.protection``'s.
"""

from __future__ import annotations

from datetime import datetime

from moto.core.utils import utcnow

from ..core import Core, unique_tags
from ..countries import countries, country_of
from ..errors import (
    ConflictException,
    ResourceNotFoundException,
    ValidationException,
    ValidationExceptionField,
)
from ..phone_ranges import e164
from ..records import (
    ConfigurationSet,
    CountryRule,
    Filter,
    NumberOverride,
    NumberOverrideAnswer,
    ProtectConfiguration,
    Result,
    Tag,
)
from ..rules.guards import apply_changes, refuse_if_protected
from ..service_model import enum_values

_RULES = {status: CountryRule(status) for status in enum_values("ProtectStatus")}  # one record per status


class ProtectionOperations(Core):
    def create_protect_configuration(
        self, deletion_protection_enabled: bool | None = None, tags: list[Tag] | None = None
    ) -> ProtectConfiguration:
        record = self._new_protect_configuration(
            deletion_protection_enabled=bool(deletion_protection_enabled), tags=unique_tags(tags)
        )
        return self.protect_configurations.add(record.key, record)

    def describe_protect_configurations(
        self,
        protect_configuration_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        return self._describe(
            "DescribeProtectConfigurations",
            "protect-configuration",
            self._names(protect_configuration_ids, "protect-configuration", "ProtectConfigurationIds"),
            ids_member="ProtectConfigurationIds",
            owner=None,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
        )

    def update_protect_configuration(
        self, protect_configuration_id: str, deletion_protection_enabled: bool | None = None
    ) -> ProtectConfiguration:
        record = self._protect_configuration(protect_configuration_id)
        apply_changes(record, {"deletion_protection_enabled": deletion_protection_enabled})
        return record

    def delete_protect_configuration(self, protect_configuration_id: str) -> ProtectConfiguration:
        record = self._protect_configuration(protect_configuration_id)
        refuse_if_protected(record)
        if record.account_default:
            raise ConflictException(
                "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT",
                "protect-configuration",
                record.protect_configuration_id,
                f"The protect configuration '{record.protect_configuration_id}' is the account default.",
            )
        self._refuse_if_in_use(record)
        return self.protect_configurations.remove(record.key)

    # -- country rules --------------------------------------------------------------------------------

    def get_protect_configuration_country_rule_set(
        self, protect_configuration_id: str, number_capability: str
    ) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        return _country_rule_set(record, number_capability)

    def update_protect_configuration_country_rule_set(
        self,
        protect_configuration_id: str,
        number_capability: str,
        country_rule_set_updates: dict[str, CountryRule],
    ) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        known = frozenset(countries())
        unknown = [country for country in country_rule_set_updates if country not in known]
        if unknown:
            raise ValidationException(
                f"No country rule exists for {', '.join(unknown)}.",
                "INVALID_PARAMETER",
                tuple(
                    ValidationExceptionField(f"CountryRuleSetUpdates.{country}", "Not a supported country")
                    for country in unknown
                ),
            )
        rules = record.country_rules.setdefault(number_capability, {})
        rules.update((country, rule.protect_status) for country, rule in country_rule_set_updates.items())
        return _country_rule_set(record, number_capability)

    # -- number overrides -----------------------------------------------------------------------------

    def put_protect_configuration_rule_set_number_override(
        self,
        protect_configuration_id: str,
        destination_phone_number: str,
        action: str,
        expiration_timestamp: datetime | None = None,
    ) -> NumberOverrideAnswer:
        record = self._protect_configuration(protect_configuration_id)
        number = e164(destination_phone_number)
        override = record.number_overrides.get(number)
        if override is None:
            override = record.number_overrides.add(
                number, NumberOverride(number, utcnow(), action, country_of(number), expiration_timestamp)
            )
        else:
            override.action = action
            override.expiration_timestamp = expiration_timestamp
        return _answer(record, override)

    def delete_protect_configuration_rule_set_number_override(
        self, protect_configuration_id: str, destination_phone_number: str
    ) -> NumberOverrideAnswer:
        record = self._protect_configuration(protect_configuration_id)
        number = e164(destination_phone_number)
        if number not in record.number_overrides:
            raise ResourceNotFoundException(
                None,
                destination_phone_number,
                f"The protect configuration '{record.protect_configuration_id}' has no rule override for "
                f"{destination_phone_number}.",
            )
        return _answer(record, record.number_overrides.remove(number))

    def list_protect_configuration_rule_set_number_overrides(
        self,
        protect_configuration_id: str,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        return self._page(
            "ListProtectConfigurationRuleSetNumberOverrides",
            record.number_overrides.after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(record.protect_configuration_arn,),
            protect_configuration_arn=record.protect_configuration_arn,
            protect_configuration_id=record.protect_configuration_id,
        )

    # -- the account default --------------------------------------------------------------------------

    def set_account_default_protect_configuration(self, protect_configuration_id: str) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        self._set_account_default(record)
        return _default(record)

    def delete_account_default_protect_configuration(self) -> Result:
        previous = self._set_account_default(None)
        if previous is None:
            raise ResourceNotFoundException(
                "protect-configuration", None, "The account has no default protect configuration."
            )
        return _default(previous)

    # -- configuration sets ---------------------------------------------------------------------------

    def associate_protect_configuration(
        self, protect_configuration_id: str, configuration_set_name: str
    ) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        configuration_set = self._configuration_set(configuration_set_name)
        configuration_set.protect_configuration_id = record.protect_configuration_id
        return _association(record, configuration_set)

    def disassociate_protect_configuration(
        self, protect_configuration_id: str, configuration_set_name: str
    ) -> Result:
        record = self._protect_configuration(protect_configuration_id)
        configuration_set = self._configuration_set(configuration_set_name)
        if configuration_set.protect_configuration_id != record.protect_configuration_id:
            raise ConflictException(
                "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET",
                "protect-configuration",
                record.protect_configuration_id,
                f"The protect configuration '{record.protect_configuration_id}' is not associated with the "
                f"configuration set '{configuration_set.configuration_set_name}'.",
            )
        configuration_set.protect_configuration_id = None
        return _association(record, configuration_set)


def _association(record: ProtectConfiguration, configuration_set: ConfigurationSet) -> Result:
    return Result(
        configuration_set_arn=configuration_set.configuration_set_arn,
        configuration_set_name=configuration_set.configuration_set_name,
        protect_configuration_arn=record.protect_configuration_arn,
        protect_configuration_id=record.protect_configuration_id,
    )


def _country_rule_set(record: ProtectConfiguration, number_capability: str) -> Result:
    """The whole rule set of a capability: every country, ALLOW unless a rule was set."""
    return Result(
        protect_configuration_arn=record.protect_configuration_arn,
        protect_configuration_id=record.protect_configuration_id,
        number_capability=number_capability,
        country_rule_set={
            country: _RULES[record.country_rule(number_capability, country)] for country in countries()
        },
    )


def _answer(record: ProtectConfiguration, override: NumberOverride) -> NumberOverrideAnswer:
    return NumberOverrideAnswer(
        protect_configuration_arn=record.protect_configuration_arn,
        protect_configuration_id=record.protect_configuration_id,
        destination_phone_number=override.destination_phone_number,
        created_timestamp=override.created_timestamp,
        action=override.action,
        iso_country_code=override.iso_country_code,
        expiration_timestamp=override.expiration_timestamp,
    )


def _default(record: ProtectConfiguration) -> Result:
    return Result(
        default_protect_configuration_arn=record.protect_configuration_arn,
        default_protect_configuration_id=record.protect_configuration_id,
    )
