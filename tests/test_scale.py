"""Worker processes: same records as one process, never outliving their parent, and a time
budget per article so one pathological text is skipped instead of stalling the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from eventcoder.errors import ExtractionTimeout
from eventcoder.model import Article, Record
from eventcoder.record import Outcome, build_records
from eventcoder.scale import build_records_parallel
from eventcoder.scale.budget import time_limited
from eventcoder.scale.processes import budgeted_chunk

DEMO = Path(__file__).resolve().parents[1] / "demo"
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.mark.slow
def test_parallel_matches_serial(nlp) -> None:
    articles = [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), published="2024-05-12")
        for p in sorted(DEMO.glob("*.txt"))
    ]
    articles.append(Article(id="bad", text="x" * 10, published="2024-05-12"))
    serial = [o.record.model_dump() for o in build_records(articles) if o.record]
    parallel = [o.record.model_dump() for o in build_records_parallel(articles, workers=2, chunk_size=2) if o.record]
    assert [r["article"]["id"] for r in parallel] == [a.id for a in articles]
    assert parallel == serial


# ---- time budget ---------------------------------------------------------------------------

def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_limited_interrupts_a_long_block() -> None:
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="article 'slow' took longer than its 0.2 s budget"):
        with time_limited(0.2, "article 'slow'"):
            _spin(10)
    assert time.monotonic() - started < 2
    with time_limited(5):  # a quick block is untouched and leaves no alarm behind
        _spin(0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_swallowed_alarm_still_ends_in_a_timeout() -> None:
    def stubborn() -> str:
        for _ in range(6):
            try:
                _spin(0.3)
            except Exception:  # noqa: BLE001 - like an extractor isolating its failures
                pass
        return "partial"

    started = time.monotonic()
    with pytest.raises(ExtractionTimeout):
        with time_limited(0.2):
            stubborn()
    assert time.monotonic() - started < 6


def _article(i: str) -> Article:
    return Article(id=i, text=f"Text of {i}.", published="2022-03-01")


def _fake_one(article: Article) -> Record:
    if article.id == "stall":
        _spin(60)
    return Record(article=article)


def _fake_batch(chunk: list[Article]) -> list[Outcome]:
    return [Outcome(a, record=_fake_one(a)) for a in chunk]


def test_a_stalling_article_is_reported_and_the_rest_kept() -> None:
    chunk = [_article("a"), _article("stall"), _article("b")]
    started = time.monotonic()
    outcomes = budgeted_chunk(chunk, 0.3, _fake_batch, _fake_one)
    assert time.monotonic() - started < 5
    assert [o.article.id for o in outcomes] == ["a", "stall", "b"]
    assert [o.record is not None for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, ExtractionTimeout)
    assert budgeted_chunk(chunk[::2], 5, _fake_batch, _fake_one)[0].record is not None


def test_ingest_skips_an_article_past_its_budget(tmp_path: Path) -> None:
    from eventcoder.store import Store
    from eventcoder.store.loader import ingest

    errors: list[str] = []
    with Store.open(str(tmp_path / "c.db")) as store:
        report = ingest(store, [_article("a"), _article("stall"), _article("b")], _fake_one,
                        on_error=errors.append, budget=0.3)
        assert sorted(r.article.id for r in store.records()) == ["a", "b"]
    assert (report.added, report.failed) == (2, 1)
    assert errors and errors[0].startswith("stall: extraction failed: ExtractionTimeout")


# ---- workers end with their parent ---------------------------------------------------------

PARENT = textwrap.dedent("""
    import os, signal, sys, time
    # a shell's Ctrl-C reaches the parent even when the process that started it ignored SIGINT
    # (an ignored signal is inherited across exec, and Python then installs no handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from pathlib import Path
    from eventcoder.scale.processes import run_pool

    def work(chunk):
        Path(sys.argv[1], str(os.getpid())).touch()
        time.sleep(600)
        return chunk

    if __name__ == "__main__":
        for _ in run_pool(range(50), work, workers=2, chunk_size=1):
            pass
""")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left


def _wait(cond, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.1)
    return cond()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_workers_end_when_the_parent_is_stopped(tmp_path: Path, sig: signal.Signals) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    pids = tmp_path / "pids"
    pids.mkdir()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    parent = subprocess.Popen([sys.executable, str(script), str(pids)], env=env,
                              stderr=subprocess.DEVNULL)
    try:
        assert _wait(lambda: len(list(pids.iterdir())) == 2, 120), "workers never started"
        workers = [int(p.name) for p in pids.iterdir()]
        parent.send_signal(sig)
        parent.wait(timeout=30)
        assert _wait(lambda: not any(_alive(w) for w in workers), 15), [
            w for w in workers if _alive(w)]
    finally:
        if parent.poll() is None:
            parent.kill()
