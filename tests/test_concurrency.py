"""Several threads create, describe, update and delete pools at once in one mock, in one backend and across
accounts and regions; afterwards the registry holds exactly what the successful calls imply: no lost pool,
no duplicate ID, no lost or repeated phone number, no exception.

Each thread has its own boto3 client, made before the threads start (creating clients is not thread-safe),
and works on the pools it created itself: its program is fixed (a seeded ``random.Random``), so every answer
it gets is known in advance and checked exactly, whatever the interleaving. A ``threading.Barrier`` starts
the threads together, and the interpreter switches threads every microsecond meanwhile, so that a missing lock
shows (with CPython's default 5 ms, a lost update almost never happens). Nothing here measures time: the join
timeout only keeps a deadlock from hanging the suite.

Threads also list every pool of the backend while the others update theirs: each pool in an answer must show
one state of it, and a later answer must not show an older one (the interleaving that broke this is
replayed deterministically by ``test_an_update_while_a_pool_is_written_does_not_change_later_answers``).
"""

from __future__ import annotations

import json
import random
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import boto3
import pytest

from pinpoint_fake import MockPinpoint

from .helpers import client_error

SERVICE: Final = "pinpoint-sms-voice-v2"
THREADS: Final = 8
CALLS: Final = 50  # per thread
HANG_GUARD: Final = 300.0  # seconds; generous, only so that a deadlock fails instead of hanging
RESUME_GUARD: Final = 30.0  # seconds; see test_an_update_while_a_pool_is_written_does_not_change_...
DEFAULT_ACCOUNT: Final = "123456789012"
FIRST_US_NUMBER: Final = 2065550100  # the US block the README names: +12065550100, +12065550101, ...


@dataclass
class Outcome:
    """What one thread's successful calls imply."""

    created: list[str] = field(default_factory=list)  # pool IDs, in the order this thread created them
    deleted: set[str] = field(default_factory=set)
    protection: dict[str, bool] = field(default_factory=dict)  # DeletionProtectionEnabled of every pool
    numbers: list[str] = field(default_factory=list)  # E.164 numbers leased
    calls: int = 0

    def alive(self) -> list[str]:
        return [pool_id for pool_id in self.created if pool_id not in self.deleted]


def lease_number(client: Any, outcome: Outcome) -> str:
    """One call: a new simulator number; its ID."""
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    outcome.numbers.append(number["PhoneNumber"])
    outcome.calls += 1
    phone_number_id: str = number["PhoneNumberId"]
    return phone_number_id


def create_pool(client: Any, outcome: Outcome) -> None:
    """Two calls: a new number, and a new pool from it."""
    pool = client.create_pool(OriginationIdentity=lease_number(client, outcome), MessageType="TRANSACTIONAL")
    assert (pool["Status"], pool["DeletionProtectionEnabled"]) == ("ACTIVE", False)
    outcome.created.append(pool["PoolId"])
    outcome.protection[pool["PoolId"]] = False
    outcome.calls += 1


def churn(client: Any, seed: int) -> Outcome:
    """CALLS calls of create / describe / update / delete on this thread's own pools, each answer checked."""
    rng = random.Random(seed)
    outcome = Outcome()
    while outcome.calls < CALLS:
        alive = outcome.alive()
        left = CALLS - outcome.calls
        if not alive and left == 1:
            lease_number(client, outcome)
            continue
        if not alive or (left >= 2 and rng.random() < 0.35):
            create_pool(client, outcome)
            continue
        action = rng.choice(["describe", "list", "update", "delete", "describe-deleted"])
        pool_id = rng.choice(alive)
        if action == "describe":
            pools = client.describe_pools(PoolIds=[pool_id])["Pools"]
            assert [(pool["PoolId"], pool["DeletionProtectionEnabled"]) for pool in pools] == [
                (pool_id, outcome.protection[pool_id])
            ]
        elif action == "list":  # every pool of the backend, the other threads' too, page by page
            pages = list(client.get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 20}))
            listed = [
                (pool["PoolId"], pool["DeletionProtectionEnabled"])
                for page in pages
                for pool in page["Pools"]
            ]
            assert len(dict(listed)) == len(listed)  # none twice
            assert {pool_id: dict(listed).get(pool_id) for pool_id in alive} == {
                pool_id: outcome.protection[pool_id] for pool_id in alive
            }
            outcome.calls += len(pages) - 1
        elif action == "update":
            enabled = not outcome.protection[pool_id]
            updated = client.update_pool(PoolId=pool_id, DeletionProtectionEnabled=enabled)
            assert (updated["PoolId"], updated["DeletionProtectionEnabled"]) == (pool_id, enabled)
            outcome.protection[pool_id] = enabled
        elif action == "delete" and outcome.protection[pool_id]:
            response = client_error(client.delete_pool, PoolId=pool_id)
            assert (response["Error"]["Code"], response["Reason"]) == (
                "ConflictException",
                "DELETION_PROTECTION_ENABLED",
            )
        elif action == "delete":
            assert client.delete_pool(PoolId=pool_id)["Status"] == "DELETING"
            outcome.deleted.add(pool_id)
        elif outcome.deleted:  # describe-deleted: a pool this thread deleted is not found
            gone = rng.choice(sorted(outcome.deleted))
            response = client_error(client.describe_pools, PoolIds=[gone])
            assert (response["Error"]["Code"], response["ResourceId"]) == ("ResourceNotFoundException", gone)
        else:  # nothing deleted yet: describe every pool of this thread (at most 5 per call)
            mine = outcome.alive()[:5]
            assert [pool["PoolId"] for pool in client.describe_pools(PoolIds=mine)["Pools"]] == mine
        outcome.calls += 1
    return outcome


