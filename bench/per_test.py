"""What a test that uses the fake costs, in whole pytest runs (section 6 of ``bench/run.py``).

N generated tests per pattern, each making one call, the way a new user writes them:

- ``bare``: a pytest test that touches no AWS (the floor every pattern is measured above);
- ``pinpoint_client``: the plugin's fixture and one ``describe_pools``;
- ``@mock_pinpoint``: the decorator, ``boto3.client(...)`` and one ``describe_pools`` (the README's first
  example);
- ``with mock_pinpoint()``: the context manager, ``boto3.client(...)`` and one ``describe_pools``;
- ``moto @mock_aws``: the anchor, ``boto3.client("sqs")`` and one ``list_queues`` (what any moto user pays).

Each pattern is one pytest subprocess of this process; a round runs all of them, the order alternating
round by round. A probe plugin times every test's whole protocol (setup, call, teardown) inside pytest; a
pattern's per-test cost in a round is the mean over its tests but the first (which pays the imports: see
section 4), its overhead is that minus the bare test's in the same round, and a ratio is the median over
rounds of the ratio within a round. The wall time of each run, per test above the bare run, is reported
beside it (it carries the imports and the interpreter's start and end).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PATTERNS = ("bare", "pinpoint_client", "@mock_pinpoint", "with mock_pinpoint()", "moto @mock_aws")
ANCHOR = "moto @mock_aws"
TARGETS = {"pinpoint_client": 0.06, "@mock_pinpoint": 0.10}

HEADERS = {
    "bare": "",
    "pinpoint_client": "from typing import Any\n",
    "@mock_pinpoint": "import boto3\n\nfrom pinpoint_fake import mock_pinpoint\n",
    "with mock_pinpoint()": "import boto3\n\nfrom pinpoint_fake import mock_pinpoint\n",
    "moto @mock_aws": "import boto3\nfrom moto import mock_aws\n",
}
BODIES = {
    "bare": """
def test_{index}() -> None:
    assert [] == []
""",
    "pinpoint_client": """
def test_{index}(pinpoint_client: Any) -> None:
    assert pinpoint_client.describe_pools()["Pools"] == []
""",
    "@mock_pinpoint": """
@mock_pinpoint
def test_{index}() -> None:
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    assert client.describe_pools()["Pools"] == []
""",
    "with mock_pinpoint()": """
def test_{index}() -> None:
    with mock_pinpoint():
        client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
        assert client.describe_pools()["Pools"] == []
""",
    "moto @mock_aws": """
@mock_aws
def test_{index}() -> None:
    client = boto3.client("sqs", region_name="us-east-1")
    assert client.list_queues().get("QueueUrls", []) == []
""",
}

# Loaded with -p: the duration of every test's runtest protocol, in the order run, into BENCH_DURATIONS.
PROBE = """\
import json, os, time

import pytest

DURATIONS = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = time.perf_counter()
    yield
    DURATIONS.append(time.perf_counter() - start)


def pytest_sessionfinish(session, exitstatus):
    with open(os.environ["BENCH_DURATIONS"], "w") as file:
        json.dump(DURATIONS, file)
