"""Configuration sets: CreateConfigurationSet, DescribeConfigurationSets, DeleteConfigurationSet, and the
defaults a send takes from the set it names: SetDefaultSenderId/DeleteDefaultSenderId,
SetDefaultMessageType/DeleteDefaultMessageType and SetDefaultMessageFeedbackEnabled.

A set is named by its name or its ARN. The default sender ID is any value the model's pattern allows (AWS
does not check that the account has it). A set's event destinations are ``events.py``'s, its protect
configuration ``protection.py``'s; deleting a set takes both with it.
"""

from __future__ import annotations

from ..core import Core, unique_tags
from ..errors import ConflictException, ServiceQuotaExceededException
from ..records import ConfigurationSet, Filter, Result, Tag
from ..rules.limits import account_limit


class ConfigurationSetOperations(Core):
    def create_configuration_set(
        self, configuration_set_name: str, tags: list[Tag] | None = None
    ) -> ConfigurationSet:
        if configuration_set_name in self.configuration_sets:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "configuration-set",
                configuration_set_name,
                f"The configuration set '{configuration_set_name}' already exists.",
            )
        limit = account_limit("CONFIGURATION_SETS")
        if len(self.configuration_sets) >= limit:
            raise ServiceQuotaExceededException(
                "CONFIGURATION_SETS_PER_ACCOUNT", f"An account has at most {limit} configuration sets."
            )
        record = self._new_configuration_set(configuration_set_name, tags=unique_tags(tags))
        return self.configuration_sets.add(record.key, record)

    def describe_configuration_sets(
        self,
        configuration_set_names: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        return self._describe(
            "DescribeConfigurationSets",
            "configuration-set",
            self._names(configuration_set_names, "configuration-set", "ConfigurationSetNames"),
            ids_member="ConfigurationSetNames",
            filters=filters,
            owner=None,
            next_token=next_token,
            max_results=max_results,
        )

    def delete_configuration_set(self, configuration_set_name: str) -> ConfigurationSet:
        record = self._configuration_set(configuration_set_name)
        return self.configuration_sets.remove(record.key)

    def set_default_sender_id(self, configuration_set_name: str, sender_id: str) -> Result:
        record = self._configuration_set(configuration_set_name)
        record.default_sender_id = sender_id
        return _answer(record, sender_id=sender_id)

    def delete_default_sender_id(self, configuration_set_name: str) -> Result:
        record = self._configuration_set(configuration_set_name)
        removed, record.default_sender_id = record.default_sender_id, None
        return _answer(record, sender_id=removed)

    def set_default_message_type(self, configuration_set_name: str, message_type: str) -> Result:
        record = self._configuration_set(configuration_set_name)
        record.default_message_type = message_type
        return _answer(record, message_type=message_type)

    def delete_default_message_type(self, configuration_set_name: str) -> Result:
        record = self._configuration_set(configuration_set_name)
        removed, record.default_message_type = record.default_message_type, None
        return _answer(record, message_type=removed)

    def set_default_message_feedback_enabled(
        self, configuration_set_name: str, message_feedback_enabled: bool
    ) -> Result:
        record = self._configuration_set(configuration_set_name)
        record.default_message_feedback_enabled = message_feedback_enabled
        return _answer(record, message_feedback_enabled=message_feedback_enabled)


def _answer(record: ConfigurationSet, **members: object) -> Result:
    return Result(
        configuration_set_arn=record.configuration_set_arn,
        configuration_set_name=record.configuration_set_name,
        **members,
    )
