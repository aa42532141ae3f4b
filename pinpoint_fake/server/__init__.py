"""The HTTP endpoint: this service for any SDK or tool pointed at it, and every other AWS service through
moto's server application on the same port.

- ``python -m pinpoint_fake.server`` (or ``pinpoint-fake-server``) serves it; ``--help`` lists the options.
- ``ThreadedPinpointServer`` starts and stops it in a thread of a Python process (tests).
- ``PinpointServerApp`` is the WSGI application both serve.

Importing this package imports werkzeug (a dependency of moto), not moto's server application: that is made
on the first request for another service (``pip install 'pinpoint-fake[server]'`` brings what it needs).
"""

from __future__ import annotations

from .app import MAX_BODY_BYTES, PinpointServerApp
from .threaded import ThreadedPinpointServer

__all__ = ["MAX_BODY_BYTES", "PinpointServerApp", "ThreadedPinpointServer"]
