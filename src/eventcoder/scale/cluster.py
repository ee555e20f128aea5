"""Extraction on a Dask cluster: a LocalCluster (``local:N``) or an existing scheduler.

Chunks of articles go out as tasks (``eventcoder.scale.dask_tasks.extract_chunk``), a
bounded number in flight so a huge input streams; results come back as they finish and are
put back in input order before they are yielded. Needs ``pip install 'eventcoder[cluster]'``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.model import Article
from eventcoder.scale.chunking import guided_chunks
from eventcoder.scale.outcome import Outcome

LOCAL_SETTINGS: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,  # samples the task thread's stack every 10 ms, under the GIL
    "distributed.admin.system-monitor.interval": "2s",  # psutil polls in every worker and the scheduler
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",  # each nanny reads its worker's RSS (was 100 ms)
    "distributed.admin.tick.interval": "1s",  # event-loop health checks (was every 20 ms)
    "distributed.scheduler.work-stealing": False,  # equal chunks, few in flight: stealing only adds messages
}
"""Dask settings for a LocalCluster: on a small machine the scheduler, the client and the nannies
share the workers' cores, so their periodic chores cost throughput (docs: "On a cluster")."""
_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls|ucx|inproc|ws|wss)://\S+")


def check_address(text: str) -> str:
    """``local:N`` (N ≥ 1) or a scheduler address such as ``tcp://host:8786``; ConfigError otherwise."""
    local = _LOCAL.fullmatch(text)
    if (local and int(local.group(1)) >= 1) or _REMOTE.fullmatch(text):
        return text
    raise ConfigError(f"--dask {text!r}: give local:N (N workers on this machine) or a scheduler "
                      "address such as tcp://host:8786")


def build_records_dask(
    articles: Iterable[Article], address: str = "local:2", *, actor_files: tuple[Path, ...] = (),
    chunk_size: int = 8, budget: float | None = None, in_flight: int | None = None,
) -> Iterator[Outcome]:
    """Like :func:`eventcoder.record.build_records`, on a Dask cluster; outcomes in input order."""
    from eventcoder.scale import dask_tasks

    with _client(check_address(address), actor_files) as client:
        client.run(dask_tasks.warm_worker, actor_files)  # every worker loads the model, in parallel
        cores = sum(client.nthreads().values()) or 1
        yield from _ordered(client, guided_chunks(iter(articles), chunk_size, cores), in_flight or 2 * cores,
                            actor_files, budget)


def _ordered(client: Any, chunks: Iterator[list[Article]], limit: int,
             actor_files: tuple[Path, ...], budget: float | None) -> Iterator[Outcome]:
    """Keep ``limit`` chunks in flight; yield each chunk's outcomes once all before it are out."""
    from distributed import as_completed

    from eventcoder.scale.dask_tasks import extract_chunk

    sent: dict[Any, tuple[int, list[Article]]] = {}
    done: dict[int, list[Outcome]] = {}
    waiting = as_completed()
    submitted = next_out = 0
    for chunk in islice(chunks, limit):
        _submit(client, extract_chunk, chunk, submitted, sent, waiting, actor_files, budget)
        submitted += 1
    for future in waiting:
        index, chunk = sent.pop(future)
        done[index] = _result(future, chunk)
        nxt = next(chunks, None)
        if nxt is not None:
            _submit(client, extract_chunk, nxt, submitted, sent, waiting, actor_files, budget)
            submitted += 1
        while next_out in done:
            yield from done.pop(next_out)
            next_out += 1


def _submit(client: Any, fn: Any, chunk: list[Article], index: int, sent: dict[Any, tuple[int, list[Article]]],
            waiting: Any, actor_files: tuple[Path, ...], budget: float | None) -> None:
    future = client.submit(fn, chunk, actor_files, budget, pure=False)
    sent[future] = (index, chunk)
    waiting.add(future)


def _result(future: Any, chunk: list[Article]) -> list[Outcome]:
    """The chunk's outcomes; a lost task (worker died) fails each of its articles, not the run."""
    try:
        outcomes: list[Outcome] = future.result()
        return outcomes
    except Exception as exc:  # noqa: BLE001 - reported per article like any extraction failure
        error = RuntimeError(f"Dask task failed: {type(exc).__name__}: {exc}")
        return [Outcome(article, error=error) for article in chunk]
    finally:
        future.release()


@contextmanager
def _client(address: str, actor_files: tuple[Path, ...] = ()) -> Iterator[Any]:
    """A client on a fresh LocalCluster (closed afterwards) or on the given scheduler."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("--dask needs Dask: pip install 'eventcoder[cluster]'") from exc
    local = _LOCAL.fullmatch(address)
    if not local:
        with Client(address) as client:
            yield client
        return
    with dask.config.set(LOCAL_SETTINGS), _forked_workers(actor_files), LocalCluster(
            n_workers=int(local.group(1)), threads_per_worker=1, processes=True,
            dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def _forked_workers(actor_files: tuple[Path, ...]) -> Iterator[None]:
    """Where the platform forks, load the model here once and let the local workers be forked
    from this process: each inherits the loaded model instead of importing spaCy and loading it
    again (a fresh 2-worker cluster was ready in about 0.6 s instead of 11 s). Elsewhere the
    workers are spawned and load it themselves."""
    import dask

    from eventcoder.scale import dask_tasks, processes

    if processes.start_context().get_start_method() != "fork":
        yield
        return
    dask_tasks.warm_worker(actor_files)  # also frozen out of the collector: its passes no longer copy their pages
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
        yield
