"""SendRcsMessage: who sends an RCS message (an agent launched in the destination's country, named or chosen
from a pool), what it may hold, what refuses it, its SMS or MMS fallback, and what the outbox records.

The operation exists from botocore 1.44 on: the tests through boto3 skip on older models. The backend's
method exists whatever the model, and the last tests call it directly, so that its rules hold (and are
measured) on every botocore the package supports.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from botocore import xform_name
from botocore.config import Config
from freezegun import freeze_time

from pinpoint_fake.errors import ServiceError
from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.records import RcsAgent, RcsFallback, SentMessage
from pinpoint_fake.rules import rcs_content
from pinpoint_fake.service_model import known_model, service_model, shape

from .helpers import client_error, request_number
from .test_sharing import client_of, share

MONTH_END = "2026-04-30 23:59:59"
needs_rcs_sends = pytest.mark.skipif(
    "SendRcsMessage" not in service_model().operation_names,
    reason="botocore < 1.44 has no SendRcsMessage: its clients cannot call it (the backend tests below run)",
)

ACCOUNT = "123456789012"
PARTNER = "222222222222"
US = "+12065550199"
GB = "+447700900123"
TEXT = {"Content": {"TextMessage": {"Body": "Your order shipped"}}}
SMS_PART = Decimal("0.00581")  # an RCS message costs what an SMS part to the country costs


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


def fields(response: dict[str, Any]) -> list[str]:
    return [field["Name"] for field in response.get("Fields", ())]


def launched(backend: Any, country: str = "US", status: str = "ACTIVE", **attributes: Any) -> RcsAgent:
    """An RCS agent whose launch in ``country`` has ``status``."""
    agent: RcsAgent = backend.seed_rcs_agent(status="ACTIVE", **attributes)
    backend.seed_rcs_country_launch(agent, country, status=status)
    return agent


def rcs(client: Any, origination_identity: str, **kwargs: Any) -> str:
    arguments = {
        "DestinationPhoneNumber": US,
        "OriginationIdentity": origination_identity,
        "RcsMessageContent": TEXT,
        **kwargs,
    }
    message_id: str = client.send_rcs_message(**arguments)["MessageId"]
    return message_id


# -- who sends --------------------------------------------------------------------------------------------


@needs_rcs_sends
@pytest.mark.parametrize("form", ["rcs_agent_id", "rcs_agent_arn"])
@freeze_time(MONTH_END)  # no month can end between a send and the check of its spend
def test_an_agent_launched_in_the_destinations_country_sends_in_each_form(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage], form: str
) -> None:
    agent = launched(pinpoint_mock.backend())
    message_id = rcs(pinpoint_client, getattr(agent, form), Context={"order": "7"}, TimeToLive=600)
    [message] = pinpoint_outbox
    assert (
        message.message_id,
        message.channel,
        message.operation,
        message.origination_identity,
        message.origination_number,
        message.pool_id,
        message.message_type,
        message.message_body,
        message.parts,
        message.encoding,
        message.price,
        message.context,
        message.time_to_live,
        message.rcs_unreachable,
        message.fallback_message_id,
    ) == (
        message_id,
        "RCS",
        "SendRcsMessage",
        agent.rcs_agent_arn,
        agent.rcs_agent_id,
        None,
        None,
        "Your order shipped",
        1,
        None,
        SMS_PART,
        {"order": "7"},
        600,
        False,
        None,
    )
    assert message.rcs_message_content.content.text_message.body == "Your order shipped"
    assert pinpoint_mock.backend().account.monthly_spend == {
        ("RCS_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): SMS_PART
    }


@needs_rcs_sends
def test_an_agent_sends_where_its_launch_is_active_or_partial(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    partial = launched(backend, status="PARTIAL")
    assert rcs(pinpoint_client, partial.rcs_agent_id)
    for status in ("CREATED", "PENDING", "REJECTED"):
        agent = launched(backend, status=status)
        response = client_error(rcs, pinpoint_client, agent.rcs_agent_id)
        assert (error(response), fields(response)) == (
            ("ValidationException", "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY"),
            ["DestinationPhoneNumber"],
        ), status
    response = client_error(rcs, pinpoint_client, partial.rcs_agent_id, DestinationPhoneNumber=GB)
    assert error(response) == ("ValidationException", "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY")


@needs_rcs_sends
@pytest.mark.parametrize("form", ["pool_id", "pool_arn"])
def test_a_pool_sends_through_its_first_agent_launched_in_the_destinations_country(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage], form: str
) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number()
    british = launched(backend, "GB")
    american = launched(backend, "US")
    also_american = launched(backend, "US")
    pool = backend.seed_pool([number, british, american, also_american])
    rcs(pinpoint_client, getattr(pool, form))
    rcs(pinpoint_client, pool.pool_id, DestinationPhoneNumber=GB)
    assert [(m.origination_identity, m.pool_id) for m in pinpoint_outbox] == [
        (american.rcs_agent_arn, pool.pool_id),
        (british.rcs_agent_arn, pool.pool_id),
    ]


@needs_rcs_sends
def test_a_pool_without_an_agent_for_the_destination_or_not_active_refuses(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    numbers_only = backend.seed_pool([backend.seed_phone_number()])
    response = client_error(rcs, pinpoint_client, numbers_only.pool_id)
    assert (error(response), response["ResourceType"], response["ResourceId"]) == (
        ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND"),
        "pool",
        numbers_only.pool_id,
    )
    creating = backend.seed_pool([launched(backend)], status="CREATING")
    response = client_error(rcs, pinpoint_client, creating.pool_id)
    assert error(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")


@needs_rcs_sends
def test_only_an_agent_or_a_pool_sends_and_an_unknown_one_is_not_found(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    number = request_number(pinpoint_client)
    response = client_error(rcs, pinpoint_client, number["PhoneNumberArn"])
    assert (error(response), fields(response)) == (
        ("ValidationException", "INVALID_ARN"),
        ["OriginationIdentity"],
    )
    for value, resource_type in (
        (number["PhoneNumberId"], "rcs-agent"),
        (f"rcs-{0:032x}", "rcs-agent"),
        (f"pool-{0:032x}", "pool"),
        (f"arn:aws:sms-voice:us-east-1:{ACCOUNT}:pool/pool-{0:032x}", "pool"),
    ):
        response = client_error(rcs, pinpoint_client, value)
        assert (error(response), response["ResourceType"], response["ResourceId"]) == (
            ("ResourceNotFoundException", None),
            resource_type,
            value,
        )


@needs_rcs_sends
def test_another_accounts_agent_sends_once_shared_and_only_by_arn(pinpoint_mock: Any) -> None:
    agent = launched(pinpoint_mock.backend(account_id=ACCOUNT))
    partner = client_of(PARTNER)
    response = client_error(rcs, partner, agent.rcs_agent_arn)
    assert error(response) == ("ResourceNotFoundException", None)
    share(client_of(ACCOUNT), agent.rcs_agent_arn, PARTNER)
    response = client_error(rcs, partner, agent.rcs_agent_id)
    assert error(response) == ("ResourceNotFoundException", None)
    message_id = rcs(partner, agent.rcs_agent_arn)
    [message] = pinpoint_mock.sent_messages(account_id=PARTNER)
    assert (message.message_id, message.origination_identity) == (message_id, agent.rcs_agent_arn)


# -- what a message holds ---------------------------------------------------------------------------------

RICH_CARD = {
    "RichCard": {
        "CardOrientation": "HORIZONTAL",
        "ThumbnailImageAlignment": "LEFT",
        "CardContent": {
            "Title": "Shipped",
            "Media": {"FileUrl": "https://example.com/box.png", "Height": "TALL"},
            "Suggestions": [
                {
                    "OpenUrl": {
                        "Text": "Track",
                        "PostbackData": "t",
                        "Url": "https://example.com",
                        "Application": "WEBVIEW",
                        "WebviewViewMode": "HALF",
                    }
                }
            ],
        },
    }
}
CAROUSEL = {
    "Carousel": {
        "CardWidth": "MEDIUM",
        "CardContents": [
            {"Title": "One", "Media": {"FileUrl": "s3://bucket/1.png", "Height": "SHORT"}},
            {"Title": "Two", "Suggestions": [{"Reply": {"Text": "Two", "PostbackData": "2"}}]},
        ],
    }
}


@needs_rcs_sends
def test_rich_cards_carousels_files_and_suggestions_are_kept_as_given(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    agent = launched(pinpoint_mock.backend()).rcs_agent_id
    calendar = {
        "CreateCalendarEvent": {
            "Text": "Add",
            "PostbackData": "c",
            "Title": "Delivery",
            "StartTime": datetime(2026, 5, 1, 9, tzinfo=timezone.utc),
            "EndTime": datetime(2026, 5, 1, 10, tzinfo=timezone.utc),
        }
    }
    for content in (RICH_CARD, CAROUSEL, {"FileMessage": {"FileUrl": "s3://bucket/manual.pdf"}}):
        rcs(
            pinpoint_client,
            agent,
            RcsMessageContent={"Content": content, "Suggestions": [calendar]},
            MessageTrafficType="TRANSACTION",
        )
    card, carousel, file = (message.rcs_message_content for message in pinpoint_outbox)
    assert card.content.rich_card.card_content.suggestions[0].open_url.webview_view_mode == "HALF"
    assert [c.title for c in carousel.content.carousel.card_contents] == ["One", "Two"]
    assert file.content.file_message.file_url == "s3://bucket/manual.pdf"
    assert file.suggestions[0].create_calendar_event.start_time == datetime(2026, 5, 1, 9)
    assert [(m.message_body, m.message_traffic_type) for m in pinpoint_outbox] == [(None, "TRANSACTION")] * 3


@needs_rcs_sends
@pytest.mark.parametrize(
    ("content", "reason", "paths"),
    [
        (None, "MISSING_PARAMETER", ["RcsMessageContent"]),
        ({"Content": {}}, "MISSING_PARAMETER", ["RcsMessageContent.Content"]),
        (
            {"Content": {**TEXT["Content"], **CAROUSEL}},
            "PARAMETERS_CANNOT_BE_USED_TOGETHER",
            ["RcsMessageContent.Content.TextMessage", "RcsMessageContent.Content.Carousel"],
        ),
        ({**TEXT, "Suggestions": [{}]}, "MISSING_PARAMETER", ["RcsMessageContent.Suggestions[0]"]),
        (
            {
                **TEXT,
                "Suggestions": [
                    {
                        "Reply": {"Text": "a", "PostbackData": "a"},
                        "RequestLocation": {"Text": "b", "PostbackData": "b"},
                    }
                ],
            },
            "PARAMETERS_CANNOT_BE_USED_TOGETHER",
            ["RcsMessageContent.Suggestions[0].Reply", "RcsMessageContent.Suggestions[0].RequestLocation"],
        ),
        (
            {"Content": {"RichCard": {**RICH_CARD["RichCard"], "CardOrientation": "DIAGONAL"}}},
            "INVALID_PARAMETER",
            ["RcsMessageContent.Content.RichCard.CardOrientation"],
        ),
        (
            {
                "Content": {
                    "Carousel": {
                        "CardWidth": "LARGE",
                        "CardContents": [
                            {"Media": {"FileUrl": "s3://bucket/1.png", "Height": "TALL"}},
                            {
                                "Suggestions": [
                                    {
                                        "OpenUrl": {
                                            "Text": "a",
                                            "PostbackData": "a",
                                            "Url": "https://a",
                                            "Application": "APP",
                                        }
                                    }
                                ]
                            },
                        ],
                    }
                }
            },
            "INVALID_PARAMETER",
            [
                "RcsMessageContent.Content.Carousel.CardWidth",
                "RcsMessageContent.Content.Carousel.CardContents[0].Media.Height",
                "RcsMessageContent.Content.Carousel.CardContents[1].Suggestions[0].OpenUrl.Application",
            ],
        ),
    ],
)
def test_the_content_is_held_to_what_the_model_documents(
    pinpoint_client: Any, pinpoint_mock: Any, content: Any, reason: str, paths: list[str]
) -> None:
    agent = launched(pinpoint_mock.backend()).rcs_agent_id
    arguments: dict[str, Any] = {"DestinationPhoneNumber": US, "OriginationIdentity": agent}
    if content is not None:
        arguments["RcsMessageContent"] = content
    # botocore checks its unions itself: what another client sends, the fake checks again
    unchecked = new_client("us-east-1", config=Config(parameter_validation=False))
    response = client_error(unchecked.send_rcs_message, **arguments)
    assert (error(response), fields(response)) == (("ValidationException", reason), paths)


@needs_rcs_sends
def test_a_traffic_type_must_be_one_the_model_documents(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    agent = launched(pinpoint_mock.backend()).rcs_agent_id
    response = client_error(rcs, pinpoint_client, agent, MessageTrafficType="MARKETING")
    assert (error(response), fields(response)) == (
        ("ValidationException", "INVALID_PARAMETER"),
        ["MessageTrafficType"],
    )


@pytest.mark.skipif(
    "RcsStandaloneCard" not in service_model().shape_names, reason="botocore < 1.44 has no RCS sends"
)
def test_the_documented_values_are_the_models_documentation() -> None:
    for (structure, member), values in rcs_content.DOCUMENTED_VALUES.items():
        documentation = shape(structure).members[member].documentation
        assert all(value in documentation for value in values), (structure, member)


def test_the_unions_are_read_from_the_model_it_has_them_or_from_the_known_model() -> None:
    """Exactly one of a union's members: the running model's members, else (botocore < 1.44) those of the
    model the fake was written against; never a list of the fake's own."""
    for union in (rcs_content.CONTENT, rcs_content.ACTION):
        if union in service_model().shape_names:
            expected = tuple(shape(union).members)
            assert shape(union).metadata.get("union") is True
        else:
            expected = tuple(known_model()["structures"][union])
        assert rcs_content.union_members(union) == expected


