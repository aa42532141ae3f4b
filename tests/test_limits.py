"""Account limits, spend limits and their overrides, and the month's spend that refuses a send."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from botocore.config import Config
from freezegun import freeze_time

from pinpoint_fake.pytest_plugin import new_client
from pinpoint_fake.records import SentMessage
from pinpoint_fake.records.messages import CHANNEL_WORDS, NOTIFY, WORD_CHANNELS
from pinpoint_fake.rules import spend
from pinpoint_fake.service_model import enum_values

from .helpers import client_error, request_number

US = "+12065550199"
CHANNELS = ["TEXT", "VOICE", "MEDIA"]
# Every limit of the model has its override operations (NOTIFY; RCS from botocore 1.44 on).
OVERRIDDEN = [name.removesuffix("_MESSAGE_MONTHLY_SPEND_LIMIT") for name in enum_values("SpendLimitName")]


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


def limits(client: Any) -> dict[str, tuple[int, int, bool]]:
    return {
        item["Name"]: (item["EnforcedLimit"], item["MaxLimit"], item["Overridden"])
        for item in client.describe_spend_limits()["SpendLimits"]
    }


def send(client: Any, channel: str, sender: str, **extra: Any) -> Any:
    """One message of ``channel`` (a spend limit's channel word) from ``sender`` to ``US``."""
    if channel == "TEXT":
        return client.send_text_message(
            DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="x", **extra
        )
    if channel == "VOICE":
        return client.send_voice_message(
            DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="x", **extra
        )
    return client.send_media_message(
        DestinationPhoneNumber=US, OriginationIdentity=sender, MediaUrls=["s3://bucket/a.png"], **extra
    )


@pytest.fixture
def sender(pinpoint_client: Any) -> str:
    number: str = request_number(pinpoint_client, NumberCapabilities=["SMS", "VOICE", "MMS"])["PhoneNumberId"]
    return number


def test_one_table_gives_every_channel_its_word_in_the_models_limits_events_and_verification_channels() -> (
    None
):
    """``records.messages.CHANNEL_WORDS`` is the fake's one channel table: every channel of the model has a
    word there, every spend limit is named by a channel's word (or ``NOTIFY``), every event type is prefixed
    by one (or is ``ALL``), and every ``VerificationChannel`` is one."""
    assert set(enum_values("NumberCapability")) <= set(CHANNEL_WORDS)
    assert {spend.channel_word(name) for name in enum_values("SpendLimitName")} <= {
        *CHANNEL_WORDS.values(),
        NOTIFY,
    }
    assert {event.partition("_")[0] for event in enum_values("EventType")} <= {*CHANNEL_WORDS.values(), "ALL"}
    assert {WORD_CHANNELS[word] for word in enum_values("VerificationChannel")} == {"SMS", "VOICE"}


# -- spend limits ------------------------------------------------------------------------------------------


def test_every_spend_limit_of_the_model_is_listed_with_the_production_default(pinpoint_client: Any) -> None:
    assert limits(pinpoint_client) == {
        name: (10_000, 10_000, False) for name in enum_values("SpendLimitName")
    }
    assert list(limits(pinpoint_client)) == list(enum_values("SpendLimitName"))


def test_in_the_sandbox_every_spend_limit_is_one_dollar(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    pinpoint_mock.backend().seed_account(tier="SANDBOX")
    assert limits(pinpoint_client) == {name: (1, 1, False) for name in enum_values("SpendLimitName")}


@pytest.mark.parametrize("channel", OVERRIDDEN)
def test_an_override_sets_the_enforced_limit_and_deleting_it_restores_the_max(
    pinpoint_client: Any, channel: str
) -> None:
    name = f"{channel}_MESSAGE_MONTHLY_SPEND_LIMIT"
    setter = getattr(pinpoint_client, f"set_{channel.lower()}_message_spend_limit_override")
    deleter = getattr(pinpoint_client, f"delete_{channel.lower()}_message_spend_limit_override")
    assert setter(MonthlyLimit=25)["MonthlyLimit"] == 25
    assert limits(pinpoint_client)[name] == (25, 10_000, True)
    assert {other: value for other, value in limits(pinpoint_client).items() if other != name} == {
        other: (10_000, 10_000, False) for other in enum_values("SpendLimitName") if other != name
    }
    assert deleter()["MonthlyLimit"] == 10_000
    assert limits(pinpoint_client)[name] == (10_000, 10_000, False)
    assert deleter()["MonthlyLimit"] == 10_000  # nothing to delete: the same answer


@pytest.mark.parametrize("channel", OVERRIDDEN)
def test_an_override_above_the_max_limit_is_refused(
    pinpoint_client: Any, pinpoint_mock: Any, channel: str
) -> None:
    setter = getattr(pinpoint_client, f"set_{channel.lower()}_message_spend_limit_override")
    response = client_error(setter, MonthlyLimit=10_001)
    assert error(response) == ("ValidationException", "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT")
    assert [field["Name"] for field in response["Fields"]] == ["MonthlyLimit"]
    pinpoint_mock.backend().seed_account(tier="SANDBOX")
    response = client_error(setter, MonthlyLimit=2)
    assert error(response) == ("ValidationException", "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT")
    assert setter(MonthlyLimit=0)["MonthlyLimit"] == 0


def test_an_override_never_enforces_more_than_the_tier_allows(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pinpoint_client.set_text_message_spend_limit_override(MonthlyLimit=50)
    pinpoint_mock.backend().seed_account(tier="SANDBOX")
    assert limits(pinpoint_client)["TEXT_MESSAGE_MONTHLY_SPEND_LIMIT"] == (1, 1, True)


def test_a_monthly_limit_below_zero_or_above_the_models_maximum_is_invalid(pinpoint_mock: Any) -> None:
    unchecked = new_client("us-east-1", config=Config(parameter_validation=False))
    for value in (-1, 1_000_000_001):
        response = client_error(unchecked.set_text_message_spend_limit_override, MonthlyLimit=value)
        assert error(response) == ("ValidationException", "FIELD_VALIDATION_FAILED")


# -- the month's spend -----------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_send_that_would_pass_the_enforced_limit_is_refused(
    pinpoint_client: Any, pinpoint_mock: Any, sender: str, channel: str
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_account(monthly_spend={channel: 10_000})
    response = client_error(send, pinpoint_client, channel, sender)
    assert error(response) == ("ServiceQuotaExceededException", f"MONTHLY_SPEND_LIMIT_REACHED_FOR_{channel}")
    others = [other for other in CHANNELS if other != channel]
    for other in others:  # every channel has its own limit
        send(pinpoint_client, other, sender)
    assert len(backend.sent_messages) == 2


def test_a_seeded_spend_just_under_the_limit_lets_the_message_that_fits_through(
    pinpoint_client: Any, pinpoint_mock: Any, sender: str, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_account(tier="SANDBOX", monthly_spend={"TEXT": "0.99419"})
    backend.seed_verified_destination_number(US)
    send(pinpoint_client, "TEXT", sender)  # 0.99419 + 0.00581 = 1.00000: at the limit, not past it
    response = client_error(send, pinpoint_client, "TEXT", sender)
    assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")
    assert len(pinpoint_outbox) == 1


def test_an_override_of_zero_stops_the_channel(pinpoint_client: Any, sender: str) -> None:
    pinpoint_client.set_voice_message_spend_limit_override(MonthlyLimit=0)
    response = client_error(send, pinpoint_client, "VOICE", sender)
    assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE")
    pinpoint_client.delete_voice_message_spend_limit_override()
    send(pinpoint_client, "VOICE", sender)


def test_sends_add_up_to_the_months_spend_and_a_new_month_starts_afresh(
    pinpoint_client: Any, pinpoint_mock: Any, sender: str
) -> None:
    backend = pinpoint_mock.backend()
    pinpoint_client.set_text_message_spend_limit_override(MonthlyLimit=1)
    with freeze_time("2026-01-31 23:59:00"):
        backend.seed_account(monthly_spend={"TEXT": "0.99"})
        send(pinpoint_client, "TEXT", sender)  # 0.99581
        response = client_error(send, pinpoint_client, "TEXT", sender)  # 1.00162 would pass 1
        assert error(response) == ("ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT")
    with freeze_time("2026-02-01 00:00:00"):
        send(pinpoint_client, "TEXT", sender)
    assert backend.account.monthly_spend == {
        ("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-01"): Decimal("0.99581"),
        ("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-02"): Decimal("0.00581"),
    }


def test_a_message_is_charged_per_part(pinpoint_client: Any, pinpoint_mock: Any, sender: str) -> None:
    with freeze_time("2026-04-30 23:59:59"):  # no month can end between the send and the check
        pinpoint_client.send_text_message(
            DestinationPhoneNumber=US, OriginationIdentity=sender, MessageBody="a" * 400
        )
    assert pinpoint_mock.backend().account.monthly_spend == {
        ("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "2026-04"): Decimal("0.00581") * 3
    }


# -- account limits ----------------------------------------------------------------------------------------


def test_every_account_limit_of_the_model_is_listed_with_what_the_account_uses(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    backend.seed_pool([backend.seed_phone_number(), backend.seed_phone_number()])
    backend.seed_sender_id("ACME", "GB")
    pinpoint_client.create_opt_out_list(OptOutListName="Quiet")
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    pinpoint_client.create_verified_destination_number(DestinationPhoneNumber=US)
    used = {
        "PHONE_NUMBERS": 2,
        "POOLS": 1,
        "CONFIGURATION_SETS": 1,
        "OPT_OUT_LISTS": 2,  # Default and Quiet
        "SENDER_IDS": 1,
        "VERIFIED_DESTINATION_NUMBERS": 1,
    }
    answer = pinpoint_client.describe_account_limits()["AccountLimits"]
    assert [item["Name"] for item in answer] == list(enum_values("AccountLimitName"))
    assert {item["Name"]: (item["Used"], item["Max"]) for item in answer} == {
        name: (used.get(name, 0), 10 if name == "VERIFIED_DESTINATION_NUMBERS" else 10_000)
        for name in enum_values("AccountLimitName")
    }
