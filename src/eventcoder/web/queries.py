"""Read models for the pages and the API: events rows with corrections applied, articles, incidents.

Events come from the flat ``events`` table (parameterised SQLAlchemy Core), except for articles
that have corrections: those are rebuilt from the reviewed record with ``rows.event_row`` so the
table, map and timeline show what the analyst decided. Sorting and paging then happen in Python
over the filtered rows — simple and exact, and fast enough for a laptop corpus (~10^5 events).
One request reads at most ``MAX_ROWS`` machine rows (the earliest first): past that the answer
says ``truncated`` and the client narrows its filters, so no request scans a whole large corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from eventcoder.store import Filters, IncidentView, Store
from eventcoder.store.corrections import all_corrections, review
from eventcoder.store.filters import event_conditions
from eventcoder.store.rows import event_row
from eventcoder.store.tables import ArticleRow, EventRow

MAX_ROWS = 20_000
SORTABLE = ("date_start", "type", "sub_type", "country_code", "location_name", "actor1",
            "fatalities", "source", "article_id")
_COLUMNS = ("event_id", "type", "sub_type", "actor1", "actor2", "date", "date_precision", "date_start",
            "date_end", "location_name", "country_code", "admin1", "lat", "lon", "fatalities",
            "certainty", "evidence")


@dataclass(frozen=True)
class EventQuery:
    """The events table's filters, sort and page, as taken from the query string."""

    country: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    sort: str = "date_start"
    order: str = "asc"
    page: int = 1
    per_page: int = 50

    @property
    def filters(self) -> Filters:
        return Filters(date_from=self.date_from or None, date_to=self.date_to or None,
                       country=self.country or None, event_type=self.type or None, actor=self.actor or None)


def _machine_rows(store: Store, f: Filters, skip: set[str], limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` stored event rows passing ``f``, earliest first (articles in ``skip`` left out)."""
    cols = [getattr(EventRow, c) for c in _COLUMNS]
    stmt = (select(*cols, ArticleRow.id.label("article_id"), ArticleRow.title, ArticleRow.source,
                   ArticleRow.published)
            .join(ArticleRow, ArticleRow.pk == EventRow.article_pk).where(*event_conditions(f))
            .order_by(EventRow.date_start.is_(None), EventRow.date_start, EventRow.pk).limit(limit))
    if skip:
        stmt = stmt.where(ArticleRow.id.not_in(sorted(skip)))
    with store.engine.connect() as conn:
        return [dict(r, review=None) for r in conn.execute(stmt).mappings()]


def _matches(row: dict[str, Any], f: Filters) -> bool:
    """The Python twin of ``filters.event_conditions`` for rows rebuilt from reviewed records."""
    if f.date_from and not (row["date_end"] and row["date_end"] >= f.date_from):
        return False
    if f.date_to and not (row["date_start"] and row["date_start"] <= f.date_to):
        return False
    if f.country_code and row["country_code"] != f.country_code:
        return False
    if f.event_type and row["type"] != f.event_type:
        return False
    if f.actor:
        needle = f.actor.lower()
        return any(needle in (row[a] or "").lower() for a in ("actor1", "actor2"))
    return True


def _reviewed_rows(store: Store, f: Filters, corrected: dict[str, list[Any]]) -> list[dict[str, Any]]:
    out = []
    for article_id, corrections in corrected.items():
        record = store.get_record(article_id)
        if record is None:
            continue
        reviewed = review(record, corrections)
        a = reviewed.record.article
        for event in reviewed.record.events:
            row = {k: v for k, v in event_row(reviewed.record, event, 0).items() if k in _COLUMNS}
            row.update(article_id=a.id, title=a.title, source=a.source, published=a.published,
                       review=reviewed.status.get(("event", event.id)))
            if _matches(row, f):
                out.append(row)
    return out


def event_rows(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """Every event passing the filters (up to ``MAX_ROWS``), corrections applied, sorted (unpaged)."""
    return bounded_rows(store, q)[0]


def bounded_rows(store: Store, q: EventQuery) -> tuple[list[dict[str, Any]], bool]:
    """The rows of ``event_rows`` and whether more than ``MAX_ROWS`` matched (the rest left out)."""
    f = q.filters
    corrected = all_corrections(store)
    machine = _machine_rows(store, f, set(corrected), MAX_ROWS + 1)
    truncated = len(machine) > MAX_ROWS
    rows = machine[:MAX_ROWS] + _reviewed_rows(store, f, corrected)
    key = q.sort if q.sort in SORTABLE else "date_start"
    rows.sort(key=lambda r: (r[key] is None, r[key] if r[key] is not None else "", r["article_id"], r["event_id"]),
              reverse=False)
    if q.order == "desc":
        present = [r for r in rows if r[key] is not None][::-1]
        rows = present + [r for r in rows if r[key] is None]
    return rows, truncated


def events_page(store: Store, q: EventQuery) -> dict[str, Any]:
    """One page of the events table plus the totals the pager needs."""
    rows, truncated = bounded_rows(store, q)
    per_page = max(1, min(q.per_page, 500))
    pages = max(1, -(-len(rows) // per_page))
    page = max(1, min(q.page, pages))
    return {"total": len(rows), "page": page, "pages": pages, "per_page": per_page, "truncated": truncated,
            "max_rows": MAX_ROWS, "events": rows[(page - 1) * per_page: page * per_page]}


def timeline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Events per day and type (events with a day window start on ``date_start``)."""
    counts: Counter[tuple[str, str]] = Counter(
        (r["date_start"], r["type"]) for r in rows if r["date_start"])
    days = sorted({d for d, _ in counts})
    types = sorted({t for _, t in counts})
    return {"types": types, "days": [{"day": d, "counts": {t: counts[(d, t)] for t in types if counts[(d, t)]}}
                                     for d in days]}


def map_points(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with coordinates, with what a marker needs (size by fatalities, colour by type)."""
    keep = ("article_id", "event_id", "type", "sub_type", "date", "location_name", "country_code",
            "lat", "lon", "fatalities")
    return [{k: r[k] for k in keep} for r in rows if r["lat"] is not None and r["lon"] is not None]


def articles_page(store: Store, page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """Articles newest first, with their event counts."""
    per_page = max(1, min(per_page, 500))
    n_events = (select(func.count(EventRow.pk)).where(EventRow.article_pk == ArticleRow.pk)
                .correlate(ArticleRow).scalar_subquery())
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count(ArticleRow.pk))).scalar_one())
        pages = max(1, -(-total // per_page))
        page = max(1, min(page, pages))
        rows = conn.execute(
            select(ArticleRow.id, ArticleRow.title, ArticleRow.source, ArticleRow.published,
                   ArticleRow.url, n_events.label("events"))
            .order_by(ArticleRow.published.desc(), ArticleRow.pk.desc())
            .limit(per_page).offset((page - 1) * per_page)).mappings().all()
    return {"total": total, "page": page, "pages": pages, "per_page": per_page,
            "articles": [dict(r) for r in rows]}


def incident(store: Store, pk: int) -> IncidentView | None:
    """One incident with members and claims (``Store.incident``)."""
    return store.incident(pk)
