"""One paging mechanism for every Describe*/List* operation.

Records live in an ``OrderedStore``: a dict by ID plus a list kept in creation order, each entry stamped
with a sequence number that never repeats within the store. A page is "the next N matching entries after
sequence number S", found with a binary search, so the cost of a page does not grow with the number of
records stored, and a record that exists for the whole pagination is returned exactly once whatever is
created or deleted between pages.

``NextToken`` is the base64 of ``<S>.<signature>``. The signature is an HMAC, under a fixed key, of S and a
fingerprint of the request it came from (operation, account, region and every request member but NextToken
and MaxResults): the same state gives the same tokens in every process, and a token that is malformed,
tampered with, or taken from another request is a ValidationException (INVALID_NEXT_TOKEN).

The token deliberately does not decode to a JSON object: botocore's paginator tries to read a
``StartingToken`` as its own base64-JSON token first, and would take such an object's keys for request
parameters (so a raw NextToken passed as ``StartingToken`` would fail).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from .errors import ValidationException, ValidationExceptionField

T = TypeVar("T")
Entry = tuple[int, T]

_KEY = b"pinpoint_fake/NextToken/v1"


def _seq(entry: tuple[int, object]) -> int:
    return entry[0]


class OrderedStore(Generic[T]):
    """Records by ID, iterable in creation order from any point in O(log n).

    The last sequence number given out is a plain int, not an ``itertools.count``: a store is deep-copied
    with the answer a ClientToken replays (``backend.py``), and Python 3.14 no longer copies or pickles
    itertools objects."""

    __slots__ = ("_by_id", "_last", "_order")

    def __init__(self) -> None:
        self._by_id: dict[str, Entry[T]] = {}
        self._order: list[Entry[T]] = []
        self._last = 0

    def __repr__(self) -> str:
        return f"OrderedStore({list(self._by_id)!r})"

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, key: str) -> bool:
        return key in self._by_id

    def get(self, key: str) -> T | None:
        entry = self._by_id.get(key)
        return None if entry is None else entry[1]

    def entry(self, key: str) -> Entry[T] | None:
        return self._by_id.get(key)

    def add(self, key: str, item: T) -> T:
        if key in self._by_id:
            raise KeyError(f"{key} is already stored")
        self._last += 1
        entry = (self._last, item)
        self._by_id[key] = entry
        self._order.append(entry)
        return item

    def remove(self, key: str) -> T:
        entry = self._by_id.pop(key)
        del self._order[bisect_left(self._order, entry[0], key=_seq)]
        return entry[1]

    def values(self) -> Iterator[T]:
        return (item for _, item in self._order)

    def entries(self) -> list[Entry[T]]:
        """A snapshot of every entry, oldest first."""
        return list(self._order)

    def after(self, seq: int) -> Iterator[Entry[T]]:
        """Entries created after sequence number ``seq``, oldest first."""
        order = self._order
        return map(order.__getitem__, range(bisect_right(order, seq, key=_seq), len(order)))


def fingerprint(*request: object) -> str:
    """A stable digest of what a token is bound to; ``repr`` of records and lists is deterministic."""
    return hashlib.sha256(repr(request).encode()).hexdigest()


def _signature(after: int, request_fingerprint: str) -> str:
    return hmac.new(_KEY, f"{after}:{request_fingerprint}".encode(), hashlib.sha256).hexdigest()[:32]


def _invalid_token(token: str) -> ValidationException:
    return ValidationException(
        f"The NextToken '{token}' is not valid for this request.",
        "INVALID_NEXT_TOKEN",
        (ValidationExceptionField("NextToken", "Invalid or expired pagination token"),),
    )


def decode_token(token: str | None, request: tuple[object, ...]) -> int:
    """The sequence number a page starts after (0 for the first page)."""
    if token is None:
        return 0
    request_fingerprint = fingerprint(*request)
    try:
        position, _, signature = base64.b64decode(token, validate=True).decode("ascii").partition(".")
    except ValueError:  # not base64 (binascii.Error), not ASCII text or not ASCII bytes (UnicodeError)
        raise _invalid_token(token) from None
    if not position.isdigit() or not hmac.compare_digest(
        signature, _signature(int(position), request_fingerprint)
    ):
        raise _invalid_token(token)
    return int(position)


def encode_token(after: int, request: tuple[object, ...]) -> str:
    return base64.b64encode(f"{after}.{_signature(after, fingerprint(*request))}".encode()).decode()


def paginate(
    entries_after: Callable[[int], Iterable[Entry[T]]],
    matches: Callable[[T], bool],
    *,
    next_token: str | None,
    page_size: int,
    request: tuple[object, ...],
) -> tuple[list[T], str | None]:
    """One page of matching records and the token for the next page, if there are more.

    ``request`` is what a token is bound to: the operation, account, region and every request member but
    NextToken and MaxResults.
    """
    start = decode_token(next_token, request)
    page: list[T] = []
    last = start
    for seq, item in entries_after(start):
        if not matches(item):
            continue
        if len(page) == page_size:
            return page, encode_token(last, request)
        page.append(item)
        last = seq
    return page, None
