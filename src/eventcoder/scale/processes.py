"""Parallel extraction with worker processes.

Each worker loads the spaCy pipeline and the gazetteer once (in its initializer) and
then receives small chunks of articles; only Articles and Records cross process
boundaries, never the model. Results come back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from eventcoder.model import Article
from eventcoder.record import Outcome, build_records

_actor_files: tuple[Path, ...] = ()


def build_records_parallel(
    articles: Iterable[Article], *, workers: int, actor_files: tuple[Path, ...] = (), chunk_size: int = 8
) -> Iterator[Outcome]:
    """Like :func:`eventcoder.record.build_records`, spread over ``workers`` processes."""
    if workers <= 1:
        yield from build_records(articles, actor_files=actor_files)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(actor_files,)) as pool:
        chunks = _chunks(iter(articles), chunk_size)
        # keep a bounded number of chunks in flight so a huge input is streamed, not loaded whole
        pending = [pool.submit(_extract_chunk, c) for c in islice(chunks, workers * 2)]
        while pending:
            done = pending.pop(0)
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_extract_chunk, nxt))
            yield from done.result()


def _chunks(stream: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(stream, size)):
        yield chunk


def _init_worker(actor_files: tuple[Path, ...]) -> None:
    """Load the model once per worker, before the first chunk arrives."""
    global _actor_files
    _actor_files = actor_files
    from eventcoder.nlp import get_nlp

    get_nlp()


def _extract_chunk(chunk: list[Article]) -> list[Outcome]:
    outcomes = list(build_records(chunk, actor_files=_actor_files))
    # exceptions may not pickle; pass their text instead
    return [o if o.error is None else Outcome(o.article, error=RuntimeError(repr(o.error))) for o in outcomes]
