"""Chunks for parallel workers: in order, full-size while the stream lasts, shrinking at its end."""

from __future__ import annotations

from collections.abc import Iterator

from eventcoder.scale.chunking import guided_chunks


def test_chunks_keep_the_order_and_end_in_single_items() -> None:
    chunks = list(guided_chunks(iter(range(300)), 8, 2))
    assert [x for chunk in chunks for x in chunk] == list(range(300))
    sizes = [len(c) for c in chunks]
    assert set(sizes[:33]) == {8}  # full chunks until the last 32 items are in sight
    assert sizes[-3:] == [1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)  # the tail only shrinks


def test_short_streams_and_single_item_chunks() -> None:
    assert list(guided_chunks(iter([]), 8, 2)) == []
    assert list(guided_chunks(iter("ab"), 8, 2)) == [["a"], ["b"]]
    assert list(guided_chunks(iter(range(5)), 1, 2)) == [[0], [1], [2], [3], [4]]


def test_the_stream_is_read_a_bounded_window_ahead() -> None:
    read = 0

    def counted() -> Iterator[int]:
        nonlocal read
        for i in range(10_000):
            read += 1
            yield i

    chunks = guided_chunks(counted(), 8, 2)
    next(chunks)
    assert read <= 8 * 2 * 2 + 8
