"""Keywords: what a phone number or pool answers when an end user's message starts with one."""

from __future__ import annotations

from dataclasses import dataclass

from ..pagination import OrderedStore

HELP = "HELP"
STOP = "STOP"
# The keywords every phone number and pool has from creation; they can be reworded, not deleted, and keep
# their action. Their default messages are the fake's own (AWS does not publish its texts).
MANDATORY_KEYWORDS = {
    HELP: ("AUTOMATIC_RESPONSE", "Reply STOP to stop receiving messages. Msg & data rates may apply."),
    STOP: ("OPT_OUT", "You have been unsubscribed and will receive no further messages."),
}


@dataclass(slots=True)
class Keyword:
    """A keyword of a phone number or pool; stored and answered in upper case."""

    keyword: str
    keyword_message: str
    keyword_action: str


def default_keywords() -> OrderedStore[Keyword]:
    """A new phone number's or pool's keywords: HELP and STOP."""
    store: OrderedStore[Keyword] = OrderedStore()
    for word, (action, message) in MANDATORY_KEYWORDS.items():
        store.add(word, Keyword(word, message, action))
    return store


def copied_keywords(store: OrderedStore[Keyword]) -> OrderedStore[Keyword]:
    """Another store of the same keywords, in the same order (a pool takes its first number's)."""
    copy: OrderedStore[Keyword] = OrderedStore()
    for keyword in store.values():
        copy.add(keyword.keyword, Keyword(keyword.keyword, keyword.keyword_message, keyword.keyword_action))
    return copy
