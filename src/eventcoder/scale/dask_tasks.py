"""Task functions that Dask workers run: importable by name, never closures over a model.

Each worker process loads the model once, on first use or when the client warms it
(``warm_worker``); later chunks reuse it. The functions take and return only Articles,
Outcomes and paths, which pickle cheaply.
"""

from __future__ import annotations

from pathlib import Path

from eventcoder.model import Article
from eventcoder.scale import processes
from eventcoder.scale.outcome import Outcome

_warmed: set[tuple[Path, ...]] = set()


def warm_worker(actor_files: tuple[Path, ...] = ()) -> str:
    """Load the model, gazetteer and dictionaries in this worker, once per set of actor files.

    What was loaded then leaves the collector's lists (``engine.freeze_loaded``), as in the process pool:
    a spawned worker otherwise walks the whole loaded model on each full collection."""
    if actor_files not in _warmed:
        processes.warm(actor_files)
        from eventcoder.engine import freeze_loaded  # spaCy is loaded by now

        freeze_loaded()
        _warmed.add(actor_files)
    return "ready"


def extract_chunk(chunk: list[Article], actor_files: tuple[Path, ...], budget: float | None) -> list[Outcome]:
    """One chunk of articles in this worker, outcomes in the chunk's order.

    The per-article budget applies when the task runs in the worker's main thread; Dask runs
    tasks in a thread pool, where no alarm can be set, so there the budget is not enforced.
    """
    warm_worker(actor_files)
    processes.set_actor_files(actor_files)
    return processes.extract_chunk(budget, chunk)
