"""Concurrent ingests into one corpus lose nothing and double nothing.

Three real processes (spawned, so nothing is shared but the database) open the same new
corpus at the same moment (racing on its migration) and store overlapping sets of
hand-built records in different orders. Every article must end up stored once, and the
incidents must be exactly those a single process builds from the same records.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
import time
from typing import Any

from corpus_conftest import event, place, record, store_url  # noqa: F401

from eventcoder.model import Record
from eventcoder.store import Store

N_ARTICLES = 36
N_INCIDENTS = 9
N_PROCESSES = 3
TOWNS = [("Bunia", 1.56, 30.25), ("Beni", 0.49, 29.47), ("Uvira", -3.4, 29.14)]


def report(i: int) -> Record:
    """Article i reports incident i % N_INCIDENTS: its own month, town and wording."""
    k = i % N_INCIDENTS
    town, lat, lon = TOWNS[k % len(TOWNS)]
    t = f"Report {i}: armed men attacked {town} on the tenth, killing {k + 2} villagers."
    return record(f"conc-{i:03d}", t, source=f"Outlet {i % 4}", events=[event(
        t, t, actor1="Unidentified armed group", date=f"2021-{k + 1:02d}-10",
        location=place(town, "CD", "Ituri", lat, lon), fatalities=(k + 2, "exact", "villagers"))])


def share(worker: int) -> list[int]:
    """Two thirds of the articles for each worker, in its own order: every pair overlaps."""
    ids = [i for i in range(N_ARTICLES) if i % N_PROCESSES != worker]
    random.Random(worker).shuffle(ids)
    return ids


def ingest_share(url: str, worker: int, gate: Any, out: Any) -> None:
    """One process: wait for the others, open (and so migrate) the corpus, store its share."""
    records = [report(i) for i in share(worker)]
    gate.wait(timeout=60)
    statuses = []
    with Store.open(url) as store:
        for rec in records:
            statuses.append(store.add_record(rec).status)
    out.put((worker, statuses))


def run_concurrently(url: str) -> list[str]:
    ctx = multiprocessing.get_context("spawn")
    gate, out = ctx.Barrier(N_PROCESSES), ctx.Queue()
    procs = [ctx.Process(target=ingest_share, args=(url, w, gate, out)) for w in range(N_PROCESSES)]
    for p in procs:
        p.start()
    results = []
    deadline = time.monotonic() + 180
    while len(results) < len(procs):
        try:
            results.append(out.get(timeout=0.5))
        except queue.Empty:
            crashed = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            assert not crashed and time.monotonic() < deadline, f"ingest processes: {crashed}"
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return [s for _, statuses in results for s in statuses]


def summary(store: Store) -> list[tuple[Any, ...]]:
    """Incidents as comparable tuples: what, when, where, and which articles."""
    return sorted((i.type, i.date_start, i.location_name, i.n_mentions, i.n_sources,
                   tuple(sorted(m.article_id for m in i.members))) for i in store.incidents())


def test_concurrent_ingests_store_each_article_once(store_url: str, tmp_path: Any) -> None:
    statuses = run_concurrently(store_url)
    assert statuses.count("added") == N_ARTICLES  # each article added once, by one process
    assert statuses.count("unchanged") == len(statuses) - N_ARTICLES
    with Store.open(str(tmp_path / "serial.db")) as serial:
        for i in range(N_ARTICLES):
            serial.add_record(report(i))
        expected = summary(serial)
    with Store.open(store_url) as store:
        counts = store.counts()
        got = summary(store)
        ids = sorted(r.article.id for r in store.records())
    assert ids == sorted(f"conc-{i:03d}" for i in range(N_ARTICLES))
    assert counts["articles"] == counts["events"] == N_ARTICLES
    assert counts["incidents"] == N_INCIDENTS == len(expected)
    assert got == expected
