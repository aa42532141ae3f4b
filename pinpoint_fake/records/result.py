"""``Result``: an operation's answer when no record of its own fits (a page, an association, a tag list).

Its attributes are the output members in snake_case. The writer refuses one whose attribute the output shape
does not have, so a misspelt member fails loudly (``FakeInternalError``) instead of vanishing from the answer.
"""

from __future__ import annotations

from types import SimpleNamespace


class Result(SimpleNamespace):
    """Any operation's result: its output members as snake_case attributes."""
