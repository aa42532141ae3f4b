"""The writer's memo: what it keeps when it is full, and when it forgets.

A text served from the memo is the very ``str`` the memo holds, a text written afresh is a new one: so
``is`` tells a hit from a miss without timing anything. ``MEMO_SIZE`` is made small to reach its bound.
"""

from __future__ import annotations

from typing import Any

import pytest

from pinpoint_fake import MockPinpoint, mock_pinpoint, writer

SHAPE = "PoolInformation"


@pytest.fixture
def pools(pinpoint_mock: MockPinpoint, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    monkeypatch.setattr(writer, "MEMO_SIZE", 4)
    writer.clear_memos()
    backend = pinpoint_mock.backend()
    return [backend.seed_pool() for _ in range(12)]


def written(records: list[Any]) -> list[str]:
    return [writer.write(SHAPE, record) for record in records]


def hits(before: list[str], after: list[str]) -> list[bool]:
    return [first is second for first, second in zip(before, after, strict=True)]


def test_a_working_set_of_the_memos_size_is_served_from_it_page_after_page(pools: list[Any]) -> None:
    first = written(pools[:4])
    assert [hits(first, written(pools[:4])) for _ in range(3)] == [[True] * 4] * 3


def test_a_full_memo_keeps_what_it_held_when_new_texts_arrive(pools: list[Any]) -> None:
    """At its bound the recent texts become the older generation, still served: nothing is dropped at once."""
    first = written(pools[:4])
    written(pools[4:5])  # one beyond the bound: a memo that started afresh here would miss on all four
    assert hits(first[:3], written(pools[:3])) == [True] * 3


def test_the_oldest_generation_goes_when_the_recent_one_fills_again(pools: list[Any]) -> None:
    first = written(pools[:4])
    written(pools[4:9])  # the first four become the older generation, then go when the recent one fills
    assert hits(first, written(pools[:4])) == [False] * 4


def test_a_text_is_the_same_whether_served_or_written_afresh(pools: list[Any]) -> None:
    first = written(pools)
    writer.clear_memos()
    assert written(pools) == first


def test_the_memo_is_emptied_when_the_outermost_mock_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    with mock_pinpoint() as mock:
        written([mock.backend().seed_pool()])
        with mock_pinpoint():
            pass
        kept = sum(len(memo) for memo in writer._MEMOS)
    assert (kept > 0, sum(len(memo) for memo in writer._MEMOS)) == (True, 0)
