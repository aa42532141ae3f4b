"""DescribePools paging under mutation, as a property: generated programs interleave page fetches with
creates, deletes and updates through a boto3 client, with and without filters.

Every pool that is alive (and matches the filters) for the whole of a pagination is seen exactly once in it,
and no pool is seen twice. Each page is also checked exactly against a model of the README's decisions
("the next MaxResults matching pools after the last one returned, in creation order; a NextToken only when
more follow").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

import boto3
import pytest
from hypothesis import event, given, note, settings
from hypothesis import strategies as st

from pinpoint_fake import mock_pinpoint

from .helpers import client_error

SERVICE: Final = "pinpoint-sms-voice-v2"
REGION: Final = "us-east-1"
MESSAGE_TYPES: Final = ("TRANSACTIONAL", "PROMOTIONAL")


@dataclass(frozen=True)
class Fetch:
    """Fetch the next page (or the first page of a new pagination) with this MaxResults."""

    max_results: int


@dataclass(frozen=True)
class Create:
    message_type: str
    protected: bool


@dataclass(frozen=True)
class Delete:
    """Delete the alive pool at ``pick`` modulo their number (a protected one stays: ConflictException)."""

    pick: int


@dataclass(frozen=True)
class Protect:
    """Set DeletionProtectionEnabled of the alive pool at ``pick`` modulo their number."""

    pick: int
    enabled: bool


Step = Fetch | Create | Delete | Protect


@dataclass
class ModelPool:
    pool_id: str
    message_type: str
    protected: bool
    alive: bool = True


@dataclass
class Pagination:
    """One pagination in progress: where it is, what it saw, and which pools stopped qualifying meanwhile."""

    token: str | None = None
    cursor: int = -1  # position (in creation order) of the last pool returned
    started_with: set[str] = field(default_factory=set)  # alive and matching at the first fetch
    disqualified: set[str] = field(default_factory=set)  # deleted or stopped matching since then
    seen: list[str] = field(default_factory=list)
    changes: int = 0  # creates, deletes and updates made while it was in progress


def _filter_strategy() -> st.SearchStrategy[list[dict[str, Any]]]:
    def values(options: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
        return st.lists(st.sampled_from(options), min_size=1, max_size=len(options), unique=True)

    one = st.one_of(
        st.builds(lambda v: {"Name": "message-type", "Values": v}, values(MESSAGE_TYPES)),
        st.builds(lambda v: {"Name": "deletion-protection-enabled", "Values": v}, values(("true", "false"))),
        st.just({"Name": "status", "Values": ["ACTIVE"]}),
    )
    return st.lists(one, max_size=2)


CREATE = st.builds(Create, st.sampled_from(MESSAGE_TYPES), st.booleans())
CHANGE = st.one_of(
    CREATE,
    st.builds(Delete, st.integers(min_value=0, max_value=50)),
    st.builds(Protect, st.integers(min_value=0, max_value=50), st.booleans()),
)
# A fetch, then up to three changes before the next fetch: paginations with changes in between them.
ROUNDS = st.lists(
    st.tuples(st.builds(Fetch, st.integers(min_value=1, max_value=3)), st.lists(CHANGE, max_size=3)),
    max_size=10,
)


class Program:
    """Runs the steps against the fake and the model side by side, checking every page and pagination."""

    def __init__(self, client: Any, filters: list[dict[str, Any]]) -> None:
        self.client = client
        self.filters = filters
        self.pools: list[ModelPool] = []
        self.pagination: Pagination | None = None
        self.paginations_checked = 0

    def matches(self, pool: ModelPool) -> bool:
        attributes = {
            "message-type": pool.message_type,
            "deletion-protection-enabled": "true" if pool.protected else "false",
            "status": "ACTIVE",
        }
        return all(attributes[each["Name"]] in each["Values"] for each in self.filters)

    def qualifying(self) -> set[str]:
        return {pool.pool_id for pool in self.pools if pool.alive and self.matches(pool)}

    def alive(self) -> list[ModelPool]:
        return [pool for pool in self.pools if pool.alive]

    def run(self, step: Step) -> None:
        note(repr(step))
        if isinstance(step, Fetch):
            self.fetch(step.max_results)
        elif isinstance(step, Create):
            self.create(step.message_type, step.protected)
        elif isinstance(step, Delete):
            self.delete(step.pick)
        else:
            self.protect(step.pick, step.enabled)

    def create(self, message_type: str, protected: bool) -> None:
        number = self.client.request_phone_number(
            IsoCountryCode="US",
            MessageType=message_type,
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR" if message_type == "TRANSACTIONAL" else "LONG_CODE",
        )
        pool = self.client.create_pool(
            OriginationIdentity=number["PhoneNumberId"],
            MessageType=message_type,
            DeletionProtectionEnabled=protected,
        )
        self.pools.append(ModelPool(pool["PoolId"], message_type, protected))
        self.changed()

    def delete(self, pick: int) -> None:
        alive = self.alive()
        if not alive:
            return
        pool = alive[pick % len(alive)]
        if pool.protected:
            response = client_error(self.client.delete_pool, PoolId=pool.pool_id)
            assert (response["Error"]["Code"], response["Reason"]) == (
                "ConflictException",
                "DELETION_PROTECTION_ENABLED",
            )
            return
        assert self.client.delete_pool(PoolId=pool.pool_id)["Status"] == "DELETING"
        pool.alive = False
        self.changed()

    def protect(self, pick: int, enabled: bool) -> None:
        alive = self.alive()
        if not alive:
            return
        pool = alive[pick % len(alive)]
        updated = self.client.update_pool(PoolId=pool.pool_id, DeletionProtectionEnabled=enabled)
        assert updated["DeletionProtectionEnabled"] is enabled
        pool.protected = enabled
        self.changed()

    def changed(self) -> None:
        """Pools that qualified when the pagination started and no longer do are not owed to it."""
        if self.pagination is not None:
            self.pagination.disqualified |= self.pagination.started_with - self.qualifying()
            self.pagination.changes += 1

    def fetch(self, max_results: int) -> None:
        if self.pagination is None:
            self.pagination = Pagination(started_with=self.qualifying())
        pagination = self.pagination
        arguments: dict[str, Any] = {"MaxResults": max_results}
        if self.filters:
            arguments["Filters"] = self.filters
        if pagination.token is not None:
            arguments["NextToken"] = pagination.token
        page = self.client.describe_pools(**arguments)

        # The page, exactly: the next matching alive pools after the last one returned, in creation order.
        candidates = [
            (position, pool)
            for position, pool in enumerate(self.pools)
            if position > pagination.cursor and pool.alive and self.matches(pool)
        ]
        expected = [pool.pool_id for _, pool in candidates[:max_results]]
        returned = [pool["PoolId"] for pool in page["Pools"]]
        assert (returned, "NextToken" in page) == (expected, len(candidates) > max_results)
        for pool in page["Pools"]:  # what the wire says matches the filters too
            wire = {
                "message-type": pool["MessageType"],
                "deletion-protection-enabled": "true" if pool["DeletionProtectionEnabled"] else "false",
                "status": pool["Status"],
            }
            assert all(wire[each["Name"]] in each["Values"] for each in self.filters)

        pagination.seen += returned
        if returned:
            pagination.cursor = candidates[len(returned) - 1][0]
        pagination.token = page.get("NextToken")
        if pagination.token is None:
            self.finish()

    def finish(self) -> None:
        """The property, at the end of a pagination."""
        pagination = self.pagination
        assert pagination is not None
        counts = Counter(pagination.seen)
        assert [pool_id for pool_id, count in counts.items() if count > 1] == []  # none seen twice
        for pool_id in pagination.started_with - pagination.disqualified:  # alive throughout: seen once
            assert counts[pool_id] == 1, (
                f"{pool_id} was alive for the whole pagination, seen {counts[pool_id]}x"
            )
        event(f"pagination: {min(pagination.changes, 3)}{'+' * (pagination.changes >= 3)} changes meanwhile")
        event(f"pagination: {'some' if pagination.disqualified else 'no'} pools disqualified meanwhile")
        event(f"pagination: {'some' if counts else 'no'} pools seen")
        self.pagination = None
        self.paginations_checked += 1

    def complete(self) -> None:
        """Finish the pagination in progress (or run a first one), then compare the registry and the model."""
        if self.paginations_checked == 0 and self.pagination is None:
            self.fetch(3)
        while self.pagination is not None:
            self.fetch(3)
        everything = self.client.get_paginator("describe_pools").paginate()
        listed = [
            (pool["PoolId"], pool["DeletionProtectionEnabled"])
            for page in everything
            for pool in page["Pools"]
        ]
        assert listed == [(pool.pool_id, pool.protected) for pool in self.alive()]


@pytest.fixture(scope="module")
def client() -> Any:
    """One client for every example (a new default Session per mock would reload botocore's data files)."""
    with mock_pinpoint():  # made with moto's credentials: no credential lookup, now or later
        return boto3.Session().client(SERVICE, region_name=REGION)


@settings(max_examples=100, derandomize=True, deadline=None, database=None)
@given(
    initial=st.lists(CREATE, max_size=10),
    filters=_filter_strategy(),
    rounds=ROUNDS,
)
def test_paging_sees_each_pool_alive_for_the_whole_pagination_once_and_none_twice(
    client: Any, initial: list[Create], filters: list[dict[str, Any]], rounds: list[tuple[Fetch, list[Step]]]
) -> None:
    with mock_pinpoint() as mock:
        program = Program(client, filters)
        backend = mock.backend(REGION)
        for create in initial:  # the state before the program starts, seeded (fast)
            seeded = backend.seed_pool(
                message_type=create.message_type, deletion_protection_enabled=create.protected
            )
            program.pools.append(ModelPool(seeded.pool_id, create.message_type, create.protected))
        for fetch, changes in rounds:
            for step in [fetch, *changes]:
                program.run(step)
        program.complete()
        assert program.paginations_checked >= 1
