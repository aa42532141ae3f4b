"""Limits of the account: DescribeAccountLimits, DescribeSpendLimits, and the monthly spend limit
overrides of text, voice, media, Notify and RCS messages (Set/Delete{Text,Voice,Media,Notify,Rcs}Message
SpendLimitOverride; the RCS pair exists from botocore 1.44 on).

What each limit is, and how an override and the month's spend meet it, is ``rules.spend`` and
``rules.limits``; the model's enums name the limits, so a newer model's limits are listed too.
"""

from __future__ import annotations

from ..core import Core, listed
from ..records import AccountLimit, Result
from ..records.messages import CHANNEL_WORDS, MMS, NOTIFY, RCS, SMS, VOICE
from ..rules import limits, spend

# AccountLimitName -> the store whose records count against it (a kind the fake does not hold yet counts 0).
USED_BY = {
    "PHONE_NUMBERS": "phone_numbers",
    "POOLS": "pools",
    "CONFIGURATION_SETS": "configuration_sets",
    "OPT_OUT_LISTS": "opt_out_lists",
    "SENDER_IDS": "sender_ids",
    "REGISTRATIONS": "registrations",
    "REGISTRATION_ATTACHMENTS": "registration_attachments",
    "VERIFIED_DESTINATION_NUMBERS": "verified_destination_numbers",
}


class LimitOperations(Core):
    def describe_account_limits(
        self, next_token: str | None = None, max_results: int | None = None
    ) -> Result:
        items = [
            AccountLimit(name, len(getattr(self, USED_BY.get(name, ""), ())), limits.account_limit(name))
            for name in limits.limit_names()
        ]
        return self._page(
            "DescribeAccountLimits",
            listed(list(enumerate(items, 1))),
            next_token=next_token,
            max_results=max_results,
        )

    def describe_spend_limits(self, next_token: str | None = None, max_results: int | None = None) -> Result:
        return self._page(
            "DescribeSpendLimits",
            listed(list(enumerate(spend.spend_limits(self.account), 1))),
            next_token=next_token,
            max_results=max_results,
        )

    def set_text_message_spend_limit_override(self, monthly_limit: int) -> Result:
        return self._set_override(CHANNEL_WORDS[SMS], monthly_limit)

    def delete_text_message_spend_limit_override(self) -> Result:
        return self._delete_override(CHANNEL_WORDS[SMS])

    def set_voice_message_spend_limit_override(self, monthly_limit: int) -> Result:
        return self._set_override(CHANNEL_WORDS[VOICE], monthly_limit)

    def delete_voice_message_spend_limit_override(self) -> Result:
        return self._delete_override(CHANNEL_WORDS[VOICE])

    def set_media_message_spend_limit_override(self, monthly_limit: int) -> Result:
        return self._set_override(CHANNEL_WORDS[MMS], monthly_limit)

    def delete_media_message_spend_limit_override(self) -> Result:
        return self._delete_override(CHANNEL_WORDS[MMS])

    def set_notify_message_spend_limit_override(self, monthly_limit: int) -> Result:
        return self._set_override(NOTIFY, monthly_limit)

    def delete_notify_message_spend_limit_override(self) -> Result:
        return self._delete_override(NOTIFY)

    def set_rcs_message_spend_limit_override(self, monthly_limit: int) -> Result:
        return self._set_override(CHANNEL_WORDS[RCS], monthly_limit)

    def delete_rcs_message_spend_limit_override(self) -> Result:
        return self._delete_override(CHANNEL_WORDS[RCS])

    def _set_override(self, word: str, monthly_limit: int) -> Result:
        """``word`` names the limit (a channel's word, or NOTIFY)."""
        spend.set_override(self.account, spend.limit_name(word), monthly_limit)
        return Result(monthly_limit=monthly_limit)

    def _delete_override(self, word: str) -> Result:
        """The override goes; the answer is the limit now enforced (MaxLimit), as the model documents."""
        name = spend.limit_name(word)
        spend.delete_override(self.account, name)
        return Result(monthly_limit=spend.spend_limit(self.account, name).enforced_limit)