def test_a_member_is_read_under_botocores_own_snake_case_name() -> None:
    """As ``records.inputs`` names a structure's attributes (botocore's ``xform_name``), for every member of
    the model: ``MCC`` is ``mcc``, not ``m_c_c``."""
    members = {
        member
        for name in service_model().shape_names
        for member in getattr(service_model().shape_for(name), "members", {})
    }
    assert "MCC" in members
    for member in members:
        assert rcs_content.member_of(SimpleNamespace(**{xform_name(member): member}), member) == member


# -- what refuses a message -------------------------------------------------------------------------------


@needs_rcs_sends
def test_the_agents_opt_out_list_the_sandbox_and_protect_apply(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend, opt_out_list_name="rcs-list")
    backend.seed_opted_out_number("rcs-list", US)
    response = client_error(rcs, pinpoint_client, agent.rcs_agent_id)
    assert (error(response), response["ResourceId"]) == (
        ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT"),
        "rcs-list",
    )
    protect = backend.seed_protect_configuration(country_rules={"RCS": {"GB": "BLOCK"}})
    backend.seed_rcs_country_launch(agent, "GB", status="ACTIVE")
    response = client_error(
        rcs,
        pinpoint_client,
        agent.rcs_agent_id,
        DestinationPhoneNumber=GB,
        ProtectConfigurationId=protect.protect_configuration_id,
    )
    assert error(response) == ("ConflictException", "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION")
    backend.seed_account(tier="SANDBOX")
    response = client_error(rcs, pinpoint_client, agent.rcs_agent_id, DestinationPhoneNumber=GB)
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED")