def run_together(work: list[Callable[[], Outcome]]) -> list[Outcome]:
    """Run each callable in its own thread, all released at once; re-raise the first failure.

    Threads switch every microsecond from their release on (CPython's default is 5 ms), so that a missing
    lock shows; not while they start, where coverage installs its tracer in each new thread and CPython
    refuses two installs at once (python/cpython#98257), which at that rate could stop a thread."""
    barrier = threading.Barrier(len(work), action=lambda: sys.setswitchinterval(1e-6))
    outcomes: list[Outcome | None] = [None] * len(work)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=HANG_GUARD)
            outcomes[index] = work[index]()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(index,), daemon=True) for index in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=HANG_GUARD)
    assert [thread.name for thread in threads if thread.is_alive()] == []
    if errors:
        raise errors[0]
    assert None not in outcomes
    return [outcome for outcome in outcomes if outcome is not None]


def client_for(region: str, account: str | None = None) -> Any:
    """A client of the default account, or of ``account`` through moto's STS (its keys name the account)."""
    if account is None:
        return boto3.client(SERVICE, region_name=region)
    credentials = boto3.client("sts", region_name=region).assume_role(
        RoleArn=f"arn:aws:iam::{account}:role/concurrency", RoleSessionName="concurrency"
    )["Credentials"]
    return boto3.client(
        SERVICE,
        region_name=region,
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )


def assert_registry_holds(mock: MockPinpoint, region: str, account: str, outcomes: list[Outcome]) -> None:
    """The backend of (account, region) holds exactly what the outcomes imply; so does DescribePools."""
    backend = mock.backend(region, account)
    stored = [pool.pool_id for pool in backend.pools.values()]
    created = [pool_id for outcome in outcomes for pool_id in outcome.created]
    assert len(set(created)) == len(created)  # no ID handed out twice
    assert sorted(stored) == sorted(pool_id for outcome in outcomes for pool_id in outcome.alive())
    for outcome in outcomes:  # each thread's pools in the order it created them (creation order is kept)
        assert [pool_id for pool_id in stored if pool_id in outcome.protection] == outcome.alive()
    protection = {pool_id: on for outcome in outcomes for pool_id, on in outcome.protection.items()}
    assert {pool.pool_id: pool.deletion_protection_enabled for pool in backend.pools.values()} == {
        pool_id: protection[pool_id] for pool_id in stored
    }
    leased = [number for outcome in outcomes for number in outcome.numbers]
    assert sorted(number.phone_number for number in backend.phone_numbers.values()) == sorted(leased)
    assert min(outcome.calls for outcome in outcomes) >= CALLS
    client = client_for(region, None if account == DEFAULT_ACCOUNT else account)
    pages = client.get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 7})
    listed = [(pool["PoolId"], pool["DeletionProtectionEnabled"]) for page in pages for pool in page["Pools"]]
    assert listed == [(pool_id, protection[pool_id]) for pool_id in stored]


def assert_numbers_leased_once(outcomes: list[Outcome]) -> None:
    """No number lost or leased twice: exactly the first N of the country's block, in some order (a number
    has one owner across the whole registry)."""
    leased = [number for outcome in outcomes for number in outcome.numbers]
    assert sorted(leased) == [f"+1{FIRST_US_NUMBER + serial}" for serial in range(len(leased))]


@pytest.fixture(autouse=True)
def frequent_thread_switches() -> Iterator[None]:
    """``run_together`` makes threads switch every microsecond once it releases them; the interval is
    restored after the test."""
    previous = sys.getswitchinterval()
    yield
    sys.setswitchinterval(previous)


