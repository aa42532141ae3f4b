"""``ThreadedPinpointServer``: the endpoint in a thread of this process, started and stopped from Python.

Like moto's ``ThreadedMotoServer``, it shares the process's registries: what a test seeds with
``pinpoint_backends`` or ``mock.backend()`` is what the endpoint serves, and the other way round. It binds
127.0.0.1 and a free port unless told otherwise. Clients in this process reach it over HTTP only outside a
mock: inside one, the in-process hook answers them before any request is sent (from the same registry).
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .app import MAX_BODY_BYTES, PinpointServerApp


class QuietRequestHandler(WSGIRequestHandler):
    """Logs no line per request (werkzeug's handler logs every one)."""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass


class ThreadedPinpointServer:
    """``with ThreadedPinpointServer() as server:`` (``server.endpoint_url``), or ``start()``/``stop()``."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        verbose: bool = False,
    ) -> None:
        """``port=0`` takes a free port (``get_host_and_port()`` names it); ``verbose`` logs each request."""
        self._host = host
        self._port = port
        self._verbose = verbose
        self.app = PinpointServerApp(max_body_bytes)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> ThreadedPinpointServer:
        if self._server is not None:
            raise RuntimeError("The server is running already.")
        handler = WSGIRequestHandler if self._verbose else QuietRequestHandler
        server = make_server(self._host, self._port, self.app, threaded=True, request_handler=handler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name="pinpoint-fake-server", daemon=True
        )  # polls for stop() every 50 ms
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            raise RuntimeError("Called stop() before start().")
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()
        self._server = self._thread = None

    def get_host_and_port(self) -> tuple[str, int]:
        if self._server is None:
            raise RuntimeError("Call start() first.")
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def endpoint_url(self) -> str:
        """``http://host:port``, for an SDK's ``endpoint_url`` or the AWS CLI's ``--endpoint-url``."""
        host, port = self.get_host_and_port()
        return f"http://{host}:{port}"

    def __enter__(self) -> ThreadedPinpointServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
