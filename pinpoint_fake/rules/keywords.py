"""Keywords: how they are named, which may change, and which one an end user's message matches.

A keyword is kept and answered in upper case (AWS returns it so). ``HELP`` and ``STOP`` are on every phone
number and pool: they can be reworded but not deleted, and their action cannot change. An inbound message
matches a keyword when, leading spaces aside, it starts with the keyword as whole words, case-insensitively
(the first word, or the first words of a keyword with spaces); a word may carry anything but letters and
digits after it (``STOP!``, ``stop 🛑`` and ``Stop🛑`` are ``STOP``, ``STOPPED`` is not: AWS documents only
that the message "begins with a keyword"). The longest keyword wins. A number in a pool
answers with the pool's keywords, then its own. In the United States and Canada the words carriers require
to opt out (``ARRET``, ``CANCEL``, ``END``, ``OPT-OUT``, ``OPTOUT``, ``QUIT``, ``REMOVE``, ``STOP``, ``TD``,
``UNSUBSCRIBE``) opt the sender out too, answered with the STOP keyword's message.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ..errors import ConflictException
from ..pagination import OrderedStore
from ..records import Keyword, OptedOutNumber, OptOutList
from ..records.keywords import MANDATORY_KEYWORDS, STOP

OPT_OUT = "OPT_OUT"
OPT_IN = "OPT_IN"
AUTOMATIC_RESPONSE = "AUTOMATIC_RESPONSE"
DEFAULT_ACTION = AUTOMATIC_RESPONSE

REQUIRED_OPT_OUT_WORDS = frozenset(
    ("ARRET", "CANCEL", "END", "OPT-OUT", "OPTOUT", "QUIT", "REMOVE", "STOP", "TD", "UNSUBSCRIBE")
)
REQUIRED_OPT_OUT_COUNTRIES = frozenset(("US", "CA"))


def normalized(keyword: str) -> str:
    return keyword.upper()


def check_change(existing: Keyword | None, action: str | None) -> None:
    """A mandatory keyword keeps its action."""
    if existing is None or existing.keyword not in MANDATORY_KEYWORDS:
        return
    if action is not None and action != existing.keyword_action:
        raise ConflictException(
            "RESOURCE_MODIFICATION_NOT_ALLOWED",
            "keyword",
            existing.keyword,
            f"The action of the keyword {existing.keyword} cannot change (it is {existing.keyword_action}).",
        )


def check_deletable(keyword: Keyword) -> None:
    if keyword.keyword in MANDATORY_KEYWORDS:
        raise ConflictException(
            "RESOURCE_DELETION_NOT_ALLOWED",
            "keyword",
            keyword.keyword,
            f"The keyword {keyword.keyword} cannot be deleted.",
        )


def _is_word(said: str, word: str) -> bool:
    """Whether a word of a message is the keyword's ``word``, case aside, whatever follows it that is no
    letter or digit (punctuation, an emoji): ``Stop!`` and ``stop🛑`` are ``STOP``, ``STOPPED`` is not."""
    said = said.upper()
    return said.startswith(word) and not any(character.isalnum() for character in said[len(word) :])


def _starts_with(body: str, keyword: str) -> bool:
    words = body.split()
    wanted = keyword.split()
    return (
        bool(wanted)
        and len(words) >= len(wanted)
        and all(_is_word(said, word) for said, word in zip(words[: len(wanted)], wanted, strict=True))
    )


def match(body: str, stores: Iterable[OrderedStore[Keyword]], iso_country_code: str) -> Keyword | None:
    """The keyword an inbound message matches: of the first store that has one (longest first), else a
    required opt-out word of the number's country (as the STOP keyword of the first store)."""
    stores = list(stores)
    for store in stores:
        found = [keyword for keyword in store.values() if _starts_with(body, keyword.keyword)]
        if found:
            return max(found, key=lambda keyword: len(keyword.keyword.split()))
    words = body.split()
    if iso_country_code not in REQUIRED_OPT_OUT_COUNTRIES or not words:
        return None
    if any(_is_word(words[0], word) for word in REQUIRED_OPT_OUT_WORDS):
        return stores[0].get(STOP)  # every number and pool has STOP: it cannot be deleted
    return None


def managed_by_the_account(keyword: Keyword) -> bool:
    """Whether self-managed opt-outs silence the keyword: HELP, STOP, and every OPT_OUT or OPT_IN keyword
    (the account answers those itself)."""
    return keyword.keyword in MANDATORY_KEYWORDS or keyword.keyword_action in (OPT_OUT, OPT_IN)


def apply(keyword: Keyword, opt_out_list: OptOutList, sender: str, now: datetime) -> None:
    """OPT_OUT puts the sender on the list as an end user's own opt-out; OPT_IN takes it off."""
    numbers = opt_out_list.opted_out_numbers
    if keyword.keyword_action == OPT_OUT:
        entry = numbers.get(sender)
        if entry is None:
            numbers.add(sender, OptedOutNumber(sender, now, end_user_opted_out=True))
        else:
            entry.end_user_opted_out = True
    elif sender in numbers:
        numbers.remove(sender)
