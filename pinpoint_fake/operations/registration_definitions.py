"""What the registration types are: DescribeRegistrationTypeDefinitions,
DescribeRegistrationSectionDefinitions and DescribeRegistrationFieldDefinitions.

The answers are the fake's catalog (``registration_catalog``), the same in every account and region, in its
order. These operations declare no ResourceNotFoundException: an unknown type, section or field is a
ValidationException (``UNKNOWN_REGISTRATION_TYPE``, ``..._SECTION``, ``..._FIELD``) naming the member.
"""

from __future__ import annotations

from ..core import Core, listed
from ..records import Filter, Result
from ..registration_catalog import REGISTRATION_TYPES
from ..rules.registrations import check_section, selected_fields, type_definition


class RegistrationDefinitionOperations(Core):
    def describe_registration_type_definitions(
        self,
        registration_types: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        for index, registration_type in enumerate(registration_types or ()):
            type_definition(registration_type, f"RegistrationTypes[{index}]")
        entries = [
            (position, definition)
            for position, definition in enumerate(REGISTRATION_TYPES.values(), 1)
            if not registration_types or definition.registration_type in registration_types
        ]
        return self._page(
            "DescribeRegistrationTypeDefinitions",
            listed(entries),
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration_types,),
        )

    def describe_registration_section_definitions(
        self,
        registration_type: str,
        section_paths: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        definition = type_definition(registration_type)
        for index, section_path in enumerate(section_paths or ()):
            check_section(definition, section_path, f"SectionPaths[{index}]")
        entries = [
            (position, section)
            for position, section in enumerate(definition.sections, 1)
            if not section_paths or section.section_path in section_paths
        ]
        return self._page(
            "DescribeRegistrationSectionDefinitions",
            listed(entries),
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration_type, section_paths),
            registration_type=registration_type,
        )

    def describe_registration_field_definitions(
        self,
        registration_type: str,
        section_path: str | None = None,
        field_paths: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        definition = type_definition(registration_type)
        wanted = {field.field_path for field in selected_fields(definition, section_path, field_paths)}
        entries = [
            (position, field)
            for position, field in enumerate(definition.fields, 1)
            if field.field_path in wanted
        ]
        return self._page(
            "DescribeRegistrationFieldDefinitions",
            listed(entries),
            next_token=next_token,
            max_results=max_results,
            bound_to=(registration_type, section_path, field_paths),
            registration_type=registration_type,
        )
