"""``python -m pinpoint_fake.server`` / ``pinpoint-fake-server``: serve the endpoint until stopped.

It binds 127.0.0.1 unless ``--host`` says otherwise; the port is ``--port``, else ``MOTO_PORT``, else 5000
(moto's server's default: this endpoint stands in for it). ``--port 0`` takes a free port. The first line on
standard output names the URL it serves.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server

from .app import MAX_BODY_BYTES, PinpointServerApp
from .threaded import QuietRequestHandler


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pinpoint-fake-server",
        description="Serve AWS End User Messaging SMS (pinpoint-sms-voice-v2) from pinpoint_fake, and every "
        "other AWS service from moto, over HTTP.",
    )
    parser.add_argument("-H", "--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument(
        "-p",
        "--port",
        type=int,
        default=int(os.environ.get("MOTO_PORT", "5000")),
        help="port to listen on (default: $MOTO_PORT, else 5000; 0 takes a free port)",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=MAX_BODY_BYTES,
        help=f"largest request body this service reads; larger ones get 413 (default: {MAX_BODY_BYTES})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="log no line per request")
    return parser


def _exit(signum: int, frame: Any) -> None:
    sys.exit(0)  # a clean exit: atexit handlers (coverage's, say) run


def main(argv: list[str] | None = None) -> None:
    arguments = _parser().parse_args(argv)
    application = PinpointServerApp(arguments.max_body_bytes)
    handler = QuietRequestHandler if arguments.quiet else WSGIRequestHandler
    server = make_server(arguments.host, arguments.port, application, threaded=True, request_handler=handler)
    host, port = arguments.host, server.port
    os.environ.setdefault("MOTO_PORT", str(port))  # moto builds some URLs (SQS queue URLs, say) from it
    signal.signal(signal.SIGTERM, _exit)
    print(f"pinpoint_fake serving on http://{host}:{port} (Ctrl+C to stop)", flush=True)
    server.serve_forever()  # werkzeug's: returns on Ctrl+C, having closed the socket


if __name__ == "__main__":
    main()
