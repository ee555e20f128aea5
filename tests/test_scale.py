"""Worker processes give the same records, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.model import Article
from eventcoder.record import build_records
from eventcoder.scale import build_records_parallel

DEMO = Path(__file__).resolve().parents[1] / "demo"
pytestmark = pytest.mark.slow


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
