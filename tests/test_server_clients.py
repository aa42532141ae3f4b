"""Clients nobody on this team wrote, against the HTTP endpoint: the AWS CLI v1 and the AWS SDK for
JavaScript v3, each in a child process; and the endpoint's own command line.

The children reach 127.0.0.1 only: they are given the endpoint's URL, credentials, a region, no
configuration files and no instance-metadata lookup. The JavaScript part needs node and
``npm ci --prefix tests/js`` (CI runs it where npm exists); without them it is skipped, saying which.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pinpoint_fake import ThreadedPinpointServer

from .helpers import request_number
from .server_helpers import LOOPBACK_ONLY, admin, client_of, server

pytestmark = LOOPBACK_ONLY
__all__ = ["server"]  # the fixture

JS = Path(__file__).parent / "js"
JS_SDK = JS / "node_modules" / "@aws-sdk" / "client-pinpoint-sms-voice-v2"


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """A child client's environment: fixed credentials and region, no AWS configuration of the machine."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    env.update(
        AWS_ACCESS_KEY_ID="AKIAFAKEFAKEFAKEFAKE",
        AWS_SECRET_ACCESS_KEY="fake-secret",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_REGION="us-east-1",
        AWS_CONFIG_FILE=str(tmp_path / "no-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "no-credentials"),
        AWS_EC2_METADATA_DISABLED="true",
        AWS_MAX_ATTEMPTS="1",
    )
    return env


# -- the AWS CLI v1 --------------------------------------------------------------------------------------


def aws(
    server: ThreadedPinpointServer, env: dict[str, str], *arguments: str
) -> subprocess.CompletedProcess[str]:
    """``aws <arguments> --endpoint-url <the endpoint> --output json`` in a child process."""
    pytest.importorskip("awscli", reason="the AWS CLI v1 is not installed (the test extra has it)")
    command = [
        sys.executable,
        "-m",
        "awscli",
        *arguments,
        "--endpoint-url",
        server.endpoint_url,
        "--output",
        "json",
    ]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_the_aws_cli_requests_numbers_and_builds_a_pool(
    server: ThreadedPinpointServer, child_env: dict[str, str]
) -> None:
    requested = aws(
        server,
        child_env,
        "pinpoint-sms-voice-v2",
        "request-phone-number",
        "--iso-country-code",
        "US",
        "--message-type",
        "TRANSACTIONAL",
        "--number-capabilities",
        "SMS",
        "--number-type",
        "SIMULATOR",
    )
    assert requested.returncode == 0, requested.stderr
    number = json.loads(requested.stdout)
    pool = aws(
        server,
        child_env,
        "pinpoint-sms-voice-v2",
        "create-pool",
        "--origination-identity",
        number["PhoneNumberId"],
        "--message-type",
        "TRANSACTIONAL",
    )
    assert pool.returncode == 0, pool.stderr
    listed = aws(server, child_env, "pinpoint-sms-voice-v2", "describe-pools")
    assert [p["PoolId"] for p in json.loads(listed.stdout)["Pools"]] == [json.loads(pool.stdout)["PoolId"]]
    assert [p["PoolId"] for p in client_of(server).describe_pools()["Pools"]] == [
        json.loads(pool.stdout)["PoolId"]
    ]


def test_the_aws_cli_sees_seeded_state_and_modeled_errors(
    server: ThreadedPinpointServer, child_env: dict[str, str]
) -> None:
    seeded = admin(server, "seed/pool", {"Status": "CREATING"}).document
    listed = aws(server, child_env, "pinpoint-sms-voice-v2", "describe-pools", "--pool-ids", seeded["PoolId"])
    assert [(p["PoolId"], p["Status"]) for p in json.loads(listed.stdout)["Pools"]] == [
        (seeded["PoolId"], "CREATING")
    ]
    missing = aws(server, child_env, "pinpoint-sms-voice-v2", "describe-pools", "--pool-ids", "pool-missing")
    assert missing.returncode == 255  # the AWS CLI v1's exit status for a service error
    assert "(ResourceNotFoundException) when calling the DescribePools operation" in missing.stderr