@pytest.fixture(autouse=True)
def no_account_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """MOTO_ACCOUNT_ID is process-wide and would win over every client's own credentials."""
    monkeypatch.delenv("MOTO_ACCOUNT_ID", raising=False)


def test_threads_churning_pools_in_one_backend_leave_exactly_what_their_calls_imply(
    pinpoint_mock: MockPinpoint,
) -> None:
    clients = [client_for("us-east-1") for _ in range(THREADS)]
    outcomes = run_together(
        [lambda client=client, seed=seed: churn(client, seed) for seed, client in enumerate(clients)]
    )
    assert_registry_holds(pinpoint_mock, "us-east-1", DEFAULT_ACCOUNT, outcomes)
    assert_numbers_leased_once(outcomes)
    created = sum(len(outcome.created) for outcome in outcomes)
    deleted = sum(len(outcome.deleted) for outcome in outcomes)
    assert (created > 0, deleted > 0, created > deleted) == (True, True, True)  # the programs did churn


def test_threads_in_separate_accounts_and_regions_each_leave_exactly_their_own_pools(
    pinpoint_mock: MockPinpoint,
) -> None:
    places = [
        (account, region)
        for account in ("111111111111", "222222222222")
        for region in ("us-east-1", "eu-west-2")
    ]
    assignment = [places[index % len(places)] for index in range(THREADS)]  # two threads per place
    clients = [client_for(region, account) for account, region in assignment]
    outcomes = run_together(
        [lambda client=client, seed=seed: churn(client, 100 + seed) for seed, client in enumerate(clients)]
    )
    for place in places:
        mine = [outcome for outcome, assigned in zip(outcomes, assignment, strict=True) if assigned == place]
        assert_registry_holds(pinpoint_mock, place[1], place[0], mine)
    assert_numbers_leased_once(outcomes)
    touched = {
        (account, region)
        for account, regions in pinpoint_mock.backends.items()
        for region, backend in regions.items()
        if len(backend.pools) or len(backend.phone_numbers)
    }
    assert touched == set(places)  # nothing landed in the default account or another region


def test_readers_paging_during_creates_and_deletes_see_every_lasting_pool_once(
    pinpoint_mock: MockPinpoint,
) -> None:
    """Four threads create and delete pools while four page through DescribePools, all unfiltered."""
    backend = pinpoint_mock.backend("us-east-1")
    lasting = [backend.seed_pool().pool_id for _ in range(20)]  # never deleted
    clients = [client_for("us-east-1") for _ in range(THREADS)]
    writers, readers = clients[: THREADS // 2], clients[THREADS // 2 :]

    def write(client: Any, seed: int) -> Outcome:
        rng = random.Random(seed)
        outcome = Outcome()
        while outcome.calls < CALLS:
            alive = outcome.alive()
            if alive and (CALLS - outcome.calls == 1 or rng.random() < 0.4):
                pool_id = rng.choice(alive)
                assert client.delete_pool(PoolId=pool_id)["Status"] == "DELETING"
                outcome.deleted.add(pool_id)
                outcome.calls += 1
            elif CALLS - outcome.calls == 1:
                lease_number(client, outcome)
            else:
                create_pool(client, outcome)
        return outcome

    def read(client: Any) -> Outcome:
        outcome = Outcome()
        while outcome.calls < CALLS:
            seen: list[str] = []
            for page in client.get_paginator("describe_pools").paginate(PaginationConfig={"PageSize": 3}):
                seen += [pool["PoolId"] for pool in page["Pools"]]
                outcome.calls += 1
            counts = Counter(seen)
            assert [pool_id for pool_id, count in counts.items() if count > 1] == []
            assert [pool_id for pool_id in seen if pool_id in lasting] == lasting  # each once, in order
            outcome.created += [pool_id for pool_id in seen if pool_id not in lasting]  # seen churned pools
        return outcome

    work = [lambda client=client, seed=seed: write(client, seed) for seed, client in enumerate(writers)]
    work += [lambda client=client: read(client) for client in readers]
    outcomes = run_together(work)
    written, read_outcomes = outcomes[: len(writers)], outcomes[len(writers) :]
    churned = {pool_id for outcome in written for pool_id in outcome.created}
    assert {pool_id for outcome in read_outcomes for pool_id in outcome.created} <= churned
    alive = [pool_id for outcome in written for pool_id in outcome.alive()]
    stored = [pool.pool_id for pool in backend.pools.values()]
    assert (stored[: len(lasting)], sorted(stored[len(lasting) :])) == (lasting, sorted(alive))


def test_an_update_while_a_pool_is_written_does_not_change_later_answers(pinpoint_mock: MockPinpoint) -> None:
    """Two threads, one interleaving, made deterministic: the reader's DescribePools pauses between building
    the pool's memo key and writing the pool (the second read of DeletionProtectionEnabled), the writer's
    UpdatePool runs then, and the reader goes on."""
    reader, writer = client_for("us-east-1"), client_for("us-east-1")
    pool_id = writer.create_pool(
        OriginationIdentity=writer.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
        )["PhoneNumberId"],
        MessageType="TRANSACTIONAL",
    )["PoolId"]
    record = pinpoint_mock.backend().pools.get(pool_id)
    checkpoint, resume = threading.Event(), threading.Event()
    reader_threads: list[int] = []
    reads: list[bool] = []

    class Interleaved(type(record)):  # type: ignore[misc]
        __slots__ = ()

        def __getattribute__(self, name: str) -> Any:
            value = super().__getattribute__(name)
            if name == "deletion_protection_enabled" and threading.get_ident() in reader_threads:
                reads.append(value)
                if len(reads) == 2:  # the key was built from the first read; now the pool is written
                    checkpoint.set()
                    # If a fix wrote the answer under the backend's lock, the update below would wait for
                    # it: the reader goes on after the guard, and the test passes (XPASS: drop the marker).
                    resume.wait(timeout=RESUME_GUARD)
                    value = super().__getattribute__(name)
            return value

    def describe() -> None:
        reader_threads.append(threading.get_ident())
        try:
            reader.describe_pools(PoolIds=[pool_id])
        finally:
            checkpoint.set()  # also when the second read never comes

    record.__class__ = Interleaved
    thread = threading.Thread(target=describe, daemon=True)
    thread.start()
    assert checkpoint.wait(timeout=HANG_GUARD)
    writer.update_pool(PoolId=pool_id, DeletionProtectionEnabled=True)
    resume.set()
    thread.join(timeout=HANG_GUARD)
    assert not thread.is_alive()
    record.__class__ = Interleaved.__mro__[1]

    writer.update_pool(PoolId=pool_id, DeletionProtectionEnabled=False)
    assert writer.describe_pools(PoolIds=[pool_id])["Pools"][0]["DeletionProtectionEnabled"] is False