"""


@dataclass
class PerTestResult:
    """Per round and pattern: the steady per-test time (s) and the wall time of the whole run (s)."""

    tests: int
    per_test: dict[str, list[float]]
    wall: dict[str, list[float]]

    def overhead(self, pattern: str) -> list[float]:
        """Per round: the pattern's per-test time above the bare test's."""
        return [a - b for a, b in zip(self.per_test[pattern], self.per_test["bare"], strict=True)]

    def overhead_ms(self, pattern: str) -> float:
        return statistics.median(self.overhead(pattern)) * 1e3

    def per_test_ms(self, pattern: str) -> float:
        return statistics.median(self.per_test[pattern]) * 1e3

    def wall_overhead_ms(self, pattern: str) -> float:
        """Median over rounds of (the run's wall time - the bare run's) / N."""
        pairs = zip(self.wall[pattern], self.wall["bare"], strict=True)
        return statistics.median((a - b) / self.tests for a, b in pairs) * 1e3

    def ratios(self, pattern: str) -> list[float]:
        pairs = zip(self.overhead(pattern), self.overhead(ANCHOR), strict=True)
        return sorted(mine / anchor for mine, anchor in pairs)

    def ratio(self, pattern: str) -> float:
        """Median over rounds of (pattern's overhead / moto's overhead) within the round."""
        return statistics.median(self.ratios(pattern))

    def spread(self, pattern: str) -> tuple[float, float]:
        ratios = self.ratios(pattern)
        if len(ratios) < 4:
            return ratios[0], ratios[-1]
        quartiles = statistics.quantiles(ratios, n=4)
        return quartiles[0], quartiles[2]


def write_project(root: Path, tests: int) -> dict[str, Path]:
    """One test file per pattern, ``tests`` tests each, and the probe plugin."""
    (root / "bench_per_test_probe.py").write_text(PROBE)
    files = {}
    for number, pattern in enumerate(PATTERNS):
        path = root / f"test_pattern_{number}.py"
        body = "".join(BODIES[pattern].format(index=index) for index in range(tests))
        path.write_text(f'"""{pattern}"""\n\nfrom __future__ import annotations\n\n{HEADERS[pattern]}{body}')
        files[pattern] = path
    return files


def subprocess_env(pycache: Path) -> dict[str, str]:
    """The caller's environment, bytecode caching on (into a private prefix), no pytest or moto settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "MOTO_"))}
    for name in ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def bench_per_test(
    tests: int, rounds: int, progress: object = None, patterns: tuple[str, ...] = PATTERNS
) -> PerTestResult:
    """Run every pattern's file ``rounds`` times, interleaved; a warm-up round (dropped) fills the caches."""
    per_test: dict[str, list[float]] = {pattern: [] for pattern in patterns}
    wall: dict[str, list[float]] = {pattern: [] for pattern in patterns}
    with tempfile.TemporaryDirectory(prefix="pinpoint-per-test-") as directory:
        root = Path(directory)
        project = root / "project"
        project.mkdir()
        files = write_project(project, tests)
        durations_path = root / "durations.json"
        env = {**subprocess_env(root / "pycache"), "BENCH_DURATIONS": str(durations_path)}
        options = ["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-p", "bench_per_test_probe"]
        for round_number in range(rounds + 1):
            order = patterns if round_number % 2 == 0 else tuple(reversed(patterns))
            for pattern in order:
                command = [sys.executable, "-m", "pytest", *options, files[pattern].name]
                start = time.perf_counter()
                completed = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
                elapsed = time.perf_counter() - start
                if completed.returncode != 0:
                    raise RuntimeError(f"{pattern}: pytest failed\n{completed.stdout[-3000:]}")
                durations = json.loads(durations_path.read_text())
                assert len(durations) == tests, (pattern, len(durations))
                if round_number:  # round 0 warms the bytecode cache and the file system
                    per_test[pattern].append(statistics.fmean(durations[1:]))
                    wall[pattern].append(elapsed)
            if callable(progress):
                progress(f"6. per-test round {round_number}/{rounds} done")
    return PerTestResult(tests, per_test, wall)


def rows(result: PerTestResult) -> list[list[str]]:
    """The report's rows: pattern, per test, above bare, ratio to moto (IQR), wall above bare, target."""
    table = []
    for pattern in result.per_test:
        if pattern == "bare" or ANCHOR not in result.per_test:
            cells = ["-" if pattern == "bare" else f"{result.overhead_ms(pattern):.1f}", "-", "-", "-"]
        else:
            low, high = result.spread(pattern)
            ratio = "1" if pattern == ANCHOR else f"{result.ratio(pattern):.3f} ({low:.2f}-{high:.2f})"
            target = TARGETS.get(pattern)
            verdict = (
                ""
                if target is None
                else f"<= {target} " + ("ok" if result.ratio(pattern) <= target else "MISSED")
            )
            cells = [
                f"{result.overhead_ms(pattern):.1f}",
                ratio,
                f"{result.wall_overhead_ms(pattern):.1f}",
                verdict,
            ]
        table.append([pattern, f"{result.per_test_ms(pattern):.1f}", *cells])
    return table


HEADINGS = [
    "pattern",
    "per test, ms",
    "above bare, ms",
    "/ moto's",
    "wall above bare / N, ms",
    "target",
]
