"""The ingest loop: articles in, records stored, one commit per article, bad inputs reported.

Extraction is injected (``build``) so the store never imports spaCy. A builder with a
``many(articles, budget)`` method (``eventcoder.scale.RecordBuilder``) gets the whole stream
and parses it in batches, on worker processes or Dask if it was set up so; this loop stays
the one writer, storing outcomes in input order as they come back. An article already
stored with the same content hash is skipped *before* extraction, so a rerun after a crash
only pays for the articles that were not committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from eventcoder.errors import InputError, StoreError
from eventcoder.model import Article, Record
from eventcoder.scale.budget import default_budget, time_limited
from eventcoder.scale.outcome import Outcome
from eventcoder.store.store import Store

Build = Callable[[Article], Record]
Hook = Callable[[str], None]


@dataclass
class IngestReport:
    """How many articles were added, replaced, left unchanged or failed, and why they failed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed


def _fail(report: IngestReport, message: str, on_error: Hook | None) -> None:
    report.failed += 1
    report.errors.append(message)
    if on_error:
        on_error(message)


def ingest(
    store: Store,
    items: Iterable[Article | InputError],
    build: Build,
    *,
    on_error: Hook | None = None,
    on_done: Hook | None = None,
    budget: float | None | str = "default",
    force: bool = False,
) -> IngestReport:
    """Store every article; an InputError, a failing extraction or a refused write is reported
    and skipped, never the end of the batch. ``budget`` is seconds of extraction per article
    (None: unlimited; "default": ``scale.budget.default_budget()``). ``force`` re-extracts and
    replaces articles stored with the same content (after a dictionary or gazetteer change)."""
    seconds = default_budget() if isinstance(budget, str) else budget
    report = IngestReport()
    many = getattr(build, "many", None)
    fresh = _fresh(store, items, report, on_error, on_done, force)
    outcomes = many(fresh, seconds) if many else _one_by_one(fresh, build, seconds)
    for outcome in outcomes:
        _store(store, outcome, report, on_error, force)
        if on_done:
            on_done(outcome.article.id)
    return report


def _fresh(store: Store, items: Iterable[Article | InputError], report: IngestReport,
           on_error: Hook | None, on_done: Hook | None, force: bool) -> Iterator[Article]:
    """The articles that need extracting: bad inputs are reported, unchanged ones counted."""
    for item in items:
        if isinstance(item, InputError):
            _fail(report, str(item), on_error)
        elif not force and store.status(item) == "same":
            report.unchanged += 1
        else:
            yield item
            continue
        if on_done:
            on_done(item.id if isinstance(item, Article) else "")


def _one_by_one(articles: Iterator[Article], build: Build, seconds: float | None) -> Iterator[Outcome]:
    """Each article within its time budget (never yielding while the alarm is armed)."""
    for article in articles:
        try:
            with time_limited(seconds, f"article {article.id!r}"):
                outcome = Outcome(article, record=build(article))
        except Exception as exc:  # one bad article must not stop a batch of thousands
            outcome = Outcome(article, error=exc)
        yield outcome


def _store(store: Store, outcome: Outcome, report: IngestReport, on_error: Hook | None, force: bool) -> None:
    """Write one outcome's record, or report why there is none."""
    article_id = outcome.article.id
    if outcome.record is None:
        exc = outcome.error
        _fail(report, f"{article_id}: extraction failed: {type(exc).__name__}: {exc}", on_error)
        return
    try:
        result = store.add_record(outcome.record, force=True) if force else store.add_record(outcome.record)
    except StoreError as exc:  # the database refused this one; the rest go on
        _fail(report, f"{article_id}: not stored: {exc}", on_error)
        return
    setattr(report, result.status, getattr(report, result.status) + 1)
