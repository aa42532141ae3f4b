"""Protect configurations' verdicts on a send: the seam the protect-configuration issue fills.

``verdict`` takes the protect configuration that applies to a send (the request's, else its configuration
set's, else the account's default; None while the fake holds none) and returns what it decides. With no
protect configuration, every message is allowed.
"""

from __future__ import annotations

from typing import Any

from ..records import Destination

ALLOW = "ALLOW"


def verdict(protect_configuration: Any | None, to: Destination, channel: str) -> str:
    """ALLOW (send); the protect-configuration issue adds its other verdicts (BLOCK, MONITOR, FILTER)."""
    return ALLOW
