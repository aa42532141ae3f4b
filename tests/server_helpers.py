"""The HTTP endpoint for the tests: a ``ThreadedPinpointServer`` a test, clients pointed at it, raw requests.

The server binds 127.0.0.1 on a free port; tests that use it allow connections to 127.0.0.1 only
(``LOOPBACK_ONLY``). No mock is active in them, so a boto3 client really sends its request over loopback.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from moto.core.base_backend import BackendDict

from pinpoint_fake import ThreadedPinpointServer
from pinpoint_fake.pytest_plugin import new_client

LOOPBACK_ONLY = pytest.mark.allow_hosts(["127.0.0.1"])
SERVICE = "pinpoint-sms-voice-v2"
REGION = "us-east-1"
CREDENTIALS = {"aws_access_key_id": "AKIAFAKEFAKEFAKEFAKE", "aws_secret_access_key": "fake-secret"}
SIGNED = (  # a SigV4 Authorization header of the service (the endpoint, like moto's, checks no signature)
    "AWS4-HMAC-SHA256 Credential=AKIAFAKEFAKEFAKEFAKE/20261126/us-east-1/sms-voice/aws4_request, "
    "SignedHeaders=host, Signature=0"
)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadedPinpointServer]:
    """An endpoint on a free port of 127.0.0.1, over an empty registry of every service."""
    for name in ("MOTO_ACCOUNT_ID", "AWS_ENDPOINT_URL", "AWS_PROFILE", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    BackendDict.reset()
    with ThreadedPinpointServer() as running:
        yield running
    BackendDict.reset()


def client_of(
    server: ThreadedPinpointServer, service: str = SERVICE, region: str = REGION, **kwargs: Any
) -> Any:
    """A boto3 client pointed at the endpoint, signing with fixed test credentials (or ``kwargs``')."""
    if service == SERVICE:
        return new_client(region, endpoint_url=server.endpoint_url, **{**CREDENTIALS, **kwargs})
    import boto3

    return boto3.Session().client(
        service, region_name=region, endpoint_url=server.endpoint_url, **{**CREDENTIALS, **kwargs}
    )


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def document(self) -> Any:
        return json.loads(self.body)


def raw(
    server: ThreadedPinpointServer,
    body: bytes | None = b"{}",
    *,
    method: str = "POST",
    path: str = "/",
    headers: dict[str, str] | None = None,
    chunked: bool = False,
) -> Answer:
    """One HTTP request as any client could send it, and the answer."""
    host, port = server.get_host_and_port()
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        if chunked:
            connection.putrequest(method, path)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            connection.putheader("Transfer-Encoding", "chunked")
            connection.endheaders()
            assert body is not None
            for start in range(0, len(body), 65536):
                piece = body[start : start + 65536]
                connection.send(b"%x\r\n%s\r\n" % (len(piece), piece))
            connection.send(b"0\r\n\r\n")
        else:
            connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        connection.close()


def call(server: ThreadedPinpointServer, target: str | None, body: bytes = b"{}", **headers: str) -> Answer:
    """A request of this service's wire format, signed for it unless ``authorization=""``."""
    sent = {"Content-Type": "application/x-amz-json-1.0", "Authorization": SIGNED}
    if target is not None:
        sent["X-Amz-Target"] = target
    for name, value in headers.items():
        sent[name.replace("_", "-").title()] = value
    return raw(server, body, headers={name: value for name, value in sent.items() if value})


def admin(
    server: ThreadedPinpointServer, route: str, document: Any = None, method: str = "POST", **query: str
) -> Answer:
    """A request of the reserved JSON API (``/pinpoint-api/<route>``)."""
    path = f"/pinpoint-api/{route}"
    if query:
        path += "?" + "&".join(f"{name}={value}" for name, value in query.items())
    body = None if document is None else json.dumps(document).encode()
    return raw(server, body, method=method, path=path, headers={"Content-Type": "application/json"})


def service(server: ThreadedPinpointServer, operation: str, **members: Any) -> Answer:
    """One operation of the service as a client of another language sends it: JSON 1.0, signed."""
    return call(server, f"PinpointSMSVoiceV2.{operation}", json.dumps(members).encode())
