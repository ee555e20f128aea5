"""Workers and Dask give the same output as one process, in input order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scale_articles import articles, write_jsonl

from eventcoder.errors import ConfigError
from eventcoder.record import build_records
from eventcoder.scale import RecordBuilder, build_records_dask
from eventcoder.scale.cluster import check_address
from eventcoder.scale.processes import start_context

SRC = Path(__file__).resolve().parents[1] / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}
N = 40


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventcoder", *argv], env=ENV, capture_output=True,
                          text=True, check=True)


def test_workers_fork_where_the_platform_can() -> None:
    assert start_context().get_start_method() == ("fork" if sys.platform == "linux" else "spawn")


@pytest.mark.slow
def test_extract_with_two_workers_writes_the_same_bytes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", N)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    _cli("extract", str(src), "-o", str(one))
    run = _cli("extract", str(src), "-o", str(two), "--workers", "2")
    assert "\r" not in run.stderr  # no progress line when stderr is not a terminal
    assert two.read_bytes() == one.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) == N


@pytest.mark.slow
def test_ingest_with_two_workers_stores_the_same_records(tmp_path: Path) -> None:
    from eventcoder.store import Store

    src = write_jsonl(tmp_path / "in.jsonl", N)
    stored = {}
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        run = _cli("ingest", str(src), "--db", db, "--workers", workers)
        assert f"{N} added, 0 replaced, 0 unchanged, 0 failed" in run.stderr
        with Store.open(db) as store:
            stored[workers] = [r.model_dump() for r in sorted(store.records(), key=lambda r: r.article.id)]
    assert len(stored["1"]) == N and stored["2"] == stored["1"]


@pytest.mark.slow
def test_ingest_builder_batches_and_keeps_the_writer_in_order(tmp_path: Path, nlp) -> None:
    from eventcoder.store import Store
    from eventcoder.store.loader import ingest

    batch = articles(12)
    seen: list[str] = []
    with Store.open(str(tmp_path / "c.db")) as store:
        report = ingest(store, batch, RecordBuilder().spread(workers=2), on_done=seen.append)
        assert (report.added, report.failed) == (12, 0)
        again = ingest(store, batch, RecordBuilder().spread(workers=2))
    assert seen == [a.id for a in batch]
    assert (again.unchanged, again.added) == (12, 0)  # skipped before extraction


@pytest.mark.slow
def test_dask_local_cluster_matches_one_process(nlp) -> None:
    pytest.importorskip("distributed")
    batch = articles(16)
    serial = [o.record.model_dump() for o in build_records(batch) if o.record]
    on_dask = list(build_records_dask(batch, address="local:2", chunk_size=3))
    assert [o.article.id for o in on_dask] == [a.id for a in batch]
    assert [o.record.model_dump() for o in on_dask if o.record] == serial


def test_dask_addresses_are_checked() -> None:
    assert check_address("local:2") == "local:2"
    assert check_address("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    for bad in ("local:0", "local", "host:8786", "tcp://"):
        with pytest.raises(ConfigError, match="local:N"):
            check_address(bad)


def _worker_chores() -> tuple[bool, bool, int]:
    import gc

    import dask

    return (dask.config.get("distributed.worker.profile.enabled"),
            dask.config.get("distributed.scheduler.work-stealing"), gc.get_freeze_count())


@pytest.mark.slow
def test_local_cluster_workers_skip_the_profiler_and_freeze_the_model(nlp) -> None:
    """The stack profiler and frequent monitors cost the workers' cores; the loaded model is frozen."""
    pytest.importorskip("distributed")
    from eventcoder.scale import dask_tasks
    from eventcoder.scale.cluster import _client

    with _client("local:1") as client:
        client.run(dask_tasks.warm_worker, ())
        chores = list(client.run(_worker_chores).values())
    assert len(chores) == 1
    profiling, stealing, frozen = chores[0]
    assert (profiling, stealing) == (False, False)
    assert frozen > 10_000
