"""A record builder the ingest loop can call per article or hand a whole stream to."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from eventcoder.model import Article, Record
from eventcoder.scale.outcome import Outcome
from eventcoder.scale.processes import build_records_parallel


@dataclass(frozen=True)
class RecordBuilder:
    """``build_record`` with the user's dictionaries; ``many`` parses in batches, over workers or Dask."""

    actor_files: tuple[Path, ...] = ()
    workers: int = 1
    dask: str | None = None

    def __call__(self, article: Article) -> Record:
        from eventcoder.record import build_record

        return build_record(article, actor_files=self.actor_files)

    def spread(self, workers: int = 1, dask: str | None = None) -> RecordBuilder:
        """The same builder on ``workers`` processes or a Dask cluster."""
        return replace(self, workers=workers, dask=dask)

    def many(self, articles: Iterable[Article], budget: float | None) -> Iterator[Outcome]:
        """Outcomes in input order, the articles parsed in batches (nlp.pipe)."""
        return build_records_parallel(articles, workers=self.workers, actor_files=self.actor_files,
                                      budget=budget, dask=self.dask)
