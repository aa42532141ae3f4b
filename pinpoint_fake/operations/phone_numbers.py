"""Phone numbers: RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber, ReleasePhoneNumber and
ListAvailablePhoneNumbers.

Numbers are leased in order from ``phone_ranges.py``, never a number that any account or region holds. A
number requested into a pool takes the pool's messaging settings, and, as the model documents, cannot be
updated while it is in the pool. Releasing a number that is in a pool, or has deletion protection, is
refused. A ``NumberPreference`` (botocore >= 1.44; TEN_DLC numbers in the US only, as the model documents)
picks the first free number of the country's block that meets it: the first number ListAvailablePhoneNumbers
lists for the same preference.

A number whose country and type need a registration (a US toll-free or 10DLC number:
``registration_catalog.REQUIRED_REGISTRATIONS``) is PENDING unless it is requested with the RegistrationId of
an approved registration of a type it needs; it turns ACTIVE when a registration it is associated with is
approved. A PENDING number cannot send, and is not requested into a pool. Every other number is ACTIVE at
once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .. import phone_ranges
from ..core import Core, unique_tags
from ..errors import (
    ConflictException,
    ResourceNotFoundException,
    ValidationException,
    ValidationExceptionField,
)
from ..records import DEFAULT_OPT_OUT_LIST, Filter, NumberPreferenceItem, PhoneNumber, Result, Tag
from ..rules.guards import apply_changes, refuse_if_protected, require_active
from ..rules.membership import check_joinable, join, shared_settings
from ..rules.registrations import (
    associate,
    check_associable,
    check_pending_joins_no_pool,
    requested_status,
    type_definition,
)
from ..service_model import enum_values, known_model, new_enum_values, service_model

PREFERENCE_COUNTRY = "US"  # "Number preferences apply only to TEN_DLC numbers in the US" (the model)
PREFERENCE_NUMBER_TYPE = "TEN_DLC"
EXACT_MATCH = "ExactMatch"  # the one preference type that takes several filter values (up to 10)


class PhoneNumberOperations(Core):
    def request_phone_number(
        self,
        iso_country_code: str,
        message_type: str,
        number_capabilities: list[str],
        number_type: str,
        opt_out_list_name: str | None = None,
        pool_id: str | None = None,
        registration_id: str | None = None,
        international_sending_enabled: bool | None = None,
        deletion_protection_enabled: bool | None = None,
        tags: list[Tag] | None = None,
        number_preference: list[NumberPreferenceItem] | None = None,
    ) -> PhoneNumber:
        wanted = _preference(number_preference, iso_country_code, number_type)
        if number_type == "SIMULATOR" and message_type != "TRANSACTIONAL":
            raise ResourceNotFoundException(
                "phone-number",
                number_type,
                f"No {number_type} phone number is available for {message_type} messages.",
            )
        opt_out_list = self._opt_out_list_name(opt_out_list_name)
        pool = self._active_pool(pool_id) if pool_id is not None else None
        registration = self._registration(registration_id) if registration_id is not None else None
        if pool is not None and opt_out_list is not None and opt_out_list != pool.opt_out_list_name:
            raise ConflictException(
                "OPT_OUT_LIST_MISMATCH",
                "pool",
                pool.pool_id,
                f"The pool uses the opt-out list '{pool.opt_out_list_name}', not '{opt_out_list}'.",
            )
        # A number requested into a pool takes the pool's settings.
        settings = shared_settings(pool) if pool else {}
        settings.setdefault("opt_out_list_name", opt_out_list or DEFAULT_OPT_OUT_LIST)
        phone_number = self._new_phone_number(
            phone_number="",  # leased below, once the number may exist
            status=requested_status(iso_country_code, number_type, registration),
            iso_country_code=iso_country_code,
            message_type=message_type,
            number_capabilities=list(dict.fromkeys(number_capabilities)),
            number_type=number_type,
            international_sending_enabled=bool(international_sending_enabled),
            deletion_protection_enabled=bool(deletion_protection_enabled),
            tags=unique_tags(tags),
            **settings,
        )
        if registration is not None:  # associated with it, as CreateRegistrationAssociation does
            check_associable(registration, type_definition(registration.registration_type), phone_number)
        if pool is not None:
            check_pending_joins_no_pool(iso_country_code, number_type, phone_number.status)
            check_joinable(phone_number, pool.message_type)
        if wanted is None:
            phone_number.phone_number = self._lease(iso_country_code)
        else:
            phone_number.phone_number = self._lease_preferred(iso_country_code, wanted, number_preference)
        self._hold(phone_number)
        if pool is not None:
            join(pool, phone_number)
        if registration is not None:
            associate(registration, phone_number)
        return phone_number

    def _lease_preferred(
        self,
        iso_country_code: str,
        wanted: Callable[[str], bool],
        preference: list[NumberPreferenceItem] | None,
    ) -> str:
        for _, number in self._free_numbers(iso_country_code, wanted):
            return number
        values = ", ".join(value for item in preference or () for value in item.filter)
        raise ResourceNotFoundException(
            "phone-number", values, f"No free {iso_country_code} phone number meets the NumberPreference."
        )

    def list_available_phone_numbers(
        self,
        iso_country_code: str,
        number_capabilities: list[str],
        number_type: str,
        registration_id: str | None = None,
        number_preference: list[NumberPreferenceItem] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        if iso_country_code != PREFERENCE_COUNTRY:  # "This operation currently supports only US" (the model)
            raise ValidationException(
                f"pinpoint_fake lists available numbers in {PREFERENCE_COUNTRY} only, as AWS does.",
                "INVALID_PARAMETER",
                (ValidationExceptionField("IsoCountryCode", f"Must be {PREFERENCE_COUNTRY}"),),
            )
        wanted = _preference(number_preference, iso_country_code, number_type) or _any_number
        if registration_id is not None:
            self._registration(registration_id)  # must exist (numbers are listed whatever its state)
        return self._page(
            "ListAvailablePhoneNumbers",
            lambda after: self._free_numbers(iso_country_code, wanted, after),
            next_token=next_token,
            max_results=max_results,
            bound_to=(iso_country_code, number_capabilities, number_type, registration_id, number_preference),
        )

    def describe_phone_numbers(
        self,
        phone_number_ids: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> Result:
        return self._describe(
            "DescribePhoneNumbers",
            "phone-number",
            self._names(phone_number_ids, "phone-number", "PhoneNumberIds"),
            ids_member="PhoneNumberIds",
            filters=filters,
            owner=owner,
            next_token=next_token,
            max_results=max_results,
        )

    def update_phone_number(
        self,
        phone_number_id: str,
        two_way_enabled: bool | None = None,
        two_way_channel_arn: str | None = None,
        two_way_channel_role: str | None = None,
        self_managed_opt_outs_enabled: bool | None = None,
        opt_out_list_name: str | None = None,
        international_sending_enabled: bool | None = None,
        deletion_protection_enabled: bool | None = None,
    ) -> PhoneNumber:
        phone_number = self._phone_number(phone_number_id)
        require_active(phone_number)
        if phone_number.pool_id is not None:  # "If the origination phone number is associated with a pool,
            raise ConflictException(  # an error is returned." (the model's documentation of the operation)
                "PHONE_NUMBER_ASSOCIATED_TO_POOL",
                "phone-number",
                phone_number.phone_number_id,
                f"The phone number is associated with the pool '{phone_number.pool_id}': update the pool, "
                "or disassociate the number first.",
            )
        apply_changes(
            phone_number,
            {
                "two_way_enabled": two_way_enabled,
                "two_way_channel_arn": two_way_channel_arn,
                "two_way_channel_role": two_way_channel_role,
                "self_managed_opt_outs_enabled": self_managed_opt_outs_enabled,
                "opt_out_list_name": self._opt_out_list_name(opt_out_list_name),
                "international_sending_enabled": international_sending_enabled,
                "deletion_protection_enabled": deletion_protection_enabled,
            },
        )
        return phone_number

    def release_phone_number(self, phone_number_id: str) -> PhoneNumber:
        phone_number = self._phone_number(phone_number_id)
        refuse_if_protected(phone_number)
        if phone_number.pool_id is not None:
            raise ConflictException(
                "PHONE_NUMBER_ASSOCIATED_TO_POOL",
                "phone-number",
                phone_number.phone_number_id,
                f"The phone number is associated with the pool '{phone_number.pool_id}'.",
            )
        self._let_go(phone_number)
        self._leave_registration(phone_number)
        phone_number.status = "DELETED"
        return phone_number


@cache
def pattern_types() -> frozenset[str]:
    """The preference types that match a digit pattern, one filter value each: the model's ``PreferenceType``
    values but ``ExactMatch``, and but a value the fake does not know (a newer model's: kept as given, with
    no behaviour of its own). A model without the enum (botocore < 1.44, whose clients cannot send a
    preference) gives those of the model the fake knows."""
    if "PreferenceType" in service_model().shape_names:
        values = frozenset(enum_values("PreferenceType")) - new_enum_values("PreferenceType")
    else:
        values = frozenset(known_model()["enums"]["PreferenceType"])
    return values - {EXACT_MATCH}


def _any_number(number: str) -> bool:
    return True


def _preference(
    preference: list[NumberPreferenceItem] | None, iso_country_code: str, number_type: str
) -> Callable[[str], bool] | None:
    """What a NumberPreference wants of a number (None without one); refused where the model says it does
    not apply, and with more than one value for a pattern (StartsWith, EndsWith, Contains)."""
    if not preference:
        return None
    if (iso_country_code, number_type) != (PREFERENCE_COUNTRY, PREFERENCE_NUMBER_TYPE):
        raise ValidationException(
            f"A NumberPreference applies only to {PREFERENCE_NUMBER_TYPE} numbers in {PREFERENCE_COUNTRY}.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("NumberPreference", "Only for TEN_DLC numbers in US"),),
        )
    wanted: list[tuple[str, tuple[str, ...]]] = []
    for index, item in enumerate(
        preference
    ):  # the model allows one item of one type: a newer one, all of them
        for preference_type in item.preference_type:
            if preference_type in pattern_types() and len(item.filter) > 1:
                raise ValidationException(
                    f"A {preference_type} preference takes one filter value.",
                    "INVALID_PARAMETER",
                    (ValidationExceptionField(f"NumberPreference[{index}].Filter", "At most one value"),),
                )
            wanted.append((preference_type, tuple(item.filter)))
    return lambda number: all(phone_ranges.matches(number, kind, values) for kind, values in wanted)
