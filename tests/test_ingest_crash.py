"""kill -9 in the middle of a real `eventcoder ingest`, rerun, and nothing is lost or doubled.

The subprocess runs the real pipeline (spaCy model and every extractor) on short generated
articles; the test polls the article count in the database and sends SIGKILL once some, but
not all, articles are committed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_conftest import store_url  # noqa: F401
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from eventcoder.store import normalise_url
from eventcoder.store.tables import ArticleRow, EventRow, IncidentMemberRow

N = 120
KILL_AT = 25
TOWNS = ["Kafr Nabl", "Maarat al-Numan", "Saraqib", "Jisr al-Shughur", "Ariha", "Khan Shaykhun"]


def write_articles(path: Path) -> list[str]:
    """N short articles as JSON Lines; returns their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            town = TOWNS[i % len(TOWNS)]
            text = (f"Government forces shelled {town} on Monday, killing {i % 17 + 2} people, "
                    f"local officials said. Residents of {town} fled north.")
            ids.append(f"crash-{i:04d}")
            fh.write(json.dumps({"id": ids[-1], "text": text, "published": "2019-05-0" + str(i % 9 + 1),
                                 "source": f"Wire {i % 4}"}) + "\n")
    return ids


def count_articles(url: str) -> int:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one())
    except (OperationalError, ProgrammingError):
        return 0  # not created yet, or busy
    finally:
        engine.dispose()


def ingest_cmd(src: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "eventcoder", "ingest", str(src), "--db", url]


def kill_midway(cmd: list[str], url: str, log: Path, timeout: float = 240.0) -> int:
    """Start the ingest, SIGKILL it once KILL_AT articles are committed; returns the count then."""
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            n = count_articles(url)
            if n >= KILL_AT or proc.poll() is not None:
                break
            time.sleep(0.02)
        assert proc.poll() is None, f"ingest ended before it could be killed: {log.read_text()!r}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return count_articles(url)


@pytest.mark.slow
def test_sigkill_midway_then_rerun_neither_duplicates_nor_skips(
        store_url: str, tmp_path: Path) -> None:  # noqa: F811
    src = tmp_path / "articles.jsonl"
    ids = write_articles(src)
    url = store_url if "://" in store_url else f"sqlite:///{store_url}"

    at_kill = kill_midway(ingest_cmd(src, url), url, tmp_path / "killed.log")
    assert KILL_AT <= at_kill < N, "the kill must land mid-way"

    rerun = subprocess.run(ingest_cmd(src, url), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = rerun.stderr.strip().splitlines()[-1]
    added, unchanged = N - at_kill, at_kill
    assert summary == f"{added} added, 0 replaced, {unchanged} unchanged, 0 failed"

    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        stored = list(conn.execute(select(ArticleRow.id).order_by(ArticleRow.id)).scalars())
        events = conn.execute(select(func.count()).select_from(EventRow)).scalar_one()
        members = conn.execute(select(func.count()).select_from(IncidentMemberRow)).scalar_one()
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            fts = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
            assert fts == N
    engine.dispose()
    assert stored == ids  # every article exactly once
    assert members == events  # every event mention is in exactly one incident

    again = subprocess.run(ingest_cmd(src, url), capture_output=True, text=True, timeout=600)
    assert again.stderr.strip().splitlines()[-1] == f"0 added, 0 replaced, {N} unchanged, 0 failed"
