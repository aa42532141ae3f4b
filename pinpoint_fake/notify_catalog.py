"""What AWS serves to every account for Notify: its templates, its countries and its tiers.

The model says what a template or a country looks like, not which exist: that is AWS-owned data, so the
fake ships it here, from AWS's user guide (the Notify pages on templates, countries, tiers and quotas) and
the few answers seen in public. Each backend starts with these entries (``core.Core``), and tests may add
more (``seed_notify_template``, ``seed_notify_country``). Values the sources do not give are the fake's
decisions, listed in the README; a test checks every enum value here against the model.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import countries

# Channels a notify configuration may enable: "SMS, VOICE, or both" (the model's list type allows MMS and
# RCS too, but the user guide names these two).
CHANNELS = ("SMS", "VOICE")

# The Basic tier's 30 pre-approved countries (notify-countries), named as ``countries`` names them (the user
# guide's names).
BASIC_COUNTRIES: tuple[str, ...] = (
    "AS", "AU", "BE", "BR", "CA", "CO", "DK", "FI", "FR", "DE", "GU", "HK", "IN", "IE", "IT",
    "JP", "MX", "NL", "NZ", "MP", "PT", "PR", "SG", "KR", "ES", "SE", "CH", "GB", "US", "VI",
)  # fmt: skip

# Each country as NotifyCountryInformation (snake_case). The Advanced tier reaches "all countries available
# in AWS End User Messaging SMS", a list no source prints: the fake lists the Basic countries (reachable from
# both tiers); a test that needs an Advanced-only country seeds it. Voice in every country is the fake's
# decision (the guide says "SMS, VOICE" without a per-country table).
COUNTRIES: tuple[dict[str, Any], ...] = tuple(
    {
        "iso_country_code": code,
        "country_name": countries.name(code),
        "supported_channels": list(CHANNELS),
        "supported_use_cases": ["CODE_VERIFICATION"],
        "supported_tiers": ["BASIC", "ADVANCED"],
        "customer_owned_identity_required": False,
    }
    for code in BASIC_COUNTRIES
)

# The English voices of the model's VoiceId enum (JOANNA is the one the user guide shows).
ENGLISH_VOICES = (
    "JOANNA", "MATTHEW", "IVY", "JUSTIN", "KENDRA", "KIMBERLY", "SALLI", "JOEY",
    "AMY", "BRIAN", "EMMA", "NICOLE", "RUSSELL", "RAVEENA", "GERAINT",
)  # fmt: skip

# The one template AWS documents by ID, with its variables ``code`` (the customer's) and ``brandName`` (the
# configuration's display name, filled in by the service). Its wording, version, countries, voices and date
# are the fake's (no source prints a DescribeNotifyTemplates answer); the type is the model's enum value
# (the user guide calls it CODE_VERIFICATION).
TEMPLATES: tuple[dict[str, Any], ...] = (
    {
        "template_id": "notify-code-verification-english-001",
        "version": 1,
        "template_type": "OTP_VERIFICATION",
        "channels": ["SMS", "VOICE"],
        "tier_access": ["BASIC", "ADVANCED"],
        "status": "ACTIVE",
        "supported_countries": list(BASIC_COUNTRIES),
        "language_code": "en",
        "content": "{{brandName}}: Your verification code is {{code}}.",
        "variables": {
            "code": {
                "type": "STRING",
                "required": True,
                "source": "CUSTOMER",
                "pattern": r"^\d{4,8}$",
                "sample": "123456",
            },
            "brandName": {
                "type": "STRING",
                "required": True,
                "source": "SYSTEM",
            },
        },
        "supported_voice_ids": list(ENGLISH_VOICES),
        "created_timestamp": datetime(2026, 1, 1),
    },
)


# What each tier allows (notify-tiers, notify-quotas). None: no limit. Every configuration also sends at
# most ``PER_DESTINATION_PER_DAY`` messages a day to one destination number. Not enforced by the
# configuration operations; here for sending.
TIERS: dict[str, dict[str, int | None]] = {
    "BASIC": {"messages_per_day": 200, "messages_per_second": 1},
    "ADVANCED": {"messages_per_day": None, "messages_per_second": 25},
}
PER_DESTINATION_PER_DAY = 10
