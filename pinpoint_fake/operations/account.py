"""The account's attributes: DescribeAccountAttributes.

``ACCOUNT_TIER`` is ``PRODUCTION`` unless a test put the account in the ``SANDBOX``
(``backend.seed_account(tier="SANDBOX")``); ``DEFAULT_PROTECT_CONFIGURATION_ID`` is listed only while the
account has a default protect configuration.
"""

from __future__ import annotations

from ..core import Core, listed
from ..records import AccountAttribute, Result


class AccountOperations(Core):
    def describe_account_attributes(
        self, next_token: str | None = None, max_results: int | None = None
    ) -> Result:
        values = {
            "ACCOUNT_TIER": self.account.tier,
            "DEFAULT_PROTECT_CONFIGURATION_ID": self.account.default_protect_configuration_id,
        }
        items = [AccountAttribute(name, value) for name, value in values.items() if value is not None]
        return self._page(
            "DescribeAccountAttributes",
            listed(list(enumerate(items, 1))),
            next_token=next_token,
            max_results=max_results,
        )
