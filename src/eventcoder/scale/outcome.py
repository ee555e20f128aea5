"""One article's result in a batch, in a module light enough for the store and the CLI to import."""

from __future__ import annotations

from dataclasses import dataclass

from eventcoder.model import Article, Record


@dataclass(frozen=True)
class Outcome:
    """One article's result in a batch: a record, or the error that stopped it."""

    article: Article
    record: Record | None = None
    error: Exception | None = None