def test_a_grantee_reading_a_shared_pool_while_its_owner_changes_it_sees_whole_answers(
    pinpoint_mock: MockPinpoint,
) -> None:
    """The grantee's calls read the owner's records under the same (registry-wide) lock as the owner's."""
    grantee_account = "222222222222"
    backend = pinpoint_mock.backend("us-east-1")
    senders = [backend.seed_sender_id(f"S{index}", "GB") for index in range(330)]
    pool = backend.seed_pool(origination_identities=senders[:300])  # a long read: a wide window
    owner, grantee = client_for("us-east-1"), client_for("us-east-1", grantee_account)
    policy = {
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": grantee_account}, "Action": "sms-voice:*"}]
    }
    owner.put_resource_policy(ResourceArn=pool.pool_arn, Policy=json.dumps(policy))

    def change() -> Outcome:
        outcome = Outcome()
        for round_ in range(CALLS):
            both = round_ % 2 == 0  # the owner always sets the two together
            owner.update_pool(
                PoolId=pool.pool_id,
                TwoWayEnabled=both,
                SelfManagedOptOutsEnabled=both,
                TwoWayChannelArn="arn:aws:sns:us-east-1:123456789012:replies",
            )
            sender = senders[300 + round_ % 30]
            owner.associate_origination_identity(
                PoolId=pool.pool_id, OriginationIdentity=sender.sender_id_arn, IsoCountryCode="GB"
            )
            owner.disassociate_origination_identity(
                PoolId=pool.pool_id, OriginationIdentity=sender.sender_id_arn, IsoCountryCode="GB"
            )
            outcome.calls += 3
        return outcome

    def read() -> Outcome:
        outcome = Outcome()
        for _ in range(CALLS):
            [seen] = grantee.describe_pools(PoolIds=[pool.pool_arn])["Pools"]
            assert seen["TwoWayEnabled"] == seen["SelfManagedOptOutsEnabled"]
            pages = grantee.get_paginator("list_pool_origination_identities").paginate(PoolId=pool.pool_arn)
            listed = [i["OriginationIdentity"] for page in pages for i in page["OriginationIdentities"]]
            assert listed[:300] == [sender.sender_id for sender in senders[:300]]
            outcome.calls += 2
        return outcome

    run_together([change, read, read])
    assert len(pool.origination_identities) == 300
