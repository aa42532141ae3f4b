"""SendNotifyTextMessage and SendNotifyVoiceMessage: the configuration, the template and its variables, who
sends, what refuses a message, the daily limits, the spend limit, and what the outbox records."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from freezegun import freeze_time

from pinpoint_fake.records import SentMessage
from pinpoint_fake.records.messages import AWS_MANAGED

from .helpers import client_error, request_number

TEMPLATE = "notify-code-verification-english-001"
US = "+12065550199"
GB = "+447700900123"
CODE = {"code": "123456"}


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


def fields(response: dict[str, Any]) -> list[str]:
    return [field["Name"] for field in response.get("Fields", ())]


def configuration(client: Any, **kwargs: Any) -> str:
    """A new notify configuration (ACTIVE once created), SMS and VOICE, every Basic country."""
    arguments = {
        "DisplayName": "Acme",
        "UseCase": "CODE_VERIFICATION",
        "EnabledChannels": ["SMS", "VOICE"],
        **kwargs,
    }
    configuration_id: str = client.create_notify_configuration(**arguments)["NotifyConfigurationId"]
    return configuration_id


def text(client: Any, configuration_id: str, **kwargs: Any) -> dict[str, Any]:
    arguments = {
        "NotifyConfigurationId": configuration_id,
        "DestinationPhoneNumber": US,
        "TemplateId": TEMPLATE,
        "TemplateVariables": CODE,
        **kwargs,
    }
    result: dict[str, Any] = client.send_notify_text_message(**arguments)
    return result


def voice(client: Any, configuration_id: str, **kwargs: Any) -> dict[str, Any]:
    arguments = {
        "NotifyConfigurationId": configuration_id,
        "DestinationPhoneNumber": US,
        "TemplateId": TEMPLATE,
        "TemplateVariables": CODE,
        **kwargs,
    }
    result: dict[str, Any] = client.send_notify_voice_message(**arguments)
    return result


# -- what a message is ------------------------------------------------------------------------------------


def test_a_notify_message_fills_in_its_template_and_enters_the_outbox(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    configuration_id = configuration(pinpoint_client)
    result = text(pinpoint_client, configuration_id, Context={"user": "42"}, TimeToLive=300)
    assert {key: value for key, value in result.items() if key != "ResponseMetadata"} == {
        "MessageId": result["MessageId"],
        "TemplateId": TEMPLATE,
        "ResolvedMessageBody": "Acme: Your verification code is 123456.",
    }
    [message] = pinpoint_outbox
    assert (
        message.message_id,
        message.channel,
        message.operation,
        message.destination_phone_number,
        message.iso_country_code,
        message.origination_identity,
        message.origination_number,
        message.pool_id,
        message.message_type,
        message.message_body,
        message.parts,
        message.encoding,
        message.price,
        message.notify_configuration_id,
        message.template_id,
        message.template_variables,
        message.context,
        message.time_to_live,
    ) == (
        result["MessageId"],
        "SMS",
        "SendNotifyTextMessage",
        US,
        "US",
        AWS_MANAGED,
        AWS_MANAGED,
        None,
        "TRANSACTIONAL",
        "Acme: Your verification code is 123456.",
        1,
        "GSM",
        Decimal("0.00581") + Decimal("0.00250"),  # an SMS part and Notify's fee
        configuration_id,
        TEMPLATE,
        CODE,
        {"user": "42"},
        300,
    )


def test_a_voice_message_speaks_in_a_voice_of_its_template(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    configuration_id = configuration(pinpoint_client)
    voice(pinpoint_client, configuration_id)
    voice(pinpoint_client, configuration_id, VoiceId="MATTHEW")
    assert [(m.channel, m.voice_id, m.operation, m.price) for m in pinpoint_outbox] == [
        ("VOICE", "JOANNA", "SendNotifyVoiceMessage", Decimal("0.01550")),  # the template's first voice
        ("VOICE", "MATTHEW", "SendNotifyVoiceMessage", Decimal("0.01550")),
    ]
    response = client_error(voice, pinpoint_client, configuration_id, VoiceId="LUCIA")
    assert (error(response), fields(response)) == (("ValidationException", "INVALID_PARAMETER"), ["VoiceId"])


def test_a_configuration_is_named_by_id_or_arn_and_must_exist(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    created = pinpoint_client.create_notify_configuration(
        DisplayName="Acme", UseCase="CODE_VERIFICATION", EnabledChannels=["SMS"]
    )
    text(pinpoint_client, created["NotifyConfigurationArn"])
    assert pinpoint_outbox[0].notify_configuration_id == created["NotifyConfigurationId"]
    response = client_error(text, pinpoint_client, f"notify-{0:032x}")
    assert (error(response), response["ResourceType"], response["ResourceId"]) == (
        ("ResourceNotFoundException", None),
        "notify-configuration",
        f"notify-{0:032x}",
    )


@pytest.mark.parametrize("status", ["PENDING", "REJECTED", "REQUIRES_VERIFICATION"])
def test_a_configuration_that_is_not_active_sends_nothing(
    pinpoint_client: Any, pinpoint_mock: Any, status: str
) -> None:
    record = pinpoint_mock.backend().seed_notify_configuration(status=status)
    response = client_error(text, pinpoint_client, record.notify_configuration_id)
    assert (error(response), response["ResourceType"], response["ResourceId"]) == (
        ("ConflictException", "NOTIFY_CONFIGURATION_NOT_ACTIVE"),
        "notify-configuration",
        record.notify_configuration_id,
    )


# -- template and variables -------------------------------------------------------------------------------


def test_the_configurations_default_template_is_used_when_the_request_names_none(
    pinpoint_client: Any,
) -> None:
    configuration_id = configuration(pinpoint_client)
    arguments = {
        "NotifyConfigurationId": configuration_id,
        "DestinationPhoneNumber": US,
        "TemplateVariables": CODE,
    }
    response = client_error(pinpoint_client.send_notify_text_message, **arguments)
    assert (error(response), fields(response)) == (
        ("ValidationException", "MISSING_PARAMETER"),
        ["TemplateId"],
    )
    pinpoint_client.update_notify_configuration(
        NotifyConfigurationId=configuration_id, DefaultTemplateId=TEMPLATE
    )
    assert pinpoint_client.send_notify_text_message(**arguments)["TemplateId"] == TEMPLATE
    for unknown in ("notify-no-such-template", "UNSET_DEFAULT_TEMPLATE", ""):
        response = client_error(text, pinpoint_client, configuration_id, TemplateId=unknown)
        assert (error(response), response["ResourceType"], response["ResourceId"]) == (
            ("ResourceNotFoundException", None),
            "notify-template",
            unknown,
        )


def test_template_variables_are_checked_against_the_template(pinpoint_client: Any) -> None:
    configuration_id = configuration(pinpoint_client)
    cases: list[tuple[dict[str, str], str, list[str]]] = [
        ({}, "MISSING_PARAMETER", ["TemplateVariables.code"]),
        ({"code": "12"}, "INVALID_PARAMETER", ["TemplateVariables.code"]),  # the pattern: 4 to 8 digits
        ({"code": "123456", "expiry": "5"}, "INVALID_PARAMETER", ["TemplateVariables.expiry"]),
        ({"code": "123456", "brandName": "Other"}, "INVALID_PARAMETER", ["TemplateVariables.brandName"]),
    ]
    for variables, reason, names in cases:
        response = client_error(text, pinpoint_client, configuration_id, TemplateVariables=variables)
        assert (error(response), fields(response)) == (("ValidationException", reason), names), variables


def test_variables_are_checked_by_their_type_length_range_and_filled_in_with_defaults(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pinpoint_mock.backend().seed_notify_template(
        "notify-code-with-expiry-001",
        content="{{brandName}} code {{ code }} expires in {{expiry}} min{{unknown}}. Audio: {{audio}}",
        variables={
            "code": {"type": "STRING", "required": True, "source": "CUSTOMER", "max_length": 6},
            "expiry": {
                "type": "INTEGER",
                "required": False,
                "source": "CUSTOMER",
                "min_value": 1,
                "max_value": 60,
                "default_value": "10",
            },
            "audio": {"type": "BOOLEAN", "required": False, "source": "CUSTOMER"},
            "brandName": {"type": "STRING", "required": True, "source": "SYSTEM"},
        },
    )
    configuration_id = configuration(pinpoint_client, DisplayName="Shop 1")
    send = {"TemplateId": "notify-code-with-expiry-001"}
    result = text(pinpoint_client, configuration_id, **send, TemplateVariables={"code": "AB12"})
    assert result["ResolvedMessageBody"] == "Shop 1 code AB12 expires in 10 min{{unknown}}. Audio: "
    result = text(
        pinpoint_client,
        configuration_id,
        **send,
        TemplateVariables={"code": "x", "expiry": "60", "audio": "true"},
    )
    assert result["ResolvedMessageBody"] == "Shop 1 code x expires in 60 min{{unknown}}. Audio: true"
    wrong = {"code": "1234567", "expiry": "sixty", "audio": "yes"}
    response = client_error(text, pinpoint_client, configuration_id, **send, TemplateVariables=wrong)
    assert (error(response), fields(response)) == (
        ("ValidationException", "INVALID_PARAMETER"),
        ["TemplateVariables.code", "TemplateVariables.expiry", "TemplateVariables.audio"],
    )
    for expiry in ("0", "61"):
        variables = {"code": "1", "expiry": expiry}
        response = client_error(text, pinpoint_client, configuration_id, **send, TemplateVariables=variables)
        assert fields(response) == ["TemplateVariables.expiry"]


def test_a_template_must_be_active_for_the_channel_and_the_tier(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_notify_template("retired", status="INACTIVE", variables={})
    backend.seed_notify_template("text-only", channels=["SMS"], variables={})
    backend.seed_notify_template("advanced-only", tier_access=["ADVANCED"], variables={})
    configuration_id = configuration(pinpoint_client)
    for template_id, send in (("retired", text), ("text-only", voice), ("advanced-only", text)):
        response = client_error(
            send, pinpoint_client, configuration_id, TemplateId=template_id, TemplateVariables={}
        )
        assert (error(response), fields(response)) == (
            ("ValidationException", "INVALID_PARAMETER"),
            ["TemplateId"],
        ), template_id
    advanced = backend.seed_notify_configuration(tier="ADVANCED").notify_configuration_id
    assert text(pinpoint_client, advanced, TemplateId="advanced-only", TemplateVariables={})["MessageId"]


# -- channels and countries -------------------------------------------------------------------------------


def test_a_channel_or_country_the_configuration_does_not_enable_is_refused(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    text_only = configuration(pinpoint_client, EnabledChannels=["SMS"], EnabledCountries=["CA", "GB"])
    response = client_error(voice, pinpoint_client, text_only, DestinationPhoneNumber=GB)
    assert (error(response), fields(response)) == (
        ("ValidationException", "CHANNEL_NOT_ENABLED"),
        ["NotifyConfigurationId"],
    )
    response = client_error(text, pinpoint_client, text_only)
    assert (error(response), fields(response)) == (
        ("ValidationException", "COUNTRY_NOT_ENABLED"),
        ["DestinationPhoneNumber"],
    )
    assert text(pinpoint_client, text_only, DestinationPhoneNumber=GB)["MessageId"]
    pinpoint_mock.backend().seed_notify_template(
        "uk-only", supported_countries=["GB"], variables={}, content="Hello"
    )
    response = client_error(text, pinpoint_client, configuration(pinpoint_client), TemplateId="uk-only")
    assert (error(response), fields(response)) == (
        ("ValidationException", "COUNTRY_NOT_ENABLED"),
        ["DestinationPhoneNumber"],
    )
    response = client_error(text, pinpoint_client, text_only, DestinationPhoneNumber="+80012345678")
    assert (error(response), fields(response)) == (
        ("ValidationException", "INVALID_PARAMETER"),
        ["DestinationPhoneNumber"],
    )


# -- who sends --------------------------------------------------------------------------------------------


def test_a_member_of_the_configurations_pool_sends_where_it_can_and_aws_elsewhere(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    number = request_number(pinpoint_client)  # a simulator number: sends at once
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    configuration_id = configuration(pinpoint_client, PoolId=pool["PoolId"])
    text(pinpoint_client, configuration_id)
    text(pinpoint_client, configuration_id, DestinationPhoneNumber=GB)
    assert [(m.origination_identity, m.origination_number, m.pool_id) for m in pinpoint_outbox] == [
        (number["PhoneNumberArn"], number["PhoneNumber"], pool["PoolId"]),
        (AWS_MANAGED, AWS_MANAGED, None),  # the pool has no number of GB
    ]


def test_the_pools_opt_out_list_counts_and_aws_identities_keep_none(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)
    pool = pinpoint_client.create_pool(
        OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL"
    )
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=US)
    with_pool = configuration(pinpoint_client, PoolId=pool["PoolId"])
    response = client_error(text, pinpoint_client, with_pool)
    assert (error(response), response["ResourceType"], response["ResourceId"]) == (
        ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT"),
        "opt-out-list",
        "Default",
    )
    assert text(pinpoint_client, configuration(pinpoint_client))["MessageId"]  # AWS-managed: no list


def test_where_notify_needs_the_customers_identity_aws_sends_nothing(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_notify_country(
        "ZA", country_name="South Africa", supported_tiers=["ADVANCED"], customer_owned_identity_required=True
    )
    backend.seed_notify_template("anywhere", variables={}, content="Hi")
    configuration_id = backend.seed_notify_configuration(tier="ADVANCED").notify_configuration_id
    response = client_error(
        text,
        pinpoint_client,
        configuration_id,
        TemplateId="anywhere",
        TemplateVariables={},
        DestinationPhoneNumber="+27821234567",
    )
    assert (error(response), response.get("ResourceType")) == (
        ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND"),
        None,
    )


# -- what else refuses a message --------------------------------------------------------------------------


def test_the_sandbox_and_the_protect_configuration_apply(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    configuration_id = configuration(pinpoint_client)
    default = backend.seed_protect_configuration(country_rules={"SMS": {"US": "BLOCK"}}, account_default=True)
    response = client_error(text, pinpoint_client, configuration_id)
    assert error(response) == ("ConflictException", "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION")
    assert voice(pinpoint_client, configuration_id)["MessageId"]  # the rule blocks SMS only
    [message] = pinpoint_outbox  # the verdict is kept, as on every send, and reaches its events
    assert message.protect_verdict is not None
    assert (message.protect_verdict.protect_configuration_id, message.protect_verdict.protect_status) == (
        default.protect_configuration_id,
        "ALLOW",
    )
    assert message.events[-1].payload["protectConfiguration"] == {
        "protectConfigurationId": default.protect_configuration_id,
        "protectStatus": "ALLOW",
    }
    backend.seed_account(tier="SANDBOX")
    response = client_error(voice, pinpoint_client, configuration_id)
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")


def test_notify_messages_count_against_the_notify_spend_limit_only(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    configuration_id = configuration(pinpoint_client)
    with freeze_time("2026-04-30 23:59:59"):  # no month can end between the send and the check
        text(pinpoint_client, configuration_id)
    assert backend.account.monthly_spend == {
        ("NOTIFY_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): Decimal("0.00831")
    }
    pinpoint_client.set_notify_message_spend_limit_override(MonthlyLimit=0)
    response = client_error(text, pinpoint_client, configuration_id)
    assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_NOTIFY")
    pinpoint_client.set_text_message_spend_limit_override(MonthlyLimit=0)
    assert pinpoint_client.delete_notify_message_spend_limit_override()["MonthlyLimit"] == 10_000
    assert text(pinpoint_client, configuration_id)["MessageId"]  # the text limit does not count


def test_a_dry_run_checks_everything_and_records_and_charges_nothing(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    configuration_id = configuration(pinpoint_client)
    result = text(pinpoint_client, configuration_id, DryRun=True)
    assert (result["TemplateId"], result["ResolvedMessageBody"]) == (
        TEMPLATE,
        "Acme: Your verification code is 123456.",
    )
    assert (pinpoint_outbox, pinpoint_mock.backend().account.monthly_spend) == ([], {})
    response = client_error(text, pinpoint_client, configuration_id, DryRun=True, TemplateVariables={})
    assert error(response) == ("ValidationException", "MISSING_PARAMETER")


def test_a_configuration_set_gives_its_name_and_feedback_default(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    pinpoint_client.create_configuration_set(ConfigurationSetName="otp")
    pinpoint_client.set_default_message_feedback_enabled(
        ConfigurationSetName="otp", MessageFeedbackEnabled=True
    )
    configuration_id = configuration(pinpoint_client)
    text(pinpoint_client, configuration_id, ConfigurationSetName="otp")
    voice(pinpoint_client, configuration_id, ConfigurationSetName="otp", MessageFeedbackEnabled=False)
    assert [(m.configuration_set_name, m.message_feedback_enabled) for m in pinpoint_outbox] == [
        ("otp", True),
        ("otp", False),
    ]


# -- daily limits -----------------------------------------------------------------------------------------


def test_a_basic_configuration_sends_two_hundred_messages_a_day(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    basic = configuration(pinpoint_client)
    with freeze_time("2026-03-01 23:00:00"):
        for index in range(200):  # 20 destinations, 10 messages each
            destination = f"+1206555{index % 20:04d}"
            backend.send_notify_text_message(basic, destination, CODE, TEMPLATE)
        response = client_error(text, pinpoint_client, basic, DestinationPhoneNumber="+12065559999")
        assert error(response) == ("ServiceQuotaExceededException", "DAILY_NOTIFY_TIER_MESSAGE_LIMIT")
        other = configuration(pinpoint_client)  # another configuration has its own 200
        assert text(pinpoint_client, other, DestinationPhoneNumber="+12065559999")["MessageId"]
    with freeze_time("2026-03-02 00:00:00"):
        assert text(pinpoint_client, basic, DestinationPhoneNumber="+12065559999")["MessageId"]


def test_an_advanced_configuration_has_no_daily_limit(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    advanced = backend.seed_notify_configuration(tier="ADVANCED").notify_configuration_id
    for index in range(200):
        backend.send_notify_text_message(advanced, f"+1206555{index % 20:04d}", CODE, TEMPLATE)
    assert text(pinpoint_client, advanced, DestinationPhoneNumber="+12065559999")["MessageId"]


def test_a_destination_gets_ten_notify_messages_a_day_from_the_account(pinpoint_client: Any) -> None:
    first, second = configuration(pinpoint_client), configuration(pinpoint_client)
    with freeze_time("2026-03-01 12:00:00"):
        for _ in range(6):
            text(pinpoint_client, first)
        for _ in range(3):
            voice(pinpoint_client, second)
        for _ in range(3):
            text(pinpoint_client, first, DryRun=True)  # a dry run sends nothing, so counts nothing
        voice(pinpoint_client, second)
        for send, configuration_id in ((text, first), (voice, second)):
            response = client_error(send, pinpoint_client, configuration_id)
            assert error(response) == ("ServiceQuotaExceededException", "DAILY_DESTINATION_CALL_LIMIT")
        assert text(pinpoint_client, first, DestinationPhoneNumber=GB)["MessageId"]
    with freeze_time("2026-03-02 00:00:01"):
        assert text(pinpoint_client, first)["MessageId"]


def test_one_configuration_sends_a_destination_ten_messages_a_day(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    configuration_id = configuration(pinpoint_client)
    with freeze_time("2026-03-01 12:00:00"):
        for _ in range(10):
            text(pinpoint_client, configuration_id)
        response = client_error(text, pinpoint_client, configuration_id)
        assert error(response) == ("ServiceQuotaExceededException", "DAILY_DESTINATION_CALL_LIMIT")
    assert len(pinpoint_mock.backend().sent_messages) == 10
