"""Keywords: how they are named, which may change, and which one an end user's message matches.

A keyword is kept and answered in upper case (AWS returns it so). ``HELP`` and ``STOP`` are on every phone
number and pool: they can be reworded but not deleted, and their action cannot change. An inbound message
matches a keyword when, leading spaces aside, it starts with the keyword as whole words, case-insensitively
(the first word, or the first words of a keyword with spaces); a word may carry anything but letters and
digits after it (``STOP!``, ``stop 🛑`` and ``Stop🛑`` are ``STOP``, ``STOPPED`` is not: AWS documents only
that the message "begins with a keyword"). The longest keyword wins. A number in a pool
answers with the pool's keywords, then its own. In the United States and Canada the words carriers require
to opt out (``ARRET``, ``CANCEL``, ``END``, ``OPT-OUT``, ``OPTOUT``, ``QUIT``, ``REMOVE``, ``STOP``, ``TD``,
``UNSUBSCRIBE``) opt the sender out too, answered with the STOP keyword's message. On a US toll-free number
carriers manage opt-outs: STOP is the only word that opts out, no other keyword may opt out, and STOP's
message cannot change (AWS's user guide); an end user resubscribes with an OPT_IN keyword (``START``,
``UNSTOP``) the account adds.
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
# "For US toll-free numbers, opt-outs are managed at the carrier level. The only supported opt-out keyword
# for a US toll-free number is STOP. You can't add additional opt-out keywords, or change the response
# message that your recipients get when they opt-out." (user guide, required opt-out keywords)
CARRIER_MANAGED = ("US", "TOLL_FREE")
CARRIER_OPT_OUT_WORDS = frozenset((STOP,))


def carrier_managed(iso_country_code: str, number_type: str) -> bool:
    """Whether carriers manage the number's opt-outs (a US toll-free number): STOP alone opts out."""
    return (iso_country_code, number_type) == CARRIER_MANAGED


def opt_out_words(iso_country_code: str, number_type: str) -> frozenset[str]:
    """The words that opt a sender out of a number of this country and type without being its keywords:
    STOP alone for a US toll-free number, the carriers' required words elsewhere in the US and Canada."""
    if carrier_managed(iso_country_code, number_type):
        return CARRIER_OPT_OUT_WORDS
    if iso_country_code in REQUIRED_OPT_OUT_COUNTRIES:
        return REQUIRED_OPT_OUT_WORDS
    return frozenset()


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


def check_carrier_managed(
    iso_country_code: str, number_type: str, word: str, message: str, action: str, existing: Keyword | None
) -> None:
    """On a US toll-free number, a keyword other than STOP cannot opt out, and STOP cannot be reworded."""
    if not carrier_managed(iso_country_code, number_type):
        return
    if word != STOP and action == OPT_OUT:
        why = f"A US toll-free number opts out with {STOP} only (carriers manage its opt-outs)."
    elif word == STOP and existing is not None and message != existing.keyword_message:
        why = f"The {STOP} message of a US toll-free number cannot change (carriers send it)."
    else:
        return
    raise ConflictException("RESOURCE_MODIFICATION_NOT_ALLOWED", "keyword", word, why)


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


def match(
    body: str, stores: Iterable[OrderedStore[Keyword]], iso_country_code: str, number_type: str
) -> Keyword | None:
    """The keyword an inbound message to a number matches: of the first store that has one (longest
    first), else an opt-out word of the number's country and type (``opt_out_words``), as the STOP keyword
    of the first store. The number's own store comes last. On a US toll-free number no keyword opts out
    but the number's own STOP, whose message cannot change: an OPT_OUT keyword of its pool (the pool's STOP
    too) is passed over."""
    stores = list(stores)
    own = stores[-1]
    carrier = carrier_managed(iso_country_code, number_type)
    for store in stores:
        found = [
            keyword
            for keyword in store.values()
            if _starts_with(body, keyword.keyword)
            and not (
                carrier
                and keyword.keyword_action == OPT_OUT
                and (keyword.keyword != STOP or store is not own)
            )
        ]
        if found:
            return max(found, key=lambda keyword: len(keyword.keyword.split()))
    words = body.split()
    if words and any(_is_word(words[0], word) for word in opt_out_words(iso_country_code, number_type)):
        return (own if carrier else stores[0]).get(
            STOP
        )  # every number and pool has STOP: it cannot be deleted
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
