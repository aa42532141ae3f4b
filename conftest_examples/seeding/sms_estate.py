"""The seeded world the tests share: records as the fake stores them."""

from __future__ import annotations

from dataclasses import dataclass

from pinpoint_fake.records import PhoneNumber, Pool, SenderId


@dataclass(frozen=True)
class Estate:
    number: PhoneNumber
    sender_id: SenderId
    active_pool: Pool
    creating_pool: Pool