def test_the_aws_cli_reaches_motos_services_on_the_same_port(
    server: ThreadedPinpointServer, child_env: dict[str, str]
) -> None:
    created = aws(server, child_env, "sns", "create-topic", "--name", "inbound-sms")
    assert created.returncode == 0, created.stderr
    topic = json.loads(created.stdout)["TopicArn"]
    assert client_of(server, "sns").list_topics()["Topics"] == [{"TopicArn": topic}]


# -- the AWS SDK for JavaScript v3 ----------------------------------------------------------------------


def test_the_javascript_sdk_speaks_to_the_endpoint(
    server: ThreadedPinpointServer, child_env: dict[str, str]
) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH: the AWS SDK for JavaScript v3 client test needs it")
    if not JS_SDK.exists():
        pytest.skip("the AWS SDK for JavaScript v3 is not installed: run `npm ci --prefix tests/js`")
    child_env["PINPOINT_ENDPOINT"] = server.endpoint_url
    run = subprocess.run(
        [node, str(JS / "client.mjs")],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    seen: dict[str, Any] = json.loads(run.stdout)
    assert seen["numbers"] == ["+12065550100", "+12065550101"]
    assert seen["pools"] == [[seen["poolId"], "ACTIVE", True]]
    assert seen["paged"] == [[seen["numberIds"][0]], [seen["numberIds"][1]]]
    assert seen["missing"] == {
        "name": "ResourceNotFoundException",
        "status": 400,
        "notFound": True,
        "invalid": False,
        "ResourceType": "pool",
        "ResourceId": "pool-missing",
    }
    assert (seen["invalid"]["name"], seen["invalid"]["invalid"], seen["invalid"]["Reason"]) == (
        "ValidationException",
        True,
        "FIELD_VALIDATION_FAILED",
    )
    assert [p["PoolId"] for p in client_of(server).describe_pools()["Pools"]] == [seen["poolId"]]


# -- aiobotocore, outside any mock ----------------------------------------------------------------------


def test_an_aiobotocore_client_outside_a_mock_reaches_the_endpoint(server: ThreadedPinpointServer) -> None:
    """Outside a mock the hook steps aside for an async client too, and aiohttp sends the request."""
    aio_client = pytest.importorskip("tests.async_clients").aio_client

    async def scenario() -> tuple[str, list[str]]:
        credentials = {"aws_access_key_id": "AKIAFAKEFAKEFAKEFAKE", "aws_secret_access_key": "fake-secret"}
        async with aio_client(endpoint_url=server.endpoint_url, **credentials) as client:
            number = await client.request_phone_number(
                IsoCountryCode="US",
                MessageType="TRANSACTIONAL",
                NumberCapabilities=["SMS"],
                NumberType="SIMULATOR",
            )
            pages = client.get_paginator("describe_phone_numbers").paginate()
            return number["PhoneNumberId"], [
                n["PhoneNumberId"] async for page in pages for n in page["PhoneNumbers"]
            ]

    number_id, listed = asyncio.run(scenario())
    assert listed == [number_id]
    assert [n["PhoneNumberId"] for n in client_of(server).describe_phone_numbers()["PhoneNumbers"]] == [
        number_id
    ]


# -- the command line ------------------------------------------------------------------------------------


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_command_line_serves_on_loopback_and_the_port_it_is_given(
    child_env: dict[str, str], stop: signal.Signals
) -> None:
    command = [sys.executable, "-m", "pinpoint_fake.server", "--port", "0", "--quiet"]
    child = subprocess.Popen(
        command, env=child_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        first_line = child.stdout.readline()
        url = first_line.split()[3]
        assert url.startswith("http://127.0.0.1:"), first_line
        number = request_number(_client_at(url))
        assert number["PhoneNumber"] == "+12065550100"
    finally:
        child.send_signal(stop)
        _, errors = child.communicate(timeout=30)
    assert child.returncode == 0, errors


def _client_at(url: str) -> Any:
    from pinpoint_fake.pytest_plugin import new_client

    return new_client(
        "us-east-1",
        endpoint_url=url,
        aws_access_key_id="AKIAFAKEFAKEFAKEFAKE",
        aws_secret_access_key="fake-secret",
    )


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "pinpoint-fake-server"
    run = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert "--max-body-bytes" in run.stdout
    assert "default: 127.0.0.1" in run.stdout
