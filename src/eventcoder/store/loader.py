"""The ingest loop: articles in, records stored, one commit per article, bad inputs reported.

Extraction is injected (``build``) so the store never imports spaCy. An article already
stored with the same content hash is skipped *before* extraction, so a rerun after a crash
only pays for the articles that were not committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventcoder.errors import InputError, StoreError
from eventcoder.model import Article, Record
from eventcoder.scale.budget import default_budget, time_limited
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
    for item in items:
        if isinstance(item, InputError):
            _fail(report, str(item), on_error)
        elif not force and store.status(item) == "same":
            report.unchanged += 1
        else:
            try:
                with time_limited(seconds, f"article {item.id!r}"):
                    record = build(item)
            except Exception as exc:  # one bad article must not stop a batch of thousands
                _fail(report, f"{item.id}: extraction failed: {type(exc).__name__}: {exc}", on_error)
                continue
            try:
                result = store.add_record(record, force=True) if force else store.add_record(record)
            except StoreError as exc:  # the database refused this one; the rest go on
                _fail(report, f"{item.id}: not stored: {exc}", on_error)
                continue
            setattr(report, result.status, getattr(report, result.status) + 1)
        if on_done:
            on_done(item.id if isinstance(item, Article) else "")
    return report
