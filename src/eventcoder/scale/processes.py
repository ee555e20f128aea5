"""Parallel extraction with worker processes.

The parent loads the spaCy pipeline, the gazetteer and the dictionaries once, then forks the
workers, which share that copy of the model (copy-on-write) instead of each paying for a
load; where fork is not available (macOS, Windows) workers are spawned and load it in their
initializer. Workers receive small chunks of articles; only Articles and Records cross
process boundaries. Results come back in input order.

Workers never outlive the run: SIGTERM or Ctrl-C to the parent, an error, or the consumer
stopping early terminates them, and a worker whose parent died (even by kill -9) exits on
its own. Each article has a time budget (``scale.budget``): one that runs past it comes
back as an ExtractionTimeout outcome and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from eventcoder.errors import ExtractionTimeout
from eventcoder.model import Article, Record
from eventcoder.scale.budget import default_budget, time_limited
from eventcoder.scale.chunking import guided_chunks
from eventcoder.scale.outcome import Outcome

T = TypeVar("T")
R = TypeVar("R")
_UNSET: Any = object()
_actor_files: tuple[Path, ...] = ()
CHUNK = 8
"""Articles per chunk handed to a worker: small enough to keep both cores busy to the end."""
WARM_TEXT = "Rebels shelled Goma on Monday, killing 4 people, the army said."


def build_records_parallel(
    articles: Iterable[Article], *, workers: int, actor_files: tuple[Path, ...] = (),
    chunk_size: int = CHUNK, budget: float | None = _UNSET, dask: str | None = None,
) -> Iterator[Outcome]:
    """Like :func:`eventcoder.record.build_records`, spread over ``workers`` processes.

    ``budget`` is seconds per article (None: unlimited; default: ``default_budget()``).
    ``dask`` (``local:N`` or a scheduler address) sends the work to a Dask cluster instead.
    """
    seconds = default_budget() if budget is _UNSET else budget
    if dask:
        from eventcoder.scale.cluster import build_records_dask

        yield from build_records_dask(articles, dask, actor_files=actor_files, chunk_size=chunk_size,
                                      budget=seconds)
        return
    extract = partial(extract_chunk, seconds)
    if workers <= 1:
        set_actor_files(actor_files)
        for chunk in _chunks(iter(articles), chunk_size):
            yield from extract(chunk)
        return
    yield from run_pool(articles, extract, workers=workers, chunk_size=chunk_size,
                        initializer=warm, initargs=(actor_files,))


def run_pool(items: Iterable[T], fn: Callable[[list[T]], list[R]], *, workers: int,
             chunk_size: int, initializer: Callable[..., None] | None = None,
             initargs: tuple[Any, ...] = ()) -> Iterator[R]:
    """``fn`` over chunks of ``items`` in ``workers`` processes, results in order.

    With fork, ``initializer`` runs once in the parent before the workers start, so they
    inherit what it loaded; with spawn, it runs in each worker.
    """
    context = start_context()
    if context.get_start_method() == "fork":
        if initializer is not None:
            initializer(*initargs)
        from eventcoder.engine import freeze_loaded  # spaCy is loaded by now

        freeze_loaded()  # loaded objects leave the collector's lists: its passes no longer copy their pages
        initializer, initargs = None, ()
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_setup,
                               initargs=(os.getpid(), initializer, initargs))
    with _workers_end_with(pool):
        chunks = guided_chunks(iter(items), chunk_size, workers)
        # keep a bounded number of chunks in flight so a huge input is streamed, not loaded whole
        pending: list[Future[list[R]]] = [pool.submit(fn, c) for c in islice(chunks, workers * 2)]
        while pending:
            done = pending.pop(0)
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(fn, nxt))
            yield from done.result()
    pool.shutdown(wait=True)


@contextmanager
def _workers_end_with(pool: ProcessPoolExecutor) -> Iterator[None]:
    """Terminate the workers on SIGTERM, Ctrl-C, any error or an abandoned generator."""
    def _on_term(signum: int, _frame: FrameType | None) -> None:
        terminate_workers(pool)
        raise SystemExit(128 + signum)

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_term) if main else None
    try:
        yield
    except BaseException:
        terminate_workers(pool)
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def terminate_workers(pool: ProcessPoolExecutor, grace: float = 3.0) -> None:
    """SIGTERM every worker, SIGKILL those still alive after ``grace`` seconds, reap them."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    deadline = time.monotonic() + grace
    for proc in procs:
        proc.join(max(deadline - time.monotonic(), 0.05))
        if proc.is_alive():
            proc.kill()
            proc.join(1.0)
    pool.shutdown(wait=False, cancel_futures=True)


def _worker_setup(parent: int, initializer: Callable[..., None] | None,
                  initargs: tuple[Any, ...]) -> None:
    """Leave Ctrl-C to the parent (it ends us), watch for its death, then the real init."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _exit_when_orphaned(parent: int, every: float = 1.0) -> None:
    """A parent killed outright cannot clean up: the worker notices and leaves by itself."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _chunks(stream: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(islice(stream, size)):
        yield chunk


def start_context() -> multiprocessing.context.BaseContext:
    """fork where the platform has it (workers share the parent's loaded model), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def set_actor_files(actor_files: tuple[Path, ...]) -> None:
    global _actor_files
    _actor_files = actor_files


def warm(actor_files: tuple[Path, ...]) -> None:
    """Load the model, gazetteer, dictionaries and classifier by extracting one short text."""
    from eventcoder.record import build_record

    set_actor_files(actor_files)
    build_record(Article(id="warm-up", text=WARM_TEXT, published="2024-05-12"), actor_files=actor_files)
    _warm_classifier()


def _warm_classifier() -> None:
    """Load the event classifier's embedder and weights too: the warm-up text may not need them, and
    forked workers that load them on their first generic trigger would each pay the load."""
    from eventcoder.extract.events import learned

    learned.load_weights()
    learned.embedder()


def extract_chunk(budget: float | None, chunk: list[Article]) -> list[Outcome]:
    """One chunk's outcomes in order, errors made picklable (a timeout keeps its own type)."""
    from eventcoder.record import build_record, build_records

    outcomes = budgeted_chunk(
        chunk, budget, lambda c: list(build_records(c, actor_files=_actor_files)),
        lambda a: build_record(a, actor_files=_actor_files))
    return [o if o.error is None or isinstance(o.error, ExtractionTimeout)
            else Outcome(o.article, error=RuntimeError(f"{type(o.error).__name__}: {o.error}"))
            for o in outcomes]


def budgeted_chunk(chunk: list[Article], budget: float | None,
                   build_batch: Callable[[list[Article]], list[Outcome]],
                   build_one: Callable[[Article], Record]) -> list[Outcome]:
    """The chunk in one batch within one article's budget; past it, article by article.

    Batching is faster when all goes well; only a chunk that ran long pays for the retry,
    and then each article gets its own budget, so only the pathological one is lost.
    """
    try:
        with time_limited(budget, "chunk"):
            outcomes = build_batch(chunk)
    except ExtractionTimeout:
        return [_one(article, budget, build_one) for article in chunk]
    if any(isinstance(o.error, ExtractionTimeout) for o in outcomes):  # a caught alarm
        return [_one(article, budget, build_one) for article in chunk]
    return outcomes


def _one(article: Article, budget: float | None, build_one: Callable[[Article], Record]) -> Outcome:
    try:
        with time_limited(budget, f"article {article.id!r}"):
            return Outcome(article, record=build_one(article))
    except Exception as exc:  # noqa: BLE001 - one article's failure is its outcome
        return Outcome(article, error=exc)
