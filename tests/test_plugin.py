"""The pytest plugin, exercised in generated test sessions (``pytester``)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# pytester drops every module an inner session imports first; imported here they load once, not per run.
import boto3  # noqa: F401
import moto  # noqa: F401
import pytest

import pinpoint_fake.activation  # noqa: F401

pytest_plugins = ["pytester"]

# The generated files, kept short: a helper module every generated test imports.
HELPERS = """
from __future__ import annotations

from typing import Any


def create_pool(client: Any) -> str:
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = client.create_pool(OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL")
    return str(pool["PoolId"])


def pool_ids(client: Any) -> list[str]:
    return [pool["PoolId"] for pool in client.describe_pools()["Pools"]]
"""


@pytest.fixture
def generated(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(pool_helpers=HELPERS)
    pytester.syspathinsert()
    return pytester


# Inner sessions run in order, reject undeclared markers, cannot reach the network and skip hypothesis'
# plugin (its terminal summary imports hypothesis afresh in every inner session: ~1 s each).
INNER_OPTIONS = ("-p", "no:randomly", "-p", "no:hypothesispytest", "--strict-markers", "--disable-socket")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*INNER_OPTIONS, *args)


def test_pinpoint_client_answers_through_the_fake(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        from pool_helpers import create_pool, pool_ids


        def test_pool(pinpoint_client: Any) -> None:
            pool_id = create_pool(pinpoint_client)
            assert pool_ids(pinpoint_client) == [pool_id]
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_pinpoint_mock_reaches_the_backend_the_client_uses(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        from pinpoint_fake import MockPinpoint
        from pool_helpers import pool_ids


        def test_seeded(pinpoint_mock: MockPinpoint, pinpoint_client: Any) -> None:
            pool = pinpoint_mock.backend().seed_pool(status="CREATING")
            assert pool_ids(pinpoint_client) == [pool.pool_id]
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_pinpoint_mock_is_active_during_the_test(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from pinpoint_fake import MockPinpoint
        from pinpoint_fake.hook import mocking_enabled


        def test_active(pinpoint_mock: MockPinpoint) -> None:
            assert mocking_enabled() is True
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_pinpoint_mock_stops_after_its_test(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from pinpoint_fake import MockPinpoint
        from pinpoint_fake.hook import mocking_enabled


        def test_uses_the_mock(pinpoint_mock: MockPinpoint) -> None:
            pass


        def test_runs_after_it() -> None:
            assert mocking_enabled() is False
        """
    )
    run(generated).assert_outcomes(passed=2)


def test_pinpoint_client_defaults_to_us_east_1(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any


        def test_region(pinpoint_client: Any) -> None:
            assert pinpoint_client.meta.region_name == "us-east-1"
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_pinpoint_region_marker_sets_the_client_region(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        import pytest


        @pytest.mark.pinpoint_region("eu-west-2")
        def test_region(pinpoint_client: Any) -> None:
            assert pinpoint_client.meta.region_name == "eu-west-2"
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_pinpoint_region_marker_on_a_class_sets_the_client_region(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        import pytest


        @pytest.mark.pinpoint_region("ap-southeast-2")
        class TestSydney:
            def test_region(self, pinpoint_client: Any) -> None:
                assert pinpoint_client.meta.region_name == "ap-southeast-2"
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_overriding_the_pinpoint_region_fixture_sets_the_client_region(generated: pytest.Pytester) -> None:
    generated.makeconftest(
        """
        from __future__ import annotations

        import pytest


        @pytest.fixture
        def pinpoint_region() -> str:
            return "ca-central-1"
        """
    )
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any


        def test_region(pinpoint_client: Any) -> None:
            assert pinpoint_client.meta.region_name == "ca-central-1"
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_client_answers_in_the_region_it_is_given(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        import pytest
        from pinpoint_fake import MockPinpoint
        from pool_helpers import create_pool


        @pytest.mark.pinpoint_region("eu-west-2")
        def test_pool_lands_in_eu_west_2(pinpoint_mock: MockPinpoint, pinpoint_client: Any) -> None:
            pool_id = create_pool(pinpoint_client)
            stored = [pool.pool_id for pool in pinpoint_mock.backend("eu-west-2").pools.values()]
            assert (stored, len(pinpoint_mock.backend("us-east-1").pools)) == ([pool_id], 0)
        """
    )
    run(generated).assert_outcomes(passed=1)


def test_state_does_not_leak_between_tests(generated: pytest.Pytester) -> None:
    generated.makepyfile(
        """
        from __future__ import annotations

        from typing import Any

        from pool_helpers import create_pool, pool_ids


        def test_first(pinpoint_client: Any) -> None:
            pool_id = create_pool(pinpoint_client)
            assert pool_ids(pinpoint_client) == [pool_id]


        def test_second(pinpoint_client: Any) -> None:
            pool_id = create_pool(pinpoint_client)
            assert pool_ids(pinpoint_client) == [pool_id]
        """
    )
    run(generated).assert_outcomes(passed=2)


def test_a_pinpoint_client_is_never_the_client_of_an_earlier_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from typing import Any

        SEEN: list[Any] = []


        def spy(**kwargs: Any) -> None:
            raise AssertionError("a handler of the first test ran in the second")


        def test_first(pinpoint_client: Any) -> None:
            pinpoint_client.meta.events.register("before-call", spy)
            SEEN.append(pinpoint_client)


        def test_second(pinpoint_client: Any) -> None:
            assert pinpoint_client is not SEEN[0]
            assert pinpoint_client.describe_pools()["Pools"] == []
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_pinpoint_region_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = run(pytester, "--markers")
    result.stdout.fnmatch_lines(
        ["@pytest.mark.pinpoint_region(name): the region of the pinpoint_client fixture (default us-east-1)"]
    )


def test_plugin_is_registered_through_its_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_nothing() -> None: pass")
    result = run(pytester, "--trace-config")
    result.stdout.fnmatch_lines(
        [
            "registered third-party plugins:",
            "*pinpoint-fake-* at *pinpoint_fake*pytest_plugin.py",
            "active plugins:",
            "*pinpoint_fake *: *pinpoint_fake*pytest_plugin.py",
        ]
    )


def test_plugin_is_registered_under_the_entry_point_name(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from __future__ import annotations

        import pytest

        import pinpoint_fake.pytest_plugin


        def test_registered(pytestconfig: pytest.Config) -> None:
            assert pytestconfig.pluginmanager.get_plugin("pinpoint_fake") is pinpoint_fake.pytest_plugin
        """
    )
    run(pytester).assert_outcomes(passed=1)


def test_disabling_the_plugin_by_its_entry_point_name_removes_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from typing import Any


        def test_client(pinpoint_client: Any) -> None:
            pass
        """
    )
    result = run(pytester, "-p", "no:pinpoint_fake")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'pinpoint_client' not found*"])


def test_importing_the_plugin_imports_neither_moto_nor_boto3() -> None:
    code = textwrap.dedent(
        """
        import json
        import sys

        import pinpoint_fake.pytest_plugin

        print(json.dumps(sorted(name for name in ("moto", "boto3") if name in sys.modules)))
        """
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(completed.stdout) == []
