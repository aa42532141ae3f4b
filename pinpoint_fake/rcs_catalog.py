"""What AWS says about RCS agents' launches: the countries an agent can launch in, and how a country's
launch status follows from its carriers'.

An agent launches country by country (a ``<ISO2>_RCS_LAUNCH_REGISTRATION`` each), and each country's
status sums up its carriers' (the user guide's RCS country-launch page). Carrier names are not public, so
the fake names none: a test that sets a launch names its carriers. A test checks the statuses against the
model's enums.
"""

from __future__ import annotations

from collections.abc import Iterable

# The countries of the user guide's RCS supported-countries page and its launch topics.
LAUNCH_COUNTRIES = (
    "AT", "BR", "CA", "CO", "CZ", "DK", "DO", "FR", "DE", "GT",
    "IT", "MX", "NL", "NO", "PE", "SG", "ES", "GB", "US",
)  # fmt: skip

# A new agent's status; it moves on (PENDING, TESTING, PARTIAL, ACTIVE) as its registrations are approved.
NEW_AGENT_STATUS = "CREATED"


def launch_status(carrier_statuses: Iterable[str]) -> str:
    """A country's launch status from its carriers' (``CarrierStatus``): ACTIVE when all are active, PARTIAL
    when some are, REJECTED when all were rejected, PENDING otherwise; CREATED before any carrier has one.

    The guide gives the first four rules; a mix of pending and rejected carriers (none active) counts as
    PENDING, and a country with no carrier yet as CREATED (the fake's decisions).
    """
    statuses = set(carrier_statuses)
    if not statuses:
        return "CREATED"
    if "ACTIVE" in statuses:
        return "ACTIVE" if statuses == {"ACTIVE"} else "PARTIAL"
    if statuses == {"REJECTED"}:
        return "REJECTED"
    return "PENDING"
