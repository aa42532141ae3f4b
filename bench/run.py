#!/usr/bin/env python
"""Benchmarks of pinpoint_fake against its floor, botocore's Stubber and moto (design.md section 7).

    python bench/run.py              # full run (a few minutes on 2 cores)
    python bench/run.py --quick      # smoke run (well under a minute)
    python bench/run.py --markdown   # the same, printed as Markdown tables
    python bench/run.py --profile    # also cProfile the fake's describe_pools at N=1 and N=100
    python bench/run.py --per-test   # section 6 alone (the per-test cost of whole pytest runs)

Everything is measured in one process (imports and pytest runs in subprocesses of it) and reported as
ratios, so that machine noise cancels: the variants of one comparison run interleaved, in batches, round
after round (the order alternating), and a ratio is the median over rounds of the ratio within a round.

1. describe_pools returning N pools: the fake (``mock_pinpoint``) versus the floor and botocore's Stubber;
   moto's Step Functions ``ListStateMachines`` (awsJson 1.0 too) against a floor of its own bytes. The floor
   is a client made like the fake's whose only ``before-send`` handler answers the fake's own response bytes,
   so botocore still serializes, signs and parses. botocore *emits* ``before-send`` to every handler (it
   takes the first non-None answer, but all of them run), so registering first would not do: the floor
   client has the fake's hook taken off (and moto's generic stubber, which this service's clients are
   created without: the run asserts they carry none). A diagnostic row times the fake's hook alone on the
   same request. An informational row gives, at N=100, the fake with the writer's memos cleared before each
   call (``pinpoint_fake.writer.clear_memos()``, inside the timing) against the floor, next to the warm fake.
2. Paging 10,000 pools (100 pages of 100) versus one page of 100 pools, per page, with the writer's memos
   cleared before every page in both variants (inside the timing): the writer memoizes each structure of
   scalars by its values, so 100 pools paged x100 would hit the memo and 10,000 pools miss it; cleared,
   both pay first-sight encoding and the ratio measures how the store scales. Then the same with the memos
   kept, as a suite paging the same pools again and again has them: the 10,000 pools fit the memo too.
3. ``mock_pinpoint()`` versus ``moto.mock_aws()`` enter+exit.
4. ``import pinpoint_fake`` / ``import moto`` / ``import botocore.handlers`` / ``import boto3`` in fresh
   interpreters, and what the pytest plugin adds to a pytest run of one trivial test that never uses it
   (``-p no:pinpoint_fake`` versus on; a probe plugin times the entry point's load and lists the modules
   imported). Subprocesses run with bytecode caching on, into a private PYTHONPYCACHEPREFIX, warmed first.
5. 10,000 pools created through the API (``create_pool`` on a sender ID) versus ``seed_pool``.
6. What a test that uses the fake costs in whole pytest runs: N generated tests per pattern, bare /
   ``pinpoint_client`` / ``@mock_pinpoint`` / ``with mock_pinpoint()`` / moto's ``@mock_aws`` (the anchor),
   as per-test overhead above the bare test and as a ratio to moto's (``bench/per_test.py``).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import boto3
import botocore
import moto
import per_test
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from botocore.stub import Stubber
from moto import mock_aws
from moto.core.models import botocore_stubber

import pinpoint_fake
from pinpoint_fake import hook, mock_pinpoint, writer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from botocore.awsrequest import AWSPreparedRequest

    from pinpoint_fake import MockPinpoint

SERVICE = "pinpoint-sms-voice-v2"
PINPOINT_EVENT = "before-send.pinpoint-sms-voice-v2"
SFN_EVENT = "before-send.sfn"
REGION = "us-east-1"
PAGING_REGION = "us-west-2"
API_CREATE_REGION = "eu-west-1"
SEED_CREATE_REGION = "eu-central-1"
SIZES = (1, 20, 100)
PAGE = 100
STATE_MACHINE = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}'
ROLE = "arn:aws:iam::123456789012:role/bench"
COLD_SIZE = 100  # the N at which the fake with cleared memos is timed against the floor
TARGETS = {"fake/floor": 1.15, "paging": 1.10, "mock": 1.1, "plugin_ms": 10.0}


@dataclass(frozen=True)
class Plan:
    """How many repetitions each section makes."""

    call_rounds: int
    call_batch: dict[int, int]
    paging_pools: int
    paging_rounds: int
    mock_rounds: int
    mock_batch: int
    import_runs: int
    pytest_runs: int
    split_runs: int
    create_pools: int
    create_chunks: int
    per_test_rounds: int
    profile_calls: dict[int, int] = field(default_factory=lambda: {1: 3000, 100: 300})


QUICK = Plan(
    call_rounds=15,
    call_batch={1: 20, 20: 10, 100: 3},
    paging_pools=10_000,
    paging_rounds=3,
    mock_rounds=30,
    mock_batch=5,
    import_runs=5,
    pytest_runs=5,
    split_runs=3,
    create_pools=1_000,
    create_chunks=4,
    per_test_rounds=1,
    profile_calls={1: 500, 100: 50},
)
FULL = Plan(
    call_rounds=121,
    call_batch={1: 40, 20: 20, 100: 5},
    paging_pools=10_000,
    paging_rounds=21,
    mock_rounds=201,
    mock_batch=5,
    import_runs=25,
    pytest_runs=31,
    split_runs=9,
    create_pools=10_000,
    create_chunks=10,
    per_test_rounds=7,
)
PER_TEST_TESTS = 200  # generated tests per pattern (the issue asks for at least 200)


# -- measuring -----------------------------------------------------------------------------------------------


@dataclass
class Variant:
    """One thing to time: ``run`` is timed; ``prepare``/``finish`` (untimed) run before/after each batch."""

    name: str
    run: Callable[[], object]
    prepare: Callable[[int], object] | None = None
    finish: Callable[[], object] | None = None


@dataclass
class Samples:
    """Per-round results of interleaved variants: seconds per call, one value per round."""

    per_call: dict[str, list[float]]

    def median_us(self, name: str) -> float:
        return statistics.median(self.per_call[name]) * 1e6

    def ratio(self, name: str, base: str) -> float:
        """Median over rounds of (name / base) within the same round."""
        return statistics.median(a / b for a, b in zip(self.per_call[name], self.per_call[base], strict=True))

    def spread(self, name: str, base: str) -> tuple[float, float]:
        """The interquartile range of the per-round ratio."""
        ratios = sorted(a / b for a, b in zip(self.per_call[name], self.per_call[base], strict=True))
        if len(ratios) < 4:
            return ratios[0], ratios[-1]
        quartiles = statistics.quantiles(ratios, n=4)
        return quartiles[0], quartiles[2]


def interleave(variants: Sequence[Variant], rounds: int, batch: int, warmup: int = 2) -> Samples:
    """Time ``batch`` calls of each variant per round, alternating the order of variants each round."""
    per_call: dict[str, list[float]] = {variant.name: [] for variant in variants}
    for variant in variants:
        for _ in range(warmup):
            if variant.prepare is not None:
                variant.prepare(1)
            variant.run()
            if variant.finish is not None:
                variant.finish()
    for round_number in range(rounds):
        order = variants if round_number % 2 == 0 else list(reversed(variants))
        for variant in order:
            if variant.prepare is not None:
                variant.prepare(batch)
            run = variant.run
            start = time.perf_counter()
            for _ in range(batch):
                run()
            per_call[variant.name].append((time.perf_counter() - start) / batch)
            if variant.finish is not None:
                variant.finish()
    return Samples(per_call)


class _Body(io.BytesIO):
    """The raw body botocore reads an AWSResponse from (as the fake's hook builds it)."""

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self.getvalue()


class PrebuiltAnswer:
    """The floor: a before-send handler answering fixed bytes, as cheaply as an answer can be built."""

    def __init__(self) -> None:
        self.status = 200
        self.headers: dict[str, str] = {}
        self.body = b""
        self.calls = 0

    def set(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def __call__(self, request: AWSPreparedRequest, **kwargs: Any) -> AWSResponse:
        self.calls += 1
        headers: Any = self.headers  # botocore turns a dict into its HTTPHeaders
        return AWSResponse(request.url, self.status, headers, cast("Any", _Body(self.body)))


class WireRecorder:
    """An after-call handler keeping the last response's wire form (status, headers, body)."""

    def __init__(self) -> None:
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = b""

    def __call__(self, http_response: Any, **kwargs: Any) -> None:
        self.status = http_response.status_code
        self.headers = dict(http_response.headers)
        self.body = http_response.content


class RequestRecorder:
    """A before-send handler keeping the last prepared request and answering nothing."""

    def __init__(self) -> None:
        self.request: AWSPreparedRequest | None = None

    def __call__(self, request: AWSPreparedRequest, **kwargs: Any) -> None:
        self.request = request


def before_send_handlers(client: Any, event: str, operation: str) -> list[Any]:
    """The before-send handlers ``client`` runs for ``operation``, in order."""
    return list(client.meta.events._emitter._handlers.prefix_search(f"{event}.{operation}"))


def assert_no_moto_stubber(client: Any) -> None:
    """This service's clients are created without moto's generic before-send stubber (hook.py's mixin)."""
    handlers = before_send_handlers(client, PINPOINT_EVENT, "DescribePools")
    assert botocore_stubber not in handlers, f"moto's stubber is back on before-send: {handlers}"
    assert hook.answer in handlers, handlers


def only_answer(client: Any, event: str, handler: Callable[..., Any]) -> None:
    """Make ``handler`` the only before-send handler of ``client`` (the fake's hook and moto's stubber go)."""
    events = client.meta.events
    events.unregister(PINPOINT_EVENT, hook.answer)
    events.unregister("before-send", botocore_stubber)
    events.register_first(event, handler)
    operation = "DescribePools" if event == PINPOINT_EVENT else "ListStateMachines"
    handlers = before_send_handlers(client, event, operation)
    assert handlers == [handler], handlers


def without_metadata(response: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


# -- the clients ---------------------------------------------------------------------------------------------


class Clients:
    """Every client of the in-process sections, made alike: one Session, one Config, inside the mock."""

    def __init__(self) -> None:
        self.session = boto3.session.Session()
        self.config = Config()

    def make(self, service: str, region: str = REGION) -> Any:
        session: Any = self.session  # boto3-stubs types client() per literal service name
        return session.client(service, region_name=region, config=self.config)


# -- section 1: describe_pools per call ----------------------------------------------------------------------


@dataclass
class CallResult:
    samples: dict[int, Samples]
    checks: list[str]


def bench_calls(plan: Plan, mock: MockPinpoint, clients: Clients) -> CallResult:
    backend = mock.backend(REGION)
    # The timed clients differ only in the handler answering them; probes record the wire separately.
    fake = clients.make(SERVICE)
    floor = clients.make(SERVICE)
    stubbed = clients.make(SERVICE)
    sfn = clients.make("stepfunctions")
    sfn_floor = clients.make("stepfunctions")
    probe = clients.make(SERVICE)
    sfn_probe = clients.make("stepfunctions")
    # moto's generic before-send stubber would run on every call (botocore emits to all handlers) only to
    # build a 404 that is thrown away; this service's clients are created without it. The check must see it
    # where it is, on the Step Functions client, or it proves nothing.
    assert_no_moto_stubber(fake)
    assert botocore_stubber in before_send_handlers(sfn, SFN_EVENT, "ListStateMachines")

    fake_wire, sfn_wire, request = WireRecorder(), WireRecorder(), RequestRecorder()
    probe.meta.events.register(f"after-call.{SERVICE}.DescribePools", fake_wire)
    probe.meta.events.register_first(PINPOINT_EVENT, request)
    sfn_probe.meta.events.register("after-call.sfn.ListStateMachines", sfn_wire)
    floor_answer, sfn_floor_answer = PrebuiltAnswer(), PrebuiltAnswer()
    # botocore *emits* before-send to every handler (the first non-None answer is used, but all run), so a
    # floor client must not carry the fake's hook (nor, for Step Functions, moto's generic stubber).
    only_answer(floor, PINPOINT_EVENT, floor_answer)
    only_answer(sfn_floor, SFN_EVENT, sfn_floor_answer)
    stubber = Stubber(stubbed)
    stubber.activate()

    checks: list[str] = []
    results: dict[int, Samples] = {}
    canned: dict[str, Any] = {}

    def queue(count: int) -> None:
        for _ in range(count):
            stubber.add_response("describe_pools", canned)

    def fake_answer_alone() -> object:
        assert request.request is not None
        return hook.answer(request.request)

    def fake_cold() -> Any:
        writer.clear_memos()
        return fake.describe_pools()

    def rewarm() -> object:
        # The cold variant leaves the memos empty; refill them so the next variant's first call is warm.
        return fake.describe_pools()

    for size in SIZES:
        while len(backend.pools) < size:
            backend.seed_pool()
        for index in range(len(sfn.list_state_machines()["stateMachines"]), size):
            sfn.create_state_machine(name=f"bench-{index}", definition=STATE_MACHINE, roleArn=ROLE)

        reference = probe.describe_pools()
        assert len(reference["Pools"]) == size
        assert "NextToken" not in reference
        assert without_metadata(fake.describe_pools()) == without_metadata(reference)
        assert without_metadata(fake_cold()) == without_metadata(reference)
        floor_answer.set(fake_wire.status, fake_wire.headers, fake_wire.body)
        sfn_reference = sfn_probe.list_state_machines()
        assert len(sfn_reference["stateMachines"]) == size
        sfn_floor_answer.set(sfn_wire.status, sfn_wire.headers, sfn_wire.body)
        canned.clear()
        canned.update(without_metadata(reference))

        # The floor answers with the fake's bytes, so both parse to the same result; the fake is not reached.
        calls_before = floor_answer.calls
        assert without_metadata(floor.describe_pools()) == without_metadata(reference)
        assert floor_answer.calls == calls_before + 1
        assert without_metadata(sfn_floor.list_state_machines()) == without_metadata(sfn_reference)
        checks.append(
            f"N={size}: describe_pools body {len(fake_wire.body)} B, "
            f"list_state_machines body {len(sfn_wire.body)} B"
        )

        variants = [
            Variant("fake", fake.describe_pools),
            Variant("floor", floor.describe_pools),
            Variant("stubber", stubbed.describe_pools, prepare=queue),
            Variant("fake alone", fake_answer_alone),
            Variant("moto", sfn.list_state_machines),
            Variant("moto floor", sfn_floor.list_state_machines),
        ]
        if size == COLD_SIZE:
            variants.append(Variant("fake, memos cleared", fake_cold, finish=rewarm))
        gc.collect()
        results[size] = interleave(variants, plan.call_rounds, plan.call_batch[size])
        stubber.assert_no_pending_responses()
    stubber.deactivate()
    return CallResult(results, checks)


# -- section 2: paging ---------------------------------------------------------------------------------------


@dataclass
class PagingResult:
    samples: Samples
    warm: Samples
    seed_seconds: float


def bench_paging(plan: Plan, mock: MockPinpoint, clients: Clients) -> PagingResult:
    many = mock.backend(PAGING_REGION)
    start = time.perf_counter()
    for _ in range(plan.paging_pools):
        many.seed_pool()
    seed_seconds = time.perf_counter() - start
    few = mock.backend(REGION)
    assert len(few.pools) == PAGE, "section 1 leaves 100 pools in us-east-1"
    many_client = clients.make(SERVICE, PAGING_REGION)
    few_client = clients.make(SERVICE, REGION)
    pages = plan.paging_pools // PAGE
    # First both variants clear the writer's memos before every page (inside the timing, the same count each):
    # that measures how the store scales, every page written at first sight.

    def all_pages(clear: bool) -> Callable[[], object]:
        def run() -> object:
            seen, count, token = 0, 0, None
            while True:
                if clear:
                    writer.clear_memos()
                page = many_client.describe_pools(MaxResults=PAGE, **({"NextToken": token} if token else {}))
                seen += len(page["Pools"])
                count += 1
                token = page.get("NextToken")
                if token is None:
                    break
            assert (seen, count) == (plan.paging_pools, pages), (seen, count)
            return seen

        return run

    def one_page_repeated(clear: bool) -> Callable[[], object]:
        def run() -> object:
            for _ in range(pages):
                if clear:
                    writer.clear_memos()
                page = few_client.describe_pools(MaxResults=PAGE)
                assert len(page["Pools"]) == PAGE
                assert "NextToken" not in page
            return pages

        return run

    gc.collect()
    samples = interleave(
        [Variant("10,000 pools", all_pages(True)), Variant("100 pools", one_page_repeated(True))],
        plan.paging_rounds,
        batch=1,
        warmup=1,
    )
    # The same with the memos kept (a suite paging the same pools again and again): the 10,000 pools fit the
    # memo's generations, so both are served from it once warm.
    gc.collect()
    warm = interleave(
        [Variant("10,000 pools", all_pages(False)), Variant("100 pools", one_page_repeated(False))],
        plan.paging_rounds,
        batch=1,
        warmup=1,
    )
    return PagingResult(samples, warm, seed_seconds)


# -- section 3: mock enter+exit ------------------------------------------------------------------------------


def bench_mocks(plan: Plan) -> Samples:
    def pinpoint_mock() -> object:
        with mock_pinpoint():
            pass
        return None

    def moto_mock() -> object:
        with mock_aws():
            pass
        return None

    gc.collect()
    return interleave(
        [Variant("mock_pinpoint", pinpoint_mock), Variant("mock_aws", moto_mock)],
        plan.mock_rounds,
        plan.mock_batch,
    )


# -- section 4: imports and the pytest plugin ----------------------------------------------------------------

IMPORT_PROBE = """\
import sys, time
start = time.perf_counter()
import {module}
elapsed = time.perf_counter() - start
print(elapsed, "moto" in sys.modules)
"""

# Loaded with -p, so before the entry-point plugins: times each entry point's load (the plugin's import,
# through pytest's assertion rewriter as pytest does it) and records which modules the run imported.
PROBE_PLUGIN = """\
import json, os, sys, time
from importlib.metadata import EntryPoint

LOADS = {}
PREIMPORT = {}
if os.environ.get("BENCH_PREIMPORT"):
    start = time.perf_counter()
    import botocore.handlers
    PREIMPORT["botocore.handlers"] = time.perf_counter() - start

_load = EntryPoint.load


def _timed_load(self):
    start = time.perf_counter()
    try:
        return _load(self)
    finally:
        LOADS[self.name] = time.perf_counter() - start


EntryPoint.load = _timed_load


def pytest_sessionfinish(session, exitstatus):
    names = ("pinpoint_fake", "pinpoint_fake.pytest_plugin", "botocore", "boto3", "moto")
    facts = {"modules": {name: name in sys.modules for name in names}, "loads": LOADS, "preimport": PREIMPORT}
    with open(os.environ["BENCH_FACTS"], "w") as file:
        json.dump(facts, file)
"""

TRIVIAL_TEST = """\
def test_trivial():
    assert 1 + 1 == 2
"""

IMPORT_MODULES = ("pinpoint_fake", "moto", "botocore.handlers", "boto3")


@dataclass
class StartupResult:
    imports: dict[str, list[float]]
    moto_loaded_by: dict[str, bool]
    pytest_on: list[float]
    pytest_off: list[float]
    modules_on: dict[str, bool]
    modules_off: dict[str, bool]
    plugin_load: list[float]
    split_handlers: list[float]
    split_plugin: list[float]

    def import_ms(self, module: str) -> float:
        return statistics.median(self.imports[module]) * 1e3

    @property
    def plugin_wall_ms(self) -> float:
        """Median over runs of (plugin on - plugin off), paired run by run."""
        pairs = zip(self.pytest_on, self.pytest_off, strict=True)
        return statistics.median(on - off for on, off in pairs) * 1e3


def subprocess_env(pycache: Path) -> dict[str, str]:
    """The caller's environment, bytecode caching on (into a private prefix), no pytest or moto settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MOTO_"))}
    for name in ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def bench_startup(plan: Plan) -> StartupResult:
    with tempfile.TemporaryDirectory(prefix="pinpoint-bench-") as directory:
        root = Path(directory)
        env = subprocess_env(root / "pycache")
        imports: dict[str, list[float]] = {module: [] for module in IMPORT_MODULES}
        moto_loaded_by: dict[str, bool] = {}
        for run in range(plan.import_runs + 1):  # run 0 fills the bytecode cache and is dropped
            order = IMPORT_MODULES if run % 2 == 0 else tuple(reversed(IMPORT_MODULES))
            for module in order:
                output = subprocess.run(
                    [sys.executable, "-c", IMPORT_PROBE.format(module=module)],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                if run:
                    imports[module].append(float(output[0]))
                moto_loaded_by[module] = output[1] == "True"

        project = root / "project"
        project.mkdir()
        (project / "bench_probe.py").write_text(PROBE_PLUGIN)
        (project / "test_trivial.py").write_text(TRIVIAL_TEST)
        facts_path = root / "facts.json"
        run_env = {**env, "BENCH_FACTS": str(facts_path)}
        base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "bench_probe"]
        commands = {
            "on": [*base, "test_trivial.py"],
            "off": [*base, "-p", "no:pinpoint_fake", "test_trivial.py"],
        }
        wall: dict[str, list[float]] = {"on": [], "off": []}
        facts: dict[str, dict[str, Any]] = {}
        plugin_load: list[float] = []
        for run in range(plan.pytest_runs + 1):
            for name in ("on", "off") if run % 2 == 0 else ("off", "on"):
                start = time.perf_counter()
                subprocess.run(commands[name], cwd=project, env=run_env, check=True, capture_output=True)
                elapsed = time.perf_counter() - start
                facts[name] = json.loads(facts_path.read_text())
                if run:
                    wall[name].append(elapsed)
                    if name == "on":
                        plugin_load.append(facts[name]["loads"]["pinpoint_fake"])
        assert "pinpoint_fake" not in facts["off"]["loads"]

        # The same run with botocore.handlers imported first (timed): the plugin's load is then its own.
        split_handlers: list[float] = []
        split_plugin: list[float] = []
        for _ in range(plan.split_runs):
            subprocess.run(
                commands["on"],
                cwd=project,
                env={**run_env, "BENCH_PREIMPORT": "1"},
                check=True,
                capture_output=True,
            )
            split = json.loads(facts_path.read_text())
            split_handlers.append(split["preimport"]["botocore.handlers"])
            split_plugin.append(split["loads"]["pinpoint_fake"])
    return StartupResult(
        imports,
        moto_loaded_by,
        wall["on"],
        wall["off"],
        facts["on"]["modules"],
        facts["off"]["modules"],
        plugin_load,
        split_handlers,
        split_plugin,
    )


# -- section 5: creating pools -------------------------------------------------------------------------------


@dataclass
class CreateResult:
    api_seconds: float
    seed_seconds: float
    pools: int


def bench_create(plan: Plan, mock: MockPinpoint, clients: Clients) -> CreateResult:
    api_client = clients.make(SERVICE, API_CREATE_REGION)
    api_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")
    seed_backend = mock.backend(SEED_CREATE_REGION)
    sender = seed_backend.seed_sender_id("ACME", "GB")
    chunk = plan.create_pools // plan.create_chunks
    api_seconds = seed_seconds = 0.0
    gc.collect()
    for _ in range(plan.create_chunks):
        start = time.perf_counter()
        for _ in range(chunk):
            api_client.create_pool(
                OriginationIdentity="ACME", IsoCountryCode="GB", MessageType="TRANSACTIONAL"
            )
        api_seconds += time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(chunk):
            seed_backend.seed_pool(origination_identities=[sender])
        seed_seconds += time.perf_counter() - start
    total = chunk * plan.create_chunks
    assert len(mock.backend(API_CREATE_REGION).pools) == total == len(seed_backend.pools)
    return CreateResult(api_seconds, seed_seconds, total)


# -- profiling -----------------------------------------------------------------------------------------------


def profile_fake(plan: Plan, mock: MockPinpoint, clients: Clients) -> str:
    """cProfile of the fake's describe_pools: its own code (pinpoint_fake/*) and the hook's share."""
    out = io.StringIO()
    backend = mock.backend("ap-southeast-2")
    client = clients.make(SERVICE, "ap-southeast-2")
    package = str(Path(pinpoint_fake.__file__).parent)
    for size in sorted(plan.profile_calls):
        while len(backend.pools) < size:
            backend.seed_pool()
        calls = plan.profile_calls[size]
        for _ in range(20):
            client.describe_pools()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(calls):
            client.describe_pools()
        profiler.disable()
        stats = pstats.Stats(profiler)
        raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
        total = max(entry[3] for entry in raw.values())
        answer = next(
            entry[3] for key, entry in raw.items() if key[0].startswith(package) and key[2] == "answer"
        )
        print(
            f"\n### cProfile, describe_pools, N={size}, {calls} calls (per call, under cProfile)\n", file=out
        )
        print(
            f"whole call {total / calls * 1e6:.0f} us; the fake's hook (hook.answer, cumulative) "
            f"{answer / calls * 1e6:.0f} us = {answer / total:.0%}\n",
            file=out,
        )
        rows = sorted(
            ((key, entry) for key, entry in raw.items() if key[0].startswith(package)),
            key=lambda item: item[1][3],
            reverse=True,
        )
        print("| function (pinpoint_fake) | calls/call | tottime us | cumtime us |", file=out)
        print("|---|---:|---:|---:|", file=out)
        for (path, line, name), entry in rows[:14]:
            where = f"{Path(path).name}:{line} {name}"
            ncalls, tottime, cumtime = entry[1] / calls, entry[2] / calls * 1e6, entry[3] / calls * 1e6
            print(f"| {where} | {ncalls:.1f} | {tottime:.1f} | {cumtime:.1f} |", file=out)
        callees = io.StringIO()
        stats_by_tottime = pstats.Stats(profiler, stream=callees).sort_stats("tottime")
        stats_by_tottime.print_stats(12)
        print("\nTop 12 by tottime, whole call (botocore included):\n```", file=out)
        print(_trim_pstats(callees.getvalue()), file=out)
        print("```", file=out)
    return out.getvalue()


def _trim_pstats(text: str) -> str:
    lines = text.strip().splitlines()
    start = next((index for index, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(lines[start:])


# -- reporting -----------------------------------------------------------------------------------------------


def machine() -> list[tuple[str, str]]:
    return [
        ("platform", platform.platform()),
        ("python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("cpu count", str(os.cpu_count())),
        ("processor", platform.processor() or platform.machine()),
        ("botocore", botocore.__version__),
        ("boto3", boto3.__version__),
        ("moto", moto.__version__),
    ]


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def render(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([render(headers), render(["-" * width for width in widths]), *map(render, rows)])


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def report(
    plan: Plan,
    calls: CallResult,
    paging: PagingResult,
    mocks: Samples,
    startup: StartupResult,
    create: CreateResult,
    markdown: bool,
) -> str:
    out: list[str] = []

    def heading(text: str) -> str:
        return f"\n## {text}\n" if markdown else f"\n{text}\n{'=' * len(text)}"

    out.append(heading("Machine"))
    out.append(table(["", ""], machine(), markdown))

    out.append(heading("1. describe_pools per call (median us; ratio = median of per-round ratios, IQR)"))
    rows: list[list[str]] = []

    def us_row(label: str, name: str) -> list[str]:
        return [label, *(f"{calls.samples[size].median_us(name):.0f}" for size in SIZES)]

    def ratio_row(label: str, name: str, base: str, target: float | None = None) -> list[str]:
        cells = []
        for size in SIZES:
            samples = calls.samples[size]
            value = samples.ratio(name, base)
            low, high = samples.spread(name, base)
            cell = f"{value:.3f} ({low:.2f}-{high:.2f})"
            if target is not None:
                cell += f" {verdict(value, target)}"
            cells.append(cell)
        return [label, *cells]

    rows.append(us_row("A. botocore Stubber, queued canned response (no wire)", "stubber"))
    rows.append(us_row("B. floor: before-send handler, prebuilt bytes of the fake's answer", "floor"))
    rows.append(us_row("fake: mock_pinpoint", "fake"))
    rows.append(
        ratio_row(f"fake / floor (target <= {TARGETS['fake/floor']})", "fake", "floor", TARGETS["fake/floor"])
    )
    rows.append(us_row("  of which the fake's own work: hook.answer() alone, same request", "fake alone"))
    cold = calls.samples[COLD_SIZE]
    cold_low, cold_high = cold.spread("fake, memos cleared", "floor")
    rows.append(
        [
            "info (no target): fake / floor, writer memos cleared before each call vs warm",
            *(
                f"cleared {cold.ratio('fake, memos cleared', 'floor'):.3f} ({cold_low:.2f}-{cold_high:.2f})"
                f" vs warm {cold.ratio('fake', 'floor'):.3f}; "
                f"{cold.median_us('fake, memos cleared'):.0f} vs {cold.median_us('fake'):.0f} us"
                if size == COLD_SIZE
                else "-"
                for size in SIZES
            ),
        ]
    )
    rows.append(us_row("C. moto: Step Functions list_state_machines (awsJson 1.0)", "moto"))
    rows.append(us_row("C floor: before-send handler, prebuilt bytes of moto's answer", "moto floor"))
    rows.append(ratio_row("moto / its own floor", "moto", "moto floor"))
    rows.append(ratio_row("moto / pinpoint floor (payloads differ)", "moto", "floor"))
    rows.append(ratio_row("floor / Stubber", "floor", "stubber"))
    out.append(table(["case", *(f"N={size}" for size in SIZES)], rows, markdown))
    out.append("")
    out.append(
        f"{plan.call_rounds} rounds, batches of {plan.call_batch} calls; payload sizes: "
        + "; ".join(calls.checks)
    )

    out.append(heading("2-5. Paging, activation, startup, creation"))
    page = paging.samples
    pages = plan.paging_pools // PAGE
    per_page_many = page.median_us("10,000 pools") / pages
    per_page_few = page.median_us("100 pools") / pages
    paging_ratio = page.ratio("10,000 pools", "100 pools")
    page_warm = paging.warm
    warm_ratio = page_warm.ratio("10,000 pools", "100 pools")
    mock_ratio = mocks.ratio("mock_pinpoint", "mock_aws")
    handlers_ms = startup.import_ms("botocore.handlers")
    plugin_ms = startup.plugin_wall_ms
    fake_import_ratio = startup.import_ms("pinpoint_fake") / startup.import_ms("moto")
    load_ms = statistics.median(startup.plugin_load) * 1e3
    split_handlers_ms = statistics.median(startup.split_handlers) * 1e3
    split_plugin_ms = statistics.median(startup.split_plugin) * 1e3
    other: list[list[str]] = [
        [
            f"2. per page, {plan.paging_pools:,} pools (MaxResults=100) vs 100 pools x{pages}, "
            "writer memos cleared before every page in both",
            f"{per_page_many:.0f} us vs {per_page_few:.0f} us",
            f"{paging_ratio:.3f}",
            f"<= {TARGETS['paging']} {verdict(paging_ratio, TARGETS['paging'])}",
        ],
        [
            f"2. the same, writer memos warm (the {plan.paging_pools:,} pools paged again and again)",
            f"{page_warm.median_us('10,000 pools') / pages:.0f} us"
            f" vs {page_warm.median_us('100 pools') / pages:.0f} us",
            f"{warm_ratio:.3f}",
            f"<= {TARGETS['paging']} {verdict(warm_ratio, TARGETS['paging'])}",
        ],
        [
            "3. mock_pinpoint() vs mock_aws() enter+exit",
            f"{mocks.median_us('mock_pinpoint'):.0f} us vs {mocks.median_us('mock_aws'):.0f} us",
            f"{mock_ratio:.3f}",
            f"<= {TARGETS['mock']} {verdict(mock_ratio, TARGETS['mock'])}",
        ],
        [
            "4. import pinpoint_fake vs import moto (fresh interpreter, warm bytecode cache)",
            f"{startup.import_ms('pinpoint_fake'):.0f} ms vs {startup.import_ms('moto'):.0f} ms",
            f"{fake_import_ratio:.3f}",
            "moto imported: " + ("YES" if startup.moto_loaded_by["pinpoint_fake"] else "no"),
        ],
        [
            "4. reference: import botocore.handlers / import boto3 (same)",
            f"{handlers_ms:.0f} ms / {startup.import_ms('boto3'):.0f} ms",
            "",
            "",
        ],
        [
            "4. pytest run of 1 trivial test, plugin on - off (wall, paired median)",
            f"{plugin_ms:+.0f} ms (runs {statistics.median(startup.pytest_on) * 1e3:.0f} ms"
            f" vs {statistics.median(startup.pytest_off) * 1e3:.0f} ms)",
            "",
            f"<= handlers + 10 = {handlers_ms + 10:.0f} ms {verdict(plugin_ms, handlers_ms + 10)}",
        ],
        [
            "4. plugin entry-point load inside pytest (import, via the assertion rewriter)",
            f"{load_ms:.0f} ms",
            "",
            f"<= handlers + 10 = {handlers_ms + 10:.0f} ms {verdict(load_ms, handlers_ms + 10)}",
        ],
        [
            "4. same, botocore.handlers imported first in that pytest: handlers / plugin's own",
            f"{split_handlers_ms:.0f} ms / {split_plugin_ms:.1f} ms",
            "",
            f"own <= 10 ms {verdict(split_plugin_ms, TARGETS['plugin_ms'])}",
        ],
        [
            "4. modules present after a pytest run that never uses the plugin (on / off)",
            ", ".join(
                f"{name} {'yes' if startup.modules_on.get(name) else 'no'}/"
                f"{'yes' if startup.modules_off.get(name) else 'no'}"
                for name in ("moto", "boto3", "botocore")
            ),
            "",
            "moto not imported: " + ("MISSED" if startup.modules_on.get("moto") else "ok"),
        ],
        [
            f"5. create {create.pools:,} pools: API create_pool vs seed_pool",
            f"{create.api_seconds:.2f} s vs {create.seed_seconds:.2f} s"
            f" ({create.api_seconds / create.pools * 1e6:.0f} vs "
            f"{create.seed_seconds / create.pools * 1e6:.0f} us/pool)",
            f"{create.api_seconds / create.seed_seconds:.1f}",
            "",
        ],
        [
            f"2. setup: seed_pool x{plan.paging_pools:,} (default attributes, no identities)",
            f"{paging.seed_seconds:.2f} s ({paging.seed_seconds / plan.paging_pools * 1e6:.0f} us/pool)",
            "",
            "",
        ],
    ]
    out.append(table(["measure", "values (median)", "ratio", "target"], other, markdown))
    return "\n".join(out)


def per_test_section(plan: Plan, result: per_test.PerTestResult, markdown: bool) -> str:
    heading = "6. Per test, whole pytest runs (ms; ratio = median of per-round ratios of overheads, IQR)"
    lines = [f"\n## {heading}\n" if markdown else f"\n{heading}\n{'=' * len(heading)}"]
    lines.append(table(per_test.HEADINGS, per_test.rows(result), markdown))
    lines.append("")
    lines.append(
        f"{result.tests} generated tests per pattern, {plan.per_test_rounds} interleaved rounds (after a"
        " warm-up round); per test = mean over a run's tests but the first (which pays the imports)."
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run (fewer repetitions)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--profile", action="store_true", help="also cProfile the fake's describe_pools")
    parser.add_argument("--per-test", action="store_true", help="section 6 alone (whole pytest runs)")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    began = time.perf_counter()

    def progress(text: str) -> None:
        print(f"[{time.perf_counter() - began:6.1f}s] {text}", file=sys.stderr, flush=True)

    progress(f"6. per-test cost: {PER_TEST_TESTS} tests per pattern, {plan.per_test_rounds} round(s)")
    per_tests = per_test.bench_per_test(PER_TEST_TESTS, plan.per_test_rounds, progress)
    per_test_report = per_test_section(plan, per_tests, args.markdown)
    if args.per_test:
        print(per_test_report)
        return 0

    progress("4. imports and pytest startup (subprocesses)")
    startup = bench_startup(plan)
    clients_mock = mock_pinpoint()
    with clients_mock as mock:
        clients = Clients()
        progress("1. describe_pools per call")
        calls = bench_calls(plan, mock, clients)
        progress("2. paging")
        paging = bench_paging(plan, mock, clients)
        progress("5. creating pools")
        create = bench_create(plan, mock, clients)
        profile = profile_fake(plan, mock, clients) if args.profile else ""
    progress("3. mock enter+exit")
    mocks = bench_mocks(plan)
    progress("done")
    print(report(plan, calls, paging, mocks, startup, create, args.markdown))
    print(per_test_report)
    if profile:
        print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