@needs_rcs_sends
def test_an_rcs_message_and_its_fallback_keep_the_protect_verdict(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    """As every send's, the verdict of the protect configuration that applied is kept on the RCS message
    and on the SMS its fallback sent."""
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    number = request_number(pinpoint_client)["PhoneNumber"]
    backend.seed_destination_without_rcs(US)
    protect = backend.seed_protect_configuration(country_rules={"SMS": {"US": "MONITOR"}})
    fallback = {"Channel": "SMS", "MessageBody": "Shipped", "OriginationIdentity": number}
    rcs(
        pinpoint_client,
        agent,
        ProtectConfigurationId=protect.protect_configuration_id,
        FallbackConfiguration=fallback,
    )
    assert [
        (
            message.channel,
            message.protect_verdict.protect_configuration_id if message.protect_verdict else None,
            message.protect_verdict.protect_status if message.protect_verdict else None,
        )
        for message in pinpoint_outbox
    ] == [
        ("RCS", protect.protect_configuration_id, "ALLOW"),
        ("SMS", protect.protect_configuration_id, "MONITOR"),
    ]


@needs_rcs_sends
def test_max_price_and_the_rcs_spend_limit(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    agent = launched(pinpoint_mock.backend()).rcs_agent_id
    response = client_error(rcs, pinpoint_client, agent, MaxPrice="0.005")
    assert (error(response), fields(response)) == (
        ("ValidationException", "PRICE_OVER_THRESHOLD"),
        ["MaxPrice"],
    )
    assert rcs(pinpoint_client, agent, MaxPrice="0.006")
    assert pinpoint_client.set_rcs_message_spend_limit_override(MonthlyLimit=0)["MonthlyLimit"] == 0
    response = client_error(rcs, pinpoint_client, agent)
    assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_RCS")
    assert pinpoint_client.delete_rcs_message_spend_limit_override()["MonthlyLimit"] == 10_000
    assert rcs(pinpoint_client, agent)


@needs_rcs_sends
def test_a_dry_run_checks_everything_and_records_and_charges_nothing(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    backend.seed_destination_without_rcs(US)
    number = request_number(pinpoint_client)["PhoneNumberId"]
    fallback = {"Channel": "SMS", "MessageBody": "Shipped", "OriginationIdentity": number}
    assert rcs(pinpoint_client, agent, DryRun=True, FallbackConfiguration=fallback)
    assert (pinpoint_outbox, backend.account.monthly_spend) == ([], {})
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=US)
    response = client_error(rcs, pinpoint_client, agent, DryRun=True)
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")


# -- fallback ---------------------------------------------------------------------------------------------


@needs_rcs_sends
@freeze_time(MONTH_END)  # no month can end between a send and the check of its spend
def test_a_destination_without_rcs_gets_the_sms_fallback_instead(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    number = request_number(pinpoint_client)
    assert backend.seed_destination_without_rcs("12065550199") == US
    fallback = {
        "Channel": "SMS",
        "MessageBody": "Your order shipped",
        "OriginationIdentity": number["PhoneNumber"],
    }
    message_id = rcs(pinpoint_client, agent, FallbackConfiguration=fallback, Context={"order": "7"})
    rcs_message, sms = pinpoint_outbox
    assert (rcs_message.message_id, rcs_message.channel, rcs_message.rcs_unreachable, rcs_message.price) == (
        message_id,
        "RCS",
        True,
        Decimal(0),
    )
    assert rcs_message.fallback_configuration == RcsFallback(
        **{
            "channel": "SMS",
            "message_body": "Your order shipped",
            "origination_identity": number["PhoneNumber"],
        }
    )
    assert (
        rcs_message.fallback_message_id,
        sms.fallback_for,
        sms.channel,
        sms.operation,
        sms.origination_identity,
        sms.message_body,
        sms.encoding,
        sms.message_type,
        sms.context,
        sms.price,
    ) == (
        sms.message_id,
        message_id,
        "SMS",
        "SendRcsMessage",
        number["PhoneNumberArn"],
        "Your order shipped",
        "GSM",
        "TRANSACTIONAL",
        {"order": "7"},
        SMS_PART,
    )
    assert backend.account.monthly_spend == {("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): SMS_PART}


@needs_rcs_sends
@freeze_time(MONTH_END)  # no month can end between a send and the check of its spend
def test_without_a_fallback_an_rcs_message_that_cannot_be_received_is_all_there_is(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    backend.seed_destination_without_rcs(US)
    number = request_number(pinpoint_client)["PhoneNumberId"]
    rcs(pinpoint_client, agent)
    rcs(
        pinpoint_client,
        agent,
        DestinationPhoneNumber="+12065550142",
        FallbackConfiguration={"Channel": "SMS", "MessageBody": "x", "OriginationIdentity": number},
    )
    assert [(m.channel, m.rcs_unreachable, m.fallback_message_id) for m in pinpoint_outbox] == [
        ("RCS", True, None),
        ("RCS", False, None),  # received: no fallback
    ]
    assert backend.account.monthly_spend == {("RCS_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): SMS_PART}


@needs_rcs_sends
def test_a_pool_sends_the_fallback_through_its_own_number_and_mms_carries_media(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number(number_capabilities=["SMS", "MMS"])
    agent = launched(backend)
    pool = backend.seed_pool([agent, number])
    backend.seed_destination_without_rcs(US)
    fallback = {"Channel": "MMS", "MediaUrls": ["s3://bucket/box.png"]}
    rcs(pinpoint_client, pool.pool_arn, FallbackConfiguration=fallback)
    rcs_message, mms = pinpoint_outbox
    assert (
        rcs_message.origination_identity,
        mms.channel,
        mms.origination_identity,
        mms.pool_id,
        mms.media_urls,
        mms.message_body,
    ) == (
        agent.rcs_agent_arn,
        "MMS",
        number.phone_number_arn,
        pool.pool_id,
        ["s3://bucket/box.png"],
        None,
    )
    agent_only = backend.seed_pool([launched(backend)])
    response = client_error(
        rcs, pinpoint_client, agent_only.pool_id, FallbackConfiguration={"Channel": "SMS", "MessageBody": "x"}
    )
    assert (error(response), response["ResourceId"]) == (
        ("ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND"),
        agent_only.pool_id,
    )


@needs_rcs_sends
@pytest.mark.parametrize(
    ("fallback", "reason", "paths"),
    [
        (
            {"Channel": "SMS", "OriginationIdentity": "+12065550100"},
            "MISSING_PARAMETER",
            ["FallbackConfiguration.MessageBody"],
        ),
        (
            {
                "Channel": "SMS",
                "MessageBody": "x",
                "MediaUrls": ["s3://bucket/a.png"],
                "OriginationIdentity": "+12065550100",
            },
            "INVALID_PARAMETER",
            ["FallbackConfiguration.MediaUrls"],
        ),
        (
            {"Channel": "MMS", "OriginationIdentity": "+12065550100"},
            "MISSING_PARAMETER",
            ["FallbackConfiguration.MessageBody", "FallbackConfiguration.MediaUrls"],
        ),
        (
            {"Channel": "MMS", "MediaUrls": ["s3://bucket/a.exe"], "OriginationIdentity": "+12065550100"},
            "MEDIA_TYPE_NOT_SUPPORTED",
            ["FallbackConfiguration.MediaUrls[0]"],
        ),
        (
            {"Channel": "SMS", "MessageBody": "x"},
            "MISSING_PARAMETER",
            ["FallbackConfiguration.OriginationIdentity"],
        ),
        (
            {"Channel": "SMS", "MessageBody": "x", "OriginationIdentity": "POOL"},
            "INVALID_PARAMETER",
            ["FallbackConfiguration.OriginationIdentity"],
        ),
        (
            {"Channel": "SMS", "MessageBody": "x", "OriginationIdentity": "ACME"},
            "SENDER_ID_NOT_SUPPORTED",
            ["FallbackConfiguration.OriginationIdentity"],
        ),
    ],
)
def test_a_fallback_is_checked_with_the_request_even_when_it_is_not_needed(
    pinpoint_client: Any, pinpoint_mock: Any, fallback: dict[str, Any], reason: str, paths: list[str]
) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    backend.seed_phone_number(phone_number="+12065550100", number_capabilities=["SMS", "MMS"])
    pool = backend.seed_pool([backend.seed_phone_number()])
    if fallback.get("OriginationIdentity") == "POOL":
        fallback = {**fallback, "OriginationIdentity": pool.pool_arn}
    response = client_error(rcs, pinpoint_client, agent, FallbackConfiguration=fallback)
    assert (error(response), fields(response)) == (("ValidationException", reason), paths)


@needs_rcs_sends
def test_a_fallback_is_refused_where_its_message_may_not_go(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend, opt_out_list_name="rcs-list").rcs_agent_id
    number = backend.seed_phone_number()
    backend.seed_destination_without_rcs(US)
    backend.seed_opted_out_number("Default", US)  # the number's list, not the agent's
    fallback = {"Channel": "SMS", "MessageBody": "x", "OriginationIdentity": number.phone_number_id}
    response = client_error(rcs, pinpoint_client, agent, FallbackConfiguration=fallback)
    assert (error(response), response["ResourceId"]) == (
        ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT"),
        "Default",
    )
    assert backend.sent_messages == []
    pinpoint_client.delete_opted_out_number(OptOutListName="Default", OptedOutNumber=US)
    pinpoint_client.set_text_message_spend_limit_override(MonthlyLimit=0)
    response = client_error(rcs, pinpoint_client, agent, FallbackConfiguration=fallback)
    assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")


def test_a_destination_without_rcs_must_be_a_number_of_a_country(pinpoint_mock: Any) -> None:
    with pytest.raises(ValueError, match="no country"):
        pinpoint_mock.backend().seed_destination_without_rcs("+80012345678")


# -- the backend's method, whatever the model -------------------------------------------------------------


def record(**members: Any) -> SimpleNamespace:
    """A stand-in for the records a request's structures read into (attributes in snake_case)."""
    return SimpleNamespace(**members)


TEXT_RECORD = record(content=record(text_message=record(body="hi")), suggestions=None)


def refusal(call: Any, *args: Any, **kwargs: Any) -> tuple[str, str | None, list[str]]:
    with pytest.raises(ServiceError) as raised:
        call(*args, **kwargs)
    found: Any = raised.value
    return (
        found.code,
        getattr(found, "reason", None),
        [field.name for field in getattr(found, "fields", None) or ()],
    )


def test_the_backend_sends_rcs_and_its_fallback_whatever_the_model(pinpoint_mock: Any) -> None:
    """The rules above, at the backend's method, so that they hold (and are measured) on botocore < 1.44,
    whose clients cannot send this operation."""
    backend = pinpoint_mock.backend()
    agent = launched(backend)
    number = backend.seed_phone_number(number_capabilities=["SMS", "MMS"])
    pool = backend.seed_pool([agent, number])
    send = backend.send_rcs_message
    backend.seed_configuration_set("rcs", default_message_feedback_enabled=True)
    assert send(US, agent.rcs_agent_id, TEXT_RECORD, dry_run=True).message_id
    assert send(US, agent.rcs_agent_arn, TEXT_RECORD, configuration_set_name="rcs").message_id == (
        backend.sent_messages[0].message_id
    )
    assert backend.sent_messages[0].message_feedback_enabled is True
    backend.seed_destination_without_rcs(US)
    send(US, pool.pool_id, TEXT_RECORD, fallback_configuration=RcsFallback("SMS", "hi by SMS"))
    send(
        US,
        agent.rcs_agent_id,
        TEXT_RECORD,
        fallback_configuration=RcsFallback("MMS", None, ["s3://b/a.png"], number.phone_number_id),
    )
    assert [
        (m.channel, m.origination_identity, m.fallback_for is not None) for m in backend.sent_messages
    ] == [
        ("RCS", agent.rcs_agent_arn, False),
        ("RCS", agent.rcs_agent_arn, False),
        ("SMS", number.phone_number_arn, True),
        ("RCS", agent.rcs_agent_arn, False),
        ("MMS", number.phone_number_arn, True),
    ]
    assert backend.set_rcs_message_spend_limit_override(0).monthly_limit == 0
    assert refusal(send, GB, agent.rcs_agent_id, TEXT_RECORD) == (
        "ValidationException",
        "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY",
        ["DestinationPhoneNumber"],
    )
    assert refusal(send, US, agent.rcs_agent_id, TEXT_RECORD)[1] == "MONTHLY_SPEND_LIMIT_REACHED_FOR_RCS"
    assert backend.delete_rcs_message_spend_limit_override().monthly_limit == 10_000
    assert refusal(send, US, f"pool-{0:032x}", TEXT_RECORD)[0] == "ResourceNotFoundException"
    assert refusal(send, US, backend.seed_pool([backend.seed_phone_number()]).pool_arn, TEXT_RECORD)[1] == (
        "NO_ORIGINATION_IDENTITIES_FOUND"
    )
    fallbacks = [
        (RcsFallback("SMS"), "MISSING_PARAMETER"),
        (RcsFallback("SMS", "x", ["s3://b/a.png"]), "INVALID_PARAMETER"),
        (RcsFallback("MMS"), "MISSING_PARAMETER"),
        (RcsFallback("SMS", "x"), "MISSING_PARAMETER"),  # an agent named directly names its fallback's origin
        (RcsFallback("SMS", "x", None, pool.pool_id), "INVALID_PARAMETER"),
    ]
    for fallback, reason in fallbacks:
        assert (
            refusal(send, US, agent.rcs_agent_id, TEXT_RECORD, fallback_configuration=fallback)[1] == reason
        )
    agent_only = backend.seed_pool([launched(backend)])
    assert refusal(send, US, agent_only.pool_id, TEXT_RECORD, fallback_configuration=RcsFallback("SMS", "x"))[
        1
    ] == ("NO_ORIGINATION_IDENTITIES_FOUND")


def test_the_backend_holds_rcs_content_to_the_documented_rules_whatever_the_model(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    agent = launched(backend).rcs_agent_id
    reply = record(reply=record(text="a", postback_data="a"))
    open_url = record(
        open_url=record(
            text="a", postback_data="a", url="https://a", application="APP", webview_view_mode="FULL"
        )
    )
    card = record(title="t", media=record(file_url="s3://b/a.png", height="WIDE"), suggestions=[open_url])
    cases: list[tuple[Any, str | None, str, list[str]]] = [
        (None, None, "MISSING_PARAMETER", ["RcsMessageContent"]),
        (
            record(content=record(), suggestions=[record()]),
            None,
            "MISSING_PARAMETER",
            ["RcsMessageContent.Content", "RcsMessageContent.Suggestions[0]"],
        ),
        (
            record(
                content=record(text_message=record(body="a"), file_message=record(file_url="s3://b/a.png"))
            ),
            None,
            "PARAMETERS_CANNOT_BE_USED_TOGETHER",
            ["RcsMessageContent.Content.TextMessage", "RcsMessageContent.Content.FileMessage"],
        ),
        (
            record(
                content=record(
                    rich_card=record(
                        card_orientation="ROUND", thumbnail_image_alignment="LEFT", card_content=card
                    )
                )
            ),
            "PROMOTION",
            "INVALID_PARAMETER",
            [
                "RcsMessageContent.Content.RichCard.CardOrientation",
                "RcsMessageContent.Content.RichCard.CardContent.Media.Height",
                "RcsMessageContent.Content.RichCard.CardContent.Suggestions[0].OpenUrl.Application",
            ],
        ),
        (
            record(
                content=record(
                    carousel=record(card_width="SMALL", card_contents=[record(suggestions=[reply]), card])
                ),
                suggestions=[reply],
            ),
            "SPAM",
            "INVALID_PARAMETER",
            [
                "MessageTrafficType",
                "RcsMessageContent.Content.Carousel.CardContents[1].Media.Height",
                "RcsMessageContent.Content.Carousel.CardContents[1].Suggestions[0].OpenUrl.Application",
            ],
        ),
    ]
    for content, traffic_type, reason, paths in cases:
        assert refusal(backend.send_rcs_message, US, agent, content, message_traffic_type=traffic_type) == (
            "ValidationException",
            reason,
            paths,
        )
    assert backend.sent_messages == []
