"""Reads of moto's registries (this service's and those of the services events go to): what exists is
found, an unknown account or region is None, and nothing is created, whether the registry is a dict of dicts
as moto builds it today or (a later moto's) not."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest

from pinpoint_fake.records import SentMessage
from pinpoint_fake.registry import existing

ACCOUNT = "123456789012"
STRANGER = "222222222222"


class PublicReadsOnly:
    """A moto registry that is no dict, as a later moto's might be: only its public reads, ``in`` (which
    creates nothing) and ``iter_backends``. Its ``[]`` would create a backend, which a read must not."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def __contains__(self, account_id: str) -> bool:
        return account_id in self.registry

    def iter_backends(self) -> Iterator[tuple[str, str, Any]]:
        return self.registry.iter_backends()  # type: ignore[no-any-return]

    def __getitem__(self, account_id: str) -> Any:
        raise AssertionError(f"reading {account_id}'s backend would create it")


def test_events_reach_moto_s_topic_when_moto_s_registries_are_no_dicts(
    pinpoint_client: Any, pinpoint_outbox: list[SentMessage], monkeypatch: pytest.MonkeyPatch
) -> None:
    import moto.sns.models

    topic = boto3.client("sns", region_name="us-east-1").create_topic(Name="receipts")["TopicArn"]
    registry = moto.sns.models.sns_backends
    # what the fake imports of moto's SNS (moto's own code goes on reading its module's registry)
    seen = types.ModuleType(moto.sns.models.__name__)
    seen.__dict__.update({**vars(moto.sns.models), "sns_backends": PublicReadsOnly(registry)})
    monkeypatch.setitem(sys.modules, moto.sns.models.__name__, seen)
    pinpoint_client.create_configuration_set(ConfigurationSetName="alerts")
    for name, arn in (("receipts", topic), ("stranger", topic.replace(ACCOUNT, STRANGER))):
        pinpoint_client.create_event_destination(
            ConfigurationSetName="alerts",
            EventDestinationName=name,
            MatchingEventTypes=["TEXT_DELIVERED"],
            SnsDestination={"TopicArn": arn},
        )
    origin = pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )["PhoneNumber"]
    pinpoint_client.send_text_message(
        DestinationPhoneNumber="+12065550199",
        OriginationIdentity=origin,
        MessageBody="Shipped!",
        ConfigurationSetName="alerts",
    )
    [message] = pinpoint_outbox
    deliveries = {
        delivery.event_destination_name: delivery.delivered
        for event in message.events
        for delivery in event.deliveries
    }
    assert deliveries == {"receipts": True, "stranger": False}
    assert list(registry) == [ACCOUNT]  # the stranger's topic was looked for, and no backend made for it


class AccountsThatAreNoDicts(dict[str, Any]):
    """A registry that is still a dict, of accounts that are not (a moto whose per-account mapping
    changed)."""

    def __init__(self, registry: Any) -> None:
        super().__init__({account: PublicReadsOnly(regions) for account, regions in dict.items(registry)})
        self.registry = registry

    def iter_backends(self) -> Iterator[tuple[str, str, Any]]:
        return self.registry.iter_backends()  # type: ignore[no-any-return]


def as_moto_builds_it(registry: Any) -> Any:
    return registry


@pytest.mark.parametrize("kind", [as_moto_builds_it, PublicReadsOnly, AccountsThatAreNoDicts])
def test_a_read_of_moto_s_registry_finds_what_exists_and_creates_nothing(
    pinpoint_mock: Any, kind: Callable[[Any], Any]
) -> None:
    backend = pinpoint_mock.backend("eu-west-1")
    registry = pinpoint_mock.backends
    read = kind(registry)
    found = [
        existing(read, account, region)
        for account, region in ((ACCOUNT, "eu-west-1"), (ACCOUNT, "us-east-1"), (STRANGER, "eu-west-1"))
    ]
    assert found == [backend, None, None]
    assert [(account, region) for account, region, _ in registry.iter_backends()] == [(ACCOUNT, "eu-west-1")]


def test_the_registry_s_own_reads_create_nothing_for_an_unknown_account_or_region(pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend("eu-west-1")
    registry = pinpoint_mock.backends
    found = [
        registry.backend_of(account, region)
        for account, region in (
            (ACCOUNT, "eu-west-1"),
            (ACCOUNT, "no-such-region-1"),
            (STRANGER, "eu-west-1"),
        )
    ]
    assert found == [backend, None, None]
    assert (registry.everywhere(), registry.peers(STRANGER, "eu-west-1")) == ([backend], [backend])
    assert registry.peers(ACCOUNT, "eu-west-1") == []
    assert [(account, region) for account, region, _ in registry.iter_backends()] == [(ACCOUNT, "eu-west-1")]
